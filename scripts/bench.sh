#!/usr/bin/env bash
# Builds an optimised tree in ./build-bench and runs the benchmarks. Extra arguments go to
# the benchmark binary (e.g. --benchmark_filter=Validate).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
NIANBAO_BUILD_DIR=build-bench NIANBAO_BUILD_TYPE=Release \
    bash scripts/build.sh -DNIANBAO_BUILD_TESTS=OFF -DNIANBAO_BUILD_BENCHMARKS=ON >/dev/null
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
# From the build folder: the stores the benchmarks write (and bench-data/, the large ones kept
# between runs) belong there, not in the sources.
(cd build-bench && ./tests/bench/nianbao_bench --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true "$@")
export QT_QPA_PLATFORM=offscreen
# The window benchmarks: start-up, keystrokes, the register window on 10 000 entries
# (tests/bench/register_bench.cpp).
./build-bench/tests/bench/nianbao_gui_bench --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true "$@"
(cd build-bench && ./tests/bench/nianbao_board_bench --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true "$@")
# PDF export against LibreOffice's (says so and stops when LibreOffice is not installed).
bash scripts/bench-vs-libreoffice.sh build-bench
# Commit latency of one edit: SQLite file vs a local PostgreSQL server of the benchmark's own.
./build-bench/tests/bench/nianbao_store_latency
# The county server: commit latency with 20 clerks at once (PostgreSQL; see the script).
bash scripts/bench-server-load.sh
