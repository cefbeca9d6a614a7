//! The open export: read once, classified once, kept for the views to query.
//!
//! Only the scan's statistics are kept (counts, a few examples per field), never the rows; a
//! view that needs rows or an image reads them again from the export, one page at a time.

use crate::error::{CommandError, CommandResult};
use crate::held_table::HeldTable;
use crate::ipc::corrections::CorrectionsState;
use crate::ipc::export::{CategorySoFar, OpenProgress};
use dossier_engine::classify::manifest::Manifest;
use dossier_engine::classify::{classify, classify_with, Corrections, FieldLabel};
use dossier_engine::mask::{ExportNames, Mask};
use dossier_engine::scan::{FileReport, SourceKind};
use dossier_engine::summary::{field_rows, summarize, FieldRow, Summary};
use dossier_engine::{
    link_images, scan_export, ExportScan, ImageLinks, ScanObserver, ScanOptions, ScanProgress,
    TableStats,
};
use dossier_policy::PolicyPack;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant};

/// Progress is sent at most this often: often enough to feel live, rarely enough that classifying
/// the files read so far (for the counts that fill in) stays a small share of the scan.
const PROGRESS_INTERVAL: Duration = Duration::from_millis(200);

pub struct LoadedExport {
    /// The path as the user gave it.
    pub path: PathBuf,
    pub scan: ExportScan,
    /// Where each file is in `scan.files` and which rows are its fields, so that views of
    /// exports with 100,000 files look a file up instead of searching. Rows keep their order
    /// whatever their labels, so this holds for every `Labels`.
    by_path: HashMap<String, (usize, Vec<usize>)>,
    /// The fields' labels, replaced whole when the user's corrections change.
    labels: RwLock<Arc<Labels>>,
    /// Changes to the corrections, one at a time, so none is lost between read and replace.
    relabelling: Mutex<()>,
    /// The file the corrections were last saved to or applied from, with what it held then.
    saved: Mutex<Option<Saved>>,
    /// The table the records grid holds in memory, if any.
    pub held: HeldTable,
    /// What other files say about the images, found on first request and kept.
    links: Mutex<Option<Arc<ImageLinks>>>,
    /// Set when another export replaces this one, to stop work still running on it.
    retired: Arc<AtomicBool>,
    /// The masked names of its files and fields, made the first time presenter mode shows it.
    /// The app has one mask, so they never change.
    masked_names: OnceLock<Arc<ExportNames>>,
}

/// How the evidence of a corrected field names its source.
const CORRECTION_ORIGIN: &str = "Your correction";

/// Every field's label, the summary by category they make, and the user's corrections they
/// include. Commands take one `Labels` and answer from it, so an answer never mixes two.
pub struct Labels {
    pub summary: Summary,
    /// Every field with its label, in scan order.
    pub rows: Vec<FieldRow>,
    /// The user's corrections, kept in memory only until the user saves them.
    pub corrections: Manifest,
    /// For each field the corrections cover, the label the rules (and the export's own
    /// manifest) gave it, by (file, table, field).
    originals: HashMap<(String, String, String), FieldLabel>,
}

/// How a correction covers a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Covered {
    /// The field itself was corrected; undoing it reverts the field.
    Field,
    /// A correction of its whole file or folder (from an applied corrections file).
    FileOrFolder,
}

impl Labels {
    /// Labels `scan` with the rules, the export's own manifest, then `corrections`.
    /// `before` (the labels these replace) gives the rules' label of newly corrected fields.
    fn new(
        scan: &ExportScan,
        pack: &PolicyPack,
        corrections: Manifest,
        before: Option<&Labels>,
    ) -> Labels {
        let yours = Corrections {
            manifest: &corrections,
            origin: CORRECTION_ORIGIN,
        };
        let labels = classify_with(scan, pack, &[yours]);
        let summary = summarize(scan, pack, &labels);
        let mut originals = HashMap::new();
        if let Some(before) = before {
            let covered = Coverage::of(&corrections);
            // Rows keep their order, so `before.rows` names this scan's fields with their
            // previous labels: the rules' label, unless a correction already covered it.
            for row in &before.rows {
                if !covered.covers(&row.file, &row.field) {
                    continue;
                }
                let key = (row.file.clone(), row.table.clone(), row.field.clone());
                let original = before
                    .originals
                    .get(&key)
                    .cloned()
                    .unwrap_or_else(|| label_of(row));
                originals.insert(key, original);
            }
        }
        Labels {
            summary,
            rows: field_rows(scan, &labels),
            corrections,
            originals,
        }
    }

