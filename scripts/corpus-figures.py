#!/usr/bin/env python3
"""Scores every export of the corpus with `dossier eval` and refreshes the classification figures
of README.md: the 'now' column of the figures table (the first 17, 32 and 40 exports, all of them,
the confident labels) and of every 'exports written after the rules' table, whose rows name their
exports in tests/exports/rounds.json. The 'at first' columns are history and are never touched.

Run it from anywhere after changing the rules, with the CLI built:
    cargo build -p dossier-cli && scripts/corpus-figures.py [--dossier PATH] [--check]
--check changes nothing and exits 1 if README.md's figures are not the current ones.

Per-export figures are the corpus test's business (crates/dossier-cli/tests/corpus.rs prints them
and holds each export to its floor); this script only keeps the README's summary honest."""
import argparse, json, os, pathlib, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "tests/exports"
README = ROOT / "README.md"
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", pathlib.Path.home() / ".cache/dossier-target"))


def evaluate(dossier, name):
    folder = EXPORTS / name
    run = subprocess.run([dossier, "eval", folder / "export", folder / "truth.json", "--json"],
                         capture_output=True, text=True)
    if run.returncode:
        sys.exit(f"dossier eval failed on {name}: {run.stderr.strip()}")
    return name, json.loads(run.stdout)


def corpus_order():
    """Export names in the order of tests/exports/README.md's table: the order they were added."""
    names = []
    for line in (EXPORTS / "README.md").read_text().splitlines():
        if line.startswith("| ") and not line.startswith(("| name ", "| --- ")):
            names.append(line.split(" | ")[0][2:].strip())
    return names


def figure(results, names):
    c, l, e = (sum(results[n]["overall"][k] for n in names) for k in ("correct", "labelled", "expected"))
    return f"{c / l:.3f} / {c / e:.3f}"


def refreshed(text, results, order, tables):
    """README.md's text with every 'now' figure recomputed."""
    confident = [b for r in results.values() for b in r["calibration"] if b["from"] >= 0.8]
    labels, right = sum(b["labels"] for b in confident), sum(b["correct"] for b in confident)
    out, groups, since = [], None, []
    for line in text.splitlines(keepends=True):
        if line.startswith("| exports written after the rules"):
            groups, since = tables.get(line.strip(), {}), []
        elif not line.startswith("|"):
            groups = None
        elif groups is not None and not line.startswith("|---"):
            cells = line.rstrip("\n").split(" | ")
            label = cells[0][2:].strip()
            names = groups.get(label)
            if names is not None:
                since.append(names)
            elif label.startswith("all ") and since:
                # 'all N exports …' sums the rows above it, back to the previous 'all' row.
                want, names = int(re.match(r"all (\d+)", label).group(1)), []
                for row in reversed(since):
                    if len(names) >= want:
                        break
                    names = row + names
                if len(names) != want:
                    sys.exit(f"README row '{label}' does not match the rows above it in rounds.json")
                since = []
            if names and re.fullmatch(r"[\d.]+ / [\d.]+ \|", cells[-1]):
                line = " | ".join(cells[:-1] + [figure(results, names) + " |"]) + "\n"
        m = re.match(r"\| precision / recall, (?:the first (\d+)|all \d+) exports \|(.*)\| [\d.]+ / [\d.]+ \|$", line)
        if m:
            k = int(m.group(1)) if m.group(1) else len(order)
            what = f"the first {k}" if m.group(1) else f"all {k}"
            line = f"| precision / recall, {what} exports |{m.group(2)}| {figure(results, order[:k])} |\n"
        m = re.match(r"\| labels with confidence ≥ 0.8 that are right \|(.*)\| [\d.]+% \(\d+ labels\) \|$", line)
        if m:
            line = f"| labels with confidence ≥ 0.8 that are right |{m.group(1)}| {100 * right / labels:.1f}% ({labels} labels) |\n"
        out.append(line)
    text = "".join(out)
    return re.sub(r"`tests/exports/` holds \d+ exports", f"`tests/exports/` holds {len(order)} exports", text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dossier", default=str(TARGET / "debug/dossier"), help="the dossier CLI to score with")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if README.md is stale")
    args = parser.parse_args()
    if not os.access(args.dossier, os.X_OK):
        sys.exit(f"{args.dossier} is not there: build it with `cargo build -p dossier-cli` or pass --dossier")
    order = corpus_order()
    on_disk = {p.parent.name for p in EXPORTS.glob("*/truth.json")}
    if set(order) != on_disk:
        sys.exit(f"tests/exports/README.md and the export folders disagree: {sorted(set(order) ^ on_disk)}")
    rounds = json.loads((EXPORTS / "rounds.json").read_text())["tables"]
    tables = {t["header"]: {r["label"]: r["exports"] for r in t["rows"]} for t in rounds}
    with ThreadPoolExecutor(os.cpu_count()) as pool:
        results = dict(pool.map(lambda n: evaluate(args.dossier, n), order))
    old = README.read_text()
    new = refreshed(old, results, order, tables)
    print(f"{len(order)} exports: {figure(results, order)}")
    if args.check:
        sys.exit(0 if new == old else "README.md's figures are stale: run scripts/corpus-figures.py")
    README.write_text(new)
    print("README.md " + ("refreshed" if new != old else "was already current"))


if __name__ == "__main__":
    main()
