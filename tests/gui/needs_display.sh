#!/bin/sh
# needs_display.sh COMMAND...: runs COMMAND when an X display is available,
# otherwise exits 77, which CTest reports as skipped (SKIP_RETURN_CODE).
if [ -z "${DISPLAY:-}" ]; then
    echo "skipped: DISPLAY is not set (run under xvfb-run, as scripts/test does)"
    exit 77
fi
exec "$@"
