// No residue (issue 13, section 3): the real app, with a home folder of its own, opens an export
// seeded with canary values, is walked through every view, and is closed; then no canary is in
// any file under that home, and no file is there but the ones the README's Safety section lists.

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { startHarness } from "./harness.mjs";
import { pngWithText } from "./png.mjs";
import { canariesUnder, filesUnder } from "./residue.mjs";
import { walkEveryView } from "./walk.mjs";
import { writeZip } from "./zip.mjs";

/** The files a run may leave in its home folder (README, Safety): the list of recent exports,
 * which holds their paths only; dconf's session file (GTK's, not the app's); and the marker of
 * the app's own origin that WebKit's network process sometimes writes into the webview folder as
 * it shuts down, after the app has removed that folder (the next start removes it). */
const ALLOWED = [
  /^\.config\/org\.dossier\.app\/recent-exports\.json$/,
  /^run\/dconf\/user$/,
  /^run\/dossier-webview-\d+-\d+\/storage\/([\w-]+)\/\1\/origin$/,
];

const token = randomBytes(6).toString("hex");
const CANARY = {
  email: `canary.${token}@example.com`,
  name: `Canaryname${token}`,
  phone: `+44 20 7946 ${token.slice(0, 4).replace(/\D/g, "7")}`,
  note: `canary-note-${token}`,
  fileName: `canary-file-${token}`,
  image: `canary-image-${token}`,
};

/** Waits until no process of the app runs on the harness's display. */
async function waitUntilNoApp() {
  const deadline = Date.now() + 15000;
  while (harness.appProcesses().length > 0) {
    if (Date.now() > deadline) throw new Error(`the app did not end: ${harness.appProcesses()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let harness;
let scratch;
let home;
let exportPath;
before(async () => {
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-residue-"));
  // The export lies outside the home folder, so that its own bytes are not what the test finds.
  exportPath = join(scratch, "export.zip");
  writeZip(exportPath, {
    "account/profile.json": JSON.stringify({ email: CANARY.email, display_name: CANARY.name, phone: CANARY.phone }),
    "contacts/people.csv": `name,email,phone,note\n${CANARY.name},${CANARY.email},${CANARY.phone},${CANARY.note}\nAda Lovelace,ada@example.com,+44 20 7946 0000,ordinary\n`,
    [`activity/${CANARY.fileName}.json`]: JSON.stringify([{ event: "login", note: CANARY.note, at: "2021-10-13T10:00:00Z" }]),
    "inputs/images/photo.png": pngWithText(CANARY.image),
  });
  home = join(scratch, "home");
  const dirs = {
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_DATA_HOME: join(home, ".local/share"),
    XDG_CACHE_HOME: join(home, ".cache"),
    XDG_STATE_HOME: join(home, ".local/state"),
    XDG_RUNTIME_DIR: join(home, "run"),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  harness = await startHarness({ env: dirs, });
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test("after a walk through an export, nothing of it is left under the home folder", async () => {
  await harness.withApp([exportPath], async (app) => {
    await walkEveryView(app, {
      category: "contact-data-identifiers",
      table: "contacts/people.csv|",
      imageCategory: "other-visual-information",
      file: `activity/${CANARY.fileName}.json`,
      value: CANARY.email,
    });
    // Ended as the system ends it at logout, through the same exit as closing the window. Not
    // through WebDriver: WebKitWebDriver ends a session by killing the app (SIGKILL), which no
    // program can clean up after (the next start removes what such a run left; webview_storage.rs).
    for (const pid of harness.appProcesses()) process.kill(pid, "SIGTERM");
    await waitUntilNoApp();
  });
  const files = filesUnder(home);
  console.log(`# files left under the home folder:\n${files.map((file) => `#   ${file}`).join("\n")}`);
  assert.deepEqual(canariesUnder(home, Object.values(CANARY)), [], "canaries found on disk");
  assert.deepEqual(
    files.filter((file) => !ALLOWED.some((allowed) => allowed.test(file))),
    [],
    "files not in the README's list",
  );
});

test("a run that was killed leaves its webview folder in memory only until the next start", async () => {
  const webviewFolders = () => readdirSync(join(home, "run")).filter((name) => name.startsWith("dossier-webview-"));
  // Ending a WebDriver session kills the app, as a crash would: its folder stays behind.
  await harness.withApp([exportPath], (app) => app.waitForElement("[data-view=overview] .category-card"));
  await waitUntilNoApp();
  const left = webviewFolders();
  assert.equal(left.length, 1, `the killed run's folder: ${left}`);
  await harness.withApp([], async () => {
    assert.deepEqual(
      webviewFolders().filter((name) => left.includes(name)),
      [],
      "the next start removed it",
    );
  });
});

test("with recent exports turned off, no path of an opened export is written", async () => {
  const recentFile = join(home, ".config/org.dossier.app/recent-exports.json");
  const exportName = "export.zip";
  // The earlier runs remembered the export: the start screen lists it.
  await harness.withApp([], async (app) => {
    const listed = await app.waitForElement("#recent-list li button");
    assert.equal(await listed.text(), exportPath);
    const remember = await app.find("#recent-remember");
    assert.equal(await remember.property("checked"), true);
    await remember.click();
    await app.waitFor("the list to be forgotten", async () => (await app.findAll("#recent-list li")).length === 0);
    assert.match(await (await app.find("#recent-status")).text(), /forgotten/);
  });
  assert.deepEqual(canariesUnder(home, [exportName]), [], "the forgotten path is gone from disk");
  // Opened again with remembering off, by the command line as a double-click opens it.
  await harness.withApp([exportPath], async (app) => {
    await app.waitForElement("[data-view=overview] .category-card");
    for (const pid of harness.appProcesses()) process.kill(pid, "SIGTERM");
    await waitUntilNoApp();
  });
  assert.deepEqual(canariesUnder(home, [exportName, ...Object.values(CANARY)]), [], "nothing of the export on disk");
  assert.deepEqual(JSON.parse(readFileSync(recentFile, "utf8")), { remember: false, paths: [] });
  // The next start shows the setting as it was left, and an empty list.
  await harness.withApp([], async (app) => {
    await app.waitForElement("#recent-remember");
    assert.equal(await (await app.find("#recent-remember")).property("checked"), false);
    assert.match(await (await app.find("#recent-list")).text(), /does not remember/);
  });
});
