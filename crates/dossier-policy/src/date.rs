//! Calendar dates as pack files write them (`YYYY-MM-DD`), and today's date.
//!
//! A pack needs dates for two things only: when the policy took effect and when a note's sources
//! were last read. Neither needs times or time zones, so this is a plain proleptic Gregorian date
//! rather than a dependency on a date-time library.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// A day of the calendar. Ordered, so that "older than" is a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

/// A text that is not a `YYYY-MM-DD` date of the calendar.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date; write it as YYYY-MM-DD, e.g. 2026-12-02")]
pub struct NotADate(pub String);

impl CalendarDate {
    /// The date, if `month` and `day` exist in `year` (29 February only in leap years).
    pub fn new(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
        ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
            .then_some(CalendarDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, with exactly four, two and two digits.
    pub fn parse(text: &str) -> Result<CalendarDate, NotADate> {
        let fail = || NotADate(text.to_owned());
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(fail());
        };
        let digits = |s: &str, len: usize| {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse::<u32>().ok()
            } else {
                None
            }
        };
        let (Some(y), Some(m), Some(d)) = (digits(y, 4), digits(m, 2), digits(d, 2)) else {
            return Err(fail());
        };
        let (Ok(y), Ok(m), Ok(d)) = (i32::try_from(y), u8::try_from(m), u8::try_from(d)) else {
            return Err(fail());
        };
        CalendarDate::new(y, m, d).ok_or_else(fail)
    }

    /// Today in UTC, from the system clock. Pack checks take the date as an argument instead of
    /// calling this, so that what they report does not depend on when a test runs.
    pub fn today() -> CalendarDate {
        let seconds = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let days = i64::try_from(seconds / 86_400).unwrap_or(i64::MAX);
        CalendarDate::from_days_since_epoch(days)
    }

    /// The same day `years` later; 29 February becomes 28 February in a year without one.
    pub fn plus_years(self, years: i32) -> CalendarDate {
        let year = self.year.saturating_add(years);
        let day = self.day.min(days_in_month(year, self.month));
        CalendarDate {
            year,
            month: self.month,
            day,
        }
    }

    /// The day as people write it in a letter, unambiguous in any country: `28 February 2026`.
    pub fn long_form(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        format!(
            "{} {} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }

    /// The same day `months` later; a day the later month lacks becomes its last day (31 January
    /// plus one month is 28 or 29 February), as deadlines "one month from receipt" are read.
    pub fn plus_months(self, months: u32) -> CalendarDate {
        let index = i64::from(self.month) - 1 + i64::from(months);
        let year = self
            .year
            .saturating_add(i32::try_from(index / 12).unwrap_or(i32::MAX));
        let month = u8::try_from(index % 12 + 1).unwrap_or(12);
        CalendarDate {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// The date `days` calendar days later.
    pub fn plus_days(self, days: u32) -> CalendarDate {
        let mut date = self;
        let mut rest = days;
        while rest > 0 {
            let left_in_month = u32::from(days_in_month(date.year, date.month) - date.day);
            if rest <= left_in_month {
                // `rest` fits in the month, so the sum is a day of it.
                date.day += u8::try_from(rest).unwrap_or(0);
                break;
            }
            rest -= left_in_month + 1;
            date = CalendarDate {
                year: date.year + i32::from(date.month == 12),
                month: date.month % 12 + 1,
                day: 1,
            };
        }
        date
    }

    /// The date `days` after 1970-01-01, counted a year and then a month at a time: the clock
    /// is read once per command, so clarity beats a closed formula here.
    fn from_days_since_epoch(days: i64) -> CalendarDate {
        let mut rest = days.max(0);
        let mut year = 1970;
        loop {
            let length = if is_leap_year(year) { 366 } else { 365 };
            if rest < length {
                break;
            }
            rest -= length;
            year += 1;
        }
        let mut month = 1;
        while rest >= i64::from(days_in_month(year, month)) {
            rest -= i64::from(days_in_month(year, month));
            month += 1;
        }
        // `rest` is now less than the length of `month`, so it fits a day of the month.
        let day = u8::try_from(rest + 1).unwrap_or(1);
        CalendarDate { year, month, day }
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// In JSON a date is the text a pack file writes: `"2026-12-02"`.
impl serde::Serialize for CalendarDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> CalendarDate {
        CalendarDate::parse(text).unwrap()
    }

    #[test]
    fn dates_are_written_yyyy_mm_dd_and_must_exist() {
        assert_eq!(date("2021-10-13").to_string(), "2021-10-13");
        assert!(CalendarDate::parse("2024-02-29").is_ok());
        for bad in [
            "2023-02-29",
            "2021-13-01",
            "2021-04-31",
            "2021-1-01",
            "October 13, 2021",
            "2021-10-13-01",
            "",
        ] {
            assert_eq!(CalendarDate::parse(bad), Err(NotADate(bad.to_owned())));
        }
    }

    #[test]
    fn dates_order_by_day() {
        assert!(date("2025-12-31") < date("2026-01-01"));
        assert!(date("2026-02-01") > date("2026-01-31"));
    }

    #[test]
    fn a_year_later_keeps_the_day_or_ends_february() {
        assert_eq!(date("2025-12-02").plus_years(1), date("2026-12-02"));
        assert_eq!(date("2024-02-29").plus_years(1), date("2025-02-28"));
    }

    #[test]
    fn a_month_later_ends_the_shorter_month_and_days_count_on() {
        assert_eq!(date("2026-01-31").plus_months(1), date("2026-02-28"));
        assert_eq!(date("2028-01-31").plus_months(1), date("2028-02-29"));
        assert_eq!(date("2026-12-15").plus_months(1), date("2027-01-15"));
        assert_eq!(date("2026-03-31").plus_months(1), date("2026-04-30"));
        assert_eq!(date("2026-12-02").plus_days(45), date("2027-01-16"));
        assert_eq!(date("2028-02-15").plus_days(45), date("2028-03-31"));
        assert_eq!(date("2026-01-31").plus_days(0), date("2026-01-31"));
        assert_eq!(date("2026-12-31").plus_days(1), date("2027-01-01"));
        assert_eq!(date("2026-02-08").long_form(), "8 February 2026");
    }

    #[test]
    fn days_since_the_epoch_become_calendar_days() {
        assert_eq!(CalendarDate::from_days_since_epoch(0), date("1970-01-01"));
        assert_eq!(
            CalendarDate::from_days_since_epoch(19_782),
            date("2024-02-29")
        );
        assert_eq!(
            CalendarDate::from_days_since_epoch(20_789),
            date("2026-12-02")
        );
        assert!(CalendarDate::today() > date("2026-01-01"));
    }
}
