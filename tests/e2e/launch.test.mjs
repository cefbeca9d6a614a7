// The app starts on a path from the command line and shows either the export by category or a
// readable error.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { CLI_BINARY, REPO, SAMPLE, startHarness } from "./harness.mjs";
import { writeZip } from "./zip.mjs";

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

test("the sample named on the command line opens on the ten categories, with the CLI's counts", async () => {
  assert.ok(existsSync(SAMPLE), `the bundled sample is missing: ${SAMPLE}`);
  const expected = JSON.parse(execFileSync(CLI_BINARY, ["summary", SAMPLE, "--json"], { encoding: "utf8" }));
  assert.equal(expected.categories.length, 10);
  await harness.withApp([SAMPLE], async (app) => {
    await app.waitForElement("[data-view=overview] .category-card");
    assert.equal(await app.title(), "clarifai-sample.zip — Dossier");
    const shown = await app.execute(`
      return [...document.querySelectorAll(".category-card")].map((card) => ({
        name: card.querySelector(".card-name").textContent,
        records: card.querySelector("[data-count=records]").textContent,
        fields: card.querySelector("[data-count=fields]").textContent,
      }));`);
    assert.deepEqual(
      shown,
      expected.categories.map((c) => ({ name: c.name, records: c.records.toLocaleString("en-US"), fields: c.fields.toLocaleString("en-US") })),
    );
    const nav = await app.execute(`return [...document.querySelectorAll(".nav-categories .nav-label")].map((el) => el.textContent);`);
    assert.deepEqual(nav, expected.categories.map((c) => c.name));
  });
});

test("a path that does not exist shows a readable error and a way on", async () => {
  const missing = join(scratch, "no-such-export.zip");
  await harness.withApp([missing], async (app) => {
    const text = await (await app.waitForElement("[data-screen=error] [role=alert]")).text();
    assert.match(text, /could not find/);
    assert.ok(text.includes("no-such-export.zip"), text);
    await (await app.find("[data-screen=error] button:not(.primary)")).click();
    await app.waitForElement("[data-screen=start] #open-export");
  });
});

test("a damaged zip is reported as damaged, naming the file", async () => {
  const broken = join(scratch, "truncated-export.zip");
  writeFileSync(broken, "PK\u0003\u0004 this archive stops here");
  await harness.withApp([broken], async (app) => {
    const text = await (await app.waitForElement("[data-screen=error] [role=alert]")).text();
    assert.ok(text.includes("truncated-export.zip"), text);
    assert.match(text, /damaged|partly downloaded/);
  });
});

test("an empty zip, and one cut off before its first file ends, say first that nothing could be read", async () => {
  const empty = join(scratch, "empty-export.zip");
  writeZip(empty, {});
  await harness.withApp([empty], async (app) => {
    const notice = await (await app.waitForElement("[data-view=overview] .nothing-read")).text();
    assert.match(notice, /^This export holds no files Dossier could read/);
    assert.match(notice, /the archive lists no files/);
    assert.match(notice, /What to do:/);
    const shown = await app.execute(`return [document.querySelectorAll(".category-card").length, document.querySelector("[data-view=overview]").textContent.includes("Every file was read without problems")];`);
    assert.deepEqual(shown, [0, false]);
  });
  // The zip's directory and most of its only entry are missing: it opens, as nothing.
  const whole = join(scratch, "whole.zip");
  writeZip(whole, { "contacts/list.csv": `name,email\n${"Ada,ada@example.com\n".repeat(200)}` });
  const cut = join(scratch, "cut-export.zip");
  writeFileSync(cut, readFileSync(whole).subarray(0, 1500));
  await harness.withApp([cut], async (app) => {
    const notice = await (await app.waitForElement("[data-view=overview] .nothing-read")).text();
    assert.match(notice, /the archive is damaged/);
    const problems = await app.execute(`return [...document.querySelectorAll(".problem")].map((p) => [p.textContent, p.querySelector("button") !== null]);`);
    assert.ok(problems.length > 0, "the archive's problems are listed");
    for (const [text, linked] of problems) {
      assert.match(text, /cut-export\.zip \(the export as a whole\)/);
      assert.equal(linked, false, "the export itself is not a file to open");
    }
  });
});

test("a file that is not an export is refused with the kinds Dossier opens", async () => {
  const pdf = join(scratch, "letter.pdf");
  writeFileSync(pdf, "%PDF-1.4\n");
  await harness.withApp([pdf], async (app) => {
    const text = await (await app.waitForElement("[data-screen=error] [role=alert]")).text();
    assert.match(text, /not an export Dossier can open/);
  });
});

test("without a path the start screen offers the dialog, the sample, and the export just opened", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await app.waitForElement("[data-view=overview]");
  });
  await harness.withApp([], async (app) => {
    await app.waitForElement("[data-screen=start]");
    assert.equal(await (await app.find("#open-export")).text(), "Open export…");
    assert.equal(await (await app.find("#open-sample")).text(), "Open the sample export");
    const recent = await app.execute(`return [...document.querySelectorAll(".recent li")].map((li) => li.textContent);`);
    assert.equal(recent[0], SAMPLE);
    await (await app.find("#open-sample")).click();
    await app.waitForElement("[data-view=overview] .category-card");
  });
});

test("a long opening shows progress by category and can be cancelled", async () => {
  // About 50 MB of events: several seconds of reading, so the cancel lands mid-scan.
  const lines = [];
  for (let i = 0; i < 400000; i++) {
    lines.push(JSON.stringify({ event_id: i, event: "page_view", page: `/apps/${i % 97}/inputs`, ip_address: `10.0.${i % 250}.${i % 200}`, at: "2023-05-01T10:00:00Z" }));
  }
  const big = join(scratch, "long-export.zip");
  writeZip(big, { "analytics/events.jsonl": lines.join("\n"), "account/profile.json": JSON.stringify({ email: "someone@example.com" }) });
  await harness.withApp([big], async (app) => {
    await app.waitForElement("[data-screen=opening] .so-far li");
    const rows = await app.execute(`return document.querySelectorAll(".so-far li").length;`);
    assert.equal(rows, 10, "the ten categories fill in while reading");
    await (await app.find("#cancel-open")).click();
    await app.waitForElement("[data-screen=start]", 20000);
  });
});

test("About Dossier, opened from the header by keyboard, shows the workspace version, the policy pack and that it works offline", async () => {
  const cargo = readFileSync(join(REPO, "Cargo.toml"), "utf8");
  const version = cargo.match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/)?.[1];
  assert.ok(version, "Cargo.toml names the workspace version");
  await harness.withApp([], async (app) => {
    await app.waitForElement("[data-screen=start]");
    await app.execute(`document.getElementById("open-about").focus();`);
    await app.keys(["\uE007"]); // Enter on the focused header button
    await app.waitForElement("dialog.about[open] [data-about=version]");
    const shown = await app.execute(`return [...document.querySelectorAll("dialog.about [data-about]")].map((p) => p.textContent);`);
    assert.equal(shown[0], `Version ${version}`);
    assert.equal(shown[1], "Policy pack: Clarifai, Inc., Privacy Policy, effective 2021-10-13");
    assert.match(shown[2], /works offline/);
    assert.equal(await app.execute(`return document.activeElement.id;`), "close-about");
    await app.keys(["\uE00C"]); // Escape closes it
    await app.waitFor("the dialog to close", () => app.execute(`return document.querySelector("dialog.about") === null;`));
  });
});
