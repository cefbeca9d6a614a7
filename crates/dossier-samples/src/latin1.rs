//! Latin-1 output for the one file that deliberately is not UTF-8.

use crate::error::SampleError;

/// Encodes `text` as ISO-8859-1; every byte equals the code point. The sample only uses
/// printable characters, where ISO-8859-1 and Windows-1252 agree.
pub(crate) fn encode(path: &str, text: &str) -> Result<Vec<u8>, SampleError> {
    text.chars()
        .map(|ch| {
            u8::try_from(u32::from(ch)).map_err(|_| SampleError::NotLatin1 {
                path: path.to_owned(),
                ch,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_latin1_and_rejects_the_rest() {
        assert_eq!(encode("f", "Café").unwrap(), b"Caf\xe9");
        assert!(matches!(
            encode("f", "Łucja"),
            Err(SampleError::NotLatin1 { ch: 'Ł', .. })
        ));
    }
}
