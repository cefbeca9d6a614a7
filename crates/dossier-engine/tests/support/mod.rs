//! Builds zip archives byte by byte for tests, including the malformed ones a zip library
//! refuses to write: overlapping entries, lying sizes, encrypted flags, cut-off archives.
#![allow(dead_code)] // each test binary uses a different part of the support code

use std::io::Write;

use flate2::write::DeflateEncoder;
use flate2::Compression;

pub struct Entry {
    pub name: Vec<u8>,
    pub method: u16,
    pub flags: u16,
    pub crc: u32,
    pub compressed: Vec<u8>,
    pub uncompressed_size: u64,
}

impl Entry {
    pub fn stored(name: &str, data: &[u8]) -> Entry {
        Entry {
            name: name.as_bytes().to_vec(),
            method: 0,
            flags: 0x0800,
            crc: crc32fast::hash(data),
            compressed: data.to_vec(),
            uncompressed_size: data.len() as u64,
        }
    }

    pub fn deflated(name: &str, data: &[u8]) -> Entry {
        let mut enc = DeflateEncoder::new(Vec::new(), Compression::best());
        enc.write_all(data).unwrap();
        Entry {
            method: 8,
            compressed: enc.finish().unwrap(),
            ..Entry::stored(name, data)
        }
    }
}

/// Writes entries one after another, then the central directory. `extra_directory` adds
/// central-directory records that point at existing local headers (overlap bombs).
pub fn zip_bytes(entries: &[Entry]) -> Vec<u8> {
    zip_with_aliases(entries, &[])
}

pub fn zip_with_aliases(entries: &[Entry], aliases: &[(usize, &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut offsets = Vec::new();
    for e in entries {
        offsets.push(out.len() as u32);
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes());
        out.extend_from_slice(&e.flags.to_le_bytes());
        out.extend_from_slice(&e.method.to_le_bytes());
        out.extend_from_slice(&[0, 0, 0x21, 0]); // time, date: 1980-01-01
        out.extend_from_slice(&e.crc.to_le_bytes());
        out.extend_from_slice(&(e.compressed.len() as u32).to_le_bytes());
        out.extend_from_slice(&(e.uncompressed_size as u32).to_le_bytes());
        out.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&e.name);
        out.extend_from_slice(&e.compressed);
    }
    let cd_start = out.len() as u32;
    let mut records = 0u16;
    let mut central = |out: &mut Vec<u8>, e: &Entry, name: &[u8], offset: u32| {
        out.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes());
        out.extend_from_slice(&e.flags.to_le_bytes());
        out.extend_from_slice(&e.method.to_le_bytes());
        out.extend_from_slice(&[0, 0, 0x21, 0]);
        out.extend_from_slice(&e.crc.to_le_bytes());
        out.extend_from_slice(&(e.compressed.len() as u32).to_le_bytes());
        out.extend_from_slice(&(e.uncompressed_size as u32).to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attributes
        out.extend_from_slice(&[0; 4]); // external attributes
        out.extend_from_slice(&offset.to_le_bytes());
        out.extend_from_slice(name);
        records += 1;
    };
    for (e, &offset) in entries.iter().zip(&offsets) {
        central(&mut out, e, &e.name, offset);
    }
    for &(target, name) in aliases {
        central(&mut out, &entries[target], name.as_bytes(), offsets[target]);
    }
    let cd_len = out.len() as u32 - cd_start;
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&records.to_le_bytes());
    out.extend_from_slice(&records.to_le_bytes());
    out.extend_from_slice(&cd_len.to_le_bytes());
    out.extend_from_slice(&cd_start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// A raw deflate stream of `total` spaces, built by repeating the compressed form of a
/// block of spaces (non-final, byte-aligned by a sync flush) and closing with an empty
/// final block. Building 2 GiB this way takes milliseconds.
pub fn deflated_spaces(total: u64) -> Vec<u8> {
    const BLOCK: usize = 64 * 1024 * 1024;
    let mut compress = flate2::Compress::new(Compression::best(), false);
    let input = vec![b' '; BLOCK];
    let mut chunk = Vec::with_capacity(BLOCK / 500);
    compress
        .compress_vec(&input, &mut chunk, flate2::FlushCompress::Sync)
        .unwrap();
    assert_eq!(total % BLOCK as u64, 0);
    let mut out = Vec::with_capacity(chunk.len() * (total / BLOCK as u64) as usize + 5);
    for _ in 0..total / BLOCK as u64 {
        out.extend_from_slice(&chunk);
    }
    out.extend_from_slice(&[0x01, 0x00, 0x00, 0xFF, 0xFF]);
    out
}

pub fn write_temp(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.path().join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

pub fn scan(path: &std::path::Path) -> dossier_engine::ExportScan {
    dossier_engine::scan_export(path, &dossier_engine::ScanOptions::default(), &mut ()).unwrap()
}

pub fn problem_for<'a>(scan: &'a dossier_engine::ExportScan, path: &str) -> Option<&'a str> {
    scan.problems
        .iter()
        .find(|p| p.path == path)
        .map(|p| p.message.as_str())
}

pub fn field<'a>(
    scan: &'a dossier_engine::ExportScan,
    file: &str,
    name: &str,
) -> Option<&'a dossier_engine::FieldStats> {
    scan.tables
        .iter()
        .filter(|t| t.file == file)
        .flat_map(|t| t.fields.iter())
        .find(|f| f.name == name)
}

/// The crate's folder, read when the test runs: a path baked in at compile time would point at
/// the checkout that built the binary, which a shared build cache may not be this one.
pub fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .expect("cargo sets CARGO_MANIFEST_DIR when it runs tests")
        .into()
}

/// The bundled sample export (`samples/clarifai-sample.zip`).
pub fn sample() -> std::path::PathBuf {
    manifest_dir().join("../../samples/clarifai-sample.zip")
}

/// The bundled sample extracted into a folder, without the entries named in `leave_out`.
pub fn sample_without(leave_out: &[&str]) -> tempfile::TempDir {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(sample()).unwrap()).unwrap();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        if entry.is_dir() || leave_out.contains(&entry.name()) {
            continue;
        }
        let path = dir.path().join(entry.name());
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}
