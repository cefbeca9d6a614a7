//! Paging through a table and fetching a file's bytes after a scan, from zips, nested zips,
//! folders and single files; paths outside the export are refused.

mod support;

use dossier_engine::{read_file_bytes, read_table_page, LocateError, ScanOptions};
use support::*;

fn rows_json(n: usize) -> Vec<u8> {
    let rows: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"n": {i}, "tags": [{{"t": "x{i}"}}]{}}}"#,
                if i % 2 == 0 { r#", "even": true"# } else { "" }
            )
        })
        .collect();
    format!("[{}]", rows.join(",")).into_bytes()
}

#[test]
fn pages_of_a_table_inside_a_zip_and_a_nested_zip() {
    let inner = zip_bytes(&[Entry::deflated("data/rows.json", &rows_json(50))]);
    let outer = zip_bytes(&[
        Entry::deflated("rows.json", &rows_json(50)),
        Entry::deflated("inner.zip", &inner),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "export.zip", &outer);
    let options = ScanOptions::default();

    let page = read_table_page(&path, "rows.json", "", 10, 5, &options).unwrap();
    assert_eq!(
        page.total, None,
        "the read stops after the page, before counting them all"
    );
    assert_eq!(page.problem, None, "stopping early is not a problem");
    assert_eq!(page.columns, ["n", "even"]);
    assert_eq!(page.rows.len(), 5);
    assert_eq!(page.rows[0], ["10", "true"]);
    assert_eq!(page.rows[1], ["11", ""], "a missing cell is empty");

    let child = read_table_page(
        &path,
        "inner.zip/data/rows.json",
        "tags[]",
        48,
        10,
        &options,
    )
    .unwrap();
    assert_eq!(child.total, Some(50), "the last page counts them all");
    assert_eq!(
        child.rows,
        [vec!["x48".to_string()], vec!["x49".to_string()]]
    );
}

#[test]
fn bytes_of_a_file_in_a_folder_export_and_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("export");
    write_temp(&dir, "export/images/a.png", b"\x89PNG fake");
    write_temp(&dir, "secret.txt", b"outside");
    let options = ScanOptions::default();
    assert_eq!(
        read_file_bytes(&root, "images/a.png", 1024, &options).unwrap(),
        b"\x89PNG fake"
    );
    for outside in [
        "../secret.txt",
        "/etc/passwd",
        "images/../../secret.txt",
        "nope.png",
    ] {
        let err = read_file_bytes(&root, outside, 1024, &options).unwrap_err();
        assert!(
            matches!(err, LocateError::NotInExport { .. }),
            "{outside}: {err}"
        );
    }
    let err = read_file_bytes(&root, "images/a.png", 4, &options).unwrap_err();
    assert!(err.to_string().contains("too large to show"), "{err}");
}

#[test]
fn a_single_file_export_pages_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(
        &dir,
        "people.csv",
        b"name,email\nZo\xc3\xab,zoe@example.com\nJos\xc3\xa9,jose@example.com\n",
    );
    let page = read_table_page(&path, "people.csv", "", 0, 100, &ScanOptions::default()).unwrap();
    assert_eq!(page.total, Some(2));
    assert_eq!(page.rows[1], ["José", "jose@example.com"]);
}

#[test]
fn a_page_stops_the_read_after_it_and_the_last_page_counts_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let csv: String = std::iter::once("n,text\n".to_owned())
        .chain((0..1000).map(|i| format!("{i},words\n")))
        .collect();
    let path = write_temp(&dir, "rows.csv", csv.as_bytes());
    let options = ScanOptions::default();
    let early = read_table_page(&path, "rows.csv", "", 100, 2, &options).unwrap();
    assert_eq!(early.rows, [["100", "words"], ["101", "words"]]);
    assert_eq!((early.total, early.matching), (None, None));
    let last = read_table_page(&path, "rows.csv", "", 998, 5, &options).unwrap();
    assert_eq!(last.rows.len(), 2);
    assert_eq!(last.total, Some(1000));
}
