// What a run of the app left in a home folder: every file under it, and the files that hold any
// of the given canary strings, for the no-residue test.

import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under `dir` (hidden ones too), as paths relative to it. Symbolic links are listed,
 * not followed. */
export function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The files under `dir` that hold a canary, with which: as UTF-8, and as UTF-16 (how WebKit's
 * storage and SQLite often keep text). */
export function canariesUnder(dir, canaries) {
  const patterns = canaries.flatMap((canary) => [
    [canary, Buffer.from(canary, "utf8")],
    [canary, Buffer.from(canary, "utf16le")],
  ]);
  return filesUnder(dir).flatMap((file) => {
    let bytes;
    try {
      bytes = readFileSync(join(dir, file));
    } catch {
      return []; // a socket or a dangling link holds no bytes
    }
    const found = [...new Set(patterns.filter(([, pattern]) => bytes.includes(pattern)).map(([canary]) => canary))];
    return found.length ? [`${file}: ${found.join(", ")}`] : [];
  });
}
