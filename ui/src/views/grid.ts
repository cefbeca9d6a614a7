// A virtualized records grid: only the rows in view are in the DOM, fetched from the engine a
// page at a time, so a table of a million rows scrolls like one of ten. Small tables are
// fetched whole and can then be sorted and filtered.

import { formatCount, h, replace } from "../dom";
import { commands, messageOf } from "../ipc/commands";
import type { RowsPage } from "../ipc/generated";

const ROW_HEIGHT = 30;
const PAGE_ROWS = 200;
/** Tables up to this size are loaded whole, which enables sorting and filtering. */
const WHOLE_TABLE_ROWS = 5000;
const VIEW_ROWS = 14;
const COLUMN_WIDTH = 180;
/**
 * WebKit stops growing an element somewhere past 2^24 px, which a million 30 px rows exceed. Past
 * this height the scrollbar maps proportionally onto rows instead of one pixel per pixel.
 */
const MAX_SCROLL_HEIGHT = 4_000_000;

interface GridState {
  columns: string[];
  visible: boolean[];
  total: number;
  /** Pages by index, for large tables. */
  pages: Map<number, string[][]>;
  /** Every row, for small tables; sorted and filtered into `shown`. */
  all: string[][] | null;
  shown: string[][] | null;
  sort: { column: number; descending: boolean } | null;
  filter: string;
}

export function recordsGrid(file: string, table: string): HTMLElement {
  const title = table ? `${file} → ${table}` : file;
  const container = h("section", { class: "grid", attrs: { "aria-label": `Records of ${title}`, "data-grid": title } });
  const status = h("p", { class: "muted small", attrs: { role: "status" } }, "Loading records…");
  replace(container, h("h3", {}, title), status);

  void commands
    .tableRows(file, table, 0, WHOLE_TABLE_ROWS)
    .then((first) => build(container, status, first))
    .catch((error: unknown) => replace(status, messageOf(error)));
  return container;
}

function build(container: HTMLElement, status: HTMLElement, first: RowsPage): void {
  const whole = first.total <= WHOLE_TABLE_ROWS;
  const state: GridState = {
    columns: first.columns,
    visible: first.columns.map((_, i) => i < 12),
    total: first.total,
    pages: new Map(),
    all: whole ? first.rows : null,
    shown: whole ? first.rows : null,
    sort: null,
    filter: "",
  };
  if (!whole) splitIntoPages(state, first);

  const header = h("div", { class: "grid-row grid-head", attrs: { role: "row" } });
  const spacer = h("div", { class: "grid-spacer" });
  const body = h("div", { class: "grid-body" });
  const viewport = h("div", { class: "grid-viewport", attrs: { tabindex: "0", role: "rowgroup", "aria-label": "Records; scroll to see more" } }, spacer, body);
  viewport.style.height = `${ROW_HEIGHT * VIEW_ROWS}px`;

  const render = () => renderRows(state, viewport, spacer, body, header, status, first.file, first.table);
  viewport.addEventListener("scroll", () => requestAnimationFrame(render));

  const filter = h("input", {
    attrs: { type: "search", placeholder: whole ? "Filter records" : "Filtering needs a table of up to 5,000 records", "aria-label": "Filter records", disabled: !whole },
    on: {
      input: (event) => {
        state.filter = (event.target as HTMLInputElement).value.toLowerCase();
        applySortAndFilter(state);
        viewport.scrollTop = 0;
        render();
      },
    },
  });
  const chooser = columnChooser(state, render);
  const controls = h("div", { class: "grid-controls" }, filter, chooser);
  const problem = first.problem ? h("p", { class: "error-message small" }, first.problem) : null;
  replace(container, h("h3", {}, first.table ? `${first.file} → ${first.table}` : first.file), controls, problem, h("div", { class: "grid-frame", attrs: { role: "table", "aria-rowcount": state.total } }, header, viewport), status);

  header.addEventListener("click", (event) => {
    if (!whole) return;
    const target = (event.target as HTMLElement).closest("[data-column]");
    if (!target) return;
    const column = Number(target.getAttribute("data-column"));
    state.sort = state.sort?.column === column ? { column, descending: !state.sort.descending } : { column, descending: false };
    applySortAndFilter(state);
    render();
  });
  render();
}

function splitIntoPages(state: GridState, first: RowsPage): void {
  for (let i = 0; i * PAGE_ROWS < first.rows.length; i++) {
    state.pages.set(i, first.rows.slice(i * PAGE_ROWS, (i + 1) * PAGE_ROWS));
  }
}

