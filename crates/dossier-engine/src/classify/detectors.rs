//! Value detectors: is this text an email address, an IP address, a card number...? Each is
//! strict enough that "most of the sample passes" means something.

use std::net::IpAddr;

use dossier_policy::Detector;

pub(crate) fn accepts(detector: Detector, text: &str) -> bool {
    let t = text.trim();
    match detector {
        Detector::Email => is_email(t),
        Detector::Phone => is_phone(t),
        Detector::IpAddress => t.parse::<IpAddr>().is_ok(),
        Detector::CoordinatePair => is_coordinate_pair(t),
        Detector::CardNumber => is_card_number(t),
        Detector::Iban => is_iban(t),
        Detector::UserAgent => is_user_agent(t),
        Detector::ImageReference => is_image_reference(t),
        Detector::DeviceIdentifier => is_device_identifier(t),
        Detector::YoutubeChannel => is_youtube_channel(t),
    }
}

/// What the detector recognises, for evidence sentences ("... are IP addresses").
pub(crate) fn plural_name(detector: Detector) -> &'static str {
    match detector {
        Detector::Email => "email addresses",
        Detector::Phone => "phone numbers",
        Detector::IpAddress => "IP addresses",
        Detector::CoordinatePair => "latitude/longitude pairs",
        Detector::CardNumber => "payment card numbers",
        Detector::Iban => "IBANs",
        Detector::UserAgent => "user agents",
        Detector::ImageReference => "image references",
        Detector::DeviceIdentifier => "device identifiers",
        Detector::YoutubeChannel => "YouTube channel ids",
    }
}

fn is_email(t: &str) -> bool {
    let Some((local, domain)) = t.split_once('@') else {
        return false;
    };
    // A top-level domain is letters: `19:meeting_…@thread.v2`, a Teams chat's id, is no address.
    let tld = domain.rsplit('.').next().unwrap_or_default();
    !local.is_empty()
        && !local.contains(|c: char| c.is_whitespace() || matches!(c, ':' | '/'))
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && tld.chars().count() >= 2
        && tld.chars().all(char::is_alphabetic)
}

fn is_phone(t: &str) -> bool {
    let allowed = t
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c) || c == '/');
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let formatted = t.starts_with('+') || t.contains([' ', '-', '(']);
    // A signed decimal (`-73.947213`, a longitude) or a plain number is not written like a
    // phone number, whatever its digits.
    allowed
        && formatted
        && (7..=15).contains(&digits)
        && !t.contains("--")
        && t.parse::<f64>().is_err()
        && crate::records::datetime::parse(t).is_none()
        && (digits > 7 || t.starts_with('+') || is_local_number(t))
}

/// Seven digits are a phone number only as a local number is written (`555-0199`); a
/// Portuguese postal code (`1100-148`) has as many.
fn is_local_number(t: &str) -> bool {
    let parts: Vec<&str> = t.split([' ', '-', '.']).collect();
    matches!(parts.as_slice(), [a, b] if a.len() == 3 && b.len() == 4)
}

fn is_coordinate_pair(t: &str) -> bool {
    // Google's Timeline writes `45.5121734°, -122.6498213°`, and older ones `geo:45.51,-122.65`;
    // Snapchat `Latitude, Longitude: 45.51, -122.65`, and where it placed a search or a scan
    // `lat 49.296 ± 35.33 meters, long 19.951 ± 35.33 meters`.
    // A route's points as an app keeps them (calimoto's `[46.55472,15.64591]`) are a pair in
    // brackets; a pair of fractions of a picture (`[0.32,0.45]`) is a place in it, not on Earth.
    let t = t.trim();
    let bracketed = t.strip_prefix('[').and_then(|r| r.strip_suffix(']'));
    let t = bracketed.unwrap_or(t);
    let t = ["geo:", "Latitude, Longitude:"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t);
    let Some((a, b)) = t.split_once(',') else {
        return false;
    };
    match (coordinate(a, "lat"), coordinate(b, "long")) {
        (Some(lat), Some(lng)) => {
            let fractions = (0.0..=1.0).contains(&lat) && (0.0..=1.0).contains(&lng);
            lat.abs() <= 90.0 && lng.abs() <= 180.0 && !(bracketed.is_some() && fractions)
        }
        _ => false,
    }
}

/// A coordinate written with a decimal point, perhaps after its name (`lat`) and before a
/// degree sign or how far off it may be (`± 35.33 meters`).
fn coordinate(part: &str, name: &str) -> Option<f64> {
    let part = part.trim();
    let part = part.strip_prefix(name).map_or(part, str::trim_start);
    let (number, rest) = part.split_once(' ').unwrap_or((part, ""));
    let number = number.trim_end_matches('°');
    let margin = rest.trim().strip_prefix('±').map(|m| {
        let (figure, unit) = m.trim().split_once(' ').unwrap_or((m.trim(), ""));
        figure.parse::<f64>().is_ok() && matches!(unit, "meters" | "m" | "")
    });
    let rest_fits = rest.trim().is_empty() || margin == Some(true);
    (number.contains('.') && rest_fits)
        .then(|| number.parse::<f64>().ok())
        .flatten()
}

