//! The open export: read once, classified once, kept for the views to query.
//!
//! Only the scan's statistics are kept (counts, a few examples per field), never the rows; a
//! view that needs rows or an image reads them again from the export, one page at a time.

use crate::error::{CommandError, CommandResult};
use crate::ipc::export::OpenProgress;
use dossier_engine::classify::classify;
use dossier_engine::scan::FileReport;
use dossier_engine::summary::{field_rows, summarize, FieldRow, Summary};
use dossier_engine::{
    scan_export, ExportScan, ScanObserver, ScanOptions, ScanProgress, TableStats,
};
use dossier_policy::PolicyPack;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// Progress is sent at most this often, so a many-file export does not flood the webview.
const PROGRESS_INTERVAL: Duration = Duration::from_millis(80);

pub struct LoadedExport {
    /// The path as the user gave it.
    pub path: PathBuf,
    pub scan: ExportScan,
    pub summary: Summary,
    /// Every field with its label, in scan order.
    pub rows: Vec<FieldRow>,
}

impl LoadedExport {
    /// Reads and classifies the export. Blocking: call it off the main thread.
    pub fn open(
        path: &Path,
        pack: &PolicyPack,
        cancel: Arc<AtomicBool>,
        progress: &mut dyn FnMut(OpenProgress),
    ) -> CommandResult<Self> {
        let options = ScanOptions {
            cancel,
            ..ScanOptions::default()
        };
        let mut observer = ProgressObserver {
            send: progress,
            records: 0,
            last_sent: None,
        };
        let scan = scan_export(path, &options, &mut observer)?;
        let labels = classify(&scan, pack);
        let summary = summarize(&scan, pack, &labels);
        let rows = field_rows(&scan, &labels);
        Ok(LoadedExport {
            path: path.to_owned(),
            scan,
            summary,
            rows,
        })
    }

    pub fn file(&self, path: &str) -> CommandResult<&FileReport> {
        self.scan
            .files
            .iter()
            .find(|f| f.path == path)
            .ok_or_else(|| CommandError::NotInExport {
                file: path.to_owned(),
            })
    }

    pub fn tables_of<'a>(&'a self, file: &'a str) -> impl Iterator<Item = &'a TableStats> + 'a {
        self.scan.tables.iter().filter(move |t| t.file == file)
    }
}

struct ProgressObserver<'a> {
    send: &'a mut dyn FnMut(OpenProgress),
    records: u64,
    last_sent: Option<Instant>,
}

impl ScanObserver for ProgressObserver<'_> {
    fn file_read(&mut self, file: &FileReport, _tables: &[TableStats], progress: ScanProgress) {
        self.records += file.records;
        let finished = progress.files_total == Some(progress.files_done);
        let due = self
            .last_sent
            .is_none_or(|at| at.elapsed() >= PROGRESS_INTERVAL);
        if due || finished {
            self.last_sent = Some(Instant::now());
            (self.send)(OpenProgress::new(progress, self.records, file));
        }
    }
}

/// The current export, and the cancel switch of the one being opened.
#[derive(Default)]
pub struct Session {
    current: RwLock<Option<Arc<LoadedExport>>>,
    opening: Mutex<Option<Arc<AtomicBool>>>,
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
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Some(export.clone());
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

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // Every holder replaces the value whole, so it stays valid even after a panic.
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}
