// The export by the policy's categories: counts, status, a chart of records, what could not be
// read or classified.

import { formatCount, h, textTable } from "../dom";
import type { CategoryCard, Overview } from "../ipc/generated";
import type { Go } from "../route";
import { CATEGORY_STATE, SEVERITY, fieldLabel } from "./labels";

export function overviewView(overview: Overview, go: Go): HTMLElement {
  const found = overview.categories.filter((c) => c.state === "found").length;
  const f = overview.files;
  return h(
    "section",
    { class: "view overview", attrs: { "data-view": "overview", "aria-labelledby": "overview-title" } },
    h("h1", { attrs: { id: "overview-title" } }, "What this export holds"),
    h(
      "p",
      { class: "lead" },
      `Read against ${overview.policy}. ${found} of the policy's ${overview.categories.length} categories hold data in this export. ` +
        `${formatCount(f.total)} files: ${formatCount(f.read)} read, ${formatCount(f.partial)} partly read, ${formatCount(f.failed)} not readable, ${formatCount(f.not_read)} of kinds Dossier does not read.`,
    ),
    h("ul", { class: "category-cards", attrs: { "aria-label": "Categories of the policy" } }, ...overview.categories.map((c) => categoryCard(c, go))),
    recordsChart(overview.categories),
    timeline(overview.categories),
    undisclosedSection(overview, go),
    problemsSection(overview, go),
    unclassifiedSection(overview, go),
  );
}

function categoryCard(card: CategoryCard, go: Go): HTMLElement {
  return h(
    "li",
    { class: `category-card state-${card.state}`, attrs: { "data-category": card.id } },
    h(
      "button",
      { class: "card-button", attrs: { type: "button" }, on: { click: () => go({ view: "category", id: card.id }) } },
      h("span", { class: "card-name" }, card.name),
      h("span", { class: "card-summary" }, card.summary),
      h(
        "span",
        { class: "card-counts" },
        h("span", { class: "records", attrs: { "data-count": "records" } }, formatCount(card.records)),
        " records · ",
        h("span", { class: "fields", attrs: { "data-count": "fields" } }, formatCount(card.fields)),
        " fields",
      ),
      h("span", { class: `badge state-${card.state}` }, CATEGORY_STATE[card.state]),
    ),
  );
}

function recordsChart(categories: CategoryCard[]): HTMLElement {
  const max = Math.max(1, ...categories.map((c) => c.records));
  return h(
    "section",
    { class: "chart", attrs: { "aria-labelledby": "chart-title" } },
    h("h2", { attrs: { id: "chart-title" } }, "Records per category"),
    h(
      "div",
      { class: "bars", attrs: { role: "list" } },
      ...categories.map((c) => {
        const bar = h("span", { class: "bar" });
        // A log scale keeps small categories visible next to tens of thousands of events.
        bar.style.width = `${c.records === 0 ? 0 : Math.max(2, (Math.log10(c.records + 1) / Math.log10(max + 1)) * 100)}%`;
        return h(
          "div",
          { class: "bar-row", attrs: { role: "listitem" } },
          h("span", { class: "bar-label" }, c.name),
          h("span", { class: "bar-track" }, bar),
          h("span", { class: "bar-value" }, formatCount(c.records)),
        );
      }),
    ),
    h("p", { class: "muted small" }, "Bar lengths use a logarithmic scale."),
  );
}

function timeline(categories: CategoryCard[]): HTMLElement | null {
  const dated = categories.filter((c) => c.date_range);
  if (dated.length === 0) return null;
  const time = (s: string) => Date.parse(s);
  const start = Math.min(...dated.map((c) => time(c.date_range!.from)));
  const end = Math.max(...dated.map((c) => time(c.date_range!.to)));
  const span = Math.max(1, end - start);
  const year = (t: number) => String(new Date(t).getUTCFullYear());
  return h(
    "section",
    { class: "chart timeline", attrs: { "aria-labelledby": "timeline-title" } },
    h("h2", { attrs: { id: "timeline-title" } }, "When the records are from"),
    h("div", { class: "bar-row axis", attrs: { "aria-hidden": "true" } }, h("span", {}), h("span", { class: "axis-years" }, h("span", {}, year(start)), h("span", {}, year(end))), h("span", {})),
    h(
      "div",
      { class: "bars", attrs: { role: "list" } },
      ...dated.map((c) => {
        const range = c.date_range!;
        const bar = h("span", { class: "bar range" });
        bar.style.marginLeft = `${((time(range.from) - start) / span) * 100}%`;
        bar.style.width = `${Math.max(0.8, ((time(range.to) - time(range.from)) / span) * 100)}%`;
        return h(
          "div",
          { class: "bar-row", attrs: { role: "listitem" } },
          h("span", { class: "bar-label" }, c.name),
          h("span", { class: "bar-track" }, bar),
          h("span", { class: "bar-value small" }, `${range.from.slice(0, 10)} – ${range.to.slice(0, 10)}`),
        );
      }),
    ),
  );
}

function undisclosedSection(overview: Overview, go: Go): HTMLElement | null {
  if (overview.undisclosed.length === 0) return null;
  return h(
    "section",
    { attrs: { "aria-labelledby": "undisclosed-title" } },
    h("h2", { attrs: { id: "undisclosed-title" } }, "Found but not disclosed"),
    h("p", { class: "muted" }, "These fields look like personal data that none of the policy's categories covers."),
    textTable(
      ["Field", "Looks like", "Why"],
      overview.undisclosed.map((f) => [fileLink(f.file, fieldLabel(f.file, f.table, f.field), go), f.undisclosed ?? "", f.evidence]),
    ),
  );
}

function problemsSection(overview: Overview, go: Go): HTMLElement {
  const heading = h("h2", { attrs: { id: "problems-title" } }, "What could not be read");
  if (overview.problems.length === 0) {
    return h("section", { attrs: { "aria-labelledby": "problems-title" } }, heading, h("p", { class: "muted" }, "Every file was read without problems."));
  }
  return h(
    "section",
    { class: "problems", attrs: { "aria-labelledby": "problems-title" } },
    heading,
    h(
      "ul",
      {},
      ...overview.problems.map((p) =>
        h("li", { class: `problem severity-${p.severity}` }, h("span", { class: "badge" }, SEVERITY[p.severity]), " ", fileLink(p.path, p.path, go), h("span", { class: "problem-message" }, p.message)),
      ),
    ),
  );
}

function unclassifiedSection(overview: Overview, go: Go): HTMLElement {
  const heading = h("h2", { attrs: { id: "unclassified-title" } }, "Fields without a category");
  if (overview.unclassified.length === 0) {
    return h("section", { attrs: { "aria-labelledby": "unclassified-title" } }, heading, h("p", { class: "muted" }, "Every field was assigned to a category."));
  }
  return h(
    "section",
    { attrs: { "aria-labelledby": "unclassified-title" } },
    heading,
    h("p", { class: "muted" }, "Dossier leaves a field unclassified rather than guess. These are listed so nothing is hidden."),
    textTable(
      ["Field", "Examples", "Why"],
      overview.unclassified.map((f) => [fileLink(f.file, `${f.file} : ${fieldLabel(f.file, f.table, f.field)}`, go), f.examples.join(", "), f.evidence]),
    ),
  );
}

function fileLink(path: string, label: string, go: Go): HTMLElement {
  return h("button", { class: "link", attrs: { type: "button" }, on: { click: () => go({ view: "files", path }) } }, label);
}
