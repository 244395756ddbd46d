#!/usr/bin/env bash
# Validates the desktop entry (desktop-file-validate) and the AppStream metainfo
# (appstreamcli validate, offline) the way software centres and distributions do.
#   check-desktop-files.sh <file.desktop> <file.metainfo.xml>
# Exits 77 (skipped) when either validator is missing (Debian: desktop-file-utils, appstream).
set -euo pipefail
desktop=$1 metainfo=$2

for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is not installed: skipped"; exit 77; }
done
desktop-file-validate "$desktop"
echo "desktop-file-validate: $desktop is valid"
appstreamcli validate --no-net --explain "$metainfo"

# The launcher must start the installed binary and name the installed icon.
id=$(basename "$desktop" .desktop)
grep -qx "Icon=$id" "$desktop" || { echo "Icon= is not $id" >&2; exit 1; }
grep -qx "Exec=fleetwatch" "$desktop" || { echo "Exec= is not fleetwatch" >&2; exit 1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
  || { echo "the metainfo does not launch $id.desktop" >&2; exit 1; }
