// One category: what the policy says it is, the fields found under it, their records, images,
// and the policy passages about it.

import { watchCorrections } from "../corrections";
import { type Child, countOf, formatCount, h, replace } from "../dom";
import { commands, messageOf } from "../ipc/commands";
import type { CategoryCard, CategoryDetail } from "../ipc/generated";
import type { Go } from "../route";
import { fieldsCut, fieldsTable, imageFieldsTable } from "./fields";
import { recordsGrid } from "./grid";
import { imageGrid } from "./images";
import { CATEGORY_STATE } from "./labels";
import { policyPassage } from "./policy-passage";
import { coordinateTables, scatterMap } from "./scatter";

export function categoryView(id: string, go: Go): HTMLElement {
  const view = h("section", { class: "view category", attrs: { "data-view": "category", "data-category": id } }, h("p", { class: "muted" }, "Loading…"));
  commands
    .category(id)
    .then((detail) => replace(view, ...render(detail, go)))
    .catch((error: unknown) => replace(view, h("p", { class: "error-message", attrs: { role: "alert" } }, messageOf(error))));
  return view;
}

function render(detail: CategoryDetail, go: Go): Child[] {
  const card = detail.card;
  const images = new Set(detail.images.map((image) => image.file));
  const dataFields = detail.fields.filter((f) => !images.has(f.file));
  const imageFields = detail.fields.filter((f) => images.has(f.file));
  const coordinates = coordinateTables(dataFields);
  const records = h("div", { class: "records" });
  const tableButtons = detail.tables.map((t) =>
    h(
      "button",
      {
        attrs: { type: "button", "data-table": `${t.file}|${t.table}` },
        on: {
          click: (event) => {
            for (const b of tableButtons) b.setAttribute("aria-pressed", String(b === event.currentTarget));
            replace(records, recordsGrid(t.file, t.table));
          },
        },
      },
      `${t.table ? `${t.file} → ${t.table}` : t.file} (${formatCount(t.records)})`,
    ),
  );
  // The state and the counts follow the user's corrections; the lists below keep the fields they
  // showed (a field moved elsewhere stays, saying so, until the category is opened again).
  const badge = h("p", {});
  const counts = h("div", { class: "category-counts" });
  const showCard = (shown: CategoryCard): void => {
    badge.className = `badge state-${shown.state}`;
    replace(badge, CATEGORY_STATE[shown.state]);
    replace(counts, ...cardCounts(shown));
  };
  showCard(card);
  watchCorrections(counts, (update) => {
    const now = update.overview.categories.find((c) => c.id === card.id);
    if (now) showCard(now);
  });
  return [
    h("h1", {}, card.name),
    badge,
    h("p", { class: "lead" }, card.summary),
    h(
      "div",
      { class: "category-top" },
      h(
        "aside",
        { class: "explanation", attrs: { "aria-label": "Explanation" } },
        h("p", { class: "label" }, "Explanation by Dossier, not the company's words"),
        h("p", {}, detail.explanation),
      ),
      policyPassage(card.name, detail.sections, go),
    ),
    counts,
    dataFields.length > 0 ? h("h2", {}, "Fields") : null,
    dataFields.length > 0 ? fieldsTable(dataFields, { showFile: true, go }) : null,
    detail.data_fields > dataFields.length ? fieldsCut(dataFields.length, detail.data_fields) : null,
    imageFields.length > 0 ? h("h2", {}, "Fields of images") : null,
    imageFields.length > 0 ? imageFieldsTable(imageFields) : null,
    coordinates.length > 0 ? h("h2", {}, "Where") : null,
    ...coordinates.map(scatterMap),
    detail.tables.length > 0 ? h("h2", {}, "Records") : null,
    detail.tables.length > 0 ? h("div", { class: "table-picker", attrs: { role: "group", "aria-label": "Tables" } }, ...tableButtons) : null,
    records,
    detail.images.length > 0 ? h("h2", {}, `Images (${formatCount(detail.images.length)})`) : null,
    detail.images.length > 0 ? imageGrid(detail.images, go) : null,
  ];
}

function cardCounts(card: CategoryCard): Child[] {
  return [
    h(
      "p",
      { attrs: { "data-counts": "" } },
      `${countOf(card.records, "record")} and ${countOf(card.fields, "field")} in ${countOf(card.files.length, "file")}`,
      card.date_range ? `, dated ${card.date_range.from.slice(0, 10)} to ${card.date_range.to.slice(0, 10)}.` : ".",
    ),
    card.state === "disclosed_not_found"
      ? h("p", { class: "muted" }, "The policy says Clarifai may collect this kind of data, but this export holds none of it. If you expected some, you can ask the company about it.")
      : null,
  ];
}
