#!/usr/bin/env bash
# Installs the Debian 12 packages orderhub builds and tests with, skipping those already present.
# Idempotent: `dpkg -s` is asked first, so a machine that has everything runs no apt at all.
set -euo pipefail

packages=(
  build-essential cmake make pkg-config git ca-certificates
  libboost-dev libboost-program-options-dev
  nlohmann-json3-dev libvalijson-dev libspdlog-dev libfmt-dev
  libhpdf-dev libpugixml-dev libsqlite3-dev libcpp-httplib-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  sqlite3 curl python3
  libpng-dev zlib1g-dev fonts-dejavu-core fonts-wqy-microhei python3-fonttools poppler-utils qpdf
  libzip-dev libreofficekit-dev libreoffice-writer-nogui
  wkhtmltopdf weasyprint
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg -s "$package" >/dev/null 2>&1; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
