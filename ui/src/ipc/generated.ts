// Generated from the Rust types in src-tauri by its `bindings` test. Do not edit.

export type ErrorCode = "export_not_found" | "export_unreadable" | "export_unsupported" | "internal";

export type ErrorPayload = { code: ErrorCode, message: string, };

export type ExportKind = "zip" | "folder" | "file";

export type ExportInfo = { 
/**
 * The path exactly as the user gave it, shown in the title and in recent exports.
 */
path: string, 
/**
 * The last component of the path, for headings.
 */
name: string, kind: ExportKind, 
/**
 * Size on disk in bytes: the file's size, or the sum of the files in a folder.
 */
size_bytes: number, };

export type StartInfo = { 
/**
 * The export named on the command line, opened at once when present.
 */
launch_path: string | null, 
/**
 * The bundled sample export, when this build ships one.
 */
sample_path: string | null, 
/**
 * Recently opened exports, newest first (paths only, never content).
 */
recent: Array<string>, };
