//! The GDELT 2.0 tables: Event ([`write_gdelt_events`]), Mentions ([`write_gdelt_mentions`])
//! and a GKG 2.1-style table ([`write_gkg`]), in GDELT's column order and encodings, so that
//! the scripts that read GDELT's files read these.
//!
//! Like GDELT's own files they are tab-separated, UTF-8, one record per line, without a header
//! row; the column names are in [`EVENT_COLUMNS`], [`MENTION_COLUMNS`] and [`GKG_COLUMNS`] (from
//! the published codebooks). A tab or line break inside a value becomes a space. Columns dyad
//! cannot fill are empty, never invented: tone (`AvgTone`, `MentionDocTone`, `V1.5TONE`),
//! actor geography, latitude and longitude, themes, counts, GCAM, images, amounts, confidence,
//! and the ethnic code of actors.
//!
//! GDELT codes what happened, so events reported as negated or hypothetical are left out of
//! both event tables (they are in the `events` table and PLOVER records, flagged); planned
//! events are kept, as GDELT's coders keep them.

mod actor;
mod events;
mod geo;
mod gkg;
mod mentions;

pub use events::{EVENT_COLUMNS, write_gdelt_events};
pub use gkg::{GKG_COLUMNS, write_gkg};
pub use mentions::{MENTION_COLUMNS, write_gdelt_mentions};

use dyad_core::{PartialDate, Precision};
use std::io::{BufWriter, Write};

/// A tab-separated writer of GDELT records.
pub(crate) struct Tsv<W: Write> {
    out: BufWriter<W>,
}

impl<W: Write> Tsv<W> {
    pub(crate) fn new(out: W) -> Tsv<W> {
        Tsv { out: BufWriter::with_capacity(1 << 16, out) }
    }

    /// Writes one record; tabs and line breaks inside fields become spaces.
    pub(crate) fn record<S: AsRef<str>>(&mut self, fields: &[S]) -> std::io::Result<()> {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b"\t")?;
            }
            let f = f.as_ref();
            if f.contains(['\t', '\n', '\r']) {
                self.out.write_all(flatten(f).as_bytes())?;
            } else {
                self.out.write_all(f.as_bytes())?;
            }
        }
        self.out.write_all(b"\n")
    }

    pub(crate) fn finish(mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// `s` with tabs and line breaks as spaces.
fn flatten(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// `s` with GDELT's delimiters for a list field (`delims`), tabs and line breaks as spaces.
pub(crate) fn field(s: &str, delims: &[char]) -> String {
    s.chars()
        .map(|c| if delims.contains(&c) || matches!(c, '\t' | '\n' | '\r') { ' ' } else { c })
        .collect()
}

/// A date known to the day, from an ISO string.
pub(crate) fn day(iso: Option<&str>) -> Option<PartialDate> {
    iso.and_then(PartialDate::parse_iso).filter(|d| d.precision() == Precision::Day)
}

/// `YYYYMMDD` of a day.
pub(crate) fn sqldate(d: PartialDate) -> String {
    format!(
        "{:04}{:02}{:02}",
        d.year_value(),
        d.month_value().unwrap_or(1),
        d.day_value().unwrap_or(1)
    )
}

/// GDELT's 14-digit timestamp (`YYYYMMDDHHMMSS`) of a publication day, at midnight: dyad
/// keeps publication days, not times.
pub(crate) fn timestamp(d: PartialDate) -> String {
    format!("{}000000", sqldate(d))
}

/// GLOBALEVENTID of a fold key: the key's first 13 hex digits (52 bits), so that it is exact
/// as a float in R and pandas; keys that are not hex are hashed. Store it in a 64-bit integer.
pub(crate) fn event_id(key: &str) -> u64 {
    const MASK: u64 = (1 << 52) - 1;
    key.get(..13)
        .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()))
        .and_then(|h| u64::from_str_radix(h, 16).ok())
        .unwrap_or_else(|| dyad_core::stable_hash(key.as_bytes()) & MASK)
}

/// The host of a URL without `www.` (`nytimes.com`), as GDELT names web sources.
pub(crate) fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_ids_fit_in_a_double() {
        assert_eq!(event_id("04eb1cdfd235f947"), 0x04eb1cdfd235f);
        let id = event_id("not a hex key");
        assert!(id < (1 << 52) && id == event_id("not a hex key"));
        assert!(event_id("ffffffffffffffff") as f64 == 0xfffffffffffffu64 as f64);
    }

    #[test]
    fn hosts_dates_and_fields() {
        assert_eq!(host("https://www.example.org/a/b?c"), Some("example.org"));
        assert_eq!(host("http://user@news.example:8080"), Some("news.example"));
        assert_eq!(host(""), None);
        let d = day(Some("2019-03-12")).unwrap();
        assert_eq!(sqldate(d), "20190312");
        assert_eq!(timestamp(d), "20190312000000");
        assert_eq!(day(Some("2019-03")), None);
        assert_eq!(field("a;b,c\td", &[';', ',']), "a b c d");
    }

    #[test]
    fn records_never_break_lines_or_columns() {
        let mut buf = Vec::new();
        let mut t = Tsv::new(&mut buf);
        t.record(&["a\tb", "c\nd", ""]).unwrap();
        t.finish().unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "a b\tc d\t\n");
    }
}
