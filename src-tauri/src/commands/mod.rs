//! Thin command handlers: each turns IPC arguments into a call on the engine, the policy pack or
//! the shell state, and the result into an IPC type. Work that reads the export runs on
//! `spawn_blocking`, off the thread that drives the window.

pub mod corrections;
pub mod data;
pub mod export;
pub mod images;
pub mod letter;
pub mod policy;
pub mod report;
mod save_target;
pub mod search;
pub mod start;

use crate::error::{CommandError, CommandResult};

/// Runs blocking work (reading the export) on the blocking thread pool.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> CommandResult<T> + Send + 'static,
) -> CommandResult<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|err| CommandError::Internal(err.to_string()))?
}
