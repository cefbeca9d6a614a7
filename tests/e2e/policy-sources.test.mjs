// The policy view tells the company's words, Dossier's explanations and the notes that state the
// law apart; a note's sources are links that the system browser opens only when the person
// activates one, by keyboard or mouse. The system's opener is replaced by a recorder (a fake
// `xdg-open` first on the PATH), so the test sees exactly what the app hands over and no browser
// starts.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { CLI_BINARY, SAMPLE, startHarness } from "./harness.mjs";

const ENTER = "\uE007";

let harness;
let scratch;
let opened;
let deletionNote;
before(async () => {
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-sources-"));
  opened = join(scratch, "opened.txt");
  // The opener probes its launchers without arguments first; only a real call is recorded.
  writeFileSync(join(scratch, "xdg-open"), `#!/bin/sh\n[ "$#" -gt 0 ] || exit 0\nprintf '%s\\n' "$*" >> '${opened}'\n`);
  chmodSync(join(scratch, "xdg-open"), 0o755);
  harness = await startHarness({ env: { PATH: `${scratch}:${process.env.PATH}` } });
  const policy = JSON.parse(execFileSync(CLI_BINARY, ["policy", "--json"], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }));
  deletionNote = policy.annotations.find((a) => a.section === "deletion" && a.quote === "collected from you");
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Opens the policy and marks the deletion note under test, so selectors can find it. */
async function openDeletionNote(app) {
  await app.waitForElement("[data-view=overview] .category-card");
  await (await app.find("[data-nav=policy]")).click();
  await app.waitForElement("[data-section=deletion] .annotation");
  await app.execute(`
    const notes = document.querySelectorAll("[data-section=deletion] .annotation");
    [...notes].find((n) => n.querySelector("blockquote").textContent === ${JSON.stringify(deletionNote.quote)}).dataset.e2eNote = "";`);
}

test("a note that states the law shows its sources under it, apart from the company's words", async () => {
  assert.ok(deletionNote.sources.length > 0, "the pack gives the deletion note its sources");
  await harness.withApp([SAMPLE], async (app) => {
    await openDeletionNote(app);
    const page = await app.execute(`
      const section = document.querySelector("[data-section=deletion]");
      const note = section.querySelector("[data-e2e-note]");
      return {
        disclaimers: [...document.querySelectorAll(".disclaimer")].map((d) => d.textContent),
        key: [...document.querySelectorAll(".reading-key .origin")].map((o) => o.textContent),
        textOrigin: section.querySelector(".policy-text .origin").textContent,
        origins: [...document.querySelectorAll(".annotation .origin")].map((o) => o.textContent),
        origin: note.querySelector(".origin").textContent,
        text: note.querySelector("p").textContent,
        heading: note.querySelector(".note-sources-heading").textContent,
        links: [...note.querySelectorAll(".note-sources li")].map((li) => ({
          cite: li.querySelector("button").textContent,
          tag: li.querySelector("button").tagName,
          host: li.querySelector(".source-host").textContent,
        })),
      };`);
    assert.equal(page.disclaimers.length, 1, "one disclaimer on the page");
    assert.match(page.disclaimers[0], /not legal advice/);
    assert.deepEqual(page.key, ["The company's words", "Dossier's explanation", "Law and facts, with sources"]);
    assert.equal(page.textOrigin, "The company's words");
    assert.ok(page.origins.includes("Dossier's explanation"), "plain explanations are labelled as Dossier's");
    assert.equal(page.origin, "Law and facts, with sources");
    assert.equal(page.text, deletionNote.note);
    assert.equal(page.heading, "Sources · checked 2 December 2026");
    assert.deepEqual(
      page.links.map((l) => l.cite),
      deletionNote.sources.map((s) => s.cite),
      "every source of the pack, with its citation as the link text",
    );
    assert.ok(page.links.every((l) => l.tag === "BUTTON"), "each source is a control the keyboard reaches");
    assert.equal(page.links[0].host.trim(), `${new URL(deletionNote.sources[0].url).host} ↗`);
    assert.ok(!existsSync(opened), "nothing is opened before the person asks");
  });
});

test("activating a source, by keyboard or by mouse, hands its https address to the system browser", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await openDeletionNote(app);
    const selector = "[data-e2e-note] .source-link";
    await app.waitForElement(selector);
    await app.execute(`document.querySelector(${JSON.stringify(selector)}).focus();`);
    await app.keys([ENTER]);
    const first = await app.waitFor("the recorded address", () => existsSync(opened) && readFileSync(opened, "utf8"));
    assert.equal(first, `${deletionNote.sources[0].url}\n`);

    const links = await app.findAll(selector);
    await links[links.length - 1].click();
    const both = await app.waitFor("the second address", () => {
      const lines = readFileSync(opened, "utf8").split("\n").filter(Boolean);
      return lines.length === 2 && lines;
    });
    assert.equal(both[1], deletionNote.sources[deletionNote.sources.length - 1].url);
    assert.ok(both.every((url) => url.startsWith("https://")));
    const status = await app.execute(`return document.querySelector("[data-e2e-note] .source-status").textContent;`);
    assert.equal(status, "", "no error is shown when the browser starts");
  });
});
