// Shown when an export cannot be opened at all: what went wrong, and what to do next.

import { h } from "../dom";

export interface ErrorActions {
  chooseExport: () => void;
  backToStart: () => void;
}

export function errorScreen(path: string, message: string, actions: ErrorActions): HTMLElement {
  return h(
    "section",
    { class: "error-screen", attrs: { "data-screen": "error", "aria-labelledby": "error-title" } },
    h("h1", { attrs: { id: "error-title" } }, "This export could not be opened"),
    h("p", { class: "error-message", attrs: { role: "alert" } }, message),
    h("p", { class: "muted path" }, path),
    h(
      "div",
      { class: "start-actions" },
      h("button", { class: "primary", attrs: { type: "button" }, on: { click: actions.chooseExport } }, "Open another export…"),
      h("button", { attrs: { type: "button" }, on: { click: actions.backToStart } }, "Back to the start"),
    ),
  );
}
