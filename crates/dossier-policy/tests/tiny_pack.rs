//! A second, invented pack loads from a path and is searched: nothing is Clarifai-specific.

use dossier_policy::{MatchedIn, PolicyPack};

fn tiny() -> PolicyPack {
    let path = manifest_dir().join("tests/fixtures/tiny-pack.toml");
    PolicyPack::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_tiny_pack_loads_from_a_path() {
    let pack = tiny();
    assert_eq!(pack.metadata().company, "Example Co");
    assert_eq!(pack.sections().len(), 3);
    let choices = pack.section("your-choices").unwrap();
    assert_eq!(choices.parent.as_deref(), Some("what-we-record"));
    assert_eq!(choices.depth, 1);
    // Line breaks inside text are whitespace, nothing more.
    assert_eq!(
        pack.section("about").unwrap().text,
        "Example Co rents bicycles. This notice says what we record about riders."
    );
    assert_eq!(
        pack.section("what-we-record").unwrap().text,
        "We record the following:\nRide History: where and when you rode.\n\
         Category | Kept for\nRide History | 12 months\nRider Contact Details |"
    );
    assert_eq!(pack.category("Ride History").unwrap().id, "ride-history");
    assert!(pack.category("Contact Data/Identifiers").is_none());
}

#[test]
fn the_tiny_pack_is_searched_with_its_own_synonyms() {
    let pack = tiny();
    let hits = pack.search("erase", 5);
    assert_eq!(hits[0].section, "your-choices");
    assert_eq!(hits[0].matched_in, MatchedIn::PolicyText);
    assert_eq!(
        hits[0].snippet.render("[[", "]]"),
        "You may ask us to [[remove]] your ride history at any time."
    );

    let hits = pack.search("bike", 5);
    assert_eq!(hits[0].section, "about");

    // Clarifai's synonym table is not this pack's: "delete" is not "remove" here.
    assert!(pack.search("delete", 5).is_empty());
}

#[test]
fn the_clarifai_pack_does_not_know_the_tiny_packs_words() {
    assert!(PolicyPack::clarifai().search("bicycle", 5).is_empty());
}

#[test]
fn the_example_pack_in_the_format_guide_is_valid() {
    let guide = include_str!("../../../policies/README.md");
    let example = guide
        .split("## A complete small pack")
        .nth(1)
        .and_then(|rest| rest.split("```toml\n").nth(1))
        .and_then(|block| block.split("```").next())
        .expect("policies/README.md has an example pack");
    let pack = PolicyPack::from_toml_str(example).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pack.search("erase", 5)[0].section, "your-choices");
}

/// The crate's folder, read when the test runs: a path baked in at compile time would point at
/// the checkout that built the binary, which a shared build cache may not be this one.
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .expect("cargo sets CARGO_MANIFEST_DIR when it runs tests")
        .into()
}
