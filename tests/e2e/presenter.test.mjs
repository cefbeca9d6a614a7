// Presenter mode (issue 11, section 1): an export seeded with canaries (in values, keys, file and
// folder names, an image's name, its tags and its own bytes) is opened, presenter mode is turned
// on with its shortcut, and every view is walked. No canary may be in the DOM, in an input's
// value or in the window's title, and the image served is a mosaic; what would show values as
// they are says it is off. The shell's answers themselves are checked command by command on the
// mock runtime (src-tauri/tests/commands.rs, `presenter_mode_masks_every_answer…`): the window's
// IPC cannot be wrapped from a page script.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { startHarness } from "./harness.mjs";
import { pngWithText } from "./png.mjs";
import { writeZip } from "./zip.mjs";

const CONTROL = "\uE009";
const SHIFT = "\uE008";
/** Every canary holds this; the raw values are canaries too. */
const CANARY = "zqcanary";
const RAW = ["81.2.69.160", "998877665544", "010-4242", "40.712776", "74.005974", "1982-06-14"];

let harness;
let scratch;
let exportPath;
before(async () => {
  harness = await startHarness();
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-presenter-"));
  exportPath = join(scratch, "zqcanary-export.zip");
  writeZip(exportPath, {
    "messages/inbox/zqcanarya_4821/message_1.json": JSON.stringify({
      participants: [{ name: "Zqcanaryb Person" }],
      messages: [{ sender_name: "Zqcanaryb Person", content: "call me zqcanaryc", timestamp_ms: 1700000000000 }],
    }),
    "profile.json": JSON.stringify({
      email: "Zqcanaryd@Example.com",
      phone: "+1 (555) 010-4242",
      date_of_birth: "1982-06-14",
      last_login_ip: "81.2.69.160",
      location: { lat: 40.712776, lng: -74.005974 },
      account_number: "998877665544",
      bio: "zqcanaryf",
      contacts: { "zqcanarye@example.com": { added: "2021-03-04" } },
    }),
    "zqcanaryg/zqcanaryh.csv": "name,zqcanaryi_column,city\nZqcanaryj Smith,zqcanaryk,Zqcanaryl\n",
    "photos/zqcanaryp.png": pngWithText("zqcanary-in-the-pixels"),
    "media.json": JSON.stringify([{ id: "m-0001", file: "photos/zqcanaryp.png" }]),
    "tags.json": JSON.stringify([{ media_id: "m-0001", tags: [{ name: "zqcanaryq", score: 0.87 }] }]),
    "zqcanarym.json": '{"note": "zqcanaryn',
  });
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Everything the window holds now: title, DOM, the values of its inputs. */
const EVERYTHING = `return [document.title, document.documentElement.outerHTML,
  ...[...document.querySelectorAll("input, textarea")].map((e) => e.value)].join("\\n");`;

function leaks(text) {
  const found = RAW.filter((raw) => text.includes(raw));
  if (text.toLowerCase().includes(CANARY)) found.push(CANARY);
  return found;
}

async function assertMasked(app, where) {
  const seen = await app.execute(EVERYTHING);
  assert.deepEqual(leaks(seen), [], `${where} shows a canary`);
}

/** Clicks with a script: a button in a closed folder or scrolled away still works. */
function click(app, css) {
  return app.execute(`document.querySelector(arguments[0]).click();`, css);
}

test("presenter mode masks every view and every image, and says what is off", async () => {
  await harness.withApp([exportPath], async (app) => {
    await app.waitForElement("[data-view=overview] .category-card");
    assert.notDeepEqual(leaks(await app.execute(EVERYTHING)), [], "unmasked, the overview shows the canaries");

    await app.keys([CONTROL, SHIFT, "p"]);
    await app.waitFor("presenter mode on", () => app.execute(`return document.querySelector("#presenter-mode").getAttribute("aria-pressed") === "true";`));
    await app.waitForElement("[data-view=overview] .category-card");
    assert.match(await app.execute(`return document.querySelector(".presenter-badge").textContent;`), /masked/);
    await assertMasked(app, "the overview");

    const categories = await app.execute(`return [...document.querySelectorAll("[data-nav^='category:']")].map((b) => b.dataset.nav);`);
    for (const nav of categories) {
      await click(app, `[data-nav='${nav}']`);
      await app.waitForElement("[data-view=category] h1");
      if (await app.execute(`return document.querySelector("[data-view=category] [data-table]") !== null;`)) {
        await click(app, "[data-view=category] [data-table]");
        await app.waitForElement("[data-view=category] .grid-body .grid-row");
        await click(app, "[data-view=category] .grid-body .grid-row");
        await app.waitFor("the picked record", () => app.execute(`return document.querySelector("[data-view=category] .record-detail")?.textContent.length > 0;`));
        const filter = await app.execute(`const f = document.querySelector("[data-view=category] .grid-controls input"); return f ? f.disabled : true;`);
        assert.equal(filter, true, "the grid's filter is off in presenter mode");
        assert.equal(await app.execute(`return document.querySelectorAll("[data-view=category] .grid-sort").length;`), 0, "no column can be sorted");
      }
      await assertMasked(app, nav);
    }

    // The picture is a mosaic made in Rust: bigger than the 1×1 original (the engine's tests
    // show that none of the original's bytes, its text chunks included, are in it).
    await click(app, "[data-nav='category:other-visual-information']");
    const image = await app.waitFor("a thumbnail", () =>
      app.execute(`const img = document.querySelector("[data-view=category] .thumbnails img"); return img && img.complete && img.naturalWidth > 0 ? { width: img.naturalWidth } : null;`),
    );
    assert.ok(image.width > 1, `the image is masked (${image.width} px wide)`);

    await click(app, "[data-nav=files]");
    await app.waitForElement("[data-path]");
    const paths = await app.execute(`return [...document.querySelectorAll("[data-path]")].map((b) => b.dataset.path);`);
    assert.ok(paths.length >= 7, `every file is listed: ${paths}`);
    for (const path of paths) {
      await click(app, `[data-path="${path}"]`);
      await app.waitFor(`the detail of ${path}`, () => app.execute(`return document.querySelector("[data-view=files] [role=status]")?.textContent === arguments[0];`, `Showing ${path}`));
      await assertMasked(app, `the file ${path}`);
    }
    // The text of a file would show its values as they are: it says so instead.
    await click(app, `[data-path="profile.json"]`);
    await app.waitFor("the file's modes", () => app.execute(`return [...document.querySelectorAll("[data-view=files] .table-picker button")].some((b) => b.textContent === "Text");`));
    await app.execute(`[...document.querySelectorAll("[data-view=files] .table-picker button")].find((b) => b.textContent === "Text").click();`);
    await app.waitFor("the text view to say it is off", () => app.execute(`return document.querySelector("[data-view=files] .file-text")?.textContent.includes("presenter mode");`));

    await app.keys([CONTROL, "k"]);
    await (await app.waitForElement("dialog.search #global-search")).type("zq");
    await app.waitFor("the search's groups", () => app.execute(`return document.querySelector("[data-group=values]")?.textContent.includes("presenter mode");`));
    await assertMasked(app, "the search box");
    await app.keys(["\uE00C"]);

    await click(app, "[data-nav=letter]");
    await app.waitFor("the follow-up request", () => app.execute(`return document.querySelector("#letter-text")?.value.startsWith("To: ") === true;`));
    await assertMasked(app, "the follow-up request");

    harness.screenshot(join(scratch, "presenter.png"));

    // Off again, the export shows as it is.
    await app.keys([CONTROL, SHIFT, "p"]);
    await app.waitFor("the values to come back", () => app.execute(`return document.querySelector("#content")?.textContent.toLowerCase().includes("${CANARY}");`));
  });
});
