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
}
