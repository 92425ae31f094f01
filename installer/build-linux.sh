#!/usr/bin/env bash
# Build the Linux one-folder bundle of Counseling Office Desk with PyInstaller and print its size.
#
#   installer/build-linux.sh            -> build/pyinstaller/dist/counselor-app/ (counselor-app inside)
#
# VENV (default .venv) is the environment with the application installed (`pip install .`; made here when missing);
# PyInstaller is installed into it from PyPI (installer/requirements-build.txt). The Chinese font to bundle comes
# from Debian's fonts-wqy-microhei, installed here when missing and run as root. The build fails when the bundle
# is larger than BUDGET_MIB (200 MiB); afterwards run the smoke test: python installer/smoke_test.py
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
OUT=${OUT:-build/pyinstaller}
BUDGET_MIB=${BUDGET_MIB:-200}
FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import counselor_app, PySide6" 2>/dev/null; then
    "$VENV/bin/pip" install -q .
fi
apt_install() {   # a fresh Debian machine as root (CI): install what is missing
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
        || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }
}
if ! command -v objdump >/dev/null || ! command -v strip >/dev/null; then   # PyInstaller reads binaries with them
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt_install binutils; fi
fi
if [ -z "${COUNSELOR_BUNDLE_FONT:-}" ] && [ ! -f "$FONT" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt_install fonts-wqy-microhei
    else
        echo "build-linux: the font to bundle is missing: apt-get install fonts-wqy-microhei (as root)," \
             "or set COUNSELOR_BUNDLE_FONT to wqy-microhei.ttc" >&2
        exit 1
    fi
fi
"$VENV/bin/pip" install -q -r installer/requirements-build.txt

started=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" installer/counselor_app.spec
seconds=$(( $(date +%s) - started ))

bundle="$OUT/dist/counselor-app"
bytes=$(du -sb "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
mib=$(( (bytes + 1048575) / 1048576 ))
echo "build-linux: $bundle built in ${seconds} s: $(awk -v b="$bytes" 'BEGIN {printf "%.1f MiB (%.1f MB)", b/1048576, b/1e6}'), $files files (budget ${BUDGET_MIB} MiB, aim 150)"
if [ "$mib" -gt "$BUDGET_MIB" ]; then
    echo "build-linux: the bundle is over its size budget of ${BUDGET_MIB} MiB (see the excludes in installer/counselor_app.spec)" >&2
    exit 1
fi
