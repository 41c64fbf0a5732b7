//! The analysed document: one clean text and standoff layers over it, as in spaCy's `Doc`.

use crate::{ActorCode, Article, CameoCode, EntityId, EventId, PartialDate, PloverType, Span};
use serde::{Deserialize, Serialize};

/// An article and every layer the analysis put over its text.
///
/// Each layer is a `Vec` sorted by span start; every element holds a [`Span`] into
/// `article.text` and no text of its own. [`check`](crate::check) verifies these invariants.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The extracted article; its `text` is what every span points into.
    pub article: Article,
    /// Sentences, in order, not overlapping.
    pub sentences: Vec<Sentence>,
    /// Word, number and punctuation tokens, in order, not overlapping.
    pub tokens: Vec<Token>,
    /// The canonical entities this article mentions (one per identity), referenced by mentions.
    pub entities: Vec<Entity>,
    /// Every mention of an entity: names, titles, metonyms and resolved pronouns.
    pub mentions: Vec<Mention>,
    /// Time expressions with their resolved calendar values.
    pub times: Vec<TimeExpr>,
    /// Direct and indirect quotes with their speakers.
    pub quotes: Vec<Quote>,
    /// Coded political events.
    pub events: Vec<Event>,
}

impl Document {
    /// A document with no layers yet.
    pub fn new(article: Article) -> Document {
        Document { article, ..Document::default() }
    }

    /// The clean text.
    pub fn text(&self) -> &str {
        &self.article.text
    }

    /// The text under `span`, `None` when the span does not fit the text.
    pub fn text_of(&self, span: Span) -> Option<&str> {
        span.text(&self.article.text)
    }

    /// The canonical entity with this id.
    pub fn entity(&self, id: &EntityId) -> Option<&Entity> {
        self.entities.iter().find(|e| &e.id == id)
    }

    /// The sentence that contains byte offset `at`.
    pub fn sentence_at(&self, at: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        self.sentences.get(i).filter(|s| s.span.start <= at)
    }
}

/// One sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it lies in the text.
    pub span: Span,
    /// 0-based index of the paragraph it belongs to.
    pub paragraph: u32,
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or dots (`Peskov`, `U.S.`, `don't`).
    Word,
    /// Digits, possibly with inner separators (`2018`, `20/03/2018`, `1,000`).
    Number,
    /// Any other single character that is not a space.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Where it lies in the text.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

/// The kind of a canonical entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation, institution, agency or outlet.
    Organisation,
    /// A country (or a government referred to by its country).
    Country,
    /// A city, region or other place.
    Place,
}

impl EntityKind {
    /// The lowercase name used in ids and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
        }
    }

    /// Parses the lowercase name (also `org`).
    pub fn parse(s: &str) -> Option<EntityKind> {
        Some(match s {
            "person" => EntityKind::Person,
            "organisation" | "organization" | "org" => EntityKind::Organisation,
            "country" => EntityKind::Country,
            "place" => EntityKind::Place,
            _ => return None,
        })
    }
}

/// A canonical entity: one identity, however many ways the article names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id, `KIND/SLUG` (the knowledge-base id when the entity is known to it).
    pub id: EntityId,
    /// Canonical name (`Dmitry Peskov`).
    pub name: String,
    /// Person, organisation, country or place.
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-3 code of the entity's country, when known.
    pub country: Option<String>,
    /// CAMEO-style actor code at the article's date (`RUSGOV`), when known.
    pub actor_code: Option<ActorCode>,
    /// The role held at the article's date (`Kremlin spokesman`), when known.
    pub role: Option<String>,
    /// Whether the knowledge base knows this entity (otherwise it was found in the text only).
    pub known: bool,
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A proper name or a part of one (`Dmitry Peskov`, `Peskov`, `Mr Peskov`).
    Name,
    /// A descriptor (`the Kremlin spokesman`, `the Russian leader`).
    Title,
    /// A seat of power standing for a government (`the Kremlin`, `Washington`).
    Metonym,
    /// A pronoun resolved to an antecedent (`he`, `she`).
    Pronoun,
    /// A group named by its role and country (`Syrian rebels`, `Israeli troops`, `the
    /// Georgian government`), not by a name.
    Agent,
}

/// One place in the text that refers to a canonical entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Where it lies in the text.
    pub span: Span,
    /// The canonical entity it refers to.
    pub entity: EntityId,
    /// Name, title, metonym or pronoun.
    pub kind: MentionKind,
}

/// A time expression and the calendar value it stands for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// Where it lies in the text.
    pub span: Span,
    /// The resolved date (the first day of a range); `None` when it cannot be resolved, as
    /// when a relative expression meets an unknown publication date.
    pub value: Option<PartialDate>,
    /// The last day of a range (`from 3 to 5 June`), when the expression is one.
    pub until: Option<PartialDate>,
}

/// A quote: who said what, with the words that say so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted content (inside the quotation marks for a direct quote; the reported clause
    /// for an indirect one).
    pub span: Span,
    /// The speech verb or phrase (`said`, `told CNN`, `according to`), when there is one.
    pub cue: Option<Span>,
    /// The words naming the speaker in the text, when found.
    pub speaker: Option<Span>,
    /// The speaker's canonical entity, when resolved.
    pub speaker_entity: Option<EntityId>,
    /// True for quoted words, false for reported (indirect) speech.
    pub direct: bool,
}

/// One participant of an event (source, target) or its location.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// The words naming it in the text.
    pub span: Span,
    /// Its canonical entity, when resolved.
    pub entity: Option<EntityId>,
    /// Its CAMEO-style actor code, when known.
    pub actor_code: Option<ActorCode>,
}

/// A coded event: who did what to whom, when and where, from one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id (article, sentence and coding).
    pub id: EventId,
    /// The sentence that reports it.
    pub sentence: Span,
    /// The words that express the action (`phoned`, `met`, `cancelled`).
    pub trigger: Span,
    /// Who acted.
    pub source: Option<Participant>,
    /// Who was acted upon.
    pub target: Option<Participant>,
    /// CAMEO event code (Goldstein value and quad class come from [`cameo`](crate::cameo)).
    pub cameo: CameoCode,
    /// PLOVER event type.
    pub plover: Option<PloverType>,
    /// PLOVER mode (`phone`, `visit` …) when the text says.
    pub plover_mode: Option<String>,
    /// When it happened (or is to happen).
    pub date: Option<PartialDate>,
    /// The time expression the date came from; `None` when it is the publication date.
    pub date_span: Option<Span>,
    /// Where it happened.
    pub location: Option<Participant>,
    /// The text says it did not happen ("did not discuss").
    pub negated: bool,
    /// The text says it might happen under a condition ("if the two presidents are able to …").
    pub hypothetical: bool,
    /// The text says it is planned or will happen ("will meet in July").
    pub future: bool,
    /// When the event is a claim inside a quote, the quote's speaker.
    pub reported_by: Option<EntityId>,
}
