//! The JSON wire format of an analysed article: the one place byte spans become character spans.
//!
//! `dyad analyze --json` prints one [`AnalysisRecord`] per line. It is the extract record's
//! fields plus the layers, each element with `span: [start, end]` in **characters** (code points)
//! of `text`, half-open:
//!
//! ```json
//! {"id": "…", "title": "…", "published": "2018-03-21", …, "text": "…",
//!  "sentences": [[0, 131], …],
//!  "entities": [{"text": "Dmitry Peskov", "span": [40, 53], "kind": "name",
//!                "entity": "person/dmitry_peskov", "name": "Dmitry Peskov",
//!                "entity_kind": "person", "actor_code": "RUSGOV"}, …],
//!  "actors": [{"id": "person/dmitry_peskov", "name": "Dmitry Peskov", "kind": "person",
//!              "country": "RUS", "actor_code": "RUSGOV", "role": "Kremlin spokesman", "known": true,
//!              "mentions": 3}],
//!  "times": [{"text": "Tuesday", "span": [57, 64], "value": "2018-03-20", "precision": "day", "until": null}],
//!  "quotes": [{"speaker": "Dmitry Peskov", "speaker_entity": "person/dmitry_peskov",
//!              "text": "Too early yet.", "span": [300, 314], "cue": "said", "direct": true,
//!              "speaker_span": [280, 290], "cue_span": [291, 295]}],
//!  "events": [{"id": "…", "source": {"name": "Donald Trump", "entity": "person/donald_trump",
//!              "actor_code": "USAGOV", "span": [0, 12]}, "target": {…}, "cameo": "041",
//!              "cameo_name": "Discuss by telephone", "goldstein": 1.0, "quad_class": 1,
//!              "plover": "CONSULT", "plover_mode": "phone", "date": "2018-03-20",
//!              "date_precision": "day", "location": null, "sentence_span": [0, 131],
//!              "sentence": "…", "trigger": "phoned", "trigger_span": [13, 19],
//!              "negated": false, "hypothetical": false, "future": false, "reported_by": null}]}
//! ```

use crate::{
    ActorCode, Article, CameoCode, CharOffsets, Document, Entity, EntityId, EntityKind, EventId,
    MentionKind, PartialDate, Participant, PloverType, Precision, Span,
};
use serde::{Deserialize, Serialize};

/// A character span `[start, end)` on the wire.
pub type CharSpan = [usize; 2];

/// One analysed article on the wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysisRecord {
    /// The extract fields (`id`, `source`, `url`, `title`, `published`, `author`, `dateline`,
    /// `lang`, `text`).
    #[serde(flatten)]
    pub article: Article,
    /// Sentence spans.
    pub sentences: Vec<CharSpan>,
    /// Entity mentions.
    pub entities: Vec<MentionRecord>,
    /// The canonical entities the mentions resolve to.
    pub actors: Vec<ActorRecord>,
    /// Time expressions.
    pub times: Vec<TimeRecord>,
    /// Quotes.
    pub quotes: Vec<QuoteRecord>,
    /// Events.
    pub events: Vec<EventRecord>,
}

/// One entity mention on the wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord {
    /// The mention's words.
    pub text: String,
    /// Character span.
    pub span: CharSpan,
    /// How it refers: `name`, `title`, `metonym` or `pronoun`.
    pub kind: MentionKind,
    /// The canonical entity's id.
    pub entity: EntityId,
    /// The canonical entity's name.
    pub name: String,
    /// The canonical entity's kind.
    pub entity_kind: EntityKind,
    /// The canonical entity's actor code, when known.
    pub actor_code: Option<ActorCode>,
}

/// One canonical entity on the wire, with its mention count in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// The entity.
    #[serde(flatten)]
    pub entity: Entity,
    /// How many mentions refer to it.
    pub mentions: usize,
}

/// One time expression on the wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeRecord {
    /// The expression's words.
    pub text: String,
    /// Character span.
    pub span: CharSpan,
    /// The resolved date, `null` when it cannot be resolved.
    pub value: Option<PartialDate>,
    /// `day`, `month` or `year`; `null` with `value`.
    pub precision: Option<Precision>,
    /// Last day of a range.
    pub until: Option<PartialDate>,
}

/// One quote on the wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord {
    /// The speaker's canonical name, else the words naming them; `null` when not found.
    pub speaker: Option<String>,
    /// The speaker's canonical entity id.
    pub speaker_entity: Option<EntityId>,
    /// The quoted content.
    pub text: String,
    /// Character span of the content.
    pub span: CharSpan,
    /// The cue's words (`said`, `according to`).
    pub cue: Option<String>,
    /// Direct (quoted) or indirect (reported) speech.
    pub direct: bool,
    /// Character span of the words naming the speaker.
    pub speaker_span: Option<CharSpan>,
    /// Character span of the cue.
    pub cue_span: Option<CharSpan>,
}

/// An event participant or location on the wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantRecord {
    /// Canonical name, else the words in the text.
    pub name: String,
    /// Canonical entity id.
    pub entity: Option<EntityId>,
    /// CAMEO-style actor code.
    pub actor_code: Option<ActorCode>,
    /// Character span of the words in the text.
    pub span: CharSpan,
}

