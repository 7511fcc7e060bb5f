#!/bin/sh
# Overlegtafel voor één gebruiker installeren op Linux (geen beheerdersrechten nodig).
#
#   ./install.sh               installeer (of werk bij naar) de versie in deze map
#   ./install.sh --uninstall   verwijder het programma; uw gegevens blijven staan
#
# Programma:   ~/.local/lib/overlegtafel, opdracht ~/.local/bin/overlegtafel
# Menu-item:   ~/.local/share/applications/nl.overlegtafel.Overlegtafel.desktop (+ pictogrammen)
# Gegevens:    ~/.local/share/Overlegtafel (versleutelde opslag) en ~/.config/Overlegtafel
#              (voorkeuren); deze worden door dit script nooit aangeraakt.
# OVERLEGTAFEL_PREFIX kiest een andere plaats dan ~/.local; XDG_DATA_HOME wordt gevolgd.
set -eu

APP_ID=nl.overlegtafel.Overlegtafel
HERE=$(cd "$(dirname "$0")" && pwd -P)
PREFIX=${OVERLEGTAFEL_PREFIX:-$HOME/.local}
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APPDIR=$PREFIX/lib/overlegtafel
BINDIR=$PREFIX/bin
DESKTOP=$DATA_HOME/applications/$APP_ID.desktop
METAINFO=$DATA_HOME/metainfo/$APP_ID.metainfo.xml
ICONS=$DATA_HOME/icons/hicolor

is_bundle() {
    # Only ever remove or replace a folder that really is an Overlegtafel bundle.
    [ -f "$1/overlegtafel" ] && [ -d "$1/_internal" ]
}

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICONS/index.theme" ]; then
        gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
    fi
}

remove_icons() {
    for icon in "$ICONS"/*/apps/"$APP_ID".png "$ICONS"/*/apps/"$APP_ID".svg; do
        [ -f "$icon" ] && rm -f "$icon"
    done
    return 0
}

uninstall() {
    if [ -L "$BINDIR/overlegtafel" ]; then
        rm -f "$BINDIR/overlegtafel"
    fi
    rm -f "$DESKTOP" "$METAINFO"
    remove_icons
    if [ -d "$APPDIR" ]; then
        if is_bundle "$APPDIR"; then
            rm -rf "$APPDIR"
        else
            echo "$APPDIR is geen Overlegtafel-programmamap; niet verwijderd." >&2
            exit 1
        fi
    fi
    refresh_caches
    echo "Overlegtafel is verwijderd."
    echo "Uw gegevens zijn niet aangeraakt: $DATA_HOME/Overlegtafel en ~/.config/Overlegtafel."
}

install() {
    if ! is_bundle "$HERE"; then
        echo "Start dit script vanuit de uitgepakte Overlegtafel-map." >&2
        exit 1
    fi
    if [ "$HERE" = "$(cd "$APPDIR" 2>/dev/null && pwd -P || echo -)" ]; then
        echo "Deze versie is al geïnstalleerd in $APPDIR."
        exit 0
    fi
    if [ -e "$APPDIR" ] && ! is_bundle "$APPDIR"; then
        echo "$APPDIR bestaat al en is geen Overlegtafel-programmamap; afgebroken." >&2
        exit 1
    fi
    mkdir -p "$PREFIX/lib" "$BINDIR" "$DATA_HOME/applications" "$DATA_HOME/metainfo" "$ICONS"
    # Copy next to the old version first, then swap, so a failed copy leaves the old one working.
    rm -rf "$APPDIR.new"
    cp -R "$HERE" "$APPDIR.new"
    if [ -d "$APPDIR" ]; then
        rm -rf "$APPDIR.old"
        mv "$APPDIR" "$APPDIR.old"
    fi
    mv "$APPDIR.new" "$APPDIR"
    rm -rf "$APPDIR.old"
    ln -sf "$APPDIR/overlegtafel" "$BINDIR/overlegtafel"
    sed -e "s|^Exec=.*|Exec=$APPDIR/overlegtafel|" -e "s|^TryExec=.*|TryExec=$APPDIR/overlegtafel|" \
        "$HERE/share/applications/$APP_ID.desktop" >"$DESKTOP"
    cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO"
    remove_icons
    cp -R "$HERE/share/icons/hicolor/." "$ICONS/"
    refresh_caches
    echo "Overlegtafel is geïnstalleerd in $APPDIR en staat in het menu."
    case ":$PATH:" in
        *":$BINDIR:"*) ;;
        *) echo "Let op: $BINDIR staat niet in PATH; de opdracht is $BINDIR/overlegtafel." ;;
    esac
}

case "${1:-}" in
    "") install ;;
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' ;;
    *)
        echo "Onbekende optie: $1 (gebruik --uninstall of --help)" >&2
        exit 2
        ;;
esac
