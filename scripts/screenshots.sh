#!/usr/bin/env bash
# Screenshots of the real app under Xvfb, light and dark, into docs/screenshots/ (or $1).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

"$DOSSIER_ROOT/scripts/setup.sh"
build_ui
build_app
step "Taking screenshots"
node "$DOSSIER_ROOT/tests/e2e/screenshots.mjs" "${1:-$DOSSIER_ROOT/docs/screenshots}"
