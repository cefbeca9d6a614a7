# Shared by the scripts: paths, the build cache location, and messages.
# shellcheck shell=bash

DOSSIER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Builds live outside the clone so a fresh clone on the same machine (CI) reuses them.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/dossier-target}"
export PATH="$HOME/.cargo/bin:$PATH"
DOSSIER_APP_BINARY="$CARGO_TARGET_DIR/debug/dossier-app"
export DOSSIER_APP_BINARY
# The bundled sample export, opened by scripts/run-sample.sh when given no path.
export DOSSIER_SAMPLE="$DOSSIER_ROOT/samples/clarifai-sample.zip"

step() { printf '\n==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

build_ui() {
  step "Building the UI (ui/dist)"
  (cd "$DOSSIER_ROOT/ui" && npx --no-install tsc --noEmit && npx --no-install vite build --logLevel warn)
}

build_app() {
  # The CLI too: the end-to-end tests compare the window's counts with `dossier summary`.
  step "Building the desktop app (dossier-app) and the CLI (dossier)"
  (cd "$DOSSIER_ROOT" && cargo build -p dossier-app -p dossier-cli)
}
