// Presenter mode, for a shared screen: the shell masks every value and every name of the export
// before it reaches this window (src-tauri/src/values.rs). This module keeps whether it is on,
// for what the window shows of its own accord: the path being opened, the recent list, the
// grid's sort and filter, the search of values.

import { commands } from "./ipc/commands";

let on = false;
const listeners = new Set<(on: boolean) => void>();

export function presenterOn(): boolean {
  return on;
}

/** Turns presenter mode on or off in the shell, then tells every listener. */
export async function setPresenter(wanted: boolean): Promise<void> {
  on = await commands.setPresenterMode(wanted);
  for (const listener of listeners) listener(on);
}

/** Calls `listener` on every change; returns what stops it. */
export function onPresenterChange(listener: (on: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Why something that shows the export's data as it is cannot be used now. */
export const OFF_IN_PRESENTER_MODE = "Off in presenter mode: it would show the export's data as it is. Turn presenter mode off (Ctrl+Shift+P) to use it.";
