// The main journeys through the sample export: a category and its records, an image, the policy
// and its search, the one search box, the files view.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { after, before, test } from "node:test";
import { CLI_BINARY, SAMPLE, startHarness } from "./harness.mjs";

const CONTROL = "\uE009";
const ENTER = "\uE007";
const ESCAPE = "\uE00C";

let harness;
let fields;
before(async () => {
  harness = await startHarness();
  const out = JSON.parse(execFileSync(CLI_BINARY, ["fields", SAMPLE, "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
  fields = Array.isArray(out) ? out : out.fields;
});
after(async () => {
  await harness?.stop();
});

async function openSample(app) {
  await app.waitForElement("[data-view=overview] .category-card");
}

test("a category shows its fields with evidence, and its records in the grid", async () => {
  const amount = fields.find((f) => f.file === "billing/invoices.csv" && f.field === "amount");
  assert.equal(amount.category, "Payment Information");
  await harness.withApp([SAMPLE], async (app) => {
    await openSample(app);
    await (await app.find("[data-nav='category:payment-information']")).click();
    const heading = await app.waitForElement("[data-view=category] h1");
    assert.equal(await heading.text(), "Payment Information");
    const fieldRows = await app.execute(`return [...document.querySelectorAll("[data-view=category] table.data tbody tr")].map((tr) => tr.textContent);`);
    const amountRow = fieldRows.find((row) => row.includes("billing/invoices.csv") && row.includes("amount"));
    assert.ok(amountRow, `no amount row among ${fieldRows.length} field rows`);
    assert.ok(amountRow.includes(amount.examples[0]), amountRow);

    await (await app.find("[data-table='billing/invoices.csv|']")).click();
    await app.waitForElement("[data-view=category] .grid-body .grid-row");
    const header = await app.execute(`return [...document.querySelectorAll(".grid-head .grid-cell")].map((c) => c.textContent);`);
    const column = header.indexOf("amount");
    assert.ok(column >= 0, `no amount column in ${header}`);
    const firstRow = await app.execute(`return [...document.querySelector(".grid-body .grid-row").children].map((c) => c.textContent);`);
    assert.equal(firstRow[header.indexOf("invoice_id")], "INV-31943");
    assert.equal(firstRow[column], "42.00");
  });
});

test("an image of the export is shown from inside the zip, with the tags other files give it", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await openSample(app);
    await (await app.find("[data-nav='category:other-visual-information']")).click();
    await app.waitForElement(".thumbnails img");
    const loaded = await app.waitFor("a thumbnail to load", () =>
      app.execute(`const img = document.querySelector(".thumbnails img"); return img.complete && img.naturalWidth > 0 ? [img.naturalWidth, img.naturalHeight] : null;`),
    );
    assert.deepEqual(loaded, [64, 48]);
    const facts = await (await app.find(".image-card .image-facts")).text();
    assert.match(facts, /JPEG image, 64×48 pixels/);
    // Beside it, what other files say about it: the predictions linked through its input record.
    const linked = await app.waitFor("the tags beside img_00001", () =>
      app.execute(`const card = document.querySelector(".image-card[data-image='inputs/images/img_00001.jpg']"); return card && card.querySelector(".tags") ? card.querySelector(".image-links").textContent : null;`),
    );
    assert.match(linked, /sky 99\.6%/);
    assert.match(linked, /dog 94%/);
    assert.match(linked, /Tags by general-image-recognition/);
    assert.match(linked, /Tags by general-image-detection/);
    assert.match(linked, /From models\/predictions\.json, linked by input_id \(the id of this image in inputs\/inputs\.json\)/);
    assert.match(linked, /faces: 1From models\/face_detections\.json/);
    // Sixty at a time; the rest a click away, with their tags too.
    assert.equal(await app.execute(`return document.querySelectorAll(".image-card").length;`), 60);
    const more = await app.find("[data-view=category] .thumbnails + div + button");
    assert.equal(await more.text(), "Show the other 60 images");
    await more.click();
    // Focus goes on to the first image the button added.
    const focused = await app.execute(`return document.activeElement.matches(".thumbnail") ? document.activeElement.closest(".image-card").getAttribute("data-image") : document.activeElement.outerHTML.slice(0, 80);`);
    assert.equal(focused, "inputs/images/img_00061.jpg");
    const last = await app.waitFor("the next images with their tags", () =>
      app.execute(`const cards = document.querySelectorAll(".image-card"); return cards.length === 120 && cards[119].querySelector(".tags") ? cards[119].getAttribute("data-image") : null;`),
    );
    assert.equal(last, "inputs/images/img_00120.jpg");
    await (await app.find(".thumbnails .thumbnail")).click();
    const shown = await app.waitFor("the image view", () =>
      app.execute(`const img = document.querySelector("[data-view=files] .image-view img"); return img && img.complete && img.naturalWidth > 0 ? img.getAttribute("src") : null;`),
    );
    assert.match(shown, /^dossier:\/\/localhost\/inputs%2Fimages%2Fimg_00001\.jpg$/);
    const beside = await app.waitFor("the tags in the image view", () =>
      app.execute(`const tags = document.querySelector("[data-view=files] .image-links .tags"); return tags ? tags.textContent : null;`),
    );
    assert.match(beside, /^sky 99\.6%/);
  });
});

