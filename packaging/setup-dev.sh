#!/usr/bin/env bash
# Set up (or bring up to date) a working copy: the Qt system libraries where they are missing,
# and a virtual environment in .venv with the app (and, with "test", the test tools, PostgreSQL for
# the shared-folder tests, and a second environment in .venv-noqt: the app without Qt, for the tests
# of the Qt-free part).
# Safe to run again and again.   Usage: bash packaging/setup-dev.sh [test]
set -euo pipefail
cd "$(dirname "$0")/.."

# Libraries Qt needs to draw offscreen and in a real X11 window, plus the tools the tests use:
# binutils (PyInstaller's objdump), xvfb and xauth (the bundle's self-test in a real X11 window),
# appstream and desktop-file-utils (validators), shared-mime-info and libglib2.0-bin (the folder
# file type, and `gio open` as a double-click).
DEBIAN_PACKAGES="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 poppler-utils binutils
  xvfb xauth appstream desktop-file-utils shared-mime-info libglib2.0-bin"
# With "test": PostgreSQL (Debian 12: version 15) and its contrib part (unaccent), for the tests of a
# folder shared on a server. The tests start a throwaway server of their own (tests/pg_server.py:
# a data folder in a temp folder, loopback only, its own port); a cluster the package starts on port
# 5432 is left alone.
if [ "${1:-}" = "test" ]; then
  DEBIAN_PACKAGES="$DEBIAN_PACKAGES postgresql postgresql-contrib"
fi

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $DEBIAN_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing="$missing $pkg"
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Note: these system libraries may be missing (install them with your package manager):$missing" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi

# The app's words in each language: resources/translations/*.ts compiled into the package (.qm).
.venv/bin/python packaging/translations.py build >/dev/null

if [ "${1:-}" = "test" ]; then
  # The Qt-free part (everything but ui/ and app.py) must work without PySide6 installed:
  # tests/test_qt_free.py runs its tests in this environment. Its requirements are read from
  # pyproject.toml (the app's dependencies but Qt, and pytest and hypothesis from the test extra).
  python3 -m venv .venv-noqt
  .venv-noqt/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python - >.venv-noqt/qt-free-requirements.txt <<'PYTHON'
import re
import tomllib

with open("pyproject.toml", "rb") as file:
    project = tomllib.load(file)["project"]


def name(requirement: str) -> str:
    found = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert found, requirement
    return re.sub(r"[-_.]+", "-", found.group()).lower()


wanted = [r for r in project["dependencies"] if not name(r).startswith(("pyside6", "shiboken6"))]
wanted += [r for r in project["optional-dependencies"]["test"] if name(r) in {"pytest", "hypothesis", "cryptography"}]
print("\n".join(wanted))
PYTHON
  .venv-noqt/bin/python -m pip install -q --disable-pip-version-check \
    -r .venv-noqt/qt-free-requirements.txt
  .venv-noqt/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
fi
