//! The files of the export, one module per file family, written in sorted path order so the
//! zip's entry order is stable and matches a sorted listing.

mod account;
mod analytics;
mod billing;
mod careers;
mod faces;
mod inferences;
mod inputs;
mod logs;
mod predictions;
mod sessions;
mod social;

use crate::archive::Archive;
use crate::error::SampleError;
use crate::people::Person;
use crate::spec::Plan;
use crate::truth::GroundTruth;

/// Everything a file writer needs; records are re-derived from the seed on demand.
pub(crate) struct Ctx {
    pub(crate) seed: u64,
    pub(crate) plan: Plan,
    pub(crate) person: Person,
}

type Writer = fn(&Ctx, &mut Archive, &mut GroundTruth) -> Result<(), SampleError>;

/// Writers in ascending order of the paths they write.
const WRITERS: &[Writer] = &[
    account::write_collaborators,
    account::write_profile,
    analytics::write,
    billing::write_invoices,
    billing::write_payment_methods,
    careers::write,
    inputs::write_images,
    inputs::write_metadata,
    inferences::write,
    logs::write,
    faces::write,
    predictions::write,
    sessions::write,
    social::write,
];

pub(crate) fn write_all(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    WRITERS
        .iter()
        .try_for_each(|writer| writer(ctx, archive, truth))
}
