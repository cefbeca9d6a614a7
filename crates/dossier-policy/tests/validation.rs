//! Broken packs are refused with errors that say what is wrong, where, and what to do.

use dossier_policy::{CalendarDate, PackError, PolicyPack, Problem, Warning};

const TINY: &str = include_str!("fixtures/tiny-pack.toml");

/// The tiny pack with one piece of text replaced; the replaced text must be in it.
fn tiny_with(from: &str, to: &str) -> String {
    assert!(TINY.contains(from), "the fixture has no {from:?}");
    TINY.replacen(from, to, 1)
}

fn problems(toml: &str) -> (Vec<Problem>, String) {
    match PolicyPack::from_toml_str(toml) {
        Err(e @ PackError::Invalid { .. }) => {
            let message = e.to_string();
            let PackError::Invalid { problems, .. } = e else {
                unreachable!()
            };
            (problems, message)
        }
        Err(other) => panic!("expected validation problems, got: {other}"),
        Ok(_) => panic!("the broken pack loaded"),
    }
}

#[test]
fn the_unchanged_fixture_is_valid() {
    assert!(PolicyPack::from_toml_str(TINY).is_ok());
}

#[test]
fn a_quote_not_in_its_section_is_named_with_its_annotation() {
    let (found, message) = problems(&tiny_with(
        "quote = \"remove your ride history\"",
        "quote = \"erase your ride history\"",
    ));
    assert_eq!(
        found,
        [Problem::QuoteNotFound {
            index: 4,
            section: "your-choices".into(),
            quote: "erase your ride history".into()
        }]
    );
    assert!(
        message.contains("annotation 4 (section `your-choices`)"),
        "{message}"
    );
    assert!(message.contains("copy the words exactly"), "{message}");
}

#[test]
fn a_quote_that_occurs_twice_is_refused() {
    let (found, _) = problems(&tiny_with(
        "quote = \"We record the following:\"",
        "quote = \"Ride History\"",
    ));
    assert!(
        matches!(
            found.as_slice(),
            [Problem::QuoteNotUnique {
                index: 2,
                count: 2,
                ..
            }]
        ),
        "{found:?}"
    );
}

#[test]
fn an_unknown_section_id_is_named() {
    let (found, message) = problems(&tiny_with(
        "section = \"your-choices\"",
        "section = \"your-choises\"",
    ));
    assert!(found.contains(&Problem::UnknownSection {
        place: "annotation 4".into(),
        section: "your-choises".into()
    }));
    // The section that lost its annotation is reported too.
    assert!(found.contains(&Problem::MissingMeaning {
        section: "your-choices".into()
    }));
    assert!(
        message.contains("there is no section `your-choises`"),
        "{message}"
    );

    let (found, _) = problems(&tiny_with(
        "sections = [\"what-we-record\"]",
        "sections = [\"nowhere\"]",
    ));
    assert_eq!(
        found,
        [Problem::UnknownSection {
            place: "category `ride-history`".into(),
            section: "nowhere".into()
        }]
    );
}

#[test]
fn a_missing_category_name_is_a_clear_error() {
    let err = PolicyPack::from_toml_str(&tiny_with("name = \"Ride History\"\n", "")).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, PackError::Syntax { .. }));
    assert!(message.contains("missing field `name`"), "{message}");
    assert!(message.contains("policies/README.md"), "{message}");
}

#[test]
fn an_empty_or_misspelt_category_name_is_refused() {
    let (found, message) = problems(&tiny_with("name = \"Ride History\"", "name = \"\""));
    assert!(
        found.contains(&Problem::EmptyField {
            place: "category `ride-history`".into(),
            field: "name"
        }),
        "{found:?}"
    );
    assert!(message.contains("`name` is empty"), "{message}");

    let (found, _) = problems(&tiny_with(
        "name = \"Ride History\"",
        "name = \"Ride Histories\"",
    ));
    assert_eq!(
        found,
        [Problem::CategoryNameNotInText {
            category: "ride-history".into()
        }]
    );
}

#[test]
fn structure_mistakes_are_reported_together() {
    let broken = tiny_with("id = \"about\"", "id = \"About\"")
        .replacen("[\"Ride History\", \"12 months\"]", "[\"Ride History\"]", 1)
        .replacen(
            "effective_date = \"2024-02-29\"",
            "effective_date = \"29 Feb 2024\"",
            1,
        );
    let (found, message) = problems(&broken);
    assert!(found.contains(&Problem::BadDate {
        value: "29 Feb 2024".into()
    }));
    assert!(found.contains(&Problem::BadId {
        place: "section `About`".into(),
        id: "About".into()
    }));
    assert!(found.contains(&Problem::RaggedRow {
        section: "what-we-record".into(),
        block: 3,
        row: 1,
        cells: 1,
        expected: 2
    }));
    assert!(
        message.contains("write \"\" for a cell the policy leaves empty"),
        "{message}"
    );
}

