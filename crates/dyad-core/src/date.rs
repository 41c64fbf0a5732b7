//! Calendar dates that may be known only to the month or the year.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// How much of a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Only the year.
    Year,
    /// Year and month.
    Month,
    /// Year, month and day.
    Day,
}

impl Precision {
    /// The lowercase name used on the wire (`day`, `month`, `year`).
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A date written as ISO 8601 at its precision: `2018-03-20`, `2018-03` or `2018`.
///
/// Fields are private so that every value is valid: the month is 1–12, and the day exists in
/// that month (leap years included) and is present only with a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    /// A year-only date.
    pub fn year(year: i32) -> PartialDate {
        PartialDate { year, month: None, day: None }
    }

    /// A year-and-month date, `None` when the month is not 1–12.
    pub fn month(year: i32, month: u32) -> Option<PartialDate> {
        (1..=12).contains(&month).then_some(PartialDate {
            year,
            month: Some(month as u8),
            day: None,
        })
    }

    /// A full date, `None` when it does not exist on the calendar.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<PartialDate> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(PartialDate { year, month: Some(month as u8), day: Some(day as u8) })
    }

    /// The year.
    pub fn year_value(&self) -> i32 {
        self.year
    }

    /// The month (1–12) when known.
    pub fn month_value(&self) -> Option<u32> {
        self.month.map(u32::from)
    }

    /// The day of month when known.
    pub fn day_value(&self) -> Option<u32> {
        self.day.map(u32::from)
    }

    /// How much of the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, also accepting a longer ISO timestamp
    /// (`2017-05-11T18:57:00Z`), whose date part is kept.
    pub fn parse_iso(s: &str) -> Option<PartialDate> {
        let s = s.trim();
        let date = s.split(['T', ' ']).next()?;
        let mut parts = date.split('-');
        let year: i32 = parse_digits(parts.next()?, 4)?;
        match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => Some(PartialDate::year(year)),
            (Some(m), None, _) => PartialDate::month(year, parse_digits(m, 2)?),
            (Some(m), Some(d), None) => {
                PartialDate::ymd(year, parse_digits(m, 2)?, parse_digits(d, 2)?)
            }
            _ => None,
        }
    }

    /// Days since 1970-01-01 of the date's first day (for arithmetic and ordering).
    pub fn days_from_epoch(&self) -> i64 {
        days_from_civil(self.year, self.month_value().unwrap_or(1), self.day_value().unwrap_or(1))
    }

    /// The full date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> PartialDate {
        let (y, m, d) = civil_from_days(days);
        PartialDate { year: y, month: Some(m as u8), day: Some(d as u8) }
    }

    /// The day-precision date `n` days after this one (negative `n` goes back); a coarser
    /// date is taken at its first day.
    pub fn add_days(&self, n: i64) -> PartialDate {
        PartialDate::from_days(self.days_from_epoch() + n)
    }

    /// Day of week, 0 = Monday … 6 = Sunday, of the date's first day.
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.days_from_epoch() + 3).rem_euclid(7) as u32
    }
}

fn parse_digits<T: std::str::FromStr>(s: &str, width: usize) -> Option<T> {
    (s.len() == width && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's civil-calendar algorithms (public domain descriptions), proleptic Gregorian.
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PartialDate {
    /// Chronological by first day; at the same first day the coarser date sorts first.
    fn cmp(&self, other: &Self) -> Ordering {
        self.days_from_epoch()
            .cmp(&other.days_from_epoch())
            .then(self.precision().cmp(&other.precision()))
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not an ISO 8601 date: {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_each_precision() {
        for s in ["2018", "2018-03", "2018-03-20"] {
            assert_eq!(PartialDate::parse_iso(s).unwrap().to_string(), s);
        }
        assert_eq!(
            PartialDate::parse_iso("2017-05-11T18:57:00+08:00").unwrap().to_string(),
            "2017-05-11"
        );
        assert!(PartialDate::parse_iso("2018-02-30").is_none());
        assert!(PartialDate::parse_iso("2018-13").is_none());
        assert!(PartialDate::parse_iso("18-03-20").is_none());
        assert!(PartialDate::parse_iso("").is_none());
    }

    #[test]
    fn day_arithmetic_and_weekdays() {
        let d = PartialDate::ymd(2018, 3, 21).unwrap();
        assert_eq!(d.weekday(), 2, "2018-03-21 was a Wednesday");
        assert_eq!(d.add_days(-1).to_string(), "2018-03-20");
        assert_eq!(PartialDate::ymd(2016, 2, 28).unwrap().add_days(1).to_string(), "2016-02-29");
        assert_eq!(PartialDate::ymd(2000, 1, 1).unwrap().add_days(-1).to_string(), "1999-12-31");
        assert_eq!(PartialDate::from_days(0).to_string(), "1970-01-01");
    }

    #[test]
    fn orders_chronologically() {
        let mut v: Vec<_> = ["2018-03-20", "2017", "2018-03", "2017-05-10"]
            .iter()
            .map(|s| PartialDate::parse_iso(s).unwrap())
            .collect();
        v.sort();
        let s: Vec<_> = v.iter().map(ToString::to_string).collect();
        assert_eq!(s, ["2017", "2017-05-10", "2018-03", "2018-03-20"]);
    }
}
