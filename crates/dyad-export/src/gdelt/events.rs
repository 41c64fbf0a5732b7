//! The GDELT 2.0 Event table: one record per real-world event (one fold key), 61 columns.
//!
//! | columns | dyad fills them with |
//! |---|---|
//! | `GLOBALEVENTID` | the fold key's first 52 bits, an integer (store it as 64-bit) |
//! | `SQLDATE`, `MonthYear`, `Year`, `FractionDate` | the event's date as far as dyad resolved it (a month fills only `MonthYear` and `Year`, a year only `Year`); an undated event takes the first report's publication day, as GDELT dates events by their article; `FractionDate` is `YYYY + ((MM - 1) * 30 + DD) / 365` with 4 decimals, as GDELT computes it |
//! | `Actor1*`, `Actor2*` | source and target: the CAMEO code, the canonical name in capitals (as GDELT writes names), the code split into country, known group, religion and type codes (`EthnicCode` empty) |
//! | `IsRootEvent` | 1 when a report is its article's lead sentence |
//! | `EventCode`, `EventBaseCode`, `EventRootCode` | the CAMEO code and its three- and two-digit prefixes |
//! | `QuadClass`, `GoldsteinScale` | from the CAMEO code |
//! | `NumMentions`, `NumSources`, `NumArticles` | reports of the event, distinct outlets, distinct articles (syndicated copies count: they are articles) |
//! | `AvgTone` | empty: dyad computes no tone |
//! | `Actor1Geo_*`, `Actor2Geo_*` | empty: dyad does not place actors |
//! | `ActionGeo_*` | the event's location (see the geography notes of this module's parent) |
//! | `DATEADDED` | the earliest report's publication day at 00:00:00 (dyad keeps days, not capture times) |
//! | `SOURCEURL` | the first report's URL |
//!
//! The first report is the earliest published (then by article id and position). Only reports
//! that are neither negated nor hypothetical count.

use super::geo::Places;
use super::{Tsv, actor, day, event_id, sqldate, timestamp};
use crate::Result;
use crate::stream::{Progress, drive};
use dyad_core::PartialDate;
use dyad_store::{ActorRef, Catalog, EventOrder, EventReport, Filter};
use std::cmp::Ordering;
use std::io::Write;

/// The 61 columns of the GDELT 2.0 Event table, in order (GDELT Event Codebook V2.0).
pub const EVENT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Whether GDELT would code this report: not negated, not hypothetical.
pub(crate) fn factual(r: &EventReport) -> bool {
    !r.event.negated && !r.event.hypothetical
}

/// Writes the GDELT 2.0 Event table of the events matching `filter` (the filters of `dyad
/// events`) to `out`, in `GLOBALEVENTID` order; returns the records written. `progress` is
/// told how many records were written since its last call.
pub fn write_gdelt_events<W: Write>(
    catalog: &dyn Catalog,
    filter: &Filter,
    out: W,
    progress: &mut dyn FnMut(u64),
) -> Result<u64> {
    let mut tsv = Tsv::new(out);
    let mut places = Places::new(catalog);
    let mut count = Progress::new(progress);
    // Reports come grouped by fold key; one group (one event) is held at a time.
    let mut group: Vec<EventReport> = Vec::new();
    drive(
        |each| catalog.each_event(filter, EventOrder::Fold, each),
        |r| {
            if !factual(&r) {
                return Ok(());
            }
            if group.last().is_some_and(|g| g.event.key != r.event.key) {
                tsv.record(&record(&group, &mut places)?)?;
                count.row();
                group.clear();
            }
            group.push(r);
            Ok(())
        },
    )?;
    if !group.is_empty() {
        tsv.record(&record(&group, &mut places)?)?;
        count.row();
    }
    tsv.finish()?;
    Ok(count.finish())
}

/// Earliest published first, undated last; then by article and position.
fn first_order(a: &EventReport, b: &EventReport) -> Ordering {
    let published = |r: &EventReport| (r.event.published.is_none(), r.event.published.clone());
    published(a)
        .cmp(&published(b))
        .then_with(|| a.event.article.cmp(&b.event.article))
        .then_with(|| a.event.sentence_span.cmp(&b.event.sentence_span))
}

