//! The shapes that cross the IPC boundary, and their construction from the engine's and the
//! policy pack's types. TypeScript declarations are generated from these types into
//! `ui/src/ipc/generated.ts` (see the `bindings` test), never written twice.
//!
//! Every value and name read from an export passes through a [`crate::values::Shown`] on its
//! way into these types, which masks it in presenter mode.

pub mod corrections;
pub mod export;
pub mod images;
pub mod letter;
pub mod policy;
pub mod search;
pub mod start;
