// One place a value of the export holds a search: the value as text, then its file, field, record
// and category. Choosing it opens the record in the grid with the field marked.

import { formatCount, h } from "../dom";
import type { ValueHitView } from "../ipc/generated";
import type { Route } from "../route";
import { fieldLabel } from "./labels";

export function valueHitButton(v: ValueHitView, choose: (route: Route) => void): HTMLElement {
  return h(
    "button",
    {
      class: "result value-hit",
      attrs: { type: "button", "data-kind": "value", "data-file": v.file, "data-row": v.row },
      on: { click: () => choose({ view: "files", path: v.file, record: { table: v.table, row: v.row, field: v.field } }) },
    },
    h("span", { class: "hit-value" }, v.value),
    h("span", { class: "hit-place small" }, h("span", { class: "path" }, v.file), " : ", fieldLabel(v.file, v.table, v.field), ` · record ${formatCount(v.row)}`),
    h("span", { class: "small muted" }, v.category ?? "unclassified"),
  );
}
