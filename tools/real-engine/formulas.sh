#!/usr/bin/env bash
# Real-engine formula check. Installs LibreOffice and faketime from Debian when missing and
# rebuilds the bundle. Then every formula cell of the exported workbook, as LibreOffice
# computes it, is compared with the emulator's value. Extra arguments go to formulas.ts
# (e.g. --keep DIR). The last line is "formulas: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/../.."

bash tools/real-engine/install-libreoffice.sh
node tools/build.mjs
node tools/ts-run.mjs tools/real-engine/formulas.ts "$@"
