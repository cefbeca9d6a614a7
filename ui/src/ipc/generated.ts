// Generated from the Rust types in src-tauri by its `bindings` test. Do not edit.

export type ErrorCode = "export_not_found" | "export_unreadable" | "export_damaged" | "export_unsupported" | "open_cancelled" | "no_export_open" | "not_in_export" | "file_unreadable" | "table_too_large" | "table_cancelled" | "search_empty" | "search_cancelled" | "unknown_category" | "not_a_field" | "manifest_unreadable" | "manifest_invalid" | "manifest_unknown_categories" | "manifest_matches_nothing" | "nothing_to_save" | "save_inside_export" | "save_failed" | "letter_unavailable" | "not_a_date" | "recent_not_saved" | "hidden_in_presenter_mode" | "not_on_this_system" | "internal";

export type ErrorPayload = { code: ErrorCode, message: string, };

export type StartInfo = { 
/**
 * The export named on the command line, opened at once when present.
 */
launch_path: string | null, 
/**
 * Corrections named on the command line, applied once the launch export is open.
 */
launch_manifest: string | null, 
/**
 * The bundled sample export, when this build ships one.
 */
sample_path: string | null, 
/**
 * Recently opened exports, newest first (paths only, never content).
 */
recent: Array<string>, 
/**
 * Whether opened exports are remembered at all; off, nothing about them is written.
 */
remember_recent: boolean, 
/**
 * Whether presenter mode is on: then `recent` is empty, since the names of a person's
 * exports are theirs too.
 */
presenter: boolean, 
/**
 * Whether the system can keep the window out of screen capture (Windows, macOS).
 */
can_hide_from_capture: boolean, };

export type OpenRequest = { 
/**
 * Absolute path of the export.
 */
path: string, 
/**
 * Corrections to apply once it is open (`--manifest FILE` on the second launch).
 */
manifest: string | null, };

export type AboutInfo = { 
/**
 * The app's version from its Tauri config (the workspace version in Cargo.toml).
 */
version: string, 
/**
 * The company whose privacy policy exports are read against.
 */
policy_company: string, 
/**
 * That policy's own title.
 */
policy_title: string, 
/**
 * The date the policy took effect, `YYYY-MM-DD`.
 */
policy_effective_date: string, };

export type OpenProgress = { 
/**
 * The policy's categories with the records of the files read so far.
 */
categories: Array<CategorySoFar>, files_done: number, files_total: number | null, bytes_read: number, 
/**
 * Records read so far, across all files.
 */
records: number, 
/**
 * The file just read (a path inside the export).
 */
last_file: string, };

export type CategorySoFar = { id: string, name: string, records: number, };

export type ExportSource = "zip" | "folder" | "file";

export type CategoryState = "found" | "disclosed_not_found";

export type CategoryCard = { id: string, 
/**
 * The policy's exact name.
 */
name: string, 
/**
 * One line from the policy pack: what kind of data this is.
 */
summary: string, state: CategoryState, records: number, fields: number, files: Array<string>, 
/**
 * Earliest and latest date in those records, UTC.
 */
date_range: DateRange | null, };

export type DateRange = { from: string, to: string, };

export type ProblemSeverity = "note" | "partial" | "not_read";

export type ProblemView = { path: string, message: string, severity: ProblemSeverity, };

export type FieldView = { file: string, 
/**
 * The table inside the file ("" for the main one).
 */
table: string, 
/**
 * Key path or column; "" for a whole file such as an image.
 */
field: string, 
/**
 * The policy's exact category name, or null when unclassified.
 */
category: string | null, 
/**
 * 0..1.
 */
confidence: number, evidence: string, examples: Array<string>, 
/**
 * Records holding a value.
 */
values: number, 
/**
 * The inferred type of the values (string, integer, date_time, ...).
 */
kind: string, 
/**
 * What undisclosed kind of personal data the field looks like, if any.
 */
undisclosed: string | null, 
/**
 * Set when the user's corrections label the field: what the rules said before.
 */
correction: CorrectionView | null, };

export type FileCounts = { total: number, read: number, partial: number, failed: number, not_read: number, };

