//! A GKG 2.1-style table: one record per article, GDELT's 27 columns plus one.
//!
//! | column | dyad fills it with |
//! |---|---|
//! | `GKGRECORDID` | the article id (GDELT's is a batch timestamp and a number; dyad's joins the other exports) |
//! | `V2.1DATE` | the publication day at 00:00:00, `0` when unknown (as GDELT writes unknown dates) |
//! | `V2SOURCECOLLECTIONIDENTIFIER` | 1 (web) with a URL, else 2 (citation only) |
//! | `V2SOURCECOMMONNAME` | the URL's host without `www.`, else the outlet |
//! | `V2DOCUMENTIDENTIFIER` | the URL, else the article id |
//! | `V1LOCATIONS` | each country and place mentioned once, `Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID` blocks joined by `;` |
//! | `V2ENHANCEDLOCATIONS` | each mention of one, `Type#FullName#CountryCode#ADM1Code#ADM2Code#Lat#Long#FeatureID#Offset` |
//! | `V1PERSONS`, `V1ORGANIZATIONS` | canonical names of the people and organisations mentioned, joined by `;` |
//! | `V2ENHANCEDPERSONS`, `V2ENHANCEDORGANIZATIONS` | `Name,Offset` per mention (names, titles such as "the Kremlin spokesman", metonyms, agents; not pronouns), with the canonical name |
//! | `V2.1ENHANCEDDATES` | `Resolution,Month,Day,Year,Offset` per resolved time expression (resolution 3 day, 2 month, 1 year; 0 for an unknown month or day) |
//! | `V2.1QUOTATIONS` | direct quotes, `Offset|Length|Verb|Quote` blocks joined by `#` (offset and length in characters) |
//! | `V2.1ALLNAMES` | `Name,Offset` for every proper-name mention, as written |
//! | `V2EXTRASXML` | `<PAGE_TITLE>` and `<PAGE_AUTHORS>`, XML-escaped |
//! | `DYAD_QUOTATIONSPEAKERS` | (extra, not GDELT's) for each block of `V2.1QUOTATIONS`, in the same order, `Offset|Speaker|SpeakerEntity`, empty parts when the speaker is unknown |
//! | others | empty: counts, themes, tone, GCAM, images, embeds, amounts, translation |
//!
//! Offsets are exact character offsets into the article's text. A delimiter of a field
//! (`;`, `,`, `#`, `|`) inside a name or a quote becomes a space.

use super::geo::{self, Place};
use super::{Tsv, day, field, host, timestamp};
use crate::Result;
use crate::stream::{Progress, drive};
use dyad_core::{AnalysisRecord, EntityKind, MentionKind, Precision};
use dyad_store::{Catalog, Filter, StoredArticle};
use std::io::Write;

/// The columns of the GKG table: GDELT's 27 (GKG Codebook V2.1), then dyad's speaker column.
pub const GKG_COLUMNS: [&str; 28] = [
    "GKGRECORDID",
    "V2.1DATE",
    "V2SOURCECOLLECTIONIDENTIFIER",
    "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER",
    "V1COUNTS",
    "V2.1COUNTS",
    "V1THEMES",
    "V2ENHANCEDTHEMES",
    "V1LOCATIONS",
    "V2ENHANCEDLOCATIONS",
    "V1PERSONS",
    "V2ENHANCEDPERSONS",
    "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS",
    "V1.5TONE",
    "V2.1ENHANCEDDATES",
    "V2GCAM",
    "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES",
    "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS",
    "V2.1QUOTATIONS",
    "V2.1ALLNAMES",
    "V2.1AMOUNTS",
    "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
    "DYAD_QUOTATIONSPEAKERS",
];

