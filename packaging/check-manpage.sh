#!/usr/bin/env bash
# Checks the man page against the program: every long option "fleetwatch --help" lists has an
# entry under OPTIONS in fleetwatch.1, and every entry there is a real option; then, where groff
# is installed, that the page formats without warnings.
#   check-manpage.sh <fleetwatch executable> <fleetwatch.1>
set -euo pipefail
exe=$1 page=$2

from_help=$("$exe" --help | sed -nE 's/^ +(-[a-zA-Z], )?--([a-z][a-z-]*).*/\2/p' | sort -u)
# Option entries are ".TP" followed by a ".B"/".BR"/".BI" line naming "\-\-option".
from_page=$(sed -n '/^\.SH OPTIONS/,/^\.SH /p' "$page" \
  | sed -nE '/^\.TP/{n;s/^\.B[RI]? .*\\-\\-([a-z][a-z\\-]*).*/\1/p}' | sed 's/\\-/-/g' | sort -u)

if [ -z "$from_help" ] || [ -z "$from_page" ]; then
  echo "could not read the options (help: '${from_help}', page: '${from_page}')" >&2
  exit 1
fi
status=0
missing=$(comm -23 <(echo "$from_help") <(echo "$from_page"))
extra=$(comm -13 <(echo "$from_help") <(echo "$from_page"))
[ -z "$missing" ] || { echo "in --help but not in $page: $missing" | tr '\n' ' ' >&2; echo >&2; status=1; }
[ -z "$extra" ] || { echo "in $page but not in --help: $extra" | tr '\n' ' ' >&2; echo >&2; status=1; }
echo "options documented: $(echo "$from_page" | tr '\n' ' ')"

if command -v groff >/dev/null 2>&1; then
  warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z "$page" 2>&1)
  [ -z "$warnings" ] || { echo "groff: $warnings" >&2; status=1; }
else
  echo "groff not installed: formatting not checked"
fi
exit $status
