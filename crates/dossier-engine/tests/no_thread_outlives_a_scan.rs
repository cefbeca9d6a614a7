//! A scan leaves no thread behind when it returns: its read-ahead workers have exited. (A scope
//! alone waits only for their closures; fuzzing under LeakSanitizer found the destructors'
//! memory "leaked" while they still ran, and the scan now joins its threads.) One test in its own
//! binary, so that no other test's threads come and go while it counts.
//!
//! Linux lists a joined thread in `/proc/self/task` for a moment after `pthread_join` returns
//! (the joiner is woken early in the thread's exit), so each count may wait that moment out; a
//! thread that a scan left running would still be listed.
#![cfg(target_os = "linux")]

mod support;

use std::time::{Duration, Instant};

use support::*;

fn threads() -> usize {
    std::fs::read_dir("/proc/self/task").unwrap().count()
}

/// The thread count once the kernel has dropped threads that have already been joined.
fn settled_threads(expected: usize) -> usize {
    let deadline = Instant::now() + Duration::from_secs(1);
    loop {
        let now = threads();
        if now == expected || Instant::now() > deadline {
            return now;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

#[test]
fn a_scan_joins_its_threads_before_it_returns() {
    let entries: Vec<Entry> = (0..16)
        .map(|i| {
            let json = format!(r#"[{{"email": "person{i}@example.com", "n": {i}}}]"#);
            Entry::deflated(&format!("part-{i:02}.json"), json.as_bytes())
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "export.zip", &zip_bytes(&entries));
    let before = threads();
    for round in 0..50 {
        let scan = scan(&path);
        assert_eq!(scan.files.len(), 16);
        assert_eq!(
            settled_threads(before),
            before,
            "threads still running after scan {round}"
        );
    }
}
