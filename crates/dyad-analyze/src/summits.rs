//! Recurring international summits (G20, G7, NATO, APEC, BRICS, SCO): when and where each
//! edition was held, from `data/summit_series.tsv` and `data/summits.tsv`, so that the time
//! layer can date `the G20 summit in Buenos Aires` or `a Group of 20 summit in Hamburg`.

use crate::kb::name_tokens;
use crate::{Error, Result};
use dyad_core::PartialDate;

const SERIES: &str = include_str!("../data/summit_series.tsv");
const EDITIONS: &str = include_str!("../data/summits.tsv");

/// One edition of a summit series.
#[derive(Debug, Clone, PartialEq)]
pub struct Summit {
    /// The series key (`G20`).
    pub series: String,
    /// First day.
    pub start: PartialDate,
    /// Last day.
    pub end: PartialDate,
    /// Host country (alpha-3).
    pub country: String,
    /// Lower-cased tokens of each name of the host city or venue.
    pub(crate) places: Vec<Vec<String>>,
}

/// The summit tables: series names and editions.
#[derive(Debug, Clone, Default)]
pub struct Summits {
    /// `(series key, lower-cased tokens of one of its names)`, longest names first.
    names: Vec<(String, Vec<String>)>,
    /// Editions in table order.
    editions: Vec<Summit>,
}

impl Summits {
    /// The tables shipped with dyad.
    pub fn embedded() -> Result<Summits> {
        Summits::parse(("summit_series.tsv", SERIES), ("summits.tsv", EDITIONS))
    }

    /// Parses a series table (`series`, `names`) and an editions table (`series`, `start`,
    /// `end`, `city`, `country`); each is `(name for errors, contents)`.
    pub fn parse(series: (&str, &str), editions: (&str, &str)) -> Result<Summits> {
        let bad = |file: &str, line: usize, reason: String| Error::Lexicon {
            file: file.to_owned(),
            line: line + 1,
            reason,
        };
        let mut out = Summits::default();
        for (n, line) in rows(series.1) {
            let f: Vec<&str> = line.split('\t').collect();
            let [key, names] = f.as_slice() else {
                return Err(bad(series.0, n, format!("{} fields, expected 2", f.len())));
            };
            for name in names.split('|').filter(|s| !s.trim().is_empty()) {
                out.names.push(((*key).to_owned(), name_tokens(name)));
            }
        }
        out.names.sort_by_key(|(_, t)| std::cmp::Reverse(t.len()));
        for (n, line) in rows(editions.1) {
            let f: Vec<&str> = line.split('\t').collect();
            let [key, start, end, city, country] = f.as_slice() else {
                return Err(bad(editions.0, n, format!("{} fields, expected 5", f.len())));
            };
            if !out.names.iter().any(|(k, _)| k == key) {
                return Err(bad(editions.0, n, format!("unknown series {key:?}")));
            }
            let day = |s: &str| {
                PartialDate::parse_iso(s)
                    .filter(|d| d.day_value().is_some())
                    .ok_or_else(|| bad(editions.0, n, format!("{s:?} is not a YYYY-MM-DD date")))
            };
            let (start, end) = (day(start)?, day(end)?);
            if end < start {
                return Err(bad(editions.0, n, "ends before it starts".into()));
            }
            out.editions.push(Summit {
                series: (*key).to_owned(),
                start,
                end,
                country: (*country).to_owned(),
                places: city.split('|').map(name_tokens).collect(),
            });
        }
        Ok(out)
    }

    /// The series named at word `i` of `words` (lower-cased tokens): its key and how many
    /// words the name takes.
    pub(crate) fn series_at(&self, words: &[String], i: usize) -> Option<(&str, usize)> {
        self.names.iter().find_map(|(key, name)| {
            let w = words.get(i..i + name.len())?;
            (w == name.as_slice()).then_some((key.as_str(), name.len()))
        })
    }

    /// The editions of a series.
    pub(crate) fn editions<'a>(&'a self, series: &'a str) -> impl Iterator<Item = &'a Summit> {
        self.editions.iter().filter(move |s| s.series == series)
    }
}

/// The data rows of a table: not blank, not a `#` comment, not the header.
fn rows(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !(l.trim().is_empty() || l.starts_with('#') || l.starts_with("series\t")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse_and_rows_are_checked() {
        let s = Summits::embedded().expect("embedded summit tables");
        let words: Vec<String> = ["the", "group", "of", "20", "summit"].map(String::from).into();
        assert_eq!(s.series_at(&words, 1), Some(("G20", 3)));
        let buenos_aires = s.editions("G20").find(|e| e.country == "ARG").expect("G20 2018");
        assert_eq!(buenos_aires.start.to_string(), "2018-11-30");
        assert_eq!(buenos_aires.end.to_string(), "2018-12-01");
        assert!(s.editions("G7").all(|e| e.start.year_value() >= 2014));
        let series = ("s", "G20\tG20\n");
        assert!(Summits::parse(series, ("e", "G21\t2018-01-01\t2018-01-02\tX\tARG\n")).is_err());
        assert!(Summits::parse(series, ("e", "G20\t2018-01\t2018-01-02\tX\tARG\n")).is_err());
        assert!(Summits::parse(series, ("e", "G20\t2018-01-03\t2018-01-02\tX\tARG\n")).is_err());
        assert!(Summits::parse(series, ("e", "G20\t2018-01-01\t2018-01-02\tX\n")).is_err());
    }
}
