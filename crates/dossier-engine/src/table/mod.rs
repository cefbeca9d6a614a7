//! One table held in memory so that it can be sorted, filtered and paged at any depth without
//! reading its file again: the records grid of the desktop app over tables of a million rows.
//!
//! Loading is the user's choice of one table at a time and stops at a memory budget; the scan
//! itself never keeps rows (see `records::stats`).

mod query;
mod store;

pub use query::{Selection, SortOrder, TableQuery};
pub use store::{load_table, TableError, TableStore, DEFAULT_TABLE_BUDGET};
