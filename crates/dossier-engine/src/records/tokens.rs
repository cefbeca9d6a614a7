//! Splits a key path such as `user.loginIP`, `e_mail`, `device-id` or `GPSLatitude` into
//! lowercase tokens (`user login ip`, `e mail`, `device id`, `gps latitude`), so rules match
//! whole words: `loginIp` holds the token `ip`, `ipsum` does not.

use super::ids::is_opaque_id;

/// Brands whose own capitals would split them into two words (`linkedInUrl`, `youTubeChannel`,
/// `OffTikTokActivity`): rules know them as one word, as most keys write them.
const CAPITALISED_BRANDS: [(&str, &str); 8] = [
    ("linked", "in"),
    ("you", "tube"),
    ("git", "hub"),
    ("git", "lab"),
    ("pay", "pal"),
    ("tik", "tok"),
    ("whats", "app"),
    ("face", "book"),
];

pub fn key_tokens(key: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    for word in key.split(|c: char| !c.is_alphanumeric()) {
        let chars: Vec<char> = word.chars().collect();
        let mut current = String::new();
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            // An acronym's plural (`Media IDs`, `imageURLs`) ends its word with a lone `s`.
            let plural_s =
                || next == Some('s') && chars.get(i + 2).is_none_or(|a| !a.is_lowercase());
            let boundary = match prev {
                None => false,
                Some(p) => {
                    // fooBar, and FOOBar split before the last capital of a run; digits stay
                    // with their word (`last4`, `ipv6`).
                    (p.is_lowercase() && c.is_uppercase())
                        || (p.is_uppercase()
                            && c.is_uppercase()
                            && next.is_some_and(char::is_lowercase)
                            && !plural_s())
                }
            };
            if boundary && !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            current.extend(c.to_lowercase());
        }
        if !current.is_empty() {
            tokens.push(current);
        }
    }
    join_brands(tokens)
}

fn join_brands(mut tokens: Vec<String>) -> Vec<String> {
    let mut i = 0;
    while i + 1 < tokens.len() {
        let pair = (tokens[i].as_str(), tokens[i + 1].as_str());
        if CAPITALISED_BRANDS.contains(&pair) {
            let second = tokens.remove(i + 1);
            tokens[i].push_str(&second);
        }
        i += 1;
    }
    tokens
}

/// Whether a value ends in a file's extension (`usage.png`, `Nonprofit-quote.pdf`): a file's
/// name or path, not words or a number.
pub fn has_file_extension(value: &str) -> bool {
    value.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && (2..=4).contains(&ext.len())
            && ext.chars().all(|c| c.is_ascii_alphanumeric())
            && ext.chars().any(|c| c.is_ascii_alphabetic())
    })
}

/// The words of a file or folder name, without its extension and the numbers of a series
/// (`StreamingHistory0.json`, `message_1.json`, `2023`). A name that is one record's id has
/// none, its type prefix included where that is a code of a few letters (Stripe's
/// `ich_1RJyq8Qm3xK9LtAe4vB7cH2d.json`); a prefix that is a word says what the record is
/// (`mandate_1OAq3wJt8KzWm2RbXp4Vn7Qs.json`, Close's `lead_8fQmZk….json`).
pub fn name_words(name: &str) -> Vec<String> {
    /// The longest type prefix of an id that is a code rather than a word (`cus`, `ich`, `pm`).
    const CODE_PREFIX: usize = 3;
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let coded = stem
        .split_once('_')
        .is_some_and(|(prefix, _)| prefix.len() <= CODE_PREFIX);
    if coded && is_opaque_id(stem) {
        return Vec::new();
    }
    without_series(key_tokens(stem))
}

/// The words of a file's name, as `name_words`, without the filter a tool named the file by:
/// `charges-customer-cus_SBq7Lm…` holds charges (of one customer), `ListAnnotations-task_id-
/// 5ffc…` annotations (of one task). The filter is a word for one thing (singular) just before
/// the id that ends the name, its `_id` or its id's prefix (Stripe's `cus_`) between them, after
/// a word for many.
pub fn file_name_words(name: &str) -> Vec<String> {
    let words = words_without_filter(name);
    // A name written from an API's path (`users_me_apps.json` for `/users/me/apps`) starts with
    // the account that owns what follows: the records are what the path goes on to name after
    // `me` (Deezer's `user-me-history.json` is the person's history, `me history`).
    match words.iter().position(|w| w == "me") {
        Some(at) if at > 0 && words[at - 1].starts_with("user") && at + 1 < words.len() => {
            words[at..].to_vec()
        }
        _ => words,
    }
}