    /// The label the rules gave `row` before the user's corrections, and how a correction
    /// covers it; `None` when no correction does.
    pub fn correction_of(&self, row: &FieldRow) -> Option<(&FieldLabel, Covered)> {
        if self.originals.is_empty() {
            return None;
        }
        let key = (row.file.clone(), row.table.clone(), row.field.clone());
        let original = self.originals.get(&key)?;
        let own = self
            .corrections
            .fields
            .iter()
            .any(|f| f.file == row.file && f.field == row.field);
        Some((
            original,
            if own {
                Covered::Field
            } else {
                Covered::FileOrFolder
            },
        ))
    }
}

/// Whether a manifest's `path` names `file`: the file itself, or a folder (ending in `/`) it is in.
fn path_covers(path: &str, file: &str) -> bool {
    path == file || (path.ends_with('/') && file.starts_with(path))
}

/// Corrections as written to or read from a file.
struct Saved {
    path: PathBuf,
    corrections: Manifest,
}

fn label_of(row: &FieldRow) -> FieldLabel {
    FieldLabel {
        category: row.category.clone(),
        confidence: row.confidence,
        evidence: row.evidence.clone(),
        undisclosed: row.undisclosed.clone(),
    }
}

/// Which fields a manifest's entries reach: a field by name, or every field of a file or of a
/// folder (a path ending in `/`), as the engine applies them.
struct Coverage<'a> {
    fields: HashSet<(&'a str, &'a str)>,
    paths: Vec<&'a str>,
}

impl<'a> Coverage<'a> {
    fn of(manifest: &'a Manifest) -> Self {
        Coverage {
            fields: manifest
                .fields
                .iter()
                .map(|f| (f.file.as_str(), f.field.as_str()))
                .collect(),
            paths: manifest.files.iter().map(|f| f.path.as_str()).collect(),
        }
    }

    fn covers(&self, file: &str, field: &str) -> bool {
        self.fields.contains(&(file, field)) || self.of_file(file)
    }

    fn of_file(&self, file: &str) -> bool {
        self.paths.iter().any(|path| path_covers(path, file))
    }
}

impl LoadedExport {
    /// Reads and classifies the export. Blocking: call it off the main thread.
    pub fn open(
        path: &Path,
        pack: &PolicyPack,
        cancel: Arc<AtomicBool>,
        progress: &mut dyn FnMut(OpenProgress),
    ) -> CommandResult<Self> {
        // The index of values makes a search of them answer at once (`search::index`).
        let options = ScanOptions {
            cancel,
            index_values: true,
            ..ScanOptions::default()
        };
        let mut observer = ProgressObserver::new(progress, pack);
        let scan = scan_export(path, &options, &mut observer)?;
        let labels = Labels::new(&scan, pack, Manifest::default(), None);
        let by_path = index_by_path(&scan, &labels.rows);
        Ok(LoadedExport {
            path: path.to_owned(),
            scan,
            by_path,
            labels: RwLock::new(Arc::new(labels)),
            relabelling: Mutex::default(),
            saved: Mutex::default(),
            held: HeldTable::default(),
            links: Mutex::default(),
            retired: Arc::default(),
            masked_names: OnceLock::new(),
        })
    }

