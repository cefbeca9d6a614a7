#!/usr/bin/env bash
# Scan throughput against two baselines measured in the same run (issue 10):
#   scripts/bench.sh [SIZE] [ROUNDS]        e.g. scripts/bench.sh 1GB 3
# Generates the sample export of SIZE (default 1GB) once, outside the clone, under
# $CARGO_TARGET_DIR/bench/, then times, alternately and ROUNDS times (default 3):
#   unzip -p SAMPLE > /dev/null        the inflate floor
#   dossier summary SAMPLE --json      the engine's scan, release build
#   a Python stdlib loop               zipfile + json.loads + csv.reader, counting records
# and prints each one's median wall time and peak RSS, with the ratios. Then it measures the
# index of values (`search_bench`): the scan with and without it, alternately, its memory, and
# searches for values of the sample (an e-mail, a phone number, an IP address, ids deep in the
# two long files, a word, nothing) with it and without it.
# It is a benchmark, not a test: the machine's other work moves the times, the ratios within
# one run much less.
set -euo pipefail

size=${1:-1GB}
rounds=${2:-3}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${CARGO_TARGET_DIR:-$HOME/.cache/dossier-target}
export CARGO_TARGET_DIR=$target

for tool in unzip python3 awk /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is needed" >&2; exit 1; }
done

(cd "$root" && cargo build --release --quiet -p dossier-cli -p dossier-samples &&
    cargo build --release --quiet -p dossier-engine --example search_bench)
dossier=$target/release/dossier
bench=$target/bench
sample=$bench/sample-$size.zip
mkdir -p "$bench"
if [[ ! -f $sample ]]; then
    echo "generating the $size sample once: $sample"
    "$target/release/dossier-sample" --size "$size" --out "$sample.partial.zip" \
        --truth "$bench/sample-$size.truth.json" >/dev/null
    mv "$sample.partial.zip" "$sample"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cat >"$scratch/count.py" <<'PY'
import csv, io, json, sys, zipfile

records = 0
# The sample holds damaged files on purpose (cut-off JSON, a bad line, Latin-1 text): what
# fails is skipped, as a careful script would.
with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        name = info.filename.lower()
        try:
            if name.endswith(".jsonl"):
                with z.open(info) as f:
                    for line in io.TextIOWrapper(f, encoding="utf-8", errors="replace"):
                        try:
                            json.loads(line)
                            records += 1
                        except ValueError:
                            pass
            elif name.endswith(".json"):
                with z.open(info) as f:
                    doc = json.load(f)
                records += len(doc) if isinstance(doc, list) else 1
            elif name.endswith((".csv", ".tsv")):
                with z.open(info) as f:
                    text = io.TextIOWrapper(f, encoding="utf-8", errors="replace", newline="")
                    records += sum(1 for _ in csv.reader(text))
        except ValueError:
            pass
print(records)
PY

# One timed run: appends "seconds kilobytes" to the row's file.
timed() {
    local row=$1
    shift
    /usr/bin/time -f '%e %M' -o "$scratch/last" "$@" >/dev/null
    cat "$scratch/last" >>"$scratch/$row"
}

echo "$(nproc) cores; sample $(du -hL "$sample" | cut -f1) zip, $(unzip -Zt "$sample" | sed 's/,.*//'); $rounds alternating rounds"
for round in $(seq "$rounds"); do
    echo "round $round of $rounds"
    timed unzip unzip -p "$sample"
    timed dossier "$dossier" summary "$sample" --json
    timed python python3 "$scratch/count.py" "$sample"
done

# The median of a row's column (1 = seconds, 2 = kilobytes).
median() {
    sort -n -k"$2" "$scratch/$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}

unzip_s=$(median unzip 1)
python_s=$(median python 1)
echo
echo "median of $rounds; the ratios are wall time over unzip's and over Python's"
printf '%-46s %9s %10s %9s %10s\n' command wall 'peak RSS' 'vs unzip' 'vs python'
for row in unzip dossier python; do
    case $row in
        unzip) label='unzip -p SAMPLE > /dev/null' ;;
        dossier) label='dossier summary SAMPLE --json' ;;
        python) label='python3 zipfile+json+csv, counting records' ;;
    esac
    s=$(median "$row" 1)
    kb=$(median "$row" 2)
    awk -v label="$label" -v s="$s" -v kb="$kb" -v u="$unzip_s" -v p="$python_s" \
        'BEGIN { printf "%-46s %8.1fs %7d MB %8.2fx %9.2fx\n", label, s, kb / 1024, s / u, s / p }'
done
dossier_s=$(median dossier 1)
awk -v d="$dossier_s" -v u="$unzip_s" -v p="$python_s" \
    'BEGIN { printf "\ndossier summary takes %.2fx the time of unzip and is %.2fx faster than the Python loop\n", d / u, p / d }'

# Values to look for, taken from the sample itself: ids from late in its two long files.
late_session=$(unzip -p "$sample" analytics/events.csv | awk -F, 'NR == 2 || NR % 1000000 == 0 { v = $3 } END { print v }')
late_login=$(unzip -p "$sample" security/login_sessions.jsonl |
    awk 'NR == 1 || NR % 400000 == 0 { v = $0 } END { print v }' | sed 's/.*"sessionId":"\([^"]*\)".*/\1/')
echo
echo "the index of values (search_bench; the searches with it and without it give the same hits):"
"$target/release/examples/search_bench" "$sample" "$rounds" \
    "RENEE.lefevre@example.com" "020 7946 0608" "203.0.113.65" "$late_session" "$late_login" \
    "Köln" "nothing-here-42"
