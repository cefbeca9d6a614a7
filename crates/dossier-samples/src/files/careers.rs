//! `careers/application.csv`: the holder's job applications, exported by a legacy
//! applicant-tracking system in Windows-1252/Latin-1 with CRLF line ends (a deliberate defect:
//! readers must not assume UTF-8).

use super::Ctx;
use crate::archive::{Archive, Method};
use crate::category::Category::{self, ContactData, SocialNetwork};
use crate::clock;
use crate::error::SampleError;
use crate::latin1;
use crate::rng::Rng;
use crate::truth::GroundTruth;

const PATH: &str = "careers/application.csv";

/// A candidate number identifies the person within the hiring system; the position applied for
/// and the date are details of the candidate's record (docs/labelling.md, step 3).
const FIELDS: &[(&str, Option<Category>)] = &[
    ("candidate_id", Some(ContactData)),
    ("full_name", Some(ContactData)),
    ("email", Some(ContactData)),
    ("phone", Some(ContactData)),
    ("city", Some(ContactData)),
    ("current_employer", Some(ContactData)),
    ("position", Some(ContactData)),
    ("applied_on", Some(ContactData)),
    ("resume_file", Some(ContactData)),
    ("linkedin_url", Some(SocialNetwork)),
];

const POSITIONS: &[&str] = &[
    "Computer Vision Engineer",
    "Solutions Architect (DACH)",
    "Data Annotation Lead",
    "Developer Advocate",
];

pub(super) fn write(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    let mut rng = Rng::derive(ctx.seed, PATH, 0);
    let person = &ctx.person;
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let write_error = |source| SampleError::Write {
        path: PATH.into(),
        source,
    };
    let csv_error = |e: csv::Error| write_error(e.into());
    csv.write_record(FIELDS.iter().map(|(name, _)| *name))
        .map_err(csv_error)?;
    let candidate_id = format!("C-{}", rng.range(100_000, 999_999));
    let slug = person.username.replace('_', "-");
    let span = (clock::EXPORT_TIME - clock::ACCOUNT_START) as u64;
    for _ in 0..rng.range(1, 2) {
        let applied = clock::ACCOUNT_START + rng.below(span) as i64;
        csv.write_record([
            candidate_id.as_str(),
            &person.full_name(),
            &person.email,
            &person.phone,
            person.city.name,
            person.company,
            rng.pick(POSITIONS),
            &clock::german_date(applied),
            &format!("Lebenslauf_{}_{}.pdf", person.first_name, person.last_name),
            &format!("https://linkedin.example.com/in/{slug}"),
        ])
        .map_err(csv_error)?;
    }
    let utf8 = csv.into_inner().map_err(|e| write_error(e.into_error()))?;
    let text = String::from_utf8_lossy(&utf8);
    let bytes = latin1::encode(PATH, &text)?;
    archive.file(PATH, Method::Deflate, |out| out.write_all(&bytes))?;
    truth.add_file(PATH, FIELDS);
    Ok(())
}