fn luhn(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                if d * 2 > 9 {
                    d * 2 - 9
                } else {
                    d * 2
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Card networks as wallets and stores name a card beside its last digits.
const CARD_BRANDS: &[&str] = &[
    "visa",
    "mastercard",
    "amex",
    "american express",
    "discover",
    "maestro",
    "jcb",
    "diners",
    "unionpay",
];

/// A card named by its brand and last four digits: `Visa-4242`, `Mastercard •••• 4444`,
/// `VISA ending in 1881`.
fn is_branded_card(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    let Some(rest) = CARD_BRANDS.iter().find_map(|b| lower.strip_prefix(b)) else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    let rest = rest
        .strip_prefix("ending in")
        .unwrap_or(rest)
        .trim_start_matches(|c: char| !c.is_ascii_alphanumeric() || matches!(c, 'x' | 'X'));
    rest.len() == 4 && rest.chars().all(|c| c.is_ascii_digit())
}

fn is_card_number(t: &str) -> bool {
    if is_branded_card(t) {
        return true;
    }
    let compact: String = t.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let masked = compact
        .chars()
        .any(|c| c == '*' || c == 'x' || c == 'X' || c == '•');
    if masked {
        // "**** **** **** 1111", "XXXX-XXXX-XXXX-1111": a mask then the last digits.
        let tail = compact.trim_start_matches(['*', 'x', 'X', '•']);
        return (12..=19).contains(&compact.chars().count())
            && (2..=4).contains(&tail.len())
            && tail.chars().all(|c| c.is_ascii_digit());
    }
    let digits: Vec<u32> = compact.chars().filter_map(|c| c.to_digit(10)).collect();
    // Payment cards start with 2 to 6 (Mastercard's 2-series, Amex and Diners, Visa, Mastercard,
    // Discover and UnionPay); a millisecond time (`1730462400123`) starts with 1 and passes
    // Luhn's check one time in ten.
    let issuer = digits.first().is_some_and(|d| (2..=6).contains(d));
    digits.len() == compact.len()
        && (13..=19).contains(&digits.len())
        && issuer
        && issuer_length(&compact)
        && luhn(&digits)
}

/// Whether a card number is as long as its issuer makes them: Visa's 13, 16 or 19 digits,
/// Amex's 15, Mastercard's 16. An 18-digit Discord id that starts with a 4 passes Luhn's
/// check one time in ten, but no Visa card has 18 digits.
fn issuer_length(digits: &str) -> bool {
    let prefix = |n: usize| digits.get(..n).and_then(|p| p.parse::<u32>().ok());
    let lengths: &[usize] = match (prefix(1), prefix(2), prefix(4)) {
        (Some(4), _, _) => &[13, 16, 19],
        (_, Some(34 | 37), _) => &[15],
        (_, Some(51..=55), _) | (_, _, Some(2221..=2720)) => &[16],
        _ => return true,
    };
    lengths.contains(&digits.len())
}

fn is_iban(t: &str) -> bool {
    let compact: String = t
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if !compact.is_ascii()
        || !(15..=34).contains(&compact.len())
        || !compact[..2].chars().all(|c| c.is_ascii_alphabetic())
        || !compact[2..4].chars().all(|c| c.is_ascii_digit())
        || !compact.chars().all(|c| c.is_ascii_alphanumeric())
    {
        return false;
    }
    let rearranged = format!("{}{}", &compact[4..], &compact[..4]);
    let mut remainder = 0u32;
    for c in rearranged.chars() {
        let value = c.to_digit(36).unwrap_or(0);
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    remainder == 1
}

fn is_user_agent(t: &str) -> bool {
    // `Product/version`, not an address (`https://graph.microsoft.com/v1.0/$metadata#users('…')`)
    // or a resource's path (Firestore's `projects/p/databases/(default)/documents/…`).
    let has_product = t.split_whitespace().next().is_some_and(|w| {
        let version = w.split_once('/').map(|(_, v)| v);
        w.matches('/').count() == 1
            && w.chars().next().is_some_and(char::is_alphabetic)
            && version.is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
    });
    has_product
        && (t.contains('(')
            || t.starts_with("Mozilla/")
            || t.contains("okhttp")
            || t.contains("Dalvik"))
}

const IMAGE_EXTENSIONS: [&str; 8] = [
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".bmp", ".tif",
];

/// Extensions of video files: a video's address is visual information like a picture's.
const VIDEO_EXTENSIONS: [&str; 4] = [".mp4", ".mov", ".webm", ".m4v"];

/// A path or an address that leads to an image or a video. A bare file name (`IMG_0001.jpg`)
/// only names one: it is the metadata of an upload, not a way to the picture. Several
/// addresses in one text (a Discord message's `Attachments`, space-separated) lead to several;
/// the last of them may be cut short in a field's sample (`…`).
fn is_image_reference(t: &str) -> bool {
    if t.contains(char::is_whitespace) {
        let mut addresses = t
            .split_whitespace()
            .filter(|a| !a.ends_with('…'))
            .peekable();
        return addresses.peek().is_some() && addresses.all(is_image_reference);
    }
    let lower = t.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or("");
    let visual = names_an_image(path) || VIDEO_EXTENSIONS.iter().any(|e| path.ends_with(e));
    lower.starts_with("data:image/") || path.contains(['/', '\\']) && visual || is_photo_page(path)
}

/// A photo's own page on a photo service (`https://photos.google.com/photo/AF1Qip…`,
/// `https://www.flickr.com/photos/someone/5423…`): a link to the picture without an extension.
fn is_photo_page(path: &str) -> bool {
    let Some(rest) = path
        .strip_prefix("https://")
        .or_else(|| path.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, route) = rest.split_once('/').unwrap_or((rest, ""));
    let photo_route = route
        .split('/')
        .next()
        .is_some_and(|first| matches!(first, "photo" | "photos"))
        && route.split('/').filter(|s| !s.is_empty()).count() >= 2;
    // A hosted picture named by its id under an `image` folder (Clarifai's
    // `…/inputs/image/7a3f1e9c5d2b40a8…`).
    let segments: Vec<&str> = route.split('/').filter(|s| !s.is_empty()).collect();
    let hosted = match segments.as_slice() {
        [.., folder, id] => {
            matches!(*folder, "image" | "images" | "photo" | "photos")
                && id.len() >= 16
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        }
        _ => false,
    };
    host.starts_with("photos.") && !route.is_empty() || photo_route || hosted
}

/// True when the text ends in a picture's file extension (`avatar.png`): in a field named as a
/// link it is a reference to the picture, while alone it may be a file's name.
pub(crate) fn names_an_image(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or("");
    IMAGE_EXTENSIONS.iter().any(|e| path.ends_with(e))
}

fn is_device_identifier(t: &str) -> bool {
    // An Android id is 16 hex digits; 16 decimal digits are a number (a time in microseconds).
    let hex16 = t.len() == 16
        && t.chars().all(|c| c.is_ascii_hexdigit())
        && t.chars().any(|c| c.is_ascii_alphabetic());
    let upper_uuid = t.len() == 36
        && t.chars().enumerate().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                c == '-'
            } else {
                c.is_ascii_digit() || c.is_ascii_uppercase() && c.is_ascii_hexdigit()
            }
        });
    hex16 || upper_uuid
}

