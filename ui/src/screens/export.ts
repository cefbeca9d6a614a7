// The opened export: what it is and where it lives.

import { formatBytes, h } from "../dom";
import type { ExportInfo, ExportKind } from "../ipc/generated";

const KIND_LABEL: Record<ExportKind, string> = {
  zip: "Zip archive",
  folder: "Folder",
  file: "Single file",
};

export function exportScreen(info: ExportInfo): HTMLElement {
  return h(
    "section",
    { class: "export", attrs: { "data-screen": "export", "aria-labelledby": "export-title" } },
    h("h1", { attrs: { id: "export-title" } }, info.name),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Kind"),
      h("dd", {}, KIND_LABEL[info.kind]),
      h("dt", {}, "Size"),
      h("dd", {}, formatBytes(info.size_bytes)),
      h("dt", {}, "Location"),
      h("dd", { class: "path" }, info.path),
    ),
  );
}
