// Words for the engine's codes, in one place.

import type { CategoryState, FileState, ProblemSeverity } from "../ipc/generated";

export const CATEGORY_STATE: Record<CategoryState, string> = {
  found: "Found in this export",
  disclosed_not_found: "Disclosed, not found",
};

export const FILE_STATE: Record<FileState, string> = {
  read: "Read",
  partial: "Partly read",
  failed: "Could not be read",
  not_read: "Not a kind Dossier reads",
};

export const SEVERITY: Record<ProblemSeverity, string> = {
  note: "Note",
  partial: "Partly read",
  not_read: "Not read",
};

export function confidenceLabel(confidence: number): string {
  const percent = Math.round(confidence * 100);
  if (confidence >= 0.8) return `high (${percent}%)`;
  if (confidence >= 0.5) return `medium (${percent}%)`;
  return `low (${percent}%)`;
}

/** A field's name for people: its key path (which already starts with its table's, such as
 * `outputs[].id` in `outputs[]`), or its table's and its own when it does not. */
export function fieldLabel(file: string, table: string, field: string): string {
  const inTable = table && !field.startsWith(table) ? `${table} → ` : "";
  return field ? `${inTable}${field}` : `${file} (whole file)`;
}
