#!/usr/bin/env bash
# Seeds fuzz/corpus/TARGET/ from the repository's own test files and samples (run by
# scripts/fuzz.sh; safe to run again). Seeds are named by their SHA-1, as libFuzzer names the
# inputs it adds, so a second run adds nothing. Files larger than 256 KiB are left out: libFuzzer
# mutates small inputs best, and the corpus stays out of git.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$DOSSIER_ROOT"

corpus="$DOSSIER_ROOT/fuzz/corpus"
MAX_SEED_BYTES=262144

# seed TARGET FILE...: copies each small file into the target's corpus.
seed() {
  local target="$1" file sum
  shift
  mkdir -p "$corpus/$target"
  for file in "$@"; do
    if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -gt "$MAX_SEED_BYTES" ]; then
      continue
    fi
    sum="$(sha1sum "$file" | cut -d' ' -f1)"
    cp "$file" "$corpus/$target/$sum"
  done
}

# seed_text TARGET LINE...: one seed per line of text.
seed_text() {
  local target="$1" line sum
  shift
  mkdir -p "$corpus/$target"
  for line in "$@"; do
    sum="$(printf '%s' "$line" | sha1sum | cut -d' ' -f1)"
    printf '%s' "$line" >"$corpus/$target/$sum"
  done
}

# Tracked files and the untracked ones not ignored, found by name.
files() { git ls-files -z --cached --others --exclude-standard -- "$@" | xargs -0 -r printf '%s\n'; }

mapfile -t json < <(files 'tests/*.json' 'tests/*.geojson')
mapfile -t jsonl < <(files 'tests/*.jsonl' 'tests/*.ndjson')
mapfile -t csv < <(files 'tests/*.csv' 'tests/*.tsv' 'tests/*.txt')
mapfile -t js < <(files 'tests/*.js' ':!tests/e2e/*')
mapfile -t images < <(files 'tests/*.jpg' 'tests/*.jpeg' 'tests/*.png' 'tests/*.gif' 'tests/*.webp')
mapfile -t packs < <(files 'policies/*.toml' 'crates/dossier-policy/tests/*.toml')

seed json_stream "${json[@]}"
seed json_lines "${jsonl[@]}" "${json[@]:0:40}"
seed csv_table "${csv[@]}"
seed x_ytd "${js[@]}"
seed image_exif "${images[@]}"
seed policy_pack "${packs[@]}"
# The mojibake target reads its input as one JSON string: Meta's names, as they arrive.
seed_text mojibake 'RadosÅ\u0082aw' 'RadosÅaw' 'cafÃ©' 'café' 'ZoÃ« Ã…gren' 'ðŸ˜€' 'plain'
seed_text date_typing '2024-05-01T10:00:00Z' '2024-05-01T02:00:00+02:00' '2024-05-01 00:00:00.123' \
  '2024/05/01' '01 May 2024' 'May 1, 2024' 'Wed Oct 10 20:19:24 +0000 2018' \
  'Tue, 1 Jul 2003 10:52:37 +0200' '05/01/2024' '01.05.2024 10:00' '-3.5' '007' 'TRUE'
seed_text policy_search 'access' 'delete my data' '"privacy shield"' 'biometric' \
  'who sells my data' 'opt-out' 'CCPA' 'Datenschutz' 'e-mail'

# Zips of a few of the exports in tests/exports/ (each its own small archive), built with
# Python's zipfile: deflated and stored entries, folders, non-ASCII names.
mkdir -p "$corpus/zip_archive"
python3 - "$corpus/zip_archive" "$MAX_SEED_BYTES" tests/exports/*/export <<'PY'
import hashlib, io, os, sys, zipfile
out, limit, roots = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
for root in roots:
    for method in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", method) as z:
            for folder, _, names in sorted(os.walk(root)):
                for name in sorted(names):
                    path = os.path.join(folder, name)
                    if os.path.getsize(path) <= 16384:
                        z.write(path, os.path.relpath(path, root))
        data = buf.getvalue()
        if len(data) <= limit:
            with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
                f.write(data)
PY

# One entry each, in zip_entry's input layout (fuzz/fuzz_targets/zip_entry.rs): a few JSON files
# stored and deflated with their true size and checksum, one that lies about its size, and one
# that inflates a thousandfold.
mkdir -p "$corpus/zip_entry"
python3 - "$corpus/zip_entry" "${json[@]:0:8}" <<'PY'
import hashlib, os, struct, sys, zlib
out, files = sys.argv[1], sys.argv[2:]
def deflate(data):
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()
def seed(deflated, size, crc, stored):
    data = struct.pack("<BII", int(deflated), size, crc) + stored
    with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)
for path in files:
    raw = open(path, "rb").read()[:65536]
    seed(False, len(raw), zlib.crc32(raw), raw)
    seed(True, len(raw), zlib.crc32(raw), deflate(raw))
    seed(True, len(raw) // 2, zlib.crc32(raw), deflate(raw))
zeros = bytes(1 << 20)
seed(True, len(zeros), zlib.crc32(zeros), deflate(zeros))
PY

for dir in "$corpus"/*/; do
  printf '%-14s %5d seeds\n' "$(basename "$dir")" "$(find "$dir" -type f | wc -l)"
done
