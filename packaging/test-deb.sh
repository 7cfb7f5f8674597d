#!/usr/bin/env bash
# Builds the Debian package in a clean tree, checks it, installs it, runs the installed
# program (command line and window), and removes it again. Run as root (apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-deb
fail() { echo "test-deb: $*" >&2; exit 1; }

rm -rf "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DNIANBAO_BUILD_TESTS=OFF -DNIANBAO_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" >/dev/null
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/nianbao_*_amd64.deb)
echo "test-deb: built $deb ($(du -h "$deb" | cut -f1))"

info=$(dpkg-deb --info "$deb")
for dependency in libqt6widgets6 libqt6gui6 libqt6sql6 libqt6sql6-sqlite libqt6printsupport6 libqpdf libpoppler-qt6; do
  grep -q "Depends:.*$dependency" <<<"$info" || fail "Depends lacks $dependency"
done
grep -q "Recommends: fonts-noto-cjk" <<<"$info" || fail "no CJK font recommended"
grep -q "Recommends:.*qt6-translations-l10n" <<<"$info" || fail "Qt's translations not recommended"
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/nianbao \
            ./usr/lib/x86_64-linux-gnu/nianbao/libnianbao-pdf.so \
            ./usr/share/applications/org.nianbao.Nianbao.desktop \
            ./usr/share/icons/hicolor/scalable/apps/org.nianbao.Nianbao.svg \
            ./usr/share/icons/hicolor/48x48/apps/org.nianbao.Nianbao.png \
            ./usr/share/metainfo/org.nianbao.Nianbao.metainfo.xml \
            ./usr/share/mime/packages/org.nianbao.Nianbao.xml; do
  grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done
desktop-file-validate packaging/linux/org.nianbao.Nianbao.desktop 2>/dev/null || true
appstreamcli validate --no-net --pedantic "$build/packaging/org.nianbao.Nianbao.metainfo.xml" \
    >/dev/null 2>&1 || appstreamcli validate --no-net "$build/packaging/org.nianbao.Nianbao.metainfo.xml"

lintian_output=$(lintian --tag-display-limit 0 "$deb" || true)
if grep -q '^E:' <<<"$lintian_output"; then
  echo "$lintian_output" >&2
  fail "lintian reports errors"
fi
echo "test-deb: lintian warnings: $(grep -c '^W:' <<<"$lintian_output" || true)"
grep '^W:' <<<"$lintian_output" | sed 's/^/  /' || true

DEBIAN_FRONTEND=noninteractive apt-get install -y "./$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y nianbao >/dev/null 2>&1 || true' EXIT
/usr/bin/nianbao --version
/usr/bin/nianbao check tests/data/golden/correct-busy-report/report.nianbao.json >/dev/null \
    || fail "the installed nianbao check failed"
# PDF work goes through the installed module (found beside the program, not in a build tree).
pdf_dir=$(mktemp -d)
/usr/bin/nianbao export tests/data/golden/correct-busy-report/report.nianbao.json \
    --pdf "$pdf_dir/report.pdf" || fail "the installed nianbao could not export a PDF"
/usr/bin/nianbao import "$pdf_dir/report.pdf" -o "$pdf_dir/back.nianbao.json" \
    || fail "the installed nianbao could not import its own PDF"
grep -q "某县市场监督管理局" "$pdf_dir/back.nianbao.json" || fail "the PDF read back without its agency"
rm -rf "$pdf_dir"
grep -q "application/x-nianbao-report" /usr/share/mime/globs2 || fail "MIME type not registered"
grep -q "^application/x-nianbao-report=.*org.nianbao.Nianbao.desktop" \
    /usr/share/applications/mimeinfo.cache || fail "the desktop entry does not open report files"

# Starts the installed GUI under Xvfb with the given arguments, waits for a visible window
# whose title matches the pattern, and checks that Ctrl+Q ends the process cleanly.
start_window_and_quit() {
  local pattern=$1
  shift
  xvfb-run -a bash -c '
    set -u
    pattern=$1
    shift
    env -u QT_QPA_PLATFORM /usr/bin/nianbao "$@" & pid=$!
    for _ in $(seq 1 100); do
      window=$(xdotool search --onlyvisible --name "$pattern" 2>/dev/null | head -n 1) && [ -n "$window" ] && break
      sleep 0.1
    done
    [ -n "${window:-}" ] || { echo "test-deb: no window titled /$pattern/ appeared" >&2; kill $pid; exit 1; }
    echo "test-deb: window $window: $(xdotool getwindowname "$window")"
    xdotool windowfocus --sync "$window" key ctrl+q
    for _ in $(seq 1 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
    if kill -0 $pid 2>/dev/null; then echo "test-deb: did not quit" >&2; kill $pid; exit 1; fi
    wait $pid
  ' _ "$pattern" "$@"
}

store=$(mktemp -d)
start_window_and_quit "Annual reports on government|政府信息公开工作年度报告" --db "$store/store.sqlite"
# A double-click runs "nianbao <file>" (Exec=nianbao %f): the report opens in the editor.
start_window_and_quit "某县市场监督管理局" --db "$store/opened.sqlite" \
    "$PWD/tests/data/golden/correct-busy-report/report.nianbao.json"
/usr/bin/nianbao db list --db "$store/opened.sqlite" | grep -q "某县市场监督管理局" \
    || fail "the opened report was not stored"
rm -rf "$store"
echo "test-deb: installed, ran and removed $deb"
