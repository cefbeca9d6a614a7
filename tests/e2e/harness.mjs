// Starts what the end-to-end tests need and always takes it down again: a private Xvfb display,
// a private D-Bus session bus (the single-instance plugin finds a running Dossier through it; a
// bus of its own keeps the tests' apps apart from any other Dossier on the machine), tauri-driver
// in front of WebKitWebDriver, and a fresh config directory so the app's recent list starts
// empty. Sessions launch the real built binary with the given arguments, and each checks when it
// ends that the files it was given (the export, a corrections file) are unchanged, byte for byte
// and in modification time (export-integrity.mjs).

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { assertUnchanged, fingerprintArguments } from "./export-integrity.mjs";
import { Session } from "./webdriver.mjs";

export const REPO = resolve(import.meta.dirname, "../..");
const TARGET_DIR = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME, ".cache/dossier-target");
export const APP_BINARY = process.env.DOSSIER_APP_BINARY ?? join(TARGET_DIR, "debug/dossier-app");
export const SAMPLE = join(REPO, "samples/clarifai-sample.zip");
export const CLI_BINARY = process.env.DOSSIER_CLI_BINARY ?? join(TARGET_DIR, "debug/dossier");
const NATIVE_DRIVER = process.env.DOSSIER_NATIVE_DRIVER ?? "/usr/bin/WebKitWebDriver";
const DBUS_DAEMON = "/usr/bin/dbus-daemon";
/** A session bus as dbus-daemon's own session.conf sets it up, without service directories. */
const SESSION_BUS_CONFIG = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;
const SCREEN = { width: 1280, height: 820 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const portsGiven = new Set();

/** A port nothing listens on, never one this process handed out before: two ports asked for in a
 * row could otherwise be the same one, and a driver that cannot bind its port never answers. */
async function freePort() {
  for (;;) {
    const port = await unusedPort();
    if (portsGiven.has(port)) continue;
    portsGiven.add(port);
    return port;
  }
}

function unusedPort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function freeDisplay() {
  for (let n = 90 + Math.floor(Math.random() * 100); n < 400; n++) {
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  }
  throw new Error("no free X display number between :90 and :400");
}

/** Processes of the built app on `display` (other Dossiers may run elsewhere). */
function appProcessesOnDisplay(display) {
  const found = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, "") !== APP_BINARY) continue;
      const environment = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      if (environment.includes(`DISPLAY=:${display}`)) found.push(Number(pid));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

async function waitUntil(description, probe, timeoutMs, logs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`${description} did not start within ${timeoutMs} ms\n${logs()}`);
}

/** How much of a child's output is kept: its first and its last characters. */
const HEAD_CHARS = 4000;
const TAIL_CHARS = 16000;

/** A child process started in its own process group, so stopping it takes its children too. */
class Child {
  constructor(name, command, args, env) {
    this.name = name;
    this.head = "";
    this.tail = "";
    this.cut = false;
    this.process = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const collect = (chunk) => {
      // The head says why a child failed to start (a driver that cannot bind its port), the tail
      // what it did last; both stay bounded, and only the middle is ever dropped.
      const text = chunk.toString();
      const room = Math.max(HEAD_CHARS - this.head.length, 0);
      this.head += text.slice(0, room);
      this.tail += text.slice(room);
      if (this.tail.length > TAIL_CHARS) {
        this.tail = this.tail.slice(-TAIL_CHARS);
        this.cut = true;
      }
    };
    this.process.stdout.on("data", collect);
    this.process.stderr.on("data", collect);
    this.exited = new Promise((r) => this.process.on("exit", r));
    this.process.on("error", (error) => collect(`failed to start ${command}: ${error.message}\n`));
  }

  get output() {
    return this.cut ? `${this.head}\n[…]\n${this.tail}` : this.head + this.tail;
  }

  kill(signal = "SIGTERM") {
    try {
      process.kill(-this.process.pid, signal);
    } catch {
      // Already gone.
    }
  }

  async stop() {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    this.kill("SIGTERM");
    const stopped = await Promise.race([this.exited.then(() => true), sleep(3000).then(() => false)]);
    if (!stopped) this.kill("SIGKILL");
    // A process it started outside its group may still hold its output open; the test must
    // not wait for that.
    this.process.stdout.destroy();
    this.process.stderr.destroy();
  }
}

/** Starts tauri-driver in front of WebKitWebDriver and waits until it answers. On a loaded
 * machine the native driver now and then never comes up (a port taken between asking for it and
 * binding it); one more try on fresh ports, and a second failure is real. */
async function startDriver(driverEnv, children) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const nativePort = await freePort();
    const driver = new Child(
      "tauri-driver",
      "tauri-driver",
      ["--port", String(port), "--native-port", String(nativePort), "--native-driver", NATIVE_DRIVER],
      driverEnv,
    );
    children.push(driver);
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitUntil("tauri-driver", async () => (await fetch(`${base}/status`)).ok, 15000, () => driver.output);
      return { driver, base };
    } catch (error) {
      if (attempt === 2) throw error;
      console.error(`# tauri-driver did not answer, starting it again on fresh ports:\n${driver.head}`);
      await driver.stop();
      // tauri-driver may have exited and left WebKitWebDriver running in its group: the group
      // goes too, since the driver leaves the list the exit handler kills.
      driver.kill("SIGKILL");
      children.splice(children.indexOf(driver), 1);
    }
  }
}

