# Sourced by the xdotool tests. Keys are held for a moment: ImGui 1.86 polls
# key state once a frame, so a press and release within one frame can go unseen.
press() { xdotool keydown --clearmodifiers "$1" && sleep 0.15 && xdotool keyup "$1"; }
