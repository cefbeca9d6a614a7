//! Reads an export's files on every core while the walk adds them to the scan in the
//! listing's order: what a file gives does not depend on which thread read it or when, so
//! the same export always gives the same scan.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::{Scope, ScopedJoinHandle};

use super::read_file::{read_tables, TablesRead};
use crate::export::guard::{Declared, GuardedReader, ScanGuard};
use crate::export::inflate::Checkpoints;
use crate::export::pipeline::{read_beside, worth_a_thread};
use crate::export::zip_directory::ZipEntry;
use crate::export::zip_source::{open_entry, open_entry_noting};
use crate::formats::FileKind;
use crate::joined;

/// A file to read, and where its bytes are.
pub(crate) struct Job {
    /// Where the walk will ask for it.
    pub position: usize,
    pub path: String,
    pub kind: FileKind,
    pub source: JobSource,
}

pub(crate) enum JobSource {
    /// An entry of the archive being scanned, read through a handle of the worker's own
    /// (the entries of one read-ahead all come from the same archive).
    Entry { archive: Arc<Path>, entry: ZipEntry },
    /// A file of a folder being scanned.
    Disk(PathBuf),
}

/// What reading a job gave: the file's tables, or the error that kept it from being opened.
pub(crate) type Outcome = io::Result<TablesRead>;

/// The jobs handed out to worker threads, and their outcomes as they arrive.
pub(crate) struct ReadAhead<'scope> {
    /// The positions of the jobs, in order.
    positions: Vec<usize>,
    outcomes: mpsc::Receiver<(usize, Outcome)>,
    arrived: BTreeMap<usize, Outcome>,
    /// Thrown when the walk stops early (a cancelled scan), so that workers take no more jobs.
    abandoned: Arc<AtomicBool>,
    /// Joined when the read-ahead ends (`crate::joined` says why).
    workers: Vec<ScopedJoinHandle<'scope, ()>>,
}

impl<'scope> ReadAhead<'scope> {
    /// Starts one worker per core on `jobs`, in their order.
    /// `index_values`: also index each file's values (`search::index`).
    pub fn start(
        scope: &'scope Scope<'scope, '_>,
        jobs: Vec<Job>,
        guard: &ScanGuard,
        index_values: bool,
    ) -> Self {
        let positions = jobs.iter().map(|job| job.position).collect();
        let (sender, outcomes) = mpsc::channel();
        let abandoned = Arc::new(AtomicBool::new(false));
        let jobs = Arc::new(jobs);
        let next = Arc::new(AtomicUsize::new(0));
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut workers = Vec::new();
        for _ in 0..cores.min(jobs.len()) {
            let (jobs, next, sender) = (jobs.clone(), next.clone(), sender.clone());
            let abandoned = abandoned.clone();
            let guard = guard.clone();
            workers.push(scope.spawn(move || {
                let mut handle: Option<File> = None;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { return };
                    if abandoned.load(Ordering::Relaxed) || guard.is_cancelled() {
                        return;
                    }
                    let outcome = read_job(job, &mut handle, &guard.for_one_file(), index_values);
                    if sender.send((job.position, outcome)).is_err() {
                        return;
                    }
                }
            }));
        }
        ReadAhead {
            positions,
            outcomes,
            arrived: BTreeMap::new(),
            abandoned,
            workers,
        }
    }

    /// The outcome of the job at `position`, waiting for it; `None` when it is not a job.
    pub fn take(&mut self, position: usize) -> Option<Outcome> {
        self.positions.binary_search(&position).ok()?;
        loop {
            if let Some(outcome) = self.arrived.remove(&position) {
                return Some(outcome);
            }
            let (at, outcome) = self.outcomes.recv().ok()?;
            self.arrived.insert(at, outcome);
        }
    }
}

impl Drop for ReadAhead<'_> {
    fn drop(&mut self) {
        self.abandoned.store(true, Ordering::Relaxed);
        for worker in self.workers.drain(..) {
            // Unwinding already, a worker's panic can only be dropped.
            if std::thread::panicking() {
                let _ = worker.join();
            } else {
                joined::join(worker);
            }
        }
    }
}

