//! Assigning each field of an export to one of the policy's categories, with the evidence
//! and a confidence. "Unclassified" is always preferred to a wrong label.
//!
//! The rules are data in the policy pack (`[classification]`); this module applies them in
//! two passes: each field on its own name and values (`field_rules`), unless it is bookkeeping
//! of the service; then what each record is about (`context`), which recasts some labels and
//! lends its category to the generic fields (dates, amounts, statuses). Manifests come last and win: the export's own
//! `dossier.json`, then corrections from outside the export, each over the one before.

mod blank_columns;
mod context;
pub(crate) mod detectors;
mod envelope;
mod evidence;
mod field_rules;
mod holder;
mod http_exchange;
mod json_schema;
pub mod manifest;
mod odata;
mod phrases;
mod record_kind;
mod record_rules;
mod service_values;
mod slot_labels;
mod sobject;
mod social_settings;
mod staff;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};

use dossier_policy::{ClassificationRules, PolicyPack};
use serde::Serialize;

use crate::scan::ExportScan;
use crate::FileKind;
use context::TableLabels;
use evidence::Candidates;
use field_rules::{bookkeeping, is_display_value, is_identifier_field, score_field, FieldView};
use service_values::{
    api_address, company_address, company_name, names_its_details, placeholder_bytes,
    unset_in_protobuf, unset_time, written_whole_by_protobuf,
};

/// The category a field was given, why, and how sure the classifier is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldLabel {
    /// The policy's exact category name, or `None` when the field stays unclassified.
    pub category: Option<String>,
    /// 0..1.
    pub confidence: f64,
    /// Why, in words: which rules fired and on how many of the sampled values.
    pub evidence: String,
    /// Set when the field looks like personal data of a kind the policy does not disclose.
    pub undisclosed: Option<String>,
}

impl FieldLabel {
    pub fn unclassified(evidence: impl Into<String>) -> Self {
        FieldLabel {
            category: None,
            confidence: 0.0,
            evidence: evidence.into(),
            undisclosed: None,
        }
    }
}

/// Labels from outside the export, applied over the rules and the export's own manifest.
#[derive(Debug, Clone, Copy)]
pub struct Corrections<'a> {
    pub manifest: &'a manifest::Manifest,
    /// How the evidence names where the label comes from: "you", "the manifest fixes.json".
    pub origin: &'a str,
}

/// Labels every field of the scan, in scan order (tables, then their fields).
pub fn classify(scan: &ExportScan, pack: &PolicyPack) -> Vec<FieldLabel> {
    classify_with(scan, pack, &[])
}

/// [`classify`], then each of `corrections` in order, the last one winning.
pub fn classify_with(
    scan: &ExportScan,
    pack: &PolicyPack,
    corrections: &[Corrections<'_>],
) -> Vec<FieldLabel> {
    let rules = pack.classification();
    let kinds: HashMap<&str, FileKind> = scan
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.kind))
        .collect();
    let table_kinds: Vec<FileKind> = scan
        .tables
        .iter()
        .map(|table| {
            kinds
                .get(table.file.as_str())
                .copied()
                .unwrap_or(FileKind::Other)
        })
        .collect();
    let mut found = first_passes(rules, &scan.tables, &table_kinds);
    let lists = envelope::FileLists::new(&scan.tables);
    for (table, labels) in scan.tables.iter().zip(found.iter_mut()) {
        envelope::label_envelope(rules, table, &lists, labels);
        http_exchange::label_exchange(table, labels);
    }
    envelope::label_list_counts(&scan.tables, &lists, &mut found);
    envelope::label_job_responses(&scan.tables, &lists, &mut found);
    context::label_records(rules, &scan.tables, &mut found);
    for ((table, labels), &file_kind) in scan.tables.iter().zip(found.iter_mut()).zip(&table_kinds)
    {
        slot_labels::label_values_by_their_slots(rules, table, file_kind, labels);
    }
    social_settings::label_social_settings(rules, &scan.tables, &mut found);
    holder::label_holder_ids(rules, &scan.tables, &mut found);
    holder::label_owners_of_objects(rules, &scan.tables, &mut found);
    holder::unlabel_public_owner_ids(rules, &scan.tables, &mut found);
    holder::unlabel_staff_handlers(rules, &scan.tables, &mut found);
    staff::unlabel_staff_of_kept_records(rules, &scan.tables, &mut found);
    odata::label_formatted_values(&scan.tables, &mut found);
    blank_columns::fill_from_series(&scan.tables, &mut found);
    let own = scan.manifest.as_ref().map(|manifest| Corrections {
        manifest,
        origin: "the export's manifest",
    });
    let mut labels = Vec::new();
    for (table, mut table_labels) in scan.tables.iter().zip(found.into_iter().map(|f| f.labels)) {
        if table.file == manifest::MANIFEST_FILE {
            for label in &mut table_labels {
                *label = FieldLabel::unclassified(
                    "part of the export's manifest, an index of the other files",
                );
            }
        }
        for c in own.iter().chain(corrections) {
            apply_manifest(c, pack, table, &mut table_labels);
        }
        labels.extend(table_labels);
    }
    labels
}

/// Tables handed to a core at a time by `first_passes`.
const TABLES_PER_TURN: usize = 32;