/// `name_words` of a file's name without the filter it was named by (`file_name_words`).
fn words_without_filter(name: &str) -> Vec<String> {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    // Each part with the byte where it starts in `stem`: a separator may be several bytes long
    // (an en dash, a middle dot).
    let parts: Vec<(usize, &str)> = stem
        .split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(|part| (part.as_ptr() as usize - stem.as_ptr() as usize, part))
        .collect();
    let is_id = |part: &str| {
        part.len() >= 8
            && part.chars().any(|c| c.is_ascii_digit())
            && part.chars().any(|c| c.is_ascii_alphabetic())
    };
    let plural = |part: &str| part.len() > 3 && part.to_lowercase().ends_with('s');
    // The id ends the name: one before other words is part of an API's path
    // (`messages-outbound-<id>-details`).
    let id = parts.len().saturating_sub(1);
    if !parts.last().is_some_and(|(_, part)| is_id(part)) {
        return name_words(name);
    }
    let mut key = id;
    while key > 0 {
        let (start, part) = parts[key - 1];
        let joined = stem[start + part.len()..].starts_with('_');
        let id_word = matches!(part.to_lowercase().as_str(), "id" | "ids");
        if id_word || (joined && part.len() <= 4 && key == id) {
            key -= 1;
        } else {
            break;
        }
    }
    let filtered = key >= 2
        && !plural(parts[key - 1].1)
        && parts[..key - 1].iter().any(|(_, part)| plural(part));
    if !filtered {
        return name_words(name);
    }
    let kept: Vec<&str> = parts[..key - 1].iter().map(|(_, part)| *part).collect();
    without_series(key_tokens(&kept.join("-")))
}

/// A file's path inside the export split into its folders and its own name (`""` for a file at
/// the top).
pub fn folders_and_name(path: &str) -> (&str, &str) {
    path.rsplit_once('/').unwrap_or(("", path))
}

/// The words of a folder's path: a folder has no extension, so a dot in its name separates words
/// (Bluesky's repository unpacked into `app.bsky.feed.post/`). A folder named with a date
/// (`nino_account_2026-05-09/`, `clarifai-backup-2026-10-05/`) names one copy of the download,
/// not what its files hold, and gives no words.
pub fn folder_words(path: &str) -> Vec<String> {
    let undated: Vec<&str> = path.split('/').filter(|f| !names_a_date(f)).collect();
    without_series(key_tokens(&undated.join("/")))
}

/// True when a name holds a date: a year (19xx or 20xx) with another number beside it
/// (`2026-05-09`, `18-5-2025`, `2025_11`).
fn names_a_date(name: &str) -> bool {
    let numbers: Vec<&str> = name
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect();
    let year = |n: &&str| n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
    numbers.len() >= 2 && numbers.iter().any(year)
}

