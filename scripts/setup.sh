#!/usr/bin/env bash
# Installs what building, running and testing Dossier needs, and only what is missing:
# Debian packages (WebKitGTK and friends, Xvfb, ImageMagick), the UI's npm packages, tauri-driver,
# cargo-deny.
# Safe to run again; when everything is present it takes a few seconds.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

APT_PACKAGES=(
  build-essential pkg-config file
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  webkit2gtk-driver xvfb xauth dbus imagemagick shellcheck strace
)
# Scripts that need more (scripts/install-check.sh: rpm, xwininfo) name it here.
read -r -a extra <<<"${DOSSIER_EXTRA_APT_PACKAGES:-}"
APT_PACKAGES+=("${extra[@]}")

install_debian_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  step "Installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    elif command -v sudo >/dev/null && [ -t 0 ]; then
      sudo=(sudo)  # interactive: let sudo ask for the password
    else
      die "these packages are missing and this script cannot become root: ${missing[*]}
Install them with: sudo apt-get install ${missing[*]}"
    fi
  fi
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
}

if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
  install_debian_packages
else
  cat >&2 <<'MSG'
note: this is not a Debian-based system, so system packages were not checked.
Dossier needs the Tauri v2 prerequisites (https://v2.tauri.app/start/prerequisites/):
  WebKitGTK 4.1 development files, a C toolchain, pkg-config, OpenSSL, librsvg, libxdo;
and for the end-to-end tests: WebKitWebDriver, Xvfb and ImageMagick; for the lints: shellcheck.
Install the equivalents with your package manager; the rest of this script continues.
MSG
fi

command -v cargo >/dev/null || die "Rust is not installed. Install it from https://rustup.rs and run this again."
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  die "Node.js 20 or newer with npm is required. Install it from https://nodejs.org and run this again."
fi
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || die "Node.js $(node --version) is too old; the UI build (Vite 7) needs 20.19 or newer."

# npm ci wipes node_modules, so run it only when the lockfile changed since the last install.
lock_hash="$(sha256sum "$DOSSIER_ROOT/ui/package-lock.json" | cut -d' ' -f1)"
stamp="$DOSSIER_ROOT/ui/node_modules/.dossier-lock-sha256"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  step "Installing the UI's npm packages (npm ci)"
  (cd "$DOSSIER_ROOT/ui" && npm ci --no-audit --no-fund)
  echo "$lock_hash" > "$stamp"
fi

if ! command -v tauri-driver >/dev/null; then
  step "Installing tauri-driver (the WebDriver bridge for the end-to-end tests)"
  # Its own target dir: the workspace's lockfile must not steer tauri-driver's dependencies.
  CARGO_TARGET_DIR="$HOME/.cache/dossier-tauri-driver" cargo install tauri-driver --version '^2' --locked
fi

if ! command -v cargo-deny >/dev/null; then
  step "Installing cargo-deny (licences, banned crates and sources of the dependencies; deny.toml)"
  # Its own target dir, for the same reason as tauri-driver's.
  CARGO_TARGET_DIR="$HOME/.cache/dossier-cargo-deny" cargo install cargo-deny --locked
fi
