//! A shareable report of an export: one self-contained HTML file (inline CSS, no script, a
//! restrictive Content-Security-Policy, no remote resource) that a person can keep, print to
//! PDF or send to a support desk. It is value-free by default: categories, counts, fields with
//! their evidence, files, gaps and the policy's own defects, but no value of the export unless
//! the person asks for the examples of a category. The same export, pack and version always give
//! the same bytes: there is no time or path of the computer in it.

mod html;
mod identity;

use dossier_policy::{AnnotationKind, CalendarDate, PolicyPack};

use crate::summary::{CategoryStatus, FieldRow, Summary};
use html::Html;
pub use identity::{export_identity, ExportIdentity};

/// What to put in the report besides its value-free parts.
#[derive(Debug, Clone, Default)]
pub struct ReportRequest {
    /// Categories (names or ids) whose fields show up to three example values each.
    pub include_values: Vec<String>,
}

impl ReportRequest {
    /// The policy's names of the categories whose values are asked for; fails on the first one
    /// the policy does not have, before any work is done.
    pub fn categories<'p>(&self, pack: &'p PolicyPack) -> Result<Vec<&'p str>, ReportError> {
        self.include_values
            .iter()
            .map(|wanted| {
                pack.category(wanted)
                    .map(|c| c.name.as_str())
                    .ok_or_else(|| ReportError::UnknownCategory(wanted.clone()))
            })
            .collect()
    }
}

/// Why a report cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    #[error("`{0}` is not a category of this policy; use a category's name or id (see `dossier summary`)")]
    UnknownCategory(String),
}

/// Most example values shown per field when a category's values are included.
const EXAMPLES_PER_FIELD: usize = 3;