/// `tokens` without numbers and versions of a series (`history0` → `history`, `v2`, `2023`),
/// and without ids (`8a1d5c3e9f2b`): what is left are words.
pub fn without_series(tokens: Vec<String>) -> Vec<String> {
    tokens
        .into_iter()
        .map(|t| t.trim_end_matches(|c: char| c.is_ascii_digit()).to_owned())
        .filter(|t| !t.is_empty() && t != "v" && !t.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{file_name_words, folder_words, key_tokens, name_words, without_series};

    #[test]
    fn splits_the_usual_styles() {
        assert_eq!(key_tokens("loginIp"), ["login", "ip"]);
        assert_eq!(key_tokens("userCreationIP"), ["user", "creation", "ip"]);
        assert_eq!(key_tokens("GPSLatitude"), ["gps", "latitude"]);
        assert_eq!(key_tokens("e_mail"), ["e", "mail"]);
        assert_eq!(key_tokens("geo.lat"), ["geo", "lat"]);
        assert_eq!(key_tokens("device-id"), ["device", "id"]);
        assert_eq!(
            key_tokens("outputs[].concepts[].name"),
            ["outputs", "concepts", "name"]
        );
        assert_eq!(key_tokens("ipsum"), ["ipsum"]);
        assert_eq!(key_tokens("E-Mail-Adresse"), ["e", "mail", "adresse"]);
        assert_eq!(key_tokens("cc_last4"), ["cc", "last4"]);
        assert_eq!(key_tokens("linkedInUrl"), ["linkedin", "url"]);
        assert_eq!(
            key_tokens("OffTikTokActivityDataList"),
            ["off", "tiktok", "activity", "data", "list"]
        );
        assert_eq!(key_tokens("logged_in"), ["logged", "in"]);
        assert_eq!(key_tokens("Media IDs"), ["media", "ids"]);
        assert_eq!(key_tokens("imageURLs"), ["image", "urls"]);
        assert_eq!(key_tokens("HTMLStrings"), ["html", "strings"]);
    }

    #[test]
    fn file_names_lose_extension_and_series_numbers() {
        assert_eq!(
            name_words("StreamingHistory0.json"),
            ["streaming", "history"]
        );
        assert_eq!(name_words("2023_MARCH.json"), ["march"]);
        assert_eq!(name_words("Location History"), ["location", "history"]);
        assert_eq!(without_series(key_tokens("searches_v2[]")), ["searches"]);
        assert!(name_words("8a1d5c3e9f2b47c0b6e4a7d1c3f58b22.json").is_empty());
        assert!(name_words("ich_1RJyq8Qm3xK9LtAe4vB7cH2d.json").is_empty());
        assert_eq!(
            name_words("mandate_1OAq3wJt8KzWm2RbXp4Vn7Qs.json"),
            ["mandate"]
        );
    }

    #[test]
    fn a_file_named_for_its_filter_is_named_for_its_records() {
        assert_eq!(
            file_name_words("charges-customer-cus_SBq7LmW2xYt9Rk.json"),
            ["charges"]
        );
        assert_eq!(
            file_name_words("ListAnnotations-task_id-5ffc396f243cb4f4012145f220248f36.json"),
            ["list", "annotations"]
        );
        // A word for many before an id names the records themselves.
        assert_eq!(
            file_name_words("cluster-annotations-c60d4a8e7f1b4392.json"),
            ["cluster", "annotations"]
        );
        assert_eq!(
            file_name_words("allotment-plots-2d9c6b15.json"),
            ["allotment", "plots"]
        );
        assert_eq!(file_name_words("user-8a1d5c3e9f2b.json"), ["user"]);
        assert_eq!(
            file_name_words("messages-outbound-b83e1a07-5c6f-4d29-9e14-7a0d2f3c6b58-details.json"),
            ["messages", "outbound", "details"]
        );
        assert_eq!(
            file_name_words("Member_Follows_583920174.csv"),
            ["member", "follows"]
        );
        // Separators of more than one byte.
        assert_eq!(
            file_name_words("charges–customer–cus_SBq7LmW2xYt9Rk.json"),
            ["charges"]
        );
        assert_eq!(
            file_name_words("charges·customer·x·cus_SBq7LmW2xYt9Rk.json"),
            ["charges", "customer"]
        );
    }

    #[test]
    fn a_folders_dots_separate_its_words() {
        assert_eq!(
            folder_words("repo/did:plc:3lylk3rvlbr66pn5hhzjx547/app.bsky.feed.post"),
            ["repo", "did", "plc", "app", "bsky", "feed", "post"]
        );
        assert_eq!(name_words("app.bsky.feed.post"), ["app", "bsky", "feed"]);
    }

    #[test]
    fn a_dated_folder_gives_no_words() {
        assert_eq!(
            folder_words("nino_account_2026-05-09/Spotify Account Data"),
            ["spotify", "account", "data"]
        );
        assert_eq!(
            folder_words("facebook-ana-18-5-2025-Vk3pQz7L/messages"),
            ["messages"]
        );
        // A year alone, or a number that is no year, is part of a name.
        assert_eq!(folder_words("takeout 2024"), ["takeout"]);
        assert_eq!(folder_words("inbox/ana_102938"), ["inbox", "ana"]);
    }

    #[test]
    fn a_name_written_from_an_api_path_names_what_the_account_holds() {
        assert_eq!(file_name_words("users_me_apps.json"), ["me", "apps"]);
        assert_eq!(
            file_name_words("users_me_apps_qajaq-frames_models.json"),
            ["me", "apps", "qajaq", "frames", "models"]
        );
        assert_eq!(file_name_words("user-me-history.json"), ["me", "history"]);
        assert_eq!(file_name_words("users_me.json"), ["users", "me"]);
        assert_eq!(file_name_words("users-me.json"), ["users", "me"]);
    }
}
