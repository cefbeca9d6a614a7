//! Names as Windows and macOS write and store them: zip entries with `\` separators (Windows'
//! own zippers), drive letters and UNC paths, paths longer than Windows' 260 characters, and
//! names that differ only in letter case (file systems that ignore case keep one of them). These
//! run on every system; CI runs them on Windows and macOS too, where the folder cases meet the
//! real file systems.

mod support;

use dossier_engine::{
    read_file_bytes, read_table_page, FileStatus, LocateError, ScanOptions, Severity,
};
use support::*;

/// Each file as "path: status", sorted.
fn statuses(scan: &dossier_engine::ExportScan) -> Vec<String> {
    let mut files: Vec<String> = scan
        .files
        .iter()
        .map(|f| format!("{}: {:?}", f.path, f.status))
        .collect();
    files.sort();
    files
}

#[test]
fn backslash_names_from_windows_zippers_read_as_slash_paths() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(
        &dir,
        "takeout.zip",
        &zip_bytes(&[
            // Folders as Windows writes them: a name ending in `\`, no data.
            Entry::stored("Takeout\\", b""),
            Entry::stored("Takeout\\Mail\\", b""),
            Entry::deflated(
                "Takeout\\Mail\\inbox.json",
                br#"[{"from": "zoe@example.com"}, {"from": "ana@example.com"}]"#,
            ),
            Entry::stored(".\\Takeout\\profile.csv", b"name,city\nZoe,Lyon\n"),
        ]),
    );
    let scan = scan(&path);
    let files = statuses(&scan);
    assert_eq!(
        files,
        vec!["Takeout/Mail/inbox.json: Read", "Takeout/profile.csv: Read",],
        "folders are not files, and every name uses /"
    );
    assert!(field(&scan, "Takeout/Mail/inbox.json", "from").is_some());
    assert!(field(&scan, "Takeout/profile.csv", "city").is_some());
    assert!(scan.problems.is_empty(), "{:?}", scan.problems);

    // The app asks for them again by the shown name.
    let options = ScanOptions::default();
    let page = read_table_page(&path, "Takeout/Mail/inbox.json", "", 0, 10, &options).unwrap();
    assert_eq!(page.rows.len(), 2);
    assert_eq!(
        read_file_bytes(&path, "Takeout/profile.csv", 1024, &options).unwrap(),
        b"name,city\nZoe,Lyon\n"
    );
}

#[test]
fn drive_letters_and_unc_names_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let escaping = [
        "C:\\Users\\me\\AppData\\evil.json",
        "c:/Windows/evil.json",
        "D:evil.json",
        "\\\\server\\share\\evil.json",
        "\\\\?\\C:\\evil.json",
        "\\Windows\\evil.json",
        "data\\..\\..\\evil.json",
    ];
    let mut entries: Vec<Entry> = escaping
        .iter()
        .map(|name| Entry::stored(name, b"[{\"a\": 1}]"))
        .collect();
    entries.push(Entry::stored(
        "data\\good.json",
        br#"[{"email": "zoe@example.com"}]"#,
    ));
    let path = write_temp(&dir, "names.zip", &zip_bytes(&entries));
    let before: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();

    let scan = scan(&path);
    let refused: Vec<_> = scan
        .files
        .iter()
        .filter(|f| f.status == FileStatus::Failed)
        .collect();
    assert_eq!(refused.len(), escaping.len(), "{:?}", statuses(&scan));
    for file in refused {
        let message = problem_for(&scan, &file.path).unwrap();
        assert!(
            message.contains("drive letter")
                || message.contains("absolute path")
                || message.contains("\"..\""),
            "{}: {message}",
            file.path
        );
        assert!(message.contains("never used as a path"), "{message}");
    }
    assert!(field(&scan, "data/good.json", "email").is_some());

    let after: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(before, after, "nothing was written beside the export");

    // Asked for by such a name, nothing is opened.
    let options = ScanOptions::default();
    for name in ["C:/Users/me/AppData/evil.json", "//server/share/evil.json"] {
        let err = read_file_bytes(&path, name, 1024, &options).unwrap_err();
        assert!(
            matches!(err, LocateError::NotInExport { .. }),
            "{name}: {err}"
        );
    }
}

/// A path of `parts` folders of `width` characters, then `file`: over 260 characters in all.
fn long_path(parts: usize, width: usize, file: &str) -> String {
    let mut segments: Vec<String> = (0..parts)
        .map(|i| format!("{i}{}", "x".repeat(width - 1)))
        .collect();
    segments.push(file.to_owned());
    segments.join("/")
}

