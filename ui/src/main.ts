// Bootstraps the window: the header, the screen area, and the ways an export gets opened
// (command line, dialog, sample, recent list, drag and drop, and exports handed over while the
// app runs: a second `dossier-app PATH`, or files macOS opens with the app).

import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open } from "@tauri-apps/plugin-dialog";
import { h, replace } from "./dom";
import { openAbout } from "./about";
import { applyFrom } from "./corrections";
import { CommandFailure, commands, messageOf } from "./ipc/commands";
import type { OpenRequest } from "./ipc/generated";
import type { Route } from "./route";
import { errorScreen } from "./screens/error";
import { type ExportScreen, exportScreen } from "./screens/export";
import { openingScreen } from "./screens/opening";
import { startScreen } from "./screens/start";
import { openSearch } from "./search";
import { presenterOn, setPresenter } from "./presenter";
import { policyView } from "./views/policy";

const root = document.getElementById("app");
if (!root) throw new Error("index.html lacks #app");

let current: ExportScreen | null = null;
/** Whether an export is being read: presenter mode then applies from the next export. */
let opening = false;

const currentName = h("span", { class: "current", attrs: { id: "current-export" } });
const screen = h("main", { attrs: { id: "screen", tabindex: "-1" } });
const header = h(
  "header",
  { class: "topbar" },
  h("button", { class: "brand", attrs: { type: "button", "aria-label": "Dossier, back to the start" }, on: { click: () => void showStart() } }, "Dossier"),
  currentName,
  h("button", { attrs: { type: "button", id: "open-search", "aria-keyshortcuts": "Control+K" }, on: { click: () => openSearch(go, () => current !== null) } }, "Search", h("kbd", {}, "Ctrl K")),
  h("button", { attrs: { type: "button", id: "topbar-open" }, on: { click: () => void chooseExport() } }, "Open export…"),
  presenterButton(),
  h("button", { attrs: { type: "button", id: "open-about", "aria-haspopup": "dialog" }, on: { click: () => void openAbout() } }, "About"),
);
// Says, in the header, that what the window shows is masked.
const presenterBadge = h("span", { class: "presenter-badge", attrs: { role: "status", hidden: true } });
header.insertBefore(presenterBadge, header.querySelector("#open-search"));
// Shown while a file is dragged over the window, so the user knows a drop will open it.
const dropHint = h("div", { class: "drop-hint", attrs: { hidden: true, "aria-hidden": "true" } }, h("p", {}, "Drop the export to open it"));
replace(root, header, screen, dropHint);

/** The header's switch for presenter mode, which also answers to Ctrl+Shift+P. */
function presenterButton(): HTMLElement {
  return h(
    "button",
    {
      attrs: { type: "button", id: "presenter-mode", "aria-pressed": "false", "aria-keyshortcuts": "Control+Shift+P", title: "Mask every value and name of the export, for a shared screen (Ctrl+Shift+P)" },
      on: { click: () => void togglePresenter() },
    },
    "Presenter mode",
  );
}

/** "Hide from screen capture", where the system offers it: off until turned on, never stored. */
function captureSwitch(): HTMLElement {
  const box = h("input", { attrs: { type: "checkbox", id: "hide-from-capture" } });
  const status = h("span", { class: "visually-hidden", attrs: { role: "status" } });
  box.addEventListener("change", () => {
    const wanted = box.checked;
    commands.hideFromCapture(wanted).then(
      () => replace(status, wanted ? "This window is hidden from screenshots and screen sharing." : "This window shows in screenshots and screen sharing again."),
      (error: unknown) => {
        box.checked = !wanted;
        replace(status, messageOf(error));
      },
    );
  });
  return h("label", { class: "capture-switch", attrs: { for: "hide-from-capture", title: "Keep this window out of screenshots and screen sharing" } }, box, " Hide from screen capture", status);
}

