#!/usr/bin/env bash
# Tries the Windows installer under Wine, as a clerk would use the program, in a new Wine
# prefix: silent install for all users, then the installed nianbao.exe: --version, check, a
# PDF export of a Chinese report (its text read back on Linux), a draft stored under the
# Windows AppData folder (read back with sqlite3), the window shown and screenshotted;
# silent uninstall; then the same for a per-user install (/CurrentUser, no administrator
# rights). Usage: smoke-test.sh [INSTALLER.exe] [SCREENSHOT-FOLDER]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
source "$here/env.sh"
installer=${1:-$(ls "$repo"/build-windows/Nianbao-*-win64.exe | head -1)}
shots=${2:-$repo/build-windows/screenshots}
report=$repo/tests/data/golden/correct-busy-report/report.nianbao.json
mkdir -p "$shots"

export WINEPREFIX=$NIANBAO_WIN_CACHE/smoke-prefix
export WINEDLLOVERRIDES="mscoree,mshtml="
export WINEDEBUG=-all
work=$(mktemp -d)
trap 'wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT
failures=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
winpath() { winepath -w "$1" 2>/dev/null; }

stamp "new Wine prefix"
rm -rf "$WINEPREFIX"
wineboot -i >/dev/null 2>&1
wineserver -w
user_dir="$WINEPREFIX/drive_c/users/$(id -un)"

installed_tests() { # folder of the installed program; what it must do there
  local bin=$1 exe=$1/nianbao.exe
  local version
  version=$(wine "$exe" --version 2>&1 | tr -d '\r')
  if grep -q "^nianbao " <<<"$version"; then pass "--version: $(head -1 <<<"$version")"
  else fail "--version printed: $version"; fi

  set +e
  out=$(wine "$exe" check "$(winpath "$report")" 2>&1 | tr -d '\r'); rc=$?
  set -e
  if [ $rc -eq 0 ]; then pass "check on a correct report: exit 0"; else fail "check: exit $rc: $out"; fi
  set +e
  out=$(wine "$exe" check "$(winpath "$repo/tests/data/golden/error-R1-balance/report.nianbao.json")" 2>&1 | tr -d '\r'); rc=$?
  set -e
  if [ $rc -eq 1 ] && grep -q "R1" <<<"$out"; then pass "check on a report with an R1 error: exit 1, R1 named"
  else fail "check on the R1 report: exit $rc: $out"; fi

  rm -f "$work/report.pdf"
  set +e
  out=$(wine "$exe" export "$(winpath "$report")" --pdf "$(winpath "$work")\\report.pdf" 2>&1 | tr -d '\r'); rc=$?
  set -e
  if [ $rc -eq 0 ] && [ -s "$work/report.pdf" ]; then
    text=$(pdftotext "$work/report.pdf" - 2>/dev/null)
    if grep -q "某县市场监督管理局2024年政府信息公开工作年度报告" <<<"$(tr -d ' \n' <<<"$text")" &&
       grep -q "本年新收政府信息公开申请数量" <<<"$(tr -d ' \n' <<<"$text")"; then
      pass "export --pdf: $(pdfinfo "$work/report.pdf" | sed -n 's/^Pages: *//p') pages, Chinese text reads back; fonts: $(pdffonts "$work/report.pdf" | awk 'NR>2 {print $1}' | sort -u | tr '\n' ' ')"
    else
      fail "export --pdf: the PDF's text does not read back: $(head -c 300 <<<"$text")"
    fi
    cp "$work/report.pdf" "$shots/windows-export.pdf"
  else
    fail "export --pdf: exit $rc: $out"
  fi

  local before after db
  before=$(find "$bin" -type f | sort | md5sum)
  set +e
  out=$(wine "$exe" db import "$(winpath "$report")" 2>&1 | tr -d '\r'); rc=$?
  set -e
  db="$user_dir/AppData/Roaming/Nianbao/nianbao/nianbao.sqlite"
  if [ $rc -eq 0 ] && [ -s "$db" ]; then
    agency=$(sqlite3 "file:$db?mode=ro" "SELECT agency FROM report LIMIT 1" 2>&1)
    if [ "$agency" = "某县市场监督管理局" ]; then pass "draft stored in AppData: ${db#$WINEPREFIX/}, agency read back with sqlite3"
    else fail "stored draft: sqlite3 says: $agency"; fi
  else
    fail "db import: exit $rc, store ${db#$WINEPREFIX/} $( [ -e "$db" ] && echo present || echo missing): $out"
  fi
  after=$(find "$bin" -type f | sort | md5sum)
  if [ "$before" = "$after" ]; then pass "nothing written next to the program"
  else fail "files appeared in $bin"; fi
}

