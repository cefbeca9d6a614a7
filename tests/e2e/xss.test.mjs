// An export whose values, keys and file names are markup and script shows them as text, and no
// script from it runs.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { startHarness } from "./harness.mjs";
import { ONE_PIXEL_PNG as PNG } from "./png.mjs";
import { writeZip } from "./zip.mjs";

const SCRIPT = `<script>window.__dossierXss = "script"</script>`;
const IMG = `<img src=x onerror="window.__dossierXss = 'img'">`;
const SVG = `<svg onload="window.__dossierXss = 'svg'">`;
const JS_URL = `javascript:window.__dossierXss = 'url'`;
const HOSTILE_FILE = `<img src=x onerror=window.__dossierXss=1>.json`;

let harness;
let scratch;
let exportPath;
before(async () => {
  harness = await startHarness();
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-xss-"));
  exportPath = join(scratch, "hostile-export.zip");
  writeZip(exportPath, {
    "account/profile.json": JSON.stringify({ name: SCRIPT, bio: IMG, avatar: SVG, website: JS_URL, email: "someone@example.com" }),
    [HOSTILE_FILE]: JSON.stringify([{ [SVG]: SCRIPT, note: IMG }, { [SVG]: JS_URL, note: SVG }]),
    "notes.csv": `${IMG},comment\n${SCRIPT},${JS_URL}\n`,
    // An image whose linked tags and model are markup.
    "photos/p.png": PNG,
    "photos.json": JSON.stringify([{ id: "photo-0001", file: "photos/p.png" }]),
    "labels.json": JSON.stringify([{ photo_id: "photo-0001", model: SVG, labels: [{ label: IMG, score: 0.9 }, { label: SVG, score: 0.5 }] }]),
  });
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function assertInert(app) {
  const state = await app.execute(`return {
    ran: window.__dossierXss ?? null,
    scripts: document.scripts.length,
    injected: document.querySelectorAll("#app img[src=x], #app svg, #app script, [onerror], [onload]").length,
    links: [...document.querySelectorAll("a[href^='javascript:']")].length,
  };`);
  assert.deepEqual(state, { ran: null, scripts: 1, injected: 0, links: 0 });
}

test("hostile values, keys and file names show as text and run nothing", async () => {
  await harness.withApp([exportPath], async (app) => {
    await app.waitForElement("[data-view=overview]");
    const overviewText = await app.execute(`return document.querySelector("#content").textContent;`);
    assert.ok(overviewText.includes(SCRIPT) || overviewText.includes(IMG), "hostile values appear as text in the overview");
    await assertInert(app);

    await (await app.find("[data-nav=files]")).click();
    await (await app.waitForElement(`[data-path="${HOSTILE_FILE.replaceAll('"', '\\"')}"]`)).click();
    await app.waitForElement("[data-view=files] .grid-body .grid-row");
    const detail = await app.execute(`return document.querySelector(".file-detail").textContent;`);
    assert.ok(detail.includes(HOSTILE_FILE), "the file name is shown as text");
    assert.ok(detail.includes(SVG), "the hostile key is shown as text");
    const cells = await app.execute(`return [...document.querySelectorAll(".grid-body .grid-cell")].map((c) => c.textContent);`);
    assert.ok(cells.includes(SCRIPT), `the script value is a cell's text: ${cells}`);
    assert.ok(cells.includes(JS_URL), "the javascript: value is plain text");
    await assertInert(app);

    await (await app.find("[data-path='notes.csv']")).click();
    await app.waitForElement("[data-view=files] .grid-body .grid-row");
    const header = await app.execute(`return [...document.querySelectorAll(".grid-head .grid-cell")].map((c) => c.textContent);`);
    assert.ok(header.includes(IMG), `the hostile column name is text: ${header}`);
    await assertInert(app);

    await (await app.find("[data-path='photos/p.png']")).click();
    const tags = await app.waitFor("the image's linked tags", () =>
      app.execute(`const tags = document.querySelector("[data-view=files] .image-links .tags"); return tags ? [...tags.querySelectorAll(".tag-name")].map((t) => t.textContent) : null;`),
    );
    assert.deepEqual(tags, [IMG, SVG], "hostile tags are text");
    const model = await app.execute(`return document.querySelector("[data-view=files] .tag-model").textContent;`);
    assert.equal(model, `Tags by ${SVG}`);
    await assertInert(app);

    // Ctrl+K's value hits show the hostile values, and their field names, as text.
    await app.keys(["\uE009", "k"]);
    await (await app.waitForElement("dialog.search #global-search")).type("window.__dossierXss");
    const hits = await app.waitFor("the value hits", () =>
      app.execute(`const hits = [...document.querySelectorAll(".search-results [data-kind=value] .hit-value")]; return hits.length > 0 ? hits.map((v) => v.textContent) : null;`),
    );
    for (const value of [SCRIPT, IMG, SVG, JS_URL]) assert.ok(hits.includes(value), `${value} is a hit's text: ${hits}`);
    await assertInert(app);
  });
});