test("searching the policy for deletion lands on the Deletion section", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await openSample(app);
    await (await app.find("[data-nav=policy]")).click();
    const input = await app.waitForElement("#policy-search");
    await input.type("deletion");
    const first = await app.waitForElement(".hits .hit");
    assert.match(await first.text(), /deletion/i);
    assert.ok((await app.findAll(".hits .hit mark")).length > 0, "the matches are highlighted");
    await input.type(ENTER);
    const current = await app.waitFor("a current section", () => app.execute(`const s = document.querySelector(".policy-section.current"); return s && s.querySelector("h2, h3").textContent;`));
    assert.equal(current, "Deletion");
    const found = await app.execute(`return [...document.querySelectorAll(".policy-section.current mark.found")].map((m) => m.textContent.toLowerCase());`);
    assert.ok(found.includes("deletion"), `the matches are highlighted in the section: ${found}`);
    const quoted = await app.execute(`return document.querySelectorAll(".policy-section.current mark.quoted").length;`);
    assert.ok(quoted > 0, "the words the notes are about are marked in the text");
    const visible = await app.execute(`const r = document.querySelector(".policy-section.current").getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;`);
    assert.ok(visible, "the section is scrolled into view");
    assert.ok((await (await app.find(".disclaimer")).text()).length > 0, "the not-legal-advice line is visible");
  });
});

test("Ctrl+K finds categories, policy sections, fields and files, grouped", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await openSample(app);
    await app.keys([CONTROL, "k"]);
    const input = await app.waitForElement("dialog.search #global-search");
    const groupsFor = async (query, expected) => {
      await input.clear();
      await input.type(query);
      const groups = await app.waitFor(`the results for ${query}`, async () => {
        const shown = await app.execute(`return [...document.querySelectorAll(".search-group h2")].map((h) => h.textContent);`);
        return expected.every((g) => shown.includes(g)) ? shown : null;
      });
      assert.ok(groups.length > 0);
    };
    await groupsFor("email", ["Policy", "Dossier's notes on the policy", "Fields"]);
    assert.match(await (await app.find(".search-results [data-kind=note]")).text(), /^Dossier's note on /i);
    // A short count, not a live list read out again on every key press.
    assert.match(await (await app.find("dialog.search [role=status]")).text(), /^\d+ results?\./);
    assert.equal(await app.execute(`return document.querySelectorAll("dialog.search [aria-live]").length;`), 0);
    await groupsFor("payment", ["Categories", "Policy", "Files"]);
    // Escape closes the dialog from the search field itself, text and all.
    await input.type(ESCAPE);
    await app.waitFor("the dialog to close", () => app.execute(`return document.querySelector("dialog.search") === null;`));
    await app.keys([CONTROL, "k"]);
    const again = await app.waitForElement("dialog.search #global-search");
    await again.type("payment");
    await app.waitForElement(".search-results [data-kind=category]");
    await (await app.find(".search-results [data-kind=category]")).click();
    const heading = await app.waitForElement("[data-view=category] h1");
    assert.equal(await heading.text(), "Payment Information");
  });
});

