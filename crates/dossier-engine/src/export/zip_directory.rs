//! Reads a zip archive's directory: the end-of-central-directory record (with zip64), the
//! central directory entries, and, when the archive was cut short and has no directory, the
//! local headers found by walking the file from the start.
//!
//! Written by hand rather than taken from a zip crate because Dossier needs what those crates
//! hide: each entry's exact byte span (to refuse overlapping "zip bomb" entries), the declared
//! sizes before anything is inflated, and the entries of a truncated archive.

use std::io::{self, BufRead, Read, Seek, SeekFrom};

use super::entry_name::decode_name;

const EOCD_SIG: u32 = 0x0605_4b50;
const EOCD64_SIG: u32 = 0x0606_4b50;
const EOCD64_LOCATOR_SIG: u32 = 0x0706_4b50;
const CENTRAL_SIG: u32 = 0x0201_4b50;
const LOCAL_SIG: u32 = 0x0403_4b50;
const DATA_DESCRIPTOR_SIG: u32 = 0x0807_4b50;
const EOCD_MIN_LEN: u64 = 22;
/// The EOCD ends with a comment of at most 65,535 bytes.
const EOCD_SEARCH_SPAN: u64 = EOCD_MIN_LEN + 65_535;
pub(crate) const LOCAL_HEADER_LEN: u64 = 30;

const FLAG_ENCRYPTED: u16 = 0x0001;
const FLAG_DATA_DESCRIPTOR: u16 = 0x0008;
const FLAG_UTF8: u16 = 0x0800;

pub(crate) const METHOD_STORED: u16 = 0;
pub(crate) const METHOD_DEFLATE: u16 = 8;

/// One entry as the archive declares it. Nothing here has been checked against the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ZipEntry {
    pub name: String,
    pub method: u16,
    pub flags: u16,
    pub crc32: u32,
    pub compressed_size: u64,
    pub uncompressed_size: u64,
    pub local_header_offset: u64,
    /// Sizes came from a local header written before the data (data-descriptor entries of a
    /// truncated archive): the true end is only known once the data is inflated.
    pub sizes_unknown: bool,
}

impl ZipEntry {
    pub fn is_encrypted(&self) -> bool {
        self.flags & FLAG_ENCRYPTED != 0
    }

    pub fn is_dir(&self) -> bool {
        super::entry_name::is_folder_name(&self.name)
    }
}

