// The one search box (Ctrl+K): categories, policy sections, fields and file names, grouped.

import { type Child, h, replace } from "./dom";
import { commands, messageOf } from "./ipc/commands";
import type { SearchResults } from "./ipc/generated";
import type { Go, Route } from "./route";
import { fieldLabel } from "./views/labels";

export function openSearch(go: Go): void {
  const existing = document.querySelector<HTMLDialogElement>("dialog.search");
  if (existing) {
    existing.querySelector("input")?.focus();
    return;
  }
  const input = h("input", { attrs: { type: "search", id: "global-search", placeholder: "Search categories, the policy, fields and files", "aria-label": "Search everything", autocomplete: "off" } });
  const results = h("div", { class: "search-results", attrs: { "aria-live": "polite" } });
  const dialog = h("dialog", { class: "search", attrs: { "aria-label": "Search" } }, input, results);
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  const choose = (route: Route) => {
    close();
    go(route);
  };
  let generation = 0;
  input.addEventListener("input", () => {
    const mine = ++generation;
    const query = input.value;
    if (!query.trim()) {
      replace(results);
      return;
    }
    commands
      .search(query)
      .then((found) => {
        if (mine === generation) replace(results, ...groups(found, choose));
      })
      .catch((error: unknown) => replace(results, h("p", { class: "error-message" }, messageOf(error))));
  });
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const items = [input, ...dialog.querySelectorAll<HTMLElement>(".search-results button")];
    const at = items.indexOf(document.activeElement as HTMLElement);
    items[(at + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length].focus();
  });
  dialog.addEventListener("close", () => dialog.remove());
  document.body.appendChild(dialog);
  dialog.showModal();
  input.focus();
}

function groups(found: SearchResults, choose: (route: Route) => void): Child[] {
  const group = (title: string, items: HTMLElement[]) =>
    items.length === 0 ? null : h("section", { class: "search-group" }, h("h2", {}, title), h("ul", {}, ...items.map((item) => h("li", {}, item))));
  const button = (label: Child[], route: Route, kind: string) => h("button", { class: "result", attrs: { type: "button", "data-kind": kind }, on: { click: () => choose(route) } }, ...label);
  const all = [
    group("Categories", found.categories.map((c) => button([c.name], { view: "category", id: c.id }, "category"))),
    group(
      "Policy",
      found.policy.map((hit) =>
        button([h("span", { class: "hit-title" }, hit.section_title), h("span", { class: "snippet" }, ...hit.snippet.map((r) => (r.marked ? h("mark", {}, r.text) : r.text)))], { view: "policy", section: hit.section, query: found.query }, "policy"),
      ),
    ),
    group("Fields", found.fields.map((f) => button([h("span", { class: "path" }, f.file), " : ", fieldLabel(f.file, f.table, f.field), h("span", { class: "small muted" }, ` — ${f.category ?? "unclassified"}`)], { view: "files", path: f.file }, "field"))),
    group("Files", found.files.map((path) => button([h("span", { class: "path" }, path)], { view: "files", path }, "file"))),
  ];
  return all.some(Boolean) ? all : [h("p", { class: "muted" }, "Nothing matches.")];
}
