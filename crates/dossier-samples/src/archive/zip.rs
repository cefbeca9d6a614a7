//! A minimal, deterministic zip writer (PKWARE APPNOTE 6.3, no Zip64).
//!
//! Written by hand so the bytes depend only on the content: one fixed timestamp for every
//! entry, no extra fields, no host-specific attributes. Entries are streamed to disk; only
//! the small central-directory records stay in memory.

use std::fs::File;
use std::io::{self, BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use flate2::write::DeflateEncoder;
use flate2::Compression;

use super::Method;
use crate::clock;
use crate::error::SampleError;

const LOCAL_HEADER_SIG: u32 = 0x0403_4b50;
const CENTRAL_HEADER_SIG: u32 = 0x0201_4b50;
const END_OF_CENTRAL_DIR_SIG: u32 = 0x0605_4b50;
/// "Version needed to extract" 2.0: deflate.
const VERSION: u16 = 20;
/// General-purpose flag bit 11: the name is UTF-8.
const FLAG_UTF8: u16 = 1 << 11;
/// Offset of the CRC field inside a local header.
const LOCAL_CRC_OFFSET: u64 = 14;

struct CentralRecord {
    name: String,
    method: u16,
    crc: u32,
    compressed: u32,
    uncompressed: u32,
    offset: u32,
}

pub(crate) struct ZipOut {
    path: PathBuf,
    file: BufWriter<File>,
    position: u64,
    records: Vec<CentralRecord>,
}

/// Counts bytes and their CRC-32 on their way to the inner writer.
struct Tally<W> {
    inner: W,
    bytes: u64,
    crc: crc32fast::Hasher,
}

impl<W: Write> Write for Tally<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        self.crc.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn tally<W: Write>(inner: W) -> Tally<W> {
    Tally {
        inner,
        bytes: 0,
        crc: crc32fast::Hasher::new(),
    }
}

fn to_u32(value: u64) -> Result<u32, SampleError> {
    u32::try_from(value).map_err(|_| SampleError::ZipLimit)
}

impl ZipOut {
    pub(crate) fn create(path: &Path) -> Result<ZipOut, SampleError> {
        let write_error = |source| SampleError::Write {
            path: path.to_owned(),
            source,
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(write_error)?;
        }
        let file = File::create(path).map_err(write_error)?;
        Ok(ZipOut {
            path: path.to_owned(),
            file: BufWriter::new(file),
            position: 0,
            records: Vec::new(),
        })
    }

    fn write_error(&self, entry: &str) -> impl Fn(io::Error) -> SampleError {
        let path = self.path.join(entry);
        move |source| SampleError::Write {
            path: path.clone(),
            source,
        }
    }

    pub(crate) fn entry(
        &mut self,
        name: &str,
        method: Method,
        body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), SampleError> {
        let err = self.write_error(name);
        let offset = to_u32(self.position)?;
        let method_code: u16 = match method {
            Method::Deflate => 8,
            Method::Store => 0,
        };
        // The header goes out first with zero CRC and sizes, patched once the body is written.
        let header = local_header(name, method_code, 0, 0, 0);
        self.file.write_all(&header).map_err(&err)?;

        let mut counted = tally(&mut self.file);
        let (crc, uncompressed) = match method {
            Method::Store => {
                body(&mut counted).map_err(&err)?;
                (counted.crc.clone().finalize(), counted.bytes)
            }
            Method::Deflate => {
                let mut raw = tally(DeflateEncoder::new(&mut counted, Compression::default()));
                body(&mut raw).map_err(&err)?;
                let (crc, bytes) = (raw.crc.clone().finalize(), raw.bytes);
                raw.inner.finish().map_err(&err)?;
                (crc, bytes)
            }
        };
        let compressed = counted.bytes;
        let header_start = self.position;
        self.position += header.len() as u64 + compressed;
        let record = CentralRecord {
            name: name.to_owned(),
            method: method_code,
            crc,
            compressed: to_u32(compressed)?,
            uncompressed: to_u32(uncompressed)?,
            offset,
        };
        self.patch_sizes(header_start, &record).map_err(&err)?;
        self.records.push(record);
        if self.records.len() > usize::from(u16::MAX) {
            return Err(SampleError::ZipLimit);
        }
        Ok(())
    }

    fn patch_sizes(&mut self, header_start: u64, record: &CentralRecord) -> io::Result<()> {
        self.file
            .seek(SeekFrom::Start(header_start + LOCAL_CRC_OFFSET))?;
        let mut fields = Vec::with_capacity(12);
        fields.extend_from_slice(&record.crc.to_le_bytes());
        fields.extend_from_slice(&record.compressed.to_le_bytes());
        fields.extend_from_slice(&record.uncompressed.to_le_bytes());
        self.file.write_all(&fields)?;
        self.file.seek(SeekFrom::Start(self.position))?;
        Ok(())
    }

    pub(crate) fn finish(mut self) -> Result<(), SampleError> {
        let err = self.write_error("");
        let directory_start = to_u32(self.position)?;
        let mut directory = Vec::new();
        for record in &self.records {
            central_header(&mut directory, record);
        }
        let directory_size = to_u32(directory.len() as u64)?;
        to_u32(self.position + directory.len() as u64)?;
        let count = self.records.len() as u16;
        put32(&mut directory, END_OF_CENTRAL_DIR_SIG);
        put16(&mut directory, 0); // this disk
        put16(&mut directory, 0); // disk with the central directory
        put16(&mut directory, count);
        put16(&mut directory, count);
        put32(&mut directory, directory_size);
        put32(&mut directory, directory_start);
        put16(&mut directory, 0); // comment length
        self.file.write_all(&directory).map_err(&err)?;
        self.file.flush().map_err(&err)?;
        self.file.get_ref().sync_all().map_err(&err)
    }
}

fn put16(buf: &mut Vec<u8>, value: u16) {
    buf.extend_from_slice(&value.to_le_bytes());
}

fn put32(buf: &mut Vec<u8>, value: u32) {
    buf.extend_from_slice(&value.to_le_bytes());
}

fn name_flags(name: &str) -> u16 {
    if name.is_ascii() {
        0
    } else {
        FLAG_UTF8
    }
}

fn local_header(name: &str, method: u16, crc: u32, compressed: u32, uncompressed: u32) -> Vec<u8> {
    let (date, time) = clock::dos_date_time(clock::EXPORT_TIME);
    let mut buf = Vec::with_capacity(30 + name.len());
    put32(&mut buf, LOCAL_HEADER_SIG);
    put16(&mut buf, VERSION);
    put16(&mut buf, name_flags(name));
    put16(&mut buf, method);
    put16(&mut buf, time);
    put16(&mut buf, date);
    put32(&mut buf, crc);
    put32(&mut buf, compressed);
    put32(&mut buf, uncompressed);
    put16(&mut buf, name.len() as u16);
    put16(&mut buf, 0); // extra field length
    buf.extend_from_slice(name.as_bytes());
    buf
}

fn central_header(buf: &mut Vec<u8>, record: &CentralRecord) {
    let (date, time) = clock::dos_date_time(clock::EXPORT_TIME);
    put32(buf, CENTRAL_HEADER_SIG);
    put16(buf, VERSION); // version made by: MS-DOS attributes, none set
    put16(buf, VERSION);
    put16(buf, name_flags(&record.name));
    put16(buf, record.method);
    put16(buf, time);
    put16(buf, date);
    put32(buf, record.crc);
    put32(buf, record.compressed);
    put32(buf, record.uncompressed);
    put16(buf, record.name.len() as u16);
    put16(buf, 0); // extra field length
    put16(buf, 0); // comment length
    put16(buf, 0); // disk number start
    put16(buf, 0); // internal attributes
    put32(buf, 0); // external attributes
    put32(buf, record.offset);
    buf.extend_from_slice(record.name.as_bytes());
}