const STYLE: &str = r#"<style>
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2326; background: #fff; }
body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #d9d6cc; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e4e1d8; overflow-wrap: anywhere; }
th { background: #f3f1ea; overflow-wrap: normal; hyphens: none; }
.facts dt { font-weight: 600; } .facts dd { margin: 0 0 0.4rem; overflow-wrap: anywhere; }
.muted { color: #5b6569; } .mono { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85rem; }
.banner { border: 2px solid #a4282a; background: #fbeaea; color: #a4282a; padding: 0.5rem 0.75rem; font-weight: 600; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } .banner { position: fixed; top: 0; left: 0; right: 0; } .banner + * { margin-top: 3rem; } }
</style>"#;

/// Writes the report of `summary` (with the fields in `rows`) read against `pack`.
pub fn write_report(
    summary: &Summary,
    rows: &[FieldRow],
    pack: &PolicyPack,
    export: &ExportIdentity,
    request: &ReportRequest,
) -> Result<String, ReportError> {
    let with_values = request.categories(pack)?;
    let meta = pack.metadata();
    let effective = CalendarDate::parse(&meta.effective_date)
        .map_or_else(|_| meta.effective_date.clone(), CalendarDate::long_form);
    let policy = format!("{} {} of {effective}", meta.company, meta.title);

    let mut h = Html::default();
    h.constant("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .constant("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">")
        .constant("<meta name=\"referrer\" content=\"no-referrer\">")
        .open("title", &[])
        .text(&format!("Dossier report: {}", export.name))
        .close("title")
        .constant(STYLE)
        .constant("</head><body>");
    if !with_values.is_empty() {
        h.open("p", &[("class", "banner"), ("role", "note")])
            .text(&format!(
                "Contains personal data: example values of {}. Share it only with someone you trust.",
                with_values.join(", ")
            ))
            .close("p");
    }
    h.element("h1", "What the export holds, by the policy's categories");
    facts(&mut h, summary, export, &policy);
    overview_table(&mut h, summary);
    gaps(&mut h, summary);
    categories(&mut h, summary, rows, &with_values);
    unread(&mut h, summary);
    policy_defects(&mut h, pack);
    left_out(&mut h, &with_values);
    h.constant("</body></html>\n");
    Ok(h.finish())
}

fn facts(h: &mut Html, summary: &Summary, export: &ExportIdentity, policy: &str) {
    let files = &summary.files;
    let items = [
        (if export.folder { "Export (folder)" } else { "Export" }, export.name.clone()),
        ("SHA-256", export.sha256.clone()),
        ("Read against", policy.to_owned()),
        (
            "Files",
            format!(
                "{} in all: {} read, {} partly read, {} could not be read, {} of kinds Dossier does not read",
                files.total, files.read, files.partial, files.failed, files.not_read
            ),
        ),
        ("Made by", format!("Dossier {}", env!("CARGO_PKG_VERSION"))),
    ];
    h.open("dl", &[("class", "facts")]);
    for (term, value) in items {
        h.element("dt", term);
        let attrs: &[(&str, &str)] = if term == "SHA-256" {
            &[("class", "mono")]
        } else {
            &[]
        };
        h.open("dd", attrs).text(&value).close("dd");
    }
    h.close("dl");
}

fn overview_table(h: &mut Html, summary: &Summary) {
    h.element("h2", "The policy's categories");
    h.open("table", &[]).open("thead", &[]).open("tr", &[]);
    for head in [
        "Category",
        "Status",
        "Records",
        "Fields",
        "Files",
        "From – to (month)",
    ] {
        h.element("th", head);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for c in &summary.categories {
        let status = match c.status {
            CategoryStatus::Found => "found",
            CategoryStatus::DisclosedNotFound => "disclosed, not found",
        };
        let dates = c
            .date_range
            .as_ref()
            .map_or_else(String::new, |(from, to)| {
                format!("{} to {}", month(from), month(to))
            });
        h.open("tr", &[]);
        for cell in [
            c.name.clone(),
            status.to_owned(),
            c.records.to_string(),
            c.fields.to_string(),
            c.files.len().to_string(),
            dates,
        ] {
            h.element("td", &cell);
        }
        h.close("tr");
    }
    h.close("tbody").close("table");
    h.open("p", &[("class", "muted")])
        .text(&format!(
            "{} fields matched no category; their names are in the app and in `dossier fields`.",
            summary.unclassified.len()
        ))
        .close("p");
}

/// The year and month of an ISO date-time: enough to say when records are from, without
/// giving a day that may be a value (the earliest date of contact data is often a birth date).
fn month(text: &str) -> &str {
    text.get(..7).unwrap_or(text)
}

fn gaps(h: &mut Html, summary: &Summary) {
    h.element("h2", "Gaps");
    h.element("h3", "Disclosed by the policy, not found in the export");
    list_or_none(
        h,
        summary.missing.iter().map(String::as_str),
        "None: every category is in the export.",
    );
    h.element("h3", "Found in the export, not disclosed by the policy");
    let undisclosed: Vec<String> = summary
        .undisclosed
        .iter()
        .map(|u| format!("{}: {} in {} ({})", u.kind, u.field, u.file, u.evidence))
        .collect();
    list_or_none(h, undisclosed.iter().map(String::as_str), "None found.");
}

fn list_or_none<'a>(h: &mut Html, items: impl Iterator<Item = &'a str>, none: &str) {
    let items: Vec<&str> = items.collect();
    if items.is_empty() {
        h.element("p", none);
        return;
    }
    h.open("ul", &[]);
    for item in items {
        h.element("li", item);
    }
    h.close("ul");
}

fn categories(h: &mut Html, summary: &Summary, rows: &[FieldRow], with_values: &[&str]) {
    h.element("h2", "Each category's fields, and why");
    for c in summary
        .categories
        .iter()
        .filter(|c| c.status == CategoryStatus::Found)
    {
        let examples = with_values.contains(&c.name.as_str());
        h.element("h3", &c.name);
        if examples {
            h.open("p", &[("class", "banner"), ("role", "note")])
                .text("Example values below: personal data.")
                .close("p");
        }
        h.open("table", &[]).open("thead", &[]).open("tr", &[]);
        let mut heads = vec!["File", "Field", "Confidence", "Evidence"];
        if examples {
            heads.push("Examples");
        }
        for head in heads {
            h.element("th", head);
        }
        h.close("tr").close("thead").open("tbody", &[]);
        for row in rows
            .iter()
            .filter(|r| r.category.as_deref() == Some(c.name.as_str()))
        {
            h.open("tr", &[]);
            h.element("td", &row.file);
            h.element(
                "td",
                if row.field.is_empty() {
                    "(the whole file)"
                } else {
                    &row.field
                },
            );
            h.element("td", &format!("{:.2}", row.confidence));
            h.element("td", &row.evidence);
            if examples {
                let shown: Vec<&str> = row
                    .examples
                    .iter()
                    .take(EXAMPLES_PER_FIELD)
                    .map(String::as_str)
                    .collect();
                h.element("td", &shown.join(" · "));
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
    }
}

fn unread(h: &mut Html, summary: &Summary) {
    h.element("h2", "What could not be read");
    let problems: Vec<String> = summary
        .problems
        .iter()
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect();
    list_or_none(
        h,
        problems.iter().map(String::as_str),
        "Every file was read.",
    );
}

fn policy_defects(h: &mut Html, pack: &PolicyPack) {
    h.element("h2", "Where the policy itself falls short");
    h.element(
        "p",
        "Gaps in the policy's text and statements that the law or events have overtaken, from Dossier's notes on it (explanations, not legal advice).",
    );
    h.open("ul", &[]);
    for a in pack
        .annotations()
        .iter()
        .filter(|a| matches!(a.kind, AnnotationKind::Gap | AnnotationKind::Dated))
    {
        let section = pack
            .section(&a.section)
            .map_or(a.section.as_str(), |s| s.title.as_str());
        h.open("li", &[])
            .open("strong", &[])
            .text(section)
            .close("strong")
            .text(&format!(" — “{}”: {}", a.quote, a.note))
            .close("li");
    }
    h.close("ul");
}

fn left_out(h: &mut Html, with_values: &[&str]) {
    h.element("h2", "Left out of this report");
    let values = if with_values.is_empty() {
        "Every value of the export: no names, addresses, messages or other contents.".to_owned()
    } else {
        format!(
            "Every value of the export except up to {EXAMPLES_PER_FIELD} examples per field of {}.",
            with_values.join(", ")
        )
    };
    list_or_none(
        h,
        [
            values.as_str(),
            "Images and other files' contents.",
            "Where the export is on your computer, and when this report was made.",
            "Certainty: the labels are Dossier's rules (and any corrections applied when this report was written); each field's evidence says why.",
        ]
        .into_iter(),
        "",
    );
}
