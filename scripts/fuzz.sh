#!/usr/bin/env bash
# Fuzzes every target in fuzz/ for SECONDS each (default 600, the issue's run) and prints a
# table: target, runs, edges (libFuzzer's "cov"), crashes. Each target runs with a memory limit
# (-rss_limit_mb) and a per-input timeout (-timeout); a crash, leak, out-of-memory or timeout
# stops that target, is saved under fuzz/artifacts/TARGET/, and makes this script exit 1.
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install --locked cargo-fuzz`). The corpora
# in fuzz/corpus/ are seeded from the repository's own test files and grow between runs; they
# are not committed.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$DOSSIER_ROOT/fuzz"

seconds="${1:-600}"
shift || true
[[ "$seconds" =~ ^[0-9]+$ ]] || die "SECONDS must be a whole number, not '$seconds'"
RSS_LIMIT_MB="${RSS_LIMIT_MB:-2048}"
TIMEOUT_S="${TIMEOUT_S:-10}"

command -v cargo-fuzz >/dev/null \
  || die "cargo-fuzz is not installed; install it with: cargo install --locked cargo-fuzz"
rustup run nightly rustc --version >/dev/null 2>&1 \
  || die "the nightly toolchain is not installed; install it with: rustup toolchain install nightly"

# Its own target dir: fuzz builds are instrumented and must not mix with the workspace's.
export CARGO_TARGET_DIR="$DOSSIER_ROOT/fuzz/target"

if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo +nightly fuzz list)
fi

"$DOSSIER_ROOT/scripts/fuzz-seed.sh"

step "Building the fuzz targets (cargo +nightly fuzz build)"
cargo +nightly fuzz build

mkdir -p logs
declare -A runs edges crashes
failed=0
for target in "${targets[@]}"; do
  step "Fuzzing $target for ${seconds}s"
  mkdir -p "artifacts/$target" "corpus/$target"
  before=$(find "artifacts/$target" -type f | wc -l)
  log="logs/$target.log"
  status=0
  cargo +nightly fuzz run "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb="$RSS_LIMIT_MB" -timeout="$TIMEOUT_S" \
    -print_final_stats=1 >"$log" 2>&1 || status=$?
  # zip_archive's scratch copy of the last input (one per fuzzing process; see its source).
  rm -f /dev/shm/dossier-fuzz-*.zip "${TMPDIR:-/tmp}"/dossier-fuzz-*.zip
  after=$(find "artifacts/$target" -type f | wc -l)
  runs[$target]=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  edges[$target]=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  crashes[$target]=$((after - before))
  if [ "$status" -ne 0 ] || [ "${crashes[$target]}" -gt 0 ]; then
    failed=1
    [ "${crashes[$target]}" -gt 0 ] || crashes[$target]="exit $status"
    grep -m1 -E '^==[0-9]+==|^thread .* panicked|SUMMARY' "$log" >&2 || true
    echo "see fuzz/$log and fuzz/artifacts/$target/" >&2
  fi
done

step "Fuzzing, ${seconds}s per target (-rss_limit_mb=$RSS_LIMIT_MB -timeout=$TIMEOUT_S)"
printf '| %-14s | %12s | %6s | %7s |\n' target runs edges crashes
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..16})" "$(printf -- '-%.0s' {1..14})" \
  "$(printf -- '-%.0s' {1..8})" "$(printf -- '-%.0s' {1..9})"
for target in "${targets[@]}"; do
  printf '| %-14s | %12s | %6s | %7s |\n' "$target" "${runs[$target]:-?}" \
    "${edges[$target]:-?}" "${crashes[$target]}"
done
exit "$failed"
