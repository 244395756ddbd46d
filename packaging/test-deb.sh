#!/usr/bin/env bash
# The packaging proof on Debian/Ubuntu: builds the .deb with CPack, installs it into this machine
# with apt (so its dependencies resolve from the archive), checks what landed, runs the installed
# program, and removes the package again, also when a check fails.
#   test-deb.sh <build dir> <version> <app id> "<icon sizes>"
# Needs root or password-less sudo; exits 77 (skipped) without them or without apt.
set -euo pipefail
build=$1 version=$2 app_id=$3 sizes=$4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

skip() { echo "SKIPPED: $*"; exit 77; }
step() { printf '\n== %s\n' "$*"; }

command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1 || skip "not a Debian system"
if [ "$(id -u)" -eq 0 ]; then as_root=()
elif sudo -n true 2>/dev/null; then as_root=(sudo -n)
else skip "installing a package needs root or password-less sudo"; fi
if dpkg-query -W -f='${Status}' fleetwatch 2>/dev/null | grep -q 'install ok installed'; then
  echo "fleetwatch is already installed on this machine; this test installs and removes it," >&2
  echo "so it will not touch an installation it did not make. Remove it first." >&2
  exit 1
fi

work=$(mktemp -d)
chmod 755 "$work" # apt reads the .deb as its unprivileged _apt user
installed=false
cleanup() {
  if $installed; then
    step "removing the package (cleanup)"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q fleetwatch >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step "building the .deb"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >/dev/null
deb=$(ls "$work"/fleetwatch_*.deb)
chmod 644 "$deb"
dpkg-deb -f "$deb" Package Version Depends Recommends

step "installing it with apt-get"
installed=true
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" 2>&1 \
  | tr '\r' '\n' | grep -Ev '^(\(Reading database|Reading|Building|debconf|$)' || true
[ "$(dpkg-query -W -f='${Status} ${Version}' fleetwatch 2>/dev/null)" = "install ok installed $version" ] \
  || { echo "fleetwatch $version is not installed" >&2; exit 1; }

step "the installed program"
[ -x /usr/bin/fleetwatch ] || { echo "/usr/bin/fleetwatch is missing" >&2; exit 1; }
missing_libs=$(ldd /usr/bin/fleetwatch | grep 'not found' || true)
[ -z "$missing_libs" ] || { echo "unresolved libraries: $missing_libs" >&2; exit 1; }
printed=$(/usr/bin/fleetwatch --version)
echo "fleetwatch --version: $printed"
[ "$printed" = "fleetwatch $version" ] || { echo "expected \"fleetwatch $version\"" >&2; exit 1; }
# The window starts on the system's Qt platform plugins and keeps running until stopped.
rc=0
QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/fleetwatch >"$work/window.log" 2>&1 || rc=$?
[ $rc -eq 124 ] || { echo "the window exited with $rc on its own:" >&2; cat "$work/window.log" >&2; exit 1; }
echo "the window ran until stopped (offscreen)"

step "headless run of the installed fleetwatch against the installed emulator"
# The emulator prints its base URLs, the throw-away demo secrets as export lines, then "ready".
/usr/bin/fleetwatch-emulator --write-accounts "$work/accounts.json" >"$work/emulator.out" \
  2>"$work/emulator.log" &
emulator_pid=$!
for _ in $(seq 100); do grep -qx ready "$work/emulator.out" && break; sleep 0.1; done
grep -qx ready "$work/emulator.out" || { echo "the emulator did not start:" >&2; cat "$work/emulator.log" >&2; exit 1; }
rc=0
( eval "$(grep '^export ' "$work/emulator.out")"
  /usr/bin/fleetwatch --once --json --accounts "$work/accounts.json" >"$work/once.json" \
    2>"$work/once.log" ) || rc=$?
kill "$emulator_pid" 2>/dev/null || true
wait "$emulator_pid" 2>/dev/null || true
[ $rc -eq 0 ] || { echo "fleetwatch --once exited with $rc:" >&2; cat "$work/once.log" >&2; exit 1; }
expected=$(sed -n 's/.*: \([0-9][0-9]*\) instances in .*/\1/p' "$work/emulator.out")
listed=$(grep -c '"instanceId"' "$work/once.json" || true)
[ -n "$expected" ] && [ "$listed" -eq "$expected" ] || {
  echo "listed $listed instances, the emulator serves ${expected:-?}" >&2; exit 1; }
grep -q '"errors": \[' "$work/once.json" || { echo "no errors array in the output" >&2; exit 1; }
echo "fleetwatch --once --json: $listed of $expected instances, exit 0"


step "desktop entry and AppStream metainfo"
"$here/check-desktop-files.sh" "/usr/share/applications/$app_id.desktop" \
  "/usr/share/metainfo/$app_id.metainfo.xml"

step "icons in the hicolor theme"
for size in $sizes; do
  png=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  # PNG signature, then the IHDR chunk's width and height (big-endian) at bytes 16..23.
  header=$(od -An -tx1 -N24 "$png" | tr -d ' \n')
  [ "${header:0:16}" = 89504e470d0a1a0a ] || { echo "$png is not a PNG" >&2; exit 1; }
  [ $((16#${header:32:8})) -eq "$size" ] && [ $((16#${header:40:8})) -eq "$size" ] \
    || { echo "$png is not ${size}x${size}" >&2; exit 1; }
done
grep -q '<svg' "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  || { echo "scalable icon missing" >&2; exit 1; }
echo "hicolor: $(echo $sizes | sed 's/\([0-9]*\)/\1x\1/g') and scalable"

step "licence"
grep -q '^MIT License' /usr/share/doc/fleetwatch/copyright \
  || { echo "/usr/share/doc/fleetwatch/copyright is missing or not the MIT licence" >&2; exit 1; }
grep -q '<project_license>MIT</project_license>' "/usr/share/metainfo/$app_id.metainfo.xml" \
  || { echo "the metainfo names no project licence" >&2; exit 1; }
echo "copyright and metainfo: MIT"

step "man page"
"$here/check-manpage.sh" /usr/bin/fleetwatch <(gzip -dc /usr/share/man/man1/fleetwatch.1.gz)

step "removing the package"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q fleetwatch >/dev/null
installed=false
! dpkg-query -W -f='${Status}' fleetwatch 2>/dev/null | grep -q 'install ok installed' \
  || { echo "fleetwatch is still installed" >&2; exit 1; }
[ ! -e /usr/bin/fleetwatch ] && [ ! -e "/usr/share/applications/$app_id.desktop" ] \
  || { echo "files left behind after removal" >&2; exit 1; }
echo "removed; no files left behind"
