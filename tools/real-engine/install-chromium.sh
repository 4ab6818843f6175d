#!/bin/sh
# Installs the Debian packages the real-browser checks need: Chromium, Liberation Serif 2.x
# (Times New Roman metrics with Vietnamese precomposed letters) and poppler-utils (pdftotext,
# pdffonts, pdftoppm). Installs only what is missing, so a second run changes nothing.
# Runs as root or through sudo. Never downloads a browser through npm.
set -eu

PACKAGES="chromium fonts-liberation2 poppler-utils"

missing=""
for package in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing="$missing $package"
  fi
done

if [ -z "$missing" ]; then
  echo "install-chromium: already installed: $PACKAGES"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  run_as_root=""
elif command -v sudo >/dev/null 2>&1; then
  run_as_root="sudo"
else
  echo "install-chromium: missing:$missing; run this script as root to install them." >&2
  exit 1
fi

echo "install-chromium: installing$missing"
$run_as_root apt-get update
# shellcheck disable=SC2086 # the package list is meant to split into words
DEBIAN_FRONTEND=noninteractive $run_as_root apt-get install -y $missing
