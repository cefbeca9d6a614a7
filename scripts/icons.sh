#!/usr/bin/env bash
# Regenerate the icon set in icons/ from icons/icon.svg (the one source file).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
convert -background none "$root/icons/icon.svg" -resize 1024x1024 "$tmp/icon-1024.png"
(cd "$root/ui" && npx tauri icon "$tmp/icon-1024.png" -o "$tmp/out")
# Only the desktop sizes the bundler uses; the mobile sets are not shipped.
rm -rf "$tmp/out/android" "$tmp/out/ios"
cp "$tmp"/out/* "$root/icons/"
