// The export by the policy's categories: counts, status, a chart of records, what could not be
// read or classified.

import { countOf, formatCount, h, nounFor, textTable } from "../dom";
import type { CategoryCard, Overview } from "../ipc/generated";
import type { Go } from "../route";
import { CATEGORY_STATE, SEVERITY, fieldLabel } from "./labels";

export function overviewView(overview: Overview, go: Go): HTMLElement {
  const found = overview.categories.filter((c) => c.state === "found").length;
  const f = overview.files;
  const attrs = { "data-view": "overview", "aria-labelledby": "overview-title" };
  const title = h("h1", { attrs: { id: "overview-title" } }, "What this export holds");
  // Ten cards of "0 records" would hide what happened: say it first, with what to do.
  if (f.read + f.partial === 0) {
    return h("section", { class: "view overview", attrs }, title, nothingRead(overview), overview.problems.length > 0 ? problemsSection(overview, go) : null);
  }
  return h(
    "section",
    { class: "view overview", attrs },
    title,
    h(
      "p",
      { class: "lead" },
      `Read against ${overview.policy}. ${found} of the policy's ${overview.categories.length} categories hold data in this export. ` +
        `${countOf(f.total, "file")}: ${formatCount(f.read)} read, ${formatCount(f.partial)} partly read, ${formatCount(f.failed)} not readable, ${formatCount(f.not_read)} of kinds Dossier does not read.`,
    ),
    h("ul", { class: "category-cards", attrs: { "aria-label": "Categories of the policy" } }, ...overview.categories.map((c) => categoryCard(c, go))),
    recordsChart(overview.categories),
    timeline(overview.categories),
    undisclosedSection(overview, go),
    problemsSection(overview, go),
    unclassifiedSection(overview, go),
  );
}

