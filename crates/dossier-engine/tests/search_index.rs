//! The index of values may only make a search faster: with it, every search of the corpus's
//! exports finds exactly what reading every file again finds, and the fields the index names
//! for a query include every field a hit is in.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use support::{write_temp, zip_bytes, Entry};

use dossier_engine::search::{
    fields_that_may_hold, search_values, SearchRequest, TextMatch, ValueSearch,
};
use dossier_engine::{scan_export, ExportScan, ScanOptions};

fn exports() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/exports");
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path().join("export"))
        .filter(|p| p.exists())
        .collect();
    found.sort();
    found
}

fn scanned(path: &Path, index_values: bool) -> ExportScan {
    let options = ScanOptions {
        index_values,
        ..ScanOptions::default()
    };
    scan_export(path, &options, &mut ()).unwrap()
}

fn search(path: &Path, scan: &ExportScan, query: &str, mode: TextMatch) -> ValueSearch {
    let request = SearchRequest {
        query: query.to_owned(),
        mode,
        limit: 100_000,
    };
    search_values(path, scan, &[], &request, &ScanOptions::default(), &mut ()).unwrap()
}

/// Queries a person might type about this export: whole values, parts of them, in another
/// case, and the digits of numbers.
fn queries(scan: &ExportScan) -> Vec<String> {
    let mut out = BTreeSet::new();
    for field in scan.tables.iter().flat_map(|t| t.fields.iter()).step_by(3) {
        let Some(example) = field.examples.first() else {
            continue;
        };
        let chars: Vec<char> = example.trim().chars().collect();
        if chars.len() < 3 {
            continue;
        }
        out.insert(chars.iter().collect::<String>().to_uppercase());
        let from = chars.len() / 3;
        out.insert(chars[from..(from + 5).min(chars.len())].iter().collect());
        let digits: String = chars.iter().filter(|c| c.is_ascii_digit()).collect();
        if digits.len() >= 7 {
            out.insert(digits);
        }
        if out.len() >= 24 {
            break;
        }
    }
    out.into_iter().collect()
}

#[test]
fn the_index_changes_no_search_of_the_corpus() {
    let mut searched = 0;
    let mut ruled_out = 0u64;
    for path in exports() {
        let with = scanned(&path, true);
        let without = scanned(&path, false);
        assert!(!with.values.is_empty(), "{}", path.display());
        for query in queries(&with) {
            for mode in [TextMatch::Substring, TextMatch::WholeWord] {
                let fast = search(&path, &with, &query, mode);
                let slow = search(&path, &without, &query, mode);
                assert_eq!(fast.hits, slow.hits, "{} {query:?}", path.display());
                assert_eq!(fast.files_searched, slow.files_searched);
                searched += 1;
            }
            if let Some(places) = fields_that_may_hold(&with, &[], &query) {
                let named: BTreeSet<(String, String, String)> = places
                    .into_iter()
                    .map(|p| (p.file, p.table, p.field))
                    .collect();
                for hit in search(&path, &with, &query, TextMatch::Substring).hits {
                    let key = (hit.file, hit.table, hit.field);
                    assert!(
                        named.contains(&key),
                        "{} {query:?}: {key:?}",
                        path.display()
                    );
                }
                let files: BTreeSet<&str> = named.iter().map(|(f, _, _)| f.as_str()).collect();
                ruled_out += (with.files.len() - files.len()) as u64;
            }
        }
    }
    assert!(searched > 2_000, "only {searched} searches");
    // The index is worth having: files are left unread.
    assert!(ruled_out > searched as u64, "{ruled_out} files ruled out");
    println!("{searched} searches gave the same hits with and without the index; {ruled_out} file reads saved");
}

/// A CSV and a JSON Lines file long enough for many blocks of the index, with a value in the
/// first and the third block (two parts to read, apart), another in the last, and quoted
/// newlines on the way.
fn long_files() -> Vec<(&'static str, Vec<u8>)> {
    let rows = 3 * dossier_engine::search::index::BLOCK_RECORDS + 1_234;
    let special = |i: u64| match i {
        10 | 140_000 => "renee.lefevre@example.com",
        _ if i == rows - 3 => "+44 20 7946 0608",
        _ => "",
    };
    let mut csv = String::from("\u{feff}id,when,note,contact\n");
    let mut lines = String::new();
    for i in 0..rows {
        csv.push_str(&format!(
            "{i},2024-03-{:02}T10:00:00Z,\"line {i}\nof a note\",{}\n",
            i % 28 + 1,
            special(i)
        ));
        lines.push_str(&format!(
            "{{\"id\":{i},\"ip\":\"203.0.113.{}\",\"contact\":\"{}\",\"tags\":[{{\"t\":\"x{}\"}}]}}\n",
            if i == 150_000 { 200 } else { i % 100 },
            special(i),
            i % 7
        ));
    }
    // A Latin-1 file is transcoded: it cannot be started in the middle, and is read whole.
    let mut latin1: Vec<u8> = b"id,name\n".to_vec();
    for i in 0..(rows / 2) {
        latin1.extend_from_slice(format!("{i},Ren").as_bytes());
        latin1.push(0xE9);
        latin1.extend_from_slice(if i == 100_000 { b"e LEF\n" } else { b"e\n" });
    }
    vec![
        ("events.csv", csv.into_bytes()),
        ("sessions.jsonl", lines.into_bytes()),
        ("names.csv", latin1),
    ]
}

