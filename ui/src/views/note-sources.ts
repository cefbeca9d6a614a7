// The sources under a policy note that states the law: each citation is a link to the official
// text, opened in the system browser only when the person clicks it. The app itself never fetches
// the address (no preview, no request), and the shell's capability lets only https:// through.

import { openUrl } from "@tauri-apps/plugin-opener";
import { h, replace } from "../dom";
import type { PolicySource } from "../ipc/generated";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-12-02" → "2 December 2026", the same on every machine whatever its locale. */
export function formatDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/** The host of an https address, shown beside the citation so the reader sees where it leads. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function noteSources(sources: PolicySource[], checked: string | null): HTMLElement | null {
  if (sources.length === 0) return null;
  const status = h("p", { class: "small source-status", attrs: { role: "status" } });
  const open = (source: PolicySource) => {
    replace(status);
    // The pack refuses anything but https, and so does the capability; checking here as well
    // keeps a broken pack from ever reaching the opener with another scheme.
    if (!source.url.startsWith("https://")) {
      replace(status, `Dossier does not open ${source.url}: it is not an https:// address.`);
      return;
    }
    openUrl(source.url).catch((error: unknown) => replace(status, `Your browser could not be started for ${source.url}: ${String(error)}`));
  };
  return h(
    "div",
    { class: "note-sources" },
    h("p", { class: "note-sources-heading" }, "Sources", checked ? ` · checked ${formatDay(checked)}` : null),
    h(
      "ul",
      {},
      ...sources.map((source) =>
        h(
          "li",
          {},
          h(
            "button",
            { class: "link source-link", attrs: { type: "button", title: `Opens ${source.url} in your web browser` }, on: { click: () => open(source) } },
            source.cite,
          ),
          h("span", { class: "source-host" }, " ", hostOf(source.url), h("span", { attrs: { "aria-hidden": "true" } }, " ↗")),
        ),
      ),
    ),
    status,
  );
}