export type Overview = { path: string, name: string, source: ExportSource, 
/**
 * The policy the export is read against ("Clarifai, Inc. — Privacy Policy (2021-10-13)").
 */
policy: string, categories: Array<CategoryCard>, 
/**
 * Names of categories the policy discloses that the export lacks.
 */
missing: Array<string>, unclassified: Array<FieldView>, 
/**
 * Fields that look like personal data no category of the policy covers.
 */
undisclosed: Array<FieldView>, problems: Array<ProblemView>, files: FileCounts, corrections: CorrectionsState, };

export type TableRef = { file: string, table: string, records: number, };

export type CategoryDetail = { card: CategoryCard, 
/**
 * Our plain-language explanation (not the company's words).
 */
explanation: string, sections: Array<SectionRef>, 
/**
 * The fields of this category: every field of its images, and the first ones of its data
 * files (`data_fields` counts them all).
 */
fields: Array<FieldView>, data_fields: number, tables: Array<TableRef>, 
/**
 * Image files of the export that hold fields of this category.
 */
images: Array<ImageCard>, };

export type ImageCard = { file: string, 
/**
 * (field, value) pairs read from the image file: dimensions, camera, time, position.
 */
facts: Array<ImageFact>, };

export type ImageFact = { field: string, value: string, };

export type SectionRef = { id: string, title: string, 
/**
 * True when the title was added by Dossier; the source has no heading there.
 */
title_added: boolean, };

export type FileKindView = "json" | "json_lines" | "csv" | "tsv" | "js_wrapped" | "image" | "zip" | "other";

export type FileState = "read" | "partial" | "failed" | "not_read";

export type FileEntry = { path: string, size: number, kind: FileKindView, state: FileState, records: number, 
/**
 * Categories of the file's fields, by policy name, without repeats.
 */
categories: Array<string>, };

export type FileDetail = { file: FileEntry, tables: Array<TableRef>, 
/**
 * The file's first fields; `field_count` counts them all.
 */
fields: Array<FieldView>, field_count: number, problems: Array<ProblemView>, };

export type RowsPage = { file: string, table: string, 
/**
 * The table's fields: all of them once the table is held, otherwise those met up to the
 * end of this page.
 */
columns: Array<string>, rows: Array<Array<string>>, offset: number, 
/**
 * Records in the table.
 */
total: number, 
/**
 * Records the grid's filter selects (all of them when it has none).
 */
matching: number, 
/**
 * Whether the rows came from the table held in memory, where sorting and filtering apply.
 */
held: boolean, 
/**
 * Set when the file could only be read in part.
 */
problem: string | null, };

export type GridQuery = { 
/**
 * Text that one of a row's cells contains, ignoring case; empty for every row.
 */
filter: string, sort: GridSort | null, };

export type GridSort = { column: string, descending: boolean, };

export type HeldTableInfo = { file: string, table: string, rows: number, columns: Array<string>, 
/**
 * Set when the file could only be read in part (the table holds what was read).
 */
problem: string | null, };

export type FileText = { path: string, text: string, 
/**
 * Set when the bytes were not valid UTF-8 and were shown with replacement characters.
 */
lossy: boolean, };

export type ImageLinksView = { 
/**
 * One entry per image asked for that other files say something about.
 */
images: Array<ImageTags>, 
/**
 * Files that could only be read in part while linking: what they say may be incomplete.
 */
problems: Array<ProblemView>, };

export type ImageTags = { file: string, sources: Array<TagSource>, };

export type TagSource = { 
/**
 * The file the records are in.
 */
file: string, 
/**
 * The field whose value linked them to the image (a key such as `input_id`, or a path).
 */
field: string, 
/**
 * That value.
 */
value: string, 
/**
 * When the value is a key: the file where that key stands beside the image's path.
 */
through: KeyThrough | null, 
/**
 * The model that made the tags, as the file names it.
 */
model: string | null, records: number, 
/**
 * Best score first.
 */
tags: Array<TagView>, 
/**
 * Tags not listed.
 */
more_tags: number, 
/**
 * Rows without tags, counted (`faces`: 1).
 */
counts: Array<CountView>, };

export type KeyThrough = { file: string, 
/**
 * The field holding the key there (`id`).
 */
key_field: string, 
/**
 * The field holding the image's path there (`file`).
 */
path_field: string, };

export type TagView = { name: string, 
/**
 * The score as a percentage ("94%"), when the file gives one.
 */
score: string | null, };

export type CountView = { what: string, count: number, };

export type PolicyDocument = { company: string, title: string, effective_date: string, 
/**
 * "Not legal advice": shown wherever annotations are.
 */
disclaimer: string, sections: Array<PolicySection>, annotations: Array<PolicyAnnotation>, categories: Array<PolicyCategory>, };

