//! Thin command handlers: each turns IPC arguments into a call on the engine or the shell state
//! and its result into an IPC type. No logic of their own beyond that.

pub mod export;
pub mod start;
