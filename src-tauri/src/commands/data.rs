use super::blocking;
use crate::error::{CommandError, CommandResult};
use crate::ipc::export::{
    CategoryCard, CategoryDetail, FieldView, FileDetail, FileEntry, FileText, GridQuery,
    HeldTableInfo, ImageCard, ImageFact, ProblemView, RowsPage, SectionRef, TableRef,
};
use crate::state::AppState;
use dossier_engine::table::TableQuery;
use dossier_engine::{read_file_bytes, read_table_page, FileKind, ScanOptions};
use std::collections::HashSet;
use tauri::State;

/// Largest file shown as text; bigger ones are browsed through their records instead.
const MAX_TEXT_BYTES: u64 = 4 * 1024 * 1024;

/// Fields of data files listed at most in a category or a file: a file that is one object with
/// 60,000 keys has 180,000 fields, more than a page can show and a person can read. The rest
/// are counted, and found by name through the search.
const MAX_FIELDS: u64 = 1_000;

/// Rows per call at most: the grid asks for what fills its view and a little more.
const MAX_PAGE_ROWS: u32 = 5_000;

/// One category of the open export: its fields, tables, images and policy sections.
#[tauri::command]
pub fn category(id: String, state: State<'_, AppState>) -> CommandResult<CategoryDetail> {
    let export = state.session.current()?;
    let shown = state.values.of(&export);
    let labels = export.labels();
    let summary = labels
        .summary
        .categories
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| CommandError::UnknownCategory(id.clone()))?;
    let pack = state.policy;
    let policy_category = pack.category(&id);
    let rows: Vec<_> = labels
        .rows
        .iter()
        .filter(|r| r.category.as_deref() == Some(summary.name.as_str()))
        .collect();

    let mut tables: Vec<TableRef> = Vec::new();
    let mut seen_tables: HashSet<(&str, &str)> = HashSet::new();
    let mut images: Vec<&str> = Vec::new();
    let mut seen_images: HashSet<&str> = HashSet::new();
    let mut fields = Vec::new();
    let mut data_fields = 0;
    for row in &rows {
        let is_image = export
            .file(&row.file)
            .is_ok_and(|f| f.kind == FileKind::Image);
        if is_image {
            // Image fields are few per image and summed by name in the view, so all are sent.
            fields.push(FieldView::new(row, &labels, &shown));
            if seen_images.insert(&row.file) {
                images.push(&row.file);
            }
            continue;
        }
        data_fields += 1;
        if data_fields <= MAX_FIELDS {
            fields.push(FieldView::new(row, &labels, &shown));
        }
        if seen_tables.insert((&row.file, &row.table)) {
            tables.push(TableRef {
                file: shown.path(&row.file),
                table: shown.field(&row.table),
                records: export.records_in(&row.file, &row.table),
            });
        }
    }

    Ok(CategoryDetail {
        card: CategoryCard::new(summary, pack, &shown),
        explanation: policy_category
            .map(|c| c.explanation.clone())
            .unwrap_or_default(),
        sections: policy_category
            .into_iter()
            .flat_map(|c| c.sections.iter())
            .filter_map(|id| pack.section(id))
            .map(|s| SectionRef {
                id: s.id.clone(),
                title: s.title.clone(),
                title_added: s.title_added,
            })
            .collect(),
        fields,
        data_fields,
        tables,
        images: images
            .into_iter()
            .map(|file| ImageCard {
                facts: export
                    .rows_of(&labels, file)
                    .filter_map(|r| {
                        let value = shown.example(r.examples.first()?, &r.field);
                        Some(ImageFact {
                            field: if r.field.is_empty() {
                                "image".to_owned()
                            } else {
                                shown.field(&r.field)
                            },
                            value,
                        })
                    })
                    .collect(),
                file: shown.path(file),
            })
            .collect(),
    })
}

/// The export's files, in its own order.
#[tauri::command]
pub fn files(state: State<'_, AppState>) -> CommandResult<Vec<FileEntry>> {
    let export = state.session.current()?;
    let shown = state.values.of(&export);
    let labels = export.labels();
    Ok(export
        .scan
        .files
        .iter()
        .map(|f| FileEntry::new(f, export.rows_of(&labels, &f.path), &shown))
        .collect())
}

