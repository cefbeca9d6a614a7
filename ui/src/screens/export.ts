// The open export: the ten categories as the main navigation, then the files and the policy,
// and the user's corrections, beside the view the user is in.

import { chooseAndApply, chooseAndSave, onCorrections } from "../corrections";
import { chooseAndSaveReport } from "../report";
import { countOf, formatCount, h, replace } from "../dom";
import { messageOf } from "../ipc/commands";
import type { CategoryCard, CorrectionsState, FieldView, Overview } from "../ipc/generated";
import { type Go, type Route } from "../route";
import { categoryView } from "../views/category";
import { filesView } from "../views/files";
import { letterView } from "../views/letter";
import { overviewView } from "../views/overview";
import { fieldLabel } from "../views/labels";
import { policyView } from "../views/policy";
import { valuesView } from "../views/values";

export interface ExportScreen {
  element: HTMLElement;
  show: (route: Route) => void;
  /** Says something about the corrections in the sidebar (and to screen readers). */
  say: (message: string, failed?: boolean) => void;
}

export function exportScreen(first: Overview, go: Go): ExportScreen {
  let overview = first;
  let route: Route = { view: "overview" };
  const content = h("div", { class: "content", attrs: { id: "content", tabindex: "-1" } });
  const navButton = (label: HTMLElement | string, to: Route, key: string, extra?: HTMLElement) =>
    h("li", {}, h("button", { class: "nav-item", attrs: { type: "button", "data-nav": key }, on: { click: () => go(to) } }, label, extra ?? null));
  const counts = new Map<string, HTMLElement>();
  const navCount = (c: CategoryCard): HTMLElement => {
    const count = h("span", {});
    counts.set(c.id, count);
    return count;
  };
  const showCounts = (categories: CategoryCard[]): void => {
    for (const c of categories) {
      const count = counts.get(c.id);
      if (!count) continue;
      count.className = `nav-count state-${c.state}`;
      count.setAttribute("aria-label", countOf(c.records, "record"));
      replace(count, formatCount(c.records));
    }
  };

  const corrections = correctionsPanel(() => overview.corrections);
  const reportStatus = h("p", { class: "small report-status", attrs: { role: "status" } });
  const reportButton = h("button", { attrs: { type: "button", id: "save-report" }, on: { click: () => void chooseAndSaveReport(reportStatus) } }, "Save report…");
  const nav = h(
    "nav",
    { class: "sidebar", attrs: { "aria-label": "Export" } },
    h("ul", {}, navButton("Overview", { view: "overview" }, "overview")),
    h("h2", { class: "nav-heading" }, "Categories of the policy"),
    h("ul", { class: "nav-categories" }, ...overview.categories.map((c) => navButton(h("span", { class: "nav-label" }, c.name), { view: "category", id: c.id }, `category:${c.id}`, navCount(c)))),
    h("h2", { class: "nav-heading" }, "Sources"),
    h("ul", {}, navButton("Files", { view: "files" }, "files"), navButton("The policy", { view: "policy" }, "policy")),
    h("h2", { class: "nav-heading" }, "Ask the company"),
    h("ul", {}, navButton("Follow-up request", { view: "letter" }, "letter")),
    h("div", { class: "report-actions" }, reportButton, reportStatus),
    corrections.element,
  );
  showCounts(overview.categories);
  // Keyboard users reach the content without tabbing through the fourteen navigation entries.
  const skip = h("button", { class: "skip-link", attrs: { type: "button" }, on: { click: () => content.focus() } }, "Skip to the content");
  const element = h("div", { class: "export-layout", attrs: { "data-screen": "export" } }, skip, nav, content);

  const viewOf = (to: Route): HTMLElement =>
    to.view === "overview" ? overviewView(overview, go) : to.view === "category" ? categoryView(to.id, go) : to.view === "files"
          ? filesView(to.path, to.record)
          : to.view === "values"
            ? valuesView(to.query, to.wholeWord, go)
            : to.view === "letter"
              ? letterView()
              : policyView(to.section, to.query, go);

  onCorrections(
    (update) => {
      overview = update.overview;
      showCounts(overview.categories);
      corrections.show(overview.corrections);
      const said = update.message ?? movedMessage(update.fields);
      if (said) corrections.say(said);
      // The overview is all counts: it is drawn again. Other views update their own parts.
      if (route.view === "overview") replace(content, viewOf(route));
    },
    (state) => {
      overview = { ...overview, corrections: state };
      corrections.show(state);
      corrections.say(state.file ? `Saved to ${state.file}.` : "Saved.");
    },
    overview.categories.map((c) => c.name),
  );

  return {
    element,
    show(to) {
      route = to;
      const key = to.view === "category" ? `category:${to.id}` : to.view;
      for (const b of nav.querySelectorAll("[data-nav]")) b.setAttribute("aria-current", b.getAttribute("data-nav") === key ? "page" : "false");
      replace(content, viewOf(to));
      content.scrollTop = 0;
      content.focus({ preventScroll: true });
    },
    say: (message, failed) => corrections.say(message, failed),
  };
}

/** What a change did to the fields it was about, in words. */
function movedMessage(fields: FieldView[]): string | null {
  const f = fields[0];
  if (!f) return null;
  const name = fields.length === 1 ? `“${fieldLabel(f.file, f.table, f.field)}”` : `${formatCount(fields.length)} fields “${f.field || "(the image itself)"}”`;
  return f.correction ? `Moved ${name} to ${f.category ?? "Not personal data"}.` : `${name} has the rules' label again: ${f.category ?? "Unclassified"}.`;
}

/** How many corrections there are, whether they are saved, and the ways to save and apply them. */
function correctionsPanel(state: () => CorrectionsState) {
  const summary = h("p", { class: "corrections-summary small", attrs: { "data-corrections": "" } });
  const status = h("p", { class: "corrections-status small", attrs: { role: "status" } });
  const say = (message: string, failed = false): void => {
    status.classList.toggle("failed", failed);
    replace(status, message);
  };
  const run = (action: () => Promise<unknown>): void => {
    action().catch((error: unknown) => say(messageOf(error), true));
  };
  const saveButton = h("button", { attrs: { type: "button", id: "save-corrections" }, on: { click: () => run(chooseAndSave) } }, "Save corrections…");
  const applyButton = h("button", { attrs: { type: "button", id: "apply-corrections" }, on: { click: () => run(chooseAndApply) } }, "Apply corrections…");
  const show = (s: CorrectionsState): void => {
    const count = Number(s.fields) + Number(s.files);
    saveButton.disabled = count === 0;
    const file = s.file ? s.file.split(/[\\/]/).pop() : null;
    replace(
      summary,
      count === 0
        ? "None yet. Move a field to another category from its list; nothing is written anywhere unless you save."
        : `${countOf(count, "correction")}${s.unsaved ? ", not saved yet" : file ? `, in ${file}` : ""}.`,
    );
    if (s.file) summary.setAttribute("title", s.file);
  };
  show(state());
  const element = h(
    "section",
    { class: "corrections", attrs: { "aria-labelledby": "corrections-title" } },
    h("h2", { class: "nav-heading", attrs: { id: "corrections-title" } }, "Your corrections"),
    summary,
    h("div", { class: "corrections-actions" }, saveButton, applyButton),
    status,
  );
  return { element, show, say };
}
