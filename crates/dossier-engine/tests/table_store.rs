//! A table held in memory for the records grid: the same rows as paging through the file,
//! sorted by type, filtered ignoring case, bounded by a budget, cancellable.

mod support;

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use dossier_engine::table::{load_table, SortOrder, TableError, TableQuery, DEFAULT_TABLE_BUDGET};
use dossier_engine::{read_table_page, ScanOptions};
use support::*;

fn sorted(column: &str, order: SortOrder) -> TableQuery {
    TableQuery {
        filter: String::new(),
        sort: Some((column.to_owned(), order)),
    }
}

fn column_of(
    store: &dossier_engine::table::TableStore,
    query: &TableQuery,
    column: &str,
) -> Vec<String> {
    let selection = store.select(query);
    let page = store.page(&selection, 0, usize::MAX);
    let at = page.columns.iter().position(|c| c == column).unwrap();
    page.rows
        .into_iter()
        .map(|mut row| row.swap_remove(at))
        .collect()
}

fn export_with(dir: &tempfile::TempDir, name: &str, data: &[u8]) -> PathBuf {
    write_temp(
        dir,
        "export.zip",
        &zip_bytes(&[Entry::deflated(name, data)]),
    )
}

#[test]
fn numbers_and_dates_sort_by_value_and_empty_cells_come_last() {
    let csv = "name,amount,when\n\
               b,10,2024-03-01\n\
               a,2,01 May 2023\n\
               C,,\n\
               d,-1.5,2024-01-15T08:00:00Z\n\
               é,100,\n";
    let dir = tempfile::tempdir().unwrap();
    let path = export_with(&dir, "t.csv", csv.as_bytes());
    let store = load_table(
        &path,
        "t.csv",
        "",
        DEFAULT_TABLE_BUDGET,
        &ScanOptions::default(),
    )
    .unwrap();
    assert_eq!(store.rows(), 5);

    let up = column_of(&store, &sorted("amount", SortOrder::Ascending), "amount");
    assert_eq!(up, ["-1.5", "2", "10", "100", ""]);
    let down = column_of(&store, &sorted("amount", SortOrder::Descending), "amount");
    assert_eq!(
        down,
        ["100", "10", "2", "-1.5", ""],
        "empty last in both directions"
    );

    let when = column_of(&store, &sorted("when", SortOrder::Ascending), "when");
    assert_eq!(
        when,
        ["01 May 2023", "2024-01-15T08:00:00Z", "2024-03-01", "", ""]
    );

    let names = column_of(&store, &sorted("name", SortOrder::Ascending), "name");
    assert_eq!(names, ["a", "b", "C", "d", "é"], "text ignores case");

    let unknown = column_of(&store, &sorted("gone", SortOrder::Ascending), "name");
    assert_eq!(
        unknown,
        ["b", "a", "C", "d", "é"],
        "an unknown column keeps the order read"
    );
}

#[test]
fn a_filter_matches_any_cell_ignoring_case_and_pages_count_the_matches() {
    let mut csv = String::from("city,n\n");
    for i in 0..1000 {
        let city = if i % 10 == 0 { "Zürich" } else { "Bern" };
        csv.push_str(&format!("{city},{i}\n"));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = export_with(&dir, "cities.csv", csv.as_bytes());
    let store = load_table(
        &path,
        "cities.csv",
        "",
        DEFAULT_TABLE_BUDGET,
        &ScanOptions::default(),
    )
    .unwrap();

    let query = TableQuery {
        filter: "ZÜRICH".to_owned(),
        sort: Some(("n".to_owned(), SortOrder::Descending)),
    };
    let selection = store.select(&query);
    let page = store.page(&selection, 95, 10);
    assert_eq!((page.total, page.matching), (Some(1000), Some(100)));
    let numbers: Vec<&str> = page.rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        numbers,
        ["40", "30", "20", "10", "0"],
        "the last page of the matches"
    );
    assert!(page.rows.iter().all(|r| r[0] == "Zürich"));

    let ascii = store.select(&TableQuery {
        filter: "  ERN ".to_owned(),
        sort: None,
    });
    assert_eq!(
        ascii.rows().len(),
        900,
        "the filter is trimmed and ignores case"
    );
    assert!(store
        .select(&TableQuery {
            filter: "nowhere".to_owned(),
            sort: None
        })
        .rows()
        .is_empty());
}

