#!/usr/bin/env bash
# Install enrol for the current user from the unpacked tarball: no root and no Python needed.
#   ./install.sh              the program into ~/.local/opt/enrol, `enrol` into ~/.local/bin, a menu entry
#   ./install.sh --uninstall  remove all that again; the data folder (database, backups, logs) is kept
# For every user of the PC, as root: PREFIX=/usr/local ./install.sh (program in /usr/local/opt/enrol, menu
# entry in /usr/local/share/applications). Each user still keeps their own data folder.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
if [ -n "${PREFIX:-}" ]; then
  prefix=$PREFIX; share="$PREFIX/share"
else
  prefix="$HOME/.local"; share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
program="$prefix/opt/enrol"
bin="$prefix/bin"
apps="$share/applications"
icons="$share/icons/hicolor"
sizes=(16 24 32 48 64 128 256 512)

refresh_menus() {
  # Desktops read these caches; without the tools the menu still notices the files, only later.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

remove() {
  # Only what install put there: a link we did not make, or the data folder, is none of our business.
  if [ -L "$bin/enrol" ] && [ "$(readlink "$bin/enrol")" = "$program/enrol" ]; then rm -f "$bin/enrol"; fi
  rm -rf "$program"
  rm -f "$apps/enrol.desktop" "$icons/scalable/apps/enrol.svg"
  for size in "${sizes[@]}"; do rm -f "$icons/${size}x${size}/apps/enrol.png"; done
  refresh_menus
  echo "enrol is uninstalled."
  local data="${XDG_DATA_HOME:-$HOME/.local/share}/enrol"  # enrol/paths.py: platformdirs' user data folder
  if [ -d "$data" ]; then
    echo "Your data was kept in $data (the database, backups and logs):"
    echo "delete that folder yourself if the centre no longer needs it."
  fi
}

install_enrol() {
  if [ ! -x "$here/enrol/enrol" ]; then
    echo "install.sh: run me from the unpacked enrol folder (enrol/enrol is missing beside me)" >&2
    exit 1
  fi
  mkdir -p "$prefix/opt" "$bin" "$apps" "$icons/scalable/apps"
  # Copy beside the old version first, then swap: a failed copy leaves the working installation alone.
  rm -rf "$program.new"
  cp -a "$here/enrol" "$program.new"
  rm -rf "$program"
  mv "$program.new" "$program"
  ln -sfn "$program/enrol" "$bin/enrol"

  local icon_source="$program/_internal/enrol/resources/icons"
  for size in "${sizes[@]}"; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$icon_source/enrol-$size.png" "$icons/${size}x${size}/apps/enrol.png"
  done
  cp "$icon_source/enrol.svg" "$icons/scalable/apps/enrol.svg"
  # The menu entry starts the program by its absolute path (quoted: the path may hold spaces).
  sed "s|^Exec=.*|Exec=\"$program/enrol\" gui|" "$here/enrol.desktop" > "$apps/enrol.desktop"
  chmod 644 "$apps/enrol.desktop"
  refresh_menus

  "$program/enrol" --version >/dev/null  # the copied program starts
  echo "enrol $("$program/enrol" --version | cut -d' ' -f2) is installed: find it in the applications menu."
  case ":$PATH:" in
    *":$bin:"*) echo "In a terminal: enrol --help" ;;
    *) echo "In a terminal: $bin/enrol --help (add $bin to PATH to type just enrol)" ;;
  esac
  check_system_libraries
}

check_system_libraries() {
  # The bundle brings its own Qt; the X11 window needs a few system libraries that every desktop has except
  # libxcb-cursor0 (new with Qt 6.5) on some. Tell the user the packages instead of failing at the first start.
  command -v ldd >/dev/null 2>&1 || return 0
  local missing
  missing=$(LD_LIBRARY_PATH="$program/_internal" ldd "$program/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" \
            2>/dev/null | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
  if [ -n "$missing" ]; then
    echo "Warning: the window will not open until these system libraries are installed: $missing"
    echo "On Debian/Ubuntu: sudo apt install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libegl1"
  fi
}

case "${1:-}" in
  "") install_enrol ;;
  --uninstall) remove ;;
  -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) echo "usage: ./install.sh [--uninstall]" >&2; exit 2 ;;
esac
