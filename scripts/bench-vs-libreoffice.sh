#!/usr/bin/env bash
# PDF export, Nianbao against LibreOffice on the same report (issue 16: Nianbao must stay under
# 0.1x LibreOffice's time). Nianbao renders the report to PDF (`nianbao export --pdf`); LibreOffice
# converts the equivalent document, Nianbao's own .odt export of that report, as a clerk who
# keeps the report in Writer would (`soffice --headless --convert-to pdf`). Both are timed in
# alternated runs (one of each in turn, so that a busy moment of the shared machine hits both)
# with their peak memory (/usr/bin/time -v), then measured by hyperfine when it is installed.
# LibreOffice is not a dependency of Nianbao: without it the script says so and stops.
# Usage: bash scripts/bench-vs-libreoffice.sh [BUILD_DIR] [REPORT.nianbao.json] [RUNS]
#   (defaults: build-bench, the busy test report, 10 runs of each)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build-bench}")
report=$(realpath "${2:-tests/data/golden/correct-busy-report/report.nianbao.json}")
runs=${3:-10}
nianbao="$build/app/nianbao"
if ! command -v soffice >/dev/null; then
    echo "bench-vs-libreoffice: soffice is not installed (apt-get install libreoffice-writer-nogui); skipped"
    exit 0
fi
if [ ! -x "$nianbao" ] || [ ! -x /usr/bin/time ]; then
    echo "bench-vs-libreoffice: needs $nianbao (build it) and /usr/bin/time (apt-get install time)" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$work/runtime"

"$nianbao" export "$report" --odt "$work/report.odt" 2>/dev/null
nianbao_cmd=("$nianbao" export "$report" --pdf "$work/nianbao.pdf")
# Its own profile, made by a first run outside the measurements (the first start of
# LibreOffice builds it, several times slower than any later one).
office_cmd=(soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf
            --outdir "$work/office" "$work/report.odt")
"${office_cmd[@]}" >/dev/null 2>&1

measure() { # NAME COMMAND...: appends "seconds max-RSS-kB" of one run to $work/NAME
    local name=$1
    shift
    /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>&1
    awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
                                           for (i = 1; i <= n; ++i) s = s * 60 + p[i]}
                /Maximum resident set size/ {kb = $2}
                END {print s, kb}' "$work/time.txt" >>"$work/runs-$name"
}
for ((i = 0; i < runs; ++i)); do
    measure nianbao "${nianbao_cmd[@]}"
    measure office "${office_cmd[@]}"
done
median() { # FILE COLUMN
    sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR] = $c} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
n_time=$(median "$work/runs-nianbao" 1)
o_time=$(median "$work/runs-office" 1)
n_rss=$(median "$work/runs-nianbao" 2)
o_rss=$(median "$work/runs-office" 2)
echo "Report: $report ($(pdfinfo "$work/nianbao.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages from Nianbao, $(pdfinfo "$work/office/report.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') from LibreOffice)"
echo "Alternated runs ($runs of each), medians:"
printf '  %-12s %8.3f s  %8d kB max RSS\n' nianbao "$n_time" "$n_rss" libreoffice "$o_time" "$o_rss"
awk -v n="$n_time" -v o="$o_time" -v a="$n_rss" -v b="$o_rss" \
    'BEGIN {printf "  Nianbao/LibreOffice: time %.3f, memory %.3f\n", n / o, a / b}'
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs "$runs" --style basic \
        -n nianbao "$(printf '%q ' "${nianbao_cmd[@]}")" \
        -n libreoffice "$(printf '%q ' "${office_cmd[@]}")"
else
    echo "(hyperfine is not installed: apt-get install hyperfine for its figures)"
fi
