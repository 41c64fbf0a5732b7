//! The contract every layer keeps: spans fit the text, layers are sorted, ids resolve.

use crate::{Document, Span};
use std::collections::HashSet;
use std::fmt;

/// One broken invariant, naming the layer and the element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The layer (`sentences`, `mentions`, `quotes` …).
    pub layer: &'static str,
    /// Index of the element within its layer.
    pub index: usize,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]: {}", self.layer, self.index, self.reason)
    }
}

/// Verifies a document's invariants, returning every violation found:
/// - every span is in range, not reversed, and on character boundaries;
/// - sentences and tokens are sorted and do not overlap; other layers are sorted by start;
/// - every entity id a mention, quote or event uses is one of the document's entities, and
///   entity ids are unique;
/// - every quote starts inside a sentence; every event's sentence is one of the sentences and
///   its trigger lies inside it.
pub fn check(doc: &Document) -> Result<(), Vec<Violation>> {
    let mut c = Checker { text: doc.text(), out: Vec::new() };
    let ids: HashSet<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
    if ids.len() != doc.entities.len() {
        c.fail("entities", 0, "entity ids are not unique".into());
    }
    c.sequence("sentences", doc.sentences.iter().map(|s| s.span), true);
    c.sequence("tokens", doc.tokens.iter().map(|t| t.span), true);
    c.sequence("mentions", doc.mentions.iter().map(|m| m.span), false);
    c.sequence("times", doc.times.iter().map(|t| t.span), false);
    c.sequence("quotes", doc.quotes.iter().map(|q| q.span), false);
    let sentences: HashSet<Span> = doc.sentences.iter().map(|s| s.span).collect();
    let resolves = |id: &crate::EntityId| ids.contains(id.as_str());

    for (i, m) in doc.mentions.iter().enumerate() {
        if !resolves(&m.entity) {
            c.fail("mentions", i, format!("entity {} is not in the document", m.entity));
        }
    }
    for (i, q) in doc.quotes.iter().enumerate() {
        for span in [q.cue, q.speaker].into_iter().flatten() {
            c.span("quotes", i, span);
        }
        if let Some(id) = &q.speaker_entity
            && !resolves(id)
        {
            c.fail("quotes", i, format!("speaker {id} is not in the document"));
        }
        if doc.sentence_at(q.span.start).is_none() && !q.span.is_empty() {
            c.fail("quotes", i, format!("quote {} starts outside every sentence", q.span));
        }
    }
    for (i, e) in doc.events.iter().enumerate() {
        c.span("events", i, e.sentence);
        c.span("events", i, e.trigger);
        if !sentences.contains(&e.sentence) {
            c.fail(
                "events",
                i,
                format!("sentence {} is not a sentence of the document", e.sentence),
            );
        }
        if !e.sentence.contains(e.trigger) {
            c.fail("events", i, format!("trigger {} lies outside its sentence", e.trigger));
        }
        for p in [&e.source, &e.target, &e.location].into_iter().flatten() {
            c.span("events", i, p.span);
            if let Some(id) = &p.entity
                && !resolves(id)
            {
                c.fail("events", i, format!("participant {id} is not in the document"));
            }
        }
        if let Some(span) = e.date_span {
            c.span("events", i, span);
        }
        if crate::cameo(e.cameo.as_str()).is_none() {
            c.fail("events", i, format!("unknown CAMEO code {}", e.cameo));
        }
    }
    if c.out.is_empty() { Ok(()) } else { Err(c.out) }
}

struct Checker<'a> {
    text: &'a str,
    out: Vec<Violation>,
}

impl Checker<'_> {
    fn fail(&mut self, layer: &'static str, index: usize, reason: String) {
        self.out.push(Violation { layer, index, reason });
    }

    fn span(&mut self, layer: &'static str, index: usize, span: Span) {
        if Span::new(self.text, span.start, span.end).is_none() {
            self.fail(
                layer,
                index,
                format!("span {span} is reversed, out of range or off a character boundary"),
            );
        }
    }

    fn sequence(&mut self, layer: &'static str, spans: impl Iterator<Item = Span>, disjoint: bool) {
        let mut prev: Option<Span> = None;
        for (i, span) in spans.enumerate() {
            self.span(layer, i, span);
            if let Some(p) = prev {
                if span.start < p.start {
                    self.fail(layer, i, format!("span {span} starts before the previous {p}"));
                } else if disjoint && span.start < p.end {
                    self.fail(layer, i, format!("span {span} overlaps the previous {p}"));
                }
            }
            prev = Some(span);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Entity, EntityKind, Mention, MentionKind, Sentence};

    fn doc(text: &str) -> Document {
        Document::new(Article { id: "t".into(), text: text.into(), ..Article::default() })
    }

    #[test]
    fn accepts_a_consistent_document() {
        let mut d = doc("Peskov spoke. He left.");
        d.sentences = vec![
            Sentence { span: Span::at(0, 13), paragraph: 0 },
            Sentence { span: Span::at(14, 22), paragraph: 0 },
        ];
        d.entities.push(Entity {
            id: "person/dmitry_peskov".into(),
            name: "Dmitry Peskov".into(),
            kind: EntityKind::Person,
            country: Some("RUS".into()),
            actor_code: Some("RUSGOV".into()),
            role: None,
            known: true,
        });
        d.mentions.push(Mention {
            span: Span::at(0, 6),
            entity: "person/dmitry_peskov".into(),
            kind: MentionKind::Name,
        });
        assert_eq!(check(&d), Ok(()));
    }

    #[test]
    fn reports_bad_spans_order_and_dangling_ids() {
        let mut d = doc("Mr Peskov’s");
        d.sentences = vec![
            Sentence { span: Span::at(0, 5), paragraph: 0 },
            Sentence { span: Span::at(3, 11), paragraph: 0 },
        ];
        let inside_apostrophe = "Mr Peskov".len() + 1;
        d.mentions.push(Mention {
            span: Span::at(0, inside_apostrophe),
            entity: "person/nobody".into(),
            kind: MentionKind::Name,
        });
        let errors = check(&d).unwrap_err();
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            text.iter().any(|e| e.starts_with("sentences[1]") && e.contains("overlaps")),
            "{text:?}"
        );
        assert!(text.iter().any(|e| e.contains("character boundary")), "{text:?}");
        assert!(text.iter().any(|e| e.contains("person/nobody")), "{text:?}");
    }
}
