//! Scanning an export: walking its files (zip, folder or single file) and reading each into
//! table statistics, collecting a problem for each file that could not be read.

mod pages;
mod read_ahead;
pub(crate) mod read_file;
mod report;
mod walker;

pub use pages::{read_file_bytes, read_table_page, TablePage};
pub use read_file::read_file_rows;
pub use report::{ExportScan, FileReport, FileStatus, SourceKind};
pub use walker::{scan_export, ScanObserver, ScanOptions, ScanProgress};
