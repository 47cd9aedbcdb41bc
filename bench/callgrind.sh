#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind: stable on a noisy machine) of Weft's
# release build and Debian's CPython 3.11 on the same programs, side by side.
#   bash bench/callgrind.sh [bench/loop.py bench/calls.py ...]
# Prints a Markdown table: instructions (Ir) of each run and the ratio Weft / CPython.
# Counts include start-up (Weft: the prelude; CPython: site import), so the last column
# subtracts each interpreter's count for an empty program.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
PY=${PYTHON:-$( [ -x /usr/bin/python3.11 ] && echo /usr/bin/python3.11 || command -v python3)}
WEFT=.build/release/weft
PROGRAMS=("$@")
[ ${#PROGRAMS[@]} -eq 0 ] && PROGRAMS=(bench/loop.py bench/calls.py bench/fib.py)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
: > "$TMP/empty.py"

count() {  # count OUTFILE COMMAND... → prints the Ir total
    valgrind --tool=callgrind --callgrind-out-file="$1" "${@:2}" >/dev/null 2>"$1.log"
    grep -E '^summary:|^totals:' "$1" | head -1 | awk '{print $2}'
}

w0=$(count "$TMP/w0" $WEFT run "$TMP/empty.py")
p0=$(count "$TMP/p0" "$PY" "$TMP/empty.py")
echo "| program | Weft Ir | CPython 3.11 Ir | Weft / CPython | same, start-up subtracted |"
echo "|---|---:|---:|---:|---:|"
printf '| (empty program) | %s | %s | %.2f | |\n' "$w0" "$p0" "$(echo "$w0 / $p0" | bc -l)"
for prog in "${PROGRAMS[@]}"; do
    w=$(count "$TMP/w" $WEFT run "$prog")
    p=$(count "$TMP/p" "$PY" "$prog")
    printf '| `%s` | %s | %s | %.2f | %.2f |\n' "$prog" "$w" "$p" "$(echo "$w / $p" | bc -l)" "$(echo "($w - $w0) / ($p - $p0)" | bc -l)"
done