/** Turns presenter mode on or off and shows again what was on screen, as the shell now sends it. */
async function togglePresenter(): Promise<void> {
  await setPresenter(!presenterOn());
  const on = presenterOn();
  document.getElementById("presenter-mode")?.setAttribute("aria-pressed", String(on));
  document.body.classList.toggle("presenter", on);
  replace(presenterBadge, on ? "Values and names masked" : "");
  presenterBadge.hidden = !on;
  if (opening) return;
  if (current) {
    // Every name the window holds was the other mode's; the overview starts afresh.
    const overview = await commands.overview();
    current = exportScreen(overview, go);
    show(current.element, overview.name);
    current.show({ view: "overview" });
  } else {
    await showStart();
  }
}

function show(view: HTMLElement, title: string): void {
  replace(screen, view);
  replace(currentName, title);
  document.title = title ? `${title} — Dossier` : "Dossier";
  screen.focus();
}

function go(route: Route): void {
  if (current) {
    current.show(route);
  } else if (route.view === "policy") {
    // Without an export the policy can still be read on its own.
    show(h("div", { class: "standalone", attrs: { "data-screen": "policy" } }, policyView(route.section, route.query, null)), "Privacy policy");
  }
}

async function showStart(): Promise<void> {
  current = null;
  const info = await commands.startInfo();
  show(startScreen(info, { chooseExport: () => void chooseExport(), chooseFolder: () => void chooseFolder(), openPath: (path) => void openPath(path), readPolicy: () => go({ view: "policy" }) }), "");
}

async function chooseExport(): Promise<void> {
  const picked = await open({
    multiple: false,
    directory: false,
    title: "Open an export",
    filters: [{ name: "Exports", extensions: ["zip", "json", "jsonl", "ndjson", "csv", "tsv", "js"] }],
  });
  if (typeof picked === "string") await openPath(picked);
}

async function chooseFolder(): Promise<void> {
  const picked = await open({ multiple: false, directory: true, title: "Open an unpacked export folder" });
  if (typeof picked === "string") await openPath(picked);
}

/** Opens the export at `path`; then applies the corrections file `manifest`, if given. */
async function openPath(path: string, manifest?: string | null): Promise<void> {
  current = null;
  const progress = openingScreen(path, () => void commands.cancelOpen());
  show(progress.element, "");
  opening = true;
  try {
    const overview = await commands.openExport(path, progress.update).finally(() => (opening = false));
    const screen = exportScreen(overview, go);
    current = screen;
    show(screen.element, overview.name);
    screen.show({ view: "overview" });
    if (manifest) await applyFrom(manifest).catch((error: unknown) => screen.say(messageOf(error), true));
  } catch (error) {
    if (error instanceof CommandFailure && error.code === "open_cancelled") {
      await showStart();
      return;
    }
    const message = error instanceof CommandFailure ? error.message : String(error);
    show(errorScreen(presenterOn() ? "" : path, message, { chooseExport: () => void chooseExport(), backToStart: () => void showStart() }), "");
  }
}

document.addEventListener("keydown", (event) => {
  if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === "p") {
    event.preventDefault();
    void togglePresenter();
    return;
  }
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
    event.preventDefault();
    openSearch(go, () => current !== null);
  }
});

async function start(): Promise<void> {
  await getCurrentWebview().onDragDropEvent((event) => {
    dropHint.hidden = event.payload.type === "drop" || event.payload.type === "leave";
    if (event.payload.type === "drop" && event.payload.paths.length > 0) void openPath(event.payload.paths[0]);
  });
  // Listen first, then collect what was handed over before: nothing falls between the two.
  await listen<OpenRequest>("open-export", (event) => void openPath(event.payload.path, event.payload.manifest));
  const handed = await commands.handedOver();
  const info = await commands.startInfo();
  if (info.can_hide_from_capture) header.insertBefore(captureSwitch(), header.querySelector("#open-about"));
  // The newest request wins: one handed over after the launch came later than its command line.
  const first = handed[handed.length - 1] ?? (info.launch_path ? { path: info.launch_path, manifest: info.launch_manifest } : null);
  if (first) await openPath(first.path, first.manifest);
  else await showStart();
}

start().catch((error: unknown) => {
  replace(screen, h("p", { class: "error-message", attrs: { role: "alert" } }, `Dossier could not start: ${String(error)}`));
});
