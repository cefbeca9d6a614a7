// Every place the export's values hold a query, filling in while the export is read again, with
// a count, progress and a way to stop. Reached from the "Values" group of the search box. First,
// at once, the fields the index of values says it can be in; each then gets its count of places.

import { countOf, formatCount, h, replace } from "../dom";
import { CommandFailure, commands, messageOf } from "../ipc/commands";
import type { ValueFieldView, ValueHitView } from "../ipc/generated";
import type { Go } from "../route";
import { fieldLabel } from "./labels";
import { valueHitButton } from "./value-hit";

/** Most places listed: enough to read through, and the list stays quick to draw. */
const PAGE_HITS = 5_000;

const fieldKey = (v: ValueFieldView | ValueHitView) => `${v.file}\u0000${v.table}\u0000${v.field}`;

/** The fields a query can be in, each with the places found in it so far. Hits and the end of
 * the search may come before the fields do: what they say is kept and shown then. */
class WhereItCanBe {
  readonly element = h("div", { class: "values-where" });
  private readonly found = new Map<string, number>();
  private readonly cells = new Map<string, HTMLElement>();
  /** Set when the search has ended: whether it read everything. */
  private complete: boolean | null = null;

  show(fields: ValueFieldView[] | null): void {
    // Null: the query is too short for the index to tell; every field is read.
    if (!fields) return;
    const rows = fields.map((f) => {
      const cell = h("span", { class: "small" });
      this.cells.set(fieldKey(f), cell);
      this.render(fieldKey(f));
      return h("li", {}, h("span", { class: "path" }, f.file), " : ", fieldLabel(f.file, f.table, f.field), " · ", cell);
    });
    const intro = fields.length === 0 ? "No field of this export can hold it." : `It can only be in ${countOf(fields.length, "field")}:`;
    replace(this.element, h("p", {}, intro), h("ul", { class: "values-where-list" }, ...rows));
  }

  add(hits: ValueHitView[]): void {
    for (const hit of hits) {
      const key = fieldKey(hit);
      this.found.set(key, (this.found.get(key) ?? 0) + 1);
      this.render(key);
    }
  }

  end(complete: boolean): void {
    this.complete = complete;
    for (const key of this.cells.keys()) this.render(key);
  }

  private render(key: string): void {
    const cell = this.cells.get(key);
    if (!cell) return;
    const found = this.found.get(key) ?? 0;
    const text =
      this.complete === null
        ? found > 0 ? `${countOf(found, "place")} so far` : "checking…"
        : found > 0 ? countOf(found, "place") : this.complete ? "not in it" : "not searched to the end";
    replace(cell, text);
    cell.classList.toggle("muted", found === 0);
  }
}

export function valuesView(query: string, wholeWord: boolean, go: Go): HTMLElement {
  const input = h("input", { attrs: { type: "search", value: query, "aria-label": "Value to look for", autocomplete: "off" } });
  const whole = h("input", { attrs: { type: "checkbox", id: "values-whole-word", checked: wholeWord } });
  const form = h(
    "form",
    { class: "values-form", attrs: { role: "search" } },
    input,
    h("label", { attrs: { for: "values-whole-word" } }, whole, " Whole words only"),
    h("button", { attrs: { type: "submit" } }, "Search"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim()) go({ view: "values", query: input.value, wholeWord: whole.checked });
  });
  const status = h("p", { class: "values-status", attrs: { role: "status" } }, "Searching…");
  const bar = h("progress", { attrs: { max: 1, value: 0, "aria-label": "Files searched" } });
  const stop = h("button", { attrs: { type: "button" }, on: { click: () => void commands.cancelValueSearch() } }, "Stop");
  const list = h("ul", { class: "values-list" });
  const notes = h("div", {});
  const where = new WhereItCanBe();
  const view = h("section", { class: "view values", attrs: { "data-view": "values" } }, h("h1", {}, "Values"), form, where.element, h("div", { class: "values-progress" }, bar, stop), status, list, notes);
  // Answered from memory before the search has read anything; a failure leaves the search to say why.
  commands.valueFields(query).then((fields) => where.show(fields), () => undefined);

  let found = 0;
  // Tauri hands a large channel message over asynchronously, so one can come after the
  // command's answer: the answer holds every hit and has the last word.
  let settled = false;
  const place = (n: number) => countOf(n, "place");
  commands
    .searchValuesLive(query, wholeWord, PAGE_HITS, (progress) => {
      if (settled) return;
      // The list grows as hits arrive; nothing already shown moves.
      list.append(...progress.hits.map((v) => h("li", {}, valueHitButton(v, go))));
      where.add(progress.hits);
      found += progress.hits.length;
      bar.max = Math.max(1, progress.files_total);
      bar.value = progress.files_done;
      replace(status, `${place(found)} so far; ${formatCount(progress.files_done)} of ${formatCount(progress.files_total)} files searched…`);
    })
    .then((results) => {
      settled = true;
      // The answer holds every hit; any the channel had not delivered yet are added.
      if (results.hits.length > found) {
        const late = results.hits.slice(found);
        list.append(...late.map((v) => h("li", {}, valueHitButton(v, go))));
        where.add(late);
      }
      where.end(results.complete);
      found = results.hits.length;
      bar.remove();
      stop.remove();
      replace(status, found === 0 ? `Nothing in this export matches “${results.query}”.` : results.complete ? `${place(found)} match “${results.query}”.` : `The first ${place(found)} that match “${results.query}”; type more of the value to narrow the search.`);
      replace(notes, ...results.problems.map((p) => h("p", { class: "small muted" }, `Not searched in full: ${p.path}: ${p.message}`)));
    })
    .catch((error: unknown) => {
      settled = true;
      bar.remove();
      stop.remove();
      const stopped = error instanceof CommandFailure && error.code === "search_cancelled";
      where.end(false);
      replace(status, stopped ? `Stopped: ${place(found)} found before the search was stopped.` : messageOf(error));
    });
  return view;
}
