#!/usr/bin/env bash
# The one command for Windows: on Debian 12 as root, builds (once, cached) Qt and the libraries
# for Windows, cross-compiles Nianbao, deploys its DLLs and makes the 64-bit NSIS installer
# build-windows/Nianbao-<version>-win64.exe. Then smoke-test.sh tries it under Wine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
source "$here/env.sh"
build=${NIANBAO_WINDOWS_BUILD:-$repo/build-windows}

bash "$here/build-toolchain.sh"

stamp "cross-compiling Nianbao into $build"
mkdir -p "$build"
export NIANBAO_WINDOWS_DEPS=$WIN_DEPS_PREFIX
export PKG_CONFIG_LIBDIR=$WIN_DEPS_PREFIX/lib/pkgconfig:/usr/$MINGW/lib/pkgconfig
unset PKG_CONFIG_PATH
"$QT_WIN_PREFIX/bin/qt-cmake" -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DQT_CHAINLOAD_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" \
  -DNIANBAO_WITH_POPPLER=OFF -DNIANBAO_BUILD_TESTS=OFF -DNIANBAO_BUILD_BENCHMARKS=OFF \
  -DNIANBAO_WERROR=ON -DNIANBAO_WINDOWS_DEPLOY_DIR="$build/deploy" >"$build/configure.log" 2>&1 ||
  { tail -30 "$build/configure.log"; exit 1; }
nice -n 5 cmake --build "$build" --parallel "$(nproc)"

stamp "deploying the DLLs"
bash "$here/deploy.sh" "$build/app/nianbao.exe" "$build/deploy"

stamp "making the installer"
rm -f "$build"/Nianbao-*-win64.exe
(cd "$build" && cpack -G NSIS >cpack.log 2>&1) || { tail -30 "$build/cpack.log"; exit 1; }
installer=$(ls "$build"/Nianbao-*-win64.exe)
stamp "done: $installer ($(du -h "$installer" | cut -f1))"
