//! Real-world shapes and encodings: Meta's mojibake, UTF-16 and Latin-1 CSV, LinkedIn's
//! preamble, X/Twitter's `window.YTD` files, Google's `)]}'` guard, JSON Lines, images with EXIF.

mod support;

use dossier_engine::{FileStatus, ValueKind};
use support::*;

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut out = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        out.extend_from_slice(&if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    out
}

fn export(files: &[(&str, Vec<u8>)]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let entries: Vec<Entry> = files.iter().map(|(n, d)| Entry::deflated(n, d)).collect();
    let path = write_temp(&dir, "export.zip", &zip_bytes(&entries));
    (dir, path)
}

#[test]
fn meta_mojibake_reads_radoslaw() {
    let json = br#"{"profile_v2": {"name": {"full_name": "Rados\u00c5\u0082aw"}}}"#.to_vec();
    let (_d, path) = export(&[("your_facebook_activity/profile_information.json", json)]);
    let scan = scan(&path);
    let f = field(
        &scan,
        "your_facebook_activity/profile_information.json",
        "profile_v2.name.full_name",
    )
    .unwrap();
    assert_eq!(f.examples, ["Radosław"]);
    assert!(scan.problems.iter().any(|p| p.message.contains("mojibake")));
}

#[test]
fn utf16_and_latin1_csv_read() {
    let text = "name,city\nZoë Ågren,Malmö\n";
    let latin1: Vec<u8> = "name,city\nJürgen Müller,Köln\n"
        .chars()
        .map(|c| c as u32 as u8)
        .collect();
    let (_d, path) = export(&[
        ("le.csv", utf16(text, true)),
        ("be.csv", utf16(text, false)),
        ("latin1.csv", latin1),
    ]);
    let scan = scan(&path);
    for file in ["le.csv", "be.csv"] {
        assert_eq!(
            field(&scan, file, "name").unwrap().examples,
            ["Zoë Ågren"],
            "{file}"
        );
        assert_eq!(
            field(&scan, file, "city").unwrap().examples,
            ["Malmö"],
            "{file}"
        );
    }
    assert_eq!(
        field(&scan, "latin1.csv", "name").unwrap().examples,
        ["Jürgen Müller"]
    );
    assert!(problem_for(&scan, "latin1.csv")
        .unwrap()
        .contains("Latin-1"));
}

#[test]
fn linkedin_preamble_is_skipped() {
    let csv = b"Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\nFirst Name,Last Name,Email Address,Connected On\nJos\xc3\xa9,N\xc3\xba\xc3\xb1ez,jose@example.com,01 May 2024\n".to_vec();
    let (_d, path) = export(&[("Connections.csv", csv)]);
    let scan = scan(&path);
    assert_eq!(
        field(&scan, "Connections.csv", "Email Address")
            .unwrap()
            .examples,
        ["jose@example.com"]
    );
    assert_eq!(
        field(&scan, "Connections.csv", "Connected On")
            .unwrap()
            .kind,
        ValueKind::DateTime
    );
    assert!(field(&scan, "Connections.csv", "Notes:").is_none());
}

#[test]
fn twitter_window_ytd_files_read() {
    let js = br#"window.YTD.tweets.part0 = [ {
  "tweet" : { "created_at" : "Wed Oct 10 20:19:24 +0000 2018", "full_text" : "hello; world", "id_str" : "1050118621198921728" }
} ]"#
        .to_vec();
    let config = br#"window.__THAR_CONFIG = {"userId": "12"};"#.to_vec();
    let (_d, path) = export(&[("data/tweets.js", js), ("data/config.js", config)]);
    let scan = scan(&path);
    let created = field(&scan, "data/tweets.js", "tweet.created_at").unwrap();
    assert_eq!(created.kind, ValueKind::DateTime);
    assert_eq!(
        field(&scan, "data/tweets.js", "tweet.full_text")
            .unwrap()
            .examples,
        ["hello; world"]
    );
    assert!(field(&scan, "data/config.js", "userId").is_some());
}

