//! The scan reads files on several threads and inflates a large entry beside its parser; what
//! it reports must not depend on which thread finished first (issue 10). The same export is
//! read again and again, and `summary --json` and `fields --json` must be the same bytes.

use std::io::Write;
use std::path::Path;

mod common;

use common::stdout_of;
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

/// Runs of each command compared; thread timing differs from one run to the next.
const RUNS: usize = 4;

/// A CSV of `rows` events whose values barely compress (random ids and tokens).
fn events_csv(rows: u64) -> Vec<u8> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut csv = b"event_id,timestamp,session_id,event_type,token,duration_ms\n".to_vec();
    for id in 0..rows {
        let kind = ["page_view", "click", "scroll"][(next() % 3) as usize];
        let day = 1 + next() % 28;
        let second = next() % 86_400;
        writeln!(
            csv,
            "{id},2024-02-{day:02}T{:02}:{:02}:{:02}Z,{:016x},{kind},{:016x}{:016x},{}",
            second / 3600,
            second / 60 % 60,
            second % 60,
            next(),
            next(),
            next(),
            next() % 100_000
        )
        .unwrap();
    }
    csv
}

/// An export of many small files, a nested zip, a manifest-free JSON and JSON Lines mix, and
/// one CSV large enough to be inflated on a thread of its own (above 8 MiB compressed).
fn write_export(to: &Path) {
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut inner = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    inner.start_file("inner/contacts.csv", deflated).unwrap();
    inner
        .write_all(b"name,email\nZo\xc3\xab,zoe@example.com\nRen\xc3\xa9e,renee@example.com\n")
        .unwrap();
    let inner = inner.finish().unwrap().into_inner();

    let mut zip = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    zip.start_file("analytics/events.csv", deflated).unwrap();
    zip.write_all(&events_csv(320_000)).unwrap();
    zip.start_file("nested/archive.zip", deflated).unwrap();
    zip.write_all(&inner).unwrap();
    for i in 0..40 {
        zip.start_file(format!("logins/login_{i:02}.jsonl"), deflated)
            .unwrap();
        for j in 0..200 {
            writeln!(
                zip,
                r#"{{"ip":"203.0.113.{}","at":"2024-03-{:02}T10:00:00Z","device":{{"os":"Linux"}}}}"#,
                (i * 7 + j) % 250,
                1 + j % 28
            )
            .unwrap();
        }
        zip.start_file(format!("profile/part_{i:02}.json"), deflated)
            .unwrap();
        write!(
            zip,
            r#"[{{"user_id":{i},"email":"user{i}@example.com","tags":["a","b"],"geo":{{"lat":52.5,"lng":13.4}}}}]"#
        )
        .unwrap();
    }
    zip.start_file("broken.json", deflated).unwrap();
    zip.write_all(br#"[{"cut": "off"#).unwrap();
    zip.finish().unwrap();
}

#[test]
fn the_same_export_gives_the_same_summary_and_fields_every_run() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("export.zip");
    write_export(&export);
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&export).unwrap()).unwrap();
    let big = archive
        .by_name("analytics/events.csv")
        .unwrap()
        .compressed_size();
    assert!(
        big > 8 * 1024 * 1024,
        "events.csv is {big} bytes compressed"
    );
    let path = export.to_str().unwrap();

    for command in ["summary", "fields"] {
        let first = stdout_of(&[command, path, "--json"]);
        assert!(!first.is_empty());
        for run in 1..RUNS {
            let again = stdout_of(&[command, path, "--json"]);
            assert!(
                again == first,
                "`dossier {command} --json` differed on run {}",
                run + 1
            );
        }
    }
}
