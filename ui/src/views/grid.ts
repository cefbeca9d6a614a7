// A virtualized records grid: only the rows in view are in the DOM, fetched from the engine a
// page at a time, so a table of a million rows scrolls like one of ten.
//
// The first pages are streamed from the export. Sorting, filtering or scrolling deep asks the
// engine to hold the whole table in memory (one table at a time, within a memory budget); from
// then on every page, sorted or filtered, answers at once. A table over the budget can still be
// scrolled, but not sorted or filtered, and the grid says why.

import { formatCount, h, replace } from "../dom";
import { CommandFailure, commands, messageOf } from "../ipc/commands";
import type { GridQuery, RowsPage } from "../ipc/generated";
import type { RecordRef } from "../route";
import { presenterOn } from "../presenter";

/** Why the grid cannot be sorted or filtered in presenter mode. */
const PRESENTER_NOTE = "In presenter mode the order of the records, or the ones a filter keeps, would tell what the masked values are.";

const ROW_HEIGHT = 30;
const PAGE_ROWS = 200;
/** Pages kept in the webview; scrolling far away drops the oldest. */
const MAX_CACHED_PAGES = 40;
/** Past this row, streaming each page from the export's start gets slow: hold the table. */
const HOLD_BEYOND_ROW = 10_000;
const FILTER_DELAY_MS = 250;
const VIEW_ROWS = 14;
const COLUMN_WIDTH = 180;
/** Columns shown at first; the others are a click away in "Columns". */
const FIRST_VISIBLE = 12;
/**
 * WebKit stops growing an element somewhere past 2^24 px, which a million 30 px rows exceed. Past
 * this height the scrollbar maps proportionally onto rows instead of one pixel per pixel.
 */
const MAX_SCROLL_HEIGHT = 4_000_000;

/** Rows of one page, with the columns they are aligned to. */
interface Page {
  index: Map<string, number>;
  rows: string[][];
}

type Holding = { state: "streamed" } | { state: "holding"; done: Promise<void> } | { state: "held" } | { state: "refused"; message: string };

let gridCount = 0;

interface GridState {
  /** Prefix of the ids of this grid's rows. */
  id: string;
  file: string;
  table: string;
  columns: string[];
  hidden: Set<string>;
  total: number;
  /** Rows the current view selects. */
  matching: number;
  query: GridQuery;
  /** Bumped whenever the query changes, so answers to an older query are dropped. */
  generation: number;
  pages: Map<number, Page>;
  loading: Set<number>;
  holding: Holding;
  problem: string | null;
  error: string | null;
  /** The row (in the view) picked by click or arrow keys, whose every field is shown below. */
  current: number | null;
  /** The field a search found its value in, marked in the picked record's fields. */
  foundField: string | null;
  /** Told when the table becomes held or is refused. */
  onHoldingChange: () => void;
}

/** `found`, when given, is a search hit: its record is picked and shown once the grid is built,
 * with the field that holds the value marked. */
export function recordsGrid(file: string, table: string, found?: RecordRef): HTMLElement {
  const title = table ? `${file} → ${table}` : file;
  const container = h("section", { class: "grid", attrs: { "aria-label": `Records of ${title}`, "data-grid": title } });
  const status = h("p", { class: "muted small", attrs: { role: "status" } }, "Loading records…");
  replace(container, h("h3", {}, title), status);

  void commands
    .tableRows(file, table, 0, PAGE_ROWS, null)
    .then((first) => build(container, title, first, found))
    .catch((error: unknown) => replace(status, messageOf(error)));
  return container;
}

