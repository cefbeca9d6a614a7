// Shown while an export is read: progress that fills in, and a way to stop.

import { countOf, formatBytes, formatCount, h, nounFor, replace } from "../dom";
import type { OpenProgress } from "../ipc/generated";
import { onPresenterChange, presenterOn } from "../presenter";

export interface OpeningScreen {
  element: HTMLElement;
  update: (progress: OpenProgress) => void;
}

export function openingScreen(path: string, cancel: () => void): OpeningScreen {
  const bar = h("progress", { attrs: { max: 1, "aria-label": "Files read" } });
  const status = h("p", { class: "muted", attrs: { role: "status" } }, "Listing the files…");
  const last = h("p", { class: "muted path" });
  const soFar = h("ul", { class: "so-far", attrs: { "aria-label": "Records found so far, by category" } });
  // The path names the person's export: presenter mode leaves it out, even when turned on now.
  const chosen = h("p", { class: "path" }, presenterOn() ? "" : path);
  const stop = onPresenterChange((on) => {
    if (!chosen.isConnected) stop();
    else if (on) replace(chosen, "");
  });
  const element = h(
    "section",
    { class: "opening", attrs: { "data-screen": "opening", "aria-labelledby": "opening-title" } },
    h("h1", { attrs: { id: "opening-title" } }, "Reading the export"),
    chosen,
    bar,
    status,
    last,
    h("button", { attrs: { type: "button", id: "cancel-open" }, on: { click: cancel } }, "Cancel"),
    soFar,
  );
  return {
    element,
    update(progress) {
      if (progress.files_total) {
        bar.max = progress.files_total;
        bar.value = progress.files_done;
      }
      const total = progress.files_total ? ` of ${formatCount(progress.files_total)}` : "";
      replace(
        status,
        `${formatCount(progress.files_done)}${total} ${nounFor(progress.files_total ?? progress.files_done, "file")} read · ${countOf(progress.records, "record")} · ${formatBytes(progress.bytes_read)}`,
      );
      replace(last, progress.last_file);
      replace(
        soFar,
        ...progress.categories.map((c) =>
          h("li", { class: c.records > 0 ? "" : "muted" }, h("span", {}, c.name), h("span", { class: "count" }, formatCount(c.records))),
        ),
      );
    },
  };
}
