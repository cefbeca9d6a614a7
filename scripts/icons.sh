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
# The sizes of the freedesktop icon theme that `tauri icon` does not make (installed under
# /usr/share/icons/hicolor by the .deb and .rpm, beside the SVG as the scalable one).
for size in 16 24 48 256; do
  convert "$root/icons/icon.png" -filter Lanczos -resize "${size}x${size}" "PNG32:$root/icons/${size}x${size}.png"
done
cp "$root/icons/icon.png" "$root/icons/512x512.png"
