#!/bin/sh
# Installs the system libraries Qt needs (offscreen and in a real X11 window), Xvfb for headless
# screenshots, poppler-utils for rendering PDFs to images, strace for the exact-point kill tests,
# icu-devtools and gcc for the bundle's smaller ICU data (packaging/icu_data.py), and python3-venv
# where it is missing.
# Only what is missing is installed; uses sudo when not root. Debian 12 / Ubuntu 22.04+.
set -eu

PKGS="libgl1 libegl1 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 \
libdbus-1-3 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1 \
libxrender1 libxi6 libsm6 libice6 xvfb xauth poppler-utils fonts-dejavu-core strace icu-devtools gcc"

if ! command -v dpkg >/dev/null 2>&1; then
    echo "Geen dpkg gevonden: installeer de Qt-systeembibliotheken zelf (zie README)." >&2
    exit 0
fi

missing=""
for pkg in $PKGS; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
PY="${PYTHON:-python3}"
if ! "$PY" -c "import ensurepip, venv" >/dev/null 2>&1; then
    missing="$missing python3-venv"
fi

if [ -z "$missing" ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "Systeempakketten installeren:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q || true
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
