#!/usr/bin/env python3
"""Writes the words of exports' structure that presenter mode keeps readable
(crates/dossier-engine/src/mask/structure_words.txt): the words of the field names of the
repository's corpus (tests/exports/*/truth.json) found in at least two exports, and of its file
names found in at least three. Words of one export only (a person's name in a folder, an
invented id) are left out, so the list holds the shape of exports, never their contents.

Run it from the repository's root after adding exports to the corpus."""
import collections, json, pathlib, re

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates/dossier-engine/src/mask/structure_words.txt"


def words(name):
    """Lowercase words as the engine's key_tokens splits them (camelCase, snake_case, ...)."""
    found = []
    for part in re.split(r"[^0-9A-Za-z]+", name):
        found += [w.lower() for w in re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+", part)]
    return [w for w in found if w.isalpha() and len(w) >= 2]


in_fields, in_files = collections.defaultdict(set), collections.defaultdict(set)
for truth in sorted(ROOT.glob("tests/exports/*/truth.json")):
    export = truth.parent.name
    for key in json.loads(truth.read_text()):
        path, _, field = key.partition("::")
        for w in words(field):
            in_fields[w].add(export)
        for segment in path.split("/"):
            for w in words(segment.rsplit(".", 1)[0] if "." in segment else segment):
                in_files[w].add(export)

kept = {w for w, e in in_fields.items() if len(e) >= 2} | {w for w, e in in_files.items() if len(e) >= 3}
OUT.write_text("".join(f"{w}\n" for w in sorted(kept)))
print(f"{len(kept)} words written to {OUT.relative_to(ROOT)}")
