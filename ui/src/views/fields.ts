// The fields of a category or a file. Each row: the field, where it is, why it has its category
// (a sentence under its name, so it reads as one), a control that moves it to another category or
// to "Not personal data", its count and examples. A corrected field says so, with what the rules
// had said, and can be put back.

import { type Child, formatCount, h, replace } from "../dom";
import { categoryNames, correct, undo } from "../corrections";
import { messageOf } from "../ipc/commands";
import type { CorrectionsUpdate, FieldKey, FieldView } from "../ipc/generated";
import type { Go } from "../route";
import { confidenceLabel, fieldLabel } from "./labels";

/** One row: a field, or the same field of many images, changed together. */
interface FieldGroup {
  keys: FieldKey[];
  name: string;
  /** Shown as a path under the name (the category view, where fields come from many files). */
  file: string | null;
  /** The label, evidence and correction shown: the first field's. */
  view: FieldView;
  values: number;
  examples: string[];
}

const NOT_PERSONAL = "(not personal data)";
const UNCLASSIFIED = "(unclassified)";

export function fieldsTable(fields: FieldView[], options: { showFile: boolean; go?: Go }): HTMLElement {
  const groups = fields.map((f) => ({
    keys: [{ file: f.file, field: f.field }],
    name: fieldLabel(f.file, f.table, f.field),
    file: options.showFile ? f.file : null,
    view: f,
    values: f.values,
    examples: f.examples,
  }));
  return fieldList(groups, "Values", options.go);
}

/** Says that a list of fields stops before the end, and where the others can be found. */
export function fieldsCut(shown: number, total: number): HTMLElement {
  return h("p", { class: "muted small" }, `The first ${formatCount(shown)} of ${formatCount(total)} fields are listed. Search (Ctrl+K) finds any field by name.`);
}

/**
 * Image files each carry the same few fields (dimensions, EXIF tags). Listing them per file
 * would bury the data files' fields, so they are summed by field name across the images, and a
 * correction moves that field of every one of them.
 */
export function imageFieldsTable(fields: FieldView[]): HTMLElement {
  const byName = new Map<string, FieldGroup>();
  for (const f of fields) {
    const name = f.field || "(the image itself)";
    const group = byName.get(name) ?? { keys: [], name, file: null, view: f, values: 0, examples: [] };
    group.keys.push({ file: f.file, field: f.field });
    group.values += 1;
    if (f.confidence > group.view.confidence && !group.view.correction) group.view = f;
    for (const e of f.examples) if (group.examples.length < 3 && !group.examples.includes(e)) group.examples.push(e);
    byName.set(name, group);
  }
  return fieldList([...byName.values()], "Images", undefined);
}

function fieldList(groups: FieldGroup[], countTitle: string, go: Go | undefined): HTMLElement {
  const headers = ["Field", "Category", countTitle, "Examples"];
  return h(
    "div",
    { class: "fields-box" },
    h(
      "table",
      { class: "data fields" },
      h("thead", {}, h("tr", {}, ...headers.map((title) => h("th", { attrs: { scope: "col" } }, title)))),
      h("tbody", {}, ...groups.map((group) => fieldRow(group, countTitle.toLowerCase(), go))),
    ),
  );
}

