#!/usr/bin/env bash
# Tries the Linux installers as a user would, on this Debian/Ubuntu machine: builds them with
# scripts/package.sh (unless --no-build), installs the .deb with apt-get, checks what it put
# where (the app, the `dossier` command on the PATH, the desktop entry that opens zips, the
# icons, the bundled sample), runs `dossier summary` from the PATH, starts the installed app
# on the sample under Xvfb and takes a screenshot, removes the package and shows that nothing
# of it is left. Then lists the .rpm's files with `rpm -qlp` and checks them against the .deb's.
# Needs root or sudo (apt-get). Usage: scripts/install-check.sh [--no-build] [SCREENSHOT.png]
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build=1
shot="$CARGO_TARGET_DIR/install-check.png"
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -*) die "unknown option $arg (usage: scripts/install-check.sh [--no-build] [SCREENSHOT.png])" ;;
    *) shot="$(realpath -m "$arg")" ;;
  esac
done

if [ ! -r /etc/debian_version ] || ! command -v apt-get >/dev/null; then
  die "scripts/install-check.sh installs a .deb with apt-get; on other systems install the package by hand"
fi
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

DOSSIER_EXTRA_APT_PACKAGES="rpm x11-utils" "$DOSSIER_ROOT/scripts/setup.sh"
if [ "$build" -eq 1 ]; then
  "$DOSSIER_ROOT/scripts/package.sh"
fi

bundle="$CARGO_TARGET_DIR/release/bundle"
shopt -s nullglob
debs=("$bundle"/deb/*.deb)
rpms=("$bundle"/rpm/*.rpm)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ] || [ ${#rpms[@]} -ne 1 ]; then
  die "expected one .deb and one .rpm in $bundle (found ${#debs[@]} and ${#rpms[@]}); run scripts/package.sh"
fi
deb="${debs[0]}"
rpm_file="${rpms[0]}"
package="$(dpkg-deb -f "$deb" Package)"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
  die "the package $package is already installed; remove it first (sudo apt-get remove $package) so the check starts clean"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The .deb's own list of files (not folders), as installed paths.
dpkg-deb -c "$deb" | awk '$1 ~ /^[-l]/ { $1 = $2 = $3 = $4 = $5 = ""; sub(/^ +/, ""); sub(/ -> .*/, ""); print }' |
  sed -E 's|^\./|/|; s|^([^/])|/\1|' | sort >"$work/deb-files"

step "Installing $(basename "$deb")"
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "$deb"

failures=0
check() { # check DESCRIPTION COMMAND...: runs COMMAND, reports and counts a failure
  local what="$1"
  shift
  if "$@"; then echo "  ok: $what"; else echo "  FAILED: $what"; failures=$((failures + 1)); fi
}
has_line() { grep -qxF -- "$2" "$1"; }
icon_installed() { compgen -G "/usr/share/icons/hicolor/$1/apps/dossier-app.*" >/dev/null; }
show() { # show LABEL LINES: prints each of LINES after LABEL
  local line
  while read -r line; do [ -n "$line" ] && echo "    $1: $line"; done <<<"$2"
  return 0
}

step "What the package installed"
desktop="$(grep -E '^/usr/share/applications/.*\.desktop$' "$work/deb-files" | head -n 1)"
sample="$(grep -E '/samples/clarifai-sample\.zip$' "$work/deb-files" | head -n 1)"
check "the app at /usr/bin/dossier-app" test -x /usr/bin/dossier-app
check "the command line at /usr/bin/dossier, found on the PATH" test "$(command -v dossier)" = /usr/bin/dossier
check "a desktop entry ($desktop)" test -f "$desktop"
check "it opens zips (MimeType=application/zip;)" has_line "$desktop" "MimeType=application/zip;"
check "it is handed the files (%F)" grep -qE '^Exec=.* %F$' "$desktop"
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512 scalable; do
  check "icon $size" icon_installed "$size"
done
check "the bundled sample ($sample)" test -f "$sample"

step "dossier --version and dossier summary, from the PATH"
(cd "$work" && dossier --version && dossier summary "$sample") | tee "$work/summary"
check "the summary lists the policy's categories" grep -q "Biometric Data" "$work/summary"

step "Starting the installed app on the sample under Xvfb"
mkdir -p "$work/home" "$(dirname "$shot")"
# Run inside the virtual display and a private D-Bus session: start the app, wait for its
# window, let the overview paint, take the screenshot, and stop the app. A fresh HOME keeps
# nothing of this run in the user's; WebKitGTK draws a blank page on a virtual framebuffer with
# its DMA-BUF renderer.
run_app=$(cat <<'SH'
/usr/bin/dossier-app "$1" &
app=$!
for _ in $(seq 60); do
  xwininfo -root -tree | grep -q '"Dossier' && break
  sleep 0.5
done
sleep 4
import -window root "$2"
kill -0 "$app" || { echo "the app exited before the screenshot" >&2; exit 1; }
kill "$app"
SH
)
HOME="$work/home" WEBKIT_DISABLE_DMABUF_RENDERER=1 \
  xvfb-run --auto-servernum --server-args="-screen 0 1280x820x24" \
  dbus-run-session -- bash -c "$run_app" _ "$sample" "$shot"
check "a screenshot at $shot" test -s "$shot"
# A blank (white or black) window has no spread of colours.
spread="$(convert "$shot" -format '%[fx:standard_deviation]' info:)"
check "the screenshot shows something (colour spread $spread)" awk -v s="$spread" 'BEGIN { exit !(s > 0.05) }'

step "Removing $package"
DEBIAN_FRONTEND=noninteractive as_root apt-get remove --purge -y -q "$package"
check "dpkg no longer knows $package" bash -c "! dpkg-query -W -f='\${Status}' $package 2>/dev/null | grep -q 'ok installed'"
left="$(while read -r f; do [ -e "$f" ] && echo "$f"; done <"$work/deb-files" || true)"
check "none of its $(wc -l <"$work/deb-files") files is left" test -z "$left"
show left "$left"

step "The .rpm's files (rpm -qlp $(basename "$rpm_file"))"
rpm -qlp "$rpm_file" | sort >"$work/rpm-entries"
# rpm also lists the folders it owns; compare the regular files.
missing="$(comm -23 "$work/deb-files" "$work/rpm-entries")"
check "the .rpm holds the same $(wc -l <"$work/deb-files") files as the .deb" test -z "$missing"
show "not in the .rpm" "$missing"
extra="$(comm -13 "$work/deb-files" "$work/rpm-entries" | grep -vE '^/usr/(lib|share)(/[^/]+)*$' || true)"
check "and nothing else but folders" test -z "$extra"
show "only in the .rpm" "$extra"

if [ "$failures" -ne 0 ]; then
  die "$failures check(s) failed"
fi
step "The installers install, run and uninstall cleanly. Screenshot: $shot"
