#!/usr/bin/env bash
# Installs what Nianbao needs, builds it and starts it. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh >/dev/null
exec ./build/app/nianbao "$@"
