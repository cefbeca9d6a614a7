// The start screen: open an export with the dialog, open the bundled sample, or reopen a recent one.

import { h } from "../dom";
import type { StartInfo } from "../ipc/generated";

export interface StartActions {
  chooseExport: () => void;
  chooseFolder: () => void;
  openPath: (path: string) => void;
  readPolicy: () => void;
}

export function startScreen(info: StartInfo, actions: StartActions): HTMLElement {
  const sample = info.sample_path;
  return h(
    "section",
    { class: "start", attrs: { "data-screen": "start", "aria-labelledby": "start-title" } },
    h("h1", { attrs: { id: "start-title" } }, "See what a company holds about you"),
    h(
      "p",
      { class: "lead" },
      "Open the data export a company sent you. Dossier shows it by the categories of the company's " +
        "privacy policy, with the policy beside it. Everything stays on this computer.",
    ),
    h(
      "div",
      { class: "start-actions" },
      h("button", { class: "primary", attrs: { type: "button", id: "open-export" }, on: { click: actions.chooseExport } }, "Open export…"),
      h("button", { attrs: { type: "button", id: "open-folder" }, on: { click: actions.chooseFolder } }, "Open folder…"),
      sample
        ? h(
            "button",
            { attrs: { type: "button", id: "open-sample" }, on: { click: () => actions.openPath(sample) } },
            "Open the sample export",
          )
        : h("p", { class: "muted" }, "This build has no sample export."),
      h("button", { attrs: { type: "button", id: "read-policy" }, on: { click: actions.readPolicy } }, "Read the privacy policy"),
    ),
    h("p", { class: "muted" }, "You can also drop a .zip, a folder, or a JSON or CSV file onto this window."),
    recentList(info.recent, actions.openPath),
  );
}

function recentList(paths: string[], openPath: (path: string) => void): HTMLElement {
  const heading = h("h2", { attrs: { id: "recent-title" } }, "Recent exports");
  if (paths.length === 0) {
    return h("section", { class: "recent", attrs: { "aria-labelledby": "recent-title" } }, heading, h("p", { class: "muted" }, "Exports you open appear here. Only their paths are remembered."));
  }
  return h(
    "section",
    { class: "recent", attrs: { "aria-labelledby": "recent-title" } },
    heading,
    h(
      "ul",
      {},
      ...paths.map((path) =>
        h("li", {}, h("button", { class: "link", attrs: { type: "button", title: path }, on: { click: () => openPath(path) } }, path)),
      ),
    ),
  );
}
