// The one search box (Ctrl+K): categories, policy sections, Dossier's notes on the policy, fields
// and file names, grouped; and, with an export open, the places its values hold the query. The
// values are searched by reading the export again, so they come after the rest, a moment after
// typing stops, and each newer search cancels the one before.

import { type Child, countOf, h, replace } from "./dom";
import { CommandFailure, commands, messageOf } from "./ipc/commands";
import type { PolicyHit, SearchResults, ValueResults } from "./ipc/generated";
import type { Go, Route } from "./route";
import { fieldLabel } from "./views/labels";
import { snippet } from "./views/snippet";
import { valueHitButton } from "./views/value-hit";
import { OFF_IN_PRESENTER_MODE, presenterOn } from "./presenter";

/** Value hits asked for at once: the first places, the rest a narrower query away. */
const VALUE_HITS = 20;
/** Pause in typing before the export's values are searched. */
const VALUES_DELAY_MS = 300;

/** `hasExport` says whether an export is open now: without one, its data has nowhere to go. */
export function openSearch(go: Go, hasExport: () => boolean): void {
  const existing = document.querySelector<HTMLDialogElement>("dialog.search");
  if (existing) {
    existing.querySelector("input")?.focus();
    return;
  }
  const input = h("input", { attrs: { type: "search", id: "global-search", placeholder: "Search categories, the policy, fields, files and values", "aria-label": "Search everything", autocomplete: "off", "aria-describedby": "search-status" } });
  // A short line says how many results there are; the list itself is not live, so it is not
  // read out again on every key press.
  const status = h("p", { class: "search-status small muted", attrs: { id: "search-status", role: "status" } });
  const results = h("div", { class: "search-results" });
  const dialog = h("dialog", { class: "search", attrs: { "aria-label": "Search" } }, input, status, results);
  const close = () => {
    if (dialog.open) dialog.close();
    dialog.remove();
  };
  const choose = (route: Route) => {
    close();
    go(route);
  };
  let generation = 0;
  let valuesTimer: number | undefined;
  input.addEventListener("input", () => {
    const mine = ++generation;
    const query = input.value;
    window.clearTimeout(valuesTimer);
    if (!query.trim()) {
      replace(results);
      replace(status);
      return;
    }
    // What the two searches found so far; the line and the list follow whichever answers last.
    let quick: { groups: Child[]; count: number } | null = null;
    // A search of the values matches the real ones: in presenter mode the places it found would
    // tell what they are.
    let values: { group: Child; count: number; done: boolean } = !hasExport()
      ? { group: null, count: 0, done: true }
      : presenterOn()
        ? { group: valuesGroupNote(OFF_IN_PRESENTER_MODE), count: 0, done: true }
        : { group: valuesPending(), count: 0, done: false };
    const show = (): void => {
      if (mine !== generation || quick === null) return;
      const count = quick.count + values.count;
      const nothing = count === 0 && values.done;
      // In presenter mode the values group says why values were not searched, even when nothing else matched.
      replace(results, ...(nothing ? [h("p", { class: "muted" }, "Nothing matches."), presenterOn() ? values.group : null] : [...quick.groups, values.group]));
      const more = values.done ? "" : " Searching the export's values…";
      replace(status, nothing ? "No results." : count === 0 ? more.trim() : `${countOf(count, "result")}. Down arrow to go through them.${more}`);
    };
    commands
      .search(query)
      .then((found) => {
        quick = groups(found, choose, hasExport());
        show();
      })
      .catch((error: unknown) => {
        if (mine !== generation) return;
        replace(results, h("p", { class: "error-message" }, messageOf(error)));
        replace(status, "The search failed.");
      });
    if (!values.done) {
      valuesTimer = window.setTimeout(() => {
        commands
          .searchValues(query, false, VALUE_HITS)
          .then((found) => {
            values = { ...valueGroup(found, choose), done: true };
            show();
          })
          .catch((error: unknown) => {
            // A newer search stopped this one; its own answer will show.
            if (error instanceof CommandFailure && error.code === "search_cancelled") return;
            values = { group: h("section", { class: "search-group", attrs: { "data-group": "values" } }, h("h2", {}, "Values"), h("p", { class: "error-message small" }, messageOf(error))), count: 0, done: true };
            show();
          });
      }, VALUES_DELAY_MS);
    }
  });
  // WebKit's search field takes the first Escape to empty itself, so the dialog would stay open;
  // Escape closes the dialog from anywhere in it, the field included.
  dialog.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      event.stopPropagation();
      close();
    },
    { capture: true },
  );
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

