//! An export seeded with canaries, for the proofs of presenter mode: the CLI's `--mask` and the
//! desktop shell's answers must show none of them. Canaries sit in values (an e-mail, a phone
//! number, a birth date, an IP address, coordinates, an account number, free text), in keys,
//! in file and folder names, in an image's name and its tags, and in a file that cannot be read.

use std::io;
use std::path::Path;

/// Every canary holds this, whatever its case.
pub const CANARY_MARK: &str = "zqcanary";
/// Values that are canaries as they are written.
pub const CANARY_VALUES: &[&str] = &[
    "81.2.69.160",
    "998877665544",
    "010-4242",
    "40.712776",
    "74.005974",
    "1982-06-14",
];

/// The smallest valid PNG: one transparent pixel.
pub const ONE_PIXEL_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

/// Writes the canary export as a folder at `root`.
pub fn write_canary_export(root: &Path) -> io::Result<()> {
    let files: [(&str, &[u8]); 7] = [
        (
            "messages/inbox/zqcanarya_4821/message_1.json",
            br#"{"participants": [{"name": "Zqcanaryb Person"}],
                 "messages": [{"sender_name": "Zqcanaryb Person", "content": "call me zqcanaryc",
                               "timestamp_ms": 1700000000000}]}"#,
        ),
        (
            "profile.json",
            br#"{"email": "Zqcanaryd@Example.com", "phone": "+1 (555) 010-4242",
                 "date_of_birth": "1982-06-14", "last_login_ip": "81.2.69.160",
                 "location": {"lat": 40.712776, "lng": -74.005974},
                 "account_number": "998877665544", "bio": "zqcanaryf",
                 "contacts": {"zqcanarye@example.com": {"added": "2021-03-04"}}}"#,
        ),
        (
            "zqcanaryg/zqcanaryh.csv",
            b"name,zqcanaryi_column,city\nZqcanaryj Smith,zqcanaryk,Zqcanaryl\n",
        ),
        ("photos/zqcanaryp.png", ONE_PIXEL_PNG),
        (
            "media.json",
            br#"[{"id": "m-0001", "file": "photos/zqcanaryp.png"}]"#,
        ),
        (
            "tags.json",
            br#"[{"media_id": "m-0001", "tags": [{"name": "zqcanaryq", "score": 0.87}]}]"#,
        ),
        ("zqcanarym.json", br#"{"note": "zqcanaryn"#),
    ];
    for (path, bytes) in files {
        let path = root.join(path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(())
}

/// The canaries `text` shows.
pub fn canaries_in(text: &str) -> Vec<&'static str> {
    let mut found: Vec<&str> = CANARY_VALUES
        .iter()
        .copied()
        .filter(|v| text.contains(v))
        .collect();
    if text.to_lowercase().contains(CANARY_MARK) {
        found.push(CANARY_MARK);
    }
    found
}
