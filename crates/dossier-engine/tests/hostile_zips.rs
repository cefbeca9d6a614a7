//! Zip bombs, escaping names, encrypted entries, cut-off archives and deep nesting: each is
//! refused or reported with a clear message, quickly, and the rest of the export still opens.

mod support;

use std::time::{Duration, Instant};

use dossier_engine::{scan_export, FileStatus, Limits, ScanOptions};
use support::*;

const GOOD: &[u8] = br#"[{"email": "zoe@example.com"}]"#;

fn assert_quick(started: Instant) {
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn overlapping_entries_bomb_is_refused_in_under_a_second() {
    let kernel = Entry::deflated("kernel.json", &vec![b'a'; 32 * 1024 * 1024]);
    let aliases: Vec<(usize, String)> = (0..250).map(|i| (0, format!("copy{i:03}.json"))).collect();
    let alias_refs: Vec<(usize, &str)> = aliases.iter().map(|(i, n)| (*i, n.as_str())).collect();
    let mut entries = vec![kernel];
    entries.push(Entry::stored("good.json", GOOD));
    let bytes = zip_with_aliases(&entries, &alias_refs);
    assert!(bytes.len() < 60 * 1024, "bomb is {} bytes", bytes.len());
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "bomb.zip", &bytes);

    let started = Instant::now();
    let scan = scan(&path);
    assert_quick(started);
    let message = problem_for(&scan, "copy000.json").expect("the alias is a problem");
    assert!(message.contains("overlaps another entry"), "{message}");
    assert!(problem_for(&scan, "kernel.json")
        .unwrap()
        .contains("overlaps"));
    assert!(
        field(&scan, "good.json", "email").is_some(),
        "the rest of the export opens"
    );
    assert!(scan.bytes_read < 1024 * 1024);
}

#[test]
fn two_gib_of_spaces_is_refused_in_under_a_second() {
    let total = 2u64 * 1024 * 1024 * 1024;
    let compressed = deflated_spaces(total);
    let honest = Entry {
        name: b"spaces.json".to_vec(),
        method: 8,
        flags: 0,
        crc: 0,
        compressed,
        uncompressed_size: total - 1, // the format's 32-bit field; the ratio is what matters
    };
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(
        &dir,
        "spaces.zip",
        &zip_bytes(&[honest, Entry::stored("good.json", GOOD)]),
    );
    let started = Instant::now();
    let scan = scan(&path);
    assert_quick(started);
    let message = problem_for(&scan, "spaces.json").unwrap();
    assert!(
        message.contains("zip bomb") && message.contains(":1"),
        "{message}"
    );
    assert!(field(&scan, "good.json", "email").is_some());
}

#[test]
fn an_entry_inflating_past_its_declared_size_is_stopped() {
    let compressed = deflated_spaces(64 * 1024 * 1024);
    let liar = Entry {
        name: b"liar.json".to_vec(),
        method: 8,
        flags: 0,
        crc: 0,
        compressed,
        uncompressed_size: 1000,
    };
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(
        &dir,
        "liar.zip",
        &zip_bytes(&[liar, Entry::stored("good.json", GOOD)]),
    );
    let started = Instant::now();
    let scan = scan(&path);
    assert_quick(started);
    let message = problem_for(&scan, "liar.json").unwrap();
    assert!(message.contains("inflates past"), "{message}");
    assert!(
        scan.bytes_read < 1024 * 1024,
        "stopped early, read {}",
        scan.bytes_read
    );
    assert!(field(&scan, "good.json", "email").is_some());
}

#[test]
fn escaping_names_are_problems_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(
        &dir,
        "names.zip",
        &zip_bytes(&[
            Entry::stored("../../etc/passwd", b"root:x:0:0"),
            Entry::stored("/etc/x", b"[1]"),
            Entry::stored("good.json", GOOD),
        ]),
    );
    let before: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let scan = scan(&path);
    assert!(problem_for(&scan, "../../etc/passwd")
        .unwrap()
        .contains("\"..\""));
    assert!(problem_for(&scan, "/etc/x")
        .unwrap()
        .contains("absolute path"));
    assert!(field(&scan, "good.json", "email").is_some());
    let after: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(before, after, "nothing was written beside the export");
    assert!(!dir.path().parent().unwrap().join("etc/passwd").exists());
}

#[test]
fn encrypted_entries_are_listed_as_not_read() {
    let mut secret = Entry::stored("secret.json", GOOD);
    secret.flags |= 1;
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(
        &dir,
        "enc.zip",
        &zip_bytes(&[secret, Entry::stored("good.json", GOOD)]),
    );
    let scan = scan(&path);
    assert!(problem_for(&scan, "secret.json")
        .unwrap()
        .starts_with("encrypted, not read"));
    let file = scan.files.iter().find(|f| f.path == "secret.json").unwrap();
    assert_eq!(file.status, FileStatus::Failed);
}

