#!/usr/bin/env bash
# Parse speed: `weft ast --quiet` over every .py file of CPython's standard library
# (site-packages excluded) against CPython's ast.parse over the same files, both reading
# the files themselves, measured side by side with hyperfine. Release build required.
#   bash bench/parse_stdlib.sh            (writes nothing; copy the table into docs/BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
PY=${PYTHON:-$( [ -x /usr/bin/python3.11 ] && echo /usr/bin/python3.11 || command -v python3)}
STDLIB=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
LIST=$(mktemp)
find "$STDLIB" -name '*.py' -not -path '*/site-packages/*' | sort > "$LIST"
echo "$(wc -l < "$LIST") files, $(xargs cat < "$LIST" | wc -c) bytes, parsed by $PY and .build/release/weft"
cat > "${LIST}.py" <<PYEOF
import ast, sys
for path in open(sys.argv[1]).read().split("\n"):
    if not path: continue
    try:
        ast.parse(open(path, "rb").read())
    except (SyntaxError, ValueError):
        pass
PYEOF
hyperfine --warmup 1 --runs ${RUNS:-5} -i \
  -n "CPython ast.parse" "$PY ${LIST}.py $LIST" \
  -n "weft ast --quiet" "xargs .build/release/weft ast --quiet < $LIST"
rm -f "$LIST" "${LIST}.py"
