// Typed wrappers over the shell's commands. Argument and result types come from generated.ts,
// which the Rust side produces from its own types.

import { Channel, invoke } from "@tauri-apps/api/core";
import type {
  AboutInfo,
  CategoryDetail,
  CorrectionsState,
  CorrectionsUpdate,
  ErrorCode,
  ErrorPayload,
  FieldKey,
  FileDetail,
  FileEntry,
  FileText,
  GridQuery,
  HeldTableInfo,
  ImageLinksView,
  LetterForm,
  LetterView,
  OpenProgress,
  OpenRequest,
  Overview,
  PolicyDocument,
  PolicyHit,
  RowsPage,
  SearchResults,
  ValueFieldView,
  ValueResults,
  ValueSearchProgress,
  StartInfo,
} from "./generated";

/** A command failed; `message` is already a sentence written for the user. */
export class CommandFailure extends Error {
  constructor(
    readonly code: ErrorCode | "ipc",
    message: string,
  ) {
    super(message);
  }
}

function isErrorPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ErrorPayload).code === "string" &&
    typeof (value as ErrorPayload).message === "string"
  );
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isErrorPayload(error)) throw new CommandFailure(error.code, error.message);
    // Anything else is Tauri refusing the call itself (a permission or a missing command).
    throw new CommandFailure("ipc", `Dossier could not talk to its own engine: ${String(error)}`);
  }
}

export const commands = {
  startInfo: () => call<StartInfo>("start_info"),
  handedOver: () => call<OpenRequest[]>("handed_over"),
  about: () => call<AboutInfo>("about"),
  /** Resolves to the recent list as it now is (empty once remembering is off). */
  setRememberRecent: (remember: boolean) => call<string[]>("set_remember_recent", { remember }),
  clearRecent: () => call<null>("clear_recent"),
  /** Resolves to whether the window is now kept out of screen capture (Windows, macOS). */
  hideFromCapture: (on: boolean) => call<boolean>("hide_from_capture", { on }),
  openExport: (path: string, onProgress: (progress: OpenProgress) => void) => {
    const channel = new Channel<OpenProgress>();
    channel.onmessage = onProgress;
    return call<Overview>("open_export", { path, onProgress: channel });
  },
  cancelOpen: () => call<boolean>("cancel_open"),
  overview: () => call<Overview>("overview"),
  /** Resolves to whether presenter mode is now on. */
  setPresenterMode: (on: boolean) => call<boolean>("set_presenter_mode", { on }),
  category: (id: string) => call<CategoryDetail>("category", { id }),
  files: () => call<FileEntry[]>("files"),
  fileDetail: (path: string) => call<FileDetail>("file_detail", { path }),
  fileText: (path: string) => call<FileText>("file_text", { path }),
  tableRows: (file: string, table: string, offset: number, limit: number, query: GridQuery | null) =>
    call<RowsPage>("table_rows", { file, table, offset, limit, query }),
  holdTable: (file: string, table: string) => call<HeldTableInfo>("hold_table", { file, table }),
  imageLinks: (files: string[]) => call<ImageLinksView>("image_links", { files }),
  policy: () => call<PolicyDocument>("policy"),
  policySearch: (query: string) => call<PolicyHit[]>("policy_search", { query }),
  search: (query: string) => call<SearchResults>("search", { query }),
  searchValues: (query: string, wholeWord: boolean, limit: number) => call<ValueResults>("search_values", { query, wholeWord, limit }),
  searchValuesLive: (query: string, wholeWord: boolean, limit: number, onProgress: (progress: ValueSearchProgress) => void) => {
    const channel = new Channel<ValueSearchProgress>();
    channel.onmessage = onProgress;
    return call<ValueResults>("search_values_live", { query, wholeWord, limit, onProgress: channel });
  },
  cancelValueSearch: () => call<boolean>("cancel_value_search"),
  valueFields: (query: string) => call<ValueFieldView[] | null>("value_fields", { query }),
  correctFields: (fields: FieldKey[], category: string | null) => call<CorrectionsUpdate>("correct_fields", { fields, category }),
  undoCorrections: (fields: FieldKey[]) => call<CorrectionsUpdate>("undo_corrections", { fields }),
  applyCorrections: (path: string) => call<CorrectionsUpdate>("apply_corrections", { path }),
  saveCorrections: (path: string) => call<CorrectionsState>("save_corrections", { path }),
  writeLetter: (form: LetterForm) => call<LetterView>("write_letter", { form }),
  /** Resolves to where the letter was written. */
  saveLetter: (path: string, text: string) => call<string>("save_letter", { path, text }),
  /** Resolves to where the report was written; `includeValues` lists categories whose example
   * values it shows (none: value-free). */
  saveReport: (path: string, includeValues: string[]) => call<string>("save_report", { path, includeValues }),
};

let policyDocument: Promise<PolicyDocument> | null = null;

/** The policy never changes while the app runs, so it is fetched once. */
export function policyOnce(): Promise<PolicyDocument> {
  policyDocument ??= commands.policy().catch((error: unknown) => {
    policyDocument = null;
    throw error;
  });
  return policyDocument;
}

/** The errors of a failed call as the sentence to show. */
export function messageOf(error: unknown): string {
  return error instanceof CommandFailure ? error.message : `Something went wrong: ${String(error)}`;
}
