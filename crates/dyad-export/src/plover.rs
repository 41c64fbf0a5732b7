//! PLOVER records: one JSON object per event report, one per line, with the field names of the
//! PLOVER specification (PLOVER manual 2.0, "Data Fields").
//!
//! ```json
//! {"id": "…", "date": "2018-03-20",
//!  "actor": [{"code": "USA", "sector": "GOV", "entity_text": "Trump",
//!             "identifier_id": "person/donald_trump", "identifier_text": "Donald Trump"}],
//!  "recipient": [{"code": "RUS", "sector": "GOV", …}],
//!  "event": ["CONSULT"], "event_text": ["phoned"], "mode": ["phone"], "context": ["diplomatic"],
//!  "quad_code": 1, "event_loc": {"extracted_place": "Moscow", "resolved_place": "Moscow", "country_code": "RUS"},
//!  "link": "<fold key>", "text": "<the sentence>",
//!  "text_info": {"sequence": 1, "start": 0, "end": 131},
//!  "cite_info": {"citation": "<article id>", "url": "…", "title": "…", "language": "en", "publication": "<outlet>"},
//!  "coder": "dyad 0.1.0",
//!  "dyad": {"article": "…", "cameo": "041", "goldstein": 1.0, "date": "2018-03-20", "date_precision": "day",
//!           "negated": false, "hypothetical": false, "future": false, "reported_by": null}}
//! ```
//!
//! - `date` is the event's day; an event dyad could not date takes its article's publication
//!   day (as PLOVER data sets date events by their story). An event dated only to a month or a
//!   year has `date: null`: dyad's own, possibly partial, date is always in `dyad.date`.
//! - `actor` and `recipient` hold one entity each: `code` is the first three letters of the
//!   CAMEO actor code (country or international actor), `sector` the rest (`GOV`, `MIL`…),
//!   `entity_text` the words in the text, `identifier_id`/`identifier_text` dyad's entity id
//!   and canonical name (PLOVER asks for Wikidata ids; dyad's ids are its own).
//!   `recipient` is `[]` when there is none.
//! - `mode` holds the PLOVER mode of the CAMEO code and PLOVER's auxiliary modes for dyad's
//!   flags: `negation`, `hypothetical`, `future`. `context` is the PLOVER context the CAMEO
//!   code implies, when it implies one.
//! - `quad_code` is PLOVER's quad category of the event type (1 verbal cooperation, 2 material
//!   cooperation, 3 verbal conflict, 4 material conflict).
//! - `link` is the fold key: records with one `link` report one real-world event.
//! - `text_info.sequence` is the sentence's number in the article (from 1); `start` and `end`
//!   are character offsets of the sentence in the article's text.
//! - `event_loc` follows PLOVER's location object: the words, the resolved name and the ISO
//!   3166-1 alpha-3 `country_code` when dyad resolved the place.
//! - Events whose CAMEO code has no PLOVER type (CAMEO 01 and 02, which PLOVER drops) are not
//!   written.

use crate::Result;
use crate::stream::{Progress, drive};
use dyad_core::{AnalysisRecord, EventRecord, PartialDate, ParticipantRecord, Precision};
use dyad_store::{Catalog, EventOrder, EventReport, Filter};
use serde_json::{Value, json};
use std::io::{BufWriter, Write};

