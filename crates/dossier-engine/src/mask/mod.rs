//! Presenter mode: every value of an export replaced by a stand-in before anything shows it, so
//! a support call on a shared screen shows what kind of data a company holds and where, but not
//! the customer's data itself. The same value gets the same stand-in everywhere for as long as a
//! [`Mask`] lives (one app session, one command), and a new mask gives new ones: its key is
//! random, never stored, so no one can work a stand-in back to its value by hashing guesses.
//!
//! What is replaced: values (by shape, in `value`), names of files, folders and fields that
//! hold words the policy pack does not use (in `names`), and those names wherever a sentence
//! quotes them. What stays: counts, categories, the evidence's reasoning, the policy.

mod export_names;
mod image;
mod names;
mod value;
mod views;

use std::collections::HashSet;

use dossier_policy::PolicyPack;
use sha2::{Digest, Sha256};

pub use export_names::ExportNames;
pub use names::Renames;

/// Bytes of a mask's key.
const KEY_BYTES: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum MaskError {
    #[error("presenter mode needs random numbers and the system would not give any ({0}); values cannot be masked, so nothing was shown")]
    NoRandomness(String),
}

/// One presenter-mode session: a secret key and the words of the policy pack.
pub struct Mask {
    key: [u8; KEY_BYTES],
    vocabulary: HashSet<String>,
}

impl std::fmt::Debug for Mask {
    // The key stays out of logs and panic messages.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mask").finish_non_exhaustive()
    }
}

impl Mask {
    /// A mask with a new random key.
    pub fn new(pack: &PolicyPack) -> Result<Mask, MaskError> {
        let mut key = [0u8; KEY_BYTES];
        getrandom::fill(&mut key).map_err(|e| MaskError::NoRandomness(e.to_string()))?;
        Ok(Mask::with_key(pack, key))
    }

    /// A mask with a chosen key: the same stand-ins on every run, for tests.
    pub fn with_key(pack: &PolicyPack, key: [u8; KEY_BYTES]) -> Mask {
        Mask {
            key,
            vocabulary: names::vocabulary(pack),
        }
    }

    /// One value (a cell, an example) as presenter mode shows it; `field` is the key path or
    /// column it was read from, whose name tells a person's name from other text.
    pub fn value(&self, text: &str, field: &str) -> String {
        value::masked(self, text, field)
    }

    /// One of the examples Dossier gives of `field`. A whole file (an image) has no field, and
    /// its example is Dossier's own description of it (`JPEG image, 4×4 pixels`): shown as it is.
    pub fn example(&self, text: &str, field: &str) -> String {
        if field.is_empty() {
            text.to_owned()
        } else {
            self.value(text, field)
        }
    }

    /// The first `hex` hex digits of the keyed hash of `text` as a value of `kind`.
    fn digest(&self, kind: &str, text: &str, hex: usize) -> String {
        let hash = self.hash(kind, text);
        hash.iter()
            .flat_map(|b| [b >> 4, b & 0xf])
            .take(hex)
            .map(|n| char::from_digit(u32::from(n), 16).unwrap_or('0'))
            .collect()
    }

    /// A number below `below` that stands for `text` as a value of `kind`.
    fn number(&self, kind: &str, text: &str, below: u64) -> u64 {
        let hash = self.hash(kind, text);
        let mut first = [0u8; 8];
        first.copy_from_slice(&hash[..8]);
        u64::from_be_bytes(first) % below
    }

    fn hash(&self, kind: &str, text: &str) -> [u8; 32] {
        let mut hasher = Sha256::new();
        hasher.update(self.key);
        // Kind and text are separated, so `ip` + `1.2` never hashes as `ip1` + `.2`.
        hasher.update(kind.as_bytes());
        hasher.update([0]);
        hasher.update(text.as_bytes());
        hasher.finalize().into()
    }
}

#[cfg(test)]
mod tests {
    use super::Mask;
    use dossier_policy::PolicyPack;

    #[test]
    fn the_same_value_gets_the_same_stand_in_and_another_key_another() {
        let pack = PolicyPack::clarifai();
        let (a, b) = (Mask::with_key(pack, [1; 32]), Mask::with_key(pack, [2; 32]));
        let email = "Jane.Doe@Example.com";
        assert_eq!(
            a.value(email, "email"),
            a.value("jane.doe@example.com", "to")
        );
        assert_ne!(a.value(email, "email"), b.value(email, "email"));
        assert_eq!(
            a.path("inbox/janedoe_1234/message_1.json"),
            a.path("inbox/janedoe_1234/message_1.json")
        );
    }

    #[test]
    fn names_of_the_exports_structure_stay_and_others_go() {
        let mask = Mask::with_key(PolicyPack::clarifai(), [7; 32]);
        assert_eq!(mask.path("account/profile.json"), "account/profile.json");
        assert_eq!(mask.path("logs/2024-03-11.json"), "logs/2024-03-11.json");
        let masked = mask.path("messages/inbox/janedoe_1234567/message_1.json");
        assert!(masked.starts_with("messages/inbox/folder-"), "{masked}");
        assert!(masked.ends_with("/message_1.json"), "{masked}");
        assert_eq!(mask.field("user.email"), "user.email");
        assert!(mask
            .field("contacts.janedoe.added")
            .starts_with("contacts.field-"));
        let path = "inbox/janedoe_1234567/a.json";
        let shown = mask.path(path);
        let renames = super::names::renames([(path, shown.as_str())], []);
        let sentence = renames.apply("as `inbox/janedoe_1234567/a.json::id` gives it");
        assert!(!sentence.contains("janedoe"), "{sentence}");
    }

    #[test]
    fn values_without_a_known_shape_are_described_not_shown() {
        let mask = Mask::with_key(PolicyPack::clarifai(), [3; 32]);
        assert_eq!(
            mask.value("my secret diary entry", "note"),
            "[text, 21 characters]"
        );
        assert_eq!(mask.value("", "note"), "");
        assert_eq!(mask.value("true", "enabled"), "true");
        assert_eq!(mask.value("42", "count"), "42");
        assert_eq!(mask.value("0.9731", "confidence"), "0.9731");
        assert!(mask
            .value("9f86d081884c7d659a2f", "token")
            .starts_with("id-"));
        assert_eq!(
            mask.value("Jane Doe; John Roe", "names")
                .matches("Person ")
                .count(),
            2
        );
        assert!(mask
            .value("https://cdn.example.com/u/jane.jpg", "url")
            .starts_with("https://example.invalid/"));
        assert_eq!(
            mask.value("Jane Doe", "name"),
            mask.value("JANE DOE", "name")
        );
        // A sentence with a semicolon is no list; a user agent keeps its kind.
        assert_eq!(
            mask.value("call me; tonight", "note"),
            "[text, 16 characters]"
        );
        let agent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)";
        assert!(mask.value(agent, "ua").starts_with("[user agent, "));
        // A whole file's example is Dossier's own description of it.
        assert_eq!(
            mask.example("JPEG image, 4×4 pixels", ""),
            "JPEG image, 4×4 pixels"
        );
    }
}