/// What could be read of the directory.
#[derive(Debug, Default)]
pub(crate) struct Directory {
    pub entries: Vec<ZipEntry>,
    /// The central directory was missing or damaged and the entries were found by walking the
    /// local headers: set to the reason.
    pub recovered_because: Option<String>,
    /// Walking the local headers stopped before the end of the file: set to the reason.
    pub recovery_stopped: Option<String>,
    /// The archive declares more entries than the limit allows.
    pub declared_entries: u64,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum DirectoryError {
    #[error("it is not a zip archive (no zip signature found)")]
    NotZip,
    #[error("it could not be read: {0}")]
    Io(#[from] io::Error),
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}
fn u64_at(b: &[u8], at: usize) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(x)
}

/// Reads the directory, falling back to walking local headers when it is missing or broken.
/// `max_entries` bounds the work on an archive that claims millions of entries.
pub(crate) fn read_directory<R: Read + Seek + ?Sized>(
    r: &mut R,
    max_entries: u64,
) -> Result<Directory, DirectoryError> {
    let len = r.seek(SeekFrom::End(0))?;
    match read_central_directory(r, len, max_entries) {
        Ok(dir) => Ok(dir),
        Err(reason) => {
            let mut dir = walk_local_headers(r, len, max_entries)?;
            if dir.entries.is_empty() && dir.recovery_stopped.is_none() {
                return Err(DirectoryError::NotZip);
            }
            dir.recovered_because = Some(reason);
            Ok(dir)
        }
    }
}

/// The reason the central directory could not be used, for the problem message.
type Reason = String;

fn read_central_directory<R: Read + Seek + ?Sized>(
    r: &mut R,
    len: u64,
    max_entries: u64,
) -> Result<Directory, Reason> {
    let io_reason = |e: io::Error| format!("its central directory could not be read ({e})");
    let span = EOCD_SEARCH_SPAN.min(len);
    if span < EOCD_MIN_LEN {
        return Err("the archive is too short to hold a central directory".into());
    }
    let tail_start = len - span;
    r.seek(SeekFrom::Start(tail_start)).map_err(io_reason)?;
    let mut tail = vec![0u8; span as usize];
    r.read_exact(&mut tail).map_err(io_reason)?;
    let eocd_at = (0..=tail.len() - EOCD_MIN_LEN as usize)
        .rev()
        .find(|&i| u32_at(&tail, i) == EOCD_SIG)
        .ok_or_else(|| {
            "the end of the archive is missing (no central directory): it was probably cut short"
                .to_string()
        })?;
    let eocd = &tail[eocd_at..];
    let mut count = u64::from(u16_at(eocd, 10));
    let mut cd_size = u64::from(u32_at(eocd, 12));
    let mut cd_offset = u64::from(u32_at(eocd, 16));

    let eocd_abs = tail_start + eocd_at as u64;
    if (count == 0xFFFF || cd_size == 0xFFFF_FFFF || cd_offset == 0xFFFF_FFFF) && eocd_abs >= 20 {
        // Zip64: the locator sits just before the EOCD and points at the zip64 EOCD record.
        let mut loc = [0u8; 20];
        r.seek(SeekFrom::Start(eocd_abs - 20)).map_err(io_reason)?;
        r.read_exact(&mut loc).map_err(io_reason)?;
        if u32_at(&loc, 0) == EOCD64_LOCATOR_SIG {
            let rec_at = u64_at(&loc, 8);
            let mut rec = [0u8; 56];
            r.seek(SeekFrom::Start(rec_at)).map_err(io_reason)?;
            r.read_exact(&mut rec).map_err(io_reason)?;
            if u32_at(&rec, 0) != EOCD64_SIG {
                return Err("its zip64 directory record is damaged".into());
            }
            count = u64_at(&rec, 32);
            cd_size = u64_at(&rec, 40);
            cd_offset = u64_at(&rec, 48);
        }
    }
    if cd_offset.checked_add(cd_size).is_none_or(|end| end > len) {
        return Err(
            "its central directory points past the end of the file: it was probably cut short"
                .into(),
        );
    }

    r.seek(SeekFrom::Start(cd_offset)).map_err(io_reason)?;
    let mut cd = io::BufReader::new(r.take(cd_size));
    let mut entries = Vec::with_capacity(count.min(max_entries).min(65_536) as usize);
    let mut fixed = [0u8; 46];
    for _ in 0..count.min(max_entries) {
        cd.read_exact(&mut fixed)
            .map_err(|_| "its central directory is shorter than it claims".to_string())?;
        if u32_at(&fixed, 0) != CENTRAL_SIG {
            return Err("its central directory is damaged (bad entry signature)".into());
        }
        let flags = u16_at(&fixed, 8);
        let name_len = usize::from(u16_at(&fixed, 28));
        let extra_len = usize::from(u16_at(&fixed, 30));
        let comment_len = usize::from(u16_at(&fixed, 32));
        let mut var = vec![0u8; name_len + extra_len + comment_len];
        cd.read_exact(&mut var)
            .map_err(|_| "its central directory is shorter than it claims".to_string())?;
        let mut entry = ZipEntry {
            name: decode_name(&var[..name_len], flags & FLAG_UTF8 != 0),
            method: u16_at(&fixed, 10),
            flags,
            crc32: u32_at(&fixed, 16),
            compressed_size: u64::from(u32_at(&fixed, 20)),
            uncompressed_size: u64::from(u32_at(&fixed, 24)),
            local_header_offset: u64::from(u32_at(&fixed, 42)),
            sizes_unknown: false,
        };
        apply_zip64_extra(&mut entry, &var[name_len..name_len + extra_len]);
        entries.push(entry);
    }
    Ok(Directory {
        entries,
        recovered_because: None,
        recovery_stopped: None,
        declared_entries: count,
    })
}

/// Replaces 0xFFFFFFFF placeholders with the 64-bit values of the zip64 extra field, which
/// lists only the placeholders that are set, in this fixed order.
fn apply_zip64_extra(entry: &mut ZipEntry, mut extra: &[u8]) {
    while extra.len() >= 4 {
        let id = u16_at(extra, 0);
        let size = usize::from(u16_at(extra, 2));
        let body = &extra[4..(4 + size).min(extra.len())];
        if id == 0x0001 {
            let mut at = 0;
            let mut take = |field: &mut u64| {
                if *field == 0xFFFF_FFFF && at + 8 <= body.len() {
                    *field = u64_at(body, at);
                    at += 8;
                }
            };
            take(&mut entry.uncompressed_size);
            take(&mut entry.compressed_size);
            take(&mut entry.local_header_offset);
            return;
        }
        extra = &extra[(4 + size).min(extra.len())..];
    }
}

/// The length of the local header (with its name and extra field) at `offset`, and the
/// entry it describes; `None` when there is no local header signature there.
pub(crate) fn read_local_header<R: Read + Seek + ?Sized>(
    r: &mut R,
    offset: u64,
) -> io::Result<Option<(u64, ZipEntry)>> {
    r.seek(SeekFrom::Start(offset))?;
    let mut fixed = [0u8; LOCAL_HEADER_LEN as usize];
    r.read_exact(&mut fixed)?;
    if u32_at(&fixed, 0) != LOCAL_SIG {
        return Ok(None);
    }
    let flags = u16_at(&fixed, 6);
    let name_len = usize::from(u16_at(&fixed, 26));
    let extra_len = usize::from(u16_at(&fixed, 28));
    let mut var = vec![0u8; name_len + extra_len];
    r.read_exact(&mut var)?;
    let mut entry = ZipEntry {
        name: decode_name(&var[..name_len], flags & FLAG_UTF8 != 0),
        method: u16_at(&fixed, 8),
        flags,
        crc32: u32_at(&fixed, 14),
        compressed_size: u64::from(u32_at(&fixed, 18)),
        uncompressed_size: u64::from(u32_at(&fixed, 22)),
        local_header_offset: offset,
        sizes_unknown: flags & FLAG_DATA_DESCRIPTOR != 0,
    };
    apply_zip64_extra(&mut entry, &var[name_len..]);
    Ok(Some((
        LOCAL_HEADER_LEN + (name_len + extra_len) as u64,
        entry,
    )))
}

/// Finds the entries of an archive without a usable central directory by following local
/// headers from the start. Entries whose size is only in a trailing data descriptor are
/// measured by inflating them (deflate streams mark their own end).
fn walk_local_headers<R: Read + Seek + ?Sized>(
    r: &mut R,
    len: u64,
    max_entries: u64,
) -> Result<Directory, DirectoryError> {
    let mut dir = Directory::default();
    let mut offset = 0u64;
    while offset + LOCAL_HEADER_LEN <= len && (dir.entries.len() as u64) < max_entries {
        let (header_len, mut entry) = match read_local_header(r, offset) {
            Ok(Some(found)) => found,
            Ok(None) => break,
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                dir.recovery_stopped = Some(format!(
                    "the archive ends inside an entry's header at byte {offset}"
                ));
                break;
            }
            Err(e) => return Err(e.into()),
        };
        let data_start = offset + header_len;
        if entry.sizes_unknown {
            match measure_deflate(r, data_start, &entry) {
                Some((compressed, uncompressed, crc)) => {
                    entry.compressed_size = compressed;
                    entry.uncompressed_size = uncompressed;
                    entry.crc32 = crc;
                    entry.sizes_unknown = false;
                }
                None => {
                    dir.recovery_stopped = Some(format!(
                        "the entry {:?} has no recorded size and could not be measured; the entries after it could not be found",
                        entry.name
                    ));
                    break;
                }
            }
        }
        let data_end = data_start.saturating_add(entry.compressed_size);
        if data_end > len {
            dir.recovery_stopped = Some(format!(
                "the archive ends inside {:?}: it was cut short",
                entry.name
            ));
            break;
        }
        offset = data_end;
        if entry.flags & FLAG_DATA_DESCRIPTOR != 0 {
            offset = skip_data_descriptor(r, offset)?;
        }
        dir.entries.push(entry);
    }
    dir.declared_entries = dir.entries.len() as u64;
    Ok(dir)
}

