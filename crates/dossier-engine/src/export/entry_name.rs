//! Names of files inside an export: decoding them, and refusing the ones that could escape
//! a folder if anything ever used them as paths.

/// Code page 437, the zip format's default encoding for names, bytes 0x80..=0xFF.
const CP437_HIGH: &str = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{a0}";

/// Decodes an entry name. Names flagged as UTF-8 are UTF-8; unflagged names are still UTF-8
/// when they are valid UTF-8 (many tools forget the flag), else CP437 as the format says.
pub(crate) fn decode_name(raw: &[u8], utf8_flag: bool) -> String {
    if utf8_flag {
        return String::from_utf8_lossy(raw).into_owned();
    }
    match std::str::from_utf8(raw) {
        Ok(s) => s.to_owned(),
        Err(_) => raw
            .iter()
            .map(|&b| {
                if b < 0x80 {
                    char::from(b)
                } else {
                    CP437_HIGH
                        .chars()
                        .nth(usize::from(b - 0x80))
                        .unwrap_or('\u{fffd}')
                }
            })
            .collect(),
    }
}

/// Why a name is refused, for the problem message.
pub(crate) fn unsafe_name_reason(name: &str) -> Option<&'static str> {
    let unified = name.replace('\\', "/");
    let bytes = unified.as_bytes();
    if unified.starts_with('/') {
        return Some("its name is an absolute path");
    }
    if bytes.len() >= 2 && bytes[1] == b':' && bytes[0].is_ascii_alphabetic() {
        return Some("its name starts with a drive letter");
    }
    if unified.split('/').any(|part| part == "..") {
        return Some("its name contains \"..\" and would point outside the export");
    }
    if unified.chars().any(|c| c == '\0') {
        return Some("its name contains a NUL character");
    }
    None
}

/// The name as Dossier shows it: `/`-separated, without a leading `./`.
pub(crate) fn display_name(name: &str) -> String {
    let unified = name.replace('\\', "/");
    unified.trim_start_matches("./").to_owned()
}

/// Whether a raw entry name is a folder: Windows zippers end folders with `\`, not `/`.
pub(crate) fn is_folder_name(name: &str) -> bool {
    name.ends_with('/') || name.ends_with('\\')
}

/// How an entry's shown name clashes with an earlier entry's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Clash {
    /// The same name (perhaps written once with `\` and once with `/`): the two cannot be told
    /// apart, so only the first is read.
    Same { raw_differs: bool },
    /// The same name but for letter case: both are read here, but a file system that ignores
    /// case (Windows, macOS) cannot hold both once the export is unzipped.
    CaseOnly { earlier: String },
}

/// For each shown name, in the archive's order, how it clashes with an earlier one.
pub(crate) fn clashes(names: &[(&str, &str)]) -> Vec<Option<Clash>> {
    use std::collections::HashMap;
    let mut exact: HashMap<&str, &str> = HashMap::new();
    let mut folded: HashMap<String, &str> = HashMap::new();
    names
        .iter()
        .map(|&(raw, shown)| {
            if let Some(earlier_raw) = exact.get(shown) {
                return Some(Clash::Same {
                    raw_differs: *earlier_raw != raw,
                });
            }
            exact.insert(shown, raw);
            let key = shown.to_lowercase();
            match folded.get(&key) {
                Some(earlier) => Some(Clash::CaseOnly {
                    earlier: (*earlier).to_owned(),
                }),
                None => {
                    folded.insert(key, shown);
                    None
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cp437_names_decode() {
        assert_eq!(decode_name(b"caf\x82.txt", false), "café.txt");
        assert_eq!(
            decode_name("Radosław.json".as_bytes(), false),
            "Radosław.json"
        );
    }

    #[test]
    fn escaping_names_are_refused() {
        assert!(unsafe_name_reason("../../etc/passwd").is_some());
        assert!(unsafe_name_reason("/etc/x").is_some());
        assert!(unsafe_name_reason("C:\\Windows\\x").is_some());
        assert!(unsafe_name_reason("a\\..\\b").is_some());
        assert!(unsafe_name_reason("data/..hidden/file..json").is_none());
    }

    #[test]
    fn windows_names_are_shown_with_slashes_and_still_refused_when_they_escape() {
        assert_eq!(
            display_name("Takeout\\Mail\\inbox.json"),
            "Takeout/Mail/inbox.json"
        );
        assert_eq!(display_name(".\\data\\a.csv"), "data/a.csv");
        assert!(is_folder_name("Takeout\\Mail\\"));
        assert!(is_folder_name("Takeout/Mail/"));
        assert!(!is_folder_name("Takeout\\Mail\\inbox.json"));
        for escaping in [
            "C:\\Users\\me\\export.json",
            "c:/Users/me/export.json",
            "D:relative-to-the-drive.json",
            "\\\\server\\share\\x.json",
            "\\\\?\\C:\\x.json",
            "\\Windows\\x.json",
            "data\\..\\..\\x.json",
        ] {
            assert!(unsafe_name_reason(escaping).is_some(), "{escaping}");
        }
        // A colon later in a name is only a character (nothing is ever written to disk).
        assert!(unsafe_name_reason("data/10:30 notes.txt").is_none());
    }

    #[test]
    fn same_names_and_names_differing_in_case_clash() {
        let names = [
            ("data\\a.json", "data/a.json"),
            ("data/a.json", "data/a.json"),
            ("data/A.json", "data/A.json"),
            ("data/b.json", "data/b.json"),
            ("data/b.json", "data/b.json"),
            ("DATA/b.json", "DATA/b.json"),
        ];
        assert_eq!(
            clashes(&names),
            vec![
                None,
                Some(Clash::Same { raw_differs: true }),
                Some(Clash::CaseOnly {
                    earlier: "data/a.json".into()
                }),
                None,
                Some(Clash::Same { raw_differs: false }),
                Some(Clash::CaseOnly {
                    earlier: "data/b.json".into()
                }),
            ]
        );
    }
}
