#!/usr/bin/env bash
# Installs what Nianbao needs, builds it with warnings as errors and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/check-format.sh
export NIANBAO_BUILD_DIR=${NIANBAO_BUILD_DIR:-build}
bash scripts/build.sh -DNIANBAO_WERROR=ON -DNIANBAO_BUILD_TESTS=ON
# Tests never depend on the machine's display, locale or settings.
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
# The PostgreSQL tests fail here instead of skipping when the server cannot be started.
export NIANBAO_REQUIRE_POSTGRESQL=1
ctest --test-dir "$NIANBAO_BUILD_DIR" --output-on-failure --parallel "$(nproc)"
# The Debian package: built in a clean tree, installed, run (command line and window), removed.
bash packaging/test-deb.sh
# The Windows installer under Wine, when this machine already has the cross-built Qt (building
# it takes ~17 minutes, more than CI's budget): packaging/windows/README.md says how.
source packaging/windows/env.sh
if [ -e "$QT_WIN_PREFIX/.complete" ] && [ -e "$WIN_DEPS_PREFIX/.libxml2" ]; then
  NIANBAO_WINDOWS_BUILD=$NIANBAO_BUILD_DIR-windows bash packaging/windows/build-installer.sh
  bash packaging/windows/smoke-test.sh "$(ls "$NIANBAO_BUILD_DIR"-windows/Nianbao-*-win64.exe)" \
    "$NIANBAO_BUILD_DIR-windows/screenshots"
else
  echo "Windows installer: skipped (no cross-built Qt in $NIANBAO_WIN_CACHE;" \
       "bash packaging/windows/build-installer.sh builds it)"
fi
