//! Walks an export's files in path order and reads each one. One bad file becomes a problem;
//! the walk goes on.

use std::fs::File;
use std::io::{Cursor, Read};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use super::read_ahead::{Job, JobSource, ReadAhead};
use super::read_file::{read_tables, TablesRead};
use super::report::{ExportScan, FileReport, FileStatus, SourceKind};
use crate::classify::manifest::{Manifest, MANIFEST_FILE, MAX_MANIFEST_BYTES};
use crate::error::OpenError;
use crate::export::folder_walk::{list_folder, FolderItem};
use crate::export::guard::{Declared, GuardedReader, ScanGuard};
use crate::export::zip_source::{ListedEntry, ZipSource};
use crate::formats::FileKind;
use crate::limits::{human_bytes, Limits};
use crate::problem::{Problem, Severity};
use crate::records::stats::TableStats;
use crate::search::index::ValueIndex;

#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    pub limits: Limits,
    /// Set from another thread to stop the scan; it then returns `OpenError::Cancelled`.
    pub cancel: Arc<AtomicBool>,
    /// Also build the index of values that makes searching them fast (`search::index`). It
    /// costs some time and memory, so commands that do not search leave it out.
    pub index_values: bool,
}

/// How far a scan has come, reported after each file.
#[derive(Debug, Clone, Copy)]
pub struct ScanProgress {
    pub files_done: u64,
    /// Files the export holds, where known in advance (zips and folders list them first).
    pub files_total: Option<u64>,
    pub bytes_read: u64,
}

/// Told about each file as soon as it has been read, so a window can show a first overview
/// before the whole export is read.
pub trait ScanObserver {
    fn file_read(&mut self, _file: &FileReport, _tables: &[TableStats], _progress: ScanProgress) {}
}

impl ScanObserver for () {}

/// Opens the export at `path` (a .zip, a folder, or a single .json/.jsonl/.csv/.tsv/.js file)
/// read-only and reads every file in it.
pub fn scan_export(
    path: &Path,
    options: &ScanOptions,
    observer: &mut dyn ScanObserver,
) -> Result<ExportScan, OpenError> {
    let meta = std::fs::metadata(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => OpenError::NotFound {
            path: path.to_owned(),
        },
        _ => OpenError::Unreadable {
            path: path.to_owned(),
            source,
        },
    })?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let unreadable = |source| OpenError::Unreadable {
        path: path.to_owned(),
        source,
    };
    let mut scanner = Scanner {
        guard: ScanGuard::new(options.limits, options.cancel.clone()),
        scan: ExportScan {
            name: name.clone(),
            source: SourceKind::File,
            files: Vec::new(),
            tables: Vec::new(),
            problems: Vec::new(),
            bytes_read: 0,
            manifest: None,
            values: ValueIndex::default(),
        },
        observer,
        files_total: None,
        index_values: options.index_values,
    };
    if meta.is_dir() {
        scanner.scan.source = SourceKind::Folder;
        let items = list_folder(path).map_err(unreadable)?;
        scanner.files_total = Some(items.len() as u64);
        scanner.folder(items)?;
    } else {
        let kind = FileKind::of(&name);
        let mut file = File::open(path).map_err(unreadable)?;
        match kind {
            FileKind::Zip => {
                scanner.scan.source = SourceKind::Zip;
                let mut zip =
                    ZipSource::open(&mut file, &scanner.guard).map_err(|e| OpenError::NotAZip {
                        path: path.to_owned(),
                        reason: e.to_string(),
                    })?;
                scanner.top_zip(&mut zip, path, &name)?;
            }
            FileKind::Other | FileKind::Image => {
                return Err(OpenError::UnsupportedFile {
                    path: path.to_owned(),
                })
            }
            _ => {
                scanner.files_total = Some(1);
                let raw = scanner.plain_reader(file);
                scanner.read(&name, meta.len(), kind, raw);
            }
        }
    }
    scanner.scan.bytes_read = scanner.guard.bytes_used();
    Ok(scanner.scan)
}

/// The kind of a file that a worker may read on its own: every readable file but zips (read
/// in the walk, in order, with their entries) and the manifest (read into the scan's index).
fn read_ahead_kind(path: &str, size: u64) -> Option<FileKind> {
    let is_manifest = path == MANIFEST_FILE && size <= MAX_MANIFEST_BYTES;
    match FileKind::of(path) {
        FileKind::Zip | FileKind::Other => None,
        _ if is_manifest => None,
        kind => Some(kind),
    }
}