function applySortAndFilter(state: GridState): void {
  if (!state.all) return;
  let rows = state.filter ? state.all.filter((row) => row.some((cell) => cell.toLowerCase().includes(state.filter))) : [...state.all];
  if (state.sort) {
    const { column, descending } = state.sort;
    const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
    rows = rows.sort((a, b) => collator.compare(a[column] ?? "", b[column] ?? "") * (descending ? -1 : 1));
  }
  state.shown = rows;
}

function columnChooser(state: GridState, render: () => void): HTMLElement {
  return h(
    "details",
    { class: "column-chooser" },
    h("summary", {}, "Columns"),
    h(
      "div",
      { class: "column-list" },
      ...state.columns.map((name, i) => {
        const box = h("input", {
          attrs: { type: "checkbox", checked: state.visible[i] },
          on: {
            change: () => {
              state.visible[i] = box.checked;
              render();
            },
          },
        });
        return h("label", {}, box, " ", name);
      }),
    ),
  );
}

const loading = new Set<string>();

function renderRows(
  state: GridState,
  viewport: HTMLElement,
  spacer: HTMLElement,
  body: HTMLElement,
  header: HTMLElement,
  status: HTMLElement,
  file: string,
  table: string,
): void {
  const columns = state.columns.map((name, i) => ({ name, i })).filter((c) => state.visible[c.i]);
  const template = `repeat(${columns.length}, ${COLUMN_WIDTH}px)`;
  header.style.gridTemplateColumns = template;
  replace(
    header,
    ...columns.map((c) => {
      const sorted = state.sort?.column === c.i ? (state.sort.descending ? " ↓" : " ↑") : "";
      return h("div", { class: "grid-cell", attrs: { role: "columnheader", "data-column": c.i, title: c.name } }, c.name + sorted);
    }),
  );

  const count = state.shown ? state.shown.length : state.total;
  const fullHeight = count * ROW_HEIGHT;
  const height = Math.min(fullHeight, MAX_SCROLL_HEIGHT);
  spacer.style.height = `${height}px`;
  spacer.style.width = `${columns.length * COLUMN_WIDTH}px`;
  const viewHeight = ROW_HEIGHT * VIEW_ROWS;
  const scrolled = height > viewHeight ? Math.min(1, viewport.scrollTop / (height - viewHeight)) : 0;
  const firstRow = Math.max(0, Math.min(count - VIEW_ROWS, Math.round(scrolled * (count - VIEW_ROWS))));
  const lastRow = Math.min(count, firstRow + VIEW_ROWS);
  const rows: HTMLElement[] = [];
  for (let index = firstRow; index < lastRow; index++) {
    const row = rowAt(state, index, file, table, () => renderRows(state, viewport, spacer, body, header, status, file, table));
    const el = h(
      "div",
      { class: "grid-row", attrs: { role: "row", "aria-rowindex": index + 1 } },
      ...columns.map((c) => h("div", { class: "grid-cell", attrs: { role: "cell" } }, row ? (row[c.i] ?? "") : "…")),
    );
    el.style.gridTemplateColumns = template;
    // Rows sit where the viewport is looking, whatever the scale of the scrollbar.
    el.style.transform = `translateY(${viewport.scrollTop + (index - firstRow) * ROW_HEIGHT}px)`;
    rows.push(el);
  }
  replace(body, ...rows);
  const filtered = state.shown && state.filter ? ` · ${formatCount(state.shown.length)} match the filter` : "";
  replace(status, `${formatCount(state.total)} records${filtered} · showing ${count === 0 ? 0 : firstRow + 1}–${lastRow}`);
}

function rowAt(state: GridState, index: number, file: string, table: string, rerender: () => void): string[] | null {
  if (state.shown) return state.shown[index] ?? null;
  const page = Math.floor(index / PAGE_ROWS);
  const rows = state.pages.get(page);
  if (rows) return rows[index - page * PAGE_ROWS] ?? null;
  const key = `${file}\u0000${table}\u0000${page}`;
  if (!loading.has(key)) {
    loading.add(key);
    void commands
      .tableRows(file, table, page * PAGE_ROWS, PAGE_ROWS)
      .then((result) => {
        state.pages.set(page, result.rows);
        rerender();
      })
      .finally(() => loading.delete(key));
  }
  return null;
}
