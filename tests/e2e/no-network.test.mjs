// No network, proved (issue 13, section 2): a journey through the sample in the real app (every
// view, the follow-up request and a saved report), traced by strace, makes no IPv4 or IPv6
// connection and sends nothing over one. Local sockets (X11, D-Bus, WebKit's own processes) are
// fine. network-trace.mjs says how the WebDriver connections are kept out of the verdict.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { APP_BINARY, SAMPLE, startHarness } from "./harness.mjs";
import { internetTraffic, readTraces, wrapUnderStrace } from "./network-trace.mjs";
import { walkEveryView } from "./walk.mjs";

let harness;
let scratch;
before(async () => {
  const strace = spawnSync("strace", ["-V"], { encoding: "utf8" });
  assert.equal(strace.status, 0, "strace is not installed (Debian package strace; scripts/setup.sh installs it)");
  scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-network-"));
  harness = await startHarness({ appBinary: wrapUnderStrace(scratch, APP_BINARY) });
});
after(async () => {
  await harness?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test("the verdict catches an internet connect or send and lets the WebDriver channel and local sockets pass", () => {
  const inspector = "127.0.0.1:41000";
  const lines = [
    `10 connect(5<UNIX:[77]>, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X99"}, 20) = 0`,
    `10 connect(26<TCP:[78]>, {sa_family=AF_INET, sin_port=htons(41000), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS`,
    `10 sendto(26<TCP:[127.0.0.1:52000->127.0.0.1:41000]>, "x", 1, MSG_NOSIGNAL, NULL, 0) = 1`,
    `11 connect(7<TCP:[88]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("192.0.2.1")}, 16) = -1 EINPROGRESS`,
    `11 connect(8<TCP:[89]>, {sa_family=AF_INET, sin_port=htons(41001), sin_addr=inet_addr("127.0.0.1")}, 16) = 0`,
    `11 connect(9<UDP:[90]>, {sa_family=AF_INET6, sin6_port=htons(53), sin6_addr=inet_pton(AF_INET6, "::1")}, 28) = 0`,
    `12 sendto(10<UDP:[91]>, "q", 1, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 1`,
    `12 sendmsg(11<TCP:[127.0.0.1:52002->127.0.0.1:41001]>, {msg_name=NULL, msg_namelen=0}, MSG_NOSIGNAL) = 120`,
  ];
  const channel = [
    `13 sendmsg(12<TCP:[127.0.0.1:41000->127.0.0.1:52001]>, {msg_name=NULL, msg_namelen=0}, MSG_NOSIGNAL) = 120`,
  ];
  assert.deepEqual(internetTraffic([...lines, ...channel], inspector), lines.slice(3));
});

test("a journey through the sample makes no IPv4 or IPv6 connection and sends nothing over one", async () => {
  await harness.withApp([SAMPLE], async (app) => {
    await walkEveryView(app, {
      category: "payment-information",
      table: "billing/invoices.csv|",
      imageCategory: "other-visual-information",
      file: "account/profile.json",
      value: "renee.lefevre@example.com",
    });
    // The report, saved through the command's path route ("Save report…" opens a native dialog).
    const report = join(scratch, "report.html");
    assert.equal(await app.execute(`return window.__TAURI_INTERNALS__.invoke("save_report", { path: arguments[0], includeValues: [] });`, report), report);
  });
  // One launch, or two when the session had to be retried; each is judged by its own channel.
  const launches = readTraces(scratch);
  assert.ok(launches.length > 0, "the app was launched under strace");
  for (const { inspectorAddress } of launches) {
    assert.match(inspectorAddress, /^127\.0\.0\.1:\d+$/, "WebKitWebDriver handed the app its inspector address");
  }
  // The trace saw the app at work: its X11 connection, and its messages to the driver.
  const traced = launches.flatMap(({ lines, inspectorAddress }) => lines.map((line) => [line, inspectorAddress]));
  assert.ok(traced.some(([line]) => /connect\(.*sa_family=AF_UNIX/.test(line)), "no local connect traced");
  assert.ok(traced.some(([line, inspector]) => line.includes(`->${inspector}]>`)), "no message to the WebDriver channel traced");
  console.log(`# ${traced.length} connect and send calls traced in ${launches.length} launch(es)`);
  assert.deepEqual(launches.flatMap(({ lines, inspectorAddress }) => internetTraffic(lines, inspectorAddress)), []);
});
