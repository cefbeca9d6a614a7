//! Test helpers: an independent zip reader and the reader's field-naming convention,
//! re-implemented here so the ground truth is checked against the files themselves.

#![allow(dead_code)] // each test binary uses a different subset of these helpers

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use serde_json::Value;

/// Entries of a zip without Zip64 or comment, in central-directory order: (name, content).
pub fn read_zip(path: &Path) -> Vec<(String, Vec<u8>)> {
    let data = std::fs::read(path).unwrap();
    let u16_at = |at: usize| u16::from_le_bytes([data[at], data[at + 1]]) as usize;
    let u32_at = |at: usize| u32::from_le_bytes(data[at..at + 4].try_into().unwrap()) as usize;
    let end = data.len() - 22;
    assert_eq!(u32_at(end), 0x0605_4b50, "end of central directory");
    let count = u16_at(end + 10);
    let mut at = u32_at(end + 16);
    let mut entries = Vec::with_capacity(count);
    for _ in 0..count {
        assert_eq!(u32_at(at), 0x0201_4b50, "central header");
        let method = u16_at(at + 10);
        let crc = u32_at(at + 16) as u32;
        let compressed = u32_at(at + 20);
        let size = u32_at(at + 24);
        let name_len = u16_at(at + 28);
        let extra_len = u16_at(at + 30);
        let comment_len = u16_at(at + 32);
        let local = u32_at(at + 42);
        let name = String::from_utf8(data[at + 46..at + 46 + name_len].to_vec()).unwrap();
        at += 46 + name_len + extra_len + comment_len;

        assert_eq!(u32_at(local), 0x0403_4b50, "local header of {name}");
        assert_eq!(u32_at(local + 14) as u32, crc, "local CRC of {name}");
        let start = local + 30 + u16_at(local + 26) + u16_at(local + 28);
        let raw = &data[start..start + compressed];
        let content = match method {
            0 => raw.to_vec(),
            8 => {
                let mut out = Vec::with_capacity(size);
                flate2::read::DeflateDecoder::new(raw)
                    .read_to_end(&mut out)
                    .unwrap();
                out
            }
            other => panic!("unexpected method {other} for {name}"),
        };
        assert_eq!(content.len(), size, "size of {name}");
        assert_eq!(crc32fast::hash(&content), crc, "CRC of {name}");
        entries.push((name, content));
    }
    entries
}

/// Field names of one JSON value per the reader's convention (dotted objects, `key[].sub`
/// for arrays of objects, one field for an array of scalars).
pub fn json_fields(value: &Value) -> BTreeSet<String> {
    let mut fields = BTreeSet::new();
    match value {
        Value::Array(items) => {
            for item in items {
                walk(item.as_object().expect("array of objects"), "", &mut fields);
            }
        }
        Value::Object(map) => walk(map, "", &mut fields),
        other => panic!("unexpected top-level {other}"),
    }
    fields
}

fn walk(map: &serde_json::Map<String, Value>, prefix: &str, fields: &mut BTreeSet<String>) {
    for (key, value) in map {
        let path = format!("{prefix}{key}");
        match value {
            Value::Object(inner) => walk(inner, &format!("{path}."), fields),
            Value::Array(items) if items.iter().all(Value::is_object) => {
                assert!(
                    !items.is_empty(),
                    "empty array at {path}: ambiguous for readers"
                );
                for item in items {
                    walk(item.as_object().unwrap(), &format!("{path}[]."), fields);
                }
            }
            Value::Array(items) => {
                assert!(
                    items.iter().all(|v| !v.is_object() && !v.is_array()),
                    "mixed array at {path}"
                );
                fields.insert(path);
            }
            _ => {
                fields.insert(path);
            }
        }
    }
}

/// Header cells of a CSV, decoding Latin-1 when the bytes are not UTF-8.
pub fn csv_fields(bytes: &[u8]) -> BTreeSet<String> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    };
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .headers()
        .unwrap()
        .iter()
        .map(|h| h.trim().to_owned())
        .collect()
}

/// Tags the reader does not list as fields: IFD pointers, format versions, and the GPS
/// hemisphere references it folds into signed coordinates.
const STRUCTURAL_TAGS: &[exif::Tag] = &[
    exif::Tag::ExifIFDPointer,
    exif::Tag::GPSInfoIFDPointer,
    exif::Tag::InteropIFDPointer,
    exif::Tag::GPSVersionID,
    exif::Tag::GPSLatitudeRef,
    exif::Tag::GPSLongitudeRef,
];

/// EXIF fields of the primary image as `exif.<Tag>`, read back with kamadak-exif.
pub fn exif_fields(jpeg: &[u8]) -> BTreeSet<String> {
    let exif = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(jpeg))
        .unwrap();
    exif.fields()
        .filter(|f| f.ifd_num == exif::In::PRIMARY && !STRUCTURAL_TAGS.contains(&f.tag))
        .map(|f| format!("exif.{}", f.tag))
        .collect()
}
