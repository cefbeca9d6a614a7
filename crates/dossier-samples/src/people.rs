//! Invented people: the account holder and their collaborators.
//!
//! No real person's data: names are common given names paired freely, e-mail domains are the
//! reserved example.com/.org/.net, phone numbers come from ranges set aside for fiction
//! (UK "drama" numbers +44 20 7946 0xxx, North American 555-01xx) and streets are placeholder
//! names ("Musterstraße", "Calle Ejemplo"). The account holder's name is always Latin-1
//! encodable because it also appears in the deliberately Latin-1 job-application CSV.

use crate::rng::Rng;

/// (first name, last name, ASCII first, ASCII last): all Latin-1, all with diacritics.
const HOLDER_NAMES: &[(&str, &str, &str, &str)] = &[
    ("Zoë", "Ågren", "zoe", "agren"),
    ("José", "Núñez", "jose", "nunez"),
    ("Jürgen", "Müller", "juergen", "mueller"),
    ("Renée", "Lefèvre", "renee", "lefevre"),
    ("Søren", "Bækgaard", "soren", "baekgaard"),
    ("Inês", "Conceição", "ines", "conceicao"),
    ("Björn", "Öberg", "bjorn", "oberg"),
    ("Maëlle", "Dupré", "maelle", "dupre"),
];

/// (display name, e-mail local part): any script, as collaborators sign up worldwide.
const COLLABORATOR_NAMES: &[(&str, &str)] = &[
    ("Radosław Żółć", "radoslaw.zolc"),
    ("Łucja Wiśniewska", "lucja.w"),
    ("王小明", "xiaoming.wang"),
    ("佐藤 花子", "hanako.sato"),
    ("김민준", "minjun.kim"),
    ("Nguyễn Thị Hương", "huong.nguyen"),
    ("Ólafur Jónsson", "olafur.jonsson"),
    ("Ana-María Ortíz", "anamaria.ortiz"),
    ("Zoë Ågren", "zoe.agren"),
    ("José Núñez", "jnunez"),
];

/// Employers with Latin-1 letters, so the Latin-1 CSV always carries non-ASCII text.
const EMPLOYERS: &[&str] = &[
    "Café Müller Röstwerk GmbH",
    "Bäckerei Östlund AB",
    "Crème & Côte SARL",
    "Señal Visión S.L.",
];

pub(crate) const EMAIL_DOMAINS: &[&str] = &["example.com", "example.org", "example.net"];

/// A home city: placeholder street, real city centre coordinates (not anyone's address).
#[derive(Debug, Clone, Copy)]
pub(crate) struct City {
    pub(crate) name: &'static str,
    pub(crate) country: &'static str,
    pub(crate) postal_code: &'static str,
    pub(crate) street: &'static str,
    /// Latitude and longitude in millionths of a degree.
    pub(crate) lat_e6: i64,
    pub(crate) lng_e6: i64,
}

const CITIES: &[City] = &[
    City {
        name: "München",
        country: "DE",
        postal_code: "80331",
        street: "Musterstraße",
        lat_e6: 48_137_154,
        lng_e6: 11_576_124,
    },
    City {
        name: "Köln",
        country: "DE",
        postal_code: "50667",
        street: "Beispielweg",
        lat_e6: 50_937_531,
        lng_e6: 6_960_279,
    },
    City {
        name: "Zürich",
        country: "CH",
        postal_code: "8001",
        street: "Mustergasse",
        lat_e6: 47_376_887,
        lng_e6: 8_541_694,
    },
    City {
        name: "Lyon",
        country: "FR",
        postal_code: "69002",
        street: "Rue de l'Exemple",
        lat_e6: 45_764_043,
        lng_e6: 4_835_659,
    },
    City {
        name: "Sevilla",
        country: "ES",
        postal_code: "41004",
        street: "Calle Ejemplo",
        lat_e6: 37_389_092,
        lng_e6: -5_984_459,
    },
    City {
        name: "Malmö",
        country: "SE",
        postal_code: "211 22",
        street: "Exempelgatan",
        lat_e6: 55_604_981,
        lng_e6: 13_003_822,
    },
];

