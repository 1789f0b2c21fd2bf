#!/usr/bin/env bash
# Build the desktop bundle: one folder, dist/infusion-desk/, that runs without Python installed.
# Check it with: dist/infusion-desk/infusion-desk --self-test
#
# Usage: bash packaging/build-bundle.sh [--dist DIR] [--work DIR]
#   --dist DIR   where the bundle folder goes (default: dist)
#   --work DIR   PyInstaller's work files, reused by the next build (default: build/pyinstaller)
# Uses .venv (made by packaging/setup-dev.sh if missing; set PYTHON to use another interpreter)
# and installs PyInstaller into it if it is not there. On Linux, objdump (binutils) is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

dist=dist
work=build/pyinstaller
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "Unknown option: $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/Scripts/python.exe ]; then PYTHON=.venv/Scripts/python.exe; else PYTHON=.venv/bin/python; fi
  [ -x "$PYTHON" ] || bash packaging/setup-dev.sh
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into the virtual environment"
  "$PYTHON" -m pip install -q --disable-pip-version-check "pyinstaller>=6.0"
fi
if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null 2>&1; then
  echo "PyInstaller needs objdump: install binutils (bash packaging/setup-dev.sh does, as root)." >&2
  exit 1
fi

"$PYTHON" packaging/translations.py build >/dev/null  # the words in each language (.qm)

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/infusion-desk.spec

bundle="$dist/infusion-desk"
if [ "$(uname -s)" = Linux ]; then
  # The desktop entry, file type and icons, with the script that installs them for this bundle.
  rm -rf "$bundle/linux"
  mkdir -p "$bundle/linux"
  cp -r packaging/linux/icons packaging/linux/install.sh packaging/linux/*.desktop \
    packaging/linux/*.xml "$bundle/linux/"
fi
echo "Built $bundle in $(( $(date +%s) - started )) s ($(du -sh "$bundle" | cut -f1))."
