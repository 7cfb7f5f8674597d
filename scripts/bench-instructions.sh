#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind), which repeat exactly where timings on a shared
# machine vary by a third: start-up to the first frame (nianbao reopening the busy report, the
# empty window, the window with one Chinese label) and `nianbao db list` on a store of 1 report
# and of 500 reports in 45 MB (built by the nianbao_bench benchmarks under bench-data/).
# Then the ratios the targets of issue 16 are stated in, and where the start-up's instructions go
# (inclusive counts of the phases that make the difference, from callgrind_annotate).
# Needs valgrind (apt-get install valgrind; not a test dependency). Usage:
#   bash scripts/bench-instructions.sh [BUILD_DIR]   (default build-bench)
# With NIANBAO_CALLGRIND_KEEP=DIR the callgrind files are kept there, for callgrind_annotate
# --inclusive=yes --tree=calling.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build-bench}")
nianbao="$build/app/nianbao"
empty="$build/tests/bench/nianbao_empty_window"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keep=${NIANBAO_CALLGRIND_KEEP:-}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$work/config"

instructions() { # NAME COMMAND...: prints NAME and the program's total instruction count
    local name=$1
    shift
    valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$work/$name.out" "$@" \
        >/dev/null 2>&1
    total "$name" >"$work/$name.total"
    printf '%-28s %15s Ir\n' "$name" "$(cat "$work/$name.total")"
    if [ -n "$keep" ]; then
        mkdir -p "$keep"
        cp "$work/$name.out" "$keep/"
    fi
}
total() { sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$work/$1.out"; }
ratio() { # A B: A's total over B's
    awk -v a="$(cat "$work/$1.total")" -v b="$(cat "$work/$2.total")" 'BEGIN {printf "%.3f", a / b}'
}
# Inclusive instructions of the functions whose names contain each PATTERN (the first match).
phases() { # NAME PATTERN...
    local name=$1
    shift
    callgrind_annotate --inclusive=yes --threshold=100 "$work/$name.out" 2>/dev/null \
        >"$work/$name.annotated"
    for pattern in "$@"; do
        local line
        line=$(grep -F -m1 -- "$pattern" "$work/$name.annotated" || true)
        printf '    %-44s %8.1f M\n' "$pattern" \
            "$(echo "${line:-0}" | awk '{gsub(",", "", $1); print $1 / 1e6}')"
    done
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

echo
echo "start-up: nianbao / Chinese label window = $(ratio start-nianbao start-cjk-label-window)" \
    "(target 1.6); db list: 500 reports / 1 = $(ratio db-list-500-reports db-list-1-reports)" \
    "(target 1.2)"
# The phases, in the order they run; the Chinese label window pays the first two as well.
for name in start-nianbao start-cjk-label-window; do
    echo "$name, inclusive Ir:"
    phases "$name" _dl_start populateFontDatabase ReportStore::open checkFinalizedBeforeOpening \
        ReportSession::open MainWindow::MainWindow IssuesPanel::IssuesPanel \
        NarrativePage::NarrativePage NarrativePage::fillTexts QApplication::exec \
        loadSingleEngine FT_Load_Glyph hb_shape_full
done