struct Scanner<'o> {
    guard: ScanGuard,
    scan: ExportScan,
    observer: &'o mut dyn ScanObserver,
    files_total: Option<u64>,
    index_values: bool,
}

impl Scanner<'_> {
    fn check_cancel(&self) -> Result<(), OpenError> {
        if self.guard.is_cancelled() {
            Err(OpenError::Cancelled)
        } else {
            Ok(())
        }
    }

    fn problem(&mut self, path: &str, severity: Severity, message: impl Into<String>) {
        self.scan
            .problems
            .push(Problem::new(path, severity, message));
    }

    /// A file from disk, counted against the byte budget like an archive entry. Its size
    /// is not a declaration to hold it to: a file may grow while it is read.
    fn plain_reader<'r>(&self, file: File) -> Box<dyn Read + 'r> {
        Box::new(GuardedReader::new(
            file,
            self.guard.clone(),
            Declared::default(),
        ))
    }

    /// The files of a folder, read ahead on every core.
    fn folder(&mut self, items: Vec<FolderItem>) -> Result<(), OpenError> {
        let jobs: Vec<Job> = items
            .iter()
            .enumerate()
            .filter_map(|(position, item)| match item {
                FolderItem::File {
                    path,
                    relative,
                    size,
                } => read_ahead_kind(relative, *size).map(|kind| Job {
                    position,
                    path: relative.clone(),
                    kind,
                    source: JobSource::Disk(path.clone()),
                }),
                FolderItem::Link { .. } => None,
            })
            .collect();
        let sizes = items.iter().map(|item| match item {
            FolderItem::File { size, .. } => *size,
            FolderItem::Link { .. } => 0,
        });
        let parallel = self.fits_budget(sizes);
        std::thread::scope(|scope| {
            let mut ahead =
                parallel.then(|| ReadAhead::start(scope, jobs, &self.guard, self.index_values));
            self.folder_items(items, ahead.as_mut())
        })
    }

    fn folder_items(
        &mut self,
        items: Vec<FolderItem>,
        mut ahead: Option<&mut ReadAhead<'_>>,
    ) -> Result<(), OpenError> {
        for (position, item) in items.into_iter().enumerate() {
            self.check_cancel()?;
            match item {
                FolderItem::Link { relative } => self.problem(
                    &relative,
                    Severity::NotRead,
                    "it is a symbolic link; links are not followed, so that only the export's own files are read",
                ),
                FolderItem::File { path, relative, size } => {
                    let kind = FileKind::of(&relative);
                    if let Some(outcome) = ahead.as_mut().and_then(|a| a.take(position)) {
                        match outcome {
                            Ok(read) => self.add_read(&relative, size, kind, read),
                            Err(e) => self.problem(&relative, Severity::NotRead, format!("it could not be opened ({e})")),
                        }
                        continue;
                    }
                    let opened = File::open(&path);
                    match (kind, opened) {
                        (_, Err(e)) => self.problem(&relative, Severity::NotRead, format!("it could not be opened ({e})")),
                        (FileKind::Zip, Ok(mut file)) => {
                            let prefix = format!("{relative}/");
                            self.open_nested(&mut file, &prefix, &relative, size, 1)?;
                        }
                        (FileKind::Other, Ok(_)) => self.not_read(&relative, size),
                        (kind, Ok(file)) => {
                            let raw = self.plain_reader(file);
                            self.read(&relative, size, kind, raw);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Whether files may be read ahead: only when what they declare fits in half the byte
    /// budget. A scan that may run out of budget reads its files one after the other, so that
    /// which file meets the budget's end does not depend on timing.
    fn fits_budget(&self, sizes: impl Iterator<Item = u64>) -> bool {
        let total = sizes.fold(0u64, u64::saturating_add);
        total <= self.guard.remaining_budget() / 2
    }

    /// The export's own archive: its entries are read ahead on every core, each worker
    /// reading the archive through a handle of its own.
    fn top_zip(
        &mut self,
        zip: &mut ZipSource<'_>,
        archive_path: &Path,
        archive: &str,
    ) -> Result<(), OpenError> {
        self.archive_notes(zip, archive);
        let listing = zip.listing();
        self.files_total = Some(listing.len() as u64);
        let shared: Arc<Path> = archive_path.into();
        let jobs: Vec<Job> = listing
            .iter()
            .enumerate()
            .filter(|(_, entry)| entry.refused.is_none())
            .filter_map(|(position, entry)| {
                read_ahead_kind(&entry.name, entry.size).map(|kind| Job {
                    position,
                    path: entry.name.clone(),
                    kind,
                    source: JobSource::Entry {
                        archive: shared.clone(),
                        entry: zip.entry(entry.index).clone(),
                    },
                })
            })
            .collect();
        let parallel = self.fits_budget(listing.iter().map(|entry| entry.size));
        std::thread::scope(|scope| {
            let mut ahead =
                parallel.then(|| ReadAhead::start(scope, jobs, &self.guard, self.index_values));
            self.entries(zip, listing, "", 0, ahead.as_mut())
        })
    }

    fn archive_notes(&mut self, zip: &mut ZipSource<'_>, archive: &str) {
        for note in std::mem::take(&mut zip.archive_notes) {
            self.problem(archive, Severity::Partial, note);
        }
    }

    fn zip(
        &mut self,
        zip: &mut ZipSource<'_>,
        prefix: &str,
        archive: &str,
        depth: u32,
    ) -> Result<(), OpenError> {
        self.archive_notes(zip, archive);
        let listing = zip.listing();
        self.entries(zip, listing, prefix, depth, None)
    }

    fn entries(
        &mut self,
        zip: &mut ZipSource<'_>,
        listing: Vec<ListedEntry>,
        prefix: &str,
        depth: u32,
        mut ahead: Option<&mut ReadAhead<'_>>,
    ) -> Result<(), OpenError> {
        for (position, entry) in listing.into_iter().enumerate() {
            self.check_cancel()?;
            let path = format!("{prefix}{}", entry.name);
            if let Some(note) = &entry.note {
                self.problem(&path, Severity::Note, note.clone());
            }
            if let Some(reason) = &entry.refused {
                self.failed(&path, entry.size, FileKind::of(&entry.name), reason.clone());
                continue;
            }
            match FileKind::of(&entry.name) {
                FileKind::Zip => self.zip_in_zip(zip, &entry, &path, depth + 1)?,
                FileKind::Other => self.not_read(&path, entry.size),
                kind => {
                    let opened = match ahead.as_mut().and_then(|a| a.take(position)) {
                        Some(Ok(read)) => {
                            self.add_read(&path, entry.size, kind, read);
                            continue;
                        }
                        Some(Err(e)) => Err(e),
                        None => zip.open_entry(entry.index, &self.guard),
                    };
                    match opened {
                        Ok(raw) => self.read(&path, entry.size, kind, raw),
                        Err(e) => self.failed(
                            &path,
                            entry.size,
                            kind,
                            format!("it could not be read from the archive ({e})"),
                        ),
                    }
                }
            }
        }
        Ok(())
    }

    /// A zip stored (uncompressed) inside the archive is read in place; a compressed one is
    /// inflated into memory when small enough, never onto disk.
    fn zip_in_zip(
        &mut self,
        zip: &mut ZipSource<'_>,
        entry: &ListedEntry,
        path: &str,
        depth: u32,
    ) -> Result<(), OpenError> {
        if depth > self.guard.limits.max_nesting_depth {
            self.nesting_too_deep(path, entry.size);
            return Ok(());
        }
        let prefix = format!("{path}/");
        match zip.stored_range(entry.index) {
            Ok(Some(mut range)) => {
                return self.open_nested(&mut range, &prefix, path, entry.size, depth)
            }
            Ok(None) => {}
            Err(e) => {
                self.failed(
                    path,
                    entry.size,
                    FileKind::Zip,
                    format!("it could not be read from the archive ({e})"),
                );
                return Ok(());
            }
        }
        let limit = self
            .guard
            .limits
            .max_nested_zip_in_memory
            .min(self.guard.remaining_budget());
        if entry.size > limit {
            self.failed(path, entry.size, FileKind::Zip, format!(
                "it is a compressed zip of {} inside the export; Dossier reads nested zips of up to {} without extracting them. Unzip the export and open the folder instead",
                human_bytes(entry.size), human_bytes(limit)
            ));
            return Ok(());
        }
        let mut bytes = Vec::new();
        let read = zip
            .open_entry(entry.index, &self.guard)
            .and_then(|mut raw| raw.read_to_end(&mut bytes));
        if let Err(e) = read {
            let message = self.guard.take_tripped().map_or_else(
                || format!("it could not be read from the archive ({e})"),
                |l| l.to_string(),
            );
            self.failed(path, entry.size, FileKind::Zip, message);
            return Ok(());
        }
        self.open_nested(&mut Cursor::new(bytes), &prefix, path, entry.size, depth)
    }

    fn open_nested(
        &mut self,
        reader: &mut dyn crate::export::zip_source::ReadSeek,
        prefix: &str,
        path: &str,
        size: u64,
        depth: u32,
    ) -> Result<(), OpenError> {
        match ZipSource::open(reader, &self.guard) {
            Ok(mut inner) => {
                self.push_file(path, size, FileKind::Zip, FileStatus::Read, 0, &[]);
                self.zip(&mut inner, prefix, path, depth)
            }
            Err(e) => {
                self.failed(
                    path,
                    size,
                    FileKind::Zip,
                    format!("it is named .zip but {e}"),
                );
                Ok(())
            }
        }
    }

    fn nesting_too_deep(&mut self, path: &str, size: u64) {
        let max = self.guard.limits.max_nesting_depth;
        self.failed(path, size, FileKind::Zip, format!(
            "it is a zip nested more than {max} levels deep, beyond Dossier's limit; it was not read"
        ));
    }

    fn not_read(&mut self, path: &str, size: u64) {
        self.push_file(path, size, FileKind::Other, FileStatus::NotRead, 0, &[]);
    }

    fn failed(&mut self, path: &str, size: u64, kind: FileKind, message: String) {
        self.problem(path, Severity::NotRead, message);
        self.push_file(path, size, kind, FileStatus::Failed, 0, &[]);
    }

    fn read(&mut self, path: &str, size: u64, kind: FileKind, raw: Box<dyn Read + '_>) {
        if path == MANIFEST_FILE && size <= MAX_MANIFEST_BYTES {
            self.read_manifest(path, size, raw);
        } else {
            self.read_tables(path, size, kind, raw);
        }
    }

    fn read_tables(&mut self, path: &str, size: u64, kind: FileKind, raw: Box<dyn Read + '_>) {
        let read = read_tables(path, kind, raw, &self.guard, self.index_values);
        self.add_read(path, size, kind, read);
    }

    fn add_read(&mut self, path: &str, size: u64, kind: FileKind, read: TablesRead) {
        for (severity, message) in read.problems {
            self.problem(path, severity, message);
        }
        self.push_file(path, size, kind, read.status, read.records, &read.tables);
        self.scan.tables.extend(read.tables);
        if let Some(index) = read.index {
            self.scan.values.insert(path, index);
        }
    }

    /// The manifest is read into memory (it is small) to parse it as an index, then read
    /// like any other file so that it is listed and shown.
    fn read_manifest(&mut self, path: &str, size: u64, mut raw: Box<dyn Read + '_>) {
        let mut bytes = Vec::new();
        if let Err(e) = raw
            .by_ref()
            .take(MAX_MANIFEST_BYTES)
            .read_to_end(&mut bytes)
        {
            let message = self
                .guard
                .take_tripped()
                .map_or_else(|| format!("it could not be read ({e})"), |l| l.to_string());
            return self.failed(path, size, FileKind::Json, message);
        }
        match Manifest::parse(&bytes) {
            Ok(manifest) => self.scan.manifest = Some(manifest),
            Err(message) => self.problem(path, Severity::Note, message),
        }
        self.read_tables(path, size, FileKind::Json, Box::new(Cursor::new(bytes)));
    }

    fn push_file(
        &mut self,
        path: &str,
        size: u64,
        kind: FileKind,
        status: FileStatus,
        records: u64,
        tables: &[TableStats],
    ) {
        let report = FileReport {
            path: path.to_owned(),
            size,
            kind,
            status,
            records,
        };
        let progress = super::walker::ScanProgress {
            files_done: self.scan.files.len() as u64 + 1,
            files_total: self.files_total,
            bytes_read: self.guard.bytes_used(),
        };
        self.observer.file_read(&report, tables, progress);
        self.scan.files.push(report);
    }
}