/// Writes one PLOVER record per event report matching `filter` (the filters of `dyad events`)
/// to `out`, grouped by article; returns the records written. `progress` is told how many
/// records were written since its last call.
pub fn write_plover<W: Write>(
    catalog: &dyn Catalog,
    filter: &Filter,
    out: W,
    progress: &mut dyn FnMut(u64),
) -> Result<u64> {
    let mut out = BufWriter::with_capacity(1 << 16, out);
    let mut count = Progress::new(progress);
    let mut article: Option<AnalysisRecord> = None;
    drive(
        |each| catalog.each_event(filter, EventOrder::Article, each),
        |r| {
            if r.event.plover.is_none() {
                return Ok(());
            }
            if article.as_ref().is_none_or(|a| a.article.id != r.event.article) {
                article = catalog.article(r.event.article.as_str())?;
            }
            let Some(rec) = article.as_ref() else { return Ok(()) };
            serde_json::to_writer(&mut out, &record(&r, rec)).map_err(crate::error::json)?;
            out.write_all(b"\n")?;
            count.row();
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(count.finish())
}

/// The characters `[start, end)` of `text`.
fn chars(text: &str, [start, end]: [usize; 2]) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

/// PLOVER's entity object of a participant.
fn entity(p: &ParticipantRecord, text: &str) -> Value {
    let code = p.actor_code.as_ref().map(|c| c.as_str()).unwrap_or("");
    let mut o = serde_json::Map::new();
    // `---` stands for an unknown country: no top-level code, only the sector.
    if let Some(top) = code.get(..3).filter(|t| *t != "---") {
        o.insert("code".into(), json!(top));
    }
    if let Some(sector) = code.get(3..).filter(|s| !s.is_empty()) {
        o.insert("sector".into(), json!(sector));
    }
    o.insert("entity_text".into(), json!(chars(text, p.span)));
    if let Some(id) = &p.entity {
        o.insert("identifier_id".into(), json!(id.as_str()));
        o.insert("identifier_text".into(), json!(p.name));
    }
    Value::Object(o)
}

/// PLOVER's quad category number of an event type.
fn quad(plover: &str) -> Option<u8> {
    let entry = dyad_core::plover(plover)?;
    match entry.quad_category {
        "VERBAL COOPERATION" => Some(1),
        "MATERIAL COOPERATION" => Some(2),
        "VERBAL CONFLICT" => Some(3),
        "MATERIAL CONFLICT" => Some(4),
        _ => None,
    }
}

fn record(r: &EventReport, rec: &AnalysisRecord) -> Value {
    let e = &r.event;
    let text = rec.article.text.as_str();
    let coded: Option<&EventRecord> = rec.events.iter().find(|x| x.id.as_str() == e.id);
    let side = |p: Option<&ParticipantRecord>| p.map_or_else(Vec::new, |p| vec![entity(p, text)]);
    let day = |d: Option<&str>| {
        d.and_then(PartialDate::parse_iso).filter(|d| d.precision() == Precision::Day)
    };
    // The event's day; an undated event takes its report's day; a month or a year is no day.
    let date = match e.date.as_deref() {
        Some(d) => day(Some(d)),
        None => day(e.published.as_deref()),
    };
    let cameo = dyad_core::cameo(&e.cameo);
    let mut modes: Vec<&str> = e.plover_mode.as_deref().into_iter().collect();
    for (flag, mode) in
        [(e.negated, "negation"), (e.hypothetical, "hypothetical"), (e.future, "future")]
    {
        if flag {
            modes.push(mode);
        }
    }
    let context: Vec<&str> = cameo.and_then(|c| c.plover_context).into_iter().collect();
    let sequence = rec
        .sentences
        .iter()
        .position(|&[s, end]| s <= e.sentence_span[0] && e.sentence_span[0] < end)
        .map(|i| i + 1);
    let mut o = serde_json::Map::new();
    o.insert("id".into(), json!(e.id));
    o.insert("date".into(), json!(date.map(|d| d.to_string())));
    o.insert("actor".into(), json!(side(coded.and_then(|c| c.source.as_ref()))));
    o.insert("recipient".into(), json!(side(coded.and_then(|c| c.target.as_ref()))));
    o.insert("event".into(), json!([e.plover]));
    o.insert("event_text".into(), json!([e.trigger]));
    o.insert("mode".into(), json!(modes));
    o.insert("context".into(), json!(context));
    if let Some(q) = e.plover.as_deref().and_then(quad) {
        o.insert("quad_code".into(), json!(q));
    }
    if let Some(loc) = coded.and_then(|c| c.location.as_ref()) {
        let mut l = serde_json::Map::new();
        l.insert("extracted_place".into(), json!(chars(text, loc.span)));
        l.insert("resolved_place".into(), json!(loc.name));
        let country = loc.entity.as_ref().and_then(|id| {
            rec.actors.iter().find(|a| &a.entity.id == id).and_then(|a| a.entity.country.clone())
        });
        if let Some(c) = country {
            l.insert("country_code".into(), json!(c));
        }
        o.insert("event_loc".into(), Value::Object(l));
    }
    o.insert("link".into(), json!(e.key));
    o.insert("text".into(), json!(e.sentence));
    o.insert(
        "text_info".into(),
        json!({"sequence": sequence, "start": e.sentence_span[0], "end": e.sentence_span[1]}),
    );
    o.insert(
        "cite_info".into(),
        json!({
            "citation": e.article.as_str(),
            "url": rec.article.url,
            "title": rec.article.title,
            "language": rec.article.lang,
            "publication": e.outlet,
        }),
    );
    o.insert("coder".into(), json!(format!("dyad {}", env!("CARGO_PKG_VERSION"))));
    o.insert(
        "dyad".into(),
        json!({
            "article": e.article.as_str(),
            "cameo": e.cameo,
            "goldstein": e.goldstein,
            "date": e.date,
            "date_precision": e.date_precision,
            "negated": e.negated,
            "hypothetical": e.hypothetical,
            "future": e.future,
            "reported_by": e.reported_by,
        }),
    );
    Value::Object(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quad_codes_follow_plover() {
        assert_eq!(quad("CONSULT"), Some(1));
        assert_eq!(quad("AID"), Some(2));
        assert_eq!(quad("ASSAULT"), Some(4));
        assert_eq!(quad("NOPE"), None);
    }

    #[test]
    fn entities_split_code_and_sector() {
        let p = ParticipantRecord {
            name: "Dmitry Peskov".into(),
            entity: Some(dyad_core::EntityId("person/dmitry_peskov".into())),
            actor_code: Some(dyad_core::ActorCode("RUSGOV".into())),
            span: [0, 6],
        };
        let v = entity(&p, "Peskov said");
        assert_eq!(v["code"], "RUS");
        assert_eq!(v["sector"], "GOV");
        assert_eq!(v["entity_text"], "Peskov");
        assert_eq!(v["identifier_id"], "person/dmitry_peskov");
    }
}
