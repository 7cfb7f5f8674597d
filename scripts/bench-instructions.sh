#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind), which repeat exactly where timings on a shared
# machine vary by a third: start-up to the first frame (nianbao reopening the busy report, the
# empty window, the window with one Chinese label) and `nianbao db list` on a store of 1 report
# and of 500 reports in 45 MB (built by the nianbao_bench benchmarks under bench-data/).
# Needs valgrind (apt-get install valgrind; not a test dependency). Usage:
#   bash scripts/bench-instructions.sh [BUILD_DIR]   (default build-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build-bench}")
nianbao="$build/app/nianbao"
empty="$build/tests/bench/nianbao_empty_window"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$work/config"

instructions() { # NAME COMMAND...: prints NAME and the program's total instruction count
    local name=$1
    shift
    valgrind --tool=callgrind --callgrind-out-file="$work/$name.out" "$@" >/dev/null 2>&1
    printf '%-28s %15s Ir\n' "$name" "$(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$work/$name.out")"
}

"$nianbao" db import --db "$work/start.sqlite" \
    tests/data/golden/correct-busy-report/report.nianbao.json >/dev/null
"$nianbao" db list --db "$work/start.sqlite" >/dev/null # today's backup, as on any later start
# The report to reopen is remembered per store, under the SHA-1 of its path (ReportSession).
mkdir -p "$work/config/Nianbao"
key=$(printf '%s' "$work/start.sqlite" | sha1sum | cut -c1-16)
printf '[stores]\n%s\\lastReport=1\n' "$key" >"$work/config/Nianbao/nianbao.conf"
export NIANBAO_BENCH_QUIT_ON_PAINT=1
instructions start-nianbao "$nianbao" --db "$work/start.sqlite"
instructions start-empty-window "$empty"
instructions start-cjk-label-window "$empty" --cjk
unset NIANBAO_BENCH_QUIT_ON_PAINT

for reports in 1 500; do
    store="$build/bench-data/reports-$reports.sqlite"
    if [ ! -f "$store" ]; then
        (cd "$build" && ./tests/bench/nianbao_bench --benchmark_filter="StoreOpenAndList/$reports" \
            --benchmark_min_time=0.01 >/dev/null)
    fi
    cp "$store" "$work/list-$reports.sqlite"
    "$nianbao" db list --db "$work/list-$reports.sqlite" >/dev/null # today's backup
    instructions "db-list-$reports-reports" "$nianbao" db list --db "$work/list-$reports.sqlite"
done
