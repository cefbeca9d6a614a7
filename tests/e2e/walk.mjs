// A reader's walk through every view of an open export, for the tests that prove what the app
// does not do while it is used (no network, no residue): what matters there is that each view
// ran, so each step waits until its view has shown what it fetched.

const CONTROL = "\uE009";

/**
 * Walks the overview, a category with its images, the records grid and one record, a file, the
 * policy with a search, Ctrl+K, the page of every place a value occurs, and the follow-up request. `at` names what to
 * visit: `category` and `imageCategory` (navigation keys such as "payment-information"),
 * `table` ("file|table"), `file` (a path in the export), `value` (text that occurs in it).
 */
export async function walkEveryView(app, at) {
  await app.waitForElement("[data-view=overview] .category-card");

  await (await app.find(`[data-nav='category:${at.category}']`)).click();
  await app.waitForElement("[data-view=category] h1");
  await (await app.waitForElement(`[data-table='${at.table}']`)).click();
  await (await app.waitForElement("[data-view=category] .grid-body .grid-row")).click();
  await app.waitFor("the picked record", () => app.execute(`return document.querySelector("[data-view=category] .record-detail")?.textContent.length > 0;`));

  await (await app.find(`[data-nav='category:${at.imageCategory}']`)).click();
  await app.waitFor("a thumbnail to load", () =>
    app.execute(`const img = document.querySelector("[data-view=category] .thumbnails img"); return img !== null && img.complete && img.naturalWidth > 0;`),
  );

  await (await app.find("[data-nav=files]")).click();
  await (await app.waitForElement(`[data-path='${at.file}']`)).click();
  await app.waitForElement("[data-view=files] .file-detail");

  await (await app.find("[data-nav=policy]")).click();
  await (await app.waitForElement("#policy-search")).type("deletion");
  await app.waitForElement(".hits .hit");

  await app.keys([CONTROL, "k"]);
  await (await app.waitForElement("dialog.search #global-search")).type(at.value);
  await app.waitForElement(".search-results [data-kind=value]");
  await (await app.waitForElement(".search-results [data-kind=all-values]")).click();
  // Reading every file again takes a few seconds, and many times that under strace (the
  // no-network test traces every system call of the app): the bound is for a hang, not speed.
  await app.waitFor(
    "the search of every value to end",
    () =>
      app.execute(`const s = document.querySelector("[data-view=values] [role=status]"); return s !== null && s.textContent.length > 0 && !s.textContent.endsWith("…");`),
    60000,
  );

  await (await app.find("[data-nav=letter]")).click();
  await app.waitFor("the follow-up request", () => app.execute(`return document.querySelector("#letter-text")?.value.startsWith("To: ") === true;`));
}
