#!/usr/bin/env bash
# The county server under load: 20 clerk processes x 500 edits each against the test suite's
# own PostgreSQL server (started and stopped by the test), every edit checked to be stored.
# Prints the commit latencies (p50, p99, max) of the 10 000 commits. Builds the test tree
# (./build-load, Release) first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build_dir=build-load
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNIANBAO_BUILD_TESTS=ON \
    -DNIANBAO_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target nianbao_storage_tests >/dev/null
NIANBAO_REQUIRE_POSTGRESQL=1 QT_QPA_PLATFORM=offscreen \
    "$build_dir/tests/nianbao_storage_tests" --gtest_filter='ServerLoadOnPostgreSQL.*' |
    grep -E '^\[ (load|  FAILED|  PASSED)'
