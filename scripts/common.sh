# Shared by scripts/run and scripts/test: install what is missing, then build.
set -euo pipefail

FRONTLINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FRONTLINE_BUILD="${FRONTLINE_BUILD:-$FRONTLINE_ROOT/build}"

# Debian 12 packages only (see README "Dependencies").
FRONTLINE_PACKAGES=(
  build-essential cmake pkg-config
  libimgui-dev libstb-dev libglfw3-dev libgl-dev libgl1-mesa-dri
  libsqlite3-dev nlohmann-json3-dev catch2 libicu-dev libsodium-dev libzip-dev
  libfontconfig-dev fonts-noto-cjk
  xvfb xauth xdotool sqlite3
)

install_packages() {
  local missing=()
  for p in "${FRONTLINE_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build_frontline() {
  cmake -S "$FRONTLINE_ROOT" -B "$FRONTLINE_BUILD" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$FRONTLINE_BUILD" -j"$(nproc)"
}