function build(container: HTMLElement, title: string, first: RowsPage, found: RecordRef | undefined): void {
  gridCount += 1;
  const state: GridState = {
    id: `grid${gridCount}`,
    file: first.file,
    table: first.table,
    columns: [],
    hidden: new Set(),
    total: first.total,
    matching: first.matching,
    query: { filter: "", sort: null },
    generation: 0,
    pages: new Map(),
    loading: new Set(),
    // Sorting and filtering act on the real values: in presenter mode the order of the rows or
    // the ones a filter keeps would tell what the masked values are.
    holding: presenterOn() ? { state: "refused", message: PRESENTER_NOTE } : first.held ? { state: "held" } : { state: "streamed" },
    problem: first.problem,
    error: null,
    current: null,
    foundField: found?.field ?? null,
    onHoldingChange: () => {},
  };
  const status = h("p", { class: "muted small", attrs: { role: "status" } });
  const note = h("p", { class: "small grid-note" });
  const problem = h("p", { class: "error-message small" });
  const header = h("div", { class: "grid-row grid-head", attrs: { role: "row" } });
  const spacer = h("div", { class: "grid-spacer" });
  const body = h("div", { class: "grid-body" });
  const viewport = h(
    "div",
    { class: "grid-viewport", attrs: { tabindex: "0", role: "rowgroup", "aria-label": "Records: arrow keys pick a record, Page Up/Down and Home/End jump" } },
    spacer,
    body,
  );
  const detail = h("section", { class: "record-detail", attrs: { "aria-label": "The picked record" } });
  const chooser = h("details", { class: "column-chooser" }, h("summary", {}));
  chooser.addEventListener("toggle", () => render());

  const render = (): void => {
    renderHeader(state, header, sortBy);
    renderRows(state, viewport, spacer, body, render);
    alignHeader(header, viewport);
    renderDetail(state, detail, render);
    renderChooser(state, chooser, render);
    replace(status, statusLine(state, viewport));
    replace(note, holdingNote(state.holding));
    replace(problem, state.error ?? state.problem ?? "");
  };

  /** Drops every page and asks again under the current query. */
  const requery = (): void => {
    state.generation += 1;
    state.pages.clear();
    state.loading.clear();
    state.error = null;
    state.current = null;
    viewport.scrollTop = 0;
    // The new view's size is unknown until its first page answers, even when the last view
    // matched nothing, so that page is asked for whatever the old count was.
    rowAt(state, 0, render);
    render();
  };

  const pick = (index: number): void => {
    if (state.matching === 0) return;
    state.current = Math.max(0, Math.min(state.matching - 1, index));
    scrollToRow(state, viewport, state.current);
    render();
  };
  viewport.addEventListener("keydown", (event) => {
    const at = state.current ?? rowsInView(state, viewport).firstRow - 1;
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, PageDown: at + VIEW_ROWS, PageUp: at - VIEW_ROWS, Home: 0, End: state.matching - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    pick(target);
    // The keys that pick records no longer scroll the page, so the page follows the pick.
    detail.scrollIntoView({ block: "nearest" });
  });
  body.addEventListener("click", (event) => {
    const row = (event.target as HTMLElement).closest("[aria-rowindex]");
    if (!row) return;
    pick(Number(row.getAttribute("aria-rowindex")) - 1);
    viewport.focus();
  });

  const sortBy = (column: string): void => {
    if (state.holding.state === "refused") return;
    const current = state.query.sort;
    state.query = { ...state.query, sort: current?.column === column ? { column, descending: !current.descending } : { column, descending: false } };
    requery();
  };

  let filterTimer: number | undefined;
  const filter = h("input", {
    attrs: { type: "search", placeholder: "Filter records", "aria-label": "Filter records (matches any cell, ignoring case)" },
    on: {
      input: (event) => {
        const value = (event.target as HTMLInputElement).value;
        window.clearTimeout(filterTimer);
        filterTimer = window.setTimeout(() => {
          state.query = { ...state.query, filter: value };
          requery();
        }, FILTER_DELAY_MS);
      },
    },
  });

  acceptPage(state, first, 0);
  replace(
    container,
    h("h3", {}, title),
    h("div", { class: "grid-controls" }, filter, chooser),
    problem,
    h("div", { class: "grid-frame", attrs: { role: "table", "aria-label": `Records of ${title}`, "aria-rowcount": state.total } }, header, viewport),
    status,
    // Below the rows, not above them: a note that comes and goes above would move the header
    // under the pointer of someone clicking a sort button twice.
    note,
    detail,
  );
  viewport.addEventListener("scroll", () => requestAnimationFrame(render));
  // Tabbing to a sort button off to the side scrolls the header; the rows follow it.
  header.addEventListener("scroll", () => {
    if (viewport.scrollLeft !== header.scrollLeft) viewport.scrollLeft = header.scrollLeft;
  });
  state.onHoldingChange = () => {
    if (state.holding.state === "refused") {
      // A filter box that cannot work is disabled, with the reason beside it, and the view goes
      // back to the rows in the order read, which can still be streamed.
      filter.disabled = true;
      filter.value = "";
      state.query = { filter: "", sort: null };
      requery();
    } else {
      render();
    }
  };
  if (state.holding.state === "refused") filter.disabled = true;
  render();
  if (found !== undefined && found.row >= 1 && found.row <= state.matching) {
    // The record a search hit named: picked, its fields shown below the grid, and in view.
    pick(found.row - 1);
    viewport.focus({ preventScroll: true });
    container.scrollIntoView({ block: "start" });
  }
}