/// One file in detail: tables, fields with their categories, problems.
#[tauri::command]
pub fn file_detail(path: String, state: State<'_, AppState>) -> CommandResult<FileDetail> {
    let export = state.session.current()?;
    let shown = state.values.of(&export);
    let path = shown.real_path(path);
    let labels = export.labels();
    let file = export.file(&path).map_err(|e| shown.error(e))?;
    Ok(FileDetail {
        file: FileEntry::new(file, export.rows_of(&labels, &path), &shown),
        tables: export
            .tables_of(&path)
            .map(|t| TableRef {
                file: shown.path(&t.file),
                table: shown.field(&t.table),
                records: t.records,
            })
            .collect(),
        fields: export
            .rows_of(&labels, &path)
            .take(MAX_FIELDS as usize)
            .map(|r| FieldView::new(r, &labels, &shown))
            .collect(),
        field_count: export.rows_of(&labels, &path).count() as u64,
        problems: export
            .scan
            .problems
            .iter()
            .filter(|p| p.path == path)
            .map(|p| ProblemView::new(p, &shown))
            .collect(),
    })
}

/// Rows `offset..offset + limit` of the view `query` asks for of one table. A table held in
/// memory answers from there; otherwise an unsorted, unfiltered page is streamed from the export
/// (quick for the first pages), and a sorted or filtered view holds the table first.
#[tauri::command]
pub async fn table_rows(
    file: String,
    table: String,
    offset: u64,
    limit: u32,
    query: Option<GridQuery>,
    state: State<'_, AppState>,
) -> CommandResult<RowsPage> {
    let export = state.session.current()?;
    let shown = state.values.of(&export);
    let (file, table) = (shown.real_path(file), shown.real_field(table));
    export.file(&file).map_err(|e| shown.error(e))?;
    let query = TableQuery::from(query.unwrap_or_default());
    if !query.is_plain() {
        // Sorting and filtering act on the real values: the order or the rows kept would tell
        // what the masked values are.
        shown.refuse("Sorting and filtering the records")?;
    }
    let limit = limit.min(MAX_PAGE_ROWS) as usize;
    let masked = shown.clone();
    blocking(move || {
        let key = (file, table);
        let records = export.records_in(&key.0, &key.1);
        let held = match export.held.get(&key) {
            Some(store) => Some(store),
            None if query.is_plain() => None,
            None => Some(export.held.load(&export.path, &key)?),
        };
        let page = match held {
            Some(store) => {
                let selection = export.held.select(&store, &query);
                RowsPage::new(store.page(&selection, offset, limit), records, true, &shown)
            }
            None => {
                let (file, table) = &key;
                let options = ScanOptions::default();
                let page = read_table_page(&export.path, file, table, offset, limit, &options)?;
                RowsPage::new(page, records, false, &shown)
            }
        };
        Ok(page)
    })
    .await
    .map_err(|e| masked.error(e))
}

/// Reads one table into memory so the grid can sort and filter it and jump to any row; asking
/// for another table cancels this one and replaces it.
#[tauri::command]
pub async fn hold_table(
    file: String,
    table: String,
    state: State<'_, AppState>,
) -> CommandResult<HeldTableInfo> {
    let export = state.session.current()?;
    let shown = state.values.of(&export);
    let (file, table) = (shown.real_path(file), shown.real_field(table));
    export.file(&file).map_err(|e| shown.error(e))?;
    let masked = shown.clone();
    blocking(move || {
        let key = (file, table);
        let store = export.held.load(&export.path, &key)?;
        Ok(HeldTableInfo {
            file: shown.path(&key.0),
            table: shown.field(&key.1),
            rows: store.rows() as u64,
            columns: store.columns().iter().map(|c| shown.field(c)).collect(),
            problem: store.problem().map(|p| shown.sentence(p)),
        })
    })
    .await
    .map_err(|e| masked.error(e))
}

/// The text of one file of the export (JSON, CSV, ...), for the plain-text and JSON-tree views.
#[tauri::command]
pub async fn file_text(path: String, state: State<'_, AppState>) -> CommandResult<FileText> {
    let export = state.session.current()?;
    // The text of a file is its values as they are; no mask can keep its shape honestly.
    state.values.of(&export).refuse("The text view")?;
    if export.file(&path)?.kind == FileKind::Image {
        return Err(CommandError::FileUnreadable {
            file: path,
            reason: "it is an image; it is shown as a picture".to_owned(),
        });
    }
    blocking(move || {
        let bytes = read_file_bytes(&export.path, &path, MAX_TEXT_BYTES, &ScanOptions::default())?;
        let text = String::from_utf8_lossy(&bytes);
        Ok(FileText {
            lossy: matches!(text, std::borrow::Cow::Owned(_)),
            text: text.into_owned(),
            path,
        })
    })
    .await
}
