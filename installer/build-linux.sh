#!/usr/bin/env bash
# Build the Linux one-folder bundle of Counseling Office Desk with PyInstaller and print its size.
#
#   installer/build-linux.sh            -> build/pyinstaller/dist/counselor-app/ (counselor-app inside)
#
# VENV (default .venv) is the environment with the application installed (`pip install .`; made here when missing);
# PyInstaller is installed into it from PyPI (installer/requirements-build.txt). The Chinese font to bundle comes
# from Debian's fonts-wqy-microhei, installed here when missing and run as root. The build fails when the bundle
# is larger than BUDGET_MB (200 MB); Qt's ICU data is trimmed to root, English and Chinese (installer/trim_icu.py,
# with Debian's icu-devtools); afterwards run the smoke test: python installer/smoke_test.py
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
OUT=${OUT:-build/pyinstaller}
BUDGET_MB=${BUDGET_MB:-200}   # the issue's budget, in MB of 1,000,000 bytes
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
if ! command -v icupkg >/dev/null || ! command -v genccode >/dev/null; then   # installer/trim_icu.py needs them
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt_install icu-devtools; fi
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
bundle="$OUT/dist/counselor-app"
# Qt's ICU data library holds every locale of the world (32 MB): keep root, English and Chinese (~5 MB), checked
# against the original before it replaces it (a failure stops the build: whole, the bundle is over its budget).
"$VENV/bin/python" installer/trim_icu.py "$bundle" --python "$VENV/bin/python"
seconds=$(( $(date +%s) - started ))

bytes=$(du -sb "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "build-linux: $bundle built in ${seconds} s: $(awk -v b="$bytes" 'BEGIN {printf "%.1f MiB (%.1f MB)", b/1048576, b/1e6}'), $files files (budget ${BUDGET_MB} MB, aim 150)"
if [ "$bytes" -ge $(( BUDGET_MB * 1000000 )) ]; then
    echo "build-linux: the bundle is over its size budget of ${BUDGET_MB} MB (see the excludes in installer/counselor_app.spec)" >&2
    exit 1
fi
