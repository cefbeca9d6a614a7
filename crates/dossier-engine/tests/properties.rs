//! Property tests (issue 13): whatever the trusted writers produce, Dossier reads back.
//! - a table written by the `csv` crate (any of the four sniffed delimiters, quotes, line
//!   breaks inside fields, UTF-8) reads back cell for cell;
//! - a JSON value written by `serde_json` (nested within Dossier's 128-level limit) reads into
//!   the tables, record counts and fields that the flattening rules promise;
//! - a zip written by the `zip` crate, with random names and contents, opens with the same
//!   entries, sizes and bytes.
//!
//! Case counts stay modest so that `cargo test` stays quick; `PROPTEST_CASES=10000` runs more.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use dossier_engine::{read_file_bytes, read_file_rows, ScanOptions};
use proptest::prelude::*;
use serde_json::Value;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(cases),
        // A failure is shrunk and printed; nothing is persisted into the source tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// CSV

const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Cell text: quotes, line breaks, spaces, the table's own delimiter, accents, CJK, emoji.
/// The other three delimiters are left out on purpose: a `;` table whose every row holds one
/// unquoted comma is genuinely ambiguous, and the sniffer's choice there is a heuristic, tested
/// by the unit tests of `csv_table`, not a round-trip property.
fn cell(delimiter: u8) -> impl Strategy<Value = String> {
    let mut chars: Vec<char> = "aZ09 \"\n\r.@-éłü日本😀".chars().collect();
    chars.push(delimiter as char);
    prop::collection::vec(prop::sample::select(chars), 0..10)
        .prop_map(|cs| cs.into_iter().collect())
}

/// A header: distinct words (a header names its columns with words, not numbers or dates).
fn header(width: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::btree_set("[a-z][a-z_]{0,6}|[A-Z][a-zé]{1,5}", width)
        .prop_map(|names| names.into_iter().collect())
        .prop_shuffle()
}

fn table() -> impl Strategy<Value = (u8, Vec<String>, Vec<Vec<String>>)> {
    (prop::sample::select(DELIMITERS.to_vec()), 2usize..6).prop_flat_map(|(delimiter, width)| {
        (
            Just(delimiter),
            header(width),
            prop::collection::vec(prop::collection::vec(cell(delimiter), width), 0..12),
        )
    })
}

fn write_csv(delimiter: u8, header: &[String], rows: &[Vec<String>], crlf: bool) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(if crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    writer.write_record(header).unwrap();
    for row in rows {
        writer.write_record(row).unwrap();
    }
    writer.into_inner().unwrap()
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_csv_table_reads_back_equal((delimiter, header, rows) in table(), crlf in any::<bool>()) {
        let bytes = write_csv(delimiter, &header, &rows, crlf);
        let mut tables = read_file_rows("table.csv", bytes.as_slice())
            .map_err(|e| TestCaseError::fail(format!("not read: {e}")))?;
        let read = tables.remove("").unwrap_or_default();
        prop_assert!(tables.is_empty(), "a CSV file is one table: {:?}", tables.keys());
        let expected: Vec<Vec<(String, String)>> = rows
            .iter()
            .map(|row| header.iter().cloned().zip(row.iter().cloned()).collect())
            .collect();
        prop_assert_eq!(read, expected, "written as {:?}", String::from_utf8_lossy(&bytes));
    }
}

// ---------------------------------------------------------------------------------------------
// JSON

/// Keys: plain words, accents and CJK. Keys made of Latin-1 characters that spell UTF-8 bytes
/// are repaired as mojibake on purpose (Meta's exports), so they are left to the unit tests.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zé日]{1,4}",
        // Record ids used as keys (`"OrderHistories": {"5772…": {…}}`), and years, which are not.
        1 => "[1-9][0-9]{3,7}",
    ]
}

/// A key that numbers a record: four digits or more, not a year (the rule of `records::ids`
/// for the keys `key()` makes).
fn is_id_key(key: &str) -> bool {
    let year = key.len() == 4 && (key.starts_with("19") || key.starts_with("20"));
    key.len() >= 4 && key.chars().all(|c| c.is_ascii_digit()) && !year
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e12f64..1e12).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
    ]
}

/// Any JSON value, nested at most a dozen levels deep (Dossier's limit is 128).
fn json_value() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(12, 96, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// What a table should hold: its record count and the names of its fields.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    records: usize,
    fields: BTreeSet<String>,
}

/// An independent statement of the flattening rules (README, "How files become tables"):
/// a top-level array is one record per element; anything else is one record; nested objects
/// become dotted key paths; an array holding objects becomes a child table `key[]` with one
/// record per object (its other items stay a list field); any other array is one list field; a
/// member of a nested object keyed by a record id, holding an object, is a record of `key[]`.
#[derive(Default)]
struct Model {
    tables: BTreeMap<String, Shape>,
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

impl Model {
    fn document(&mut self, value: &Value) {
        match value {
            Value::Array(items) => items.iter().for_each(|item| self.record("", "", item)),
            other => self.record("", "", other),
        }
    }

    fn record(&mut self, table: &str, prefix: &str, value: &Value) {
        self.tables.entry(table.to_owned()).or_default().records += 1;
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    self.member(table, &join(prefix, k), v);
                }
            }
            other => self.member(table, prefix, other),
        }
    }

    fn member(&mut self, table: &str, key: &str, value: &Value) {
        match value {
            Value::Object(map) if !map.is_empty() => {
                for (k, v) in map {
                    if v.is_object() && is_id_key(k) {
                        let child = format!("{key}[]");
                        self.record(&child, &child, v);
                    } else {
                        self.member(table, &join(key, k), v);
                    }
                }
            }
            Value::Array(items) if items.iter().any(Value::is_object) => {
                let child = format!("{key}[]");
                for item in items.iter().filter(|i| i.is_object()) {
                    self.record(&child, &child, item);
                }
                if items.iter().any(|i| !i.is_object()) {
                    self.field(table, key);
                }
            }
            _ => self.field(table, key),
        }
    }

    fn field(&mut self, table: &str, key: &str) {
        let shape = self.tables.entry(table.to_owned()).or_default();
        shape.fields.insert(key.to_owned());
    }
}

