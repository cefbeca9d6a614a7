//! Values that say something about the service or the file rather than a person, whatever the
//! field's name: placeholder times, the addresses of the service's own API, and the company's
//! own e-mail addresses.

use super::record_kind::{object_words, singular};
use crate::records::stats::{FieldStats, TableStats};
use crate::records::tokens::key_tokens;

/// True when the field's name says it holds a link (`url`, `display_url`, `uri`, `href`).
pub(crate) fn is_link(name: &str) -> bool {
    key_tokens(name.rsplit('.').next().unwrap_or(name))
        .iter()
        .any(|t| matches!(t.as_str(), "url" | "uri" | "href" | "link" | "src"))
}

/// True when the field has sampled values and `holds` is true of every one of them.
pub(crate) fn every_value(stats: &FieldStats, holds: impl Fn(&str) -> bool) -> bool {
    !stats.sample.is_empty() && stats.sample.iter().all(|v| holds(v))
}

/// The scheme and host of a URL (`https`, `api.deezer.com`), if `v` is written as one.
fn url_host(v: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = v.split_once("://")?;
    Some((scheme, rest.split('/').next().unwrap_or(rest)))
}

/// Why a time field holds no time, if it does not: every value is 0, the placeholder some
/// exports write where nothing was recorded (Meta's `"timestamp": 0`).
pub(crate) fn unset_time(stats: &FieldStats) -> Option<String> {
    let timely = key_tokens(&stats.name)
        .last()
        .is_some_and(|t| matches!(t.as_str(), "timestamp" | "time" | "date" | "at" | "ts"));
    let zeros = every_value(stats, |v| v.trim() == "0");
    (timely && zeros).then(|| "always 0: a placeholder where no time was recorded".to_owned())
}

/// Why a field of encoded bytes holds no picture or sound, if it does not: every value is a few
/// characters, fewer than the smallest image file takes. An API that echoes an input it was sent
/// writes a marker there instead (Clarifai's `data.image.base64: "dHJ1ZQ=="`, the word `true`).
pub(crate) fn placeholder_bytes(stats: &FieldStats) -> Option<String> {
    /// Characters of base64 that hold 12 bytes; no image or sound file is that small.
    const TOO_FEW: usize = 16;
    let encoded = key_tokens(stats.name.rsplit('.').next().unwrap_or(&stats.name))
        .last()
        .is_some_and(|t| t == "base64");
    let short = every_value(stats, |v| v.trim().len() <= TOO_FEW);
    (encoded && short).then(|| {
        format!("at most {TOO_FEW} characters of base64: a placeholder, too short to hold a file")
    })
}

/// Whether a table was written by protobuf's JavaScript `toObject()` (Clarifai's Node.js
/// client): it names every repeated field with a `List` suffix (`inputsList`, `conceptsList`)
/// and writes every field of a message, set or not.
pub(crate) fn written_whole_by_protobuf(table: &TableStats) -> bool {
    /// Distinct `…List` keys that tell the form from a name that happens to end in `List`.
    const LISTS: usize = 3;
    let mut lists: Vec<&str> = table
        .fields
        .iter()
        .flat_map(|f| f.name.split('.'))
        .map(|key| key.trim_end_matches("[]"))
        .filter(|key| {
            key.starts_with(|c: char| c.is_ascii_lowercase())
                && key.len() > "List".len()
                && key.ends_with("List")
        })
        .collect();
    lists.sort_unstable();
    lists.dedup();
    lists.len() >= LISTS
}

/// Why a field of a message written whole (`written_whole_by_protobuf`) holds nothing, if it
/// does not: every value is the default (`0`, `false`, `""`) that the form writes for a field
/// that was never set, and that proto3 cannot tell from one set to it; or it never holds a
/// value at all, the empty list or map the form writes for a repeated field never filled
/// (`conceptsList: []`, `hostedImageInfoMap: []`).
pub(crate) fn unset_in_protobuf(stats: &FieldStats) -> Option<String> {
    let leaf = stats.name.rsplit('.').next().unwrap_or(&stats.name);
    let list_or_map = leaf.trim_end_matches("[]").ends_with("List") || leaf.ends_with("Map");
    if stats.values == 0 && list_or_map {
        return Some("always empty: a list a message writes for a field never filled".to_owned());
    }
    // A time's `nanos` is 0 in a time that is set to the second (`expiresAt: {seconds, nanos}`).
    let part_of_a_time = leaf == "nanos";
    let defaults = every_value(stats, |v| matches!(v.trim(), "0" | "false" | ""));
    (defaults && !part_of_a_time).then(|| {
        "always the default a message writes for a field never set: a placeholder".to_owned()
    })
}

