#!/bin/sh
# Smoke test of a built bundle: does the frozen program start, open SQLCipher, write a PDF with its
# fonts and show its window? Runs without a keyring or display (CI), on a throw-away home folder.
#
#   sh packaging/smoke-test.sh dist/overlegtafel                      (Linux, macOS folder build)
#   sh packaging/smoke-test.sh dist/Overlegtafel.app/Contents/MacOS   (macOS app bundle)
#   sh packaging/smoke-test.sh dist/overlegtafel                      (Windows, in Git Bash)
#
# Exit 0 when every step passed; the first failing step stops the test with its output.
set -eu

DIST=${1:?gebruik: smoke-test.sh DIST_MAP (bijv. dist/overlegtafel)}
if [ -x "$DIST/overlegtafel/overlegtafel" ]; then
    DIST="$DIST/overlegtafel"
fi
[ -d "$DIST" ] || { echo "FOUT: map $DIST bestaat niet; eerst 'make bundle'." >&2; exit 1; }
DIST=$(cd "$DIST" && pwd -P)
BIN=$DIST/overlegtafel
# Windows (Git Bash): the console executable, which also starts the window.
if [ ! -x "$BIN" ] && [ -x "$DIST/overlegtafel-cli.exe" ]; then
    BIN=$DIST/overlegtafel-cli.exe
fi
[ -x "$BIN" ] || { echo "FOUT: geen uitvoerbaar $BIN; eerst 'make bundle'." >&2; exit 1; }
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
EXPECTED_VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/pyproject.toml" | head -n 1)
TIMEOUT=${SMOKE_TIMEOUT:-120}
# A hanging step must fail the test, not the CI job; macOS has no timeout(1) unless coreutils is in.
if command -v timeout >/dev/null 2>&1; then
    limit() { timeout "$TIMEOUT" "$@"; }
elif command -v gtimeout >/dev/null 2>&1; then
    limit() { gtimeout "$TIMEOUT" "$@"; }
else
    limit() { "$@"; }
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/overlegtafel-smoke.XXXXXX")
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

# Nothing from the developer's machine: own home, config and data folders, no Python environment,
# no test keyring, and a working folder outside the source tree.
export HOME="$WORK/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_STATE_HOME="$HOME/.local/state" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV PYTHON_KEYRING_BACKEND OVERLEGTAFEL_KDF OVERLEGTAFEL_STORE \
    OVERLEGTAFEL_TEST_KEYRING_FILE DBUS_SESSION_BUS_ADDRESS 2>/dev/null || true
export OVERLEGTAFEL_LANG=nl QT_QPA_PLATFORM=offscreen
cd "$WORK"

STORE="$WORK/opslag"
PASSFILE="$WORK/wachtwoord.txt"
printf '%s\n' "paarse-vergadertafel-rookmelder-47-zomerregen" >"$PASSFILE"
chmod 600 "$PASSFILE"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FOUT: %s\n' "$*" >&2; exit 1; }

run() {
    # run NAME CMD...: output to $WORK/NAME.out, shown; non-zero exit fails the test.
    name=$1
    shift
    if limit "$@" >"$WORK/$name.out" 2>&1; then
        sed 's/^/    /' "$WORK/$name.out"
    else
        rc=$?
        sed 's/^/    /' "$WORK/$name.out"
        fail "$name gaf exitcode $rc"
    fi
}

step "inhoud: alleen toegestane Qt-modules en -plugins, niet groter dan 150 MB"
CHECK_PYTHON=${PYTHON:-$(command -v python3 || command -v python || true)}
[ -n "$CHECK_PYTHON" ] || fail "geen python3 om packaging/check_bundle.py te draaien"
run contents "$CHECK_PYTHON" "$ROOT/packaging/check_bundle.py" "$DIST"

step "versie"
run version "$BIN" --version
grep -qx "overlegtafel $EXPECTED_VERSION" "$WORK/version.out" ||
    fail "verwacht 'overlegtafel $EXPECTED_VERSION' (pyproject.toml)"

step "init (zonder sleutelbos, met herstelcodeblad als PDF)"
run init "$BIN" init --store "$STORE" --no-keyring --passphrase-file "$PASSFILE" \
    --recovery-sheet "$WORK/herstelcode.pdf"
