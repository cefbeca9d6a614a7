//! Runs the CLI's policy rendering (crates/dossier-cli/src/policy_cmd.rs) and its tests from
//! this crate, so the renderer is tested with the pack it renders, whichever crate calls it.

#[path = "../../dossier-cli/src/policy_cmd.rs"]
mod policy_cmd;
