#!/usr/bin/env bash
# Make a double-click on a folder file (*.infusiondesk) open Infusion Desk, for this user only:
# puts the menu entry, the file type, the icons and the AppStream data under ~/.local/share
# (or $XDG_DATA_HOME) and refreshes the desktop's caches. No root needed; run it again any time.
#
# Usage: bash install.sh [EXECUTABLE]     install, starting EXECUTABLE on a double-click
#        bash install.sh --uninstall      take it all away again
# EXECUTABLE defaults to the bundle this script is shipped in (infusion-desk/linux/install.sh),
# else this working copy's dist/infusion-desk/infusion-desk or .venv/bin/infusion-desk, else the
# infusion-desk on PATH. Its absolute path is written into the menu entry.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app_id=org.infusiondesk.InfusionDesk
sizes="16 24 32 48 64 128 256"

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -f -t "$data/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/$app_id.desktop" "$data/mime/packages/$app_id.xml" \
    "$data/metainfo/$app_id.metainfo.xml" "$data/icons/hicolor/scalable/apps/$app_id.svg"
  for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
  refresh
  echo "Removed the Infusion Desk menu entry and file type from $data."
  exit 0
fi

exe="${1:-}"
if [ -z "$exe" ]; then
  for candidate in "$here/../infusion-desk" "$here/../../dist/infusion-desk/infusion-desk" \
                   "$here/../../.venv/bin/infusion-desk" "$(command -v infusion-desk || true)"; do
    if [ -n "$candidate" ] && [ -f "$candidate" ] && [ -x "$candidate" ]; then
      exe="$candidate"
      break
    fi
  done
fi
if [ -z "$exe" ] || [ ! -f "$exe" ] || [ ! -x "$exe" ]; then
  echo "No infusion-desk program found${exe:+ at $exe}: name it, as in: bash $0 /path/to/infusion-desk" >&2
  exit 2
fi
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"
case "$exe" in
  *$'\n'*|*$'\r'*) echo "The program's path has a line break in it; move it elsewhere." >&2; exit 2 ;;
esac

# The Exec line: quoted as the Desktop Entry spec asks when the path has special characters.
exec_path="${exe//%/%%}"
if [[ ! "$exec_path" =~ ^[A-Za-z0-9/._+,:@=%-]+$ ]]; then
  exec_path="$(printf '%s' "$exec_path" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')"
  exec_path="\"$exec_path\""
fi

mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec=%s %%f\n' "$exec_path" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/$app_id.desktop" > "$data/applications/$app_id.desktop"
cp "$here/$app_id.xml" "$data/mime/packages/$app_id.xml"
cp "$here/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
for size in $sizes scalable; do
  dir="${size}x${size}"; ext=png
  if [ "$size" = scalable ]; then dir=scalable; ext=svg; fi
  mkdir -p "$data/icons/hicolor/$dir/apps"
  cp "$here/icons/hicolor/$dir/apps/$app_id.$ext" "$data/icons/hicolor/$dir/apps/"
done
refresh
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default "$app_id.desktop" application/x-infusiondesk 2>/dev/null || true
fi
echo "Installed the Infusion Desk menu entry and file type in $data."
echo "A double-click on a *.infusiondesk file now starts: $exe"
