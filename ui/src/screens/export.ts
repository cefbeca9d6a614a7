// The open export: the ten categories as the main navigation, then the files and the policy,
// beside the view the user is in.

import { countOf, formatCount, h, replace } from "../dom";
import type { Overview } from "../ipc/generated";
import { type Go, type Route } from "../route";
import { categoryView } from "../views/category";
import { filesView } from "../views/files";
import { overviewView } from "../views/overview";
import { policyView } from "../views/policy";

export interface ExportScreen {
  element: HTMLElement;
  show: (route: Route) => void;
}

export function exportScreen(overview: Overview, go: Go): ExportScreen {
  const content = h("div", { class: "content", attrs: { id: "content", tabindex: "-1" } });
  const navButton = (label: HTMLElement | string, route: Route, key: string, extra?: HTMLElement) =>
    h("li", {}, h("button", { class: "nav-item", attrs: { type: "button", "data-nav": key }, on: { click: () => go(route) } }, label, extra ?? null));
  const nav = h(
    "nav",
    { class: "sidebar", attrs: { "aria-label": "Export" } },
    h("ul", {}, navButton("Overview", { view: "overview" }, "overview")),
    h("h2", { class: "nav-heading" }, "Categories of the policy"),
    h(
      "ul",
      { class: "nav-categories" },
      ...overview.categories.map((c) =>
        navButton(h("span", { class: "nav-label" }, c.name), { view: "category", id: c.id }, `category:${c.id}`, h("span", { class: `nav-count state-${c.state}`, attrs: { "aria-label": countOf(c.records, "record") } }, formatCount(c.records))),
      ),
    ),
    h("h2", { class: "nav-heading" }, "Sources"),
    h("ul", {}, navButton("Files", { view: "files" }, "files"), navButton("The policy", { view: "policy" }, "policy")),
  );
  // Keyboard users reach the content without tabbing through the fourteen navigation entries.
  const skip = h("button", { class: "skip-link", attrs: { type: "button" }, on: { click: () => content.focus() } }, "Skip to the content");
  const element = h("div", { class: "export-layout", attrs: { "data-screen": "export" } }, skip, nav, content);

  return {
    element,
    show(route) {
      const key = route.view === "category" ? `category:${route.id}` : route.view;
      for (const b of nav.querySelectorAll("[data-nav]")) b.setAttribute("aria-current", b.getAttribute("data-nav") === key ? "page" : "false");
      const view =
        route.view === "overview"
          ? overviewView(overview, go)
          : route.view === "category"
            ? categoryView(route.id, go)
            : route.view === "files"
              ? filesView(route.path)
              : policyView(route.section, route.query, go);
      replace(content, view);
      content.scrollTop = 0;
      content.focus({ preventScroll: true });
    },
  };
}
