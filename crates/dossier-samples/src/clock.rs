//! Fixed calendar of the sample: every timestamp is derived from constants here, never from
//! the system clock, so the same seed always yields the same bytes.

/// The moment the company "produced" the export: 2024-03-28T09:00:00Z, in Unix seconds.
pub(crate) const EXPORT_TIME: i64 = 1_711_616_400;

/// Start of the account's history: 2022-01-10T00:00:00Z, in Unix seconds.
pub(crate) const ACCOUNT_START: i64 = 1_641_772_800;

/// Broken-down UTC time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Civil {
    pub(crate) year: i64,
    pub(crate) month: u32,
    pub(crate) day: u32,
    pub(crate) hour: u32,
    pub(crate) minute: u32,
    pub(crate) second: u32,
}

impl Civil {
    /// Converts Unix seconds with Howard Hinnant's days-to-civil algorithm (proleptic Gregorian).
    pub(crate) fn from_unix(secs: i64) -> Civil {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Civil {
            year,
            month,
            day,
            hour: (rem / 3600) as u32,
            minute: (rem % 3600 / 60) as u32,
            second: (rem % 60) as u32,
        }
    }
}

/// `2023-04-05T12:34:56Z`
pub(crate) fn rfc3339(secs: i64) -> String {
    let c = Civil::from_unix(secs);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    )
}

/// `2023-04-05 12:34:56`, the style of spreadsheet-oriented CSV exports.
pub(crate) fn sql_datetime(secs: i64) -> String {
    let c = Civil::from_unix(secs);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    )
}

/// `2023-04-05`
pub(crate) fn date(secs: i64) -> String {
    let c = Civil::from_unix(secs);
    format!("{:04}-{:02}-{:02}", c.year, c.month, c.day)
}

/// `05.04.2023`, the German date style of the legacy applicant-tracking export.
pub(crate) fn german_date(secs: i64) -> String {
    let c = Civil::from_unix(secs);
    format!("{:02}.{:02}.{:04}", c.day, c.month, c.year)
}

/// `2023:04:05 12:34:56`, the EXIF DateTime format.
pub(crate) fn exif_datetime(secs: i64) -> String {
    let c = Civil::from_unix(secs);
    format!(
        "{:04}:{:02}:{:02} {:02}:{:02}:{:02}",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    )
}

/// MS-DOS (date, time) words for zip headers; seconds have two-second resolution.
pub(crate) fn dos_date_time(secs: i64) -> (u16, u16) {
    let c = Civil::from_unix(secs);
    let date = ((c.year - 1980) as u16) << 9 | (c.month as u16) << 5 | c.day as u16;
    let time = (c.hour as u16) << 11 | (c.minute as u16) << 5 | (c.second / 2) as u16;
    (date, time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants_format_correctly() {
        assert_eq!(rfc3339(EXPORT_TIME), "2024-03-28T09:00:00Z");
        assert_eq!(rfc3339(ACCOUNT_START), "2022-01-10T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(exif_datetime(0), "1970:01:01 00:00:00");
        assert_eq!(german_date(EXPORT_TIME), "28.03.2024");
    }
}