/// Inflates a deflate entry to learn where its data ends: (compressed, uncompressed, crc).
fn measure_deflate<R: Read + Seek + ?Sized>(
    r: &mut R,
    data_start: u64,
    entry: &ZipEntry,
) -> Option<(u64, u64, u32)> {
    if entry.method != METHOD_DEFLATE || entry.is_encrypted() {
        return None;
    }
    r.seek(SeekFrom::Start(data_start)).ok()?;
    let mut input = io::BufReader::new(&mut *r);
    let mut inflater = flate2::Decompress::new(false);
    let mut out = vec![0u8; 64 * 1024];
    let mut crc = crc32fast::Hasher::new();
    loop {
        let buf = input.fill_buf().ok()?;
        if buf.is_empty() {
            return None;
        }
        let before_in = inflater.total_in();
        let before_out = inflater.total_out();
        let status = inflater
            .decompress(buf, &mut out, flate2::FlushDecompress::None)
            .ok()?;
        let used = (inflater.total_in() - before_in) as usize;
        let produced = (inflater.total_out() - before_out) as usize;
        crc.update(&out[..produced]);
        input.consume(used);
        if status == flate2::Status::StreamEnd {
            return Some((inflater.total_in(), inflater.total_out(), crc.finalize()));
        }
        if used == 0 && produced == 0 {
            return None;
        }
    }
}

/// Data descriptors come with or without their optional signature; both are 32-bit-sized
/// here since the walk is only a recovery path for archives without a directory.
fn skip_data_descriptor<R: Read + Seek + ?Sized>(r: &mut R, at: u64) -> io::Result<u64> {
    r.seek(SeekFrom::Start(at))?;
    let mut sig = [0u8; 4];
    if r.read_exact(&mut sig).is_err() {
        return Ok(at);
    }
    Ok(if u32::from_le_bytes(sig) == DATA_DESCRIPTOR_SIG {
        at + 16
    } else {
        at + 12
    })
}
