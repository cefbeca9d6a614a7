//! The shareable report: self-contained, value-free unless asked, the same bytes every time,
//! and every string from the export written as text.

mod support;

use std::path::Path;

use dossier_engine::classify::classify;
use dossier_engine::report::{export_identity, write_report, ReportError, ReportRequest};
use dossier_engine::summary::{field_rows, summarize, FieldRow};
use dossier_policy::PolicyPack;
use support::{sample, scan};

fn report_of(export: &Path, include: &[&str]) -> (String, Vec<FieldRow>) {
    let pack = PolicyPack::clarifai();
    let scan = scan(export);
    let labels = classify(&scan, pack);
    let summary = summarize(&scan, pack, &labels);
    let rows = field_rows(&scan, &labels);
    let request = ReportRequest {
        include_values: include.iter().map(|s| s.to_string()).collect(),
    };
    let html = write_report(
        &summary,
        &rows,
        pack,
        &export_identity(export).unwrap(),
        &request,
    )
    .unwrap();
    (html, rows)
}

/// Example values of the fields of `category` that are long enough to be told apart from
/// the report's own words.
fn values_of(rows: &[FieldRow], category: &str) -> Vec<String> {
    rows.iter()
        .filter(|r| r.category.as_deref() == Some(category))
        .flat_map(|r| r.examples.clone())
        .filter(|v| v.chars().count() > 6 && !v.contains('/'))
        // Dates are shown only as months, which a full date never equals.
        .filter(|v| v.as_bytes().get(4).is_none_or(|b| *b != b'-'))
        .collect()
}

#[test]
fn the_report_is_self_contained_value_free_and_reproducible() {
    let (html, rows) = report_of(&sample(), &[]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
    );
    for forbidden in [
        "<script", " src=", " href=", "<link", "<img", "@import", "url(",
    ] {
        assert!(!html.contains(forbidden), "the report holds {forbidden}");
    }
    let contact = values_of(&rows, "Contact Data/Identifiers");
    assert!(!contact.is_empty());
    for value in contact
        .iter()
        .chain(&values_of(&rows, "Payment Information"))
    {
        assert!(
            !html.contains(value.as_str()),
            "{value} is in a value-free report"
        );
    }
    assert!(html.contains(&export_identity(&sample()).unwrap().sha256));
    assert!(
        html.contains("Privacy Shield"),
        "the policy's dated statements are listed"
    );
    assert!(
        html.contains("logs/broken_export.json"),
        "the file not read in full is listed"
    );
    assert!(!html.contains("Contains personal data"));
    assert!(!html.contains("1982-06-17"), "no day of a date is shown");
    assert_eq!(
        report_of(&sample(), &[]).0,
        html,
        "the same export gives the same bytes"
    );
}

#[test]
fn values_of_a_category_come_only_when_asked_under_a_warning() {
    let (html, rows) = report_of(&sample(), &["contact-data-identifiers"]);
    assert!(html.contains("Contains personal data: example values of Contact Data/Identifiers."));
    let contact = values_of(&rows, "Contact Data/Identifiers");
    assert!(
        contact.iter().any(|v| html.contains(v.as_str())),
        "no contact example shown"
    );
    for value in values_of(&rows, "Payment Information") {
        assert!(
            !html.contains(value.as_str()),
            "{value} of another category is shown"
        );
    }
    let summary = summarize(&scan(&sample()), PolicyPack::clarifai(), &[]);
    let unknown = write_report(
        &summary,
        &[],
        PolicyPack::clarifai(),
        &export_identity(&sample()).unwrap(),
        &ReportRequest {
            include_values: vec!["Horoscope".into()],
        },
    );
    assert_eq!(
        unknown.unwrap_err(),
        ReportError::UnknownCategory("Horoscope".into())
    );
}

#[test]
fn markup_in_an_export_is_written_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let payload = "<script>alert(1)</script>";
    let file = dir.path().join("profile <img src=x onerror=alert(2)>.json");
    std::fs::write(
        &file,
        format!(
            r#"{{"first_name": "{payload}", "email": "ines@example.com", "note\"><script>alert(3)</script>": "<b>x</b>"}}"#
        ),
    )
    .unwrap();
    let (html, _) = report_of(dir.path(), &["Contact Data/Identifiers"]);
    for raw in [payload, "<img", "<script>alert(3)", "<b>x</b>"] {
        assert!(!html.contains(raw), "{raw} is in the report as markup");
    }
    assert!(html.contains("profile &lt;img src=x onerror=alert(2)&gt;.json"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the example is shown as text"
    );
}