/// Writes the GKG table of the articles matching `filter` (publication dates, text, article)
/// to `out`; returns the records written. `progress` is told how many records were written
/// since its last call.
pub fn write_gkg<W: Write>(
    catalog: &dyn Catalog,
    filter: &Filter,
    out: W,
    progress: &mut dyn FnMut(u64),
) -> Result<u64> {
    let mut tsv = Tsv::new(out);
    let mut count = Progress::new(progress);
    drive(
        |each| catalog.each_article(filter, true, each),
        |a| {
            tsv.record(&record(&a))?;
            count.row();
            Ok(())
        },
    )?;
    tsv.finish()?;
    Ok(count.finish())
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The place an entity of the article is, if it is a country or a place.
fn place_of(rec: &AnalysisRecord, entity: &str) -> Option<Place> {
    let a = rec.actors.iter().find(|a| a.entity.id.as_str() == entity)?;
    let is_country = match a.entity.kind {
        EntityKind::Country => true,
        EntityKind::Place => false,
        _ => return None,
    };
    Some(Place { name: a.entity.name.clone(), is_country, country: a.entity.country.clone() })
}

/// The `V1` and `V2ENHANCED` fields of the mentions of entities of `kind`.
fn names(rec: &AnalysisRecord, kind: EntityKind) -> (String, String) {
    let mut distinct: Vec<&str> = Vec::new();
    let mut enhanced = Vec::new();
    for m in rec.entities.iter().filter(|m| m.entity_kind == kind && m.kind != MentionKind::Pronoun)
    {
        if !distinct.contains(&m.name.as_str()) {
            distinct.push(&m.name);
        }
        enhanced.push(format!("{},{}", field(&m.name, &[';', ',']), m.span[0]));
    }
    let v1: Vec<String> = distinct.iter().map(|n| field(n, &[';'])).collect();
    (v1.join(";"), enhanced.join(";"))
}

fn locations(rec: &AnalysisRecord) -> (String, String) {
    let mut v1 = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut enhanced = Vec::new();
    for m in rec.entities.iter().filter(|m| m.kind != MentionKind::Pronoun) {
        let Some(place) = place_of(rec, m.entity.as_str()) else { continue };
        let f = geo::fields(&place);
        if !seen.contains(&m.entity.as_str()) {
            seen.push(m.entity.as_str());
            // V1: Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID (no ADM2Code).
            v1.push(
                [&f[0], &f[1], &f[2], &f[3], &f[5], &f[6], &f[7]].map(|s| s.as_str()).join("#"),
            );
        }
        enhanced.push(format!("{}#{}", f.join("#"), m.span[0]));
    }
    (v1.join(";"), enhanced.join(";"))
}

fn dates(rec: &AnalysisRecord) -> String {
    let mut blocks = Vec::new();
    for t in &rec.times {
        let Some(v) = t.value else { continue };
        let resolution = match v.precision() {
            Precision::Day => 3,
            Precision::Month => 2,
            Precision::Year => 1,
        };
        blocks.push(format!(
            "{resolution},{},{},{},{}",
            v.month_value().unwrap_or(0),
            v.day_value().unwrap_or(0),
            v.year_value(),
            t.span[0]
        ));
    }
    blocks.join(";")
}

/// `V2.1QUOTATIONS` and dyad's speaker column, block for block.
fn quotations(rec: &AnalysisRecord) -> (String, String) {
    let (mut quotes, mut speakers) = (Vec::new(), Vec::new());
    for q in rec.quotes.iter().filter(|q| q.direct) {
        let length = q.span[1].saturating_sub(q.span[0]);
        let verb = q.cue.as_deref().map_or_else(String::new, |c| field(c, &['#', '|']));
        quotes.push(format!("{}|{length}|{verb}|{}", q.span[0], field(&q.text, &['#', '|'])));
        speakers.push(format!(
            "{}|{}|{}",
            q.span[0],
            q.speaker.as_deref().map_or_else(String::new, |s| field(s, &['#', '|'])),
            q.speaker_entity.as_ref().map_or("", |e| e.as_str())
        ));
    }
    (quotes.join("#"), speakers.join("#"))
}

fn record(a: &StoredArticle) -> Vec<String> {
    let rec = &a.record;
    let art = &rec.article;
    let url = art.url.as_deref().filter(|u| !u.is_empty());
    let (v1_locations, v2_locations) = locations(rec);
    let (v1_persons, v2_persons) = names(rec, EntityKind::Person);
    let (v1_orgs, v2_orgs) = names(rec, EntityKind::Organisation);
    let (quotes, speakers) = quotations(rec);
    let all_names: Vec<String> = rec
        .entities
        .iter()
        .filter(|m| m.kind == MentionKind::Name)
        .map(|m| format!("{},{}", field(&m.text, &[';', ',']), m.span[0]))
        .collect();
    let mut extras = String::new();
    if let Some(t) = &art.title {
        extras.push_str(&format!("<PAGE_TITLE>{}</PAGE_TITLE>", xml_escape(t)));
    }
    if let Some(au) = &art.author {
        extras.push_str(&format!("<PAGE_AUTHORS>{}</PAGE_AUTHORS>", xml_escape(au)));
    }
    let published = day(a.row.published.as_deref()).map_or_else(|| "0".to_owned(), timestamp);
    let common = url.and_then(host).map(str::to_owned).or_else(|| art.source.clone());
    vec![
        art.id.to_string(),
        published,
        if url.is_some() { "1" } else { "2" }.to_owned(),
        common.unwrap_or_default(),
        url.map_or_else(|| art.id.to_string(), str::to_owned),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        v1_locations,
        v2_locations,
        v1_persons,
        v2_persons,
        v1_orgs,
        v2_orgs,
        String::new(),
        dates(rec),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        quotes,
        all_names.join(";"),
        String::new(),
        String::new(),
        extras,
        speakers,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_xml() {
        assert_eq!(xml_escape("A & B <c> \"d\""), "A &amp; B &lt;c&gt; &quot;d&quot;");
    }
}
