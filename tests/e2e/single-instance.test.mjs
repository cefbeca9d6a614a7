// A second `dossier-app PATH` while Dossier runs opens PATH in the running window and ends, as a
// file manager's "Open with Dossier" does: one app, one window.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { APP_BINARY, SAMPLE, startHarness } from "./harness.mjs";
import { writeZip } from "./zip.mjs";

let harness;
let scratch;
before(async () => {
  harness = await startHarness();
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-single-"));
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test("a second launch naming another export opens it in the running window and exits", async () => {
  // scripts/setup.sh installs dbus; without a bus this check cannot run, and that is a failure.
  assert.ok(
    harness.sessionBus,
    "no D-Bus session bus: dbus-daemon is not installed (Debian package dbus; scripts/setup.sh installs it)",
  );
  writeZip(join(scratch, "second-export.zip"), {
    "contacts/list.csv": "name,email\nAda Lovelace,ada@example.com\n",
  });
  await harness.withApp([SAMPLE], async (app) => {
    await app.waitForElement("[data-view=overview] .category-card");
    assert.equal(await app.title(), "clarifai-sample.zip — Dossier");
    const [first] = harness.appProcesses();
    assert.ok(first, "the first app runs on the harness's display");

    // A relative path, as typed in a shell: resolved against the second launch's folder.
    const second = spawn(APP_BINARY, ["second-export.zip"], { cwd: scratch, env: harness.appEnv, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    second.stdout.on("data", (chunk) => (output += chunk));
    second.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise((resolve) => second.on("exit", (code, signal) => resolve({ code, signal })));
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 30000));
    const result = await Promise.race([exited, timeout]);
    if (!result) second.kill("SIGKILL");
    assert.deepEqual(result, { code: 0, signal: null }, `the second launch hands over and ends\n${output}`);

    await app.waitFor("the second export in the running window", async () => (await app.title()) === "second-export.zip — Dossier", 20000);
    await app.waitForElement("[data-view=overview] .category-card");
    const shown = await app.execute(`return document.getElementById("current-export").textContent;`);
    assert.equal(shown, "second-export.zip");
    assert.deepEqual(harness.appProcesses(), [first], "one app process, the first");
  });
});