#[test]
fn googles_hijacking_guard_line_is_not_part_of_the_json() {
    let vouchers = b")]}'\n{\"couponRewardExportRecord\": [{\"code\": \"GPXK7Q2M\"}]}".to_vec();
    let with_comma = b")]}',\n[{\"title\": \"Paid\"}]".to_vec();
    let (_d, path) = export(&[
        ("Google Pay/Voucher Rewards.json", vouchers),
        ("Google Pay/activity.json", with_comma),
    ]);
    let scan = scan(&path);
    assert!(scan.problems.is_empty(), "{:?}", scan.problems);
    let code = field(
        &scan,
        "Google Pay/Voucher Rewards.json",
        "couponRewardExportRecord[].code",
    )
    .unwrap();
    assert_eq!(code.examples, ["GPXK7Q2M"]);
    assert!(field(&scan, "Google Pay/activity.json", "title").is_some());
}

#[test]
fn json_lines_skip_bad_lines_and_keep_the_rest() {
    // The fourth line breaks off after a value: it gives no record, not the cells before.
    let lines = b"{\"ip\": \"192.0.2.1\"}\nnot json\n{\"ip\": \"198.51.100.7\"}\n{\"ip\": \"203.0.113.9\", \"at\": \n".to_vec();
    let (_d, path) = export(&[("logins.jsonl", lines)]);
    let scan = scan(&path);
    assert_eq!(field(&scan, "logins.jsonl", "ip").unwrap().values, 2);
    assert_eq!(scan.tables[0].records, 2);
    let message = problem_for(&scan, "logins.jsonl").unwrap();
    assert!(message.contains("line 2"), "{message}");
    assert!(message.contains("1 more line"), "{message}");
}

#[test]
fn broken_json_is_a_problem_naming_the_file_and_the_rest_opens() {
    let (_d, path) = export(&[
        ("broken.json", br#"[{"a": 1}, {"a": "#.to_vec()),
        ("fine.json", br#"{"user": {"email": "zoe@example.com"}, "logins": [{"ip": "192.0.2.1"}, {"ip": "192.0.2.2"}]}"#.to_vec()),
    ]);
    let scan = scan(&path);
    let message = problem_for(&scan, "broken.json").unwrap();
    assert!(message.contains("cut short"), "{message}");
    assert_eq!(
        scan.files[0].status,
        FileStatus::Partial,
        "the first record was read"
    );
    assert!(field(&scan, "fine.json", "user.email").is_some());
    let logins = scan.tables.iter().find(|t| t.table == "logins[]").unwrap();
    assert_eq!(logins.records, 2);
    assert_eq!(logins.fields[0].name, "logins[].ip");
}

#[test]
fn numbers_dates_and_booleans_are_typed() {
    let json = br#"[{"n": 3, "d": 2.5, "s": "42", "b": true, "t": "2024-05-01T10:00:00Z", "created_at": 1714521600, "e": null}]"#.to_vec();
    let (_d, path) = export(&[("types.json", json)]);
    let scan = scan(&path);
    let kind = |n: &str| field(&scan, "types.json", n).unwrap().kind;
    assert_eq!(kind("n"), ValueKind::Integer);
    assert_eq!(kind("d"), ValueKind::Decimal);
    assert_eq!(kind("s"), ValueKind::Integer);
    assert_eq!(kind("b"), ValueKind::Boolean);
    assert_eq!(kind("t"), ValueKind::DateTime);
    assert_eq!(kind("created_at"), ValueKind::DateTime);
    assert_eq!(field(&scan, "types.json", "e").unwrap().empty, 1);
}

#[test]
fn other_files_are_listed_with_their_size() {
    let (_d, path) = export(&[
        ("videos/clip.mp4", vec![0u8; 1234]),
        ("a.json", b"[]".to_vec()),
    ]);
    let scan = scan(&path);
    let clip = scan
        .files
        .iter()
        .find(|f| f.path == "videos/clip.mp4")
        .unwrap();
    assert_eq!((clip.status, clip.size), (FileStatus::NotRead, 1234));
}
