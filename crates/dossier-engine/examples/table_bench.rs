//! Measures the records grid's work on a table of a million rows, against the baseline of
//! streaming a page from the file (what the grid does before a table is loaded, and for tables
//! over the budget). Ratios are what to compare: the machine's speed varies from run to run.
//!
//! `cargo run --release -p dossier-engine --example table_bench [ROWS]`

use std::io::Write;
use std::time::{Duration, Instant};

use dossier_engine::table::{load_table, SortOrder, TableQuery, DEFAULT_TABLE_BUDGET};
use dossier_engine::{read_table_page, ScanOptions};

fn timed<T>(what: &str, work: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = work();
    let took = start.elapsed();
    println!("{what:<44} {:>9.1} ms", took.as_secs_f64() * 1000.0);
    (out, took)
}

fn main() {
    let rows: u64 = std::env::args()
        .nth(1)
        .map_or(1_000_000, |n| n.parse().expect("ROWS is a number"));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("events.csv");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
    writeln!(out, "event_id,user_email,event,page,duration_ms,timestamp").unwrap();
    for i in 0..rows {
        // A spread of values without a pattern the sort could exploit.
        let scrambled = i.wrapping_mul(2_654_435_761) % rows;
        writeln!(
            out,
            "ev{i:07},user{}@example.com,{},/{}/item/{scrambled},{},2024-{:02}-{:02}T{:02}:{:02}:00Z",
            scrambled % 5000,
            ["view", "click", "upload", "search"][(scrambled % 4) as usize],
            ["home", "models", "inputs", "billing"][(i % 4) as usize],
            scrambled % 90_000,
            1 + scrambled % 12,
            1 + scrambled % 28,
            scrambled % 24,
            scrambled % 60,
        )
        .unwrap();
    }
    out.into_inner().expect("flush").sync_all().unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    println!("{rows} rows, {:.1} MB of CSV\n", size as f64 / 1e6);

    let options = ScanOptions::default();
    let file = "events.csv";
    let (_, first) = timed("baseline: stream the first page", || {
        read_table_page(&path, file, "", 0, 200, &options).unwrap()
    });
    let deep = rows.saturating_sub(200);
    let (_, streamed) = timed("baseline: stream the last page", || {
        read_table_page(&path, file, "", deep, 200, &options).unwrap()
    });
    let (store, loaded) = timed("load the table into memory", || {
        load_table(&path, file, "", DEFAULT_TABLE_BUDGET, &options).unwrap()
    });
    println!(
        "{:<44} {:>9.1} MB",
        "  memory held",
        store.memory() as f64 / 1e6
    );
    let plain = store.select(&TableQuery::default());
    let (_, held) = timed("last page from memory", || store.page(&plain, deep, 200));
    let query = |filter: &str, sort: Option<(&str, SortOrder)>| TableQuery {
        filter: filter.to_owned(),
        sort: sort.map(|(c, o)| (c.to_owned(), o)),
    };
    let (_, by_number) = timed("sort by a number column", || {
        store.select(&query("", Some(("duration_ms", SortOrder::Ascending))))
    });
    let (_, by_date) = timed("sort by a date column", || {
        store.select(&query("", Some(("timestamp", SortOrder::Descending))))
    });
    let (_, by_text) = timed("sort by a text column", || {
        store.select(&query("", Some(("user_email", SortOrder::Ascending))))
    });
    let (matches, filtered) = timed("filter \"USER42@\" over every cell", || {
        store.select(&query("USER42@", None))
    });
    println!("  {} rows match", matches.rows().len());

    let ratio = |d: Duration| streamed.as_secs_f64() / d.as_secs_f64();
    println!(
        "\nAgainst streaming the last page ({:.0} ms):",
        streamed.as_secs_f64() * 1000.0
    );
    println!("  first streamed page      {:>8.2}x", ratio(first));
    println!("  loading once             {:>8.2}x", ratio(loaded));
    println!("  a deep page from memory  {:>8.0}x faster", ratio(held));
    for (what, d) in [("number", by_number), ("date", by_date), ("text", by_text)] {
        println!("  sort by {what:<16} {:>8.2}x", ratio(d));
    }
    println!("  filter                   {:>8.2}x", ratio(filtered));
}
