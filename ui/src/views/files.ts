// The export's own files, folder by folder, and one file in detail: its fields with their
// categories, its records, or the image itself.

import { watchCorrections } from "../corrections";
import { formatBytes, formatCount, h, replace } from "../dom";
import { commands, messageOf } from "../ipc/commands";
import type { FileDetail, FileEntry } from "../ipc/generated";
import { fieldsCut, fieldsTable } from "./fields";
import { recordsGrid } from "./grid";
import { fileText } from "./file-text";
import { imageUrl, linkedSources, linkProblems } from "./images";
import { FILE_STATE } from "./labels";
import type { RecordRef } from "../route";

/** `record`, when given, is picked in the selected file's records grid (a search hit). */
export function filesView(selected: string | undefined, record?: RecordRef): HTMLElement {
  const list = h("nav", { class: "file-tree", attrs: { "aria-label": "Files in the export" } }, h("p", { class: "muted" }, "Loading…"));
  const detail = h("div", { class: "file-detail" }, h("p", { class: "muted" }, selected ? "Loading…" : "Choose a file to see its fields and records."));
  // Says which file is shown once it is, for screen readers; focus stays where the user chose it.
  const status = h("p", { class: "visually-hidden", attrs: { role: "status" } });
  let shown = selected;
  const show = (path: string): void => {
    shown = path;
    replace(status);
    replace(detail, h("p", { class: "muted" }, "Loading…"));
    commands
      .fileDetail(path)
      .then((file) => {
        if (shown !== path) return;
        // The record a search hit names belongs to the file first shown, not to one chosen later.
        replace(detail, ...fileDetail(file, path === selected ? record : undefined));
        replace(status, `Showing ${path}`);
      })
      .catch((error: unknown) => replace(detail, h("p", { class: "error-message", attrs: { role: "alert" } }, messageOf(error))));
  };
  // Choosing a file in the tree shows it beside the tree without rebuilding the view, so focus
  // stays on the chosen entry instead of going back to the top of the content.
  const choose = (path: string): void => {
    for (const b of list.querySelectorAll("[data-path]")) b.setAttribute("aria-current", String(b.getAttribute("data-path") === path));
    show(path);
    const pane = view.closest<HTMLElement>("#content, main");
    if (pane && detail.getBoundingClientRect().top < pane.getBoundingClientRect().top) detail.scrollIntoView({ block: "start" });
  };
  commands
    .files()
    .then((files) => replace(list, tree(files, selected, choose)))
    .catch((error: unknown) => replace(list, h("p", { class: "error-message" }, messageOf(error))));
  if (selected) show(selected);
  const view = h("section", { class: "view files", attrs: { "data-view": "files" } }, h("h1", {}, "Files"), status, h("div", { class: "files-layout" }, list, detail));
  return view;
}

/** Folders with more files than this start closed, and their files are put on the page only
 * when opened: a photo folder of 10,000 files would otherwise be 10,000 tab stops. */
const OPEN_FOLDER_FILES = 40;

function tree(files: FileEntry[], selected: string | undefined, choose: (path: string) => void): HTMLElement {
  const folders = new Map<string, FileEntry[]>();
  for (const file of files) {
    const cut = file.path.lastIndexOf("/");
    const folder = cut < 0 ? "" : file.path.slice(0, cut);
    const entries = folders.get(folder);
    if (entries) entries.push(file);
    else folders.set(folder, [file]);
  }
  return h(
    "ul",
    { class: "folders" },
    ...[...folders.entries()].map(([folder, entries]) => {
      const list = h("ul", {});
      const fill = (): void => {
        if (list.childElementCount > 0) return;
        list.append(...entries.map((file) => h("li", {}, fileButton(file, folder, selected, choose))));
      };
      const holdsSelected = selected !== undefined && entries.some((file) => file.path === selected);
      const open = entries.length <= OPEN_FOLDER_FILES || holdsSelected;
      const name = folder ? `${folder}/` : "(top level)";
      const folderBox = h(
        "details",
        { class: "folder-box", attrs: { open } },
        h("summary", { class: "folder" }, name, entries.length > OPEN_FOLDER_FILES ? h("span", { class: "muted" }, ` (${formatCount(entries.length)} files)`) : null),
        list,
      );
      if (open) fill();
      folderBox.addEventListener("toggle", () => {
        if (folderBox.open) fill();
      });
      return h("li", {}, folderBox);
    }),
  );
}

