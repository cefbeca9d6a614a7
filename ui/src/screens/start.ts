// The start screen: open an export with the dialog, open the bundled sample, or reopen a recent one.

import { h, replace } from "../dom";
import { commands, messageOf } from "../ipc/commands";
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
    recentList(info, actions.openPath),
  );
}

/** The recent exports, with the choice to stop remembering them and to forget them. */
function recentList(info: StartInfo, openPath: (path: string) => void): HTMLElement {
  const list = h("div", { attrs: { id: "recent-list" } });
  const status = h("p", { class: "muted", attrs: { id: "recent-status", role: "status" } });
  const clear = h("button", { attrs: { type: "button", id: "recent-clear" } }, "Clear list");
  const remember = h("input", { attrs: { type: "checkbox", id: "recent-remember", checked: info.remember_recent } });
  const render = (paths: string[], remembering: boolean): void => {
    clear.hidden = paths.length === 0;
    if (paths.length > 0) {
      replace(
        list,
        h(
          "ul",
          {},
          ...paths.map((path) =>
            h("li", {}, h("button", { class: "link", attrs: { type: "button", title: path }, on: { click: () => openPath(path) } }, path)),
          ),
        ),
      );
    } else {
      replace(
        list,
        h(
          "p",
          { class: "muted" },
          info.presenter
            ? "Recent exports are hidden in presenter mode: their names are a person's too."
            : remembering
            ? "Exports you open appear here. Only their paths are remembered."
            : "Dossier does not remember the exports you open: nothing about them is written to this computer.",
        ),
      );
    }
  };
  const update = async (change: () => Promise<string[]>, done: string): Promise<void> => {
    try {
      render(await change(), remember.checked);
      replace(status, done);
    } catch (error) {
      replace(status, messageOf(error));
    }
  };
  remember.addEventListener("change", () => {
    const on = remember.checked;
    void update(() => commands.setRememberRecent(on), on ? "Exports you open will be remembered." : "Recent exports are forgotten and will not be remembered.");
  });
  clear.addEventListener("click", () => {
    void update(async () => {
      await commands.clearRecent();
      return [];
    }, "The list of recent exports is cleared.");
  });
  render(info.recent, info.remember_recent);
  return h(
    "section",
    { class: "recent", attrs: { "aria-labelledby": "recent-title" } },
    h("h2", { attrs: { id: "recent-title" } }, "Recent exports"),
    list,
    h(
      "div",
      { class: "recent-controls" },
      h("label", { attrs: { for: "recent-remember" } }, remember, " Remember exports I open"),
      clear,
    ),
    status,
  );
}