/// `UC` followed by the 22 URL-safe base64 characters of a YouTube channel's id.
fn is_youtube_channel(t: &str) -> bool {
    t.len() == 24
        && t.starts_with("UC")
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use Detector::*;

    #[test]
    fn detectors_accept_and_refuse() {
        assert!(accepts(Email, "zoe@example.com"));
        assert!(!accepts(Email, "not an email"));
        assert!(accepts(Phone, "+44 20 7946 0018"));
        assert!(accepts(Phone, "(555) 010-0199"));
        assert!(
            !accepts(Phone, "2024-05-01"),
            "a date is not a phone number"
        );
        assert!(!accepts(Phone, "1714521600"));
        assert!(!accepts(Phone, "19.08.2023"));
        assert!(
            !accepts(Phone, "-73.947213"),
            "a longitude is not a phone number"
        );
        assert!(!accepts(Phone, "-1275470"), "nor is a negative integer");
        assert!(accepts(Phone, "555-0199"), "a local number");
        assert!(
            !accepts(Phone, "1100-148"),
            "a Portuguese postal code has seven digits too"
        );
        assert!(accepts(YoutubeChannel, "UCk7FwR2mZp9TqX4vLn0sB3e"));
        assert!(
            !accepts(YoutubeChannel, "UCk7FwR2mZp9TqX4vLn0sB3"),
            "a channel id has 22 characters after `UC`"
        );
        assert!(!accepts(YoutubeChannel, "UC k7FwR2mZp9TqX4vLn0sB3"));
        assert!(accepts(IpAddress, "192.0.2.1"));
        assert!(accepts(IpAddress, "2001:db8::1"));
        assert!(!accepts(IpAddress, "999.1.1.1"));
        assert!(accepts(CoordinatePair, "52.520008, 13.404954"));
        assert!(accepts(CoordinatePair, "45.5121734°, -122.6498213°"));
        assert!(accepts(CoordinatePair, "geo:45.512173,-122.649821"));
        assert!(!accepts(CoordinatePair, "geo:north,south"));
        assert!(accepts(CoordinatePair, "[46.55472,15.64591]"));
        assert!(!accepts(CoordinatePair, "[0.32,0.45]"));
        assert!(accepts(
            CoordinatePair,
            "lat 49.296 ± 35.33 meters, long 19.951 ± 35.33 meters"
        ));
        assert!(accepts(
            CoordinatePair,
            "Latitude, Longitude: -33.962814, 18.38771"
        ));
        assert!(!accepts(
            CoordinatePair,
            "lat 49.296 on Sunday, long 19.951"
        ));
        assert!(!accepts(CoordinatePair, "Gent, Oost-Vlaanderen"));
        assert!(accepts(CardNumber, "4111 1111 1111 1111"));
        assert!(!accepts(CardNumber, "4111 1111 1111 1112"), "fails Luhn");
        assert!(accepts(CardNumber, "5555555555554444"));
        assert!(!accepts(Email, "19:meeting_ZjQ4YTc2@thread.v2"));
        assert!(!accepts(
            UserAgent,
            "https://graph.microsoft.com/v1.0/$metadata#users('5e1f')/calendar/events(subject)"
        ));
        assert!(accepts(CardNumber, "Visa-4242"));
        assert!(accepts(
            ImageReference,
            "https://photos.google.com/photo/AF1QipMb3Zc8RrT1nVx6kLw0qE"
        ));
        assert!(accepts(
            ImageReference,
            "https://www.flickr.com/photos/someone/5423"
        ));
        assert!(!accepts(ImageReference, "https://example.com/photos"));
        assert!(accepts(
            ImageReference,
            "https://data.clarifai.com/orig/users/u/apps/a/inputs/image/7a3f1e9c5d2b40a8b6e0c4d9f1a3e728"
        ));
        assert!(!accepts(ImageReference, "https://example.com/images/logo"));
        assert!(!accepts(ImageReference, "https://example.com/about/photo/"));
        assert!(accepts(CardNumber, "Mastercard •••• 4444"));
        assert!(accepts(CardNumber, "VISA ending in 1881"));
        assert!(!accepts(CardNumber, "Visa application 2024"));
        assert!(!accepts(CardNumber, "Discovery 1234"));
        assert!(
            !accepts(CardNumber, "1730462400008"),
            "a time in milliseconds that passes Luhn"
        );
        assert!(
            !accepts(CardNumber, "417032935837288542"),
            "a Discord id of 18 digits that passes Luhn is no Visa card"
        );
        assert!(accepts(CardNumber, "378282246310005"), "Amex, 15 digits");
        assert!(accepts(CardNumber, "4222222222222"), "Visa, 13 digits");
        assert!(accepts(CardNumber, "**** **** **** 1111"));
        assert!(accepts(Iban, "GB82 WEST 1234 5698 7654 32"));
        assert!(accepts(Iban, "DE89370400440532013000"));
        assert!(!accepts(Iban, "GB82WEST12345698765433"));
        assert!(
            !accepts(Iban, "Żółć Żółć Żółć Żółć"),
            "non-ASCII text is not an IBAN"
        );
        assert!(accepts(
            UserAgent,
            "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/123.0"
        ));
        assert!(!accepts(UserAgent, "Mozilla Firefox"));
        assert!(accepts(UserAgent, "okhttp/4.12.0"));
        assert!(!accepts(
            UserAgent,
            "projects/notes-4f2a1/databases/(default)/documents/users/Xq7Lm2RvT9c"
        ));
        assert!(accepts(ImageReference, "inputs/images/img_0001.JPG"));
        assert!(
            !accepts(ImageReference, "PXL_20230611_184205.jpg"),
            "a bare name"
        );
        assert!(accepts(
            ImageReference,
            "https://data.example.com/a.png?x=1"
        ));
        assert!(accepts(
            ImageReference,
            "https://cdn.example.com/a/clip.mp4"
        ));
        assert!(accepts(
            ImageReference,
            "https://cdn.example.com/a/1.png https://cdn.example.com/a/2.mov https://cdn.exa…"
        ));
        assert!(
            !accepts(ImageReference, "see https://cdn.example.com/a/1.png"),
            "words beside an address"
        );
        assert!(accepts(
            DeviceIdentifier,
            "6D92078A-8246-4BA4-AE5B-76104861E7DC"
        ));
        assert!(!accepts(
            DeviceIdentifier,
            "6d92078a-8246-4ba4-ae5b-76104861e7dc"
        ));
        assert!(accepts(DeviceIdentifier, "9774d56d682e549c"));
        assert!(!accepts(DeviceIdentifier, "1706620000000000"));
    }
}
