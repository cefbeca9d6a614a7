//! `security/login_sessions.jsonl`: one JSON object per line per login session, with the
//! device, the IP address and the city the company geolocated that address to.

use serde::Serialize;

use super::Ctx;
use crate::archive::{Archive, Method};
use crate::category::Category::{self, DeviceIp, Geolocation};
use crate::clock;
use crate::error::SampleError;
use crate::net::{self, Device, DEVICES};
use crate::rng::Rng;
use crate::truth::GroundTruth;

const PATH: &str = "security/login_sessions.jsonl";

const FIELDS: &[(&str, Option<Category>)] = &[
    ("sessionId", Some(DeviceIp)),
    ("startedAt", Some(DeviceIp)),
    ("lastSeenAt", Some(DeviceIp)),
    ("ipAddress", Some(DeviceIp)),
    ("device.userAgent", Some(DeviceIp)),
    ("device.deviceId", Some(DeviceIp)),
    ("device.platform", Some(DeviceIp)),
    ("geoip.city", Some(Geolocation)),
    ("geoip.countryCode", Some(Geolocation)),
];

/// Cities an IP address may be geolocated to while travelling.
const TRAVEL: &[(&str, &str)] = &[
    ("Paris", "FR"),
    ("Amsterdam", "NL"),
    ("Kraków", "PL"),
    ("Tokyo", "JP"),
    ("New York", "US"),
];

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DeviceInfo<'a> {
    user_agent: &'a str,
    device_id: &'a str,
    platform: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct GeoIp<'a> {
    city: &'a str,
    country_code: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Session<'a> {
    session_id: String,
    started_at: String,
    last_seen_at: String,
    ip_address: &'a str,
    device: DeviceInfo<'a>,
    geoip: GeoIp<'a>,
}

/// A device the holder uses, with the id the app assigned it and its usual addresses.
struct OwnDevice {
    device: Device,
    device_id: String,
    home_ips: Vec<String>,
}

pub(super) fn write(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    let mut rng = Rng::derive(ctx.seed, PATH, 0);
    let devices: Vec<OwnDevice> = (0..rng.range(2, 4))
        .map(|_| OwnDevice {
            device: rng.pick(DEVICES),
            device_id: rng.uuid(),
            home_ips: (0..rng.range(1, 3)).map(|_| net::ip(&mut rng)).collect(),
        })
        .collect();
    let home = (ctx.person.city.name, ctx.person.city.country);
    let count = ctx.plan.sessions;
    let step = (clock::EXPORT_TIME - clock::ACCOUNT_START) / count as i64;
    archive.file(PATH, Method::Deflate, |out| {
        for i in 0..count {
            let own = &devices[rng.index(devices.len())];
            let started = clock::ACCOUNT_START + i as i64 * step + rng.below(step as u64) as i64;
            let travelling = rng.chance(0.08);
            let ip = if travelling {
                net::ip(&mut rng)
            } else {
                own.home_ips[rng.index(own.home_ips.len())].clone()
            };
            let (city, country_code) = if travelling { rng.pick(TRAVEL) } else { home };
            let session = Session {
                session_id: rng.base62(32),
                started_at: clock::rfc3339(started),
                last_seen_at: clock::rfc3339(started + rng.range(60, 8 * 3_600) as i64),
                ip_address: &ip,
                device: DeviceInfo {
                    user_agent: own.device.user_agent,
                    device_id: &own.device_id,
                    platform: own.device.platform,
                },
                geoip: GeoIp { city, country_code },
            };
            serde_json::to_writer(&mut *out, &session)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    })?;
    truth.add_file(PATH, FIELDS);
    Ok(())
}
