#!/bin/sh
# Installs LibreOffice Calc (headless) and faketime from the Debian archive, for the
# real-engine formula check. Does nothing when both are already installed.
set -eu

PACKAGES="libreoffice-calc-nogui faketime"

missing=""
for package in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
    grep -q 'install ok installed'; then
    missing="$missing $package"
  fi
done

if [ -z "$missing" ]; then
  echo "install-libreoffice: already installed:$(printf ' %s' $PACKAGES)"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
else
  sudo="sudo"
fi

echo "install-libreoffice: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
# shellcheck disable=SC2086
$sudo apt-get install -y --no-install-recommends $missing