/// One event on the wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Stable event id.
    pub id: EventId,
    /// Who acted.
    pub source: Option<ParticipantRecord>,
    /// Who was acted upon.
    pub target: Option<ParticipantRecord>,
    /// CAMEO event code.
    pub cameo: CameoCode,
    /// The CAMEO code's name.
    pub cameo_name: String,
    /// Goldstein value of the CAMEO code.
    pub goldstein: Option<f32>,
    /// Quad class 1–4 of the CAMEO code.
    pub quad_class: u8,
    /// PLOVER event type.
    pub plover: Option<PloverType>,
    /// PLOVER mode.
    pub plover_mode: Option<String>,
    /// Date of the event.
    pub date: Option<PartialDate>,
    /// Precision of `date`.
    pub date_precision: Option<Precision>,
    /// Where it happened.
    pub location: Option<ParticipantRecord>,
    /// Character span of the reporting sentence.
    pub sentence_span: CharSpan,
    /// The reporting sentence.
    pub sentence: String,
    /// The action's words.
    pub trigger: String,
    /// Character span of the action's words.
    pub trigger_span: CharSpan,
    /// Reported as not having happened.
    pub negated: bool,
    /// Reported under a condition.
    pub hypothetical: bool,
    /// Reported as planned or to come.
    pub future: bool,
    /// The speaker whose claim the event is, when it sits inside a quote.
    pub reported_by: Option<EntityId>,
}

impl AnalysisRecord {
    /// Converts a document to its wire record (byte spans to character spans).
    pub fn from_document(doc: &Document) -> AnalysisRecord {
        let offsets = CharOffsets::new(doc.text());
        let chars = |s: Span| offsets.chars(s);
        let words = |s: Span| doc.text_of(s).unwrap_or_default().to_owned();
        let participant = |p: &Participant| {
            let entity = p.entity.as_ref().and_then(|id| doc.entity(id));
            ParticipantRecord {
                name: entity.map(|e| e.name.clone()).unwrap_or_else(|| words(p.span)),
                entity: p.entity.clone(),
                actor_code: p.actor_code.clone(),
                span: chars(p.span),
            }
        };
        let entities = doc
            .mentions
            .iter()
            .filter_map(|m| {
                let e = doc.entity(&m.entity)?;
                Some(MentionRecord {
                    text: words(m.span),
                    span: chars(m.span),
                    kind: m.kind,
                    entity: m.entity.clone(),
                    name: e.name.clone(),
                    entity_kind: e.kind,
                    actor_code: e.actor_code.clone(),
                })
            })
            .collect();
        let actors = doc
            .entities
            .iter()
            .map(|e| ActorRecord {
                entity: e.clone(),
                mentions: doc.mentions.iter().filter(|m| m.entity == e.id).count(),
            })
            .collect();
        let times = doc
            .times
            .iter()
            .map(|t| TimeRecord {
                text: words(t.span),
                span: chars(t.span),
                value: t.value,
                precision: t.value.map(|v| v.precision()),
                until: t.until,
            })
            .collect();
        let quotes = doc
            .quotes
            .iter()
            .map(|q| {
                let entity = q.speaker_entity.as_ref().and_then(|id| doc.entity(id));
                QuoteRecord {
                    speaker: entity.map(|e| e.name.clone()).or_else(|| q.speaker.map(words)),
                    speaker_entity: q.speaker_entity.clone(),
                    text: words(q.span),
                    span: chars(q.span),
                    cue: q.cue.map(words),
                    direct: q.direct,
                    speaker_span: q.speaker.map(chars),
                    cue_span: q.cue.map(chars),
                }
            })
            .collect();
        let events = doc
            .events
            .iter()
            .map(|e| {
                let code = crate::cameo(e.cameo.as_str());
                EventRecord {
                    id: e.id.clone(),
                    source: e.source.as_ref().map(participant),
                    target: e.target.as_ref().map(participant),
                    cameo: e.cameo.clone(),
                    cameo_name: code.map(|c| c.name.to_owned()).unwrap_or_default(),
                    goldstein: code.and_then(|c| c.goldstein),
                    quad_class: code.map_or(0, |c| c.quad_class.number()),
                    plover: e.plover.clone(),
                    plover_mode: e.plover_mode.clone(),
                    date: e.date,
                    date_precision: e.date.map(|d| d.precision()),
                    location: e.location.as_ref().map(participant),
                    sentence_span: chars(e.sentence),
                    sentence: words(e.sentence),
                    trigger: words(e.trigger),
                    trigger_span: chars(e.trigger),
                    negated: e.negated,
                    hypothetical: e.hypothetical,
                    future: e.future,
                    reported_by: e.reported_by.clone(),
                }
            })
            .collect();
        AnalysisRecord {
            article: doc.article.clone(),
            sentences: doc.sentences.iter().map(|s| chars(s.span)).collect(),
            entities,
            actors,
            times,
            quotes,
            events,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Quote, Sentence};

    #[test]
    fn spans_become_character_offsets() {
        let text = "“Too early yet,” Peskov said.";
        let mut doc =
            Document::new(Article { id: "a".into(), text: text.into(), ..Article::default() });
        doc.sentences.push(Sentence { span: Span::at(0, text.len()), paragraph: 0 });
        let start = text.find("Too").unwrap();
        let end = text.find(',').unwrap();
        let cue = text.find("said").unwrap();
        doc.quotes.push(Quote {
            span: Span::at(start, end),
            cue: Some(Span::at(cue, cue + 4)),
            speaker: Some(Span::at(cue - 7, cue - 1)),
            speaker_entity: None,
            direct: true,
        });
        let rec = AnalysisRecord::from_document(&doc);
        let q = &rec.quotes[0];
        assert_eq!(q.text, "Too early yet");
        assert_eq!(q.span, [1, 14]);
        assert_eq!(q.speaker.as_deref(), Some("Peskov"));
        let chars: Vec<char> = text.chars().collect();
        let [s, e] = q.speaker_span.unwrap();
        assert_eq!(chars[s..e].iter().collect::<String>(), "Peskov");
        let json = serde_json::to_string(&rec).unwrap();
        let back: AnalysisRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back, rec);
    }
}