grep -q "HERSTELCODE" "$WORK/init.out" || fail "init toonde geen herstelcode"
[ "$(head -c 5 "$WORK/herstelcode.pdf")" = "%PDF-" ] || fail "geen PDF geschreven"
pdf_size=$(wc -c <"$WORK/herstelcode.pdf")
[ "$pdf_size" -gt 20000 ] || fail "herstelcodeblad verdacht klein ($pdf_size bytes): lettertypen ontbreken?"
echo "    herstelcodeblad: $pdf_size bytes"

step "doctor"
run doctor "$BIN" doctor --store "$STORE" --passphrase-file "$PASSFILE"
grep -q "SQLCipher" "$WORK/doctor.out" || fail "doctor noemt SQLCipher niet"

step "verify"
run verify "$BIN" verify --store "$STORE" --passphrase-file "$PASSFILE"

step "doctor --json in het Engels"
run doctor_json "$BIN" --lang en doctor --store "$STORE" --passphrase-file "$PASSFILE" --json
grep -q '"sqlcipher_version": "[0-9]' "$WORK/doctor_json.out" || fail "geen SQLCipher-versie in JSON"

step "verkeerd wachtwoord geeft exitcode 3"
printf 'niet-het-goede-wachtwoord\n' >"$WORK/fout.txt"
set +e
limit "$BIN" doctor --store "$STORE" --passphrase-file "$WORK/fout.txt" >"$WORK/wrong.out" 2>&1
rc=$?
set -e
sed 's/^/    /' "$WORK/wrong.out"
[ "$rc" -eq 3 ] || fail "verwacht exitcode 3, kreeg $rc"
if grep -q "Traceback" "$WORK/wrong.out"; then fail "traceback in de uitvoer"; fi

check_png() {
    # check_png FILE: a real PNG of a window, not an empty or single-colour image.
    png=$1
    [ -s "$png" ] || fail "geen schermafdruk $png"
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$png is geen PNG"
    size=$(wc -c <"$png")
    # Width and height from the IHDR chunk (bytes 16..23, big-endian).
    dims=$(od -An -tu1 -j16 -N8 "$png" | tr -s ' \n' ' ')
    set -- $dims
    width=$(($1 * 16777216 + $2 * 65536 + $3 * 256 + $4))
    height=$(($5 * 16777216 + $6 * 65536 + $7 * 256 + $8))
    echo "    $(basename "$png"): ${width}x${height}, $size bytes"
    [ "$width" -ge 800 ] && [ "$height" -ge 600 ] || fail "venster te klein (${width}x${height})"
    # A window with text and controls compresses far worse than a blank one (a few kB).
    [ "$size" -gt 15000 ] || fail "schermafdruk verdacht klein: leeg venster?"
}

step "venster starten (offscreen, scherm 1366x768 zoals op de laptops) en schermafdruk maken"
cat >"$WORK/scherm.json" <<'JSON'
{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
JSON
export QT_QPA_PLATFORM="offscreen:configfile=$WORK/scherm.json"
run gui_nl "$BIN" --store "$STORE" --screenshot "$WORK/venster-nl.png"
check_png "$WORK/venster-nl.png"
run gui_en "$BIN" --lang en --store "$STORE" --screenshot "$WORK/venster-en.png"
check_png "$WORK/venster-en.png"
if grep -qi "traceback\|could not load the Qt platform plugin" "$WORK/gui_nl.out" "$WORK/gui_en.out"; then
    fail "fouten bij het starten van het venster"
fi
# The X11 platform plugin and the libraries it needs (the bundle leaves much of Qt out), on Xvfb.
if command -v xvfb-run >/dev/null 2>&1; then
    step "venster op X11 (Xvfb)"
    run gui_xcb xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb "$BIN" --store "$STORE" \
        --screenshot "$WORK/venster-x11.png"
    check_png "$WORK/venster-x11.png"
    if grep -qi "traceback\|could not load\|cannot load library" "$WORK/gui_xcb.out"; then
        fail "fouten bij het starten van het venster op X11"
    fi
fi
if [ -n "${SMOKE_KEEP:-}" ]; then
    mkdir -p "$SMOKE_KEEP"
    cp "$WORK"/venster-*.png "$WORK/herstelcode.pdf" "$SMOKE_KEEP/"
    echo "    bewaard in $SMOKE_KEEP"
fi

printf '\nRooktest geslaagd: %s (%s)\n' "$BIN" "$(du -sh "$DIST" | cut -f1)"
