#!/usr/bin/env bash
# Real-engine formula check. Installs LibreOffice and faketime from Debian when missing, then
# runs the check's own tests: CSV reading, value comparison, and that the check catches a
# LibreOffice a day ahead or one that kept cached results. Last, every formula cell of the
# exported workbook, as LibreOffice computes it, is compared with the emulator's value.
# Extra arguments go to formulas.ts (e.g. --keep DIR). The last line is
# "formulas: N passed, N failed"; a failing test makes the script exit 1 too.
set -uo pipefail
cd "$(dirname "$0")/../.."

bash tools/real-engine/install-libreoffice.sh || exit 1

status=0
# jest skips test/real-engine/ by default; its global setup rebuilds build/Code.js.
npx jest --testPathIgnorePatterns='/node_modules/' \
  --testPathPatterns='test/real-engine/formulas' || status=1
node tools/ts-run.mjs tools/real-engine/formulas.ts "$@" || status=1
exit $status