function acceptPage(state: GridState, page: RowsPage, pageIndex: number): void {
  state.total = page.total;
  state.matching = page.matching;
  state.problem = page.problem;
  if (page.held && state.holding.state !== "held") setHolding(state, { state: "held" });
  const known = new Set(state.columns);
  for (const column of page.columns) {
    if (!known.has(column)) {
      if (state.columns.length >= FIRST_VISIBLE) state.hidden.add(column);
      state.columns.push(column);
      known.add(column);
    }
  }
  state.pages.set(pageIndex, { index: new Map(page.columns.map((c, i) => [c, i])), rows: page.rows });
  while (state.pages.size > MAX_CACHED_PAGES) {
    const oldest = state.pages.keys().next().value;
    if (oldest === undefined) break;
    state.pages.delete(oldest);
  }
}

function setHolding(state: GridState, holding: Holding): void {
  state.holding = holding;
  state.onHoldingChange?.();
}

/** Asks the engine to hold the table; pages asked for meanwhile wait for it. */
function hold(state: GridState): Promise<void> {
  if (state.holding.state === "holding") return state.holding.done;
  if (state.holding.state !== "streamed") return Promise.resolve();
  const done = commands.holdTable(state.file, state.table).then(
    () => setHolding(state, { state: "held" }),
    (error: unknown) => {
      if (error instanceof CommandFailure && error.code === "table_too_large") {
        setHolding(state, { state: "refused", message: error.message });
      } else {
        setHolding(state, { state: "streamed" });
        state.error = messageOf(error);
      }
    },
  );
  setHolding(state, { state: "holding", done });
  return done;
}

function rowAt(state: GridState, index: number, render: () => void): string[] | null {
  const pageIndex = Math.floor(index / PAGE_ROWS);
  const page = state.pages.get(pageIndex);
  if (page) {
    const row = page.rows[index - pageIndex * PAGE_ROWS];
    if (!row) return null;
    return state.columns.map((column) => {
      const at = page.index.get(column);
      return at === undefined ? "" : (row[at] ?? "");
    });
  }
  if (!state.loading.has(pageIndex) && state.error === null) {
    state.loading.add(pageIndex);
    const generation = state.generation;
    const offset = pageIndex * PAGE_ROWS;
    const plain = state.query.filter.trim() === "" && state.query.sort === null;
    const deep = offset > HOLD_BEYOND_ROW || !plain;
    const ready = deep ? hold(state) : Promise.resolve();
    void ready
      // A view changed while the table was being held (or refused) asks again for itself.
      .then(() => (generation === state.generation ? commands.tableRows(state.file, state.table, offset, PAGE_ROWS, plain ? null : state.query) : null))
      .then((page) => {
        if (page === null || generation !== state.generation) return;
        state.loading.delete(pageIndex);
        acceptPage(state, page, pageIndex);
        render();
      })
      .catch((error: unknown) => {
        if (generation !== state.generation) return;
        state.loading.delete(pageIndex);
        state.error = messageOf(error);
        render();
      });
  }
  return null;
}

/**
 * Rebuilds the header only when what it shows changes: rebuilding it on every scroll would take
 * the focus away from a sort button that a keyboard user just pressed.
 */
