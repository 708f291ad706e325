#!/usr/bin/env bash
# Whole-process timing of the release binary with hyperfine: the largest real schema of the corpus
# (when present), synthetic schemas of 10 to 10,000 models, 100 MB of text that is not a schema,
# and Prisma's engine on the 1,000-model schema side by side (when the oracle is present). Peak
# memory comes from GNU time.
#   crates/bench/process.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-10}"
cargo build --release -q -p prisma2sql -p prisma2sql-bench
bin=target/release/prisma2sql
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for n in 10 100 1000 10000; do
  target/release/gen-schema "$n" > "$work/s$n.prisma"
done
shared="${PRISMA2SQL_SHARED:-}"
for candidate in ../shared /work/shared; do
  if [ -z "$shared" ] && [ -d "$candidate/corpus/real" ]; then shared="$candidate"; fi
done
commands=()
if [ -n "$shared" ] && [ -f "$shared/corpus/real/civitai--civitai/schema.prisma" ]; then
  commands+=("$bin $shared/corpus/real/civitai--civitai/schema.prisma")
fi
for n in 10 100 1000 10000; do commands+=("$bin $work/s$n.prisma"); done
hyperfine -N -w 2 -r "$runs" "${commands[@]}"
for command in "${commands[@]}"; do
  /usr/bin/time -f "peak memory %M KB: $command" $command > /dev/null
done
# 100 MB that is not a schema (invalid lines, JSON, C): reading stops after 1,000 errors, and the
# file is still read in pieces, so time and memory stay bounded.
{ yes $'this is not a schema line\n  "key": { "a": [1, 2] },\nint x = f(a); /* c */ if (x) { y(); }' || true; } |
  head -c 104857600 > "$work/other.txt"
hyperfine -N -i -r 3 "$bin $work/other.txt"
/usr/bin/time -o "$work/time.txt" -f "peak memory %M KB: $bin $work/other.txt" "$bin" "$work/other.txt" > /dev/null 2>&1 || true
cat "$work/time.txt"
if [ -n "$shared" ] && [ -x "$shared/oracle/prisma-oracle" ]; then
  hyperfine -N -r 3 "$bin $work/s1000.prisma" "$shared/oracle/prisma-oracle sql $work/s1000.prisma"
fi
