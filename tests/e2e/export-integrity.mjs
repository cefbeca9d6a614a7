// The export is never changed (README, Safety): a fingerprint of every file the app is given on
// its command line, taken before a launch and compared after the session ends. The harness does
// this for every session, so every end-to-end test checks it without saying so.

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** The files a path names: itself, or every file under it when it is a folder (an export can be
 * a folder). Paths that do not exist (a test of a missing export) name none. */
function filesUnder(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) return [];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** SHA-256 and modification time (nanoseconds, as text) of every file under the existing paths
 * among `args` (the export, and a corrections file given with --manifest). */
export function fingerprintArguments(args) {
  const fingerprints = new Map();
  for (const arg of args) {
    for (const file of filesUnder(resolve(arg))) {
      const { mtimeNs } = statSync(file, { bigint: true });
      fingerprints.set(file, {
        sha256: createHash("sha256").update(readFileSync(file)).digest("hex"),
        mtime: String(mtimeNs),
      });
    }
  }
  return fingerprints;
}

/** Throws, naming each file, when a file fingerprinted `before` is gone or differs now. */
export function assertUnchanged(before) {
  const now = fingerprintArguments([...before.keys()]);
  const changed = [...before].flatMap(([file, was]) => {
    const is = now.get(file);
    if (!is) return [`${file}: removed`];
    const differences = [];
    if (is.sha256 !== was.sha256) differences.push(`SHA-256 ${was.sha256} -> ${is.sha256}`);
    if (is.mtime !== was.mtime) differences.push(`modification time ${was.mtime} ns -> ${is.mtime} ns`);
    return differences.length ? [`${file}: ${differences.join(", ")}`] : [];
  });
  if (changed.length) throw new Error(`the app changed a file it was given:\n${changed.join("\n")}`);
}
