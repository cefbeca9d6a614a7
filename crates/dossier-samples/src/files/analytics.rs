//! `analytics/events.csv`: product-analytics events (page views, clicks, scrolls) grouped in
//! browsing sessions, with referrers and campaign parameters on each session's landing event.

use super::Ctx;
use crate::archive::{Archive, Method};
use crate::category::Category::{self, WebAnalytics};
use crate::clock;
use crate::error::SampleError;
use crate::rng::Rng;
use crate::truth::GroundTruth;

const PATH: &str = "analytics/events.csv";

/// An event's own number is a row id of the analytics store, not data about the person.
const FIELDS: &[(&str, Option<Category>)] = &[
    ("event_id", None),
    ("timestamp", Some(WebAnalytics)),
    ("session_id", Some(WebAnalytics)),
    ("event_type", Some(WebAnalytics)),
    ("page_url", Some(WebAnalytics)),
    ("page_title", Some(WebAnalytics)),
    ("referrer", Some(WebAnalytics)),
    ("utm_source", Some(WebAnalytics)),
    ("utm_medium", Some(WebAnalytics)),
    ("utm_campaign", Some(WebAnalytics)),
    ("click_target", Some(WebAnalytics)),
    ("duration_ms", Some(WebAnalytics)),
];

/// (path on the portal, page title)
const PAGES: &[(&str, &str)] = &[
    ("/explore", "Explore models"),
    ("/apps/shelf-audit/inputs", "Inputs · shelf-audit"),
    ("/apps/shelf-audit/models", "Models · shelf-audit"),
    (
        "/models/general-image-recognition",
        "General Image Recognition",
    ),
    ("/pricing", "Pricing"),
    ("/settings/billing", "Billing"),
    ("/docs/api/predict", "Predict API – Docs"),
    ("/community/search?q=face+detection", "Search results"),
];

const CLICK_TARGETS: &[&str] = &[
    "button#upload-inputs",
    "a.nav-pricing",
    "button.predict",
    "a[href='/docs']",
    "button#upgrade-plan",
];

const REFERRERS: &[&str] = &[
    "https://www.example.org/search?q=image+recognition+api",
    "https://news.example.net/ai-weekly/issue-112",
    "https://x.example.com/",
];

/// (utm_source, utm_medium, utm_campaign)
const CAMPAIGNS: &[(&str, &str, &str)] = &[
    ("newsletter", "email", "march_product_update"),
    ("google", "cpc", "vision_api_brand_2023"),
    ("linkedin", "social", "retail_ai_webinar"),
];

pub(super) fn write(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    let mut rng = Rng::derive(ctx.seed, PATH, 0);
    let total = ctx.plan.events;
    let span = (clock::EXPORT_TIME - clock::ACCOUNT_START) as u64;
    archive.file(PATH, Method::Deflate, |out| {
        let mut csv = csv::Writer::from_writer(out);
        csv.write_record(FIELDS.iter().map(|(name, _)| *name))?;
        let mut written = 0;
        let mut event_id = rng.range(1_000_000, 9_000_000);
        while written < total {
            let session_id = rng.uuid();
            // Sessions spread evenly over the account's life, in order of their events.
            let progress = (u128::from(span) * u128::from(written) / u128::from(total)) as i64;
            let mut when = clock::ACCOUNT_START + progress + rng.below(3_600) as i64;
            let landing_referrer = if rng.chance(0.6) {
                rng.pick(REFERRERS)
            } else {
                ""
            };
            let campaign = if rng.chance(0.3) {
                rng.pick(CAMPAIGNS)
            } else {
                ("", "", "")
            };
            let length = rng.range(3, 13).min(total - written);
            for position in 0..length {
                let (path, title) = rng.pick(PAGES);
                let event_type = match (position, rng.below(3)) {
                    (0, _) | (_, 0) => "page_view",
                    (_, 1) => "click",
                    _ => "scroll",
                };
                let landing = position == 0;
                let (referrer, (source, medium, name)) = if landing {
                    (landing_referrer, campaign)
                } else {
                    ("", ("", "", ""))
                };
                let target = if event_type == "click" {
                    rng.pick(CLICK_TARGETS)
                } else {
                    ""
                };
                let duration = if event_type == "page_view" {
                    rng.range(800, 240_000).to_string()
                } else {
                    String::new()
                };
                csv.write_record([
                    event_id.to_string().as_str(),
                    &clock::rfc3339(when),
                    &session_id,
                    event_type,
                    &format!("https://portal.example.com{path}"),
                    title,
                    referrer,
                    source,
                    medium,
                    name,
                    target,
                    &duration,
                ])?;
                event_id += 1;
                when += rng.range(2, 180) as i64;
            }
            written += length;
        }
        csv.flush()
    })?;
    truth.add_file(PATH, FIELDS);
    Ok(())
}
