# Shared settings for the Windows scripts; sourced, not run.
# The cross-built Qt and libraries live outside the repository, so a clean clone reuses them
# and `git clean` never throws away 20 minutes of compiling.
QT_WIN_VERSION=6.4.2
QT_WIN_DEB_VERSION=6.4.2+dfsg-10
NIANBAO_WIN_CACHE=${NIANBAO_WIN_CACHE:-/var/cache/nianbao-windows}
QT_WIN_PREFIX=$NIANBAO_WIN_CACHE/qt6-mingw-$QT_WIN_VERSION
WIN_DEPS_PREFIX=$NIANBAO_WIN_CACHE/deps
WIN_TOOLCHAIN=$NIANBAO_WIN_CACHE/mingw-w64-x86_64.cmake
MINGW=x86_64-w64-mingw32
MINGW_GCC_DLLS=/usr/lib/gcc/$MINGW/12-posix
MINGW_SYS_DLLS=/usr/$MINGW/lib
WINEPREFIX=${WINEPREFIX:-$NIANBAO_WIN_CACHE/wineprefix}
export WINEPREFIX WINEDEBUG=-all

stamp() { printf '=== [%4ds] %s\n' "$SECONDS" "$*"; }
