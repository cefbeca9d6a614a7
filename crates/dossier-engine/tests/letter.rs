//! The follow-up letter: each kind of gap the export shows brings its paragraph, a gap it does
//! not show brings none, deadlines count from the day sent, and no value of the export is in it.

mod support;

use std::path::Path;

use dossier_engine::classify::classify;
use dossier_engine::letter::{write_letter, Letter, LetterError, LetterRequest, ParagraphKind};
use dossier_engine::summary::{field_rows, summarize, Summary};
use dossier_policy::{CalendarDate, PolicyPack};
use support::{manifest_dir, sample, sample_without, scan};

fn summary_of(export: &Path) -> Summary {
    let pack = PolicyPack::clarifai();
    let scan = scan(export);
    summarize(&scan, pack, &classify(&scan, pack))
}

fn request(law: &str, date: &str) -> LetterRequest {
    LetterRequest {
        law: law.to_owned(),
        name: Some("Ines Okafor".to_owned()),
        email: Some("ines@example.com".to_owned()),
        date: CalendarDate::parse(date).unwrap(),
    }
}

fn letter(export: &Path, law: &str, date: &str) -> Letter {
    write_letter(
        &summary_of(export),
        PolicyPack::clarifai(),
        &request(law, date),
    )
    .unwrap()
}

/// The letter's plain text with its line breaks undone, to look for phrases.
fn prose(letter: &Letter) -> String {
    letter
        .to_plain_text()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn kinds(letter: &Letter) -> Vec<ParagraphKind> {
    letter.paragraphs.iter().map(|p| p.kind).collect()
}

fn items(letter: &Letter, kind: ParagraphKind) -> Vec<String> {
    letter
        .paragraphs
        .iter()
        .filter(|p| p.kind == kind)
        .flat_map(|p| p.items.clone())
        .collect()
}

const BROKEN_FILE: &str = "logs/broken_export.json";

#[test]
fn a_complete_export_asks_only_what_the_policy_leaves_empty() {
    let complete = sample_without(&[BROKEN_FILE]);
    let letter = letter(complete.path(), "gdpr", "2026-12-02");
    let questions = PolicyPack::clarifai()
        .letter()
        .unwrap()
        .questions
        .iter()
        .filter(|q| q.laws.iter().any(|l| l == "gdpr"))
        .count();
    let mut expected = vec![ParagraphKind::Opening];
    expected.extend(std::iter::repeat_n(
        ParagraphKind::PolicyQuestion,
        questions,
    ));
    expected.push(ParagraphKind::Closing);
    assert_eq!(kinds(&letter), expected);
    assert_eq!(letter.email, "privacy@clarifai.com");
    assert!(prose(&letter).contains("Privacy Shield"));
}

#[test]
fn a_missing_category_is_asked_for_and_nothing_more() {
    let partial = sample_without(&[BROKEN_FILE, "models/face_detections.json"]);
    let letter = letter(partial.path(), "gdpr", "2026-12-02");
    assert_eq!(items(&letter, ParagraphKind::Missing), ["Biometric Data"]);
    assert!(items(&letter, ParagraphKind::Unreadable).is_empty());
    assert!(prose(&letter).contains("Article 15(1)(b) and 15(3) GDPR"));
    let text = letter.to_plain_text();
    assert!(text.contains("\n  - Biometric Data\n"), "{text}");
}

#[test]
fn unreadable_and_undisclosed_data_are_asked_about() {
    let dir = sample_without(&[]);
    std::fs::write(
        dir.path().join("health.csv"),
        "date,diagnosis\n2024-01-02,sprained ankle\n2024-03-09,flu\n",
    )
    .unwrap();
    let letter = letter(dir.path(), "gdpr", "2026-12-02");
    assert_eq!(items(&letter, ParagraphKind::Unreadable), [BROKEN_FILE]);
    let undisclosed = items(&letter, ParagraphKind::Undisclosed);
    assert_eq!(undisclosed.len(), 1, "{undisclosed:?}");
    assert!(
        undisclosed[0].starts_with("Health data (in health.csv: diagnosis"),
        "{undisclosed:?}"
    );
    // Field names, never their values.
    let text = letter.to_plain_text();
    assert!(
        !text.contains("sprained ankle") && !text.contains("flu"),
        "{text}"
    );
}

#[test]
fn no_value_of_the_export_is_in_the_letter() {
    let pack = PolicyPack::clarifai();
    let scan = scan(&sample());
    let labels = classify(&scan, pack);
    let text = letter(&sample(), "gdpr", "2026-12-02").to_plain_text();
    for row in field_rows(&scan, &labels) {
        for example in row.examples.iter().filter(|e| e.chars().count() > 5) {
            assert!(
                !text.contains(example.as_str()),
                "{}::{} value {example:?} is in the letter",
                row.file,
                row.field
            );
        }
    }
}

#[test]
fn deadlines_count_from_the_day_sent() {
    let complete = sample_without(&[BROKEN_FILE]);
    let gdpr = |date: &str| letter(complete.path(), "gdpr", date).deadline.to_string();
    assert_eq!(gdpr("2026-01-31"), "2026-02-28");
    assert_eq!(gdpr("2028-01-31"), "2028-02-29");
    assert_eq!(gdpr("2026-12-02"), "2027-01-02");
    let ccpa = letter(complete.path(), "ccpa", "2026-12-02");
    assert_eq!(ccpa.deadline.to_string(), "2027-01-16");
    let text = prose(&ccpa);
    assert!(text.contains("within 45 days"), "{text}");
    assert!(text.contains("16 January 2027"), "{text}");
    assert!(text.contains("Authorized Agent"), "{text}");
    assert!(!text.contains("Privacy Shield"), "{text}");
}

#[test]
fn an_unknown_law_or_a_pack_without_letters_is_a_clear_error() {
    let summary = summary_of(&sample());
    let error = write_letter(
        &summary,
        PolicyPack::clarifai(),
        &request("lgpd", "2026-12-02"),
    )
    .unwrap_err();
    assert_eq!(
        error,
        LetterError::UnknownLaw {
            law: "lgpd".to_owned(),
            known: "gdpr, ccpa".to_owned()
        }
    );
    assert!(error.to_string().contains("choose one of: gdpr, ccpa"));
    let tiny =
        PolicyPack::load(manifest_dir().join("../dossier-policy/tests/fixtures/tiny-pack.toml"))
            .unwrap();
    assert_eq!(
        write_letter(&summary, &tiny, &request("gdpr", "2026-12-02")).unwrap_err(),
        LetterError::NoTemplates
    );
}