#[test]
fn long_files_are_read_from_the_block_that_may_hold_the_query() {
    let dir = tempfile::tempdir().unwrap();
    let files = long_files();
    let entries: Vec<Entry> = files.iter().map(|(n, d)| Entry::deflated(n, d)).collect();
    let zip = write_temp(&dir, "export.zip", &zip_bytes(&entries));
    for (name, data) in &files {
        write_temp(&dir, &format!("folder/{name}"), data);
    }
    for path in [zip, dir.path().join("folder")] {
        let with = scanned(&path, true);
        let without = scanned(&path, false);
        for query in [
            "RENEE.lefevre@example.com",
            "020 7946 0608",
            "203.0.113.200",
            "line 200000",
            "Renée lef",
            "x6",
            "nowhere at all",
        ] {
            for mode in [TextMatch::Substring, TextMatch::WholeWord] {
                let fast = search(&path, &with, query, mode);
                let slow = search(&path, &without, query, mode);
                assert_eq!(fast.hits, slow.hits, "{} {query:?}", path.display());
                assert_eq!(fast.problems, slow.problems);
            }
        }
        let found = search(
            &path,
            &with,
            "renee.lefevre@EXAMPLE.com",
            TextMatch::Substring,
        );
        let rows: Vec<(&str, u64)> = found
            .hits
            .iter()
            .map(|h| (h.file.as_str(), h.row))
            .collect();
        assert_eq!(
            rows,
            [
                ("events.csv", 11),
                ("events.csv", 140_001),
                ("sessions.jsonl", 11),
                ("sessions.jsonl", 140_001)
            ]
        );
    }
}

/// Files are searched on every core, yet the hits come in the export's order: a search with a
/// limit gives the first hits of the search without one, the observer is told them in the
/// order they are returned, and the same search gives the same hits every time.
#[test]
fn hits_come_in_the_exports_order_whatever_thread_found_them() {
    use dossier_engine::search::{SearchObserver, ValueHit};

    struct Told(Vec<ValueHit>, u64);
    impl SearchObserver for Told {
        fn hit(&mut self, hit: &ValueHit) {
            self.0.push(hit.clone());
        }
        fn file_searched(&mut self, done: u64, _total: u64) {
            assert_eq!(done, self.1 + 1, "files are counted one after the other");
            self.1 = done;
        }
    }

    let dir = tempfile::tempdir().unwrap();
    // Files of very different lengths, so that workers finish them out of order.
    let files: Vec<(String, Vec<u8>)> = (0..40)
        .map(|i| {
            let rows = if i % 7 == 0 { 20_000 } else { 3 };
            let mut csv = String::from("id,contact\n");
            for r in 0..rows {
                let contact = if r % 5_000 == 1 {
                    "ada@example.com"
                } else {
                    ""
                };
                csv.push_str(&format!("{r},{contact}\n"));
            }
            (format!("part-{i:02}.csv"), csv.into_bytes())
        })
        .collect();
    let entries: Vec<Entry> = files.iter().map(|(n, d)| Entry::deflated(n, d)).collect();
    let zip = write_temp(&dir, "export.zip", &zip_bytes(&entries));
    for index_values in [false, true] {
        let scan = scanned(&zip, index_values);
        let all = search(&zip, &scan, "ADA@example.com", TextMatch::Substring);
        assert!(all.complete);
        let places: Vec<(&str, u64)> = all.hits.iter().map(|h| (h.file.as_str(), h.row)).collect();
        let mut sorted = places.clone();
        sorted.sort();
        assert_eq!(places, sorted, "hits in the export's order");
        assert_eq!(places.len(), 6 * 4 + 34);
        for limit in [1, 5, 23, 57] {
            let request = SearchRequest {
                query: "ada@example.com".into(),
                mode: TextMatch::Substring,
                limit,
            };
            for _ in 0..3 {
                let mut told = Told(Vec::new(), 0);
                let options = ScanOptions::default();
                let found = search_values(&zip, &scan, &[], &request, &options, &mut told).unwrap();
                assert_eq!(found.hits, all.hits[..limit], "limit {limit}");
                assert_eq!(told.0, found.hits, "the observer is told the hits in order");
                assert!(!found.complete);
            }
        }
    }
}