/** An export of which no file could be read: the empty zip, the cut-off one, the one of PDFs. */
function nothingRead(overview: Overview): HTMLElement {
  const f = overview.files;
  const what =
    f.total > 0
      ? `It lists ${countOf(f.total, "file")}: ${formatCount(f.failed)} could not be read and ${formatCount(f.not_read)} ${f.not_read === 1 ? "is" : "are"} of kinds Dossier does not read. The Files view lists them.`
      : overview.problems.length > 0
        ? "No file could be found in it: the archive is damaged (what Dossier found is listed below)."
        : "It is empty: the archive lists no files at all.";
  const todo =
    f.total > 0 && f.failed === 0
      ? "Dossier reads JSON, JSON Lines, CSV and TSV files, X's .js data files and images. If the company sent the data in another form, ask them for it in one of these (a GDPR export must be in a commonly used, machine-readable format)."
      : f.total === 0 && overview.problems.length === 0
        ? "Check that this is the file the company sent: download the export again and open the new file. If it is empty again, ask the company to send your data again; an empty export does not answer an access request."
        : "A download that was cut short looks like this: download the export again from the company's link and open the new file. If the new one is the same, ask the company to send your export again.";
  return h(
    "div",
    { class: "nothing-read", attrs: { role: "alert" } },
    h("h2", {}, "This export holds no files Dossier could read"),
    h("p", {}, what),
    h("p", {}, h("strong", {}, "What to do: "), todo),
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
        ` ${nounFor(card.records, "record")} · `,
        h("span", { class: "fields", attrs: { "data-count": "fields" } }, formatCount(card.fields)),
        ` ${nounFor(card.fields, "field")}`,
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

/** Share of the dated records whose categories may fall outside the timeline's axis at each end. */
const OUTLIER_SHARE = 0.01;

/**
 * The timeline's data is each category's earliest and latest date (the engine keeps a range per
 * field, not every date). One old date, such as a birth date among two years of activity, would
 * stretch the axis over decades and squeeze every bar into a sliver. So the axis covers where
 * most records are: at each end, categories that together hold at most 1% of the dated records
 * are left outside it, and their bars run off the axis, faded, with their dates said below.
 */
function timeline(categories: CategoryCard[]): HTMLElement | null {
  const time = (s: string) => Date.parse(s);
  const dated = categories.flatMap((c) => (c.date_range ? [{ card: c, from: time(c.date_range.from), to: time(c.date_range.to) }] : []));
  if (dated.length === 0) return null;
  const axis = mainRange(dated);
  const span = Math.max(1, axis.end - axis.start);
  const year = (t: number) => String(new Date(t).getUTCFullYear());
  const day = (s: string) => s.slice(0, 10);
  const outside = dated.filter((d) => d.from < axis.start || d.to > axis.end);
  return h(
    "section",
    { class: "chart timeline", attrs: { "aria-labelledby": "timeline-title" } },
    h("h2", { attrs: { id: "timeline-title" } }, "When the records are from"),
    h("div", { class: "bar-row axis", attrs: { "aria-hidden": "true" } }, h("span", {}), h("span", { class: "axis-years" }, h("span", {}, year(axis.start)), h("span", {}, year(axis.end))), h("span", {})),
    h(
      "div",
      { class: "bars", attrs: { role: "list" } },
      ...dated.map(({ card, from, to }) => {
        const before = from < axis.start;
        const after = to > axis.end;
        const shownFrom = Math.min(Math.max(from, axis.start), axis.end);
        const shownTo = Math.max(Math.min(to, axis.end), axis.start);
        const bar = h("span", { class: `bar range${before ? " before" : ""}${after ? " after" : ""}` });
        bar.style.marginLeft = `${((shownFrom - axis.start) / span) * 100}%`;
        bar.style.width = `${Math.max(0.8, ((shownTo - shownFrom) / span) * 100)}%`;
        return h(
          "div",
          { class: "bar-row", attrs: { role: "listitem" } },
          h("span", { class: "bar-label" }, card.name),
          h("span", { class: "bar-track" }, bar),
          h("span", { class: "bar-value small" }, `${day(card.date_range!.from)} – ${day(card.date_range!.to)}`),
        );
      }),
    ),
    outside.length > 0
      ? h(
          "p",
          { class: "muted small" },
          `The axis covers ${year(axis.start)} to ${year(axis.end)}, where nearly all the records are. A faded end marks a category whose dates go on beyond it: `,
          outside
            .map(({ card, from, to }) =>
              [from < axis.start ? `${card.name} from ${day(card.date_range!.from)}` : null, to > axis.end ? `${card.name} until ${day(card.date_range!.to)}` : null].filter(Boolean).join(", "),
            )
            .join("; ") + ".",
        )
      : null,
  );
}

/** The axis of the timeline: the dates of all but the outermost 1% of records at each end. */
function mainRange(dated: { card: { records: number }; from: number; to: number }[]): { start: number; end: number } {
  const total = dated.reduce((sum, d) => sum + d.card.records, 0);
  const allowed = total * OUTLIER_SHARE;
  const inner = (values: { at: number; records: number }[]): number => {
    let left = 0;
    for (const v of values) {
      left += v.records;
      if (left > allowed) return v.at;
    }
    return values[values.length - 1].at;
  };
  const start = inner(dated.map((d) => ({ at: d.from, records: d.card.records })).sort((a, b) => a.at - b.at));
  const end = inner(dated.map((d) => ({ at: d.to, records: d.card.records })).sort((a, b) => b.at - a.at));
  if (start < end) return { start, end };
  return { start: Math.min(...dated.map((d) => d.from)), end: Math.max(...dated.map((d) => d.to)) };
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
        h(
          "li",
          { class: `problem severity-${p.severity}` },
          h("span", { class: "badge" }, SEVERITY[p.severity]),
          " ",
          // The engine names the export itself (not a file in it) by the export's name; there is
          // no file to open for that (an export of one file is that file, which can be opened).
          p.path === overview.name && overview.source !== "file" ? h("span", { class: "path" }, `${p.path} (the export as a whole)`) : fileLink(p.path, p.path, go),
          h("span", { class: "problem-message" }, p.message),
        ),
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
