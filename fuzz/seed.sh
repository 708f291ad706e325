#!/usr/bin/env bash
# Seeds the fuzz corpora with every schema of the repository (examples and test fixtures) and a
# synthetic schema, then runs every target: `fuzz/seed.sh [SECONDS per target]` (default 60).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
seeds=()
for dir in ../examples ../tests; do
  if [ -d "$dir" ]; then
    while IFS= read -r file; do seeds+=("$file"); done < <(find "$dir" -name '*.prisma')
  fi
done
for target in pipeline parser pieces; do
  mkdir -p "corpus/$target"
  for file in "${seeds[@]}"; do
    cp "$file" "corpus/$target/seed-$(echo "$file" | tr '/.' '__')"
  done
  cargo run -q --manifest-path ../Cargo.toml -p prisma2sql-bench --bin gen-schema -- 10 > "corpus/$target/seed-synthetic"
done
# cargo-fuzz needs nightly features: a nightly toolchain when there is one, else the stable one
# allowed to use them.
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then fuzz=(cargo +nightly fuzz); else fuzz=(env RUSTC_BOOTSTRAP=1 cargo fuzz); fi
for target in pipeline parser pieces; do
  "${fuzz[@]}" run "$target" "corpus/$target" -- -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048
done
