#!/usr/bin/env bash
# Fleetwatch developer entry point: installs what is missing, builds, runs.
#
#   ./dev.sh demo   install dependencies, build, start `fleetwatch --demo`
#   ./dev.sh test   install dependencies, build, run the whole test suite headless
#   ./dev.sh deps   only install what is missing (apt; idempotent; via sudo when not root)
#   ./dev.sh build  only configure and build (Debug, into build/)
#   ./dev.sh fuzz [SECONDS]  build the libFuzzer targets with clang (build-fuzz/), fuzz each
#                   for SECONDS (default 20)
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default Debug), CI=true turns on
# -Werror, the AddressSanitizer/UBSan pass, the packaging test and 20 s of fuzzing per target.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

# Debian 12 / Ubuntu 24.04 package names. Keep in sync with README.md ("Other systems").
PACKAGES=(g++ cmake ninja-build dpkg-dev file qt6-base-dev qt6-base-dev-tools qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev libgl-dev dbus gnome-keyring
  libsecret-1-0 libsecret-tools xvfb xauth fonts-dejavu-core libqt6svg6 qt6-qpa-plugins
  appstream desktop-file-utils clang libclang-rt-14-dev)
# Qt's ICNS reader: tst_icnsfile checks the macOS icon with it (skipped where it is missing).
PACKAGES+=(qt6-image-formats-plugins)
# Chinese glyphs for the zh_CN interface (screenshots, Xvfb), and Qt's own translations of its
# standard dialogs and buttons.
PACKAGES+=(fonts-noto-cjk qt6-translations-l10n)
# makensis: the packaging tests compile the Windows installer's script here too.
PACKAGES+=(nsis)

log() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else log "need root for: $*  (install sudo or run as root)"; exit 1; fi
}

deps() {
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    log "not a Debian/Ubuntu system: install the packages listed in README.md by hand"; return 0
  fi
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    # libclang-rt-14-dev only exists on Debian 12; Ubuntu 24.04 names the runtime after clang 18.
    if ! apt-cache show "$p" >/dev/null 2>&1 && [ "$p" = libclang-rt-14-dev ]; then continue; fi
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${#missing[@]} missing packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  local dir=${BUILD_DIR:-build} type=${BUILD_TYPE:-Debug} extra=()
  [ "${CI:-}" = true ] && extra+=(-DFLEETWATCH_WERROR=ON)
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${extra[@]}" "$@" >/dev/null
  fi
  cmake --build "$dir" --parallel "$(nproc)"
}

# Runs CTest inside a private D-Bus session with an unlocked, throw-away GNOME keyring, so the
# keychain tests talk to a real Secret Service and nothing touches the user's own keyring.
headless_ctest() {
  local dir=$1; shift
  local tmp; tmp=$(mktemp -d)
  mkdir -p "$tmp/run" "$tmp/data" "$tmp/home" && chmod 700 "$tmp/run"
  env XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/home/.config" \
    HOME="$tmp/home" QT_QPA_PLATFORM=offscreen \
    dbus-run-session -- bash -c '
      printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      ctest --test-dir "$0" --output-on-failure --timeout 300 "$@"' "$dir" "$@"
  local rc=$?
  rm -rf "$tmp"
  return $rc
}

# libFuzzer needs clang, so the fuzz targets (tests/fuzz) get a build of their own; each runs
# as a CTest test (label fuzz) for the given time, keeping what it learns in build-fuzz/.
fuzz() {
  local dir=${FUZZ_BUILD_DIR:-build-fuzz} seconds=${1:-20}
  CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFLEETWATCH_FUZZ=ON \
    -DFLEETWATCH_BUILD_BENCH=OFF -DFLEETWATCH_FUZZ_SECONDS="$seconds" >/dev/null
  cmake --build "$dir" --parallel "$(nproc)" --target fleetwatch_fuzzers
  ctest --test-dir "$dir" -L fuzz -j"$(nproc)" --output-on-failure
}

run_tests() {
  deps
  build
  local rc=0
  # The soak (a simulated day, minutes long) runs on demand: ctest -L soak.
  headless_ctest "${BUILD_DIR:-build}" -j"$(nproc)" -LE 'packaging|fuzz|soak' || rc=1
  if [ "${CI:-}" = true ]; then
    log "sanitizer pass (AddressSanitizer + UndefinedBehaviorSanitizer)"
    BUILD_DIR=build-asan build -DFLEETWATCH_SANITIZE=ON -DFLEETWATCH_BUILD_BENCH=OFF || rc=1
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    LSAN_OPTIONS=suppressions="$here/tests/sanitizer/lsan.supp":print_suppressions=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      headless_ctest build-asan -j"$(nproc)" -LE 'packaging|fuzz|slow' || rc=1
    log "packaging tests"
    headless_ctest "${BUILD_DIR:-build}" -L packaging || rc=1
    log "fuzz tests (clang, libFuzzer + ASan/UBSan, in build-fuzz/)"
    fuzz || rc=1
  fi
  return $rc
}

demo() {
  deps
  build
  local bin=${BUILD_DIR:-build}/app/fleetwatch
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    log "no display found. Run it under a virtual one:  xvfb-run -a $bin --demo"
    log "or without any window system:  QT_QPA_PLATFORM=offscreen $bin --demo"
    exit 1
  fi
  exec "$bin" --demo "$@"
}

case "${1:-}" in
  demo) shift; demo "$@" ;;
  test) shift; run_tests ;;
  deps) deps ;;
  build) shift; deps; build "$@" ;;
  fuzz) shift; deps; fuzz "$@" ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