/** `env` is added to the app's environment; `appBinary` is what the driver launches, the built app
 * unless a test wraps it (no-network.test.mjs runs it under strace). */
export async function startHarness({ env = {}, appBinary = APP_BINARY } = {}) {
  if (!existsSync(APP_BINARY)) throw new Error(`the app is not built: ${APP_BINARY} is missing (run scripts/test.sh)`);
  const children = [];
  const configHome = mkdtempSync(join(tmpdir(), "dossier-e2e-config-"));
  // The app keeps its webview's data in a folder of its own under XDG_RUNTIME_DIR, and a session
  // ended by WebDriver kills it before it can remove that folder: a runtime folder per harness
  // (mode 0700, as mkdtemp makes it) keeps those folders out of the machine's /tmp.
  const runtimeDir = mkdtempSync(join(tmpdir(), "dossier-e2e-runtime-"));
  const cleanupSync = () => {
    for (const child of children) child.kill("SIGKILL");
  };
  process.once("exit", cleanupSync);

  const stop = async () => {
    for (const child of [...children].reverse()) await child.stop();
    process.removeListener("exit", cleanupSync);
    rmSync(configHome, { recursive: true, force: true });
    rmSync(runtimeDir, { recursive: true, force: true });
  };

  try {
    const display = freeDisplay();
    const xvfb = new Child("Xvfb", "Xvfb", [`:${display}`, "-screen", "0", `${SCREEN.width}x${SCREEN.height}x24`, "-nolisten", "tcp"], process.env);
    children.push(xvfb);
    await waitUntil("Xvfb", async () => existsSync(`/tmp/.X11-unix/X${display}`), 10000, () => xvfb.output);

    // Without dbus-daemon (Debian package `dbus`) the app runs with no single-instance check and
    // `sessionBus` is null; the test of a second launch skips and says why.
    let sessionBus = null;
    if (existsSync(DBUS_DAEMON)) {
      // The bus starts no services on demand: with the standard session configuration it would
      // start xdg-desktop-portal (for GTK's settings) in a session of its own, where stopping
      // the bus's process group does not reach it, holding the bus's output open after the test.
      const busConfig = join(configHome, "session-bus.conf");
      writeFileSync(busConfig, SESSION_BUS_CONFIG);
      const bus = new Child("dbus-daemon", DBUS_DAEMON, [`--config-file=${busConfig}`, "--nofork", "--nosyslog", "--print-address=1"], process.env);
      children.push(bus);
      await waitUntil("dbus-daemon", async () => /^unix:\S+\n/.test(bus.output), 10000, () => bus.output);
      sessionBus = bus.output.split("\n")[0];
    }

    const driverEnv = {
      ...process.env,
      DISPLAY: `:${display}`,
      XDG_CONFIG_HOME: configHome,
      XDG_RUNTIME_DIR: runtimeDir,
      // WebKit's compositing paths are not available on a virtual framebuffer.
      WEBKIT_DISABLE_COMPOSITING_MODE: "1",
      WEBKIT_DISABLE_DMABUF_RENDERER: "1",
      ...env,
    };
    delete driverEnv.WAYLAND_DISPLAY;
    if (sessionBus) driverEnv.DBUS_SESSION_BUS_ADDRESS = sessionBus;
    else delete driverEnv.DBUS_SESSION_BUS_ADDRESS;
    const { driver, base } = await startDriver(driverEnv, children);

    return {
      display,
      /** The private session bus's address, or null when dbus-daemon is not installed. */
      sessionBus,
      /** The environment the app runs in (display, bus, config directory), for launching it
       * again from a test the way a shell or a file manager would. */
      appEnv: driverEnv,
      driverLog: () => driver.output,
      /** The ids of the app's processes running on this harness's display. */
      appProcesses: () => appProcessesOnDisplay(display),
      stop,
      /** Launches the app with `args` and waits until its UI has rendered. */
      async launch(args = []) {
        const capabilities = { "tauri:options": { application: appBinary, args } };
        // Every session checks that the files it was given are unchanged when it ends.
        const given = fingerprintArguments(args);
        const checkGiven = () => assertUnchanged(given);
        let session;
        try {
          session = await Session.create(base, capabilities, checkGiven);
        } catch (error) {
          // WebKitWebDriver sometimes drops the first connection on a loaded machine. One retry;
          // a second failure is real and is thrown with the driver's log.
          console.error(`# session creation failed once, retrying: ${error.message}`);
          await sleep(1000);
          try {
            session = await Session.create(base, capabilities, checkGiven);
          } catch (second) {
            throw new Error(`${second.message}\n--- tauri-driver log ---\n${driver.output}`);
          }
        }
        await session.waitFor("the UI to render", () => session.execute("return document.querySelector('[data-screen]') !== null"), 20000);
        return session;
      },
      /** Runs `body` against a freshly launched app and always ends the session. */
      async withApp(args, body) {
        const session = await this.launch(args);
        try {
          return await body(session);
        } finally {
          await session.delete();
        }
      },
      /** Saves a PNG of the whole virtual screen (the real window, as a person would see it), or
       * of its top left `area` ({ width, height }) when the window is smaller than the screen. */
      screenshot(file, area) {
        const crop = area ? ["-crop", `${area.width}x${area.height}+0+0`, "+repage"] : [];
        const result = spawnSync("import", ["-display", `:${display}`, "-window", "root", ...crop, file], { encoding: "utf8" });
        if (result.status !== 0) throw new Error(`import failed: ${result.stderr}`);
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
