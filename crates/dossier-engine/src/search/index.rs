//! The value index a scan builds when asked (`ScanOptions::index_values`): every file's
//! records in blocks of `BLOCK_RECORDS`, and for every field of a block the runs of letters
//! its values hold (`letter_runs`) and the IP addresses in them. A search then reads again only
//! the files where the query may be, and of a long file only the runs of blocks that may hold
//! it (`FileIndex::plan`), each started at its block without reading what comes before
//! (`Restart`, and for a long deflated zip entry a checkpoint of its inflater,
//! `export::inflate`). It lives in memory only, beside the scan.

use std::collections::{BTreeSet, HashMap};
use std::net::IpAddr;
use std::sync::Arc;

use super::letter_runs::{Runs, RunsBuilder, RunsFilter};
use super::normalize::ip_addresses;
use crate::export::inflate::Checkpoint;
use crate::scan::read_file::Restart;

/// What a query asks of the index (`Needle::probe`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Probe {
    /// Values holding all these runs of letters and digits (`letter_runs::Runs`).
    Runs(Runs),
    /// Values holding this IP address, however it is written.
    Ip(IpAddr),
    /// The index cannot tell (a query of one or two letters): every value may match.
    Any,
}

/// An IP address as the index keeps it: a hash of its bytes, the same for every spelling.
fn ip_key(ip: &IpAddr) -> u32 {
    let bytes: &[u8] = match ip {
        IpAddr::V4(v4) => &v4.octets(),
        IpAddr::V6(v6) => &v6.octets(),
    };
    // FNV-1a: stable from run to run, unlike the standard library's hasher.
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Records of a file's main table per block: a block is what a search reads past its start
/// to find the query, so it is small enough to read in a blink and large enough that the
/// index stays small (a 1.8 GB CSV makes about 180 blocks).
pub const BLOCK_RECORDS: u64 = 65_536;
/// Fields of one file that get an index: past it (a file whose keys are ids, say) the file
/// is read whole by every search, as without an index.
const MAX_FIELDS: usize = 4_096;

/// The index of every file of a scan that has one, by the file's path.
#[derive(Debug, Clone, Default)]
pub struct ValueIndex {
    files: HashMap<String, Arc<FileIndex>>,
}

impl ValueIndex {
    pub(crate) fn insert(&mut self, path: &str, file: FileIndex) {
        self.files.insert(path.to_owned(), Arc::new(file));
    }

    pub fn file(&self, path: &str) -> Option<&FileIndex> {
        self.files.get(path).map(Arc::as_ref)
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Bytes of memory the index takes, roughly: what a search gains costs this much.
    pub fn bytes(&self) -> usize {
        self.files.iter().map(|(k, f)| k.len() + f.bytes()).sum()
    }
}

/// One file's blocks.
#[derive(Debug, Default)]
pub struct FileIndex {
    /// (table, field) of each field number the blocks use.
    fields: Vec<(String, String)>,
    blocks: Vec<Block>,
    /// Some fields had no index (there were too many): every block may hold anything.
    partial: bool,
    /// How to start reading at a block, when the file's format allows it.
    restart: Option<Restart>,
    /// Where inflating the file may start again, when it is a long deflated zip entry.
    checkpoints: Vec<Checkpoint>,
}

/// A part of a file a search reads: from a block (or the file's start) up to a record of its
/// main table, past which the blocks that follow cannot hold the query.
pub(crate) struct ReadPart<'a> {
    /// Where to start, when not at the file's start.
    pub from: Option<ReadFrom<'a>>,
    pub until: Option<u64>,
}

impl ReadPart<'_> {
    /// The whole file, from its start to its end.
    pub const WHOLE: ReadPart<'static> = ReadPart {
        from: None,
        until: None,
    };
}

/// A block to start reading at, and how.
pub(crate) struct ReadFrom<'a> {
    pub restart: &'a Restart,
    pub block: &'a Block,
    /// The file's byte where the block starts.
    pub at: u64,
    /// The last checkpoint before it, if any.
    pub near: Option<&'a Checkpoint>,
}