test("Ctrl+K finds a value of the export, whatever its case, and opens its record", async () => {
  // The same search through the CLI says where the e-mail is; the window must agree.
  const cli = JSON.parse(execFileSync(CLI_BINARY, ["search", SAMPLE, "renee.lefevre@example.com", "--json", "--limit", "20"], { encoding: "utf8" }));
  const target = cli.hits.find((hit) => hit.file === "billing/invoices.csv" && hit.row > 1);
  assert.ok(target, "the sample's invoices name the owner's e-mail");
  await harness.withApp([SAMPLE], async (app) => {
    await openSample(app);
    await app.keys([CONTROL, "k"]);
    const input = await app.waitForElement("dialog.search #global-search");
    await input.type("RENEE.Lefevre@EXAMPLE.com");
    await app.waitForElement(".search-results [data-kind=value]");
    const hits = await app.execute(`return [...document.querySelectorAll(".search-results [data-kind=value]")].map((b) => [b.getAttribute("data-file"), Number(b.getAttribute("data-row")), b.querySelector(".hit-value").textContent, b.textContent]);`);
    assert.deepEqual(
      hits.map(([file, row, value]) => [file, row, value]),
      cli.hits.map((hit) => [hit.file, hit.row, hit.value]),
    );
    assert.ok(hits[0][3].includes("Contact Data/Identifiers"), hits[0][3]);
    // Keyboard: the arrow keys reach the value hits like any other result.
    assert.equal(await app.execute(`return document.querySelector(".search-results [data-kind=value]").tagName;`), "BUTTON");
    await app.execute(`[...document.querySelectorAll(".search-results [data-kind=value]")].find((b) => b.getAttribute("data-file") === ${JSON.stringify(target.file)} && b.getAttribute("data-row") === "${target.row}").focus();`);
    await app.keys([ENTER]);
    const detail = await app.waitFor("the hit's record to be picked", () =>
      app.execute(`const d = document.querySelector("[data-view=files] .record-detail h4"); return d && d.closest(".grid").querySelector(".grid-row.current") ? d.textContent : null;`),
    );
    assert.match(detail, new RegExp(`^Record ${target.row} of `));
    const record = await (await app.find("[data-view=files] .record-detail")).text();
    assert.ok(record.includes(target.value), record);
    assert.equal(await app.execute(`return document.querySelector("[data-view=files] .grid-row.current").getAttribute("aria-rowindex");`), String(target.row));
    // The field that holds the value is marked among the record's fields.
    assert.deepEqual(await app.execute(`return [...document.querySelectorAll("[data-view=files] .record-detail [data-found]")].map((e) => e.textContent);`), [target.field, target.value]);
  });
});

test("the Values page lists every place a value occurs, filling in, and opens a record", async () => {
  const cli = JSON.parse(execFileSync(CLI_BINARY, ["search", SAMPLE, "renee.lefevre@example.com", "--json", "--limit", "5000"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
  assert.ok(cli.complete && cli.hits.length > 20, `${cli.hits.length} hits`);
  await harness.withApp([SAMPLE], async (app) => {
    await openSample(app);
    await app.keys([CONTROL, "k"]);
    await (await app.waitForElement("dialog.search #global-search")).type("Renee.Lefevre@example.com");
    await (await app.waitForElement(".search-results [data-kind=all-values]")).click();
    const status = await app.waitFor("the search to end", () =>
      app.execute(`const s = document.querySelector("[data-view=values] [role=status]"); return s && !s.textContent.endsWith("…") ? s.textContent : null;`),
    );
    assert.equal(status, `${cli.hits.length} places match “Renee.Lefevre@example.com”.`);
    const shown = await app.execute(`return [...document.querySelectorAll("[data-view=values] [data-kind=value]")].map((b) => [b.getAttribute("data-file"), Number(b.getAttribute("data-row"))]);`);
    assert.deepEqual(shown, cli.hits.map((hit) => [hit.file, hit.row]));
    assert.equal(await app.execute(`return document.querySelector("[data-view=values] progress");`), null, "the progress bar goes when the search ends");
    // The fields the index named at once, before the search read anything, each say what it found.
    const where = await app.execute(`return [...document.querySelectorAll("[data-view=values] .values-where-list li")].map((li) => li.textContent);`);
    const perField = new Map();
    for (const hit of cli.hits) perField.set(`${hit.file}\u0000${hit.field}`, (perField.get(`${hit.file}\u0000${hit.field}`) ?? 0) + 1);
    for (const [key, n] of perField) {
      const [file, field] = key.split("\u0000");
      const count = `${n} place${n === 1 ? "" : "s"}`;
      assert.ok(where.some((line) => line.startsWith(`${file} : `) && line.includes(field) && line.endsWith(` · ${count}`)), `${file} ${field} ${count}: ${where.join(" | ")}`);
    }
    assert.ok(where.every((line) => /· (\d+ places?|not in it)$/.test(line)), where.join(" | "));
    const last = cli.hits[cli.hits.length - 1];
    await app.execute(`[...document.querySelectorAll("[data-view=values] [data-kind=value]")].at(-1).click();`);
    await app.waitFor("the record", () => app.execute(`return document.querySelector("[data-view=files] .grid-row.current")?.getAttribute("aria-rowindex") ?? null;`)).then((row) => assert.equal(row, String(last.row)));
  });
});

test("the files view lists the export's tree and a file's fields with their categories", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await openSample(app);
    await (await app.find("[data-nav=files]")).click();
    await (await app.waitForElement("[data-path='billing/invoices.csv']")).click();
    await app.waitForElement("[data-view=files] .file-detail table.data");
    // The chosen file keeps the focus; the view is not rebuilt around it.
    assert.equal(await app.execute(`return document.activeElement.getAttribute("data-path") + " " + document.activeElement.getAttribute("aria-current");`), "billing/invoices.csv true");
    const text = await (await app.find("[data-view=files] .file-detail")).text();
    assert.ok(text.includes("Payment Information"), text.slice(0, 400));
    assert.ok(text.includes("Contact Data/Identifiers"), "billing_email is contact data");
    await app.waitForElement("[data-view=files] .grid-body .grid-row");
    // A folder of many files starts closed, its files put on the page only when opened.
    const images = await app.execute(`const d = [...document.querySelectorAll(".folder-box")].find((b) => b.querySelector("summary").textContent.startsWith("inputs/images/")); return [d.open, d.querySelector("summary").textContent, d.querySelectorAll("[data-path]").length];`);
    assert.deepEqual(images, [false, "inputs/images/ (120 files)", 0]);
    await app.execute(`[...document.querySelectorAll(".folder-box summary")].find((s) => s.textContent.startsWith("inputs/images/")).click();`);
    await (await app.waitForElement("[data-path='inputs/images/img_00004.jpg']")).click();
    await app.waitForElement("[data-view=files] .image-view img");
  });
});

