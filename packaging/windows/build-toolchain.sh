#!/usr/bin/env bash
# Builds everything the Windows build of Nianbao links against, once, into a cache outside
# the repository ($NIANBAO_WIN_CACHE, default /var/cache/nianbao-windows):
#   - Qt 6.4.2 qtbase (Core, Gui, Widgets, PrintSupport, Sql + SQLite) as DLLs, from Debian's
#     own qt6-base source, with Debian's MinGW-w64 cross compiler (~17 min on 2 cores);
#   - libjpeg-turbo, qpdf, libqrencode, libxml2, libzip and libxlsxwriter as static libraries, also from Debian's
#     sources (~5 min); zlib is Debian's own MinGW build (libz-mingw-w64-dev).
# Each part is skipped when its stamp file exists. Run as root on Debian 12.
# Licensing: the Qt DLLs we ship are LGPLv3; their source is Debian's qt6-base source package
# plus SQLite's amalgamation from Debian's sqlite3 source and the configure line below.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/env.sh"

work=$NIANBAO_WIN_CACHE/work
mkdir -p "$work" "$WIN_DEPS_PREFIX"
jobs=$(nproc)

stamp "1 Debian packages"
packages=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
  mingw-w64-x86-64-dev mingw-w64-tools libz-mingw-w64-dev wine wine64 nsis dpkg-dev tcl cmake ninja-build
  qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-translations-l10n
  xvfb xauth poppler-utils sqlite3 fonts-wqy-microhei imagemagick)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Source packages: a deb-src entry that mirrors the configured binary sources.
if ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  stamp "  adding deb-src entries"
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    sed 's/^Types: deb$/Types: deb-src/' "$f" > "/etc/apt/sources.list.d/nianbao-src-$(basename "$f")"
  done
  if [ -s /etc/apt/sources.list ]; then
    sed -n 's/^deb /deb-src /p' /etc/apt/sources.list > /etc/apt/sources.list.d/nianbao-src.list
  fi
  apt-get update -q
fi

cp "$here/mingw-w64-x86_64.cmake" "$WIN_TOOLCHAIN"

fetch_source() { # package [version] → prints the unpacked directory
  local pkg=$1 version=${2:-}
  (cd "$work" && if ! ls -d "$pkg"-*/ >/dev/null 2>&1; then
     # When Debian's mirror lacks the packaging tarball (seen for qrencode), the upstream
     # tarball alone is enough: the Windows build needs no Debian patch of these libraries.
     apt-get source -q ${version:+"$pkg=$version"} "$pkg" >"$pkg.source.log" 2>&1 ||
       { ls "$pkg"_*.orig.tar.* >/dev/null 2>&1 && tar xf "$pkg"_*.orig.tar.*; } ||
       { cat "$pkg.source.log" >&2; exit 1; }
   fi)
  ls -d "$work/$pkg"-*/ | head -1 | sed 's:/$::'
}

cross_cmake() { # source build [cmake args...]; $CROSS_TARGET, $CROSS_COMPONENT: only these
  local src=$1 build=$2
  shift 2
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" -DCMAKE_INSTALL_PREFIX="$WIN_DEPS_PREFIX" \
    -DCMAKE_PREFIX_PATH="$WIN_DEPS_PREFIX" -DBUILD_SHARED_LIBS=OFF "$@" >"$build.configure.log" 2>&1 ||
    { tail -30 "$build.configure.log"; return 1; }
  nice -n 10 cmake --build "$build" --parallel "$jobs" ${CROSS_TARGET:+--target "$CROSS_TARGET"} \
    >"$build.log" 2>&1 || { grep -m10 -A5 -E 'error|FAILED' "$build.log"; return 1; }
  cmake --install "$build" ${CROSS_COMPONENT:+--component "$CROSS_COMPONENT"} >/dev/null
}
export NIANBAO_WINDOWS_DEPS=$WIN_DEPS_PREFIX
# pkg-config must see only Windows libraries, never the host's.
export PKG_CONFIG_LIBDIR=$WIN_DEPS_PREFIX/lib/pkgconfig:/usr/$MINGW/lib/pkgconfig
unset PKG_CONFIG_PATH

