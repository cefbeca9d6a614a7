// The annotated policy: contents, the verbatim text with our notes beside each section, search
// with highlighted matches, and the category names linked to the data. The company's words,
// Dossier's explanations and the notes that state the law (with their sources) are labelled apart.

import { type Child, countOf, h, markText, replace, unmarkText } from "../dom";
import { commands, messageOf, policyOnce } from "../ipc/commands";
import type { PolicyAnnotation, PolicyBlock, PolicyDocument, PolicyHit, PolicySection } from "../ipc/generated";
import type { Go } from "../route";
import { noteSources } from "./note-sources";
import { snippet } from "./snippet";

const KIND_LABEL: Record<string, string> = {
  meaning: "What this means",
  right: "Your right",
  action: "What you can do",
  sharing: "Who gets it",
  retention: "How long",
  dated: "Out of date",
  transfer: "Sent abroad",
  gap: "Missing from the policy",
  contact: "Whom to write to",
};

/**
 * `go` is null when no export is open (the policy read from the start screen): the category names
 * then stay plain text, as there is no data for them to lead to.
 */
export function policyView(section: string | undefined, query: string | undefined, go: Go | null): HTMLElement {
  const view = h("section", { class: "view policy", attrs: { "data-view": "policy" } }, h("p", { class: "muted" }, "Loading the policy…"));
  policyOnce()
    .then((doc) => {
      replace(view, ...render(doc, go, query));
      if (section) reveal(view, section);
    })
    .catch((error: unknown) => replace(view, h("p", { class: "error-message", attrs: { role: "alert" } }, messageOf(error))));
  return view;
}

function render(doc: PolicyDocument, go: Go | null, initialQuery: string | undefined): Child[] {
  const body = h("div", { class: "policy-body" }, ...doc.sections.map((s) => sectionElement(s, doc, go)));
  const toc = h(
    "nav",
    { class: "policy-toc", attrs: { "aria-label": "Contents of the policy" } },
    h("h2", {}, "Contents"),
    h(
      "ol",
      {},
      ...doc.sections.map((s) =>
        h(
          "li",
          { class: `depth-${s.depth}` },
          h("button", { class: "link", attrs: { type: "button" }, on: { click: () => reveal(body, s.id) } }, s.title, s.title_added ? h("span", { class: "added", attrs: { title: "Title added by Dossier" } }, " *") : null),
        ),
      ),
    ),
    h("p", { class: "small muted" }, "* Title added by Dossier; the source has no heading there."),
  );
  return [
    h("h1", {}, doc.title),
    h("p", { class: "muted" }, `${doc.company} · effective ${doc.effective_date}`),
    h("p", { class: "disclaimer", attrs: { role: "note" } }, doc.disclaimer),
    readingKey(),
    go ? null : h("p", { class: "muted" }, "No export is open. Open one to see, from the policy's category names, the data the export holds for each."),
    ...searchBox(body, initialQuery),
    h("div", { class: "policy-layout" }, toc, body),
  ];
}

function sectionElement(section: PolicySection, doc: PolicyDocument, go: Go | null): HTMLElement {
  const notes = doc.annotations.filter((a) => a.section === section.id);
  const Heading = section.depth === 0 ? "h2" : "h3";
  const NoteHeading = section.depth === 0 ? "h3" : "h4";
  const text = h(
    "div",
    { class: "policy-text" },
    h(Heading, {}, section.title, section.title_added ? h("span", { class: "added-label" }, " (title added by Dossier)") : null),
    section.blocks.length > 0 ? h("p", { class: "origin origin-company" }, "The company's words") : null,
    ...section.blocks.map((b) => block(b, doc, go)),
  );
  // The words each note is about are underlined in the verbatim text.
  for (const verbatim of text.querySelectorAll(".verbatim")) markText(verbatim, notes.map((n) => n.quote), "quoted");
  return h(
    "article",
    { class: `policy-section depth-${section.depth}`, attrs: { id: `section-${section.id}`, "data-section": section.id, tabindex: "-1" } },
    text,
    h("div", { class: "annotations" }, ...notes.map((note) => annotation(note, NoteHeading))),
  );
}

function block(b: PolicyBlock, doc: PolicyDocument, go: Go | null): HTMLElement {
  switch (b.kind) {
    case "paragraph":
      return h("p", { class: "verbatim" }, ...linkCategories(b.text, doc, go));
    case "item":
      return h("p", { class: `verbatim item level-${b.level}` }, "• ", ...linkCategories(b.text, doc, go));
    case "table":
      // The cells wrap to the text column; the box scrolls sideways only if a cell still cannot.
      return h(
        "div",
        { class: "table-box" },
        h(
          "table",
          { class: "data verbatim" },
          h("thead", {}, h("tr", {}, ...b.header.map((cell) => h("th", { attrs: { scope: "col" } }, cell)))),
          h(
            "tbody",
            {},
            ...b.rows.map((row) =>
              h("tr", {}, ...row.map((cell, i) => h("td", { class: cell ? "" : "empty-cell" }, ...(cell ? (i === 0 ? linkCategories(cell, doc, go) : [cell]) : ["(empty in the source)"])))),
            ),
          ),
        ),
      );
  }
}

