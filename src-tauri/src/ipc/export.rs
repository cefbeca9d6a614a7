use super::corrections::{CorrectionView, CorrectionsState};
use crate::session::Labels;
use crate::values::Shown;
use dossier_engine::scan::{FileReport, FileStatus, SourceKind};
use dossier_engine::summary::{CategoryStatus, CategorySummary, FieldRow};
use dossier_engine::table::{SortOrder, TableQuery};
use dossier_engine::{FileKind, Problem, ScanProgress, Severity, TablePage};
use dossier_policy::PolicyPack;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How far opening has come; sent while the export is read, with the records found so far under
/// each category, so the overview fills in before the scan ends.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OpenProgress {
    /// The policy's categories with the records of the files read so far.
    pub categories: Vec<CategorySoFar>,
    #[ts(type = "number")]
    pub files_done: u64,
    #[ts(type = "number | null")]
    pub files_total: Option<u64>,
    #[ts(type = "number")]
    pub bytes_read: u64,
    /// Records read so far, across all files.
    #[ts(type = "number")]
    pub records: u64,
    /// The file just read (a path inside the export).
    pub last_file: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct CategorySoFar {
    pub id: String,
    pub name: String,
    #[ts(type = "number")]
    pub records: u64,
}

impl OpenProgress {
    pub fn new(
        progress: ScanProgress,
        records: u64,
        file: &FileReport,
        categories: Vec<CategorySoFar>,
    ) -> Self {
        OpenProgress {
            categories,
            files_done: progress.files_done,
            files_total: progress.files_total,
            bytes_read: progress.bytes_read,
            records,
            last_file: file.path.clone(),
        }
    }