if [ ! -e "$QT_WIN_PREFIX/.complete" ]; then
  stamp "2 Qt $QT_WIN_VERSION for Windows: sources"
  qtsrc=$(fetch_source qt6-base "$QT_WIN_DEB_VERSION")
  # Debian's dfsg tarball drops the bundled SQLite; rebuild its amalgamation from Debian's
  # own sqlite3 source.
  if [ ! -e "$qtsrc/src/3rdparty/sqlite/sqlite3.c" ]; then
    sqlsrc=$(fetch_source sqlite3)
    mkdir -p "$work/sqlite-amalgamation"
    (cd "$work/sqlite-amalgamation" && "$sqlsrc/configure" --disable-tcl >/dev/null && make sqlite3.c >/dev/null)
    mkdir -p "$qtsrc/src/3rdparty/sqlite"
    cp "$work/sqlite-amalgamation"/{sqlite3.c,sqlite3.h,sqlite3ext.h} "$qtsrc/src/3rdparty/sqlite/"
  fi
  stamp "3 Qt: configure"
  rm -rf "$work/build-qt"
  mkdir -p "$work/build-qt"
  # -no-feature-tabletevent: the tarball also drops wintab.h. direct2d stays on: without it
  # Qt 6.4 skips the DirectWrite engine that PrintSupport links to.
  # -no-feature-androiddeployqt: a Debian patch turns it on even when cross-compiling.
  (cd "$work/build-qt" && "$qtsrc/configure" \
    -prefix "$QT_WIN_PREFIX" -release -shared \
    -xplatform win32-g++ -qt-host-path /usr \
    -nomake examples -nomake tests \
    -no-opengl -no-dbus -no-icu \
    -qt-zlib -qt-libpng -qt-libjpeg -qt-harfbuzz -qt-pcre -qt-doubleconversion -qt-freetype \
    -sql-sqlite -qt-sqlite -no-sql-odbc -no-sql-psql -no-sql-mysql -no-sql-oci -no-sql-db2 -no-sql-ibase \
    -no-feature-network -no-feature-concurrent -no-feature-xml \
    -no-feature-vulkan -no-feature-tabletevent -no-feature-androiddeployqt \
    -- -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" \
       -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake >"$work/qt-configure.log" 2>&1) ||
    { tail -40 "$work/qt-configure.log"; exit 1; }
  stamp "4 Qt: build (about 17 minutes on 2 cores)"
  (cd "$work/build-qt" && nice -n 10 cmake --build . --parallel "$jobs" >"$work/qt-build.log" 2>&1) ||
    { grep -m20 -B2 -A8 'error' "$work/qt-build.log" | tail -60; exit 1; }
  (cd "$work/build-qt" && cmake --install . --strip >/dev/null)
  touch "$QT_WIN_PREFIX/.complete"
  rm -rf "$work/build-qt"  # 1.2 GB of objects; the installed Qt is 70 MB
  stamp "  Qt installed: $(du -sh "$QT_WIN_PREFIX" | cut -f1)"
else
  stamp "2-4 Qt for Windows already built in $QT_WIN_PREFIX"
fi

if [ ! -e "$WIN_DEPS_PREFIX/.jpeg" ]; then
  stamp "6 libjpeg-turbo"
  src=$(fetch_source libjpeg-turbo)
  cross_cmake "$src" "$work/build-jpeg" -DENABLE_SHARED=OFF -DENABLE_STATIC=ON -DWITH_SIMD=OFF \
    -DWITH_TURBOJPEG=OFF
  touch "$WIN_DEPS_PREFIX/.jpeg"
fi
if [ ! -e "$WIN_DEPS_PREFIX/.qpdf" ]; then
  stamp "7 qpdf"
  src=$(fetch_source qpdf)
  # qpdf's configure checks link 「Advapi32」, spelt as on Windows; MinGW's library is
  # libadvapi32.a and Linux file names are case-sensitive.
  mkdir -p "$WIN_DEPS_PREFIX/lib"
  ln -sf "/usr/$MINGW/lib/libadvapi32.a" "$WIN_DEPS_PREFIX/lib/libAdvapi32.a"
  # Only the library: the build of qpdf's programs wants to copy MinGW DLLs from the PATH.
  CROSS_TARGET=libqpdf CROSS_COMPONENT=dev \
    cross_cmake "$src" "$work/build-qpdf" -DCMAKE_EXE_LINKER_FLAGS="-L$WIN_DEPS_PREFIX/lib" \
    -DBUILD_STATIC_LIBS=ON -DREQUIRE_CRYPTO_NATIVE=ON \
    -DUSE_IMPLICIT_CRYPTO=OFF -DBUILD_DOC=OFF -DINSTALL_EXAMPLES=OFF -DINSTALL_MANUAL=OFF \
    -DZLIB_LIBRARY=/usr/$MINGW/lib/libz.a -DZLIB_INCLUDE_DIR=/usr/$MINGW/include
  touch "$WIN_DEPS_PREFIX/.qpdf"
fi
if [ ! -e "$WIN_DEPS_PREFIX/.qrencode" ]; then
  stamp "8 libqrencode"
  src=$(fetch_source qrencode)
  cross_cmake "$src" "$work/build-qrencode" -DWITH_TOOLS=NO -DWITH_TESTS=NO
  touch "$WIN_DEPS_PREFIX/.qrencode"
fi
if [ ! -e "$WIN_DEPS_PREFIX/.libxml2" ]; then
  stamp "9 libxml2"
  src=$(fetch_source libxml2)
  cross_cmake "$src" "$work/build-libxml2" -DLIBXML2_WITH_ICONV=OFF -DLIBXML2_WITH_ICU=OFF \
    -DLIBXML2_WITH_LZMA=OFF -DLIBXML2_WITH_ZLIB=OFF -DLIBXML2_WITH_PYTHON=OFF \
    -DLIBXML2_WITH_PROGRAMS=OFF -DLIBXML2_WITH_TESTS=OFF -DLIBXML2_WITH_HTTP=OFF \
    -DLIBXML2_WITH_FTP=OFF -DLIBXML2_WITH_THREADS=ON
  touch "$WIN_DEPS_PREFIX/.libxml2"
fi
# Spreadsheets (.xlsx read and written). Not yet tried: no Windows cache on the machine where
# these two steps were added.
if [ ! -e "$WIN_DEPS_PREFIX/.libzip" ]; then
  stamp "10 libzip"
  src=$(fetch_source libzip)
  cross_cmake "$src" "$work/build-libzip" -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF -DENABLE_ZSTD=OFF \
    -DENABLE_COMMONCRYPTO=OFF -DENABLE_GNUTLS=OFF -DENABLE_MBEDTLS=OFF -DENABLE_OPENSSL=OFF \
    -DENABLE_WINDOWS_CRYPTO=OFF -DBUILD_TOOLS=OFF -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF \
    -DBUILD_DOC=OFF -DZLIB_LIBRARY=/usr/$MINGW/lib/libz.a -DZLIB_INCLUDE_DIR=/usr/$MINGW/include
  touch "$WIN_DEPS_PREFIX/.libzip"
fi
if [ ! -e "$WIN_DEPS_PREFIX/.libxlsxwriter" ]; then
  stamp "11 libxlsxwriter"
  src=$(fetch_source libxlsxwriter)
  cross_cmake "$src" "$work/build-libxlsxwriter" -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
    -DZLIB_LIBRARY=/usr/$MINGW/lib/libz.a -DZLIB_INCLUDE_DIR=/usr/$MINGW/include
  touch "$WIN_DEPS_PREFIX/.libxlsxwriter"
fi
stamp "toolchain ready in $NIANBAO_WIN_CACHE"