function groups(found: SearchResults, choose: (route: Route) => void, hasExport: boolean): { groups: Child[]; count: number } {
  let count = 0;
  const group = (title: string, items: HTMLElement[], note?: string) => {
    count += items.length;
    return items.length === 0
      ? null
      : h("section", { class: "search-group" }, h("h2", {}, title), note ? h("p", { class: "small muted" }, note) : null, h("ul", {}, ...items.map((item) => h("li", {}, item))));
  };
  const button = (label: Child[], route: Route, kind: string) => h("button", { class: "result", attrs: { type: "button", "data-kind": kind }, on: { click: () => choose(route) } }, ...label);
  const policyHit = (hit: PolicyHit, note: boolean) =>
    button(
      [
        h("span", { class: "hit-title" }, note ? h("span", { class: "note-label" }, "Dossier's note") : null, note ? " on " : null, hit.section_title),
        snippet(hit.snippet, note ? "snippet note-text" : "snippet"),
      ],
      { view: "policy", section: hit.section, query: found.query },
      note ? "note" : "policy",
    );
  const all = [
    hasExport
      ? group("Categories", found.categories.map((c) => button([c.name], { view: "category", id: c.id }, "category")))
      : group(
          "Categories",
          found.categories.map((c) => h("span", { class: "result static", attrs: { "data-kind": "category" } }, c.name)),
          "Open an export to see this data.",
        ),
    group("Policy", found.policy.filter((hit) => hit.matched_in !== "annotation").map((hit) => policyHit(hit, false))),
    group("Dossier's notes on the policy", found.policy.filter((hit) => hit.matched_in === "annotation").map((hit) => policyHit(hit, true)), "Dossier's words, not the company's."),
    // Fields and files belong to the open export; the engine may still hold the last one after
    // the user went back to the start, so they are shown only while an export is open.
    hasExport
      ? group("Fields", found.fields.map((f) => button([h("span", { class: "path" }, f.file), " : ", fieldLabel(f.file, f.table, f.field), h("span", { class: "small muted" }, ` — ${f.category ?? "unclassified"}`)], { view: "files", path: f.file }, "field")))
      : null,
    hasExport ? group("Files", found.files.map((path) => button([h("span", { class: "path" }, path)], { view: "files", path }, "file"))) : null,
  ];
  return { groups: all, count };
}

function valuesPending(): HTMLElement {
  return valuesGroupNote("Searching the export's values…");
}

function valuesGroupNote(note: string): HTMLElement {
  return h("section", { class: "search-group", attrs: { "data-group": "values" } }, h("h2", {}, "Values"), h("p", { class: "small muted" }, note));
}

/** The places the export's values hold the query, and the way to the page that lists them all. */
function valueGroup(found: ValueResults, choose: (route: Route) => void): { group: Child; count: number } {
  if (found.hits.length === 0) return { group: null, count: 0 };
  const note = found.complete ? null : `The first ${found.hits.length} places.`;
  const problems = found.problems.length > 0 ? `${countOf(found.problems.length, "file")} could not be searched in full.` : null;
  const all = h("button", { class: "result", attrs: { type: "button", "data-kind": "all-values" }, on: { click: () => choose({ view: "values", query: found.query, wholeWord: false }) } }, found.complete ? "Show these on a page" : "Show every place on a page");
  return {
    group: h(
      "section",
      { class: "search-group", attrs: { "data-group": "values" } },
      h("h2", {}, "Values"),
      note ? h("p", { class: "small muted" }, note) : null,
      h("ul", {}, ...found.hits.map((v) => h("li", {}, valueHitButton(v, choose))), h("li", {}, all)),
      problems ? h("p", { class: "small muted" }, problems) : null,
    ),
    count: found.hits.length,
  };
}
