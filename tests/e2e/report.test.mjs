// "Save report…": the open export's report, saved through the command's path route (native
// dialogs cannot be driven), is the same file as `dossier report` writes, with the user's
// corrections taken in; it is never written inside the export.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { CLI_BINARY, REPO, SAMPLE, startHarness } from "./harness.mjs";

let harness;
let scratch;
before(async () => {
  harness = await startHarness();
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-report-"));
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const saveReport = (app, path) => app.execute(`return window.__TAURI_INTERNALS__.invoke("save_report", { path: arguments[0], includeValues: [] });`, path);

test("the saved report is the CLI's report of the open export, and never lands inside it", async () => {
  const saved = join(scratch, "report.html");
  await harness.withApp([SAMPLE], async (app) => {
    await app.waitForElement("[data-view=overview] .category-card");
    assert.equal(await (await app.find("#save-report")).text(), "Save report…");
    assert.equal(await saveReport(app, saved), saved);
  });
  assert.equal(readFileSync(saved, "utf8"), execFileSync(CLI_BINARY, ["report", SAMPLE], { encoding: "utf8" }));

  const folder = join(REPO, "tests/exports/spotify/export");
  const inside = join(folder, "report.html");
  await harness.withApp([folder], async (app) => {
    await app.waitForElement("[data-view=overview] .category-card");
    const failure = await app.execute(`return window.__TAURI_INTERNALS__.invoke("save_report", { path: arguments[0], includeValues: [] }).then(() => null, (e) => e);`, inside);
    assert.equal(failure?.code, "save_inside_export", JSON.stringify(failure));
  });
  assert.equal(existsSync(inside), false);
});
