#!/usr/bin/env bash
# README command 2 (and CI): every check, in the order that fails fastest. Exits non-zero on the
# first failure.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$DOSSIER_ROOT"

"$DOSSIER_ROOT/scripts/setup.sh"

step "Nothing refers to a folder outside the repository"
"$DOSSIER_ROOT/scripts/check-self-contained.sh"

step "Shell scripts (shellcheck) and GitHub workflows (actionlint)"
"$DOSSIER_ROOT/scripts/lint.sh"

step "Formatting (cargo fmt --check)"
cargo fmt --all --check

# Advisories are left out: their database is cloned from GitHub, unreachable here (deny.toml).
step "Licences, banned crates (HTTP and TLS clients) and sources (cargo deny)"
cargo deny check licenses bans sources

# The desktop crate embeds ui/dist when it compiles, so the UI is built before clippy sees it.
build_ui

step "Lints (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "Rust tests (cargo test --workspace)"
cargo test --workspace

build_app

step "End-to-end tests of the built app (tauri-driver + WebKitWebDriver under Xvfb)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs

step "All checks passed"
