// Hostile input in the real app, not only in the engine (issue 13, section 4): an overlapping-
// entries zip bomb, an entry named with "../", and a 200,000-deep JSON array, each beside an
// ordinary file. Each shows its message within seconds, the ordinary file opens, and the window
// still answers a navigation and Ctrl+K.

import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { startHarness } from "./harness.mjs";
import { writeZip } from "./zip.mjs";

const CONTROL = "\uE009";
/** How long a hostile file may take to be reported, counted from the first screen. */
const MESSAGE_WITHIN_MS = 10_000;
/** The ordinary file beside each hostile one: an e-mail address, so contact data. */
const ORDINARY = { "account/profile.json": JSON.stringify({ email: "zoe@example.com", display_name: "Zoe" }) };

let harness;
let scratch;
before(async () => {
  harness = await startHarness();
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-hostile-"));
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Opens `exportPath` and checks the problem of `file` matching `message`, the ordinary file's
 * category, and that the window still answers. */
async function opensWithProblem(exportPath, file, message) {
  await harness.withApp([exportPath], async (app) => {
    const shownFrom = Date.now();
    const problems = await app.waitFor(
      `the problem of ${file}`,
      () =>
        app.execute(
          `const problems = [...document.querySelectorAll("[data-view=overview] .problem")].map((p) => p.textContent);
           return problems.some((p) => p.includes(arguments[0])) ? problems : null;`,
          file,
        ),
      MESSAGE_WITHIN_MS,
    );
    const elapsed = Date.now() - shownFrom;
    console.log(`# ${file}: reported in ${elapsed} ms`);
    const problem = problems.find((p) => p.includes(file));
    assert.match(problem, message);

    // The rest of the export opens: the ordinary file's e-mail is contact data.
    await (await app.waitForElement("[data-nav='category:contact-data-identifiers']")).click();
    const heading = await app.waitForElement("[data-view=category] h1", 5000);
    assert.equal(await heading.text(), "Contact Data/Identifiers");
    const fields = await app.execute(`return document.querySelector("[data-view=category]").textContent;`);
    assert.ok(fields.includes("account/profile.json"), "the ordinary file's field is listed");

    // The window still answers the keyboard.
    await app.keys([CONTROL, "k"]);
    await app.waitForElement("dialog.search #global-search", 5000);
  });
}

test("an overlapping-entries zip bomb is refused with a message and the rest opens", async () => {
  const bomb = join(scratch, "overlap-bomb.zip");
  // 32 MiB deflated to a few dozen KiB, listed 250 more times: 8 GiB if each copy were inflated.
  const aliases = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`copy${String(i).padStart(3, "0")}.json`, "kernel.json"]));
  writeZip(bomb, { "kernel.json": Buffer.alloc(32 * 1024 * 1024, "a"), ...ORDINARY }, { deflate: ["kernel.json"], aliases });
  await opensWithProblem(bomb, "copy000.json", /overlaps another entry/);
});

test("an entry named with ../ is refused, and nothing is written beside the export", async () => {
  const folder = mkdtempSync(join(scratch, "escape-"));
  const escaping = join(folder, "escaping-names.zip");
  writeZip(escaping, { "../../etc/passwd": "root:x:0:0", ...ORDINARY });
  await opensWithProblem(escaping, "../../etc/passwd", /"\.\."/);
  assert.deepEqual(readdirSync(folder), ["escaping-names.zip"]);
  assert.equal(existsSync(join(dirname(dirname(folder)), "etc/passwd")), false);
});

test("a 200,000-deep JSON array is a problem, not a crash or a hang", async () => {
  const deep = join(scratch, "deep-json.zip");
  writeZip(deep, { "deep.json": `${"[".repeat(200_000)}${"]".repeat(200_000)}`, ...ORDINARY }, { deflate: ["deep.json"] });
  await opensWithProblem(deep, "deep.json", /128 levels/);
});
