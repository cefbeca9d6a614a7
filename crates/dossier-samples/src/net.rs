//! Network identities from address blocks reserved for documentation (RFC 5737, RFC 3849)
//! and plausible user agents.

use crate::rng::Rng;

/// TEST-NET-1, TEST-NET-2 and TEST-NET-3 prefixes (RFC 5737).
const IPV4_NETS: &[&str] = &["192.0.2", "198.51.100", "203.0.113"];

pub(crate) fn ipv4(rng: &mut Rng) -> String {
    format!("{}.{}", rng.pick(IPV4_NETS), rng.range(1, 254))
}

/// An address inside 2001:db8::/32 (RFC 3849).
pub(crate) fn ipv6(rng: &mut Rng) -> String {
    format!(
        "2001:db8:{:x}:{:x}::{:x}",
        rng.below(0x1_0000),
        rng.below(0x1_0000),
        rng.range(1, 0xffff)
    )
}

/// Mostly IPv4, sometimes IPv6, as a dual-stack login history looks.
pub(crate) fn ip(rng: &mut Rng) -> String {
    if rng.chance(0.3) {
        ipv6(rng)
    } else {
        ipv4(rng)
    }
}

/// A device the account holder uses: platform name and its user agent.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Device {
    pub(crate) platform: &'static str,
    pub(crate) user_agent: &'static str,
}

pub(crate) const DEVICES: &[Device] = &[
    Device {
        platform: "macOS",
        user_agent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    },
    Device {
        platform: "Windows",
        user_agent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    },
    Device {
        platform: "Linux",
        user_agent: "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    },
    Device {
        platform: "iOS",
        user_agent: "Clarifai/4.2.1 (iPhone14,5; iOS 17.3.1; Scale/3.00)",
    },
    Device {
        platform: "Android",
        user_agent: "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::IpAddr;

    #[test]
    fn addresses_stay_in_documentation_ranges() {
        let mut rng = Rng::derive(9, "ips", 0);
        for _ in 0..200 {
            match ip(&mut rng).parse::<IpAddr>().unwrap() {
                IpAddr::V4(v4) => {
                    let [a, b, c, _] = v4.octets();
                    assert!(matches!(
                        (a, b, c),
                        (192, 0, 2) | (198, 51, 100) | (203, 0, 113)
                    ));
                }
                IpAddr::V6(v6) => assert_eq!(&v6.segments()[..2], &[0x2001, 0xdb8]),
            }
        }
    }
}
