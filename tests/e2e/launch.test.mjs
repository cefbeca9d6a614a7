// The app starts on a path from the command line and shows either the export or a readable error.

import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { SAMPLE, startHarness } from "./harness.mjs";

let harness;
let scratch;
before(async () => {
  harness = await startHarness();
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-launch-"));
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function withApp(args, body) {
  const session = await harness.launch(args);
  try {
    await body(session);
  } finally {
    await session.delete();
  }
}

test("opens the sample export named on the command line", async () => {
  assert.ok(existsSync(SAMPLE), `the bundled sample is missing: ${SAMPLE}`);
  await withApp([SAMPLE], async (app) => {
    const heading = await app.waitForElement("[data-screen=export] h1");
    assert.equal(await heading.text(), "clarifai-sample.zip");
    assert.equal(await app.title(), "clarifai-sample.zip — Dossier");
    assert.equal(await (await app.find("#topbar-open")).text(), "Open export…");
  });
});

test("a path that does not exist shows a readable error and a way on", async () => {
  const missing = join(scratch, "no-such-export.zip");
  await withApp([missing], async (app) => {
    const message = await app.waitForElement("[data-screen=error] [role=alert]");
    const text = await message.text();
    assert.match(text, /could not find/);
    assert.ok(text.includes("no-such-export.zip"), text);
    await (await app.find("[data-screen=error] button:not(.primary)")).click();
    await app.waitForElement("[data-screen=start] #open-export");
  });
});

test("a file that is not an export is refused with the kinds Dossier opens", async () => {
  const pdf = join(scratch, "letter.pdf");
  writeFileSync(pdf, "%PDF-1.4\n");
  await withApp([pdf], async (app) => {
    const text = await (await app.waitForElement("[data-screen=error] [role=alert]")).text();
    assert.match(text, /not an export Dossier can open/);
  });
});

test("without a path the start screen offers the dialog, the sample and the recent list", async () => {
  await withApp([], async (app) => {
    await app.waitForElement("[data-screen=start]");
    assert.equal(await (await app.find("#open-export")).text(), "Open export…");
    assert.match(await (await app.find(".recent")).text(), /Recent exports/);
  });
});
