//! A zip archive as a source of files: its directory checked against the limits before
//! anything is inflated, and each entry opened as a guarded stream. Nothing is extracted.

use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};

use super::entry_name::{clashes, display_name, unsafe_name_reason, Clash};
use super::guard::{Declared, GuardedReader, ScanGuard};
use super::inflate::{Checkpoint, Checkpoints, Inflater};
use super::zip_directory::{
    read_directory, read_local_header, DirectoryError, ZipEntry, LOCAL_HEADER_LEN, METHOD_DEFLATE,
    METHOD_STORED,
};
use crate::limits::human_bytes;

/// Anything a zip can be read from: a file, a byte range of an outer archive, memory.
pub(crate) trait ReadSeek: Read + Seek + Send {}
impl<T: Read + Seek + Send> ReadSeek for T {}

/// One entry of the archive and whether it may be read.
#[derive(Debug, Clone)]
pub(crate) struct ListedEntry {
    /// Index into the archive's entries.
    pub index: usize,
    /// `/`-separated name inside this archive.
    pub name: String,
    pub size: u64,
    /// Set when the entry must not be read, to the reason shown to the user.
    pub refused: Option<String>,
    /// Something about a readable entry the user should know (a name differing from another
    /// only in case), reported as a note.
    pub note: Option<String>,
}

pub(crate) struct ZipSource<'a> {
    reader: &'a mut dyn ReadSeek,
    entries: Vec<ZipEntry>,
    listing: Vec<ListedEntry>,
    /// Problems of the archive as a whole (truncated, too many entries).
    pub archive_notes: Vec<String>,
}

impl<'a> ZipSource<'a> {
    pub fn open(reader: &'a mut dyn ReadSeek, guard: &ScanGuard) -> Result<Self, DirectoryError> {
        let limits = guard.limits;
        let dir = read_directory(reader, limits.max_entries)?;
        let mut archive_notes = Vec::new();
        if let Some(reason) = &dir.recovered_because {
            archive_notes.push(format!(
                "{reason}; {} entries were recovered by reading the archive from its start",
                dir.entries.len()
            ));
        }
        if let Some(reason) = &dir.recovery_stopped {
            archive_notes.push(format!("recovery stopped: {reason}"));
        }
        if dir.declared_entries > limits.max_entries {
            archive_notes.push(format!(
                "the archive declares {} entries, more than Dossier's limit of {}; only the first {} were read",
                dir.declared_entries, limits.max_entries, limits.max_entries
            ));
        }
        let overlapping = overlapping_entries(&dir.entries);
        let mut declared_total = 0u64;
        let mut listing: Vec<ListedEntry> = dir
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.is_dir())
            .map(|(index, e)| {
                declared_total = declared_total.saturating_add(e.uncompressed_size);
                ListedEntry {
                    index,
                    name: display_name(&e.name),
                    size: e.uncompressed_size,
                    refused: refusal(e, overlapping[index], guard),
                    note: None,
                }
            })
            .collect();
        note_clashes(&mut listing, &dir.entries);
        Ok(ZipSource {
            reader,
            entries: dir.entries,
            listing,
            archive_notes,
        })
    }

    /// The entries, sorted by name so that a zip and the folder it was made from list alike.
    pub fn listing(&self) -> Vec<ListedEntry> {
        let mut listing = self.listing.clone();
        listing.sort_by(|a, b| a.name.cmp(&b.name));
        listing
    }

    /// The entry at `index` of the directory, to be opened by another reader of the same archive.
    pub fn entry(&self, index: usize) -> &ZipEntry {
        &self.entries[index]
    }

    /// Opens an entry's uncompressed bytes as a guarded stream.
    pub fn open_entry(
        &mut self,
        index: usize,
        guard: &ScanGuard,
    ) -> io::Result<Box<dyn Read + '_>> {
        let reader = open_entry(&mut *self.reader, &self.entries[index], guard)?;
        Ok(Box::new(reader))
    }

    /// `open_entry`, starting as near before byte `at` of the entry as it can (see
    /// `open_entry_near`); also returns the byte it starts at.
    pub fn open_entry_near(
        &mut self,
        index: usize,
        guard: &ScanGuard,
        at: u64,
        near: Option<&Checkpoint>,
    ) -> io::Result<(Box<dyn Read + Send + '_>, u64)> {
        let (reader, from) =
            open_entry_near(&mut *self.reader, &self.entries[index], guard, at, near)?;
        Ok((Box::new(reader), from))
    }

    /// A stored (uncompressed) entry as a seekable byte range of this archive, so a zip
    /// inside it can be read in place. `None` for compressed entries.
    pub fn stored_range(&mut self, index: usize) -> io::Result<Option<SubRange<'_>>> {
        if self.entries[index].method != METHOD_STORED {
            return Ok(None);
        }
        let (start, len) = data_range(&mut *self.reader, &self.entries[index])?;
        Ok(Some(SubRange::new(self.reader, start, len)))
    }
}