/** The text with every category name of the policy turned into a link to that category's data. */
function linkCategories(text: string, doc: PolicyDocument, go: Go | null): Child[] {
  if (!go) return [text];
  const names = [...doc.categories].sort((a, b) => b.name.length - a.name.length);
  const out: Child[] = [];
  let rest = text;
  while (rest.length > 0) {
    let best: { at: number; id: string; name: string } | null = null;
    for (const c of names) {
      const at = rest.indexOf(c.name);
      if (at >= 0 && (best === null || at < best.at)) best = { at, id: c.id, name: c.name };
    }
    if (!best) {
      out.push(rest);
      break;
    }
    const target = best;
    out.push(rest.slice(0, target.at));
    out.push(h("button", { class: "link category-link", attrs: { type: "button", title: "See this data in the export" }, on: { click: () => go({ view: "category", id: target.id }) } }, target.name));
    rest = rest.slice(target.at + target.name.length);
  }
  return out;
}

/**
 * What the three kinds of text on this page are. The same words label each note, so the key and
 * the page read alike; with the single disclaimer above it, this is all the page says about itself.
 */
function readingKey(): HTMLElement {
  const entry = (origin: string, label: string, meaning: string) =>
    h("li", {}, h("span", { class: `origin ${origin}` }, label), h("span", { class: "visually-hidden" }, ":"), " ", meaning);
  return h(
    "ul",
    { class: "reading-key", attrs: { "aria-label": "How to read this page" } },
    entry("origin-company", "The company's words", "the policy itself, copied unchanged; a gap in it stays a gap."),
    entry("origin-explanation", "Dossier's explanation", "what a passage means for you, in plain words."),
    entry("origin-law", "Law and facts, with sources", "a statement of the law, or of a fact beyond the policy, with links to where it can be checked and the day Dossier last checked them."),
  );
}

/** One of Dossier's notes: not a landmark (a section has several), but a heading of its own. */
function annotation(a: PolicyAnnotation, Heading: "h3" | "h4"): HTMLElement {
  const sourced = a.sources.length > 0;
  return h(
    "div",
    { class: `annotation kind-${a.kind}${sourced ? " sourced" : ""}` },
    h(
      Heading,
      { class: "annotation-kind" },
      h("span", { class: `origin ${sourced ? "origin-law" : "origin-explanation"}` }, sourced ? "Law and facts, with sources" : "Dossier's explanation"),
      h("span", { class: "visually-hidden" }, ": "),
      " ",
      KIND_LABEL[a.kind] ?? a.kind,
    ),
    h("blockquote", {}, a.quote),
    h("p", {}, a.note),
    noteSources(a.sources, a.checked),
  );
}

function reveal(root: HTMLElement, id: string): void {
  const target = root.querySelector<HTMLElement>(`[data-section="${CSS.escape(id)}"]`);
  if (!target) return;
  for (const el of root.querySelectorAll(".policy-section.current")) el.classList.remove("current");
  target.classList.add("current");
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}

/** The search bar (the field and the "Match n of m" line), which stays in view, then the hits. */
function searchBox(body: HTMLElement, initialQuery: string | undefined): HTMLElement[] {
  const input = h("input", { attrs: { type: "search", id: "policy-search", placeholder: "Search the policy, e.g. deletion", "aria-label": "Search the policy", autocomplete: "off" } });
  const results = h("ol", { class: "hits", attrs: { "aria-label": "Matching sections" } });
  const status = h("p", { class: "small muted", attrs: { role: "status" } });
  let hits: PolicyHit[] = [];
  let current = -1;
  let generation = 0;

  const select = (index: number) => {
    if (hits.length === 0) return;
    current = (index + hits.length) % hits.length;
    results.querySelectorAll("button").forEach((b, i) => b.setAttribute("aria-current", i === current ? "true" : "false"));
    replace(status, `Match ${current + 1} of ${hits.length}. Enter for the next, Shift+Enter for the previous.`);
    reveal(body, hits[current].section);
    // Highlight in the section the words the search matched (the engine's stems and synonyms
    // decide which; its snippet marks them).
    unmarkText(body, "found");
    const words = hits[current].snippet.filter((run) => run.marked).map((run) => run.text);
    const section = body.querySelector(`[data-section="${CSS.escape(hits[current].section)}"] .policy-text`);
    if (section) markText(section, words, "found");
  };

  const run = async (query: string) => {
    const mine = ++generation;
    if (!query.trim()) {
      hits = [];
      replace(results);
      replace(status);
      return;
    }
    const found = await commands.policySearch(query);
    if (mine !== generation) return;
    hits = found;
    current = -1;
    replace(
      results,
      ...found.map((hit, i) =>
        h(
          "li",
          {},
          h(
            "button",
            { class: "hit", attrs: { type: "button", "data-section": hit.section }, on: { click: () => select(i) } },
            h("span", { class: "hit-title" }, hit.section_title),
            hit.matched_in === "annotation" ? h("span", { class: "small muted" }, " (in Dossier's note)") : null,
            snippet(hit.snippet, hit.matched_in === "annotation" ? "snippet note-text" : "snippet"),
          ),
        ),
      ),
    );
    replace(status, found.length === 0 ? "No section matches." : `${countOf(found.length, "section")} ${found.length === 1 ? "matches" : "match"}. Press Enter to go to the first.`);
  };

  input.addEventListener("input", () => void run(input.value));
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      select(event.shiftKey ? current - 1 : current + 1);
      // Keep typing in the box without scrolling back up to it.
      input.focus({ preventScroll: true });
    }
  });
  if (initialQuery) {
    input.value = initialQuery;
    void run(initialQuery);
  }
  return [h("div", { class: "policy-search", attrs: { role: "search" } }, input, status), results];
}