    /// The progress with the file's name as presenter mode shows it, when it is on.
    pub fn shown_with(mut self, mask: Option<&dossier_engine::mask::Mask>) -> Self {
        if let Some(mask) = mask {
            self.last_file = mask.path(&self.last_file);
        }
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportSource {
    Zip,
    Folder,
    File,
}

impl From<SourceKind> for ExportSource {
    fn from(kind: SourceKind) -> Self {
        match kind {
            SourceKind::Zip => ExportSource::Zip,
            SourceKind::Folder => ExportSource::Folder,
            SourceKind::File => ExportSource::File,
        }
    }
}

/// Whether the export holds data of a category the policy discloses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CategoryState {
    Found,
    DisclosedNotFound,
}

/// One of the policy's categories with what the export holds under it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CategoryCard {
    pub id: String,
    /// The policy's exact name.
    pub name: String,
    /// One line from the policy pack: what kind of data this is.
    pub summary: String,
    pub state: CategoryState,
    #[ts(type = "number")]
    pub records: u64,
    #[ts(type = "number")]
    pub fields: u64,
    pub files: Vec<String>,
    /// Earliest and latest date in those records, UTC.
    pub date_range: Option<DateRange>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DateRange {
    pub from: String,
    pub to: String,
}

impl CategoryCard {
    pub fn new(category: &CategorySummary, pack: &PolicyPack, shown: &Shown) -> Self {
        CategoryCard {
            id: category.id.clone(),
            name: category.name.clone(),
            summary: pack
                .category(&category.id)
                .map(|c| c.summary.clone())
                .unwrap_or_default(),
            state: match category.status {
                CategoryStatus::Found => CategoryState::Found,
                CategoryStatus::DisclosedNotFound => CategoryState::DisclosedNotFound,
            },
            records: category.records,
            fields: category.fields,
            files: category.files.iter().map(|f| shown.path(f)).collect(),
            date_range: category.date_range.as_ref().map(|(from, to)| DateRange {
                from: shown.value(from, ""),
                to: shown.value(to, ""),
            }),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProblemSeverity {
    Note,
    Partial,
    NotRead,
}

/// Something that could not be read, in plain words, naming the file.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ProblemView {
    pub path: String,
    pub message: String,
    pub severity: ProblemSeverity,
}

impl ProblemView {
    pub fn new(problem: &Problem, shown: &Shown) -> Self {
        ProblemView {
            path: shown.path(&problem.path),
            message: shown.sentence(&problem.message),
            severity: match problem.severity {
                Severity::Note => ProblemSeverity::Note,
                Severity::Partial => ProblemSeverity::Partial,
                Severity::NotRead => ProblemSeverity::NotRead,
            },
        }
    }
}

/// A field of the export with its category, evidence and examples.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FieldView {
    pub file: String,
    /// The table inside the file ("" for the main one).
    pub table: String,
    /// Key path or column; "" for a whole file such as an image.
    pub field: String,
    /// The policy's exact category name, or null when unclassified.
    pub category: Option<String>,
    /// 0..1.
    pub confidence: f64,
    pub evidence: String,
    pub examples: Vec<String>,
    /// Records holding a value.
    #[ts(type = "number")]
    pub values: u64,
    /// The inferred type of the values (string, integer, date_time, ...).
    pub kind: String,
    /// What undisclosed kind of personal data the field looks like, if any.
    pub undisclosed: Option<String>,
    /// Set when the user's corrections label the field: what the rules said before.
    pub correction: Option<CorrectionView>,
}

impl FieldView {
    /// `row` with its label from `labels`, which say whether the user corrected it.
    pub fn new(row: &FieldRow, labels: &Labels, shown: &Shown) -> Self {
        FieldView {
            file: shown.path(&row.file),
            table: shown.field(&row.table),
            field: shown.field(&row.field),
            category: row.category.clone(),
            confidence: row.confidence,
            evidence: shown.sentence(&row.evidence),
            examples: shown.examples(&row.examples, &row.field),
            values: row.values,
            kind: row.kind.name().to_owned(),
            undisclosed: row.undisclosed.clone(),
            correction: labels
                .correction_of(row)
                .map(|(original, covered)| CorrectionView::new(original, covered, shown)),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct FileCounts {
    #[ts(type = "number")]
    pub total: u64,
    #[ts(type = "number")]
    pub read: u64,
    #[ts(type = "number")]
    pub partial: u64,
    #[ts(type = "number")]
    pub failed: u64,
    #[ts(type = "number")]
    pub not_read: u64,
}

/// The export by the policy's categories: the first thing shown once it is read.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Overview {
    pub path: String,
    pub name: String,
    pub source: ExportSource,
    /// The policy the export is read against ("Clarifai, Inc. — Privacy Policy (2021-10-13)").
    pub policy: String,
    pub categories: Vec<CategoryCard>,
    /// Names of categories the policy discloses that the export lacks.
    pub missing: Vec<String>,
    pub unclassified: Vec<FieldView>,
    /// Fields that look like personal data no category of the policy covers.
    pub undisclosed: Vec<FieldView>,
    pub problems: Vec<ProblemView>,
    pub files: FileCounts,
    pub corrections: CorrectionsState,
}

impl Overview {
    pub fn new(
        path: &str,
        source: SourceKind,
        labels: &Labels,
        corrections: CorrectionsState,
        pack: &PolicyPack,
        shown: &Shown,
    ) -> Self {
        let summary = &labels.summary;
        let rows = &labels.rows;
        let f = &summary.files;
        let name = shown.path(&summary.export);
        Overview {
            // Where the export lies names the person's own folders: presenter mode shows none.
            path: if shown.is_masked() {
                name.clone()
            } else {
                path.to_owned()
            },
            name,
            source: source.into(),
            policy: summary.policy.clone(),
            categories: summary
                .categories
                .iter()
                .map(|c| CategoryCard::new(c, pack, shown))
                .collect(),
            missing: summary.missing.clone(),
            // A field the user said is not personal data has been decided, not left unclassified.
            unclassified: rows
                .iter()
                .filter(|r| r.category.is_none() && r.undisclosed.is_none())
                .filter(|r| labels.correction_of(r).is_none())
                .map(|r| FieldView::new(r, labels, shown))
                .collect(),
            undisclosed: rows
                .iter()
                .filter(|r| r.undisclosed.is_some())
                .map(|r| FieldView::new(r, labels, shown))
                .collect(),
            problems: summary
                .problems
                .iter()
                .map(|p| ProblemView::new(p, shown))
                .collect(),
            files: FileCounts {
                total: f.total,
                read: f.read,
                partial: f.partial,
                failed: f.failed,
                not_read: f.not_read,
            },
            corrections,
        }
    }
}

/// One table of one file: what the records grid pages through.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TableRef {
    pub file: String,
    pub table: String,
    #[ts(type = "number")]
    pub records: u64,
}

/// Everything about one category: its fields across files, its tables, its images, and where
/// the policy speaks of it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CategoryDetail {
    pub card: CategoryCard,
    /// Our plain-language explanation (not the company's words).
    pub explanation: String,
    pub sections: Vec<SectionRef>,
    /// The fields of this category: every field of its images, and the first ones of its data
    /// files (`data_fields` counts them all).
    pub fields: Vec<FieldView>,
    #[ts(type = "number")]
    pub data_fields: u64,
    pub tables: Vec<TableRef>,
    /// Image files of the export that hold fields of this category.
    pub images: Vec<ImageCard>,
}

/// An image of the export with what the image file itself holds (size, EXIF), shown beside it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImageCard {
    pub file: String,
    /// (field, value) pairs read from the image file: dimensions, camera, time, position.
    pub facts: Vec<ImageFact>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ImageFact {
    pub field: String,
    pub value: String,
}

/// A link into the policy view.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SectionRef {
    pub id: String,
    pub title: String,
    /// True when the title was added by Dossier; the source has no heading there.
    pub title_added: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FileKindView {
    Json,
    JsonLines,
    Csv,
    Tsv,
    JsWrapped,
    Image,
    Zip,
    Other,
}

impl From<FileKind> for FileKindView {
    fn from(kind: FileKind) -> Self {
        match kind {
            FileKind::Json => FileKindView::Json,
            FileKind::JsonLines => FileKindView::JsonLines,
            FileKind::Csv => FileKindView::Csv,
            FileKind::Tsv => FileKindView::Tsv,
            FileKind::JsWrapped => FileKindView::JsWrapped,
            FileKind::Image => FileKindView::Image,
            FileKind::Zip => FileKindView::Zip,
            FileKind::Other => FileKindView::Other,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FileState {
    Read,
    Partial,
    Failed,
    NotRead,
}

impl From<FileStatus> for FileState {
    fn from(status: FileStatus) -> Self {
        match status {
            FileStatus::Read => FileState::Read,
            FileStatus::Partial => FileState::Partial,
            FileStatus::Failed => FileState::Failed,
            FileStatus::NotRead => FileState::NotRead,
        }
    }
}

/// One file of the export, as its own tree lists it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FileEntry {
    pub path: String,
    #[ts(type = "number")]
    pub size: u64,
    pub kind: FileKindView,
    pub state: FileState,
    #[ts(type = "number")]
    pub records: u64,
    /// Categories of the file's fields, by policy name, without repeats.
    pub categories: Vec<String>,
}

impl FileEntry {
    /// `rows` are the file's own fields.
    pub fn new<'a>(
        file: &FileReport,
        rows: impl Iterator<Item = &'a FieldRow>,
        shown: &Shown,
    ) -> Self {
        let mut categories: Vec<String> = Vec::new();
        for name in rows.filter_map(|r| r.category.as_ref()) {
            if !categories.contains(name) {
                categories.push(name.clone());
            }
        }
        FileEntry {
            path: shown.path(&file.path),
            size: file.size,
            kind: file.kind.into(),
            state: file.status.into(),
            records: file.records,
            categories,
        }
    }
}

/// One file in detail: its tables, its fields with their categories, its problems.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FileDetail {
    pub file: FileEntry,
    pub tables: Vec<TableRef>,
    /// The file's first fields; `field_count` counts them all.
    pub fields: Vec<FieldView>,
    #[ts(type = "number")]
    pub field_count: u64,
    pub problems: Vec<ProblemView>,
}

/// A window of a table's rows for the records grid.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RowsPage {
    pub file: String,
    pub table: String,
    /// The table's fields: all of them once the table is held, otherwise those met up to the
    /// end of this page.
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    #[ts(type = "number")]
    pub offset: u64,
    /// Records in the table.
    #[ts(type = "number")]
    pub total: u64,
    /// Records the grid's filter selects (all of them when it has none).
    #[ts(type = "number")]
    pub matching: u64,
    /// Whether the rows came from the table held in memory, where sorting and filtering apply.
    pub held: bool,
    /// Set when the file could only be read in part.
    pub problem: Option<String>,
}

impl RowsPage {
    /// `records` is the scan's count, for a page whose read stopped before the table's end.
    pub fn new(page: TablePage, records: u64, held: bool, shown: &Shown) -> Self {
        let total = page.total.unwrap_or(records);
        RowsPage {
            rows: page
                .rows
                .iter()
                .map(|row| {
                    row.iter()
                        .zip(&page.columns)
                        .map(|(cell, column)| shown.value(cell, column))
                        .collect()
                })
                .collect(),
            file: shown.path(&page.file),
            table: shown.field(&page.table),
            columns: page.columns.iter().map(|c| shown.field(c)).collect(),
            offset: page.offset,
            total,
            matching: page.matching.unwrap_or(total),
            held,
            problem: page.problem.map(|p| shown.sentence(&p)),
        }
    }
}

/// Which rows of a table the grid shows and in which order.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct GridQuery {
    /// Text that one of a row's cells contains, ignoring case; empty for every row.
    pub filter: String,
    pub sort: Option<GridSort>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct GridSort {
    pub column: String,
    pub descending: bool,
}

impl From<GridQuery> for TableQuery {
    fn from(query: GridQuery) -> Self {
        TableQuery {
            filter: query.filter,
            sort: query.sort.map(|s| {
                let order = if s.descending {
                    SortOrder::Descending
                } else {
                    SortOrder::Ascending
                };
                (s.column, order)
            }),
        }
    }
}

/// A table now held in memory: sorting and filtering it answer at once.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HeldTableInfo {
    pub file: String,
    pub table: String,
    #[ts(type = "number")]
    pub rows: u64,
    pub columns: Vec<String>,
    /// Set when the file could only be read in part (the table holds what was read).
    pub problem: Option<String>,
}

/// A file's text for the plain-text and JSON-tree views.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FileText {
    pub path: String,
    pub text: String,
    /// Set when the bytes were not valid UTF-8 and were shown with replacement characters.
    pub lossy: bool,
}
