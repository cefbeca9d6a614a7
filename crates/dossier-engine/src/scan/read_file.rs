//! Reads one file of an export into a record sink, whatever its format, and turns every
//! failure into a plain sentence for the user.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use crate::decode::text::decode_text;
use crate::export::guard::{RecordLimitReader, ScanGuard};
use crate::export::locate::{with_file, with_file_near, LocateError, StartNear};
use crate::formats::csv_table::{read_csv, read_csv_rows, CsvShape};
use crate::formats::image::read_image;
use crate::formats::js_wrapped::{strip_assignment, StatementEnd};
use crate::formats::json::{read_json, skip_hijacking_guard, JsonStream};
use crate::formats::json_lines::read_json_lines;
use crate::formats::FileKind;
use crate::limits::Limits;
use crate::problem::Severity;
use crate::records::flatten::Flattener;
use crate::records::sink::{FileTables, RecordSink, Row, RowCollector};
use crate::records::stats::TableStats;
use crate::scan::report::FileStatus;
use crate::search::index::FileIndex;

/// The outcome of reading one file: notes worth telling the user, and the error that
/// stopped the read, if any.
#[derive(Debug, Default)]
pub(crate) struct FileRead {
    pub notes: Vec<String>,
    pub error: Option<String>,
    /// How to read the file again from one of its records, when its format allows it.
    pub restart: Option<Restart>,
}

/// How to read a file again from a record in its middle rather than from its start: CSV and
/// JSON Lines files whose text is the file's bytes as they are (UTF-8), once their shape is
/// known.
#[derive(Debug, Clone)]
pub(crate) struct Restart {
    /// Bytes of the file before its text (a BOM): record offsets count from there.
    pub text_start: u64,
    pub format: RestartFormat,
}

#[derive(Debug, Clone)]
pub(crate) enum RestartFormat {
    Csv(CsvShape),
    JsonLines,
}

/// Reads `file` again into `sink` from the record that starts at byte `at` of the file,
/// which `restart` (from its scan) tells how to read. The file is opened as near before it as
/// it can be (`StartNear`), and the bytes from there to it are skipped unparsed.
pub(crate) fn reread_file_from(
    export: &Path,
    file: &str,
    limits: Limits,
    stop: &Arc<AtomicBool>,
    sink: &mut dyn RecordSink,
    restart: &Restart,
    start: StartNear<'_>,
) -> Result<FileRead, LocateError> {
    let guard = ScanGuard::new(limits, stop.clone());
    with_file_near(export, file, &guard, start, &mut |_, raw, from, guard| {
        let mut outcome = FileRead::default();
        let (limited, mark) = RecordLimitReader::new(raw, guard.clone());
        let mut reader = BufReader::new(limited);
        let skip = start.at.saturating_sub(from);
        let result = match io::copy(&mut (&mut reader).take(skip), &mut io::sink()) {
            Ok(skipped) if skipped == skip => match &restart.format {
                RestartFormat::Csv(shape) => read_csv_rows(reader, shape, &mark, sink)
                    .map_err(|e| format!("it is not a readable CSV file ({e})")),
                RestartFormat::JsonLines => {
                    let mut stream = JsonStream {
                        sink,
                        flattener: Flattener::default(),
                        mark: mark.clone(),
                    };
                    lines(Box::new(reader), &mut stream, &mut outcome)
                }
            },
            Ok(_) => Err("it is shorter than when it was scanned; open the export again".into()),
            Err(e) => Err(format!("it could not be read ({e})")),
        };
        outcome.error = result.err().map(|message| failure(guard, message));
        outcome
    })
}

/// Reads `file` of the export at `export` again into `sink`, after a scan. The read stops when
/// `stop` is thrown: a sink throws it once it has what it needs or when its caller cancels.
pub(crate) fn reread_file(
    export: &Path,
    file: &str,
    limits: Limits,
    stop: &Arc<AtomicBool>,
    sink: &mut dyn RecordSink,
) -> Result<FileRead, LocateError> {
    let guard = ScanGuard::new(limits, stop.clone());
    with_file(export, file, &guard, &mut |kind, raw, guard| {
        read_file(kind, raw, guard, sink)
    })
}

/// One file of a scan read into the statistics of its tables, with what went wrong. It is
/// made apart from the scan (on any thread) and added to it in the listing's order.
#[derive(Debug)]
pub(crate) struct TablesRead {
    /// Problems to report under the file's path, in order.
    pub problems: Vec<(Severity, String)>,
    pub status: FileStatus,
    pub records: u64,
    pub tables: Vec<TableStats>,
    /// The index of its values, when the scan builds one.
    pub index: Option<FileIndex>,
}

/// Reads `raw` as the file `path` of `kind` into the statistics of its tables, and into an
/// index of its values when `index_values` is set.
pub(crate) fn read_tables(
    path: &str,
    kind: FileKind,
    raw: Box<dyn Read + '_>,
    guard: &ScanGuard,
    index_values: bool,
) -> TablesRead {
    let mut tables = FileTables::new(path, index_values);
    let outcome = read_file(kind, raw, guard, &mut tables);
    let records = tables.records();
    let mut problems: Vec<(Severity, String)> = outcome
        .notes
        .into_iter()
        .map(|note| (Severity::Note, note))
        .collect();
    let status = match (&outcome.error, records) {
        (None, _) => FileStatus::Read,
        (Some(_), 0) => FileStatus::Failed,
        (Some(_), _) => FileStatus::Partial,
    };
    if let Some(message) = outcome.error {
        let severity = if records == 0 {
            Severity::NotRead
        } else {
            Severity::Partial
        };
        problems.push((severity, message));
    }
    let (tables, index) = tables.finish();
    let index = index.map(|index| index.with_restart(outcome.restart));
    TablesRead {
        problems,
        status,
        records,
        tables,
        index,
    }
}

