//! A scan leaves no thread behind when it returns: its read-ahead workers have exited, their
//! thread-local destructors included. (A scope alone waits only for their closures; fuzzing
//! under LeakSanitizer found the destructors' memory "leaked" while they still ran.) One test in
//! its own binary, so that no other test's threads come and go while it counts.
#![cfg(target_os = "linux")]

mod support;

use support::*;

fn threads() -> usize {
    std::fs::read_dir("/proc/self/task").unwrap().count()
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
            threads(),
            before,
            "threads still running after scan {round}"
        );
    }
}
