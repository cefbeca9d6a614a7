// The user's corrections of the classification: every change goes through here, one at a time
// and in order, and whoever shows counts (the navigation, the overview) hears of the result.

import { open, save } from "@tauri-apps/plugin-dialog";
import { commands } from "./ipc/commands";
import type { CorrectionsState, CorrectionsUpdate, FieldKey } from "./ipc/generated";

type Listener = (update: CorrectionsUpdate) => void;

let listener: Listener | null = null;
let savedListener: ((state: CorrectionsState) => void) | null = null;
let queue: Promise<unknown> = Promise.resolve();
let names: string[] = [];

/** The open export's screen hears of every change; a newer screen replaces an older one. */
export function onCorrections(onUpdate: Listener, onSaved: (state: CorrectionsState) => void, categoryNames: string[]): void {
  listener = onUpdate;
  savedListener = onSaved;
  names = categoryNames;
}

/** The policy's category names, in its order, for the controls that move a field. */
export function categoryNames(): string[] {
  return names;
}

/** Changes run one after another, so quick changes of one field land in the order made. */
function inOrder<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change, change);
  queue = next.catch(() => undefined);
  return next;
}

/** Views that show counts (a category's header, a file's categories) while they are on screen. */
const watchers = new Set<{ element: Element; onUpdate: Listener }>();

/** Calls `onUpdate` after each change for as long as `element` is in the document. */
export function watchCorrections(element: Element, onUpdate: Listener): void {
  watchers.add({ element, onUpdate });
}

function announced(update: CorrectionsUpdate): CorrectionsUpdate {
  listener?.(update);
  for (const watcher of [...watchers]) {
    if (watcher.element.isConnected) watcher.onUpdate(update);
    else watchers.delete(watcher);
  }
  return update;
}

/** Moves fields to a category, or to "not personal data" (null). */
export function correct(fields: FieldKey[], category: string | null): Promise<CorrectionsUpdate> {
  return inOrder(() => commands.correctFields(fields, category)).then(announced);
}

export function undo(fields: FieldKey[]): Promise<CorrectionsUpdate> {
  return inOrder(() => commands.undoCorrections(fields)).then(announced);
}

export function applyFrom(path: string): Promise<CorrectionsUpdate> {
  return inOrder(() => commands.applyCorrections(path)).then(announced);
}

export function saveTo(path: string): Promise<CorrectionsState> {
  return inOrder(() => commands.saveCorrections(path)).then((state) => {
    savedListener?.(state);
    return state;
  });
}

/** Asks where to save with the system's dialog; null when the user cancels. */
export async function chooseAndSave(): Promise<CorrectionsState | null> {
  const path = await save({
    title: "Save your corrections",
    defaultPath: "dossier-corrections.json",
    filters: [{ name: "Dossier corrections", extensions: ["json"] }],
  });
  return path ? saveTo(path) : null;
}

/** Asks which corrections file to apply; null when the user cancels. */
export async function chooseAndApply(): Promise<CorrectionsUpdate | null> {
  const path = await open({ multiple: false, directory: false, title: "Apply corrections", filters: [{ name: "Dossier corrections", extensions: ["json"] }] });
  return typeof path === "string" ? applyFrom(path) : null;
}
