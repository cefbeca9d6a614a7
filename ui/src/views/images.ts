// Thumbnails of images inside the export, served by the app's dossier:// protocol straight from
// the export; nothing is extracted to disk.

import { convertFileSrc } from "@tauri-apps/api/core";
import { h } from "../dom";
import type { ImageCard } from "../ipc/generated";
import type { Go } from "../route";

/** Thumbnails rendered at once; more are a click away in the files view. */
const MAX_THUMBNAILS = 60;

export function imageUrl(path: string): string {
  return convertFileSrc(path, "dossier");
}

export function imageGrid(images: ImageCard[], go: Go): HTMLElement {
  const shown = images.slice(0, MAX_THUMBNAILS);
  return h(
    "div",
    {},
    h(
      "ul",
      { class: "thumbnails" },
      ...shown.map((image) =>
        h(
          "li",
          { class: "image-card" },
          h(
            "button",
            { class: "thumbnail", attrs: { type: "button", title: image.file }, on: { click: () => go({ view: "files", path: image.file }) } },
            h("img", { attrs: { src: imageUrl(image.file), alt: `Image ${image.file}`, loading: "lazy", width: 120, height: 120 } }),
            h("span", { class: "small path" }, image.file.split("/").pop() ?? image.file),
          ),
          image.facts.length > 0
            ? h(
                "dl",
                { class: "image-facts", attrs: { "aria-label": "Held in the image file" } },
                ...image.facts.flatMap((fact) => [h("dt", {}, fact.field.replace(/^exif\./, "")), h("dd", {}, fact.value)]),
              )
            : null,
        ),
      ),
    ),
    images.length > shown.length ? h("p", { class: "muted small" }, `${images.length - shown.length} more images are listed in Files.`) : null,
  );
}