fn data_range<R: Read + Seek + ?Sized>(reader: &mut R, entry: &ZipEntry) -> io::Result<(u64, u64)> {
    let (header_len, _) =
        read_local_header(reader, entry.local_header_offset)?.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                "its local header is missing: the archive is damaged",
            )
        })?;
    Ok((
        entry.local_header_offset + header_len,
        entry.compressed_size,
    ))
}

/// An entry's bytes as the archive holds them, inflated when they were deflated.
pub(crate) enum Inflated<R> {
    Stored(R),
    Deflated(Inflater<R>),
}

impl<R: BufRead> Read for Inflated<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Inflated::Stored(r) => r.read(buf),
            Inflated::Deflated(r) => r.read(buf),
        }
    }
}

/// An entry opened by `open_entry`: it is `Send` when the archive's reader is, so that
/// another thread can inflate it.
pub(crate) type EntryReader<'r, R> = GuardedReader<Inflated<BufReader<io::Take<&'r mut R>>>>;

/// Opens `entry` of the archive that `reader` reads as a guarded stream of its uncompressed
/// bytes. Any reader of the archive will do: each thread of a scan has its own.
pub(crate) fn open_entry<'r, R: Read + Seek + ?Sized>(
    reader: &'r mut R,
    entry: &ZipEntry,
    guard: &ScanGuard,
) -> io::Result<EntryReader<'r, R>> {
    open_entry_noting(reader, entry, guard, None)
}

/// `open_entry`, noting in `into` where inflating it may start again (`inflate::Checkpoint`).
pub(crate) fn open_entry_noting<'r, R: Read + Seek + ?Sized>(
    reader: &'r mut R,
    entry: &ZipEntry,
    guard: &ScanGuard,
    into: Option<Checkpoints>,
) -> io::Result<EntryReader<'r, R>> {
    let raw = entry_bytes(reader, entry, 0)?;
    let declared = Declared {
        compressed: Some(entry.compressed_size),
        uncompressed: Some(entry.uncompressed_size),
        crc32: Some(entry.crc32),
    };
    let inflated = match (entry.method, into) {
        (METHOD_STORED, _) => Inflated::Stored(raw),
        (_, None) => Inflated::Deflated(Inflater::new(raw)),
        (_, Some(into)) => Inflated::Deflated(Inflater::noting(raw, into)),
    };
    Ok(GuardedReader::new(inflated, guard.clone(), declared))
}

/// Opens `entry` to read from as near before byte `at` of its contents as it can without
/// inflating what comes before: `at` itself when it is stored, the checkpoint `near` (noted
/// by an earlier read, at or before `at`) when it is deflated, else its start. Returns the
/// reader and the byte it starts at. Only what is read is checked: the checksum needs it all.
pub(crate) fn open_entry_near<'r, R: Read + Seek + ?Sized>(
    reader: &'r mut R,
    entry: &ZipEntry,
    guard: &ScanGuard,
    at: u64,
    near: Option<&Checkpoint>,
) -> io::Result<(EntryReader<'r, R>, u64)> {
    let near = near.filter(|c| c.output <= at && c.input <= entry.compressed_size);
    let (skipped, from) = match (entry.method, near) {
        (METHOD_STORED, _) => (at.min(entry.compressed_size), at.min(entry.compressed_size)),
        (_, Some(point)) => (point.input, point.output),
        (_, None) => return Ok((open_entry(reader, entry, guard)?, 0)),
    };
    let raw = entry_bytes(reader, entry, skipped)?;
    let inflated = match near {
        Some(point) if entry.method != METHOD_STORED => {
            Inflated::Deflated(Inflater::resume(raw, point))
        }
        _ => Inflated::Stored(raw),
    };
    let declared = Declared {
        compressed: Some(entry.compressed_size - skipped),
        uncompressed: None,
        crc32: None,
    };
    Ok((GuardedReader::new(inflated, guard.clone(), declared), from))
}

/// The entry's bytes as the archive holds them, past the first `skip`.
fn entry_bytes<'r, R: Read + Seek + ?Sized>(
    reader: &'r mut R,
    entry: &ZipEntry,
    skip: u64,
) -> io::Result<BufReader<io::Take<&'r mut R>>> {
    let (start, len) = data_range(reader, entry)?;
    reader.seek(SeekFrom::Start(start + skip))?;
    Ok(BufReader::new(reader.take(len - skip)))
}