    /// The fields' labels as they are now.
    pub fn labels(&self) -> Arc<Labels> {
        self.labels
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Changes the user's corrections with `change` and labels every field again from the kept
    /// scan (the export is not read again). Blocking: call it off the main thread. When
    /// `change` fails, nothing changes.
    pub fn relabel(
        &self,
        pack: &PolicyPack,
        change: impl FnOnce(&mut Manifest) -> CommandResult<()>,
    ) -> CommandResult<Arc<Labels>> {
        let _one_at_a_time = lock(&self.relabelling);
        let before = self.labels();
        let mut corrections = before.corrections.clone();
        change(&mut corrections)?;
        let labels = Arc::new(Labels::new(&self.scan, pack, corrections, Some(&before)));
        *self.labels.write().unwrap_or_else(|p| p.into_inner()) = labels.clone();
        Ok(labels)
    }

    /// Records that `corrections` are now also in the file at `path` (saved there, or applied
    /// from it when there were none before).
    pub fn remember_file(&self, path: PathBuf, corrections: Manifest) {
        *lock(&self.saved) = Some(Saved { path, corrections });
    }

    /// How many corrections there are, and whether they are all in a file.
    pub fn corrections_state(&self, labels: &Labels) -> CorrectionsState {
        let saved = lock(&self.saved);
        let c = &labels.corrections;
        let empty = c.fields.is_empty() && c.files.is_empty();
        CorrectionsState {
            fields: c.fields.len() as u64,
            files: c.files.len() as u64,
            unsaved: match saved.as_ref() {
                Some(s) => s.corrections.to_json() != c.to_json(),
                None => !empty,
            },
            file: saved.as_ref().map(|s| s.path.display().to_string()),
        }
    }

    /// The tags and predictions other files hold about the images, read from the export on the
    /// first call and kept. Blocking: call it off the main thread. A second caller waits for the
    /// first instead of reading the files again.
    pub fn image_links(&self) -> CommandResult<Arc<ImageLinks>> {
        let mut links = lock(&self.links);
        if let Some(found) = links.as_ref() {
            return Ok(found.clone());
        }
        let options = ScanOptions {
            cancel: self.retired.clone(),
            ..ScanOptions::default()
        };
        let found = Arc::new(link_images(&self.path, &self.scan, &options)?);
        *links = Some(found.clone());
        Ok(found)
    }

    /// Its files' and fields' names as `mask` shows them, and back.
    pub fn masked_names(&self, mask: &Mask) -> Arc<ExportNames> {
        self.masked_names
            .get_or_init(|| Arc::new(mask.export_names(&self.scan)))
            .clone()
    }

    pub fn file(&self, path: &str) -> CommandResult<&FileReport> {
        self.by_path
            .get(path)
            .map(|(at, _)| &self.scan.files[*at])
            .ok_or_else(|| CommandError::NotInExport {
                file: path.to_owned(),
            })
    }

    /// The fields of `path`, with their `labels`.
    pub fn rows_of<'a>(
        &'a self,
        labels: &'a Labels,
        path: &str,
    ) -> impl Iterator<Item = &'a FieldRow> + 'a {
        let rows = self.by_path.get(path).map_or(&[][..], |(_, rows)| rows);
        rows.iter().map(|&i| &labels.rows[i])
    }

    /// How many entries of `manifest` name a field, file or folder of this export.
    pub fn matching(&self, manifest: &Manifest) -> usize {
        let labels = self.labels();
        let fields = manifest
            .fields
            .iter()
            .filter(|f| self.rows_of(&labels, &f.file).any(|r| r.field == f.field))
            .count();
        let files = manifest
            .files
            .iter()
            .filter(|f| {
                self.scan
                    .files
                    .iter()
                    .any(|file| path_covers(&f.path, &file.path))
            })
            .count();
        fields + files
    }

    /// Records in `table` of `file`, as the scan counted them.
    pub fn records_in(&self, file: &str, table: &str) -> u64 {
        self.tables_of(file)
            .find(|t| t.table == table)
            .map_or(0, |t| t.records)
    }

