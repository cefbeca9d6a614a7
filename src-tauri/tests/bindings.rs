//! Generates `ui/src/ipc/generated.ts` from the Rust IPC types and fails when the committed file
//! is out of date. Regenerate with `DOSSIER_WRITE_BINDINGS=1 cargo test -p dossier-app --test bindings`.

use dossier_app::error::{ErrorCode, ErrorPayload};
use dossier_app::ipc::corrections::*;
use dossier_app::ipc::export::*;
use dossier_app::ipc::images::*;
use dossier_app::ipc::letter::*;
use dossier_app::ipc::policy::*;
use dossier_app::ipc::search::*;
use dossier_app::ipc::start::{AboutInfo, OpenRequest, StartInfo};
use ts_rs::TS;

fn declarations() -> String {
    let decls = [
        ErrorCode::decl(),
        ErrorPayload::decl(),
        StartInfo::decl(),
        OpenRequest::decl(),
        AboutInfo::decl(),
        OpenProgress::decl(),
        CategorySoFar::decl(),
        ExportSource::decl(),
        CategoryState::decl(),
        CategoryCard::decl(),
        DateRange::decl(),
        ProblemSeverity::decl(),
        ProblemView::decl(),
        FieldView::decl(),
        FileCounts::decl(),
        Overview::decl(),
        TableRef::decl(),
        CategoryDetail::decl(),
        ImageCard::decl(),
        ImageFact::decl(),
        SectionRef::decl(),
        FileKindView::decl(),
        FileState::decl(),
        FileEntry::decl(),
        FileDetail::decl(),
        RowsPage::decl(),
        GridQuery::decl(),
        GridSort::decl(),
        HeldTableInfo::decl(),
        FileText::decl(),
        ImageLinksView::decl(),
        ImageTags::decl(),
        TagSource::decl(),
        KeyThrough::decl(),
        TagView::decl(),
        CountView::decl(),
        PolicyDocument::decl(),
        PolicySection::decl(),
        PolicyBlock::decl(),
        PolicyAnnotation::decl(),
        PolicySource::decl(),
        PolicyCategory::decl(),
        SnippetRun::decl(),
        PolicyHit::decl(),
        SearchResults::decl(),
        CategoryHit::decl(),
        ValueFieldView::decl(),
        ValueHitView::decl(),
        ValueResults::decl(),
        ValueSearchProgress::decl(),
        FieldKey::decl(),
        CorrectionView::decl(),
        CorrectionsState::decl(),
        CorrectionsUpdate::decl(),
        LetterForm::decl(),
        LawOption::decl(),
        LetterView::decl(),
    ];
    let mut out = String::from(
        "// Generated from the Rust types in src-tauri by its `bindings` test. Do not edit.\n",
    );
    for decl in decls {
        out.push_str("\nexport ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}

#[test]
fn typescript_bindings_match_the_rust_types() {
    let path = manifest_dir().join("../ui/src/ipc/generated.ts");
    let expected = declarations();
    if std::env::var_os("DOSSIER_WRITE_BINDINGS").is_some() {
        std::fs::write(&path, &expected).expect("write generated.ts");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "ui/src/ipc/generated.ts is out of date; run \
         `DOSSIER_WRITE_BINDINGS=1 cargo test -p dossier-app --test bindings` and commit it"
    );
}

/// The crate's folder, read when the test runs: a path baked in at compile time would point at
/// the checkout that built the binary, which a shared build cache may not be this one.
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .expect("cargo sets CARGO_MANIFEST_DIR when it runs tests")
        .into()
}
