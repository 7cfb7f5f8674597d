# CMake toolchain for Debian 12's MinGW-w64 cross compiler (posix threads: std::thread and
# Qt's threading need the winpthreads runtime, which only the -posix variant links).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)
set(_mingw x86_64-w64-mingw32)
set(CMAKE_C_COMPILER /usr/bin/${_mingw}-gcc-posix)
set(CMAKE_CXX_COMPILER /usr/bin/${_mingw}-g++-posix)
set(CMAKE_RC_COMPILER /usr/bin/${_mingw}-windres)
set(CMAKE_AR /usr/bin/${_mingw}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB /usr/bin/${_mingw}-ranlib CACHE FILEPATH "")
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${_mingw})
# Only target roots are searched, so nothing from the Linux host (its zlib, fontconfig,
# D-Bus...) is linked by accident. Libraries we cross-build ourselves live under a prefix
# passed in NIANBAO_WINDOWS_DEPS.
if(DEFINED ENV{NIANBAO_WINDOWS_DEPS})
  list(APPEND CMAKE_FIND_ROOT_PATH $ENV{NIANBAO_WINDOWS_DEPS})
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
