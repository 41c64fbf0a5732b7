//! The wire format as PRODUCT.md promises it, declared here on its own so that renaming a
//! field in dyad-core breaks these tests.
#![allow(dead_code)]

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Extracted {
    pub id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
    pub dateline: Option<String>,
    pub lang: Option<String>,
    pub text: String,
}

#[derive(Debug, Deserialize)]
pub struct Analysed {
    pub id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
    pub dateline: Option<String>,
    pub lang: Option<String>,
    pub text: String,
    pub entities: Vec<MentionJson>,
    pub quotes: Vec<QuoteJson>,
    pub events: Vec<EventJson>,
    pub times: Vec<TimeJson>,
}

#[derive(Debug, Deserialize)]
pub struct MentionJson {
    pub text: String,
    pub span: [usize; 2],
    pub entity: String,
    pub name: String,
    pub actor_code: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct QuoteJson {
    pub speaker: Option<String>,
    pub speaker_entity: Option<String>,
    pub text: String,
    pub span: [usize; 2],
    pub cue: Option<String>,
    pub direct: bool,
}

#[derive(Debug, Deserialize)]
pub struct ActorJson {
    pub name: String,
    pub entity: Option<String>,
    pub actor_code: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct EventJson {
    pub source: Option<ActorJson>,
    pub target: Option<ActorJson>,
    pub cameo: String,
    pub goldstein: Option<f64>,
    pub plover: Option<String>,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub location: Option<ActorJson>,
    pub sentence_span: [usize; 2],
    pub negated: bool,
    pub hypothetical: bool,
}

#[derive(Debug, Deserialize)]
pub struct TimeJson {
    pub text: String,
    pub span: [usize; 2],
    pub value: Option<String>,
}

/// The characters of `text` in a character span, as Python would slice them.
pub fn slice(text: &str, span: [usize; 2]) -> String {
    text.chars().skip(span[0]).take(span[1] - span[0]).collect()
}
