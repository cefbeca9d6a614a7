// Small DOM helpers. Every piece of text goes in through createTextNode, so nothing read from an
// export can ever be parsed as markup; there is deliberately no helper that takes HTML.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Plain attributes. Event-handler attributes and inline styles are refused (see setAttr). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) setAttr(el, name, value);
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    el.addEventListener(type, listener as EventListener);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

function setAttr(el: Element, name: string, value: string | number | boolean | null | undefined): void {
  const lower = name.toLowerCase();
  // Handlers and styles in attributes are what a CSP-breaking injection would need; the app
  // never sets them this way, so refusing them here turns a mistake into a visible error.
  if (lower.startsWith("on") || lower === "style" || lower === "srcdoc") {
    throw new Error(`refusing to set the ${name} attribute`);
  }
  if (value === null || value === undefined || value === false) return;
  el.setAttribute(name, value === true ? "" : String(value));
}

export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** A count with its noun in the right number: "1 file", "2 files", "1,200 records". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${nounFor(n, singular, plural)}`;
}

/** The noun alone, for when the number is shown apart from it. */
export function nounFor(n: number, singular: string, plural = `${singular}s`): string {
  return n === 1 ? singular : plural;
}

/** A table of plain text cells with a header row. */
export function textTable(headers: string[], rows: Child[][], caption?: string): HTMLTableElement {
  return h(
    "table",
    { class: "data" },
    caption ? h("caption", {}, caption) : null,
    h("thead", {}, h("tr", {}, ...headers.map((title) => h("th", { attrs: { scope: "col" } }, title)))),
    h("tbody", {}, ...rows.map((cells) => h("tr", {}, ...cells.map((cell) => h("td", {}, cell))))),
  );
}

/**
 * Wraps each occurrence of `phrases` (case-insensitive) in the text under `root` in a `<mark>`
 * with `className`. Works on text nodes only, so the marked text stays text.
 */
export function markText(root: Element, phrases: string[], className: string): number {
  const wanted = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter((p) => p.length > 1))];
  if (wanted.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    const lower = text.toLowerCase();
    const parts: Node[] = [];
    let at = 0;
    while (at < text.length) {
      let best = -1;
      let length = 0;
      for (const phrase of wanted) {
        const found = lower.indexOf(phrase, at);
        if (found >= 0 && (best < 0 || found < best)) {
          best = found;
          length = phrase.length;
        }
      }
      if (best < 0) break;
      if (best > at) parts.push(document.createTextNode(text.slice(at, best)));
      parts.push(h("mark", { class: className }, text.slice(best, best + length)));
      marked += 1;
      at = best + length;
    }
    if (parts.length === 0) continue;
    if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
    node.replaceWith(...parts);
  }
  return marked;
}

/** Undoes `markText` for `className`. */
export function unmarkText(root: Element, className: string): void {
  for (const mark of root.querySelectorAll(`mark.${className}`)) mark.replaceWith(document.createTextNode(mark.textContent ?? ""));
  root.normalize();
}