    pub fn tables_of<'a>(&'a self, file: &'a str) -> impl Iterator<Item = &'a TableStats> + 'a {
        self.scan.tables.iter().filter(move |t| t.file == file)
    }
}

fn index_by_path(scan: &ExportScan, rows: &[FieldRow]) -> HashMap<String, (usize, Vec<usize>)> {
    let mut index: HashMap<String, (usize, Vec<usize>)> = scan
        .files
        .iter()
        .enumerate()
        .map(|(at, f)| (f.path.clone(), (at, Vec::new())))
        .collect();
    for (i, row) in rows.iter().enumerate() {
        if let Some((_, of_file)) = index.get_mut(&row.file) {
            of_file.push(i);
        }
    }
    index
}

struct ProgressObserver<'a> {
    send: &'a mut dyn FnMut(OpenProgress),
    pack: &'a PolicyPack,
    /// Records per category of the files read so far, in the policy's order. Each file is
    /// classified once, on its own, when it has been read: a table's labels depend on its own
    /// file, and classifying everything read so far at each report made a scan of many files
    /// quadratic. The export's full classification replaces these counts when the scan ends.
    categories: Vec<CategorySoFar>,
    records: u64,
    last_sent: Option<Instant>,
}

impl<'a> ProgressObserver<'a> {
    fn new(send: &'a mut dyn FnMut(OpenProgress), pack: &'a PolicyPack) -> Self {
        let categories = pack
            .categories()
            .iter()
            .map(|c| CategorySoFar {
                id: c.id.clone(),
                name: c.name.clone(),
                records: 0,
            })
            .collect();
        ProgressObserver {
            send,
            pack,
            categories,
            records: 0,
            last_sent: None,
        }
    }

    fn count(&mut self, file: &FileReport, tables: &[TableStats]) {
        let alone = ExportScan {
            name: String::new(),
            source: SourceKind::File,
            files: vec![file.clone()],
            tables: tables.to_vec(),
            problems: Vec::new(),
            bytes_read: 0,
            manifest: None,
            values: Default::default(),
        };
        let labels = classify(&alone, self.pack);
        let summary = summarize(&alone, self.pack, &labels);
        for (so_far, found) in self.categories.iter_mut().zip(summary.categories) {
            so_far.records += found.records;
        }
    }
}

impl ScanObserver for ProgressObserver<'_> {
    fn file_read(&mut self, file: &FileReport, tables: &[TableStats], progress: ScanProgress) {
        self.records += file.records;
        self.count(file, tables);
        let finished = progress.files_total == Some(progress.files_done);
        let due = self
            .last_sent
            .is_none_or(|at| at.elapsed() >= PROGRESS_INTERVAL);
        if due || finished {
            let categories = self.categories.clone();
            (self.send)(OpenProgress::new(progress, self.records, file, categories));
            self.last_sent = Some(Instant::now());
        }
    }
}

/// The current export, and the cancel switch of the one being opened.
#[derive(Default)]
pub struct Session {
    current: RwLock<Option<Arc<LoadedExport>>>,
    opening: Mutex<Option<Arc<AtomicBool>>>,
    /// The value search running, if any: only the latest one the user typed counts.
    value_search: Mutex<Option<Arc<AtomicBool>>>,
}

impl Session {
    /// Starts a new opening, cancelling one still running: only the latest request counts.
    pub fn begin_open(&self) -> Arc<AtomicBool> {
        let cancel = Arc::new(AtomicBool::new(false));
        let previous = lock(&self.opening).replace(cancel.clone());
        if let Some(previous) = previous {
            previous.store(true, Ordering::Relaxed);
        }
        cancel
    }

    /// Starts a new search of the export's values, cancelling one still running.
    pub fn begin_value_search(&self) -> Arc<AtomicBool> {
        let cancel = Arc::new(AtomicBool::new(false));
        if let Some(previous) = lock(&self.value_search).replace(cancel.clone()) {
            previous.store(true, Ordering::Relaxed);
        }
        cancel
    }

