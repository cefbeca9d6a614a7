// A file's own text: as a collapsible tree when it is JSON, as plain text otherwise. Text only;
// nothing in the file is interpreted as markup.

import { h, replace } from "../dom";
import { commands, messageOf } from "../ipc/commands";

/** Children of one JSON node rendered at once; the rest are counted, not drawn. */
const MAX_CHILDREN = 200;

export function fileText(path: string, asTree: boolean): HTMLElement {
  const view = h("div", { class: "file-text", attrs: { "data-file-text": path } }, h("p", { class: "muted small" }, "Loading the file…"));
  commands
    .fileText(path)
    .then((file) => {
      const note = file.lossy ? h("p", { class: "muted small" }, "Parts of this file are not valid UTF-8 and are shown as �.") : null;
      if (asTree) {
        try {
          const value: unknown = JSON.parse(file.text);
          // Plain disclosure widgets (details/summary), which the keyboard opens and closes as
          // they are; not role="tree", whose arrow-key navigation this does not implement.
          replace(view, note, h("div", { class: "json-tree" }, node("(whole file)", value, true)));
          return;
        } catch (error) {
          replace(view, note, h("p", { class: "muted small" }, `This file is not valid JSON (${String(error)}), so it is shown as text.`), pre(file.text));
          return;
        }
      }
      replace(view, note, pre(file.text));
    })
    .catch((error: unknown) => replace(view, h("p", { class: "error-message" }, messageOf(error))));
  return view;
}

function pre(text: string): HTMLElement {
  return h("pre", { class: "plain-text", attrs: { tabindex: "0" } }, text);
}

function node(key: string, value: unknown, open: boolean): HTMLElement {
  if (value === null || typeof value !== "object") {
    return h("div", { class: "json-leaf" }, h("span", { class: "json-key" }, key), ": ", h("span", { class: `json-${value === null ? "null" : typeof value}` }, JSON.stringify(value)));
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as Record<string, unknown>);
  const label = Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`;
  const details = h("details", { attrs: { open } }, h("summary", {}, h("span", { class: "json-key" }, key), " ", h("span", { class: "muted" }, label)));
  // Children are drawn when the node is first opened, so a huge file does not become a huge DOM.
  let drawn = false;
  const drawChildren = () => {
    if (drawn) return;
    drawn = true;
    const shown = entries.slice(0, MAX_CHILDREN).map(([k, v]) => node(k, v, false));
    const rest = entries.length - shown.length;
    details.append(h("div", { class: "json-children" }, ...shown, rest > 0 ? h("p", { class: "muted small" }, `… and ${rest} more`) : null));
  };
  if (open) drawChildren();
  details.addEventListener("toggle", drawChildren);
  return details;
}
