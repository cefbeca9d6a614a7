//! Searching every value of an export: where does my phone number, my e-mail address or my
//! old street appear? Each file the scan read is read again, streamed record by record, on
//! every core (`in_order` keeps the hits in the export's order), and every value that holds
//! the query is reported with its file, field, record number and the category its field was
//! given. Nothing is kept but the hits, and the search stops at its limit, so memory stays
//! small whatever the export's size.

mod hits;
mod in_order;
pub mod index;
pub mod letter_runs;
pub mod normalize;
pub mod values;

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::Serialize;

use crate::export::locate::StartNear;
use crate::formats::FileKind;
use crate::problem::{Problem, Severity};
use crate::scan::read_file::{reread_file, reread_file_from};
use crate::scan::{ExportScan, FileReport, FileStatus, ScanOptions};
use crate::summary::FieldRow;
use hits::HitSink;
pub use hits::MAX_VALUE_CHARS;
use in_order::{Job, PartHits, PartRead, Workers};
use index::{Probe, ReadPart};
pub use values::{Needle, TextMatch};

/// One place a value occurs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueHit {
    pub file: String,
    /// "" for the file's main table, else the key path of the nested array (`outputs[]`).
    pub table: String,
    /// The key path or column, as `dossier fields` names it.
    pub field: String,
    /// 1-based number of the record in its table.
    pub row: u64,
    /// The value as text; a long one is cut to the part around the match.
    pub value: String,
    /// The policy category of the field, or `None` when it is unclassified.
    pub category: Option<String>,
}

/// What a search found.
#[derive(Debug, Clone, Serialize)]
pub struct ValueSearch {
    pub query: String,
    pub hits: Vec<ValueHit>,
    /// False when the search stopped at its limit: there may be more.
    pub complete: bool,
    pub files_searched: u64,
    /// Files that could not be searched, or only in part, with the reason.
    pub problems: Vec<Problem>,
}

/// What to look for, and how much of it.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub query: String,
    pub mode: TextMatch,
    /// Most hits to return; the search stops there.
    pub limit: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("the search is empty; give a value to look for, such as an e-mail address")]
    EmptyQuery,
    #[error("the limit must be at least 1")]
    ZeroLimit,
    #[error("the search was cancelled")]
    Cancelled,
}

impl SearchError {
    /// A stable machine-readable code, for the desktop app's `{code, message}` errors.
    pub fn code(&self) -> &'static str {
        match self {
            SearchError::EmptyQuery => "empty_query",
            SearchError::ZeroLimit => "zero_limit",
            SearchError::Cancelled => "cancelled",
        }
    }
}

/// A field the index says may hold a query.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldPlace {
    pub file: String,
    pub table: String,
    pub field: String,
    pub category: Option<String>,
}

/// The fields whose values may hold `query`, from the scan's index alone, without reading the
/// export again: every value a search finds is in one of them, though some of them may hold
/// none (the index keeps runs of letters, not the values). `None` when the index cannot
/// tell: the scan built none, or the query has fewer than three letters and digits.
pub fn fields_that_may_hold(
    scan: &ExportScan,
    rows: &[FieldRow],
    query: &str,
) -> Option<Vec<FieldPlace>> {
    let probe = Needle::parse(query)?.probe();
    if matches!(probe, Probe::Any) || scan.values.is_empty() {
        return None;
    }
    let categories = FieldCategories::new(rows);
    let mut places = Vec::new();
    for file in scan.files.iter().filter(|f| is_searchable(f)) {
        let fields = scan.values.file(&file.path)?.fields_that_may_hold(&probe)?;
        places.extend(fields.into_iter().map(|(table, field)| FieldPlace {
            file: file.path.clone(),
            table: table.to_owned(),
            field: field.to_owned(),
            category: categories.of(&file.path, table, field),
        }));
    }
    Some(places)
}

/// Whether a search reads the file: it was read, at least in part, and holds records.
fn is_searchable(file: &FileReport) -> bool {
    matches!(file.status, FileStatus::Read | FileStatus::Partial)
        && !matches!(file.kind, FileKind::Zip | FileKind::Other)
}

/// Told of each hit as soon as it is found, and of each file once searched, so that a window
/// can fill in the results and show progress while the search goes on.
pub trait SearchObserver {
    fn hit(&mut self, _hit: &ValueHit) {}
    /// `done` of the `total` files to search have been searched.
    fn file_searched(&mut self, _done: u64, _total: u64) {}
}

impl SearchObserver for () {}

/// Categories of fields by (file, table, field), from the labelled fields of a scan.
pub struct FieldCategories(HashMap<(String, String, String), Option<String>>);

impl FieldCategories {
    pub fn new(rows: &[FieldRow]) -> Self {
        FieldCategories(
            rows.iter()
                .map(|r| {
                    (
                        (r.file.clone(), r.table.clone(), r.field.clone()),
                        r.category.clone(),
                    )
                })
                .collect(),
        )
    }

    fn of(&self, file: &str, table: &str, field: &str) -> Option<String> {
        self.0
            .get(&(file.to_owned(), table.to_owned(), field.to_owned()))
            .cloned()
            .flatten()
    }
}

