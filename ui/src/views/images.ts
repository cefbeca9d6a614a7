// Thumbnails of images inside the export, served by the app's dossier:// protocol straight from
// the export; nothing is extracted to disk.

import { convertFileSrc } from "@tauri-apps/api/core";
import { h } from "../dom";
import type { Go } from "../route";

/** Thumbnails rendered at once; more are a click away in the files view. */
const MAX_THUMBNAILS = 60;

export function imageUrl(path: string): string {
  return convertFileSrc(path, "dossier");
}

export function imageGrid(paths: string[], go: Go): HTMLElement {
  const shown = paths.slice(0, MAX_THUMBNAILS);
  return h(
    "div",
    {},
    h(
      "ul",
      { class: "thumbnails" },
      ...shown.map((path) =>
        h(
          "li",
          {},
          h(
            "button",
            { class: "thumbnail", attrs: { type: "button", title: path }, on: { click: () => go({ view: "files", path }) } },
            h("img", { attrs: { src: imageUrl(path), alt: `Image ${path}`, loading: "lazy", width: 120, height: 120 } }),
            h("span", { class: "small path" }, path.split("/").pop() ?? path),
          ),
        ),
      ),
    ),
    paths.length > shown.length ? h("p", { class: "muted small" }, `${paths.length - shown.length} more images are listed in Files.`) : null,
  );
}