#[test]
fn zip_entries_with_names_longer_than_windows_max_path_are_read() {
    let name = long_path(8, 60, "records.json");
    assert!(name.len() > 400);
    let windows_name = name.replace('/', "\\");
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(
        &dir,
        "long.zip",
        &zip_bytes(&[Entry::deflated(
            &windows_name,
            br#"[{"email": "zoe@example.com"}]"#,
        )]),
    );
    let scan = scan(&path);
    assert!(
        field(&scan, &name, "email").is_some(),
        "{:?}",
        statuses(&scan)
    );
    let page = read_table_page(&path, &name, "", 0, 10, &ScanOptions::default()).unwrap();
    assert_eq!(page.rows, vec![vec!["zoe@example.com".to_owned()]]);
}

#[test]
fn folder_exports_deeper_than_windows_max_path_are_read() {
    let dir = tempfile::tempdir().unwrap();
    // Relative to the export 5 × 60 + 13 characters; with the temporary folder's own path the
    // absolute path is well over 260, which Windows refuses unless long paths are handled.
    let relative = long_path(5, 60, "records.json");
    let root = dir.path().join("export");
    write_temp(
        &dir,
        &format!("export/{relative}"),
        br#"[{"email": "zoe@example.com"}]"#,
    );
    assert!(root.join(&relative).to_string_lossy().len() > 260);
    let scan = scan(&root);
    assert!(
        field(&scan, &relative, "email").is_some(),
        "{:?}",
        scan.problems
    );
    assert_eq!(
        read_file_bytes(&root, &relative, 1024, &ScanOptions::default()).unwrap(),
        br#"[{"email": "zoe@example.com"}]"#
    );
}

#[test]
fn names_that_differ_only_in_case_are_both_read_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(
        &dir,
        "case.zip",
        &zip_bytes(&[
            Entry::stored("data/Messages.json", br#"[{"email": "zoe@example.com"}]"#),
            Entry::stored("data/messages.json", br#"[{"phone": "+33 6 12 34 56 78"}]"#),
        ]),
    );
    let scan = scan(&path);
    assert!(field(&scan, "data/Messages.json", "email").is_some());
    assert!(field(&scan, "data/messages.json", "phone").is_some());
    let note = scan
        .problems
        .iter()
        .find(|p| p.path == "data/messages.json")
        .expect("the second name has a note");
    assert_eq!(note.severity, Severity::Note);
    assert!(
        note.message
            .contains("only in letter case from data/Messages.json")
            && note.message.contains("Windows or macOS"),
        "{}",
        note.message
    );
    assert!(problem_for(&scan, "data/Messages.json").is_none());

    // Each is found again by its own name, whatever the file system beneath ignores.
    let options = ScanOptions::default();
    assert_eq!(
        read_file_bytes(&path, "data/messages.json", 1024, &options).unwrap(),
        br#"[{"phone": "+33 6 12 34 56 78"}]"#
    );
    assert_eq!(
        read_file_bytes(&path, "data/Messages.json", 1024, &options).unwrap(),
        br#"[{"email": "zoe@example.com"}]"#
    );
}

#[test]
fn a_second_entry_of_the_same_name_is_refused_and_the_first_is_the_one_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(
        &dir,
        "same.zip",
        &zip_bytes(&[
            Entry::stored("data\\a.json", br#"[{"email": "first@example.com"}]"#),
            Entry::stored("data/a.json", br#"[{"phone": "+33 6 12 34 56 78"}]"#),
            Entry::stored("b.json", br#"[{"email": "b1@example.com"}]"#),
            Entry::stored("b.json", br#"[{"city": "Lyon"}]"#),
        ]),
    );
    let scan = scan(&path);
    let files = statuses(&scan);
    assert_eq!(
        files,
        vec![
            "b.json: Failed",
            "b.json: Read",
            "data/a.json: Failed",
            "data/a.json: Read",
        ]
    );
    assert!(field(&scan, "data/a.json", "email").is_some());
    assert!(field(&scan, "data/a.json", "phone").is_none());
    assert!(field(&scan, "b.json", "city").is_none());
    let slashes = problem_for(&scan, "data/a.json").unwrap();
    assert!(
        slashes.contains("same name (written once with \\ and once with /)")
            && slashes.contains("only the first"),
        "{slashes}"
    );
    let twice = problem_for(&scan, "b.json").unwrap();
    assert!(twice.contains("same name;"), "{twice}");

    let options = ScanOptions::default();
    assert_eq!(
        read_file_bytes(&path, "data/a.json", 1024, &options).unwrap(),
        br#"[{"email": "first@example.com"}]"#
    );
}
