//! Record ids, told from words and numbers a person would read: as values (a field of ids is
//! no data of the person's) and as keys (an object keyed by ids is a list of records).

/// An opaque record id: a type prefix and a random part (`cus_NffrFeUfNV2Hib`, GoCardless's
/// `CU000T7QK2RZ8M`), 24 or more hex digits, a lowercase UUID, or a content id (IPFS/ATProto
/// CIDv1 in base32, `bafyrei…`). Never a word, a date or a number a person would read.
pub(crate) fn is_opaque_id(text: &str) -> bool {
    let prefixed = text.split_once('_').is_some_and(|(prefix, rest)| {
        (2..=8).contains(&prefix.len())
            && prefix.chars().all(|c| c.is_ascii_lowercase())
            && rest.len() >= 10
            && rest.chars().all(|c| c.is_ascii_alphanumeric())
            && rest.chars().any(|c| c.is_ascii_digit())
            && rest.chars().any(|c| c.is_ascii_uppercase())
    });
    let hex = text.len() >= 24 && text.chars().all(|c| c.is_ascii_hexdigit());
    let uuid = is_uuid(text) && !text.chars().any(|c| c.is_ascii_uppercase());
    let cid = text.len() >= 50
        && text.starts_with("baf")
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || ('2'..='7').contains(&c));
    prefixed || hex || uuid || cid || is_gocardless_id(text)
}

/// GoCardless's ids: two capitals for the resource type, then twelve capitals and digits that
/// start with zeros (`CU000T7QK2RZ8M` a customer, `MD000K3ZP8QW2T` a mandate).
fn is_gocardless_id(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 14
        && bytes[..2].iter().all(u8::is_ascii_uppercase)
        && bytes[2..5] == *b"000"
        && bytes[5..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// A key that names one record among many (`"OrderHistories": {"577204418903316529": {…}}`,
/// ChatGPT's `mapping` of message ids): an opaque id, a UUID in either case, or a number of
/// four digits or more (groups joined by `_`, a leading minus for a signed hash such as
/// Takeout's device tags) that is not a year. Dates (`2024-02-10`) are not ids: they key a
/// series.
pub(crate) fn is_id_key(key: &str) -> bool {
    let unsigned = key.strip_prefix('-').unwrap_or(key);
    let numeric = !unsigned.is_empty()
        && unsigned
            .split('_')
            .all(|group| !group.is_empty() && group.chars().all(|c| c.is_ascii_digit()))
        && unsigned.chars().filter(char::is_ascii_digit).count() >= 4
        && !is_year(key);
    numeric || is_uuid(key) || is_opaque_id(key)
}

fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.chars().enumerate().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

fn is_year(text: &str) -> bool {
    text.len() == 4 && (text.starts_with("19") || text.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_that_number_records() {
        for key in [
            "577204418903316529",
            "4917302288150647710_4917302288150647711",
            "11209874",
            "1294",
            "-873120544",
            "5b0e7f3c-9a21-4d68-b2c4-e19f07a3d5c1",
            "5B0E7F3C-9A21-4D68-B2C4-E19F07A3D5C1",
            "acc_0000AhQ3WZ1pCk8nYfDu4r",
        ] {
            assert!(is_id_key(key), "{key}");
        }
        for key in [
            "2",
            "2024",
            "2024-02-10",
            "email",
            "client-created-root",
            "v2",
            "123",
            "-12",
            "-",
        ] {
            assert!(!is_id_key(key), "{key}");
        }
    }

    #[test]
    fn values_that_are_record_ids() {
        assert!(is_opaque_id("cus_NffrFeUfNV2Hib"));
        assert!(is_opaque_id("CU000T7QK2RZ8M"));
        assert!(!is_opaque_id("CUSTOMER000ABC"));
        assert!(is_opaque_id("5b0e7f3c-9a21-4d68-b2c4-e19f07a3d5c1"));
        assert!(!is_opaque_id("5B0E7F3C-9A21-4D68-B2C4-E19F07A3D5C1"));
        assert!(!is_opaque_id("ines_okl"));
        assert!(!is_opaque_id("2024-02-10"));
    }
}
