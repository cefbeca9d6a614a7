// Every place the export's values hold a query, filling in while the export is read again, with
// a count, progress and a way to stop. Reached from the "Values" group of the search box.

import { countOf, formatCount, h, replace } from "../dom";
import { CommandFailure, commands, messageOf } from "../ipc/commands";
import type { Go } from "../route";
import { valueHitButton } from "./value-hit";

/** Most places listed: enough to read through, and the list stays quick to draw. */
const PAGE_HITS = 5_000;

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
  const view = h("section", { class: "view values", attrs: { "data-view": "values" } }, h("h1", {}, "Values"), form, h("div", { class: "values-progress" }, bar, stop), status, list, notes);

  let found = 0;
  const place = (n: number) => countOf(n, "place");
  commands
    .searchValuesLive(query, wholeWord, PAGE_HITS, (progress) => {
      // The list grows as hits arrive; nothing already shown moves.
      list.append(...progress.hits.map((v) => h("li", {}, valueHitButton(v, go))));
      found += progress.hits.length;
      bar.max = Math.max(1, progress.files_total);
      bar.value = progress.files_done;
      replace(status, `${place(found)} so far; ${formatCount(progress.files_done)} of ${formatCount(progress.files_total)} files searched…`);
    })
    .then((results) => {
      // The answer holds every hit; any the channel had not delivered yet are added.
      if (results.hits.length > found) list.append(...results.hits.slice(found).map((v) => h("li", {}, valueHitButton(v, go))));
      found = results.hits.length;
      bar.remove();
      stop.remove();
      replace(status, found === 0 ? `Nothing in this export matches “${results.query}”.` : results.complete ? `${place(found)} match “${results.query}”.` : `The first ${place(found)} that match “${results.query}”; type more of the value to narrow the search.`);
      replace(notes, ...results.problems.map((p) => h("p", { class: "small muted" }, `Not searched in full: ${p.path}: ${p.message}`)));
    })
    .catch((error: unknown) => {
      bar.remove();
      stop.remove();
      const stopped = error instanceof CommandFailure && error.code === "search_cancelled";
      replace(status, stopped ? `Stopped: ${place(found)} found before the search was stopped.` : messageOf(error));
    });
  return view;
}