/// Reads `raw` as a file of `kind` into `sink`.
pub(crate) fn read_file(
    kind: FileKind,
    raw: Box<dyn Read + '_>,
    guard: &ScanGuard,
    sink: &mut dyn RecordSink,
) -> FileRead {
    let mut outcome = FileRead::default();
    let (limited, mark) = RecordLimitReader::new(raw, guard.clone());
    let result: Result<(), String> = (|| {
        if kind == FileKind::Image {
            return read_image(limited, sink).map_err(|e| e.to_string());
        }
        let decoded =
            decode_text(Box::new(limited)).map_err(|e| format!("it could not be read ({e})"))?;
        outcome.notes.extend(decoded.note);
        let restart = |format| {
            decoded
                .text_start
                .map(|text_start| Restart { text_start, format })
        };
        let mut reader = decoded.reader;
        if kind == FileKind::Json {
            skip_hijacking_guard(&mut reader).map_err(|e| format!("it could not be read ({e})"))?;
        }
        let mut stream = JsonStream {
            sink,
            flattener: Flattener::default(),
            mark: mark.clone(),
        };
        match kind {
            FileKind::Json if looks_like_json_lines(&mut reader) => {
                outcome.restart = restart(RestartFormat::JsonLines);
                lines(reader, &mut stream, &mut outcome)?;
            }
            FileKind::Json => read_json(reader, &mut stream).map_err(json_message)?,
            FileKind::JsonLines => {
                outcome.restart = restart(RestartFormat::JsonLines);
                lines(reader, &mut stream, &mut outcome)?;
            }
            FileKind::JsWrapped => {
                strip_assignment(&mut reader).map_err(|e| e.to_string())?;
                read_json(BufReader::new(StatementEnd::new(reader)), &mut stream)
                    .map_err(json_message)?;
            }
            FileKind::Csv | FileKind::Tsv => {
                let shape = read_csv(reader, kind == FileKind::Tsv, &mark, stream.sink)
                    .map_err(|e| format!("it is not a readable CSV file ({e})"))?;
                let preamble_rows = shape.preamble_rows;
                outcome.restart = restart(RestartFormat::Csv(shape));
                if preamble_rows > 0 {
                    outcome.notes.push(format!(
                        "{} row(s) before the header were skipped as a preamble (notes, not data)",
                        preamble_rows
                    ));
                }
            }
            FileKind::Image | FileKind::Zip | FileKind::Other => {}
        }
        if stream.flattener.repaired > 0 {
            outcome.notes.push(format!(
                "{} text value(s) were repaired from mojibake (UTF-8 written as Latin-1, as in Meta's exports)",
                stream.flattener.repaired
            ));
        }
        Ok(())
    })();
    outcome.error = result.err().map(|message| failure(guard, message));
    outcome
}

/// What stopped a read: a limit that tripped is the real cause, whatever the parser made of it.
fn failure(guard: &ScanGuard, message: String) -> String {
    guard
        .take_tripped()
        .map_or(message, |limit| limit.to_string())
}

fn lines(
    reader: Box<dyn BufRead + '_>,
    stream: &mut JsonStream<'_>,
    outcome: &mut FileRead,
) -> Result<(), String> {
    let bad = read_json_lines(reader, stream).map_err(|e| format!("it could not be read ({e})"))?;
    outcome.notes.extend(bad.message());
    Ok(())
}

/// JSON Lines saved as `.json`: the first line is a whole object and the next line starts
/// another one.
fn looks_like_json_lines(reader: &mut Box<dyn BufRead + '_>) -> bool {
    let Ok(head) = reader.fill_buf() else {
        return false;
    };
    let mut lines = head
        .split(|&b| b == b'\n')
        .map(|l| l.trim_ascii())
        .filter(|l| !l.is_empty());
    let (Some(first), Some(second)) = (lines.next(), lines.next()) else {
        return false;
    };
    second.starts_with(b"{")
        && serde_json::from_slice::<serde_json::Value>(first).is_ok_and(|v| v.is_object())
}

fn json_message(e: serde_json::Error) -> String {
    let text = e.to_string();
    if text.contains("recursion limit exceeded") {
        format!(
            "it nests arrays or objects more than 128 levels deep, beyond Dossier's limit; it was not read ({text})"
        )
    } else if e.is_eof() && e.line() == 1 && e.column() == 0 {
        "it is empty".to_string()
    } else if e.is_eof() {
        format!("it ends in the middle of the JSON (was it cut short?): {text}")
    } else {
        format!("it is not valid JSON: {text}")
    }
}

/// Reads every row of one file (tables by name; "" is the main table), with the default
/// limits. `name` is the file's name, which decides its format.
pub fn read_file_rows(name: &str, reader: impl Read) -> Result<BTreeMap<String, Vec<Row>>, String> {
    let guard = ScanGuard::new(Limits::default(), Arc::default());
    let mut rows = RowCollector::default();
    let outcome = read_file(FileKind::of(name), Box::new(reader), &guard, &mut rows);
    match outcome.error {
        Some(e) => Err(e),
        None => Ok(rows.tables),
    }
}