#[test]
fn a_truncated_zip_reports_the_entries_it_could_read() {
    let entries = [
        Entry::deflated("a.json", br#"[{"email": "a@example.com"}]"#),
        Entry::deflated("b.json", br#"[{"email": "b@example.com"}]"#),
        Entry::deflated("c.json", &vec![b' '; 100_000]),
    ];
    let full = zip_bytes(&entries);
    let cut = &full[..full.len() - 200 - entries[2].compressed.len() / 2];
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "cut.zip", cut);
    let scan = scan(&path);
    assert!(field(&scan, "a.json", "email").is_some());
    assert!(field(&scan, "b.json", "email").is_some());
    let message = problem_for(&scan, "cut.zip").expect("the archive itself is a problem");
    assert!(message.contains("cut short"), "{message}");
}

#[test]
fn a_200000_deep_json_array_is_a_problem_not_a_crash() {
    let mut deep = "[".repeat(200_000);
    deep.push_str(&"]".repeat(200_000));
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(
        &dir,
        "deep.zip",
        &zip_bytes(&[
            Entry::deflated("deep.json", deep.as_bytes()),
            Entry::stored("good.json", GOOD),
        ]),
    );
    let scan = scan(&path);
    assert!(problem_for(&scan, "deep.json")
        .unwrap()
        .contains("128 levels"));
    assert!(field(&scan, "good.json", "email").is_some());
}

#[test]
fn nested_zips_are_read_as_folders_to_depth_three() {
    let level4 = zip_bytes(&[Entry::stored("deepest.json", GOOD)]);
    let level3 = zip_bytes(&[
        Entry::stored("l4.zip", &level4),
        Entry::stored("three.json", GOOD),
    ]);
    let level2 = zip_bytes(&[
        Entry::deflated("l3.zip", &level3),
        Entry::stored("two.json", GOOD),
    ]);
    let level1 = zip_bytes(&[Entry::stored("l2.zip", &level2)]);
    let outer = zip_bytes(&[
        Entry::deflated("l1.zip", &level1),
        Entry::stored("top.json", GOOD),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "outer.zip", &outer);
    let scan = scan(&path);
    assert!(field(&scan, "top.json", "email").is_some());
    assert!(
        field(&scan, "l1.zip/l2.zip/two.json", "email").is_some(),
        "stored zip read in place"
    );
    assert!(
        field(&scan, "l1.zip/l2.zip/l3.zip/three.json", "email").is_some(),
        "compressed zip read in memory"
    );
    let message = problem_for(&scan, "l1.zip/l2.zip/l3.zip/l4.zip").unwrap();
    assert!(message.contains("more than 3 levels"), "{message}");
}

#[test]
fn limits_have_clear_messages() {
    let dir = tempfile::tempdir().unwrap();
    let entries: Vec<Entry> = (0..5)
        .map(|i| Entry::stored(&format!("f{i}.json"), GOOD))
        .collect();
    let path = write_temp(&dir, "many.zip", &zip_bytes(&entries));
    let options = ScanOptions {
        limits: Limits {
            max_entries: 3,
            max_total_bytes: 70,
            ..Limits::default()
        },
        ..ScanOptions::default()
    };
    let scan = scan_export(&path, &options, &mut ()).unwrap();
    assert!(problem_for(&scan, "many.zip")
        .unwrap()
        .contains("more than Dossier's limit of 3"));
    assert_eq!(scan.files.len(), 3);
    let over = scan
        .problems
        .iter()
        .find(|p| p.message.contains("safety limit against zip bombs"));
    assert!(over.is_some(), "{:?}", scan.problems);
}

#[test]
fn a_record_over_the_limit_is_refused() {
    let small = r#"{"a": "x"}, "#.repeat(1000);
    let big = format!(r#"[{small}{{"a": "{}"}}]"#, "y".repeat(512 * 1024));
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "big.json", big.as_bytes());
    let options = ScanOptions {
        limits: Limits {
            max_record_bytes: 128 * 1024,
            ..Limits::default()
        },
        ..ScanOptions::default()
    };
    let scan = scan_export(&path, &options, &mut ()).unwrap();
    assert!(problem_for(&scan, "big.json")
        .unwrap()
        .contains("larger than 128 KiB"));
    assert_eq!(scan.files[0].status, FileStatus::Partial);
    assert_eq!(scan.files[0].records, 1000);
}

#[test]
fn a_file_that_is_not_a_zip_fails_with_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "fake.zip", b"this is not a zip at all");
    let err = scan_export(&path, &ScanOptions::default(), &mut ()).unwrap_err();
    assert!(err.to_string().contains("not a zip archive"), "{err}");
}