fn read_job(job: &Job, handle: &mut Option<File>, guard: &ScanGuard, index: bool) -> Outcome {
    let raw: Box<dyn Read + '_> = match &job.source {
        JobSource::Disk(file) => Box::new(GuardedReader::new(
            File::open(file)?,
            guard.clone(),
            Declared::default(),
        )),
        JobSource::Entry { archive, entry } => {
            let file = match handle {
                Some(file) => file,
                None => handle.insert(File::open(archive)?),
            };
            if worth_a_thread(entry) {
                return read_pipelined(file, entry, &job.path, job.kind, guard, index);
            }
            Box::new(open_entry(file, entry, guard)?)
        }
    };
    Ok(read_tables(&job.path, job.kind, raw, guard, index))
}

/// Inflates `entry` on a thread of its own and parses what it gives on this one.
fn read_pipelined(
    file: &mut File,
    entry: &ZipEntry,
    path: &str,
    kind: FileKind,
    guard: &ScanGuard,
    index: bool,
) -> Outcome {
    let inflating = guard.for_one_file();
    // With an index of values, where inflating may start again is noted for searches.
    let points = index.then(Checkpoints::default);
    let inflated = open_entry_noting(file, entry, &inflating, points.clone())?;
    let mut tables = read_beside(inflated, &inflating, guard, |reader| {
        read_tables(path, kind, reader, guard, index)
    });
    if let (Some(points), Some(index)) = (points, tables.index.take()) {
        let points = std::mem::take(&mut *points.lock().unwrap_or_else(|e| e.into_inner()));
        tables.index = Some(index.with_checkpoints(points));
    }
    Ok(tables)
}

#[cfg(test)]
mod tests {
    use std::io::{Seek, Write};

    use super::*;
    use crate::export::zip_directory::read_directory;
    use crate::limits::Limits;

    /// A zip of one deflated entry, its directory entry, and the file to read it from.
    fn one_entry_zip(name: &str, data: &[u8]) -> (File, ZipEntry) {
        let mut file = tempfile::tempfile().unwrap();
        let mut zip = zip::ZipWriter::new(&mut file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file(name, options).unwrap();
        zip.write_all(data).unwrap();
        zip.finish().unwrap();
        file.rewind().unwrap();
        let entry = read_directory(&mut file, 10).unwrap().entries.remove(0);
        (file, entry)
    }

    fn compared(read: &TablesRead) -> (String, String) {
        (
            format!("{:?} {:?} {}", read.problems, read.status, read.records),
            serde_json::to_string(&read.tables).unwrap(),
        )
    }

    /// Read on one thread and through the pipeline, a file gives the same tables and the same
    /// problems, even when the inflating side fails after the parser has (a bad checksum
    /// found at the end of an entry whose JSON broke at its start).
    #[test]
    fn a_pipelined_entry_reads_as_it_does_on_one_thread() {
        let mut csv = b"id,at,email\n".to_vec();
        for i in 0..40_000 {
            writeln!(csv, "{i},2024-05-01T10:00:00Z,user{}@example.com", i % 97).unwrap();
        }
        let cases: [(&str, Vec<u8>, bool); 4] = [
            ("events.csv", csv.clone(), false),
            ("events.csv", csv, true),
            ("broken.json", b"[{\"a\": 1}, {\"b\": ".to_vec(), false),
            (
                "broken.json",
                [b"[{\"a\": }".as_slice(), &[b' '; 600_000]].concat(),
                true,
            ),
        ];
        for (name, data, bad_checksum) in cases {
            let (mut file, mut entry) = one_entry_zip(name, &data);
            if bad_checksum {
                entry.crc32 ^= 1;
            }
            let kind = FileKind::of(name);
            let guard = ScanGuard::new(Limits::default(), Arc::default());
            let raw = open_entry(&mut file, &entry, &guard).unwrap();
            let alone = read_tables(name, kind, Box::new(raw), &guard, false);
            let piped = read_pipelined(&mut file, &entry, name, kind, &guard, false).unwrap();
            assert_eq!(compared(&alone), compared(&piped), "{name}");
        }
    }
}