/// Searches every value of the export at `export`, which `scan` read and `rows` labelled.
/// `observer` is told of each hit as it is found and of each file searched; set
/// `options.cancel` to stop the search.
pub fn search_values(
    export: &Path,
    scan: &ExportScan,
    rows: &[FieldRow],
    request: &SearchRequest,
    options: &ScanOptions,
    observer: &mut dyn SearchObserver,
) -> Result<ValueSearch, SearchError> {
    let needle = Needle::parse(&request.query).ok_or(SearchError::EmptyQuery)?;
    if request.limit == 0 {
        return Err(SearchError::ZeroLimit);
    }
    let categories = FieldCategories::new(rows);
    let mut found = ValueSearch {
        query: request.query.clone(),
        hits: Vec::new(),
        complete: true,
        files_searched: 0,
        // What the scan could not read is not searched either; the user should know.
        problems: scan
            .problems
            .iter()
            .filter(|p| p.severity != Severity::Note)
            .cloned()
            .collect(),
    };
    let searchable: Vec<_> = scan.files.iter().filter(|f| is_searchable(f)).collect();
    let total = searchable.len() as u64;
    let probe = needle.probe();
    // The index, when the scan built one, rules out the files none of whose values can hold
    // the query, which are not read again, and in a long file the blocks of records that
    // cannot: only the runs of blocks that may are read.
    let mut jobs = Vec::new();
    let mut parts_of = Vec::new();
    for &file in &searchable {
        let parts = match scan.values.file(&file.path) {
            Some(index) => index.plan(&probe),
            None => vec![ReadPart::WHOLE],
        };
        parts_of.push(jobs.len()..jobs.len() + parts.len());
        jobs.extend(parts.into_iter().map(|part| Job { file, part }));
    }
    let workers = Workers::new(&jobs, request.limit);
    let search = |job: &Job<'_>, room, found: &mut dyn PartHits| {
        search_part(
            export,
            job,
            room,
            &needle,
            request.mode,
            &categories,
            options,
            &workers.enough,
            found,
        )
    };
    let cancelled = || options.cancel.load(Ordering::Relaxed);
    workers.run(&search, |turns| {
        for (file, parts) in searchable.iter().zip(parts_of) {
            let mut outcome = Ok(None);
            let mut full = false;
            for i in parts {
                turns.pass_over(i);
                let mut cut = false;
                let mut give = |hit: ValueHit| {
                    if found.hits.len() < request.limit {
                        observer.hit(&hit);
                        found.hits.push(hit);
                    } else {
                        cut = true;
                    }
                    found.hits.len()
                };
                let (read, ended) = turns
                    .take(i, &mut give, &cancelled)
                    .ok_or(SearchError::Cancelled)?;
                full = found.hits.len() == request.limit;
                match read {
                    // A part stopped at the search's limit or past its last block ended well.
                    Ok(read) if !ended && !cut && !full => {
                        outcome = Ok(read.error.or(outcome.ok().flatten()))
                    }
                    Ok(_) => {}
                    Err(e) => outcome = Err(e),
                }
                if full || outcome.is_err() {
                    break;
                }
            }
            found.files_searched += 1;
            observer.file_searched(found.files_searched, total);
            match outcome {
                // A file the scan read in part fails again at the same place: its problem is
                // already listed.
                Ok(Some(error)) if file.status == FileStatus::Read => {
                    found.problems.push(Problem::new(
                        &file.path,
                        Severity::Partial,
                        format!("it was searched only in part: {error}"),
                    ));
                }
                Ok(_) => {}
                Err(e) => found.problems.push(Problem::new(
                    &file.path,
                    Severity::NotRead,
                    format!("it could not be searched ({e})"),
                )),
            }
            if cancelled() {
                return Err(SearchError::Cancelled);
            }
            if full {
                found.complete = false;
                break;
            }
        }
        Ok(())
    })?;
    Ok(found)
}

/// Searches one part of a file for at most `room` hits, telling `found` of each. Returns how
/// the read went, and whether it ended on purpose (at `room` hits, or past the part's last
/// block).
#[allow(clippy::too_many_arguments)]
fn search_part(
    export: &Path,
    job: &Job<'_>,
    room: usize,
    needle: &Needle,
    mode: TextMatch,
    categories: &FieldCategories,
    options: &ScanOptions,
    enough: &AtomicBool,
    found: &mut dyn PartHits,
) -> PartRead {
    let (file, part) = (job.file, &job.part);
    let stop = Arc::new(AtomicBool::new(false));
    let mut sink = HitSink {
        file: &file.path,
        needle,
        mode,
        room,
        categories,
        records: part.from.as_ref().map_or_else(HashMap::new, |from| {
            from.block.records_before.iter().cloned().collect()
        }),
        until: part.until,
        past: false,
        stop: &stop,
        cancel: [&options.cancel, enough],
        out: found,
    };
    let read = match &part.from {
        Some(from) => reread_file_from(
            export,
            &file.path,
            options.limits,
            &stop,
            &mut sink,
            from.restart,
            StartNear {
                at: from.at,
                near: from.near,
            },
        ),
        None => reread_file(export, &file.path, options.limits, &stop, &mut sink),
    };
    let ended = sink.room == 0 || sink.past;
    (read, ended)
}