/** `unit` is said after the count where the row is stacked and the column's title is not in view. */
function fieldRow(group: FieldGroup, unit: string, go: Go | undefined): HTMLTableRowElement {
  const where = group.file ? ` in ${group.file}` : group.keys.length > 1 ? ` of ${formatCount(group.keys.length)} images` : "";
  const select = h("select", { class: "category-select", attrs: { "aria-label": `Category of ${group.name}${where}` } });
  const about = h("div", { class: "field-about" });
  const confidence = h("span", { class: "confidence small muted" });
  const failure = h("p", { class: "error-message small", attrs: { role: "alert", hidden: true } });
  let view = group.view;

  const show = (next: FieldView): void => {
    view = next;
    replace(select, ...categoryOptions(next));
    select.value = next.category ?? (next.correction ? NOT_PERSONAL : UNCLASSIFIED);
    replace(confidence, next.category && !next.correction ? `Confidence ${confidenceLabel(next.confidence)}` : "");
    replace(about, ...aboutField(next, group, () => void change(() => undo(group.keys))));
  };
  const change = async (run: () => Promise<CorrectionsUpdate>): Promise<void> => {
    // The control stays enabled (disabling it would take the focus away); changes run in order.
    failure.hidden = true;
    // Undo is drawn again with the row's explanation; the focus then goes on to the control.
    const focusWasOnUndo = about.contains(document.activeElement);
    try {
      const update = await run();
      const first = group.keys[0];
      const next = update.fields.find((f) => f.file === first.file && f.field === first.field);
      if (next) show(next);
    } catch (error) {
      show(view);
      replace(failure, messageOf(error));
      failure.hidden = false;
    } finally {
      if (focusWasOnUndo) select.focus();
    }
  };
  select.addEventListener("change", () => {
    const value = select.value;
    if (value === UNCLASSIFIED) return;
    void change(() => correct(group.keys, value === NOT_PERSONAL ? null : value));
  });
  show(view);

  const first = group.keys[0];
  return h(
    "tr",
    { attrs: { "data-file": group.keys.length === 1 ? first.file : null, "data-field": first.field } },
    h("td", { class: "field-cell" }, h("span", { class: "field-name" }, group.name), group.file ? pathLink(group.file, go) : null, about),
    h("td", { class: "category-cell" }, select, confidence, failure),
    h("td", { class: "count", attrs: { "data-unit": unit } }, formatCount(group.values)),
    h("td", {}, h("span", { class: "examples" }, ...group.examples.map((e) => h("span", { class: "example" }, e)))),
  );
}

/** The policy's categories, "Not personal data", and "Unclassified" while the rules left it so. */
function categoryOptions(view: FieldView): HTMLOptionElement[] {
  const options = categoryNames().map((name) => h("option", { attrs: { value: name } }, name));
  options.push(h("option", { attrs: { value: NOT_PERSONAL } }, "Not personal data"));
  if (view.category === null && !view.correction) options.unshift(h("option", { attrs: { value: UNCLASSIFIED, disabled: true } }, "Unclassified"));
  return options;
}

/** Why the field has its label: the rules' evidence, or the user's correction with what the
 * rules had said and a way back. */
function aboutField(view: FieldView, group: FieldGroup, undoIt: () => void): Child[] {
  const c = view.correction;
  if (!c) return [h("p", { class: "evidence" }, h("span", { class: "evidence-label" }, "Why: "), ...evidence(view.evidence))];
  const was = c.was_category ?? "Unclassified";
  return [
    h(
      "p",
      { class: "evidence corrected" },
      h("strong", { class: "corrected-label" }, c.own ? "Corrected by you" : "Corrected by you (for its whole file or folder)"),
      `. Was: ${was}`,
      c.was_category ? `, confidence ${confidenceLabel(c.was_confidence)}` : "",
      c.was_evidence ? " — " : "",
      ...evidence(c.was_evidence),
      c.own ? " " : null,
      c.own ? h("button", { class: "link undo", attrs: { type: "button", "aria-label": `Undo the correction of ${group.name}` }, on: { click: undoIt } }, "Undo") : null,
    ),
  ];
}

/** The evidence's `quoted` names as code, the rest as text. */
function evidence(text: string): Child[] {
  return text.split("`").map((part, i) => (i % 2 === 1 ? h("code", {}, part) : part));
}

/** Keeps a path's start and its end (the file's own name), cut in the middle. */
export function shortPath(path: string, max = 52): string {
  if (path.length <= max) return path;
  const end = Math.ceil(max * 0.6);
  return `${path.slice(0, max - end - 1).trimEnd()}…${path.slice(path.length - end).trimStart()}`;
}

/** A file's path, shortened in the middle, that opens the file; the full path is its name,
 * its tooltip, and is shown under it while it has the focus. */
function pathLink(path: string, go: Go | undefined): HTMLElement {
  const short = shortPath(path);
  const full = short === path ? null : h("span", { class: "full-path", attrs: { "aria-hidden": "true" } }, path);
  if (!go) return h("span", { class: "path short-path", attrs: { title: path } }, short, full);
  return h(
    "button",
    { class: "link path short-path", attrs: { type: "button", title: path, "aria-label": `${path}, open in Files` }, on: { click: () => go({ view: "files", path }) } },
    h("span", { attrs: { "aria-hidden": "true" } }, short),
    full,
  );
}
