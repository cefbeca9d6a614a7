//! `logs/broken_export.json`: an audit-log export cut off mid-object, as when the company's export
//! job dies while writing (a deliberate defect). It does not parse as JSON; a salvaging reader
//! (like Dossier's engine) still recovers the members and entries before the break, so the
//! truth lists those fields.

use super::Ctx;
use crate::archive::{Archive, Method};
use crate::category::Category::{self, DeviceIp};
use crate::clock;
use crate::error::SampleError;
use crate::net;
use crate::rng::Rng;
use crate::truth::GroundTruth;

const PATH: &str = "logs/broken_export.json";

/// The export's own id and date concern the company's export job, and what happened to the
/// account and when has no policy category; the address the action came from is device data.
const FIELDS: &[(&str, Option<Category>)] = &[
    ("export_id", None),
    ("generated_at", None),
    ("entries[].action", None),
    ("entries[].at", None),
    ("entries[].actor_ip", Some(DeviceIp)),
];

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
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    let mut rng = Rng::derive(ctx.seed, PATH, 0);
    // An envelope object whose last entry is cut: the damage reaches the top level.
    let mut text = format!(
        "{{\n  \"export_id\": \"exp_{}\",\n  \"generated_at\": \"{}\",\n  \"entries\": [\n",
        rng.base62(16),
        clock::rfc3339(clock::EXPORT_TIME)
    );
    let mut when = clock::ACCOUNT_START;
    for _ in 0..rng.range(4, 8) {
        when += rng.range(3_600, 90 * 86_400) as i64;
        text.push_str(&format!(
            "    {{\"action\": \"{}\", \"at\": \"{}\", \"actor_ip\": \"{}\"}},\n",
            rng.pick(ACTIONS),
            clock::rfc3339(when),
            net::ipv4(&mut rng)
        ));
    }
    // The last entry stops inside its timestamp: no closing quote, braces or brackets.
    text.push_str(&format!(
        "    {{\"action\": \"export.started\", \"at\": \"{}",
        &clock::rfc3339(clock::EXPORT_TIME)[..13]
    ));
    archive.file(PATH, Method::Deflate, |out| out.write_all(text.as_bytes()))?;
    truth.add_file(PATH, FIELDS);
    Ok(())
}