/// Entries whose shown names clash: a second entry of the same name is refused (a page or an
/// image asked for by name must always come from the same entry), and a name differing from
/// another only in case gets a note.
fn note_clashes(listing: &mut [ListedEntry], entries: &[ZipEntry]) {
    let names: Vec<(&str, &str)> = listing
        .iter()
        .map(|l| (entries[l.index].name.as_str(), l.name.as_str()))
        .collect();
    let found = clashes(&names);
    for (entry, clash) in listing.iter_mut().zip(found) {
        match clash {
            Some(Clash::Same { raw_differs }) if entry.refused.is_none() => {
                let how = if raw_differs {
                    " (written once with \\ and once with /)"
                } else {
                    ""
                };
                entry.refused = Some(format!(
                    "another entry of the archive has the same name{how}; only the first of them is read, so that what Dossier shows under this name is always the same file"
                ));
            }
            Some(Clash::CaseOnly { earlier }) => {
                entry.note = Some(format!(
                    "its name differs only in letter case from {earlier}; Dossier reads both, but unzipping the export on Windows or macOS, whose file systems ignore case, keeps only one of them"
                ));
            }
            _ => {}
        }
    }
}

/// Why an entry is not read, decided from the directory alone.
fn refusal(e: &ZipEntry, overlaps: bool, guard: &ScanGuard) -> Option<String> {
    let limits = guard.limits;
    if let Some(reason) = unsafe_name_reason(&e.name) {
        return Some(format!(
            "{reason}; it was not read and its name is never used as a path"
        ));
    }
    if e.is_encrypted() {
        return Some("encrypted, not read (Dossier does not ask for archive passwords)".into());
    }
    if overlaps {
        return Some(
            "refused: its data overlaps another entry's, the construction of a zip bomb".into(),
        );
    }
    if e.method != METHOD_STORED && e.method != METHOD_DEFLATE {
        return Some(format!(
            "compressed with {}, which Dossier cannot read; unzip it and zip it again with standard (deflate) compression",
            method_name(e.method)
        ));
    }
    if e.uncompressed_size > limits.ratio_check_above
        && e.uncompressed_size
            > e.compressed_size
                .max(1)
                .saturating_mul(limits.max_compression_ratio)
    {
        return Some(format!(
            "refused: it declares {} from {} compressed, more than {}:1, the pattern of a zip bomb",
            human_bytes(e.uncompressed_size),
            human_bytes(e.compressed_size),
            limits.max_compression_ratio
        ));
    }
    None
}

fn method_name(method: u16) -> String {
    match method {
        12 => "bzip2".into(),
        14 => "LZMA".into(),
        93 => "Zstandard".into(),
        95 => "XZ".into(),
        9 => "Deflate64".into(),
        other => format!("compression method {other}"),
    }
}

/// Marks every entry whose data span overlaps another's. Real archives never overlap;
/// overlapping entries let a few KB expand to gigabytes (David Fifield's "better zip bomb").
fn overlapping_entries(entries: &[ZipEntry]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| entries[i].local_header_offset);
    let mut overlaps = vec![false; entries.len()];
    let mut furthest_end = 0u64;
    let mut furthest_owner: Option<usize> = None;
    for &i in &order {
        let e = &entries[i];
        let start = e.local_header_offset;
        let end = start
            .saturating_add(LOCAL_HEADER_LEN)
            .saturating_add(e.compressed_size);
        if let Some(owner) = furthest_owner {
            if start < furthest_end {
                overlaps[i] = true;
                overlaps[owner] = true;
            }
        }
        if end > furthest_end {
            furthest_end = end;
            furthest_owner = Some(i);
        }
    }
    overlaps
}

/// A window onto a byte range of another reader, seekable within the range.
pub(crate) struct SubRange<'a> {
    inner: &'a mut dyn ReadSeek,
    start: u64,
    len: u64,
    pos: u64,
}

impl<'a> SubRange<'a> {
    fn new(inner: &'a mut dyn ReadSeek, start: u64, len: u64) -> Self {
        SubRange {
            inner,
            start,
            len,
            pos: 0,
        }
    }
}

impl Read for SubRange<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.len.saturating_sub(self.pos);
        if left == 0 {
            return Ok(0);
        }
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        self.inner.seek(SeekFrom::Start(self.start + self.pos))?;
        let n = self.inner.read(&mut buf[..want])?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for SubRange<'_> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        self.pos = target.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "seek before the start of an entry",
            )
        })?;
        Ok(self.pos)
    }
}
