#!/usr/bin/env bash
# Fails when a tracked file refers to something outside the repository, because a user's clone
# has nothing beside it: a relative path whose ../ climbs out of the checkout, resolved from the
# file's folder (include_str!, imports, `dirname "$0"`, Markdown links) or, where the line builds
# it on the crate's folder (CARGO_MANIFEST_DIR, which cargo runs tests in), from that folder; or
# a name of the folders that sit beside a developer's checkout but not beside a user's clone.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$DOSSIER_ROOT"

# The folder cargo or npm resolves a file's relative paths from: the nearest one above it with a
# Cargo.toml or package.json, or the repository itself.
package_dir() {
  local dir
  dir="$(dirname "$1")"
  while [ "$dir" != "." ]; do
    if [ -e "$dir/Cargo.toml" ] || [ -e "$dir/package.json" ]; then
      echo "$dir"
      return
    fi
    dir="$(dirname "$dir")"
  done
  echo "."
}

escapes() { # BASE RELATIVE-PATH: is BASE/RELATIVE-PATH outside the repository?
  local target
  target="$(realpath -m "$DOSSIER_ROOT/$1/$2")"
  case "$target/" in "$DOSSIER_ROOT"/*) return 1 ;; *) return 0 ;; esac
}

found=0
# Third-party corpora are kept verbatim and are data, not references. The list is read whole
# before the loop, so git never waits on a pipe that the loop's commands hold up.
mapfile -t files < <(git ls-files -- . ':!tests/corpora' ':!scripts/check-self-contained.sh')
for file in "${files[@]}"; do
  grep -Iq . "$file" 2>/dev/null || continue # binary or empty
  pkg="$(package_dir "$file")"
  while IFS=: read -r line path; do
    base="$(dirname "$file")"
    sed -n "${line}p" "$file" | grep -qE 'manifest_dir|CARGO_MANIFEST_DIR' && base="$pkg"
    if escapes "$base" "$path"; then
      echo "$file:$line: '$path' points outside the repository"
      found=1
    fi
  done < <(grep -onE '(\.\./)+[A-Za-z0-9_.*-]*' "$file" || true)
  if grep -nE 'DOSSIER_CORPORA|shared/(corpora|reference|research|reviews)' "$file" \
    | sed "s|^|$file:|; s|\$| (a folder outside the repository)|"; then
    found=1
  fi
done

[ "$found" -eq 0 ] || die "the files above refer to folders outside the repository; keep what they need inside it"
echo "Nothing refers to a folder outside the repository."
