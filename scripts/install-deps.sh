#!/usr/bin/env bash
# Installs every Debian 12 package Nianbao needs to build, run, test and package.
# Later features (print, import, packaging) need some of these already; keeping one list
# means nothing depends on what happens to be installed on a machine.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # Qt 6.4 (Debian 12): Widgets, PrintSupport, Sql + SQLite driver, tools, translations
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6
  # the store on a PostgreSQL server: Qt's driver; the server itself for the tests, which
  # start their own (initdb into a temporary folder); openssl makes the TLS test's certificates
  libqt6sql6-psql postgresql openssl
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev
  # tests and benchmarks
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  # fonts: CJK serif and sans (Song/Ming and Hei styles) for the UI, print and tests
  fonts-noto-cjk fonts-wqy-microhei fonts-arphic-uming
  # libraries for print (QR fingerprint, PDF fix-up) and import (PDF text, HTML)
  libqrencode-dev libqpdf-dev libpoppler-qt6-dev libxml2-dev
  # spreadsheets: .xlsx read through libzip (and libxml2), written with libxlsxwriter
  libzip-dev libxlsxwriter-dev
  # seeing what was built: PDF to text/PNG, a virtual display
  poppler-utils xvfb xauth
  # the Debian package test: drive the installed window, lint the package and its metadata
  xdotool lintian appstream desktop-file-utils dpkg-dev
)

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps.sh: run as root (it calls apt-get)" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