function renderHeader(state: GridState, header: HTMLElement, sortBy: (column: string) => void): void {
  const columns = shownColumns(state);
  const sortable = state.holding.state !== "refused";
  const signature = JSON.stringify([columns, state.query.sort, sortable]);
  if (header.dataset.signature === signature) return;
  header.dataset.signature = signature;
  const focused = header.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.column : undefined;
  header.style.gridTemplateColumns = template(columns.length);
  replace(
    header,
    ...columns.map((column) => {
      const sort = state.query.sort?.column === column ? state.query.sort : null;
      const arrow = sort ? (sort.descending ? " ↓" : " ↑") : "";
      const ariaSort = sort ? (sort.descending ? "descending" : "ascending") : "none";
      return h(
        "div",
        { class: "grid-cell", attrs: { role: "columnheader", "aria-sort": ariaSort, title: column } },
        sortable
          ? h("button", { class: "grid-sort", attrs: { type: "button", "data-column": column, title: `Sort by ${column}` }, on: { click: () => sortBy(column) } }, column + arrow)
          : column,
      );
    }),
  );
  if (focused !== undefined) {
    [...header.querySelectorAll<HTMLElement>(".grid-sort")].find((b) => b.dataset.column === focused)?.focus();
  }
}

/** Columns listed at most in the chooser and in a record's details, so that a file that is one
 * object with 100,000 keys does not put 100,000 elements on the page. */
const MAX_LISTED_COLUMNS = 500;

function renderChooser(state: GridState, chooser: HTMLDetailsElement, render: () => void): void {
  const summary = chooser.querySelector("summary");
  const shown = shownColumns(state).length;
  const label = shown === state.columns.length ? "Columns" : `Columns (${formatCount(shown)} of ${formatCount(state.columns.length)} shown)`;
  if (summary && summary.textContent !== label) replace(summary, label);
  const list = chooser.querySelector(".column-list");
  // The list is built when the chooser is opened, and again when columns have been added.
  if (!chooser.open || (list && list.getAttribute("data-columns") === String(state.columns.length))) return;
  const listed = state.columns.slice(0, MAX_LISTED_COLUMNS);
  const boxes = h(
    "div",
    { class: "column-list", attrs: { "data-columns": state.columns.length } },
    ...listed.map((name) => {
      const box = h("input", {
        attrs: { type: "checkbox", checked: !state.hidden.has(name) },
        on: {
          change: () => {
            if (box.checked) state.hidden.delete(name);
            else state.hidden.add(name);
            render();
          },
        },
      });
      return h("label", {}, box, " ", name);
    }),
    state.columns.length > listed.length ? h("p", { class: "muted small" }, `The first ${formatCount(listed.length)} of ${formatCount(state.columns.length)} columns can be chosen here.`) : null,
  );
  if (list) list.replaceWith(boxes);
  else chooser.append(boxes);
}

function shownColumns(state: GridState): string[] {
  return state.columns.filter((c) => !state.hidden.has(c));
}

function template(count: number): string {
  return `repeat(${count}, ${COLUMN_WIDTH}px)`;
}

function renderRows(state: GridState, viewport: HTMLElement, spacer: HTMLElement, body: HTMLElement, render: () => void): void {
  const columns = shownColumns(state);
  const position = new Map(state.columns.map((c, i) => [c, i]));
  const positions = columns.map((c) => position.get(c) ?? -1);
  const count = state.matching;
  // A short table gets a short box (plus room for a sideways scrollbar), a long one 14 rows.
  const boxRows = Math.min(VIEW_ROWS, Math.max(count, 2));
  viewport.style.height = `${boxRows * ROW_HEIGHT + (boxRows < VIEW_ROWS ? 16 : 0)}px`;
  const height = Math.min(count * ROW_HEIGHT, MAX_SCROLL_HEIGHT);
  spacer.style.height = `${height}px`;
  spacer.style.width = `${columns.length * COLUMN_WIDTH}px`;
  const { firstRow, lastRow } = rowsInView(state, viewport);
  const rows: HTMLElement[] = [];
  for (let index = firstRow; index < lastRow; index++) {
    const row = rowAt(state, index, render);
    const el = h(
      "div",
      { class: index === state.current ? "grid-row current" : "grid-row", attrs: { id: `${state.id}-r${index}`, role: "row", "aria-rowindex": index + 1, "aria-selected": index === state.current } },
      ...positions.map((at) => {
        const text = row ? (row[at] ?? "") : "…";
        // The whole value on hover, as an attribute's text: a cell shows one line of it.
        return h("div", { class: "grid-cell", attrs: { role: "cell", title: text.length > 20 ? text : null } }, text);
      }),
    );
    el.style.gridTemplateColumns = template(columns.length);
    // Rows sit where the viewport is looking, whatever the scale of the scrollbar.
    el.style.transform = `translateY(${viewport.scrollTop + (index - firstRow) * ROW_HEIGHT}px)`;
    rows.push(el);
  }
  const nothing = count === 0 && !state.loading.has(0) && state.error === null;
  replace(body, ...rows, nothing ? h("p", { class: "grid-empty" }, state.query.filter.trim() ? `No record contains “${state.query.filter.trim()}”. Change or clear the filter.` : "This table has no records.") : null);
  // Screen readers follow the picked record while the focus stays on the table.
  const active = state.current !== null && state.current >= firstRow && state.current < lastRow;
  if (active) viewport.setAttribute("aria-activedescendant", `${state.id}-r${state.current}`);
  else viewport.removeAttribute("aria-activedescendant");
}