/// `first_pass` of every table, in order, on every core: the pass looks at each table alone,
/// and an export of thousands of files spent most of its classification in it, on one core
/// after the scan.
fn first_passes(
    rules: &ClassificationRules,
    tables: &[crate::TableStats],
    kinds: &[FileKind],
) -> Vec<TableLabels> {
    let turns = tables.len().div_ceil(TABLES_PER_TURN);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Vec<TableLabels>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cores.min(turns))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let turn = next.fetch_add(1, Ordering::Relaxed);
                        let start = turn * TABLES_PER_TURN;
                        if start >= tables.len() {
                            return done;
                        }
                        let mine = &tables[start..(start + TABLES_PER_TURN).min(tables.len())];
                        let labels = mine
                            .iter()
                            .zip(&kinds[start..])
                            .map(|(table, &kind)| first_pass(rules, table, kind))
                            .collect();
                        done.push((turn, labels));
                    }
                })
            })
            .collect();
        workers.into_iter().flat_map(crate::joined::join).collect()
    });
    // The tables' order, whichever core labelled them.
    done.sort_unstable_by_key(|(turn, _)| *turn);
    done.into_iter().flat_map(|(_, labels)| labels).collect()
}

/// Each field of a table on its own: bookkeeping, or the best of its candidates.
fn first_pass(
    rules: &ClassificationRules,
    table: &crate::TableStats,
    file_kind: FileKind,
) -> TableLabels {
    let mut found = TableLabels {
        own: Vec::new(),
        bookkeeping: Vec::new(),
        labels: Vec::new(),
    };
    let whole_messages = written_whole_by_protobuf(table);
    // Objects that hold a value's shown form beside it (`Email.displayValue`).
    let displayed: HashSet<&str> = table
        .fields
        .iter()
        .filter_map(|f| f.name.rsplit_once('.'))
        .filter(|(_, leaf)| is_display_value(leaf))
        .map(|(object, _)| object)
        .collect();
    for stats in &table.fields {
        let view = FieldView {
            file: &table.file,
            file_kind,
            stats,
            shown_with_display: stats
                .name
                .rsplit_once('.')
                .is_some_and(|(object, _)| displayed.contains(object)),
            single_top_record: table.is_single_top_record(),
        };
        if let Some(why) = bookkeeping(rules, &view)
            .or_else(|| odata::set_aside(&stats.name))
            .or_else(|| sobject::set_aside(table, stats))
            .or_else(|| unset_time(stats))
            .or_else(|| json_schema::keyword(stats))
            .or_else(|| placeholder_bytes(stats))
            .or_else(|| whole_messages.then(|| unset_in_protobuf(stats)).flatten())
            .or_else(|| names_its_details(table, stats))
            .or_else(|| api_address(stats))
            .or_else(|| company_address(&rules.company_domains, stats))
            .or_else(|| company_name(&rules.company_domains, stats))
        {
            found.own.push(Candidates::default());
            found.bookkeeping.push(true);
            found.labels.push(FieldLabel::unclassified(why));
            continue;
        }
        let candidates = score_field(rules, &view);
        found.labels.push(label_of(rules, &candidates, stats));
        found.own.push(candidates);
        found.bookkeeping.push(false);
    }
    found
}

/// The label a field's own candidates give it.
pub(crate) fn label_of(
    rules: &ClassificationRules,
    candidates: &Candidates,
    stats: &crate::FieldStats,
) -> FieldLabel {
    match candidates.best() {
        Some((best, confidence, rival)) if confidence >= rules.threshold => {
            let mut evidence = best.reasons.join(" + ");
            if let Some(r) = rival {
                evidence.push_str(&format!(
                    "; also looks like {} ({})",
                    r.category,
                    r.reasons.join(" + ")
                ));
            }
            let undisclosed = rules.undisclosed.contains(&best.category);
            FieldLabel {
                category: (!undisclosed).then(|| best.category.clone()),
                confidence: round2(confidence),
                evidence,
                undisclosed: undisclosed.then(|| best.category.clone()),
            }
        }
        Some((best, confidence, rival)) => FieldLabel::unclassified(match rival {
            Some(r) => format!(
                "rules disagree: {} ({}) or {} ({}); confidence {:.2} is below {:.2}",
                best.category,
                best.reasons.join(" + "),
                r.category,
                r.reasons.join(" + "),
                confidence,
                rules.threshold
            ),
            None => format!(
                "weak signal for {} ({}); confidence {:.2} is below {:.2}",
                best.category,
                best.reasons.join(" + "),
                confidence,
                rules.threshold
            ),
        }),
        None if is_identifier_field(stats) => {
            FieldLabel::unclassified("an identifier of a record, not of a person or of their data")
        }
        None => FieldLabel::unclassified("no rule matched its name or its values"),
    }
}

/// Manifest labels replace the labels before them.
fn apply_manifest(
    corrections: &Corrections<'_>,
    pack: &PolicyPack,
    table: &crate::TableStats,
    labels: &mut [FieldLabel],
) {
    for (label, field) in labels.iter_mut().zip(&table.fields) {
        let Some((category, why)) =
            corrections
                .manifest
                .label_for(corrections.origin, &table.file, &field.name)
        else {
            continue;
        };
        let known = category.is_none_or(|c| pack.category(c).is_some_and(|k| k.name == c));
        *label = if known {
            FieldLabel {
                category: category.map(str::to_owned),
                confidence: 1.0,
                evidence: why,
                undisclosed: None,
            }
        } else {
            FieldLabel {
                category: None,
                confidence: 0.0,
                evidence: format!(
                    "{why} as \"{}\", which is not a category of this policy",
                    category.unwrap_or_default()
                ),
                undisclosed: category.map(str::to_owned),
            }
        };
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
