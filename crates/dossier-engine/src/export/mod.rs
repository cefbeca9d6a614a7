//! Where an export's files come from: a zip (read entry by entry, never extracted), a folder,
//! or a single file; and the guards every byte passes through.

pub(crate) mod entry_name;
pub(crate) mod folder_walk;
pub mod guard;
pub mod inflate;
pub mod locate;
pub(crate) mod pipeline;
pub(crate) mod zip_directory;
pub(crate) mod zip_source;