screenshot() { # name, args...
  local name=$1
  shift
  local shot="$shots/$name.png"
  rm -f "$shot"
  local title
  # A Wine session started without a display (the commands above) would keep showing windows
  # nowhere: end it, so that this one starts on the virtual screen.
  wineserver -k 2>/dev/null || true
  wineserver -w
  # The main window's title ends in 「 - Nianbao」; a message box would be titled 「Nianbao」.
  title=$(xvfb-run -a -s "-screen 0 1320x1000x24" bash -c '
    wine "$@" >/dev/null 2>&1 &
    for i in $(seq 1 60); do
      id=$(xdotool search --onlyvisible --name " - Nianbao" 2>/dev/null | head -1)
      [ -n "$id" ] && break
      sleep 1
    done
    sleep 3
    import -window root "'"$shot"'"
    xdotool search --onlyvisible --name "." getwindowname %@ 2>/dev/null | grep -v "Default IME" | head -3
    wineserver -k' _ "$@" 2>/dev/null || true)
  if grep -q " - Nianbao" <<<"$title" && [ -s "$shot" ]; then pass "window 「$(grep " - Nianbao" <<<"$title" | head -1)」 shown: $shot"
  else fail "no main window for $name (windows: $(tr '\n' ';' <<<"$title")); screen in $shot"; fi
}

stamp "install for all users: $(basename "$installer") /S"
wine "$installer" /S && wineserver -w
bin="$WINEPREFIX/drive_c/Program Files/Nianbao/bin"
if [ -x "$bin/nianbao.exe" ]; then pass "installed into C:\\Program Files\\Nianbao"; else fail "no $bin/nianbao.exe"; fi
if wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao' >/dev/null 2>&1; then
  pass "uninstall entry in HKLM"; else fail "no uninstall entry in HKLM"; fi
if wine reg query 'HKLM\Software\Classes\Nianbao.Report\shell\open\command' >/dev/null 2>&1 &&
   wine reg query 'HKLM\Software\Classes\.json\OpenWithProgids' 2>/dev/null | grep -q Nianbao.Report; then
  pass "document type Nianbao.Report registered, offered for .json"; else fail "file association missing"; fi
menu="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs"
if [ -e "$menu/Nianbao 年报/政府信息公开年报.lnk" ]; then
  pass "Start-menu entry Nianbao 年报 → 政府信息公开年报"; else fail "no Start-menu entry: $(find "$menu" -name '*.lnk' | head -5)"; fi
installed_tests "$bin"

stamp "the window"
screenshot windows-start-page "$bin/nianbao.exe" --lang zh_CN
screenshot windows-editor "$bin/nianbao.exe" --lang zh_CN "$(winpath "$report")"

stamp "uninstall"
wine "$WINEPREFIX/drive_c/Program Files/Nianbao/Uninstall.exe" /S && sleep 2 && wineserver -w
if [ ! -e "$bin/nianbao.exe" ] && ! wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao' >/dev/null 2>&1 &&
   ! wine reg query 'HKLM\Software\Classes\Nianbao.Report' >/dev/null 2>&1; then
  pass "uninstalled: program, uninstall entry and document type gone"
else
  fail "uninstall left: $(ls "$bin" 2>/dev/null | head -3)"
fi
if [ -s "$user_dir/AppData/Roaming/Nianbao/nianbao/nianbao.sqlite" ]; then
  pass "the clerk's drafts are kept after uninstalling"; else fail "the store went with the program"; fi

stamp "install for the current user only: /CurrentUser /S"
wine "$installer" /CurrentUser /S && wineserver -w
bin="$user_dir/AppData/Local/Programs/Nianbao/bin"
if [ -x "$bin/nianbao.exe" ] && wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao' >/dev/null 2>&1; then
  pass "installed into %LOCALAPPDATA%\\Programs\\Nianbao, uninstall entry in HKCU"
else
  fail "per-user install: $(ls "$user_dir/AppData/Local/Programs" 2>&1)"
fi
if wine "$bin/nianbao.exe" --version 2>&1 | grep -q "^nianbao "; then pass "per-user nianbao.exe runs"; else fail "per-user nianbao.exe does not run"; fi
wine "$user_dir/AppData/Local/Programs/Nianbao/Uninstall.exe" /S && sleep 2 && wineserver -w
if [ ! -e "$bin/nianbao.exe" ] && ! wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao' >/dev/null 2>&1; then
  pass "per-user uninstall"; else fail "per-user uninstall left files or its entry"; fi

stamp "smoke test: $failures failure(s)"
[ $failures -eq 0 ]
