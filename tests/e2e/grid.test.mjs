// The records grid over a table of 50,000 rows: sorting by a column compares numbers as numbers,
// a filter matches any cell ignoring case, and both work on every row, not only those fetched.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { startHarness } from "./harness.mjs";
import { writeZip } from "./zip.mjs";

const ROWS = 50_000;

let harness;
let scratch;
let exportPath;
before(async () => {
  harness = await startHarness();
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-grid-"));
  exportPath = join(scratch, "orders-export.zip");
  const lines = ["order_id,customer,amount"];
  for (let i = 0; i < ROWS; i++) {
    // Amounts in a scrambled order, so neither the order read nor text order is numeric order.
    const amount = (i * 7919) % ROWS;
    lines.push(`${i},${i % 1000 === 7 ? `Zoë Quartz ${i}` : `customer ${i % 97}`},${amount}`);
  }
  writeZip(exportPath, { "shop/orders.csv": `${lines.join("\n")}\n` });
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const firstRows = (app) =>
  app.execute(`return [...document.querySelectorAll(".grid-body .grid-row")].slice(0, 3).map((r) => [...r.children].map((c) => c.textContent));`);
const status = (app) => app.execute(`return document.querySelector(".grid [role=status]").textContent;`);

test("a table of 50,000 records sorts by number and filters across every row", async () => {
  await harness.withApp([exportPath], async (app) => {
    await app.waitForElement("[data-view=overview]");
    await (await app.find("[data-nav=files]")).click();
    await (await app.waitForElement("[data-path='shop/orders.csv']")).click();
    await app.waitForElement("[data-view=files] .grid-body .grid-row");
    assert.deepEqual((await firstRows(app))[0], ["0", "customer 0", "0"]);

    // Descending by amount: 49999, 49998, ... (as text, "9999" would come first). The second
    // click waits for the first sort's rows, as a person would.
    const sortedBy = (direction) =>
      app.execute(`return document.querySelector(".grid-head [aria-sort=${direction}]")?.textContent ?? null;`);
    await (await app.find(".grid-sort[data-column=amount]")).click();
    const ascending = await app.waitFor("the rows sorted by amount, ascending", async () => {
      const rows = await firstRows(app);
      return rows.length === 3 && rows[2][2] === "2" ? rows : null;
    }, 30000);
    assert.deepEqual(ascending.map((r) => r[2]), ["0", "1", "2"]);
    assert.equal(await sortedBy("ascending"), "amount ↑");
    await (await app.find(".grid-sort[data-column=amount]")).click();
    const sorted = await app.waitFor("the rows sorted by amount, descending", async () => {
      const rows = await firstRows(app);
      return rows.length === 3 && rows[0][2] === "49999" ? rows : null;
    }, 30000);
    assert.deepEqual(sorted.map((r) => r[2]), ["49999", "49998", "49997"]);
    assert.equal(await sortedBy("descending"), "amount ↓");

    // The filter finds the 50 "Zoë Quartz" customers among all rows, ignoring case.
    const filter = await app.find(".grid input[type=search]");
    await filter.type("zoë quartz");
    const matched = await app.waitFor("the filter to apply", async () => {
      const text = await status(app);
      return text.includes("match the filter") ? text : null;
    }, 30000);
    assert.match(matched, /^50,000 records · 50 match the filter · showing 1–14$/);
    const filtered = await firstRows(app);
    assert.ok(filtered.every((r) => r[1].startsWith("Zoë Quartz")), JSON.stringify(filtered));
    const amounts = filtered.map((r) => Number(r[2]));
    assert.deepEqual(amounts, [...amounts].sort((a, b) => b - a), "still sorted by amount, descending");

    // The keyboard picks records; the picked one is shown whole below the table.
    await app.execute(`document.querySelector(".grid-viewport").focus();`);
    await app.keys(["\uE015"]); // ArrowDown
    await app.keys(["\uE015"]);
    const detail = await app.waitFor("the second record's fields", () =>
      app.execute(`const d = document.querySelector(".record-detail"); return d && d.querySelector("dl") ? d.textContent : null;`),
    );
    assert.ok(detail.startsWith("Record 2 of 50"), detail);
    assert.ok(detail.includes(`customer${filtered[1][1]}`), detail);
    await app.keys(["\uE010"]); // End
    const last = await app.waitFor("the last record", () =>
      app.execute(`return document.querySelector(".record-detail h4")?.textContent === "Record 50 of 50" && document.querySelector(".grid-row.current")?.getAttribute("aria-rowindex");`),
    );
    assert.equal(last, "50");

    // A filter that matches nothing says so; clearing it brings every row back.
    await filter.clear();
    await filter.type("no such customer");
    const empty = await app.waitFor("the no-match message", () => app.execute(`return document.querySelector(".grid-empty")?.textContent ?? null;`), 30000);
    assert.equal(empty, "No record contains “no such customer”. Change or clear the filter.");
    await filter.clear();
    await app.execute(`const f = document.querySelector(".grid input[type=search]"); f.dispatchEvent(new Event("input"));`);
    const back = await app.waitFor("every row back", async () => {
      const text = await status(app);
      return text.startsWith("50,000 records · showing 1–14") ? text : null;
    }, 30000);
    assert.ok(back);
  });
});

test("a table over the memory budget still scrolls, and says why it cannot be sorted", async () => {
  // 1 MB is less than the 50,000 orders take in memory.
  const small = await startHarness({ env: { DOSSIER_TABLE_MEMORY_MB: "1" } });
  try {
    const app = await small.launch([exportPath]);
    try {
      await app.waitForElement("[data-view=overview]");
      await (await app.find("[data-nav=files]")).click();
      await (await app.waitForElement("[data-path='shop/orders.csv']")).click();
      await app.waitForElement("[data-view=files] .grid-body .grid-row");
      await (await app.find(".grid-sort[data-column=amount]")).click();
      const note = await app.waitFor("the refusal", () => app.execute(`const n = document.querySelector(".grid-note"); return n && n.textContent.includes("off") ? n.textContent : null;`), 30000);
      assert.match(note, /^Sorting and filtering are off for this table\. shop\/orders\.csv: the table needs more than 1 MiB of memory to sort and filter, more than Dossier allows itself; its records can still be scrolled through\.$/);
      const controls = await app.execute(`return { filter: document.querySelector(".grid input[type=search]").disabled, sortButtons: document.querySelectorAll(".grid-sort").length };`);
      assert.deepEqual(controls, { filter: true, sortButtons: 0 });
      // Scrolling to the end streams the last page from the export instead.
      await app.execute(`const v = document.querySelector(".grid-viewport"); v.scrollTop = v.scrollHeight; v.dispatchEvent(new Event("scroll"));`);
      const last = await app.waitFor("the last order", () =>
        app.execute(`const rows = [...document.querySelectorAll(".grid-body .grid-row")]; const r = rows[rows.length - 1]; return r && r.getAttribute("aria-rowindex") === "50000" && !r.textContent.includes("…") ? r.firstChild.textContent : null;`),
        30000,
      );
      assert.equal(last, "49999");
    } finally {
      await app.delete();
    }
  } finally {
    await small.stop();
  }
});
