//! Splits a key path such as `user.loginIP`, `e_mail`, `device-id` or `GPSLatitude` into
//! lowercase tokens (`user login ip`, `e mail`, `device id`, `gps latitude`), so rules match
//! whole words: `loginIp` holds the token `ip`, `ipsum` does not.

pub fn key_tokens(key: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    for word in key.split(|c: char| !c.is_alphanumeric()) {
        let chars: Vec<char> = word.chars().collect();
        let mut current = String::new();
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            let boundary = match prev {
                None => false,
                Some(p) => {
                    // fooBar, and FOOBar split before the last capital of a run; digits stay
                    // with their word (`last4`, `ipv6`).
                    (p.is_lowercase() && c.is_uppercase())
                        || (p.is_uppercase()
                            && c.is_uppercase()
                            && next.is_some_and(char::is_lowercase))
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
    tokens
}

#[cfg(test)]
mod tests {
    use super::key_tokens;

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
    }
}