/// A run of records of one file and the runs of their values, field by field.
#[derive(Debug)]
pub struct Block {
    /// Records of each table before the block's first, so that a read starting at the block
    /// numbers records as a read from the start would.
    pub records_before: Vec<(String, u64)>,
    /// Where the block's first record starts in the file's text, when its reader tells.
    pub byte: Option<u64>,
    filters: Vec<FieldFilter>,
}

/// What one field's values in one block hold.
#[derive(Debug)]
struct FieldFilter {
    field: u32,
    runs: RunsFilter,
    /// `ip_key`s of the addresses, sorted.
    ips: Box<[u32]>,
}

impl Block {
    pub(crate) fn main_records_before(&self) -> u64 {
        self.records_before
            .iter()
            .find(|(table, _)| table.is_empty())
            .map_or(0, |(_, n)| *n)
    }
}

impl FieldFilter {
    fn may_hold(&self, probe: &Probe) -> bool {
        match probe {
            Probe::Runs(runs) => self.runs.has_all(runs),
            Probe::Ip(ip) => self.ips.binary_search(&ip_key(ip)).is_ok(),
            Probe::Any => true,
        }
    }
}

impl FileIndex {
    /// The blocks that may hold a value the probe matches, in order, by their number.
    pub fn blocks_that_may_hold(&self, probe: &Probe) -> Vec<usize> {
        (0..self.blocks.len())
            .filter(|&b| {
                self.partial
                    || matches!(probe, Probe::Any)
                    || self.blocks[b].filters.iter().any(|f| f.may_hold(probe))
            })
            .collect()
    }

    /// The (table, field) pairs that may hold a value the probe matches; `None` when the
    /// index cannot tell (too many fields, or `Probe::Any`).
    pub fn fields_that_may_hold(&self, probe: &Probe) -> Option<Vec<(&str, &str)>> {
        if self.partial || matches!(probe, Probe::Any) {
            return None;
        }
        let found: BTreeSet<u32> = self
            .blocks
            .iter()
            .flat_map(|b| b.filters.iter())
            .filter(|f| f.may_hold(probe))
            .map(|f| f.field)
            .collect();
        Some(
            found
                .into_iter()
                .map(|id| {
                    let (t, f) = &self.fields[id as usize];
                    (t.as_str(), f.as_str())
                })
                .collect(),
        )
    }

    pub(crate) fn with_restart(mut self, restart: Option<Restart>) -> Self {
        self.restart = restart;
        self
    }

    pub(crate) fn with_checkpoints(mut self, checkpoints: Vec<Checkpoint>) -> Self {
        self.checkpoints = checkpoints;
        self
    }

    /// What a search for `probe` must read of the file, in order: each run of blocks that
    /// may hold it (a long run in two halves), or when the file cannot be started at a block,
    /// everything up to the last such block. Empty when nothing in the file can match.
    pub(crate) fn plan(&self, probe: &Probe) -> Vec<ReadPart<'_>> {
        let blocks = self.blocks_that_may_hold(probe);
        let Some(&last) = blocks.last() else {
            return Vec::new();
        };
        let until = |last: usize| self.blocks.get(last + 1).map(Block::main_records_before);
        let start = |first: usize| -> Option<Option<ReadFrom<'_>>> {
            if first == 0 {
                return Some(None);
            }
            let (restart, block) = (self.restart.as_ref()?, &self.blocks[first]);
            let at = restart.text_start + block.byte?;
            Some(Some(ReadFrom {
                restart,
                block,
                at,
                near: self.checkpoints.iter().rev().find(|c| c.output <= at),
            }))
        };
        // A run of several blocks is read as two halves, which a search reads side by side.
        let runs: Vec<&[usize]> = blocks
            .chunk_by(|a, b| b - a == 1)
            .flat_map(|run| {
                let (first, second) = run.split_at(run.len() / 2);
                [first, second].into_iter().filter(|half| !half.is_empty())
            })
            .collect();
        let parts: Option<Vec<ReadPart<'_>>> = runs
            .iter()
            .map(|run| {
                Some(ReadPart {
                    from: start(run[0])?,
                    until: until(run[run.len() - 1]),
                })
            })
            .collect();
        parts.unwrap_or_else(|| {
            vec![ReadPart {
                from: None,
                until: until(last),
            }]
        })
    }

    fn bytes(&self) -> usize {
        let names: usize = self
            .fields
            .iter()
            .map(|(t, f)| t.len() + f.len() + 48)
            .sum();
        let blocks: usize = self
            .blocks
            .iter()
            .map(|b| {
                let filters: usize = b
                    .filters
                    .iter()
                    .map(|f| f.runs.bytes() + f.ips.len() * 4 + 40)
                    .sum();
                filters
                    + b.records_before
                        .iter()
                        .map(|(t, _)| t.len() + 32)
                        .sum::<usize>()
                    + 64
            })
            .sum();
        let checkpoints = self.checkpoints.len() * Checkpoint::BYTES;
        names + blocks + checkpoints
    }
}