export type PolicySection = { id: string, parent: string | null, title: string, 
/**
 * True when the title was added by Dossier; the source has no heading there.
 */
title_added: boolean, depth: number, blocks: Array<PolicyBlock>, };

export type PolicyBlock = { "kind": "paragraph", text: string, } | { "kind": "item", text: string, level: number, } | { "kind": "table", header: Array<string>, rows: Array<Array<string>>, };

export type PolicyAnnotation = { section: string, 
/**
 * The exact words of the section the note is about.
 */
quote: string, note: string, 
/**
 * meaning, right, action, sharing, retention, dated, transfer, gap or contact.
 */
kind: string, 
/**
 * Where a statement of law or fact in the note can be checked; empty for a note that only
 * explains the policy's words.
 */
sources: Array<PolicySource>, 
/**
 * The day the sources were last read, as `YYYY-MM-DD`, when there are sources.
 */
checked: string | null, };

export type PolicySource = { 
/**
 * Short citation, shown as the link text, e.g. "GDPR Art. 15(1)(c)".
 */
cite: string, url: string, };

export type PolicyCategory = { id: string, name: string, sections: Array<string>, };

export type SnippetRun = { text: string, marked: boolean, };

export type PolicyHit = { section: string, section_title: string, 
/**
 * Where the snippet is from: policy_text, annotation (our words) or title.
 */
matched_in: string, snippet: Array<SnippetRun>, };

export type SearchResults = { query: string, 
/**
 * Categories whose name or summary matches: (id, name).
 */
categories: Array<CategoryHit>, policy: Array<PolicyHit>, fields: Array<FieldView>, 
/**
 * Paths of files inside the export.
 */
files: Array<string>, };

export type CategoryHit = { id: string, name: string, };

export type ValueFieldView = { file: string, 
/**
 * "" for the file's main table.
 */
table: string, field: string, 
/**
 * The policy category of the field, or null when it is unclassified.
 */
category: string | null, };

export type ValueHitView = { file: string, 
/**
 * "" for the file's main table.
 */
table: string, field: string, 
/**
 * 1-based number of the record in its table, as the records grid counts them.
 */
row: number, value: string, 
/**
 * The policy category of the field, or null when it is unclassified.
 */
category: string | null, };

export type ValueResults = { query: string, hits: Array<ValueHitView>, 
/**
 * False when the search stopped at its limit: there may be more.
 */
complete: boolean, 
/**
 * Files that could not be searched, or only in part.
 */
problems: Array<ProblemView>, };

export type ValueSearchProgress = { hits: Array<ValueHitView>, files_done: number, files_total: number, };

export type FieldKey = { file: string, field: string, };

export type CorrectionView = { 
/**
 * The category the rules gave it (null when they left it unclassified).
 */
was_category: string | null, was_confidence: number, was_evidence: string, 
/**
 * True when the field itself was corrected (undoing it reverts the field); false when a
 * correction of its whole file or folder, from an applied corrections file, covers it.
 */
own: boolean, };

export type CorrectionsState = { 
/**
 * Fields corrected one by one.
 */
fields: number, 
/**
 * Whole files or folders corrected (only from an applied corrections file).
 */
files: number, 
/**
 * True when some corrections are in no file yet: closing would lose them.
 */
unsaved: boolean, 
/**
 * The file the corrections were last saved to or applied from.
 */
file: string | null, };

export type CorrectionsUpdate = { overview: Overview, fields: Array<FieldView>, files: Array<FileEntry>, 
/**
 * A sentence for the user when there is something to say ("Applied 4 of 5 corrections …").
 */
message: string | null, };

export type LetterForm = { 
/**
 * The id of one of the pack's laws (`gdpr`, `ccpa`).
 */
law: string, name: string | null, email: string | null, 
/**
 * `YYYY-MM-DD`; empty for today.
 */
date: string, };

export type LawOption = { id: string, name: string, };

export type LetterView = { laws: Array<LawOption>, law: string, 
/**
 * Where to send it: the address the policy gives.
 */
email: string, subject: string, 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * The last day to answer, written out (`2 January 2027`).
 */
deadline: string, 
/**
 * How many paragraphs come from this export's findings (missing categories, undisclosed
 * data, unreadable files), beside the questions every letter asks.
 */
findings: number, text: string, };
