#!/usr/bin/env bash
# Compiles the Windows installer's NSIS script with CPack and makensis on this machine, so a
# broken script (or a CPack template our per-user patch no longer fits) shows before Windows CI.
# The payload is this platform's install tree: the point is the script, not the program.
#   test-nsis.sh <build dir>
# Exits 77 (skipped) when makensis is not installed (Debian: nsis).
set -euo pipefail
build=$1
command -v makensis >/dev/null 2>&1 || { echo "SKIPPED: makensis is not installed"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! cpack --config "$build/CPackConfig.cmake" -G NSIS -B "$work" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" "$work"/_CPack_Packages/*/NSIS/NSISOutput.log 2>/dev/null >&2
  exit 1
fi
exe=$(ls "$work"/*.exe)
script=$(ls "$work"/_CPack_Packages/*/NSIS/project.nsi)
echo "built $(basename "$exe") ($(stat -c %s "$exe") bytes)"
[ "$(head -c 2 "$exe")" = MZ ] || { echo "$exe is not a Windows executable" >&2; exit 1; }

status=0
expect() {
  if grep -qF -- "$2" "$script"; then echo "ok: $1"
  else echo "MISSING: $1 ($2)" >&2; status=1; fi
}
expect "install-mode page (all users / just me)" "!insertmacro MULTIUSER_PAGE_INSTALLMODE"
expect "install mode decided at start" "!insertmacro MULTIUSER_INIT"
expect "uninstaller finds the install mode" "!insertmacro MULTIUSER_UNINIT"
expect "no unconditional admin requirement" "MULTIUSER_EXECUTIONLEVEL Highest"
grep -q "^ *RequestExecutionLevel admin" "$script" && { echo "still requires admin" >&2; status=1; }
expect "Start-menu shortcut" 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Fleetwatch.lnk" "$INSTDIR\bin\fleetwatch.exe"'
expect "uninstaller" 'WriteUninstaller "$INSTDIR\Uninstall.exe"'
expect "installer icon" "fleetwatch.ico"
expect "version" "!define VERSION \"$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")\""
exit $status
