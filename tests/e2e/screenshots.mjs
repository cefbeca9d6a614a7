// Takes screenshots of the real app window under Xvfb, in light and in dark, into the directory
// given as the first argument (only the shots named after it, when some are). Run through
// scripts/screenshots.sh.

import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { REPO, SAMPLE, startHarness } from "./harness.mjs";

const outDir = resolve(process.argv[2] ?? "docs/screenshots");
const only = process.argv.slice(3);
/** One of the exports in real published shapes, with long paths. */
const TAKEOUT = join(REPO, "tests/exports/google-takeout/export");
mkdirSync(outDir, { recursive: true });

// GTK's dark variant is what WebKitGTK reports to the page as prefers-color-scheme: dark.
const THEMES = { light: "Adwaita", dark: "Adwaita:dark" };

/** Opens the sample's Ctrl+K search, types `query` and waits for the value hits. */
async function searchValue(app, query) {
  await app.waitForElement("[data-view=overview] .category-card");
  await app.keys(["\uE009", "k"]);
  await (await app.waitForElement("dialog.search #global-search")).type(query);
  await app.waitForElement(".search-results [data-kind=value]");
}

/** Each shot: the app's arguments, then what to do before the picture is taken. */
const SHOTS = [
  { name: "start", args: [], ready: (app) => app.waitForElement("[data-screen=start]") },
  { name: "overview", args: [SAMPLE], ready: (app) => app.waitForElement("[data-view=overview] .category-card") },
  {
    name: "category",
    args: [SAMPLE],
    ready: async (app) => {
      await (await app.waitForElement("[data-nav='category:other-visual-information']")).click();
      await (await app.waitForElement("[data-view=category] .table-picker button")).click();
      await app.waitForElement("[data-view=category] .grid-body .grid-row");
      await app.waitFor("the thumbnails", () => app.execute(`return [...document.querySelectorAll(".thumbnails img")].every((i) => i.complete && i.naturalWidth > 0);`));
      // The picture shows the category's header, explanation and fields.
      await app.execute(`document.querySelector("#content").scrollTop = 0;`);
    },
  },
  {
    name: "policy-search",
    args: [SAMPLE],
    ready: async (app) => {
      await (await app.waitForElement("[data-nav=policy]")).click();
      const input = await app.waitForElement("#policy-search");
      await input.type("deletion");
      await app.waitForElement(".hits .hit");
      await input.type("\uE007");
    },
  },
  {
    // A note that states the law, with its sources under it, beside the company's words.
    name: "policy-sources",
    args: [SAMPLE],
    ready: async (app) => {
      await (await app.waitForElement("[data-nav=policy]")).click();
      await app.waitForElement("[data-section=deletion] .annotation.sourced");
      await app.execute(`document.querySelector("[data-section=deletion]").scrollIntoView({ block: "start" });`);
    },
  },
  {
    name: "images",
    args: [SAMPLE],
    ready: async (app) => {
      await (await app.waitForElement("[data-nav='category:other-visual-information']")).click();
      await app.waitForElement(".thumbnails img");
      await app.waitFor("the thumbnails and their tags", () =>
        app.execute(`return document.querySelector(".image-links .tag") !== null && [...document.querySelectorAll(".thumbnails img")].slice(0, 6).every((i) => i.complete && i.naturalWidth > 0);`),
      );
      await app.execute(`document.querySelector(".thumbnails").scrollIntoView({ block: "start" });`);
    },
  },
  {
    name: "records",
    args: [SAMPLE],
    ready: async (app) => {
      await (await app.waitForElement("[data-nav='category:web-analytics']")).click();
      await (await app.waitForElement("[data-table='analytics/events.csv|']")).click();
      await app.waitForElement("[data-view=category] .grid-body .grid-row");
      await (await app.find(".grid-sort[data-column=timestamp]")).click();
      await (await app.find(".grid-sort[data-column=timestamp]")).click();
      await (await app.find(".grid input[type=search]")).type("upload");
      await app.waitFor("the filtered, sorted rows", () => app.execute(`return document.querySelector(".grid [role=status]").textContent.includes("match the filter");`), 30000);
      await app.execute(`document.querySelector(".grid").scrollIntoView({ block: "start" });`);
    },
  },
  {
    // Ctrl+K with the export's values: a phone number asked for in another format than the
    // export writes it.
    name: "search-values",
    args: [SAMPLE],
    ready: async (app) => {
      await searchValue(app, "020 7946 0608");
    },
  },
  {
    // A value hit opened: its record picked in the grid, all its fields below.
    name: "search-value-record",
    args: [SAMPLE],
    ready: async (app) => {
      await searchValue(app, "renee.lefevre@example.com");
      await (await app.waitForElement(".search-results [data-kind=value][data-file='billing/invoices.csv'][data-row='12']")).click();
      await app.waitForElement("[data-view=files] .record-detail [data-found]");
      // The picked row at the top, the marked field at the bottom.
      await app.execute(`document.querySelector("[data-view=files] .grid-row.current").scrollIntoView({ block: "start" });`);
    },
  },
  {
    // Every place a value occurs, on a page of its own.
    name: "search-values-page",
    args: [SAMPLE],
    ready: async (app) => {
      await searchValue(app, "renee.lefevre@example.com");
      await (await app.waitForElement(".search-results [data-kind=all-values]")).click();
      await app.waitFor("the search to end", () => app.execute(`return document.querySelector("[data-view=values] progress") === null;`));
    },
  },
  {
    // Presenter mode on a shared screen: a record of the sample with every value masked.
    name: "presenter",
    args: [SAMPLE],
    ready: async (app) => {
      await app.waitForElement("[data-view=overview] .category-card");
      await app.keys(["\uE009", "\uE008", "p"]);
      await app.waitFor("presenter mode", () => app.execute(`return document.querySelector("#presenter-mode").getAttribute("aria-pressed") === "true";`));
      await (await app.waitForElement("[data-nav='category:contact-data-identifiers']")).click();
      await (await app.waitForElement("[data-table='account/collaborators.json|']")).click();
      await (await app.waitForElement("[data-view=category] .grid-body .grid-row")).click();
      await app.waitFor("the picked record", () => app.execute(`return document.querySelector("[data-view=category] .record-detail")?.textContent.length > 0;`));
      await app.execute(`document.querySelector("[data-view=category] .grid").scrollIntoView({ block: "start" });`);
    },
  },
  { name: "error", args: ["/no/such/export.zip"], ready: (app) => app.waitForElement("[data-screen=error]") },
  {
    // The follow-up request for the sample, signed, under the CCPA.
    name: "letter",
    args: [SAMPLE],
    ready: async (app) => {
      await (await app.waitForElement("[data-nav=letter]")).click();
      await app.waitFor("a first letter", () => app.execute(`return document.querySelector("#letter-text").value.startsWith("To: ");`));
      await app.execute(`
        for (const [id, value] of [["letter-name", "Ines Okafor"], ["letter-email", "ines@example.com"], ["letter-law", "ccpa"]]) {
          const c = document.getElementById(id);
          c.value = value;
          c.dispatchEvent(new Event("change", { bubbles: true }));
        }`);
      await app.waitFor("the CCPA letter", () => app.execute(`return document.querySelector("#letter-text").value.includes("California");`));
    },
  },
  {
    // A field the user moved to "Not personal data", among fields whose evidence reads as
    // sentences and whose long paths are cut in the middle; the one with the focus shows it whole.
    name: "corrected",
    args: [TAKEOUT],
    ready: async (app) => {
      await (await app.waitForElement("[data-nav='category:web-analytics']")).click();
      const row = "tr[data-file='Takeout/YouTube and YouTube Music/history/watch-history.json'][data-field='header']";
      await (await app.waitForElement(`${row} option[value='(not personal data)']`)).click();
      await app.waitFor("the correction", () => app.execute(`return document.querySelector(arguments[0] + " .corrected-label") !== null;`, row));
      // The next field's path gets the focus by keyboard (Shift+Tab from its control), so its
      // whole path shows under it.
      await app.execute(`document.querySelector(arguments[0]).nextElementSibling.querySelector("select").focus();`, row);
      await app.keys(["\uE008", "\uE004"]);
      await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, row);
    },
  },
];
// The same in a narrow window (the app's smallest width is 860 pixels): each field stacks.
SHOTS.push({ ...SHOTS[SHOTS.length - 1], name: "corrected-narrow", window: { width: 880, height: 820 } });

for (const [theme, gtkTheme] of Object.entries(THEMES)) {
  const harness = await startHarness({ env: { GTK_THEME: gtkTheme } });
  try {
    for (const shot of SHOTS.filter((s) => only.length === 0 || only.includes(s.name))) {
      const app = await harness.launch(shot.args);
      try {
        if (shot.window) await app.call("POST", "/window/rect", shot.window);
        await shot.ready(app);
        // Let layout and fonts settle before the picture.
        await new Promise((r) => setTimeout(r, 500));
        const file = join(outDir, `${shot.name}-${theme}.png`);
        harness.screenshot(file, shot.window);
        console.log(`wrote ${file}`);
      } finally {
        await app.delete();
      }
    }
  } finally {
    await harness.stop();
  }
}