#[test]
fn the_rows_are_those_of_paging_through_the_file() {
    let path = sample_zip();
    let options = ScanOptions::default();
    for (file, table) in [
        ("analytics/events.csv", ""),
        ("models/predictions.json", "outputs[].data.concepts[]"),
        ("models/predictions.json", ""),
    ] {
        let store = load_table(&path, file, table, DEFAULT_TABLE_BUDGET, &options).unwrap();
        let all = store.select(&TableQuery::default());
        for offset in [0, 1, store.rows() as u64 / 2, store.rows() as u64 - 3] {
            let streamed = read_table_page(&path, file, table, offset, 7, &options).unwrap();
            let held = store.page(&all, offset, 7);
            assert_eq!(held.rows, streamed.rows, "{file} {table} at {offset}");
            // These tables have every field in every record, so the first ones name them all.
            assert_eq!(held.columns, streamed.columns, "{file} {table} at {offset}");
        }
    }
}

#[test]
fn cells_after_a_child_record_stay_in_their_row() {
    let json = br#"[{"a": 1, "kids": [{"k": 1}, {"k": 2}], "b": 2}, {"a": 3, "b": 4}]"#;
    let dir = tempfile::tempdir().unwrap();
    let path = export_with(&dir, "p.json", json);
    let options = ScanOptions::default();
    let main = load_table(&path, "p.json", "", DEFAULT_TABLE_BUDGET, &options).unwrap();
    let page = main.page(&main.select(&TableQuery::default()), 0, 10);
    assert_eq!(page.columns, ["a", "b"]);
    assert_eq!(page.rows, [["1", "2"], ["3", "4"]]);
    let kids = load_table(&path, "p.json", "kids[]", DEFAULT_TABLE_BUDGET, &options).unwrap();
    assert_eq!(kids.rows(), 2);
}

#[test]
fn a_table_over_its_budget_is_refused_with_a_way_forward() {
    let csv: String = std::iter::once("n,text\n".to_owned())
        .chain((0..20_000).map(|i| format!("{i},some words to fill the table\n")))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = export_with(&dir, "big.csv", csv.as_bytes());
    let err = load_table(&path, "big.csv", "", 100_000, &ScanOptions::default()).unwrap_err();
    assert!(matches!(err, TableError::TooLarge { .. }), "{err}");
    assert_eq!(err.code(), "table_too_large");
    let message = err.to_string();
    assert!(
        message.starts_with("big.csv: the table needs more than 97.7 KiB"),
        "{message}"
    );
    assert!(
        message.ends_with("its records can still be scrolled through"),
        "{message}"
    );

    let fits = load_table(
        &path,
        "big.csv",
        "",
        DEFAULT_TABLE_BUDGET,
        &ScanOptions::default(),
    )
    .unwrap();
    assert_eq!(fits.rows(), 20_000);
    assert!(
        fits.memory() < 2 * csv.len() as u64,
        "{} bytes held for {} bytes of CSV",
        fits.memory(),
        csv.len()
    );
}

#[test]
fn a_cancelled_load_says_so_and_a_broken_file_keeps_what_was_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = export_with(&dir, "cut.json", br#"[{"a": 1}, {"a": 2}, {"a": "#);
    let options = ScanOptions::default();
    let cut = load_table(&path, "cut.json", "", DEFAULT_TABLE_BUDGET, &options).unwrap();
    assert_eq!(cut.rows(), 2);
    assert!(
        cut.problem().is_some_and(|p| p.contains("cut short")),
        "{:?}",
        cut.problem()
    );

    options.cancel.store(true, Ordering::Relaxed);
    let err = load_table(&path, "cut.json", "", DEFAULT_TABLE_BUDGET, &options).unwrap_err();
    assert!(matches!(err, TableError::Cancelled { .. }), "{err}");

    let missing = load_table(
        &path,
        "nope.json",
        "",
        DEFAULT_TABLE_BUDGET,
        &ScanOptions::default(),
    )
    .unwrap_err();
    assert_eq!(missing.code(), "not_in_export");
}

fn sample_zip() -> PathBuf {
    manifest_dir().join("../../samples/clarifai-sample.zip")
}
