//! Pronouns resolved to people: `he`/`she` prefer the subject (the first person named) of the
//! current sentence before the pronoun, else of the nearest earlier sentence, within three
//! sentences; `him`/`her` skip the subject of their own sentence. Names inside quotation marks
//! are never antecedents.

use super::{Found, Target};
use crate::kb::{Gender, KbRef};
use crate::quotemarks::quoted;
use dyad_core::{Document, MentionKind, Span};
use std::collections::HashMap;

pub(super) fn pronouns(doc: &Document, found: &mut Vec<Found>, genders: &HashMap<Target, Gender>) {
    let text = doc.text();
    let quotes: Vec<Span> = quoted(text).iter().map(|q| q.content).collect();
    let inside_quote = |s: Span| quotes.iter().any(|q| q.contains(s));
    let people: Vec<&Found> = found
        .iter()
        .filter(|f| {
            matches!(f.target, Target::Kb(KbRef::Person(_)) | Target::NewPerson(_))
                && !inside_quote(f.span)
        })
        .collect();
    let sentence_index = |at: usize| doc.sentences.partition_point(|s| s.span.end <= at);
    let mut extra = Vec::new();
    for (ti, t) in doc.tokens.iter().enumerate() {
        let word = t.span.text(text).unwrap_or("");
        let Some(gender) = super::words::pronoun_gender(word) else { continue };
        if inside_quote(t.span) {
            continue;
        }
        let object = matches!(word, "him" | "Him" | "her" | "Her");
        // `her` before a noun is a possessive, not a person mention.
        if matches!(word, "her" | "Her")
            && doc.tokens.get(ti + 1).is_some_and(|n| {
                n.span.text(text).is_some_and(|x| x.chars().next().is_some_and(char::is_alphabetic))
            })
        {
            continue;
        }
        let fits = |f: &&&Found| genders.get(&f.target).is_none_or(|g| *g == gender);
        let here = sentence_index(t.span.start);
        let mut chosen: Option<&Found> = None;
        for back in 0..=3usize {
            let Some(s) = here.checked_sub(back) else { break };
            let in_sentence: Vec<&&Found> = people
                .iter()
                .filter(|f| sentence_index(f.span.start) == s && f.span.end <= t.span.start)
                .collect();
            let candidates: Vec<&&Found> = in_sentence.iter().copied().filter(fits).collect();
            let pick = if object && back == 0 {
                // The object pronoun is not the subject of its own clause.
                let subject = in_sentence.first().map(|f| f.target.clone());
                candidates.iter().rev().find(|f| Some(&f.target) != subject.as_ref()).copied()
            } else {
                candidates.first().copied()
            };
            if let Some(f) = pick {
                chosen = Some(f);
                break;
            }
        }
        if let Some(f) = chosen {
            extra.push(Found {
                span: t.span,
                target: f.target.clone(),
                kind: MentionKind::Pronoun,
                tokens: (ti, ti + 1),
                gender: Some(gender),
            });
        }
    }
    found.extend(extra);
}
