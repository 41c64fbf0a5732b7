//! Reading absolute dates as pages and feeds write them: ISO 8601, RFC 822, `11 May 2017`,
//! `May 11, 2017`, `Thursday, 11 May, 2017, 6:57pm`, `21/03/2018`, `2017/05/11`.

use crate::PartialDate;

/// English weekday names in lower case, Monday first (ISO order).
pub const WEEKDAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// English month names and their common abbreviations, 1-based (`("sept", 9)`).
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// The month number of an English month name or abbreviation (any case, trailing `.` allowed).
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 || w.len() > 9 {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    MONTHS.iter().find(|(n, _)| *n == lower).map(|&(_, m)| m)
}

impl PartialDate {
    /// Reads the first absolute date in `s`, as pages write them. Numeric day/month order is
    /// day first (`21/03/2018`) unless only month-first makes sense (`03/21/2018`) or the year
    /// comes first (`2018/03/21`). Returns `None` when no complete date is found; a lone year is
    /// not taken (too many numbers look like years).
    pub fn parse_text(s: &str) -> Option<PartialDate> {
        if let Some(d) = PartialDate::parse_iso(s).filter(|d| d.month_value().is_some()) {
            return Some(d);
        }
        let words: Vec<&str> = s
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .take(40)
            .collect();
        for (i, w) in words.iter().enumerate() {
            if let Some(d) = numeric_date(w) {
                return Some(d);
            }
            if let Some(d) = w.get(..10).and_then(PartialDate::parse_iso) {
                return Some(d);
            }
            let Some(month) = month_number(w) else { continue };
            let prev = i.checked_sub(1).and_then(|j| words.get(j)).and_then(|w| day_number(w));
            let next = words.get(i + 1).and_then(|w| day_number(w));
            let year_after = |k: usize| words.get(k).and_then(|w| year_number(w));
            // `11 May 2017`
            if let (Some(day), Some(year)) = (prev, year_after(i + 1))
                && let Some(d) = PartialDate::ymd(year, month, day)
            {
                return Some(d);
            }
            // `May 11, 2017`
            if let (Some(day), Some(year)) = (next, year_after(i + 2))
                && let Some(d) = PartialDate::ymd(year, month, day)
            {
                return Some(d);
            }
            // `May 2017`
            if let Some(year) = year_after(i + 1) {
                return PartialDate::month(year, month);
            }
        }
        None
    }
}

fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    (digits.len() <= 2 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year_number(w: &str) -> Option<i32> {
    let w = w.trim_end_matches(['.', ';', ')']);
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1800..=2200).contains(y))
}

/// `21/03/2018`, `21.03.2018`, `03/21/2018`, `2018/03/21`, `21-03-2018`.
fn numeric_date(w: &str) -> Option<PartialDate> {
    let w = w.trim_end_matches(['.', ';', ')']);
    let sep = w.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = w.split(sep).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    let (a, b, c): (u32, u32, u32) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
    if parts[0].len() == 4 {
        return PartialDate::ymd(a as i32, b, c);
    }
    if parts[2].len() != 4 {
        return None;
    }
    let year = c as i32;
    PartialDate::ymd(year, b, a).or_else(|| PartialDate::ymd(year, a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<String> {
        PartialDate::parse_text(s).map(|d| d.to_string())
    }

    #[test]
    fn reads_the_forms_pages_use() {
        assert_eq!(p("PUBLISHED : Thursday, 11 May, 2017, 6:57pm").as_deref(), Some("2017-05-11"));
        assert_eq!(p("Published on 21/03/2018").as_deref(), Some("2018-03-21"));
        assert_eq!(p("03/21/2018").as_deref(), Some("2018-03-21"));
        assert_eq!(p("2018/03/21").as_deref(), Some("2018-03-21"));
        assert_eq!(p("Thu, 11 May 2017 18:57:00 +0800").as_deref(), Some("2017-05-11"));
        assert_eq!(p("May 11, 2017").as_deref(), Some("2017-05-11"));
        assert_eq!(p("2017-05-11T18:57:00Z").as_deref(), Some("2017-05-11"));
        assert_eq!(p("Updated March 2019").as_deref(), Some("2019-03"));
        assert_eq!(p("3rd June 2019").as_deref(), Some("2019-06-03"));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        assert_eq!(p("no date here"), None);
        assert_eq!(p("31/02/2018"), None);
        assert_eq!(p("In 2018 he left"), None);
        assert_eq!(p("may be at an all-time low"), None);
        assert_eq!(p(""), None);
    }
}
