#!/usr/bin/env bash
# Re-extracts the interface strings (lupdate) and fills in the Simplified Chinese ones.
# Fails, listing them, when a string has no translation yet: add it to translations_zh_CN.py.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -I . -locations relative -no-obsolete app forms model \
    -ts resources/translations/nianbao_zh_CN.ts
python3 scripts/translations_zh_CN.py resources/translations/nianbao_zh_CN.ts
