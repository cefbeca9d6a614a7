//! Measures the index of values (issue 10, part 2) on an export, against baselines taken in the
//! same run: the scan without the index against the scan building it (alternating), and each
//! search with the index against the same search reading every file again. Ratios are what to
//! compare: the machine's speed varies from run to run.
//!
//! `cargo run --release -p dossier-engine --example search_bench -- EXPORT [ROUNDS] [QUERY...]`
//! (`scripts/bench.sh` runs it on the sample export with queries from the sample.)

use std::time::{Duration, Instant};

use dossier_engine::search::{
    fields_that_may_hold, search_values, SearchObserver, SearchRequest, TextMatch, ValueHit,
};
use dossier_engine::{scan_export, ExportScan, ScanOptions};

fn scan(path: &std::path::Path, index_values: bool) -> (ExportScan, Duration) {
    let options = ScanOptions {
        index_values,
        ..ScanOptions::default()
    };
    let start = Instant::now();
    let scan = scan_export(path, &options, &mut ()).expect("the export opens");
    (scan, start.elapsed())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// When the first and the 50th hit arrived.
struct Clock {
    start: Instant,
    hits: usize,
    first: Option<Duration>,
    fiftieth: Option<Duration>,
}

impl SearchObserver for Clock {
    fn hit(&mut self, _hit: &ValueHit) {
        self.hits += 1;
        let now = self.start.elapsed();
        self.first.get_or_insert(now);
        if self.hits == 50 {
            self.fiftieth = Some(now);
        }
    }
}

struct Timed {
    first: Option<Duration>,
    fiftieth: Option<Duration>,
    all: Duration,
    hits: usize,
}

fn search(scan: &ExportScan, path: &std::path::Path, query: &str) -> Timed {
    let request = SearchRequest {
        query: query.to_owned(),
        mode: TextMatch::Substring,
        limit: 1_000_000,
    };
    let mut clock = Clock {
        start: Instant::now(),
        hits: 0,
        first: None,
        fiftieth: None,
    };
    let found = search_values(
        path,
        scan,
        &[],
        &request,
        &ScanOptions::default(),
        &mut clock,
    )
    .expect("the search runs");
    Timed {
        first: clock.first,
        fiftieth: clock.fiftieth,
        all: clock.start.elapsed(),
        hits: found.hits.len(),
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = std::path::PathBuf::from(args.next().expect("EXPORT: the export to measure"));
    let rounds: usize = args
        .next()
        .map_or(2, |n| n.parse().expect("ROUNDS is a number"));
    let queries: Vec<String> = args.collect();

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "{cores} cores; {}; {rounds} alternating rounds",
        path.display()
    );
    let (mut plain, mut indexed) = (Vec::new(), Vec::new());
    let mut last = None;
    for _ in 0..rounds {
        plain.push(scan(&path, false).1);
        let (s, took) = scan(&path, true);
        indexed.push(took);
        last = Some(s);
    }
    let scan = last.expect("at least one round");
    let (plain, indexed) = (median(plain), median(indexed));
    println!(
        "scan without the index {:>10}\nscan building it       {:>10}  ({:.2}x the time)",
        ms(plain),
        ms(indexed),
        indexed.as_secs_f64() / plain.as_secs_f64()
    );
    let inflated = scan.bytes_read as f64;
    let bytes = scan.values.bytes() as f64;
    println!(
        "index: {:.1} MB for {:.2} GB read ({:.1} MB per GB)\n",
        bytes / 1e6,
        inflated / 1e9,
        bytes / 1e6 / (inflated / 1e9)
    );

    let mut unindexed = scan.clone();
    unindexed.values = Default::default();
    println!(
        "{:<44} {:>8} {:>9} {:>9} {:>9} {:>9} {:>11}",
        "query", "fields", "first", "50th", "all", "hits", "no index"
    );
    for query in &queries {
        let start = Instant::now();
        let fields = fields_that_may_hold(&scan, &[], query);
        let where_took = start.elapsed();
        let with = search(&scan, &path, query);
        let without = search(&unindexed, &path, query);
        assert_eq!(
            with.hits, without.hits,
            "the index changed what {query} finds"
        );
        let show = |d: Option<Duration>| d.map_or_else(|| "-".to_owned(), ms);
        let fields_col = fields.as_ref().map_or_else(
            || "-".to_owned(),
            |f| format!("{} {}", f.len(), ms(where_took)),
        );
        println!(
            "{:<44} {:>8} {:>9} {:>9} {:>9} {:>9} {:>11}",
            query,
            fields_col,
            show(with.first),
            show(with.fiftieth),
            ms(with.all),
            with.hits,
            ms(without.all)
        );
        for place in fields.iter().flatten().take(6) {
            println!("    may be in {} {}", place.file, place.field);
        }
    }
}