/** The header scrolls sideways with the rows under it. */
function alignHeader(header: HTMLElement, viewport: HTMLElement): void {
  header.scrollLeft = viewport.scrollLeft;
}

/** Scrolls just enough for row `index` to be in view. */
function scrollToRow(state: GridState, viewport: HTMLElement, index: number): void {
  const { firstRow, lastRow } = rowsInView(state, viewport);
  if (index >= firstRow && index < lastRow) return;
  const first = index < firstRow ? index : index - VIEW_ROWS + 1;
  const count = state.matching;
  const height = Math.min(count * ROW_HEIGHT, MAX_SCROLL_HEIGHT);
  const span = count - VIEW_ROWS;
  viewport.scrollTop = span > 0 ? (first / span) * (height - ROW_HEIGHT * VIEW_ROWS) : 0;
}

/** Every field of the picked record, hidden columns included, each value whole. */
function renderDetail(state: GridState, detail: HTMLElement, render: () => void): void {
  if (state.current === null) {
    replace(detail, h("p", { class: "muted small" }, "Click a record, or use the arrow keys in the table, to read all its fields here."));
    return;
  }
  const row = rowAt(state, state.current, render);
  replace(
    detail,
    h("h4", {}, `Record ${formatCount(state.current + 1)} of ${formatCount(state.matching)}`),
    row
      ? h("dl", { class: "facts record-fields" }, ...state.columns.slice(0, MAX_LISTED_COLUMNS).flatMap((column, i) => {
          const hit = column === state.foundField ? { class: "found-field", attrs: { "data-found": "true" } } : {};
          return [h("dt", hit, column), h("dd", hit, row[i] ?? "")];
        }))
      : h("p", { class: "muted small" }, "Loading…"),
    row && state.columns.length > MAX_LISTED_COLUMNS ? h("p", { class: "muted small" }, `The first ${formatCount(MAX_LISTED_COLUMNS)} of ${formatCount(state.columns.length)} fields are shown; the Text view of the file has them all.`) : null,
  );
}

function rowsInView(state: GridState, viewport: HTMLElement): { firstRow: number; lastRow: number } {
  const count = state.matching;
  const height = Math.min(count * ROW_HEIGHT, MAX_SCROLL_HEIGHT);
  const viewHeight = ROW_HEIGHT * VIEW_ROWS;
  const scrolled = height > viewHeight ? Math.min(1, viewport.scrollTop / (height - viewHeight)) : 0;
  const firstRow = Math.max(0, Math.min(count - VIEW_ROWS, Math.round(scrolled * (count - VIEW_ROWS))));
  return { firstRow, lastRow: Math.min(count, firstRow + VIEW_ROWS) };
}

function statusLine(state: GridState, viewport: HTMLElement): string {
  const { firstRow, lastRow } = rowsInView(state, viewport);
  const filtered = state.query.filter.trim() !== "" ? ` · ${formatCount(state.matching)} match the filter` : "";
  const shown = state.matching === 0 ? "nothing to show" : `showing ${formatCount(firstRow + 1)}–${formatCount(lastRow)}`;
  return `${formatCount(state.total)} ${state.total === 1 ? "record" : "records"}${filtered} · ${shown}`;
}

function holdingNote(holding: Holding): string {
  switch (holding.state) {
    case "holding":
      return "Reading the whole table so it can be sorted and filtered…";
    case "refused":
      return `Sorting and filtering are off for this table. ${holding.message}`;
    default:
      return "";
  }
}
