#!/bin/sh
# Installeer Nabestaanden voor deze gebruiker (geen beheerdersrechten nodig).
# Install Nabestaanden for this user, from the unpacked one-folder app:
#   ./install.sh            install (again: replaces the program, keeps your data)
#   ./install.sh --remove   remove the program; your data folder stays
# The program goes to ~/.local/lib/nabestaanden, the menu entry, icons and AppStream
# file to ~/.local/share. Your dossiers are in ~/.local/share/Nabestaanden and are
# never touched by this script.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/lib/nabestaanden"
id="nl.nabestaanden.Nabestaanden"
sizes="16 24 32 48 64 128 256 512"

remove_files() {
    rm -rf "$target"
    rm -f "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml"
    for size in $sizes; do
        rm -f "$share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
}

refresh_menus() {
    update-desktop-database "$share/applications" >/dev/null 2>&1 || true
    gtk-update-icon-cache -q -t "$share/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--remove" ]; then
    remove_files
    refresh_menus
    echo "Nabestaanden is verwijderd."
    echo "Uw gegevens staan nog in $share/Nabestaanden. Hebt u ze niet meer nodig,"
    echo "verwijder die map dan zelf. (De sleutel staat in de sleutelbos van uw bureaublad.)"
    exit 0
fi

if [ ! -x "$here/Nabestaanden" ]; then
    echo "Start dit script vanuit de uitgepakte map van Nabestaanden." >&2
    exit 1
fi
if [ -d "$target" ] && [ "$(cd "$target" && pwd -P)" = "$(cd "$here" && pwd -P)" ]; then
    echo "Dit is de geïnstalleerde kopie. Start het script uit de uitgepakte map." >&2
    exit 1
fi

# The Exec line quotes the path (the desktop entry rules: \ " ` $ escaped, % doubled,
# then every backslash doubled once more); TryExec is a plain string.
program="$target/Nabestaanden"
quoted=$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g' -e 's/\\/\\\\/g')
plain=$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')

# Copy first, then swap: a failure leaves the installed version as it was.
mkdir -p "$(dirname "$target")" "$share/applications" "$share/metainfo"
rm -rf "$target.new"
cp -R "$here/." "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
NB_EXEC="Exec=\"$quoted\"" NB_TRYEXEC="TryExec=$plain" awk '
    /^Exec=/ { print ENVIRON["NB_EXEC"]; next }
    /^TryExec=/ { print ENVIRON["NB_TRYEXEC"]; next }
    { print }
' "$here/$id.desktop" > "$share/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
for size in $sizes; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$target/_internal/nabestaanden/data/icons/nabestaanden-$size.png" \
        "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
refresh_menus
echo "Nabestaanden is geïnstalleerd. U vindt het in het menu van uw bureaublad."
