// A search hit's snippet: the words around a match, the matched words marked.

import { h } from "../dom";
import type { SnippetRun } from "../ipc/generated";

/**
 * The policy's tables reach the search index as cells joined by " | ", so a row with empty cells
 * reads "Biometric Data | | | Other Visual Information". Each separator, or run of them (empty
 * cells), becomes one " · ", so the snippet shows the words and not the table's seams.
 */
export function tidySnippetText(text: string): string {
  return text.replace(/\s*\|(?:\s*\|)*\s*/g, " · ");
}

export function snippet(runs: SnippetRun[], className = "snippet"): HTMLElement {
  const last = runs.length - 1;
  return h(
    "span",
    { class: className },
    ...runs.map((run, i) => {
      let text = tidySnippetText(run.text);
      // A row's empty cells at the very start or end of the snippet leave nothing to separate.
      if (i === 0) text = text.replace(/^ · /, "");
      if (i === last) text = text.replace(/ · $/, "");
      return run.marked ? h("mark", {}, text) : text;
    }),
  );
}
