#!/bin/sh
# Runs the real-browser checks: installs Chromium and its fonts if needed, rebuilds the bundle,
# and checks the emails, the report PDF and the sidebar in headless Chromium.
# Usage: tools/real-engine/browser.sh [--date YYYY-MM-DDTHH:mm] [--out DIR]
set -eu

cd "$(dirname "$0")/../.."
sh tools/real-engine/install-chromium.sh
node tools/build.mjs
exec node tools/ts-run.mjs tools/real-engine/browser.ts "$@"
