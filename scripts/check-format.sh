#!/usr/bin/env bash
# Fails when a C++ file differs from what .clang-format says. Files are checked one by one:
# clang-format 14 given several files exits with the last file's status only.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app forms model tests -name '*.cpp' -o -name '*.h')
status=0
for f in $files; do
  clang-format --dry-run --Werror "$f" || status=1
done
if [ "$status" -ne 0 ]; then
  echo "check-format: run clang-format -i on the files above" >&2
fi
exit "$status"