#[test]
fn a_parent_must_come_before_its_sub_section() {
    let (found, _) = problems(&tiny_with(
        "parent = \"what-we-record\"",
        "parent = \"your-choices\"",
    ));
    assert_eq!(
        found,
        [Problem::ParentOutOfOrder {
            section: "your-choices".into(),
            parent: "your-choices".into()
        }]
    );
}

#[test]
fn an_unknown_key_or_kind_is_a_syntax_error() {
    for broken in [
        tiny_with("title_added = true", "titel_added = true"),
        tiny_with("kind = \"gap\"", "kind = \"gaps\""),
    ] {
        let err = PolicyPack::from_toml_str(&broken).unwrap_err();
        assert!(matches!(err, PackError::Syntax { .. }), "{err}");
    }
}

#[test]
fn a_missing_file_names_the_path() {
    let err = PolicyPack::load("/nonexistent/pack.toml").unwrap_err();
    assert!(matches!(err, PackError::Read { .. }));
    assert!(err.to_string().contains("/nonexistent/pack.toml"), "{err}");
}

#[test]
fn synonym_groups_need_two_single_words() {
    let (found, _) = problems(&tiny_with(
        "[\"bike\", \"bicycle\"]",
        "[\"bike\"], [\"push bike\", \"bicycle\"]",
    ));
    assert_eq!(
        found,
        [
            Problem::SynonymGroupTooSmall { index: 2 },
            Problem::SynonymNotOneWord {
                index: 3,
                entry: "push bike".into()
            }
        ]
    );
}

#[test]
fn classification_rules_are_checked() {
    let rules = r#"
[classification]
threshold = 1.5
[[classification.name_rules]]
category = "Ride Telepathy"
words = ["mind"]
weight = 0.8
kinds = ["colour"]
"#;
    let (found, message) = problems(&format!("{TINY}\n{rules}"));
    assert!(found.contains(&Problem::UnknownRuleCategory {
        place: "classification.name_rules 1".into(),
        category: "Ride Telepathy".into()
    }));
    assert!(found.contains(&Problem::NotAFraction {
        place: "classification.threshold".into(),
        value: "1.5".into()
    }));
    assert!(found.contains(&Problem::UnknownKind {
        place: "classification.name_rules 1".into(),
        kind: "colour".into()
    }));
    assert!(
        message.contains("name one of the [[categories]] exactly"),
        "{message}"
    );
}

#[test]
fn the_clarifai_pack_carries_rules_for_every_category() {
    let pack = PolicyPack::clarifai();
    let rules = pack.classification();
    for category in pack.categories() {
        let named = rules.name_rules.iter().any(|r| r.category == category.name)
            || rules
                .content_rules
                .iter()
                .any(|r| r.category == category.name);
        assert!(named, "no rule finds {}", category.name);
    }
}