/// Builds one file's index while its records are read; `FileTables` feeds it the position of
/// each table and field, which it numbers in the order it first meets them.
#[derive(Debug, Default)]
pub(crate) struct FileIndexBuilder {
    index: FileIndex,
    /// By table position, then field position: what the field's values held so far.
    building: Vec<Vec<Option<FieldBuilder>>>,
    /// Where the next record of the main table starts, when the reader told.
    next_byte: Option<u64>,
    /// Start of the block being built.
    records_before: Vec<(String, u64)>,
    byte: Option<u64>,
}

/// A file's index lent to another thread, which goes on from the `main_records`th record of the
/// file's only table, fed the same cells (`FileIndexBuilder::cell`) by their column numbers.
#[derive(Debug)]
pub struct IndexLoan {
    pub(crate) builder: FileIndexBuilder,
    pub(crate) main_records: u64,
}

#[derive(Debug)]
struct FieldBuilder {
    field: u32,
    runs: RunsBuilder,
    ips: Vec<u32>,
    /// It had a value in the block being built.
    used: bool,
}

impl FileIndexBuilder {
    pub fn record_at(&mut self, byte: u64) {
        self.next_byte = Some(byte);
    }

    /// A record of the main table begins; it is the `number`th (0-based). Every
    /// `BLOCK_RECORDS` records the block so far is closed and a new one starts here, with
    /// `records_before` giving each table's records so far.
    pub fn main_record(
        &mut self,
        number: u64,
        records_before: impl FnOnce() -> Vec<(String, u64)>,
    ) {
        let byte = self.next_byte.take();
        if number == 0 {
            self.byte = byte;
        } else if number.is_multiple_of(BLOCK_RECORDS) {
            self.close_block();
            self.records_before = records_before();
            self.byte = byte;
        }
    }

    pub fn cell(
        &mut self,
        table: usize,
        field: usize,
        names: impl FnOnce() -> (String, String),
        text: &str,
    ) {
        if self.building.len() <= table {
            self.building.resize_with(table + 1, Vec::new);
        }
        let fields = &mut self.building[table];
        if fields.len() <= field {
            fields.resize_with(field + 1, || None);
        }
        let slot = &mut fields[field];
        if slot.is_none() {
            if self.index.fields.len() >= MAX_FIELDS {
                self.index.partial = true;
                return;
            }
            self.index.fields.push(names());
            *slot = Some(FieldBuilder {
                field: (self.index.fields.len() - 1) as u32,
                runs: RunsBuilder::new(),
                ips: Vec::new(),
                used: false,
            });
        }
        if let Some(builder) = slot {
            builder.used = true;
            if builder
                .runs
                .add(text)
                .is_some_and(|marks| marks.may_hold_ip())
            {
                builder
                    .ips
                    .extend(ip_addresses(text).iter().map(|(_, ip)| ip_key(ip)));
            }
        }
    }

    fn close_block(&mut self) {
        let mut filters = Vec::new();
        for builder in self.building.iter_mut().flatten().flatten() {
            if std::mem::take(&mut builder.used) {
                let mut ips = std::mem::take(&mut builder.ips);
                ips.sort_unstable();
                ips.dedup();
                filters.push(FieldFilter {
                    field: builder.field,
                    runs: builder.runs.take(),
                    ips: ips.into_boxed_slice(),
                });
            }
        }
        self.index.blocks.push(Block {
            records_before: std::mem::take(&mut self.records_before),
            byte: self.byte.take(),
            filters,
        });
    }

    pub fn finish(mut self) -> FileIndex {
        self.close_block();
        self.index
    }
}
