#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in ./build-fuzz and runs each for
# a bounded time: bash scripts/fuzz.sh [SECONDS] (default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bash scripts/install-deps.sh
apt_missing=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || apt_missing+=("$p")
done
if [ ${#apt_missing[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${apt_missing[@]}"
fi
CC=clang-14 CXX=clang++-14 NIANBAO_BUILD_DIR=build-fuzz NIANBAO_BUILD_TYPE=RelWithDebInfo \
    bash scripts/build.sh -DNIANBAO_FUZZ=ON -DNIANBAO_BUILD_TESTS=OFF -DNIANBAO_BUILD_BENCHMARKS=OFF >/dev/null
for target in reportjson; do
  work=$(mktemp -d)
  cp tests/fuzz/corpus/$target/* "$work/"
  echo "fuzzing $target for ${seconds}s"
  ./build-fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -print_final_stats=1 "$work" tests/fuzz/corpus/$target 2>&1 | tail -n 12
  rm -rf "$work"
done
