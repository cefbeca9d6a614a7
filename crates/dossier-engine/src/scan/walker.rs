//! Walks an export's files in path order and reads each one. One bad file becomes a problem;
//! the walk goes on.

use std::fs::File;
use std::io::{Cursor, Read};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use super::read_file::read_file;
use super::report::{ExportScan, FileReport, FileStatus, SourceKind};
use crate::classify::manifest::{Manifest, MANIFEST_FILE, MAX_MANIFEST_BYTES};
use crate::error::OpenError;
use crate::export::folder_walk::{list_folder, FolderItem};
use crate::export::guard::{Declared, GuardedReader, ScanGuard};
use crate::export::zip_source::{ListedEntry, ZipSource};
use crate::formats::FileKind;
use crate::limits::{human_bytes, Limits};
use crate::problem::{Problem, Severity};
use crate::records::sink::FileTables;
use crate::records::stats::TableStats;

#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    pub limits: Limits,
    /// Set from another thread to stop the scan; it then returns `OpenError::Cancelled`.
    pub cancel: Arc<AtomicBool>,
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
        },
        observer,
        files_total: None,
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
                scanner.zip(&mut zip, "", &name, 0)?;
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

struct Scanner<'o> {
    guard: ScanGuard,
    scan: ExportScan,
    observer: &'o mut dyn ScanObserver,
    files_total: Option<u64>,
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

    fn folder(&mut self, items: Vec<FolderItem>) -> Result<(), OpenError> {
        for item in items {
            self.check_cancel()?;
            match item {
                FolderItem::Link { relative } => self.problem(
                    &relative,
                    Severity::NotRead,
                    "it is a symbolic link; links are not followed, so that only the export's own files are read",
                ),
                FolderItem::File { path, relative, size } => {
                    let kind = FileKind::of(&relative);
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

    fn zip(
        &mut self,
        zip: &mut ZipSource<'_>,
        prefix: &str,
        archive: &str,
        depth: u32,
    ) -> Result<(), OpenError> {
        for note in std::mem::take(&mut zip.archive_notes) {
            self.problem(archive, Severity::Partial, note);
        }
        let listing = zip.listing();
        if depth == 0 {
            self.files_total = Some(listing.len() as u64);
        }
        for entry in listing {
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
                    let opened = zip.open_entry(entry.index, &self.guard);
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
        let mut tables = FileTables::new(path);
        let outcome = read_file(kind, raw, &self.guard, &mut tables);
        let records = tables.records();
        for note in outcome.notes {
            self.problem(path, Severity::Note, note);
        }
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
            self.problem(path, severity, message);
        }
        let finished = tables.finish();
        self.push_file(path, size, kind, status, records, &finished);
        self.scan.tables.extend(finished);
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