function fileButton(file: FileEntry, folder: string, selected: string | undefined, choose: (path: string) => void): HTMLElement {
  return h(
    "button",
    {
      class: `file-link state-${file.state}`,
      attrs: { type: "button", "aria-current": file.path === selected ? "true" : null, "data-path": file.path },
      on: { click: () => choose(file.path) },
    },
    file.path.slice(folder ? folder.length + 1 : 0),
  );
}

function fileDetail(detail: FileDetail, record: RecordRef | undefined): HTMLElement[] {
  const f = detail.file;
  // The file's categories follow the user's corrections of its fields.
  const categories = h("dd", { attrs: { "data-fact": "categories" } }, categoriesOf(f));
  watchCorrections(categories, (update) => {
    const now = update.files.find((entry) => entry.path === f.path);
    if (now) replace(categories, categoriesOf(now));
  });
  const parts: HTMLElement[] = [
    h("h2", { class: "path" }, f.path),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Status"),
      h("dd", {}, FILE_STATE[f.state]),
      h("dt", {}, "Size"),
      h("dd", {}, formatBytes(f.size)),
      h("dt", {}, "Records"),
      h("dd", {}, formatCount(f.records)),
      h("dt", {}, "Categories"),
      categories,
    ),
  ];
  for (const problem of detail.problems) parts.push(h("p", { class: "error-message" }, problem.message));
  if (f.kind === "image") {
    parts.push(h("figure", { class: "image-view" }, h("img", { attrs: { src: imageUrl(f.path), alt: `Image ${f.path}` } }), h("figcaption", { class: "small muted" }, "Shown from inside the export; not copied to disk.")));
    parts.push(h("h3", {}, "What other files say about it"), imageLinks(f.path));
  }
  if (detail.fields.length > 0) {
    parts.push(h("h3", {}, "Fields"), fieldsTable(detail.fields, { showFile: false }));
    if (detail.field_count > detail.fields.length) parts.push(fieldsCut(detail.fields.length, detail.field_count));
  }
  if (f.kind !== "image" && f.state !== "not_read") parts.push(...contents(detail, record));
  return parts;
}

function categoriesOf(file: FileEntry): string {
  return file.categories.length > 0 ? file.categories.join(" · ") : "None";
}

/** The file's records, or its own text (as a tree for JSON), one at a time. */
function contents(detail: FileDetail, record: RecordRef | undefined): HTMLElement[] {
  const f = detail.file;
  const area = h("div", { class: "file-contents" });
  const modes: [string, () => HTMLElement[]][] = [];
  if (detail.tables.length > 0) modes.push(["Records", () => detail.tables.map((t) => recordsGrid(t.file, t.table, record?.table === t.table ? record : undefined))]);
  if (f.kind === "json") modes.push(["JSON tree", () => [fileText(f.path, true)]]);
  modes.push(["Text", () => [fileText(f.path, false)]]);
  const buttons = modes.map(([label, render]) =>
    h(
      "button",
      {
        attrs: { type: "button", "data-mode": label, "aria-pressed": "false" },
        on: {
          click: (event) => {
            for (const b of buttons) b.setAttribute("aria-pressed", String(b === event.currentTarget));
            replace(area, ...render());
          },
        },
      },
      label,
    ),
  );
  buttons[0].setAttribute("aria-pressed", "true");
  replace(area, ...modes[0][1]());
  return [h("h3", {}, "Contents"), h("div", { class: "table-picker", attrs: { role: "group", "aria-label": "Show the file as" } }, ...buttons), area];
}

/** The tags and predictions other files of the export hold about one image. */
function imageLinks(path: string): HTMLElement {
  const area = h("div", { class: "image-links" }, h("p", { class: "muted small", attrs: { role: "status" } }, "Looking in the export's other files…"));
  commands
    .imageLinks([path])
    .then((view) => {
      const sources = view.images.find((image) => image.file === path)?.sources ?? [];
      replace(area, ...(sources.length > 0 ? linkedSources(sources) : [h("p", { class: "muted" }, "No other file of the export links to this image.")]), ...linkProblems(view));
    })
    .catch((error: unknown) => replace(area, h("p", { class: "error-message", attrs: { role: "alert" } }, messageOf(error))));
  return area;
}
