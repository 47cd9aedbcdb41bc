#!/bin/sh
# The stackless microbenchmarks (§3.3.7 of the report) in one run, beside CPython 3.11 +
# greenlet (pip install greenlet) and PyPy 3 (Debian's pypy3, with its bundled greenlet
# and stackless modules). Figures go to docs/BENCHMARKS.md.
#   swift build -c release && sh bench/stackless.sh
set -e
W=${WEFT:-.build/release/weft}
cd "$(dirname "$0")/.."
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

echo "== switch cost by stack depth (greenlet)"
for impl in "$W run" python3 pypy3; do echo "-- $impl"; $impl bench/switch_depth.py 300000; done

echo "== channel ping-pong, 1,000,000 round trips"
echo "-- $W run (stackless)"; $W run bench/pingpong_stackless.py 1000000
echo "-- python3 (greenlet + small channel and FIFO scheduler)"; python3 bench/pingpong_greenlet.py 1000000
echo "-- pypy3 (stackless)"; pypy3 bench/pingpong_stackless.py 1000000

echo "== memory of greenlets, 100,000 each: peak RSS in KB (N=0 first)"
for impl in "$W run" python3 pypy3; do
  for mode in live dead; do
    echo "-- $impl $mode: $(rss $impl bench/greenlet_memory.py $mode 0) -> $(rss $impl bench/greenlet_memory.py $mode 100000)"
  done
done
echo "-- $W heap live bytes:"
for mode in live dead; do
  for n in 0 100000; do $W run --gc-stats bench/greenlet_memory.py $mode $n 2>&1 | grep -o 'live after last [0-9]*' | sed "s/^/   $mode $n: /"; done
done

echo "== 100,000 tasklets created (and all blocked on a channel)"
$W run bench/tasklet_memory.py 100000
pypy3 bench/tasklet_memory.py 100000

echo "== 1,000,000 tasklets blocked on a channel one call deep"
echo "-- $W: peak RSS KB $(rss $W run bench/tasklet_memory.py 0) -> $(rss $W run bench/tasklet_memory.py 1000000)"
for n in 0 1000000; do $W run --gc-stats bench/tasklet_memory.py $n 2>&1 | grep -o 'live after last [0-9]*' | sed "s/^/   heap $n: /"; done
# (PyPy 3.9 needs more than 24 GB for a million tasklets: measured at 100,000)
echo "-- pypy3, 100,000 tasklets: peak RSS KB $(rss pypy3 bench/tasklet_memory.py 0) -> $(rss pypy3 bench/tasklet_memory.py 100000)"
