//! `social/linked_accounts.json`: social identities the holder signed in with or linked.

use serde::Serialize;

use super::Ctx;
use crate::archive::{Archive, Method};
use crate::category::Category::{self, SocialNetwork};
use crate::clock;
use crate::error::SampleError;
use crate::json::ArrayWriter;
use crate::rng::Rng;
use crate::truth::GroundTruth;

const PATH: &str = "social/linked_accounts.json";

const FIELDS: &[(&str, Option<Category>)] = &[
    ("provider", Some(SocialNetwork)),
    ("handle", Some(SocialNetwork)),
    ("oauth_uid", Some(SocialNetwork)),
    ("profile_url", Some(SocialNetwork)),
    ("followers", Some(SocialNetwork)),
    ("linked_at", Some(SocialNetwork)),
];

/// (provider, profile host under example.com)
const PROVIDERS: &[(&str, &str)] = &[
    ("github", "github.example.com"),
    ("linkedin", "linkedin.example.com"),
    ("x", "x.example.com"),
    ("instagram", "instagram.example.com"),
];

#[derive(Serialize)]
struct LinkedAccount {
    provider: &'static str,
    handle: String,
    oauth_uid: String,
    profile_url: String,
    followers: u64,
    linked_at: String,
}

pub(super) fn write(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    let mut rng = Rng::derive(ctx.seed, PATH, 0);
    let handle_base = ctx.person.username.clone();
    let count = rng.range(3, PROVIDERS.len() as u64) as usize;
    let span = (clock::EXPORT_TIME - clock::ACCOUNT_START) as u64;
    archive.file(PATH, Method::Deflate, |out| {
        let mut array = ArrayWriter::start(out)?;
        for &(provider, host) in &PROVIDERS[..count] {
            let handle = if rng.chance(0.5) {
                handle_base.replace('_', ".")
            } else {
                handle_base.clone()
            };
            array.element(&LinkedAccount {
                provider,
                oauth_uid: rng.range(10_000_000, 999_999_999).to_string(),
                profile_url: format!("https://{host}/{handle}"),
                handle: format!("@{handle}"),
                followers: rng.below(4_000),
                linked_at: clock::rfc3339(clock::ACCOUNT_START + rng.below(span) as i64),
            })?;
        }
        array.finish()
    })?;
    truth.add_file(PATH, FIELDS);
    Ok(())
}
