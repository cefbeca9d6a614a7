// What the policy itself says about one category: its row in each of the policy's category
// tables, with the cells the source leaves empty shown as empty, and links into the policy.

import { h, replace } from "../dom";
import { messageOf, policyOnce } from "../ipc/commands";
import type { PolicyDocument, SectionRef } from "../ipc/generated";
import type { Go } from "../route";

export function policyPassage(categoryName: string, sections: SectionRef[], go: Go): HTMLElement {
  const aside = h("aside", { class: "policy-passage", attrs: { "aria-labelledby": "passage-title" } }, h("h2", { attrs: { id: "passage-title" } }, "What the policy says"));
  policyOnce()
    .then((doc) => replace(aside, h("h2", { attrs: { id: "passage-title" } }, "What the policy says"), ...rows(doc, categoryName, go), links(sections, go)))
    .catch((error: unknown) => aside.appendChild(h("p", { class: "error-message" }, messageOf(error))));
  return aside;
}

function rows(doc: PolicyDocument, name: string, go: Go): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind !== "table") continue;
      const row = block.rows.find((cells) => cells[0] === name);
      if (!row) continue;
      out.push(
        h(
          "figure",
          { class: "passage" },
          h("figcaption", {}, h("button", { class: "link", attrs: { type: "button" }, on: { click: () => go({ view: "policy", section: section.id }) } }, titleOf(section))),
          h(
            "dl",
            { class: "facts" },
            ...block.header.slice(1).flatMap((title, i) => {
              const cell = row[i + 1] ?? "";
              return [h("dt", {}, title), h("dd", { class: cell ? "verbatim" : "empty-cell" }, cell || "Left empty in the policy.")];
            }),
          ),
        ),
      );
    }
  }
  if (out.length === 0) out.push(h("p", { class: "muted" }, "The policy's tables do not list this category by name."));
  return out;
}

function links(sections: SectionRef[], go: Go): HTMLElement | null {
  if (sections.length === 0) return null;
  return h(
    "p",
    {},
    "Sections about it: ",
    ...sections.flatMap((s, i) => [
      i > 0 ? ", " : "",
      h("button", { class: "link", attrs: { type: "button", "data-section": s.id }, on: { click: () => go({ view: "policy", section: s.id }) } }, titleOf(s)),
    ]),
  );
}

/** A section's title, marked when Dossier added it (the source has no heading there). */
function titleOf(section: { title: string; title_added: boolean }): string {
  return section.title + (section.title_added ? " (title added)" : "");
}
