// Typed wrappers over the shell's commands. Argument and result types come from generated.ts,
// which the Rust side produces from its own types.

import { invoke } from "@tauri-apps/api/core";
import type { ErrorCode, ErrorPayload, ExportInfo, StartInfo } from "./generated";

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
  openExport: (path: string) => call<ExportInfo>("open_export", { path }),
};
