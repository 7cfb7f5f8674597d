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
# Only the fuzz targets are built: clang-14 with libstdc++ 12 rejects libqpdf's JSON.hh
# (std::vector of an incomplete type) in the PDF renderer, which they do not need.
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNIANBAO_FUZZ=ON -DNIANBAO_BUILD_TESTS=OFF -DNIANBAO_BUILD_BENCHMARKS=OFF >build-fuzz.log 2>&1 \
    && cmake --build build-fuzz --parallel "$(nproc)" --target fuzz_reportjson fuzz_textimport fuzz_htmlimport fuzz_spreadsheet \
        >>build-fuzz.log 2>&1 \
    || { tail -n 30 build-fuzz.log; exit 1; }
for target in reportjson textimport htmlimport spreadsheet; do
  work=$(mktemp -d)
  cp tests/fuzz/corpus/$target/* "$work/"
  echo "fuzzing $target for ${seconds}s"
  ./build-fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -print_final_stats=1 "$work" tests/fuzz/corpus/$target 2>&1 | tail -n 12
  rm -rf "$work"
done