    /// Forgets the search of `cancel` once it has ended, unless a newer one took its place.
    pub fn end_value_search(&self, cancel: &Arc<AtomicBool>) {
        let mut slot = lock(&self.value_search);
        if slot
            .as_ref()
            .is_some_and(|running| Arc::ptr_eq(running, cancel))
        {
            *slot = None;
        }
    }

    /// Cancels the search of the values in progress, if any. Returns whether there was one.
    pub fn cancel_value_search(&self) -> bool {
        lock(&self.value_search)
            .take()
            .inspect(|cancel| cancel.store(true, Ordering::Relaxed))
            .is_some()
    }

    /// Cancels the opening in progress, if any. Returns whether there was one.
    pub fn cancel_open(&self) -> bool {
        match lock(&self.opening).take() {
            Some(cancel) => {
                cancel.store(true, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }

    /// Makes `export` current, unless its opening was cancelled or overtaken meanwhile.
    pub fn finish_open(
        &self,
        cancel: &Arc<AtomicBool>,
        export: LoadedExport,
    ) -> CommandResult<Arc<LoadedExport>> {
        let mut opening = lock(&self.opening);
        if cancel.load(Ordering::Relaxed) {
            return Err(CommandError::OpenCancelled);
        }
        if opening.as_ref().is_some_and(|c| Arc::ptr_eq(c, cancel)) {
            *opening = None;
        }
        let export = Arc::new(export);
        let replaced = self
            .current
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .replace(export.clone());
        if let Some(replaced) = replaced {
            replaced.retired.store(true, Ordering::Relaxed);
            replaced.held.cancel();
        }
        Ok(export)
    }

    pub fn current(&self) -> CommandResult<Arc<LoadedExport>> {
        self.current
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .ok_or(CommandError::NoExportOpen)
    }
}

pub(crate) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // Every holder replaces the value whole, so it stays valid even after a panic.
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with_invoices() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("invoices.csv"),
            "invoice_date,amount,currency,card_last4\n2023-01-01,10.00,EUR,1111\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("profile.json"),
            r#"{"email":"someone@example.com","phone":"+33 6 12 34 56 78"}"#,
        )
        .unwrap();
        dir
    }

    #[test]
    fn progress_counts_records_per_category_as_files_are_read() {
        let dir = folder_with_invoices();
        let mut sent = Vec::new();
        let cancel = Arc::new(AtomicBool::new(false));
        LoadedExport::open(dir.path(), PolicyPack::clarifai(), cancel, &mut |p| {
            sent.push(p)
        })
        .unwrap();
        let last = sent.last().expect("the last file always sends progress");
        assert_eq!(last.files_done, 2);
        assert_eq!(last.categories.len(), 10);
        let payment = last
            .categories
            .iter()
            .find(|c| c.id == "payment-information")
            .unwrap();
        assert_eq!(payment.records, 1);
    }

    #[test]
    fn a_cancelled_or_overtaken_opening_does_not_become_current() {
        let dir = folder_with_invoices();
        let session = Session::default();
        let open = |cancel: &Arc<AtomicBool>| {
            LoadedExport::open(
                dir.path(),
                PolicyPack::clarifai(),
                cancel.clone(),
                &mut |_| {},
            )
        };

        let first = session.begin_open();
        assert!(session.cancel_open());
        assert!(matches!(open(&first), Err(CommandError::OpenCancelled)));
        assert!(matches!(session.current(), Err(CommandError::NoExportOpen)));

        let overtaken = session.begin_open();
        let latest = session.begin_open();
        assert!(
            overtaken.load(Ordering::Relaxed),
            "a newer opening cancels the older"
        );
        let loaded = open(&latest).unwrap();
        session.finish_open(&latest, loaded).unwrap();
        assert!(session.current().is_ok());
        assert!(!session.cancel_open(), "nothing is being opened any more");
    }
}
