//! `logs/broken_export.json`: an audit log cut off mid-object, as when the company's export
//! job dies while writing (a deliberate defect). It cannot be parsed, so it has no truth entries.

use super::Ctx;
use crate::archive::{Archive, Method};
use crate::clock;
use crate::error::SampleError;
use crate::net;
use crate::rng::Rng;
use crate::truth::GroundTruth;

const PATH: &str = "logs/broken_export.json";

const ACTIONS: &[&str] = &[
    "api_key.created",
    "app.created",
    "password.changed",
    "collaborator.invited",
    "export.requested",
];

pub(super) fn write(
    ctx: &Ctx,
    archive: &mut Archive,
    _truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    let mut rng = Rng::derive(ctx.seed, PATH, 0);
    let mut text = String::from("[\n");
    let mut when = clock::ACCOUNT_START;
    for _ in 0..rng.range(4, 8) {
        when += rng.range(3_600, 90 * 86_400) as i64;
        text.push_str(&format!(
            "  {{\"action\": \"{}\", \"at\": \"{}\", \"actor_ip\": \"{}\"}},\n",
            rng.pick(ACTIONS),
            clock::rfc3339(when),
            net::ipv4(&mut rng)
        ));
    }
    // The last record stops inside its timestamp: no closing quote, brace or bracket.
    text.push_str(&format!(
        "  {{\"action\": \"export.started\", \"at\": \"{}",
        &clock::rfc3339(clock::EXPORT_TIME)[..13]
    ));
    archive.file(PATH, Method::Deflate, |out| out.write_all(text.as_bytes()))?;
    Ok(())
}
