//! `dossier policy check`: the pack maintainer's check. A pack that loads has already passed
//! every rule; what is left to report is what a date decides, the notes whose sources were last
//! read more than a year ago. Those are warnings: the pack still works, and the command exits 0.

use std::io::{self, Write};

use dossier_policy::{CalendarDate, PolicyPack, Warning};
use serde::Serialize;

/// What `--json` prints.
#[derive(Serialize)]
struct CheckReport<'a> {
    company: &'a str,
    title: &'a str,
    effective_date: &'a str,
    annotations: usize,
    /// Annotations that cite sources.
    sourced: usize,
    /// The oldest and the newest `checked` date, when any note has sources.
    oldest_check: Option<&'a str>,
    newest_check: Option<&'a str>,
    today: CalendarDate,
    warnings: Vec<WarningLine>,
}

#[derive(Serialize)]
struct WarningLine {
    #[serde(flatten)]
    warning: Warning,
    message: String,
}

pub fn print_check(
    pack: &PolicyPack,
    today: CalendarDate,
    json: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let report = report(pack, today);
    if json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        return writeln!(out);
    }
    writeln!(
        out,
        "{} {} (effective {}): the pack is valid.",
        report.company, report.title, report.effective_date
    )?;
    write!(
        out,
        "{} notes, {} of them with sources",
        report.annotations, report.sourced
    )?;
    match (report.oldest_check, report.newest_check) {
        (Some(oldest), Some(newest)) if oldest == newest => {
            writeln!(out, ", all last checked on {oldest}.")?
        }
        (Some(oldest), Some(newest)) => {
            writeln!(out, ", last checked between {oldest} and {newest}.")?
        }
        _ => writeln!(out, ".")?,
    }
    if report.warnings.is_empty() {
        return writeln!(
            out,
            "No note's sources were last checked more than a year before {today}."
        );
    }
    let count = report.warnings.len();
    writeln!(out, "{count} warning{}:", if count == 1 { "" } else { "s" })?;
    for line in &report.warnings {
        writeln!(out, "  - {}", line.message)?;
    }
    Ok(())
}

fn report(pack: &PolicyPack, today: CalendarDate) -> CheckReport<'_> {
    let meta = pack.metadata();
    // `checked` is YYYY-MM-DD (validation saw to that), so text order is date order.
    let checks: Vec<&str> = pack
        .annotations()
        .iter()
        .filter_map(|a| a.checked.as_deref())
        .collect();
    CheckReport {
        company: &meta.company,
        title: &meta.title,
        effective_date: &meta.effective_date,
        annotations: pack.annotations().len(),
        sourced: pack
            .annotations()
            .iter()
            .filter(|a| !a.sources.is_empty())
            .count(),
        oldest_check: checks.iter().min().copied(),
        newest_check: checks.iter().max().copied(),
        today,
        warnings: pack
            .source_warnings(today)
            .into_iter()
            .map(|warning| WarningLine {
                message: warning.to_string(),
                warning,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(today: &str, json: bool) -> String {
        let mut out = Vec::new();
        let today = CalendarDate::parse(today).unwrap();
        print_check(PolicyPack::clarifai(), today, json, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_freshly_checked_pack_has_no_warnings() {
        let text = render("2026-12-02", false);
        assert!(text.starts_with(
            "Clarifai, Inc. Privacy Policy (effective 2021-10-13): the pack is valid.\n"
        ));
        assert!(text.contains("all last checked on 2026-12-02."), "{text}");
        assert!(
            text.ends_with("more than a year before 2026-12-02.\n"),
            "{text}"
        );
    }

    #[test]
    fn sources_older_than_a_year_are_listed_as_warnings() {
        let text = render("2028-01-15", false);
        assert!(text.contains(" warnings:\n  - annotation "), "{text}");
        let json: serde_json::Value = serde_json::from_str(&render("2028-01-15", true)).unwrap();
        let first = &json["warnings"][0];
        assert_eq!(first["warning"], "stale_sources");
        assert_eq!(first["checked"], "2026-12-02");
        assert_eq!(first["today"], "2028-01-15");
        assert!(first["message"]
            .as_str()
            .unwrap()
            .contains("read them again"));
        assert_eq!(
            json["warnings"].as_array().unwrap().len(),
            json["sourced"].as_u64().unwrap() as usize
        );
    }
}
