#!/usr/bin/env bash
# Gathers what nianbao.exe needs next to it: Qt's DLLs and plugins, Qt's own zh_CN strings,
# and the MinGW runtime, found by walking the DLL imports with objdump (windeployqt is not in
# qtbase 6.4 and does not run on Linux). Usage: deploy.sh NIANBAO.EXE OUT-FOLDER
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/env.sh"
exe=$1
out=$2
rm -rf "$out"
mkdir -p "$out"/{platforms,sqldrivers,styles,imageformats,translations}
cp "$QT_WIN_PREFIX/plugins/platforms/qwindows.dll" "$out/platforms/"
cp "$QT_WIN_PREFIX/plugins/sqldrivers/qsqlite.dll" "$out/sqldrivers/"
cp "$QT_WIN_PREFIX/plugins/styles/qwindowsvistastyle.dll" "$out/styles/"
cp "$QT_WIN_PREFIX/plugins/imageformats/qico.dll" "$out/imageformats/"
# Qt's translations are the same files on every platform.
cp /usr/share/qt6/translations/qtbase_zh_CN.qm "$out/translations/"
# Relative to the executable: no path of this machine ends up in the installed program.
printf '[Paths]\nPrefix=.\nPlugins=.\nTranslations=translations\n' > "$out/qt.conf"

declare -A seen=()
queue=("$exe" "$out"/platforms/*.dll "$out"/sqldrivers/*.dll "$out"/styles/*.dll "$out"/imageformats/*.dll)
while [ ${#queue[@]} -gt 0 ]; do
  file=${queue[0]}
  queue=("${queue[@]:1}")
  while read -r dll; do
    key=${dll,,}
    [ -n "${seen[$key]:-}" ] && continue
    seen[$key]=1
    for dir in "$QT_WIN_PREFIX/bin" "$MINGW_GCC_DLLS" "$MINGW_SYS_DLLS" "$WIN_DEPS_PREFIX/bin"; do
      if [ -e "$dir/$dll" ]; then
        cp "$dir/$dll" "$out/"
        queue+=("$out/$dll")
        break
      fi
    done # not found anywhere: a Windows system DLL (KERNEL32, USER32, ...)
  done < <($MINGW-objdump -p "$file" | sed -n 's/^\s*DLL Name: //p')
done
# Debian ships the MinGW runtime unstripped (libstdc++-6.dll: 23.7 MB → 2 MB).
for dll in "$out"/lib*.dll; do
  [ -e "$dll" ] && $MINGW-strip --strip-unneeded "$dll"
done
echo "deployed $(find "$out" -type f | wc -l) files, $(du -sh "$out" | cut -f1), into $out"