test("the geolocation category plots its coordinates without a network map and quotes the policy", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await openSample(app);
    await (await app.find("[data-nav='category:geolocation-and-other-metadata']")).click();
    await app.waitForElement("[data-scatter='inputs/inputs.json|'] canvas");
    const label = await app.execute(`return document.querySelector(".scatter canvas").getAttribute("aria-label");`);
    assert.match(label, /^\d+ positions between latitude 5\d\.\d+ and/);
    const passage = await app.waitFor("the policy's row for the category", () =>
      app.execute(`const p = document.querySelector(".policy-passage .passage"); return p && p.textContent;`),
    );
    assert.match(passage, /Examples of Personal Data Collected/);
    assert.match(passage, /Left empty in the policy/, "the empty cells of the source stay visibly empty");
  });
});

test("a JSON file can be read as a tree and as text", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await openSample(app);
    await (await app.find("[data-nav=files]")).click();
    await (await app.waitForElement("[data-path='account/profile.json']")).click();
    await (await app.waitForElement("[data-mode='JSON tree']")).click();
    await app.waitForElement(".json-tree .json-leaf");
    const keys = await app.execute(`return [...document.querySelectorAll(".json-tree > details > .json-children > .json-leaf .json-key")].map((k) => k.textContent);`);
    assert.ok(keys.includes("marketing_opt_in"), `keys: ${keys}`);
    await (await app.find("[data-mode=Text]")).click();
    const text = await (await app.waitForElement(".plain-text")).text();
    assert.match(text, /"marketing_opt_in"/);
  });
});

test("a large table scrolls to its last record with only the visible rows in the page", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await openSample(app);
    await (await app.find("[data-nav='category:web-analytics']")).click();
    await (await app.waitForElement("[data-table='analytics/events.csv|']")).click();
    await app.waitForElement("[data-view=category] .grid-body .grid-row");
    const total = await app.execute(`return Number(document.querySelector(".grid-frame").getAttribute("aria-rowcount"));`);
    assert.equal(total, 36000);
    await app.execute(`const v = document.querySelector(".grid-viewport"); v.scrollTop = v.scrollHeight; v.dispatchEvent(new Event("scroll"));`);
    const last = await app.waitFor(
      "the last record to load",
      () => app.execute(`const rows = [...document.querySelectorAll(".grid-body .grid-row")]; const last = rows[rows.length - 1]; return last && last.getAttribute("aria-rowindex") === "36000" && !last.textContent.includes("…") ? rows.length : null;`),
      30000,
    );
    assert.ok(last <= 20, `only the rows in view are in the DOM (${last})`);
  });
});
