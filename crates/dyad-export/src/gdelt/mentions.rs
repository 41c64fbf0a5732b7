//! The GDELT 2.0 Mentions table: one record per report of an event in an article, 16 columns.
//!
//! | column | dyad fills it with |
//! |---|---|
//! | `GLOBALEVENTID` | the event's id, as in the Event table |
//! | `EventTimeDate` | the event's `DATEADDED` |
//! | `MentionTimeDate` | this article's publication day at 00:00:00 |
//! | `MentionType` | 1 (web) when the article has a URL, else 2 (citation only) |
//! | `MentionSourceName` | the URL's host without `www.`, else the outlet |
//! | `MentionIdentifier` | the URL, else the article id |
//! | `SentenceID` | the reporting sentence's number in the article, from 1 |
//! | `Actor1CharOffset`, `Actor2CharOffset`, `ActionCharOffset` | exact character offsets of the source's and target's words and of the action's trigger in the article's text, -1 when there is none (GDELT's are approximate) |
//! | `InRawText` | 0 when an actor is a pronoun dyad resolved, else 1 |
//! | `Confidence` | empty: dyad gives no confidence |
//! | `MentionDocLen` | the article's length in characters |
//! | `MentionDocTone`, `MentionDocTranslationInfo`, `Extras` | empty |
//!
//! Records come grouped by article. Only reports that are neither negated nor hypothetical
//! are written, as in the Event table.

use super::events::factual;
use super::{Tsv, day, event_id, host, timestamp};
use crate::Result;
use crate::stream::{Progress, drive};
use dyad_core::{AnalysisRecord, MentionKind};
use dyad_store::{Catalog, EventOrder, EventReport, Filter};
use std::io::Write;

/// The 16 columns of the GDELT 2.0 Mentions table, in order (GDELT Event Codebook V2.0).
pub const MENTION_COLUMNS: [&str; 16] = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

/// Writes the GDELT 2.0 Mentions table of the events matching `filter` (the filters of `dyad
/// events`) to `out`; returns the records written. `progress` is told how many records were
/// written since its last call.
pub fn write_gdelt_mentions<W: Write>(
    catalog: &dyn Catalog,
    filter: &Filter,
    out: W,
    progress: &mut dyn FnMut(u64),
) -> Result<u64> {
    let mut tsv = Tsv::new(out);
    let mut count = Progress::new(progress);
    // Events come grouped by article: its layers are read once per article.
    let mut article: Option<AnalysisRecord> = None;
    drive(
        |each| catalog.each_event(filter, EventOrder::Article, each),
        |r| {
            if !factual(&r) {
                return Ok(());
            }
            if article.as_ref().is_none_or(|a| a.article.id != r.event.article) {
                article = catalog.article(r.event.article.as_str())?;
            }
            let Some(rec) = article.as_ref() else { return Ok(()) };
            let added = catalog
                .fold(&r.event.key, true)?
                .and_then(|f| day(f.first_published.as_deref()))
                .map_or_else(String::new, timestamp);
            tsv.record(&record(&r, rec, added))?;
            count.row();
            Ok(())
        },
    )?;
    tsv.finish()?;
    Ok(count.finish())
}

/// The sentence number (from 1) of the sentence starting at or containing offset `at`.
fn sentence_id(rec: &AnalysisRecord, at: usize) -> usize {
    rec.sentences
        .iter()
        .position(|&[s, e]| s <= at && at < e)
        .map_or_else(|| rec.sentences.iter().filter(|[s, _]| *s <= at).count().max(1), |i| i + 1)
}

fn record(r: &EventReport, rec: &AnalysisRecord, event_time: String) -> Vec<String> {
    let e = &r.event;
    let coded = rec.events.iter().find(|x| x.id.as_str() == e.id);
    let offset =
        |span: Option<[usize; 2]>| span.map_or_else(|| "-1".to_owned(), |s| s[0].to_string());
    let source = coded.and_then(|c| c.source.as_ref()).map(|p| p.span);
    let target = coded.and_then(|c| c.target.as_ref()).map(|p| p.span);
    let trigger = coded.map(|c| c.trigger_span);
    let pronoun = |span: Option<[usize; 2]>| {
        span.is_some_and(|s| {
            rec.entities.iter().any(|m| m.span == s && m.kind == MentionKind::Pronoun)
        })
    };
    let raw = !(pronoun(source) || pronoun(target));
    let url = r.url.as_deref().filter(|u| !u.is_empty());
    let source_name = url.and_then(host).map(str::to_owned).or_else(|| e.outlet.clone());
    vec![
        event_id(&e.key).to_string(),
        event_time,
        day(e.published.as_deref()).map_or_else(String::new, timestamp),
        if url.is_some() { "1" } else { "2" }.to_owned(),
        source_name.unwrap_or_default(),
        url.map_or_else(|| e.article.to_string(), str::to_owned),
        sentence_id(rec, e.sentence_span[0]).to_string(),
        offset(source),
        offset(target),
        offset(trigger),
        if raw { "1" } else { "0" }.to_owned(),
        String::new(),
        rec.article.text.chars().count().to_string(),
        String::new(),
        String::new(),
        String::new(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Article;

    #[test]
    fn sentences_count_from_one() {
        let rec = AnalysisRecord {
            article: Article::default(),
            sentences: vec![[0, 10], [11, 20], [21, 30]],
            entities: vec![],
            actors: vec![],
            times: vec![],
            quotes: vec![],
            events: vec![],
        };
        assert_eq!(sentence_id(&rec, 0), 1);
        assert_eq!(sentence_id(&rec, 11), 2);
        assert_eq!(sentence_id(&rec, 25), 3);
        assert_eq!(sentence_id(&rec, 10), 1);
    }
}