/// The fixture's note of kind "right", with its source and checked date.
const SOURCED_RIGHT: &str = r#"checked = "2025-06-01"
sources = [
  { cite = "GDPR Art. 17", url = "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
]"#;

#[test]
fn a_note_that_states_the_law_needs_its_sources() {
    for kind in ["right", "dated", "transfer"] {
        let toml = tiny_with(SOURCED_RIGHT, "").replacen(
            "kind = \"right\"",
            &format!("kind = \"{kind}\""),
            1,
        );
        let (found, message) = problems(&toml);
        assert_eq!(
            found,
            [Problem::MissingSources {
                index: 5,
                section: "your-choices".into(),
                kind,
            }]
        );
        assert!(
            message.contains("annotation 5 (section `your-choices`)"),
            "{message}"
        );
        assert!(message.contains("needs `sources`"), "{message}");
        assert!(message.contains("url = \"https://...\""), "{message}");
    }
}

#[test]
fn a_note_that_only_explains_the_policy_needs_no_sources() {
    let toml = tiny_with(SOURCED_RIGHT, "").replacen("kind = \"right\"", "kind = \"action\"", 1);
    assert!(PolicyPack::from_toml_str(&toml).is_ok());
}

#[test]
fn a_source_must_be_an_https_link_with_a_citation() {
    let toml = tiny_with(
        "{ cite = \"GDPR Art. 17\", url = \"https://eur-lex.europa.eu/eli/reg/2016/679/oj\" }",
        "{ cite = \"\", url = \"javascript:alert(1)\" }",
    );
    let (found, message) = problems(&toml);
    assert_eq!(
        found,
        [
            Problem::EmptyField {
                place: "annotation 5 (section `your-choices`), source 1".into(),
                field: "cite",
            },
            Problem::SourceNotHttps {
                index: 5,
                section: "your-choices".into(),
                source_no: 1,
                url: "javascript:alert(1)".into(),
            },
        ]
    );
    assert!(
        message.contains("link the official text over https"),
        "{message}"
    );
}

#[test]
fn sources_and_their_checked_date_go_together() {
    let (found, message) = problems(&tiny_with("checked = \"2025-06-01\"\n", ""));
    assert_eq!(
        found,
        [Problem::MissingChecked {
            index: 5,
            section: "your-choices".into()
        }]
    );
    assert!(message.contains("checked = \"2026-12-02\""), "{message}");

    let (found, _) = problems(
        &tiny_with(SOURCED_RIGHT, "checked = \"2025-06-01\"").replacen(
            "kind = \"right\"",
            "kind = \"action\"",
            1,
        ),
    );
    assert_eq!(
        found,
        [Problem::CheckedWithoutSources {
            index: 5,
            section: "your-choices".into()
        }]
    );

    let (found, _) = problems(&tiny_with(
        "checked = \"2025-06-01\"",
        "checked = \"1 June 2025\"",
    ));
    assert_eq!(
        found,
        [Problem::BadCheckedDate {
            index: 5,
            section: "your-choices".into(),
            value: "1 June 2025".into()
        }]
    );
}

#[test]
fn sources_checked_more_than_a_year_ago_are_a_warning_not_an_error() {
    let pack = PolicyPack::from_toml_str(TINY).unwrap();
    let day = |text: &str| CalendarDate::parse(text).unwrap();
    assert!(pack.source_warnings(day("2026-06-01")).is_empty());
    let warnings = pack.source_warnings(day("2026-06-02"));
    assert_eq!(
        warnings,
        [Warning::StaleSources {
            index: 5,
            section: "your-choices".into(),
            checked: day("2025-06-01"),
            today: day("2026-06-02"),
        }]
    );
    let message = warnings[0].to_string();
    assert!(message.contains("last checked on 2025-06-01"), "{message}");
    assert!(
        message.contains("set `checked` to the day you did"),
        "{message}"
    );
}

/// A `[letter]` table appended to the tiny pack, with its parts as given.
fn tiny_with_letter(section: &str, deadline: &str, closing: &str, question_law: &str) -> String {
    format!(
        r#"{TINY}
[letter]
recipient = "Example Rides, Privacy"
greeting = "Dear Example Rides,"
email = "privacy@example.com"
section = "{section}"
note = "Not legal advice."

[[letter.laws]]
id = "gdpr"
name = "GDPR"
subject = "Follow-up"
deadline = "{deadline}"
opening = "I read {{policy}}."
missing = "Please send:"
undisclosed = "Please explain:"
unreadable = "Please resend:"
closing = "{closing}"

[[letter.questions]]
laws = ["{question_law}"]
section = "about"
text = "Why?"
"#
    )
}

#[test]
fn a_letter_table_is_checked_for_sections_laws_placeholders_and_deadlines() {
    let good = tiny_with_letter("your-choices", "1 month", "By {deadline}.", "gdpr");
    let pack = PolicyPack::from_toml_str(&good).unwrap();
    assert_eq!(pack.letter().unwrap().laws[0].id, "gdpr");

    let bad = tiny_with_letter(
        "contact-us",
        "1 month",
        "Dear {name}, by {deadline}.",
        "ccpa",
    );
    let (problems, message) = problems(&bad);
    assert!(problems.contains(&Problem::UnknownSection {
        place: "letter".to_owned(),
        section: "contact-us".to_owned()
    }));
    assert!(problems.contains(&Problem::UnknownLaw {
        place: "letter.questions 1".to_owned(),
        law: "ccpa".to_owned()
    }));
    assert!(problems.contains(&Problem::UnknownPlaceholder {
        place: "letter.laws `gdpr` closing".to_owned(),
        placeholder: "{name}".to_owned()
    }));
    assert!(
        message.contains("use {company}, {policy}, {date} or {deadline}"),
        "{message}"
    );

    let syntax = PolicyPack::from_toml_str(&tiny_with_letter("about", "3 weeks", "x", "gdpr"))
        .unwrap_err()
        .to_string();
    assert!(
        syntax.contains("write it as \"1 month\" or \"45 days\""),
        "{syntax}"
    );
}