/// Why a `type` says only which key of its object holds the object's details, if it does: every
/// value names a sibling object and ends in `_details` (Stripe's invoice `parent.type:
/// "subscription_details"` beside `parent.subscription_details`). It is the schema's pointer to
/// the data, not the data; a payment method's `type: "card"` beside its `card` stays what it
/// says of how the person pays.
pub(crate) fn names_its_details(table: &TableStats, stats: &FieldStats) -> Option<String> {
    let (object, leaf) = stats.name.rsplit_once('.').unwrap_or(("", &stats.name));
    if leaf != "type" {
        return None;
    }
    let sibling = |value: &str| {
        let prefix = if object.is_empty() {
            format!("{value}.")
        } else {
            format!("{object}.{value}.")
        };
        table.fields.iter().any(|f| f.name.starts_with(&prefix))
    };
    let pointer =
        every_value(stats, |v| v.ends_with("_details")) && stats.sample.iter().any(|v| sibling(v));
    pointer.then(|| "names which key of its object holds the details: the format's".to_owned())
}

/// Why a field is the address of the service's API rather than of anything of the person's,
/// if it is: a link whose every value is a path on the API (`/v1/charges`, what a Stripe list
/// repeats as its `url`) or a URL on an `api.` host or under `/api/`; or a field of any name whose
/// every value is a whole `http(s)://api.…` URL. A picture the API itself serves
/// (`https://api.deezer.com/user/2529/image`) is taken for its address too: no exports seen so
/// far name such a picture otherwise than by the field's name, and a playlist's five picture
/// fields would outvote what the playlist is.
pub(crate) fn api_address(stats: &FieldStats) -> Option<String> {
    // The objects the link sits in, but not the words of a list's wrapper.
    let objects: Vec<String> = object_words(&stats.name)
        .filter(|w| !matches!(w.as_str(), "data" | "item" | "list" | "result" | "record"))
        .collect();
    let api = |v: &str| {
        let v = v.trim();
        // A site's own page paths (`/blog/post`) are pages the person visited; an API's paths
        // hold its version (`/v1/`, Salesforce's `/services/data/v58.0/`) or `/api/`.
        let relative = v.strip_prefix('/').is_some_and(|rest| {
            rest.split('/').any(|segment| {
                segment == "api"
                    || segment.len() > 1
                        && segment.starts_with('v')
                        && segment[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
                        && segment[1..].starts_with(|c: char| c.is_ascii_digit())
            })
        });
        // A REST API's own address of the object the link sits in: Intercom's `tags.url`
        // `/contacts/65f1…/tags`, `notes.data[].url` `/notes/48811702`.
        let self_link = v.strip_prefix('/').is_some_and(|rest| {
            rest.split('/')
                .flat_map(key_tokens)
                .any(|t| objects.iter().any(|o| *o == singular(&t)))
        });
        let on_api =
            url_host(v).is_some_and(|(_, host)| host.starts_with("api.")) || v.contains("/api/");
        relative || self_link || on_api
    };
    // A whole URL on the API's own host is its address whatever the field is called (Deezer's
    // `tracklist`, `https://api.deezer.com/album/611204587/tracks`).
    let whole_api_url = every_value(stats, |v| {
        url_host(v.trim()).is_some_and(|(scheme, host)| {
            matches!(scheme, "http" | "https") && host.starts_with("api.")
        })
    });
    // Coinbase's `resource_path` is the object's address on the API, named as a path; a plain
    // `path` may be a page the person visited.
    let path = key_tokens(stats.name.rsplit('.').next().unwrap_or(&stats.name))
        .ends_with(&["resource".to_owned(), "path".to_owned()]);
    ((is_link(&stats.name) || path) && every_value(stats, api) || whole_api_url)
        .then(|| "an address of the service's API, not of anything of a person's".to_owned())
}

/// Why a field holds only the company's own e-mail addresses, if it does: every sampled value
/// is an address (alone or as `Name <address>`) at one of `domains`, the company's own domain
/// names without their top-level part (`clarifai` for `billing@clarifai.com`). The sender of a
/// receipt or the agent on a support case is the company, not the person.
pub(crate) fn company_address(domains: &[String], stats: &FieldStats) -> Option<String> {
    let own = |value: &str| {
        let address = value
            .rsplit_once('<')
            .map_or(value, |(_, rest)| rest.trim_end_matches('>'))
            .trim();
        let Some((local, domain)) = address.rsplit_once('@') else {
            return false;
        };
        let labels: Vec<&str> = domain.split('.').collect();
        let is_company = |word: &str| domains.iter().any(|d| d.eq_ignore_ascii_case(word));
        // `support@clarifai-help.freshdesk.com`, or the mailbox a CRM gives the company
        // (`clarifai-5e2b9d@pipedrivemail.com`): the company's name leads a compound word of
        // the address. A plain `clarifai@…` could be anyone's.
        let mailbox = local
            .split_once(['-', '+', '_'])
            .is_some_and(|(first, _)| is_company(first));
        !local.is_empty()
            && !local.contains(char::is_whitespace)
            && labels.len() >= 2
            && (labels[..labels.len() - 1]
                .iter()
                .any(|l| l.split('-').any(is_company))
                || mailbox)
    };
    let all_own = !domains.is_empty() && every_value(stats, own);
    all_own.then(|| "the company's own e-mail address, not the person's".to_owned())
}

/// The endings of a registered company's name (`Clarifai, Inc.`).
const LEGAL_FORMS: [&str; 9] = [
    "inc", "ltd", "llc", "gmbh", "corp", "co", "limited", "sa", "bv",
];

/// Why a field holds only the company's own registered name, if it does: every sampled value
/// is one of `domains` followed by a legal form (`Clarifai, Inc.`). The seller on an invoice or
/// the business behind a payment is the company, not the person. The bare name (`Clarifai`)
/// is left alone: it also names the company's app, which the person used.
pub(crate) fn company_name(domains: &[String], stats: &FieldStats) -> Option<String> {
    let own = |value: &str| {
        let words: Vec<String> = value
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        matches!(words.as_slice(), [name, form]
            if domains.iter().any(|d| d.eq_ignore_ascii_case(name))
                && LEGAL_FORMS.contains(&form.as_str()))
    };
    let all_own = !domains.is_empty() && every_value(stats, own);
    all_own.then(|| "the company's own name, not the person's".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, sample: &[&str]) -> FieldStats {
        FieldStats::with_sample(name, sample)
    }

    #[test]
    fn the_companys_registered_name_is_the_companys() {
        let domains = vec!["clarifai".to_owned()];
        let seller = field("seller.name", &["Clarifai, Inc.", "CLARIFAI INC"]);
        assert!(company_name(&domains, &seller).is_some());
        // The bare name is also the company's app the person used, and a team's name is a
        // correspondent.
        assert!(company_name(&domains, &field("ios_app_name", &["Clarifai"])).is_none());
        assert!(company_name(&domains, &field("to.name", &["Clarifai Support"])).is_none());
        // Another company's name is not the company's.
        assert!(company_name(&domains, &field("company", &["Ponderosa, LLC"])).is_none());
    }

    #[test]
    fn api_paths_and_hosts_are_the_services() {
        assert!(api_address(&field("url", &["/v1/charges"])).is_some());
        assert!(api_address(&field("data[].refunds.url", &["/v1/charges/ch_1/refunds"])).is_some());
        assert!(api_address(&field(
            "records[].attributes.url",
            &["/services/data/v58.0/sobjects/Contact/003XX000004TmiQ"]
        ))
        .is_some());
        assert!(api_address(&field("tags.url", &["/contacts/65f1c2a9/tags"])).is_some());
        assert!(api_address(&field(
            "data[].album.tracklist",
            &["https://api.deezer.com/album/611204587/tracks"]
        ))
        .is_some());
        assert!(api_address(&field("data[].album.title", &["/v1/charges"])).is_none());
        assert!(api_address(&field(
            "picture",
            &["URL@https://api.asm.skype.com/v1/objects/0-weu/views/avatar_fullsize"]
        ))
        .is_none());
        assert!(api_address(&field("notes.data[].url", &["/notes/48811702"])).is_some());
        assert!(api_address(&field(
            "paging.next.link",
            &["https://api.hubapi.com/crm/v3/x"]
        ))
        .is_some());
    }

    #[test]
    fn the_companys_own_addresses_are_not_the_persons() {
        let domains = ["clarifai".to_owned()];
        let own = |sample: &[&str]| company_address(&domains, &field("from_email", sample));
        assert!(own(&["billing@clarifai.com", "community@mail.clarifai.example"]).is_some());
        assert!(own(&["Clarifai Product <news@clarifai.com>"]).is_some());
        assert!(own(&["billing@clarifai.com", "ines@example.com"]).is_none());
        assert!(own(&["someone@notclarifai.com"]).is_none());
        assert!(own(&["clarifai@example.com"]).is_none());
        assert!(own(&["support@clarifai-help.freshdesk.com"]).is_some());
        assert!(own(&["clarifai-5e2b9d+deal412@pipedrivemail.example.net"]).is_some());
        assert!(own(&["ines-okl@example.com"]).is_none());
        assert!(company_address(&[], &field("from", &["billing@clarifai.com"])).is_none());
    }

    #[test]
    fn links_to_the_persons_things_are_not() {
        assert!(api_address(&field("url", &["https://example.com/p/1", "/v1/x"])).is_none());
        assert!(api_address(&field("media[].uri", &["/photos/a.jpg"])).is_none());
        assert!(api_address(&field("hs_url_path", &["/blog/post-1"])).is_none());
        assert!(api_address(&field("path", &["/v1/charges"])).is_none());
        assert!(api_address(&field(
            "data[].resource_path",
            &["/v2/accounts/8d41/transactions"]
        ))
        .is_some());
        assert!(api_address(&field(
            "records[].PhotoUrl",
            &["/services/images/photo/003Hs00001Ke8ZqIAJ"]
        ))
        .is_none());
        assert!(api_address(&field("data[].url", &["/data/export.csv"])).is_none());
        assert!(api_address(&field("url", &[])).is_none());
    }
}
