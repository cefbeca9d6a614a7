// The table of fields with their category, confidence, evidence and examples.

import { formatCount, h, textTable } from "../dom";
import type { FieldView } from "../ipc/generated";
import { confidenceLabel, fieldLabel } from "./labels";

export function fieldsTable(fields: FieldView[], options: { showFile: boolean; showCategory: boolean }): HTMLElement {
  const headers = [
    ...(options.showFile ? ["File"] : []),
    "Field",
    ...(options.showCategory ? ["Category"] : []),
    "Values",
    "Confidence",
    "Examples",
    "Why",
  ];
  return textTable(
    headers,
    fields.map((f) => [
      ...(options.showFile ? [h("span", { class: "path" }, f.file)] : []),
      h("span", { class: "field-name" }, fieldLabel(f.file, f.table, f.field)),
      ...(options.showCategory ? [f.category ?? h("span", { class: "muted" }, "Unclassified")] : []),
      formatCount(f.values),
      f.category ? confidenceLabel(f.confidence) : "—",
      h("span", { class: "examples" }, ...f.examples.map((e) => h("span", { class: "example" }, e))),
      h("span", { class: "evidence" }, f.evidence),
    ]),
  );
}

/** Says that a list of fields stops before the end, and where the others can be found. */
export function fieldsCut(shown: number, total: number): HTMLElement {
  return h("p", { class: "muted small" }, `The first ${formatCount(shown)} of ${formatCount(total)} fields are listed. Search (Ctrl+K) finds any field by name.`);
}

/**
 * Image files each carry the same few fields (dimensions, EXIF tags). Listing them per file
 * would bury the data files' fields, so they are summed by field name across the images.
 */
export function imageFieldsTable(fields: FieldView[]): HTMLElement {
  const byName = new Map<string, { files: number; values: number; examples: string[]; confidence: number; evidence: string }>();
  for (const f of fields) {
    const name = f.field || "(the image itself)";
    const entry = byName.get(name) ?? { files: 0, values: 0, examples: [], confidence: 0, evidence: f.evidence };
    entry.files += 1;
    entry.values += f.values;
    entry.confidence = Math.max(entry.confidence, f.confidence);
    for (const e of f.examples) if (entry.examples.length < 3 && !entry.examples.includes(e)) entry.examples.push(e);
    byName.set(name, entry);
  }
  return textTable(
    ["Field", "Images", "Confidence", "Examples", "Why"],
    [...byName.entries()].map(([name, e]) => [
      h("span", { class: "field-name" }, name),
      formatCount(e.files),
      confidenceLabel(e.confidence),
      h("span", { class: "examples" }, ...e.examples.map((x) => h("span", { class: "example" }, x))),
      h("span", { class: "evidence" }, e.evidence),
    ]),
  );
}