fn read_shapes(name: &str, bytes: &[u8]) -> Result<BTreeMap<String, Shape>, TestCaseError> {
    let tables =
        read_file_rows(name, bytes).map_err(|e| TestCaseError::fail(format!("not read: {e}")))?;
    Ok(tables
        .into_iter()
        .map(|(table, rows)| {
            let fields = rows.iter().flatten().map(|(f, _)| f.clone()).collect();
            let shape = Shape {
                records: rows.len(),
                fields,
            };
            (table, shape)
        })
        .collect())
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_json_value_reads_with_the_right_records_and_fields(
        value in json_value(),
        pretty in any::<bool>(),
    ) {
        let bytes = if pretty {
            serde_json::to_vec_pretty(&value).unwrap()
        } else {
            serde_json::to_vec(&value).unwrap()
        };
        let mut model = Model::default();
        model.document(&value);
        prop_assert_eq!(read_shapes("data.json", &bytes)?, model.tables);
    }

    #[test]
    fn any_json_lines_read_one_record_per_line(values in prop::collection::vec(json_value(), 0..8)) {
        let mut bytes = Vec::new();
        let mut model = Model::default();
        for value in &values {
            serde_json::to_writer(&mut bytes, value).unwrap();
            bytes.push(b'\n');
            model.record("", "", value);
        }
        prop_assert_eq!(read_shapes("data.jsonl", &bytes)?, model.tables);
    }
}

// ---------------------------------------------------------------------------------------------
// Zip

/// A path of one to three segments. Extensions pick formats Dossier reads and ones it only
/// lists; a `.json` entry full of random bytes is a problem of that file, never of the zip.
fn entry_name() -> impl Strategy<Value = String> {
    (
        prop::collection::vec("[a-zA-Z0-9 _éł日-]{1,8}", 1..4),
        prop::sample::select(vec![".bin", ".txt", ".json", ".csv", ".mp4", ""]),
    )
        .prop_map(|(segments, ext)| format!("{}{ext}", segments.join("/")))
}

/// Entries with distinct names, none of which is also the folder of another (`a` and `a/b`
/// cannot both be files), compared without case as Windows and macOS would.
fn entries() -> impl Strategy<Value = Vec<(String, Vec<u8>, bool)>> {
    prop::collection::vec(
        (
            entry_name(),
            prop::collection::vec(any::<u8>(), 0..300),
            any::<bool>(),
        ),
        1..10,
    )
    .prop_map(|mut entries| {
        let mut taken: BTreeSet<String> = BTreeSet::new();
        entries.retain(|(name, _, _)| {
            let lower = name.to_lowercase();
            let clashes = taken.iter().any(|t| {
                *t == lower
                    || t.starts_with(&format!("{lower}/"))
                    || lower.starts_with(&format!("{t}/"))
            });
            !clashes && taken.insert(lower)
        });
        entries
    })
}

fn write_zip(entries: &[(String, Vec<u8>, bool)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data, deflated) in entries {
        let method = if *deflated {
            zip::CompressionMethod::Deflated
        } else {
            zip::CompressionMethod::Stored
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn any_zip_opens_with_the_same_entries(entries in entries()) {
        let dir = tempfile::tempdir().unwrap();
        let path = support::write_temp(&dir, "export.zip", &write_zip(&entries));
        let scan = support::scan(&path);

        let listed: BTreeMap<&str, u64> =
            scan.files.iter().map(|f| (f.path.as_str(), f.size)).collect();
        let written: BTreeMap<&str, u64> =
            entries.iter().map(|(n, d, _)| (n.as_str(), d.len() as u64)).collect();
        prop_assert_eq!(&listed, &written);
        for problem in &scan.problems {
            prop_assert!(
                written.contains_key(problem.path.as_str()),
                "a problem of the archive rather than of one file: {:?}", problem
            );
        }
        for (name, data, _) in &entries {
            let read = read_file_bytes(&path, name, 1 << 20, &ScanOptions::default())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&read, data, "the bytes of {}", name);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// What these properties found, kept as plain regression tests.

/// A CSV cell `-a日 aa` looked like a date with a time zone `-a日`, whose "digits" were sliced
/// by byte and cut `日` in half: the scan panicked.
#[test]
fn a_cell_like_a_zone_of_letters_is_read_as_text() {
    let tables = read_file_rows("t.csv", "a,b\n,-a日 aa\n".as_bytes()).unwrap();
    assert_eq!(tables[""][0][1], ("b".into(), "-a日 aa".into()));
}

/// An empty object in a top-level object was dropped by the streaming reader, while the same
/// object inside an array was an empty field.
#[test]
fn an_empty_object_is_an_empty_field_at_any_depth() {
    for doc in [
        r#"{"tags": {}}"#,
        r#"[{"tags": {}}]"#,
        r#"{"a": {"tags": {}}}"#,
    ] {
        let tables = read_file_rows("t.json", doc.as_bytes()).unwrap();
        let fields: Vec<&str> = tables[""][0].iter().map(|(f, _)| f.as_str()).collect();
        assert!(fields[0].ends_with("tags"), "{doc}: {fields:?}");
    }
}