/// The ten actor fields of one side.
fn actor_fields(a: Option<&ActorRef>) -> [String; 10] {
    let Some(a) = a else { return Default::default() };
    let code = actor::normalize(a.actor_code.as_deref().unwrap_or(""));
    let f = actor::split(&code);
    [
        code.clone(),
        a.name.to_uppercase(),
        f.country.to_owned(),
        f.known_group.to_owned(),
        String::new(),
        f.religions[0].to_owned(),
        f.religions[1].to_owned(),
        f.types[0].to_owned(),
        f.types[1].to_owned(),
        f.types[2].to_owned(),
    ]
}

/// GDELT's date columns (`SQLDATE`, `MonthYear`, `Year`, `FractionDate`) of a date: all four
/// for a day, `MonthYear` and `Year` for a month, `Year` for a year.
fn date_fields(d: Option<PartialDate>) -> [String; 4] {
    let Some(d) = d else { return Default::default() };
    let y = d.year_value();
    match (d.month_value(), d.day_value()) {
        (Some(m), Some(dd)) => {
            let fraction = f64::from(y) + f64::from((m - 1) * 30 + dd) / 365.0;
            [sqldate(d), format!("{y:04}{m:02}"), format!("{y:04}"), format!("{fraction:.4}")]
        }
        (Some(m), None) => {
            [String::new(), format!("{y:04}{m:02}"), format!("{y:04}"), String::new()]
        }
        _ => [String::new(), String::new(), format!("{y:04}"), String::new()],
    }
}

/// The record of one event from its (non-empty) group of reports.
fn record(group: &[EventReport], places: &mut Places<'_>) -> Result<Vec<String>> {
    let Some(first) = group.iter().min_by(|a, b| first_order(a, b)) else {
        return Ok(Vec::new());
    };
    let e = &first.event;
    let mut articles: Vec<&str> = group.iter().map(|r| r.event.article.as_str()).collect();
    articles.sort_unstable();
    articles.dedup();
    let mut sources: Vec<&str> = group
        .iter()
        .map(|r| r.event.outlet.as_deref().unwrap_or(r.event.article.as_str()))
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let root = group.iter().any(|r| r.event.sentence_span[0] == 0);
    let added = group.iter().filter_map(|r| day(r.event.published.as_deref())).min();
    // The event's own date, however partial; undated events take their report's day.
    let when =
        e.date.as_deref().and_then(PartialDate::parse_iso).or_else(|| day(e.published.as_deref()));
    let cameo = e.cameo.as_str();
    let mut f = Vec::with_capacity(EVENT_COLUMNS.len());
    f.push(event_id(&e.key).to_string());
    f.extend(date_fields(when));
    f.extend(actor_fields(e.source.as_ref()));
    f.extend(actor_fields(e.target.as_ref()));
    f.push(if root { "1" } else { "0" }.to_owned());
    f.push(cameo.to_owned());
    f.push(cameo.get(..3).unwrap_or(cameo).to_owned());
    f.push(cameo.get(..2).unwrap_or(cameo).to_owned());
    f.push(e.quad_class.to_string());
    f.push(e.goldstein.map_or_else(String::new, |g| format!("{g:.1}")));
    f.push(group.len().to_string());
    f.push(sources.len().to_string());
    f.push(articles.len().to_string());
    f.push(String::new()); // AvgTone
    f.extend(<[String; 16]>::default()); // Actor1Geo_*, Actor2Geo_*
    f.extend(places.fields(e.location.as_deref())?);
    f.push(added.map_or_else(String::new, timestamp));
    f.push(first.url.clone().unwrap_or_default());
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fraction_date_follows_gdelt() {
        let d = PartialDate::ymd(2015, 2, 18).unwrap();
        assert_eq!(date_fields(Some(d)), ["20150218", "201502", "2015", "2015.1315"]);
        assert_eq!(date_fields(None), <[String; 4]>::default());
        let june = PartialDate::month(2019, 6);
        assert_eq!(date_fields(june), ["", "201906", "2019", ""]);
        assert_eq!(date_fields(Some(PartialDate::year(2019))), ["", "", "2019", ""]);
    }

    #[test]
    fn actors_in_capitals_with_split_codes() {
        let a = ActorRef {
            name: "Dmitry Peskov".into(),
            entity: Some("person/dmitry_peskov".into()),
            actor_code: Some("RUSGOV".into()),
        };
        let f = actor_fields(Some(&a));
        assert_eq!(f[..3], ["RUSGOV", "DMITRY PESKOV", "RUS"]);
        assert_eq!(f[7], "GOV");
        assert_eq!(actor_fields(None), <[String; 10]>::default());
    }
}
