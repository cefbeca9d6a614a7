// Corrections a person makes: moving a field to another category updates every count at once and
// says "Corrected by you"; saved corrections (written through the command's path route, as native
// dialogs cannot be driven) apply again on the next launch with `--manifest`, with the CLI's counts
// for the same file; an invalid corrections file says why and changes nothing.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { CLI_BINARY, SAMPLE, startHarness } from "./harness.mjs";

// A field the rules put under Device/IP Information, alone there in its table, so moving it
// changes the records of two categories.
const FIELD = { file: "logs/broken_export.json", field: "entries[].actor_ip" };
const FROM = "device-ip-information";
const TO = "Web Analytics";
const ROW = `tr[data-file='${FIELD.file}'][data-field='${FIELD.field}']`;

let harness;
let scratch;
before(async () => {
  harness = await startHarness();
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-corrections-"));
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Records per category as `dossier summary` counts them, by category id. */
function cliCounts(...extra) {
  const summary = JSON.parse(execFileSync(CLI_BINARY, ["summary", SAMPLE, "--json", ...extra], { encoding: "utf8" }));
  return Object.fromEntries(summary.categories.map((c) => [c.id ?? c.name, c.records.toLocaleString("en-US")]));
}

/** Records per category in the navigation and on the overview's cards, by category id. */
async function shownCounts(app) {
  return app.execute(`
    const nav = Object.fromEntries([...document.querySelectorAll("[data-nav^='category:']")].map((b) => [b.getAttribute("data-nav").slice(9), b.querySelector(".nav-count").textContent]));
    const cards = Object.fromEntries([...document.querySelectorAll(".category-card")].map((c) => [c.getAttribute("data-category"), c.querySelector("[data-count=records]").textContent]));
    return { nav, cards };`);
}

async function navCounts(app) {
  return (await shownCounts(app)).nav;
}

test("a field moved to another category updates the counts at once, is saved, and applies again on the next launch", async () => {
  const saved = join(scratch, "my-corrections.json");
  let before;
  let after;
  await harness.withApp([SAMPLE], async (app) => {
    await app.waitForElement("[data-view=overview] .category-card");
    before = await navCounts(app);
    await (await app.find(`[data-nav='category:${FROM}']`)).click();
    const row = await app.waitForElement(`[data-view=category] ${ROW}`);
    const why = await app.execute(`return document.querySelector(arguments[0] + " .evidence").textContent;`, ROW);
    assert.match(why, /^Why: /);
    // The evidence reads as a sentence: its line is wide, not a word per line.
    const width = await app.execute(`return document.querySelector(arguments[0] + " .evidence").getBoundingClientRect().width;`, ROW);
    assert.ok(width > 250, `the evidence is ${width} pixels wide`);
    assert.ok(await row.displayed());

    const select = await app.find(`${ROW} select`);
    assert.equal(await select.attribute("aria-label"), `Category of ${FIELD.field} in ${FIELD.file}`);
    assert.equal(await select.property("value"), "Device/IP Information");
    await (await app.find(`${ROW} select option[value='${TO}']`)).click();
    await app.waitFor("the row to say it was corrected", () => app.execute(`return document.querySelector(arguments[0] + " .corrected-label")?.textContent === "Corrected by you";`, ROW));
    const corrected = await app.execute(`return document.querySelector(arguments[0] + " .evidence").textContent;`, ROW);
    assert.match(corrected, /^Corrected by you\. Was: Device\/IP Information, confidence \w+ \(\d+%\) — .+ Undo$/);

    after = await navCounts(app);
    assert.notEqual(after[FROM], before[FROM], "Device/IP Information lost the field's records");
    assert.notEqual(after["web-analytics"], before["web-analytics"], "Web Analytics gained them");
    const header = await app.execute(`return document.querySelector("[data-view=category] [data-counts]").textContent;`);
    assert.ok(header.startsWith(`${after[FROM]} records`), header);
    assert.match(await (await app.find("[data-corrections]")).text(), /^1 correction, not saved yet\.$/);
    assert.equal(await app.execute(`return document.querySelector(".corrections-status").textContent;`), `Moved “${FIELD.field}” to ${TO}.`);

    // Saved through the command's path route (the button's native dialog cannot be driven).
    const state = await app.execute(`return window.__TAURI_INTERNALS__.invoke("save_corrections", { path: arguments[0] });`, saved);
    assert.equal(state.unsaved, false);
    assert.deepEqual(JSON.parse(readFileSync(saved, "utf8")), {
      dossier_manifest: 1,
      files: [],
      fields: [{ ...FIELD, category: TO }],
    });
    // The window shows what `dossier summary --manifest` counts for the same file.
    assert.deepEqual(after, cliCounts("--manifest", saved));

    // The overview, drawn again, has the new counts too.
    await (await app.find("[data-nav=overview]")).click();
    await app.waitForElement("[data-view=overview] .category-card");
    assert.deepEqual((await shownCounts(app)).cards, after);

    // Undone: every count is back.
    await (await app.find(`[data-nav='category:web-analytics']`)).click();
    await (await app.waitForElement(`[data-view=category] ${ROW} .undo`)).click();
    await app.waitFor("the rules' evidence again", () => app.execute(`return document.querySelector(arguments[0] + " .evidence").textContent.startsWith("Why: ");`, ROW));
    assert.deepEqual(await navCounts(app), before);
    // The focus goes on from Undo, which is gone, to the field's control.
    assert.equal(await app.execute(`return document.activeElement === document.querySelector(arguments[0] + " select");`, ROW), true);
  });

  // The next launch applies the saved file, as "Apply corrections…" does.
  await harness.withApp([SAMPLE, "--manifest", saved], async (app) => {
    await app.waitForElement("[data-view=overview] .category-card");
    const status = await app.waitFor("the applied message", () => app.execute(`return document.querySelector(".corrections-status")?.textContent;`));
    assert.equal(status, "Applied 1 correction from “my-corrections.json”.");
    await app.waitFor("the corrected counts", async () => JSON.stringify(await navCounts(app)) === JSON.stringify(after));
    assert.match(await (await app.find("[data-corrections]")).text(), /^1 correction, in my-corrections\.json\.$/);
    await (await app.find(`[data-nav='category:web-analytics']`)).click();
    await app.waitFor("the corrected field in Web Analytics", () => app.execute(`return document.querySelector(arguments[0] + " .corrected-label")?.textContent === "Corrected by you";`, ROW));
    assert.equal(await (await app.find(`${ROW} select`)).property("value"), TO);
  });
});

test("an invalid corrections file shows why and changes nothing", async () => {
  const invalid = join(scratch, "not-corrections.json");
  writeFileSync(invalid, JSON.stringify({ dossier_manifest: 1, fields: [{ ...FIELD, category: "Horoscope" }] }));
  const expected = cliCounts();
  await harness.withApp([SAMPLE, "--manifest", invalid], async (app) => {
    await app.waitForElement("[data-view=overview] .category-card");
    const message = await app.waitFor("the error", () => app.execute(`const s = document.querySelector(".corrections-status.failed"); return s && s.textContent;`));
    assert.ok(message.includes("not-corrections.json"), message);
    assert.match(message, /"Horoscope" is not a category of Clarifai/);
    assert.match(message, /nothing of this manifest was applied/);
    assert.deepEqual(await navCounts(app), expected);
    assert.match(await (await app.find("[data-corrections]")).text(), /^None yet\./);
  });
});
