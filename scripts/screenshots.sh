#!/usr/bin/env bash
# Screenshots of the real app under Xvfb, light and dark, into docs/screenshots/ (or $1); only the
# shots named after it when some are (`scripts/screenshots.sh docs/screenshots corrected`).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

"$DOSSIER_ROOT/scripts/setup.sh"
build_ui
build_app
step "Taking screenshots"
node "$DOSSIER_ROOT/tests/e2e/screenshots.mjs" "${1:-$DOSSIER_ROOT/docs/screenshots}" "${@:2}"
