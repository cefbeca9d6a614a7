//! One zip entry streamed through the guard with its limits, as the app reads an image or a
//! file's text (`read_file_bytes`): the entry's data, method, declared size and checksum come
//! from the input, so lying sizes, wrong checksums, broken deflate streams and bombs reach the
//! guard directly instead of through the directory parser (`zip_archive` covers that).
//!
//! Input: byte 0 bit 0 = deflated (else stored); bytes 1..5 the declared uncompressed size and
//! bytes 5..9 the declared CRC-32 (little-endian); the rest is the entry's data as stored.
#![no_main]

use dossier_engine::{read_file_bytes, Limits, ScanOptions};
use dossier_fuzz::scratch_zip;
use libfuzzer_sys::fuzz_target;

const NAME: &[u8] = b"entry.bin";
/// The most the read may return, as the app's image limit does.
const MAX_BYTES: u64 = 4 << 20;
/// Lower than the app's, so that the ratio check trips within the per-input timeout.
const LIMITS: Limits = Limits {
    max_total_bytes: 64 << 20,
    max_entries: 16,
    max_compression_ratio: 100,
    ratio_check_above: 64 << 10,
    max_nesting_depth: 1,
    max_record_bytes: 1 << 20,
    max_nested_zip_in_memory: 1 << 20,
};

struct Entry<'a> {
    deflated: bool,
    declared_size: u32,
    declared_crc: u32,
    data: &'a [u8],
}

impl<'a> Entry<'a> {
    fn parse(input: &'a [u8]) -> Option<Self> {
        let (header, data) = input.split_first_chunk::<9>()?;
        let word = |at: usize| u32::from_le_bytes(header[at..at + 4].try_into().unwrap());
        Some(Entry {
            deflated: header[0] & 1 == 1,
            declared_size: word(1),
            declared_crc: word(5),
            data,
        })
    }

    /// A zip of this one entry: local header, data, central directory, end record.
    fn zip(&self) -> Vec<u8> {
        let method: u16 = if self.deflated { 8 } else { 0 };
        let compressed = u32::try_from(self.data.len()).expect("libFuzzer inputs are small");
        let fields = |zip: &mut Vec<u8>| {
            zip.extend_from_slice(&method.to_le_bytes());
            zip.extend_from_slice(&[0; 4]); // time and date
            zip.extend_from_slice(&self.declared_crc.to_le_bytes());
            zip.extend_from_slice(&compressed.to_le_bytes());
            zip.extend_from_slice(&self.declared_size.to_le_bytes());
            zip.extend_from_slice(&(NAME.len() as u16).to_le_bytes());
            zip.extend_from_slice(&0u16.to_le_bytes()); // extra field length
        };
        let mut zip = Vec::with_capacity(self.data.len() + 128);
        zip.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        zip.extend_from_slice(&[20, 0, 0, 0]); // version needed, flags
        fields(&mut zip);
        zip.extend_from_slice(NAME);
        zip.extend_from_slice(self.data);
        let directory_at = zip.len() as u32;
        zip.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        zip.extend_from_slice(&[20, 0, 20, 0, 0, 0]); // versions, flags
        fields(&mut zip);
        zip.extend_from_slice(&[0; 12]); // comment, disk, attributes, local header at 0
        zip.extend_from_slice(NAME);
        let directory_len = zip.len() as u32 - directory_at;
        zip.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        zip.extend_from_slice(&[0, 0, 0, 0, 1, 0, 1, 0]); // disks, entries
        zip.extend_from_slice(&directory_len.to_le_bytes());
        zip.extend_from_slice(&directory_at.to_le_bytes());
        zip.extend_from_slice(&[0, 0]); // comment length
        zip
    }
}

fuzz_target!(|input: &[u8]| {
    let Some(entry) = Entry::parse(input) else {
        return;
    };
    std::fs::write(scratch_zip(), entry.zip()).expect("scratch file");
    let options = ScanOptions {
        limits: LIMITS,
        ..ScanOptions::default()
    };
    let name = std::str::from_utf8(NAME).unwrap();
    let Ok(bytes) = read_file_bytes(scratch_zip(), name, MAX_BYTES, &options) else {
        return; // refused with a message: what the guard is for
    };
    // What the guard promises about any entry it lets through.
    let read = bytes.len() as u64;
    assert!(
        read <= MAX_BYTES,
        "returned {read} bytes, over the {MAX_BYTES} asked for"
    );
    assert!(
        read <= u64::from(entry.declared_size),
        "returned {read} bytes, past the {} declared",
        entry.declared_size
    );
    if read == u64::from(entry.declared_size) {
        assert_eq!(
            crc32fast::hash(&bytes),
            entry.declared_crc,
            "a complete entry whose checksum does not match was let through"
        );
    }
    if read > LIMITS.ratio_check_above {
        let compressed = (entry.data.len() as u64).max(1);
        assert!(
            read <= compressed * LIMITS.max_compression_ratio,
            "{read} bytes from {compressed} compressed passed the ratio limit"
        );
    }
});
