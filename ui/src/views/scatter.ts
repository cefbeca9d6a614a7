// Coordinates drawn on a plain latitude/longitude grid: no map tiles, so nothing is fetched.

import { countOf, formatCount, h, nounFor, replace } from "../dom";
import { commands, messageOf } from "../ipc/commands";
import type { FieldView } from "../ipc/generated";

/** Points plotted per table: one fetch of the engine's largest page. */
const MAX_POINTS = 5000;
const WIDTH = 720;
const HEIGHT = 360;

const LAT = /^(lat|latitude)$/i;
const LON = /^(lon|lng|long|longitude)$/i;

interface CoordinateTable {
  file: string;
  table: string;
  lat: string;
  lon: string;
}

/** Tables among `fields` with both a latitude and a longitude field. */
export function coordinateTables(fields: FieldView[]): CoordinateTable[] {
  const byTable = new Map<string, Partial<CoordinateTable>>();
  for (const f of fields) {
    const last = f.field.split(".").pop() ?? "";
    const key = `${f.file}\u0000${f.table}`;
    const entry = byTable.get(key) ?? { file: f.file, table: f.table };
    if (LAT.test(last)) entry.lat = f.field;
    if (LON.test(last)) entry.lon = f.field;
    byTable.set(key, entry);
  }
  return [...byTable.values()].filter((t): t is CoordinateTable => Boolean(t.lat && t.lon));
}

export function scatterMap(source: CoordinateTable): HTMLElement {
  const status = h("p", { class: "muted small", attrs: { role: "status" } }, "Loading positions…");
  const figure = h("figure", { class: "scatter", attrs: { "data-scatter": `${source.file}|${source.table}` } }, status);
  commands
    .tableRows(source.file, source.table, 0, MAX_POINTS, null)
    .then((page) => {
      const latAt = page.columns.indexOf(source.lat);
      const lonAt = page.columns.indexOf(source.lon);
      const points = page.rows
        .map((row) => [Number.parseFloat(row[lonAt]), Number.parseFloat(row[latAt])] as const)
        .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && Math.abs(y) <= 90 && Math.abs(x) <= 180);
      if (points.length === 0) {
        replace(status, "No valid coordinates in these records.");
        return;
      }
      const canvas = draw(points);
      const more = page.total > page.rows.length ? ` (the first ${formatCount(page.rows.length)} of ${formatCount(page.total)} records)` : "";
      replace(
        figure,
        canvas,
        h("figcaption", { class: "small muted" }, `${countOf(points.length, "position")} from ${source.file}: ${source.lat}, ${source.lon}${more}. Drawn on a latitude/longitude grid; no map is downloaded.`),
      );
    })
    .catch((error: unknown) => replace(status, messageOf(error)));
  return figure;
}

function draw(points: ReadonlyArray<readonly [number, number]>): HTMLCanvasElement {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  // A small margin around the points, and at least half a degree, so one point is not a wall.
  const span = (lo: number, hi: number) => Math.max(0.5, (hi - lo) * 1.2);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  let w = span(Math.min(...xs), Math.max(...xs));
  let hgt = span(Math.min(...ys), Math.max(...ys));
  // Keep the aspect of the canvas so distances are not stretched.
  if (w / hgt > WIDTH / HEIGHT) hgt = (w * HEIGHT) / WIDTH;
  else w = (hgt * WIDTH) / HEIGHT;
  const x0 = cx - w / 2;
  const y1 = cy + hgt / 2;
  const px = (x: number) => ((x - x0) / w) * WIDTH;
  const py = (y: number) => ((y1 - y) / hgt) * HEIGHT;

  const canvas = h("canvas", {
    attrs: {
      width: WIDTH,
      height: HEIGHT,
      role: "img",
      "aria-label": `${points.length} ${nounFor(points.length, "position")} between latitude ${Math.min(...ys).toFixed(3)} and ${Math.max(...ys).toFixed(3)}, longitude ${Math.min(...xs).toFixed(3)} and ${Math.max(...xs).toFixed(3)}`,
    },
  });
  const ctx = canvas.getContext("2d");
  if (!ctx) return canvas;
  const style = getComputedStyle(document.documentElement);
  const color = (name: string) => style.getPropertyValue(name).trim();
  ctx.fillStyle = color("--surface");
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.strokeStyle = color("--border");
  ctx.fillStyle = color("--muted");
  ctx.font = "11px system-ui, sans-serif";
  const step = niceStep(w / 6);
  for (let x = Math.ceil(x0 / step) * step; x <= x0 + w; x += step) {
    ctx.beginPath();
    ctx.moveTo(px(x), 0);
    ctx.lineTo(px(x), HEIGHT);
    ctx.stroke();
    ctx.fillText(`${x.toFixed(step < 1 ? 2 : 0)}°`, px(x) + 3, HEIGHT - 4);
  }
  for (let y = Math.ceil((y1 - hgt) / step) * step; y <= y1; y += step) {
    ctx.beginPath();
    ctx.moveTo(0, py(y));
    ctx.lineTo(WIDTH, py(y));
    ctx.stroke();
    ctx.fillText(`${y.toFixed(step < 1 ? 2 : 0)}°`, 3, py(y) - 3);
  }
  ctx.fillStyle = color("--accent");
  ctx.globalAlpha = 0.75;
  for (const [x, y] of points) {
    ctx.beginPath();
    ctx.arc(px(x), py(y), 3.5, 0, Math.PI * 2);
    ctx.fill();
  }
  return canvas;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit < 2 ? 1 : unit < 5 ? 2 : 5) * power;
}
