//! `account/profile.json` (the account holder) and `account/collaborators.json` (people the
//! holder shared apps with: other people's contact data, held in this account).

use serde::Serialize;

use super::Ctx;
use crate::archive::{Archive, Method};
use crate::category::Category::{self, ContactData, DeviceIp};
use crate::clock;
use crate::error::SampleError;
use crate::json::{self, ArrayWriter};
use crate::people;
use crate::rng::Rng;
use crate::truth::GroundTruth;

const PROFILE: &str = "account/profile.json";
const COLLABORATORS: &str = "account/collaborators.json";

/// Consent and security switches describe the account's settings, not the person.
const PROFILE_FIELDS: &[(&str, Option<Category>)] = &[
    ("user_id", Some(ContactData)),
    ("username", Some(ContactData)),
    ("first_name", Some(ContactData)),
    ("last_name", Some(ContactData)),
    ("email", Some(ContactData)),
    ("phone", Some(ContactData)),
    ("date_of_birth", Some(ContactData)),
    ("company", Some(ContactData)),
    ("address.street", Some(ContactData)),
    ("address.city", Some(ContactData)),
    ("address.postal_code", Some(ContactData)),
    ("address.country", Some(ContactData)),
    // Generic fields of the profile are details of it (docs/labelling.md, step 3); a sign-in
    // setting is about how the account is accessed.
    ("marketing_opt_in", Some(ContactData)),
    ("two_factor_enabled", Some(DeviceIp)),
];

/// Another person the holder shared an app with: who they are, and the role and date of the
/// sharing, which are details of that record of them (docs/labelling.md, step 3). The app's
/// name is the name of a thing, not contact data (docs/labelling.md, Contact Data/Identifiers).
const COLLABORATOR_FIELDS: &[(&str, Option<Category>)] = &[
    ("userId", Some(ContactData)),
    ("displayName", Some(ContactData)),
    ("email", Some(ContactData)),
    ("phoneNumber", Some(ContactData)),
    ("appName", None),
    ("role", Some(ContactData)),
    ("addedAt", Some(ContactData)),
];

#[derive(Serialize)]
struct Address<'a> {
    street: String,
    city: &'a str,
    postal_code: &'a str,
    country: &'a str,
}

#[derive(Serialize)]
struct Profile<'a> {
    user_id: &'a str,
    username: &'a str,
    first_name: &'a str,
    last_name: &'a str,
    email: &'a str,
    phone: &'a str,
    date_of_birth: &'a str,
    company: &'a str,
    address: Address<'a>,
    marketing_opt_in: bool,
    two_factor_enabled: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CollaboratorRecord<'a> {
    user_id: &'a str,
    display_name: &'a str,
    email: &'a str,
    phone_number: &'a str,
    app_name: &'a str,
    role: &'a str,
    added_at: String,
}

pub(super) fn write_profile(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    let person = &ctx.person;
    let mut rng = Rng::derive(ctx.seed, PROFILE, 0);
    let profile = Profile {
        user_id: &person.user_id,
        username: &person.username,
        first_name: person.first_name,
        last_name: person.last_name,
        email: &person.email,
        phone: &person.phone,
        date_of_birth: &person.date_of_birth,
        company: person.company,
        address: Address {
            street: person.street_line(),
            city: person.city.name,
            postal_code: person.city.postal_code,
            country: person.city.country,
        },
        marketing_opt_in: rng.chance(0.5),
        two_factor_enabled: rng.chance(0.5),
    };
    archive.file(PROFILE, Method::Deflate, |out| {
        json::write_pretty(out, &profile)
    })?;
    truth.add_file(PROFILE, PROFILE_FIELDS);
    Ok(())
}

pub(super) fn write_collaborators(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    const APPS: &[&str] = &["shelf-audit", "wildlife-cams", "receipt-ocr", "moodboard"];
    const ROLES: &[&str] = &["admin", "editor", "viewer"];
    let mut rng = Rng::derive(ctx.seed, COLLABORATORS, 0);
    let collaborators = people::collaborators(ctx.seed, 6);
    let span = (clock::EXPORT_TIME - clock::ACCOUNT_START) as u64;
    archive.file(COLLABORATORS, Method::Deflate, |out| {
        let mut array = ArrayWriter::start(out)?;
        for collaborator in &collaborators {
            array.element(&CollaboratorRecord {
                user_id: &collaborator.user_id,
                display_name: collaborator.name,
                email: &collaborator.email,
                phone_number: &collaborator.phone,
                app_name: rng.pick(APPS),
                role: rng.pick(ROLES),
                added_at: clock::rfc3339(clock::ACCOUNT_START + rng.below(span) as i64),
            })?;
        }
        array.finish()
    })?;
    truth.add_file(COLLABORATORS, COLLABORATOR_FIELDS);
    Ok(())
}
