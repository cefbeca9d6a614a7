// The follow-up request: written in the window from the open export's gaps, with the same text
// as `dossier letter` for the same details; the person's edits survive a change of the form until
// they ask for a new letter; saved (through the command's path route, as native dialogs cannot
// be driven) exactly as shown.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { CLI_BINARY, SAMPLE, startHarness } from "./harness.mjs";

let harness;
let scratch;
before(async () => {
  harness = await startHarness();
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-letter-"));
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function cliLetter(...args) {
  return execFileSync(CLI_BINARY, ["letter", SAMPLE, ...args], { encoding: "utf8" });
}

const text = (app) => app.execute(`return document.querySelector("#letter-text").value;`);

/** Sets a form control's value as a person would, and lets the form hear of it. */
const setControl = (app, css, value) =>
  app.execute(
    `const c = document.querySelector(arguments[0]); c.value = arguments[1]; c.dispatchEvent(new Event("change", { bubbles: true }));`,
    css,
    value,
  );

test("the letter is written from the export's gaps, as the CLI writes it, edited and saved", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await app.waitForElement("[data-view=overview] .category-card");
    await (await app.find("[data-nav=letter]")).click();
    await app.waitFor("a first letter", async () => (await text(app)).startsWith("To: Clarifai, Inc., Privacy team <privacy@clarifai.com>"));
    // The sample's broken file is asked for again; the laws come from the pack.
    assert.match(await text(app), /\n {2}- logs\/broken_export\.json\n/);
    assert.deepEqual(await app.execute(`return [...document.querySelectorAll("#letter-law option")].map((o) => o.value);`), ["gdpr", "ccpa"]);
    for (const id of ["letter-law", "letter-name", "letter-email", "letter-date", "letter-text"]) {
      const labelled = await app.execute(`const c = document.getElementById(arguments[0]); return Boolean(c.labels?.length || c.getAttribute("aria-label"));`, id);
      assert.ok(labelled, `#${id} has a label`);
    }

    await setControl(app, "#letter-name", "Ines Okafor");
    await setControl(app, "#letter-email", "ines@example.com");
    await setControl(app, "#letter-date", "2026-12-02");
    await setControl(app, "#letter-law", "ccpa");
    const expected = cliLetter("--law", "ccpa", "--name", "Ines Okafor", "--email", "ines@example.com", "--date", "2026-12-02");
    await app.waitFor("the CCPA letter", async () => (await text(app)) === expected);
    assert.match(await app.execute(`return document.querySelector(".letter-to").textContent;`), /due by 16 January 2027/);

    // The person's words survive a change of the form, until they ask for a new letter.
    await app.execute(`const t = document.querySelector("#letter-text"); t.value += "\\nP.S. My account was opened in 2019."; t.dispatchEvent(new Event("input"));`);
    const edited = await text(app);
    await setControl(app, "#letter-law", "gdpr");
    await app.waitFor("the note that edits are kept", () => app.execute(`return document.querySelector(".letter-status").textContent.startsWith("Your edits are kept");`));
    assert.equal(await text(app), edited);
    await (await app.find("#letter-rewrite")).click();
    const gdpr = cliLetter("--law", "gdpr", "--name", "Ines Okafor", "--email", "ines@example.com", "--date", "2026-12-02");
    await app.waitFor("the GDPR letter", async () => (await text(app)) === gdpr);

    const saved = join(scratch, "follow-up.txt");
    const where = await app.execute(`return window.__TAURI_INTERNALS__.invoke("save_letter", { path: arguments[0], text: document.querySelector("#letter-text").value });`, saved);
    assert.equal(where, saved);
    assert.equal(readFileSync(saved, "utf8"), gdpr);
  });
});
