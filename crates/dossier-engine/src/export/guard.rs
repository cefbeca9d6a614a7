//! The reader every byte of an export passes through. It enforces the limits while data is
//! being inflated, so a lying archive is stopped as soon as it lies, not after.

use std::cell::Cell;
use std::io::{self, Read};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use crate::limits::{human_bytes, Limits};

/// A limit that stopped a read. Its message is shown to the user as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadLimit {
    #[error("the export holds more than {} of uncompressed data, Dossier's safety limit against zip bombs; the rest was not read", human_bytes(*.0))]
    TotalBytes(u64),
    #[error("refused: it would expand more than {0}:1 from {compressed} compressed bytes, the pattern of a zip bomb", compressed = .1)]
    Ratio(u64, u64),
    #[error("stopped: it inflates past the {} the archive declares for it, the pattern of a zip bomb or a damaged archive", human_bytes(*.0))]
    PastDeclaredSize(u64),
    #[error("its checksum does not match: the archive is damaged and the values read from it may be wrong")]
    ChecksumMismatch,
    #[error("a single value or record is larger than {}, Dossier's limit for one record; the rest of the file was not read", human_bytes(*.0))]
    RecordTooLarge(u64),
    #[error("reading was cancelled")]
    Cancelled,
}

/// State shared by every reader of one scan: bytes used so far, the cancel flag, and the
/// limit that tripped last (parsers such as serde_json keep only an io error's text, so the
/// typed cause travels beside the error instead of inside it). Files are read on several
/// threads at once, so the counts are atomic.
#[derive(Debug, Clone)]
pub(crate) struct ScanGuard {
    pub limits: Limits,
    used: Arc<AtomicU64>,
    tripped: Arc<Mutex<Option<ReadLimit>>>,
    cancel: Arc<AtomicBool>,
}

impl ScanGuard {
    pub fn new(limits: Limits, cancel: Arc<AtomicBool>) -> Self {
        ScanGuard {
            limits,
            used: Arc::default(),
            tripped: Arc::default(),
            cancel,
        }
    }

    /// The same budget and cancel switch, with a limit slot of its own: files read at the
    /// same time must not take each other's cause of failure.
    pub fn for_one_file(&self) -> Self {
        ScanGuard {
            tripped: Arc::default(),
            ..self.clone()
        }
    }

    pub fn bytes_used(&self) -> u64 {
        self.used.load(Ordering::Relaxed)
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    pub fn remaining_budget(&self) -> u64 {
        self.limits
            .max_total_bytes
            .saturating_sub(self.bytes_used())
    }

    /// Records `limit` as the cause of the failure under way and returns it as an io error.
    pub fn trip(&self, limit: ReadLimit) -> io::Error {
        *self.tripped.lock().unwrap_or_else(PoisonError::into_inner) = Some(limit.clone());
        io::Error::other(limit)
    }

    /// The limit that stopped the last failed read, cleared by taking it.
    pub fn take_tripped(&self) -> Option<ReadLimit> {
        self.tripped
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }
}

/// What the archive declares about one entry, checked while it is read.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Declared {
    pub compressed: Option<u64>,
    pub uncompressed: Option<u64>,
    pub crc32: Option<u32>,
}

pub(crate) struct GuardedReader<R> {
    inner: R,
    guard: ScanGuard,
    declared: Declared,
    produced: u64,
    crc: crc32fast::Hasher,
}

impl<R: Read> GuardedReader<R> {
    pub fn new(inner: R, guard: ScanGuard, declared: Declared) -> Self {
        GuardedReader {
            inner,
            guard,
            declared,
            produced: 0,
            crc: crc32fast::Hasher::new(),
        }
    }

    fn check(&self) -> Result<(), ReadLimit> {
        let limits = &self.guard.limits;
        if self.guard.is_cancelled() {
            return Err(ReadLimit::Cancelled);
        }
        if self.guard.bytes_used() > limits.max_total_bytes {
            return Err(ReadLimit::TotalBytes(limits.max_total_bytes));
        }
        if let Some(declared) = self.declared.uncompressed {
            if self.produced > declared {
                return Err(ReadLimit::PastDeclaredSize(declared));
            }
        }
        if let Some(compressed) = self.declared.compressed {
            if self.produced > limits.ratio_check_above
                && self.produced
                    > compressed
                        .max(1)
                        .saturating_mul(limits.max_compression_ratio)
            {
                return Err(ReadLimit::Ratio(limits.max_compression_ratio, compressed));
            }
        }
        Ok(())
    }
}

impl<R: Read> Read for GuardedReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.produced += n as u64;
        self.guard.used.fetch_add(n as u64, Ordering::Relaxed);
        self.check().map_err(|limit| self.guard.trip(limit))?;
        if n == 0 {
            let complete = self
                .declared
                .uncompressed
                .is_none_or(|d| d == self.produced);
            if let (Some(expected), true) = (self.declared.crc32, complete) {
                if self.crc.clone().finalize() != expected {
                    return Err(self.guard.trip(ReadLimit::ChecksumMismatch));
                }
            }
        } else {
            self.crc.update(&buf[..n]);
        }
        Ok(n)
    }
}

/// Counts the bytes of the record being parsed; parsers call `start_record` at each record
/// boundary. One value larger than the record limit fails the read instead of filling memory.
pub(crate) struct RecordLimitReader<R> {
    inner: R,
    guard: ScanGuard,
    in_record: Rc<Cell<u64>>,
}

impl<R: Read> RecordLimitReader<R> {
    pub fn new(inner: R, guard: ScanGuard) -> (Self, RecordMark) {
        let in_record = Rc::new(Cell::new(0));
        let mark = RecordMark(in_record.clone());
        (
            RecordLimitReader {
                inner,
                guard,
                in_record,
            },
            mark,
        )
    }
}

/// Resets the record byte count of a `RecordLimitReader` from inside a parser.
#[derive(Clone)]
pub(crate) struct RecordMark(Rc<Cell<u64>>);

impl RecordMark {
    pub fn start_record(&self) {
        self.0.set(0);
    }
}

impl<R: Read> Read for RecordLimitReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let count = self.in_record.get() + n as u64;
        self.in_record.set(count);
        let max = self.guard.limits.max_record_bytes;
        if count > max {
            return Err(self.guard.trip(ReadLimit::RecordTooLarge(max)));
        }
        Ok(n)
    }
}
