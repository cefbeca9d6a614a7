// Thumbnails of images inside the export, served by the app's dossier:// protocol straight from
// the export; nothing is extracted to disk. Beside each: what the image file itself holds, and
// what other files of the export say about it (tags and predictions), with where that came from.

import { convertFileSrc } from "@tauri-apps/api/core";
import { type Child, countOf, formatCount, h, replace } from "../dom";
import { commands, messageOf } from "../ipc/commands";
import type { ImageCard, ImageLinksView, TagSource } from "../ipc/generated";
import type { Go } from "../route";

/** Thumbnails added at a time; "Show more" adds the next ones. */
const BATCH = 60;

export function imageUrl(path: string): string {
  return convertFileSrc(path, "dossier");
}

export function imageGrid(images: ImageCard[], go: Go): HTMLElement {
  const status = h("p", { class: "muted small", attrs: { role: "status" } }, "Looking for what the export's other files say about these images…");
  const problems = h("div", {});
  const list = h("ul", { class: "thumbnails" });
  // After "Show more", focus goes to the first image it added, so a keyboard user goes on from
  // there (the button hides itself once every image is shown).
  const more = h("button", { attrs: { type: "button" }, on: { click: () => showNext()?.focus() } });
  const linkedCount = { images: 0 };
  let shown = 0;

  /** Adds the next batch; returns the button of its first image. */
  const showNext = (): HTMLElement | null => {
    const batch = images.slice(shown, shown + BATCH);
    const slots = new Map<string, HTMLElement>();
    const cards = batch.map((image) => imageCard(image, go, slots));
    list.append(...cards);
    shown += batch.length;
    const rest = images.length - shown;
    more.hidden = rest === 0;
    replace(more, rest <= BATCH ? `Show the other ${countOf(rest, "image")}` : `Show ${formatCount(BATCH)} more images (${formatCount(rest)} not shown yet)`);
    commands
      .imageLinks(batch.map((image) => image.file))
      .then((view) => {
        for (const image of view.images) {
          const slot = slots.get(image.file);
          if (slot) replace(slot, ...linkedSources(image.sources));
        }
        linkedCount.images += view.images.length;
        replace(
          status,
          linkedCount.images === 0
            ? "No other file of the export links to these images."
            : `Tags and predictions from other files of the export, for ${formatCount(linkedCount.images)} of the ${countOf(shown, "image")} shown. Each says which file it comes from and which field linked it to the image.`,
        );
        replace(problems, ...linkProblems(view));
      })
      .catch((error: unknown) => {
        status.className = "error-message";
        replace(status, messageOf(error));
      });
    return cards[0]?.querySelector<HTMLElement>(".thumbnail") ?? null;
  };
  showNext();
  return h("div", {}, status, list, problems, more);
}

function imageCard(image: ImageCard, go: Go, slots: Map<string, HTMLElement>): HTMLElement {
  const linked = h("div", { class: "image-links" });
  slots.set(image.file, linked);
  return h(
    "li",
    { class: "image-card", attrs: { "data-image": image.file } },
    h(
      "button",
      { class: "thumbnail", attrs: { type: "button", title: image.file }, on: { click: () => go({ view: "files", path: image.file }) } },
      h("img", { attrs: { src: imageUrl(image.file), alt: `Image ${image.file}`, loading: "lazy", width: 120, height: 120 } }),
      h("span", { class: "small path" }, image.file.split("/").pop() ?? image.file),
    ),
    h(
      "div",
      { class: "image-about" },
      image.facts.length > 0
        ? h(
            "dl",
            { class: "image-facts", attrs: { "aria-label": "Held in the image file" } },
            ...image.facts.flatMap((fact) => [h("dt", {}, fact.field.replace(/^exif\./, "")), h("dd", {}, fact.value)]),
          )
        : null,
      linked,
    ),
  );
}

/**
 * What other files say about one image: per file, a block for each model with its tags (or
 * counted rows), then which field linked the file to the image.
 */
export function linkedSources(sources: TagSource[]): HTMLElement[] {
  const groups: TagSource[][] = [];
  for (const source of sources) {
    const last = groups[groups.length - 1];
    if (last && origin(last[0]) === origin(source)) last.push(source);
    else groups.push([source]);
  }
  return groups.map((group) =>
    // Not a landmark: a page of images holds dozens of these, and each ends with where it is from.
    h("div", { class: "tag-source" }, ...group.flatMap(sourceBody), h("p", { class: "tag-origin muted" }, origin(group[0]))),
  );
}

function sourceBody(source: TagSource): Child[] {
  const tagged = source.tags.length > 0;
  return [
    source.model ? h("p", { class: "tag-model" }, h("span", { class: "muted" }, tagged ? "Tags by " : "By "), source.model) : null,
    tagged
      ? h(
          "ul",
          { class: "tags", attrs: { "aria-label": source.model ? `Tags by ${source.model}` : `Tags from ${source.file}` } },
          ...source.tags.map((tag) => h("li", { class: "tag" }, h("span", { class: "tag-name" }, tag.name), tag.score ? " " : null, tag.score ? h("span", { class: "tag-score" }, tag.score) : null)),
        )
      : null,
    source.more_tags > 0 ? h("p", { class: "muted" }, `and ${formatCount(source.more_tags)} more`) : null,
    ...source.counts.map((count) => h("p", { class: "tag-count" }, `${count.what}: ${formatCount(count.count)}`)),
    !tagged && source.counts.length === 0 ? h("p", { class: "tag-count" }, countOf(source.records, "record")) : null,
  ];
}

function origin(source: TagSource): string {
  const through = source.through ? ` (the ${source.through.key_field} of this image in ${source.through.file})` : "";
  return `From ${source.file}, linked by ${source.field}${through}`;
}

export function linkProblems(view: ImageLinksView): HTMLElement[] {
  return view.problems.map((problem) => h("p", { class: "error-message" }, `${problem.path}: ${problem.message}`));
}