#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub(crate) user_id: String,
    pub(crate) username: String,
    pub(crate) first_name: &'static str,
    pub(crate) last_name: &'static str,
    pub(crate) email: String,
    pub(crate) phone: String,
    pub(crate) date_of_birth: String,
    pub(crate) company: &'static str,
    pub(crate) house_number: u64,
    pub(crate) city: City,
}

impl Person {
    pub(crate) fn account_holder(seed: u64) -> Person {
        let mut rng = Rng::derive(seed, "account-holder", 0);
        let (first_name, last_name, ascii_first, ascii_last) = rng.pick(HOLDER_NAMES);
        let city = rng.pick(CITIES);
        let birth_year = rng.range(1968, 2001);
        Person {
            user_id: rng.hex(24),
            username: format!("{ascii_first}_{ascii_last}{}", rng.range(1, 99)),
            first_name,
            last_name,
            email: format!("{ascii_first}.{ascii_last}@example.com"),
            phone: drama_phone(&mut rng),
            date_of_birth: format!(
                "{birth_year}-{:02}-{:02}",
                rng.range(1, 12),
                rng.range(1, 28)
            ),
            company: rng.pick(EMPLOYERS),
            house_number: rng.range(1, 120),
            city,
        }
    }

    pub(crate) fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }

    pub(crate) fn street_line(&self) -> String {
        format!("{} {}", self.city.street, self.house_number)
    }
}

/// A UK number from Ofcom's range reserved for TV and radio drama.
pub(crate) fn drama_phone(rng: &mut Rng) -> String {
    format!("+44 20 7946 0{:03}", rng.below(1000))
}

/// A North American number from the 555-0100..555-0199 range reserved for fiction.
pub(crate) fn fictional_us_phone(rng: &mut Rng) -> String {
    format!(
        "+1 {}-555-01{:02}",
        rng.pick(&[202, 312, 415, 617]),
        rng.below(100)
    )
}

#[derive(Debug, Clone)]
pub(crate) struct Collaborator {
    pub(crate) user_id: String,
    pub(crate) name: &'static str,
    pub(crate) email: String,
    pub(crate) phone: String,
}

/// `count` distinct collaborators (at most the size of the name pool).
pub(crate) fn collaborators(seed: u64, count: usize) -> Vec<Collaborator> {
    let mut rng = Rng::derive(seed, "collaborators", 0);
    let mut pool: Vec<&(&str, &str)> = COLLABORATOR_NAMES.iter().collect();
    // Fisher–Yates with the seeded stream, then take the first `count`.
    for i in (1..pool.len()).rev() {
        pool.swap(i, rng.below(i as u64 + 1) as usize);
    }
    pool.into_iter()
        .take(count)
        .map(|&(name, local)| Collaborator {
            user_id: rng.hex(24),
            name,
            email: format!("{local}@{}", rng.pick(EMAIL_DOMAINS)),
            phone: if rng.chance(0.5) {
                drama_phone(&mut rng)
            } else {
                fictional_us_phone(&mut rng)
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holder_names_and_employers_are_latin1() {
        let latin1 = |s: &str| s.chars().all(|c| u32::from(c) <= 0xff);
        for (first, last, ..) in HOLDER_NAMES {
            assert!(latin1(first) && latin1(last), "{first} {last}");
        }
        for employer in EMPLOYERS {
            assert!(latin1(employer) && !employer.is_ascii(), "{employer}");
        }
        for city in CITIES {
            assert!(latin1(city.name) && latin1(city.street), "{}", city.name);
        }
    }

    #[test]
    fn phones_use_fictional_ranges() {
        let mut rng = Rng::derive(3, "phones", 0);
        assert!(drama_phone(&mut rng).starts_with("+44 20 7946 0"));
        assert!(fictional_us_phone(&mut rng).contains("-555-01"));
    }
}
