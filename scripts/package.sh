#!/usr/bin/env bash
# Builds release installers for this machine into $CARGO_TARGET_DIR/release/bundle/ and prints
# their paths. On Linux: a .deb and an .rpm, offline (no AppImage: its tooling is downloaded).
# The installed packages hold the app (/usr/bin/dossier-app, with a desktop entry that opens
# zips: src-tauri/dossier.desktop), the bundled sample, and the `dossier` command line as
# /usr/bin/dossier. A release build from scratch takes 15 minutes or more on two cores.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$DOSSIER_ROOT/scripts/setup.sh"

[ "$(uname -s)" = Linux ] || die "scripts/package.sh builds the Linux packages; other systems are built by .github/workflows/release.yml"

step "Building the command line (dossier), release"
(cd "$DOSSIER_ROOT" && cargo build --release --locked -p dossier-cli)
cli="$CARGO_TARGET_DIR/release/dossier"
[ -x "$cli" ] || die "the release build left no $cli"

# The CLI's path depends on CARGO_TARGET_DIR, so it joins the packages' files through a config
# overlay merged into src-tauri/tauri.conf.json for this build only.
overlay="$(mktemp --suffix=.json)"
trap 'rm -f "$overlay"' EXIT
cat >"$overlay" <<JSON
{
  "bundle": {
    "linux": {
      "deb": { "files": { "/usr/bin/dossier": "$cli" } },
      "rpm": { "files": { "/usr/bin/dossier": "$cli" } }
    }
  }
}
JSON

step "Building the app and its .deb and .rpm, release"
bundle="$CARGO_TARGET_DIR/release/bundle"
rm -rf "$bundle/deb" "$bundle/rpm"
(cd "$DOSSIER_ROOT" && ui/node_modules/.bin/tauri build --ci --bundles deb,rpm --config "$overlay")

step "Installers"
found=0
for package in "$bundle"/deb/*.deb "$bundle"/rpm/*.rpm; do
  [ -f "$package" ] || continue
  echo "$package"
  found=$((found + 1))
done
[ "$found" -eq 2 ] || die "expected a .deb and an .rpm in $bundle, found $found"
