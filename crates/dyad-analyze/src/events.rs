//! Events: who did what to whom, when and where, coded in CAMEO and PLOVER.
//!
//! A trigger from the [`Lexicon`] (`phoned`, `met with`, `imposed new sanctions on`) anchors
//! one event. Its **source** is the actor named closest before it in the clause (for `to
//! congratulate him`, the source of the sentence's earlier event; for `wants Putin to attack`,
//! the one wanted to act); its **target** the first actor after it, short of a subordinate
//! clause (`between X and Y` gives both); a passive (`was received … by Putin`, `civilians
//! imprisoned for …`) swaps the two. A noun (`a similar visit by Tillerson to Moscow`,
//! `Putin's meeting with Tillerson`, `the fight against ISIS`) takes its sides from its own
//! phrase, and names none when its phrase names none. `The two leaders` (and `they` after it)
//! are the two leaders last named together, both sides of a meeting or call; a cancellation
//! with its object left out (`Trump canceled because of …`) is of the meeting reported just
//! before. The date is the time expression of the sentence closest to the trigger, in its own
//! clause (not a relative clause's, not a trailing `…, X said on Thursday`); an undated report
//! of what happened takes the date of the same kind of act between the same actors reported
//! elsewhere in the article. The location is a place after `in`/`at`. Flags: `negated`
//! (`not`, `n't`, `never` just before; `yet to`; `the failed meeting`), `hypothetical` (`if`,
//! `could`, `would`, `might` before it, unless a clause told as fact begins in between:
//! `… after Putin annexed Crimea`), `future` (`will`, `plans to`, `was to`, a date after
//! publication); a planned meeting is coded 036 (express intent to meet) as CAMEO does. An
//! event inside a quote is `reported_by` the quote's speaker. One trigger gives at most one
//! event, and a participle or strike that restates an act just reported (`…, killing eight`,
//! `killed in an air strike`) gives none; an event whose source and target are one actor is
//! dropped.

use crate::{Error, Result};
use dyad_core::{
    ActorCode, CameoCode, Document, EntityKind, Event, EventId, PartialDate, Participant,
    PloverType, Span,
};
use std::collections::HashMap;

const LEXICON: &str = include_str!("../data/events.tsv");

/// The lexicon's code for a phrase that reports no event.
const STOP: &str = "-";

/// Whether and what kind of target an event needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TargetRule {
    /// An actor, not a place (`met with`).
    Required,
    /// An actor or a place (`visited Moscow`).
    PlaceAllowed,
    /// An actor, a place or none (`staged a protest (in Kirkuk)`).
    PlaceOptional,
    /// An actor or none (`threatened to retaliate`).
    Optional,
}

impl TargetRule {
    fn required(self) -> bool {
        matches!(self, TargetRule::Required | TargetRule::PlaceAllowed)
    }

    fn place_ok(self) -> bool {
        matches!(self, TargetRule::PlaceAllowed | TargetRule::PlaceOptional)
    }
}

#[derive(Debug, Clone)]
struct Entry {
    /// Alternatives per word; `None` is a gap of up to two words.
    slots: Vec<Option<Vec<String>>>,
    cameo: String,
    target: TargetRule,
}

/// The trigger lexicon: word patterns and the CAMEO code each reports.
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// Entries by each word their trigger may start with.
    by_first: HashMap<String, Vec<usize>>,
    /// A cancellation whose object the sentences before name (CAMEO 125).
    cancellation: Entry,
}

impl Lexicon {
    /// The lexicon shipped with dyad (`data/events.tsv`).
    pub fn embedded() -> Result<Lexicon> {
        Lexicon::parse("events.tsv", LEXICON)
    }

    /// Parses a lexicon table (`trigger`, `cameo`, `target` columns, `#` comments).
    pub fn parse(name: &str, text: &str) -> Result<Lexicon> {
        let mut entries = Vec::new();
        let bad = |line: usize, reason: String| Error::Lexicon {
            file: name.to_owned(),
            line: line + 1,
            reason,
        };
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') || line.starts_with("trigger\t") {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let [trigger, cameo, target] = f.as_slice() else {
                return Err(bad(
                    n,
                    format!("{} fields, expected 3 (trigger, cameo, target)", f.len()),
                ));
            };
            // `-` marks a phrase that looks like a trigger and reports no event (`free and fair`).
            if *cameo != STOP && dyad_core::cameo(cameo).is_none() {
                return Err(bad(n, format!("{cameo:?} is not a CAMEO code")));
            }
            let target = match *target {
                "yes" => TargetRule::Required,
                "place" => TargetRule::PlaceAllowed,
                "place?" => TargetRule::PlaceOptional,
                "no" => TargetRule::Optional,
                other => {
                    return Err(bad(
                        n,
                        format!("target {other:?} is not yes, place, place? or no"),
                    ));
                }
            };
            let slots = trigger
                .split_whitespace()
                .map(|s| (s != "~").then(|| s.split('|').flat_map(inflect).collect()))
                .collect::<Vec<_>>();
            if slots.first().is_none_or(Option::is_none) {
                return Err(bad(n, "a trigger must start with a word".into()));
            }
            entries.push(Entry { slots, cameo: (*cameo).to_owned(), target });
        }
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, e) in entries.iter().enumerate() {
            for w in e.slots.first().into_iter().flatten().flatten() {
                by_first.entry(w.clone()).or_default().push(k);
            }
        }
        let cancellation =
            Entry { slots: Vec::new(), cameo: "125".to_owned(), target: TargetRule::Optional };
        Ok(Lexicon { entries, by_first, cancellation })
    }

    /// The longest entry matching at word `i` of `words`: the entry and the matched length.
    fn match_at(&self, words: &[String], i: usize) -> Option<(&Entry, usize)> {
        let mut best: Option<(&Entry, usize)> = None;
        let candidates = self.by_first.get(words.get(i)?.as_str())?;
        for e in candidates.iter().filter_map(|&k| self.entries.get(k)) {
            if let Some(len) = match_slots(&e.slots, words, i)
                && best.is_none_or(|(b, l)| len > l || len == l && e.slots.len() > b.slots.len())
            {
                best = Some((e, len));
            }
        }
        best
    }
}

/// A lexicon word: `attack+` stands for attack, attacks, attacked, attacking (with the usual
/// spelling rules for a final `e`, `y`, `s`, `x`, `ch`, `sh`, `o`); other words stand for
/// themselves.
fn inflect(word: &str) -> Vec<String> {
    let Some(base) = word.strip_suffix('+') else { return vec![word.to_owned()] };
    let before_last = base.chars().rev().nth(1);
    let consonant_y = base.ends_with('y') && !before_last.is_some_and(|c| "aeiou".contains(c));
    let without_y = base.strip_suffix('y').unwrap_or(base);
    let third = if consonant_y {
        format!("{without_y}ies")
    } else if ["s", "x", "z", "ch", "sh", "o"].iter().any(|e| base.ends_with(e)) {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    let past = match base.strip_suffix('e') {
        Some(_) => format!("{base}d"),
        None if consonant_y => format!("{without_y}ied"),
        None => format!("{base}ed"),
    };
    let gerund = match (base.strip_suffix("ie"), base.strip_suffix('e')) {
        (Some(stem), _) => format!("{stem}ying"),
        (None, Some(stem)) if !base.ends_with("ee") => format!("{stem}ing"),
        _ => format!("{base}ing"),
    };
    vec![base.to_owned(), third, past, gerund]
}

fn match_slots(slots: &[Option<Vec<String>>], words: &[String], i: usize) -> Option<usize> {
    let Some((first, rest)) = slots.split_first() else { return Some(0) };
    match first {
        Some(alts) => {
            let w = words.get(i)?;
            alts.iter()
                .any(|a| a == w)
                .then(|| match_slots(rest, words, i + 1).map(|l| l + 1))
                .flatten()
        }
        None => (0..=3).find_map(|skip| match_slots(rest, words, i + skip).map(|l| l + skip)),
    }
}

const NEGATIONS: &[&str] = &[
    "not", "n't", "never", "no", "didn't", "did't", "hasn't", "haven't", "won't", "wouldn't",
    "cannot", "neither", "nor",
];
const HYPOTHETICAL: &[&str] =
    &["if", "could", "would", "might", "may", "unless", "whether", "possible", "possibly"];
const FUTURE: &[&str] = &[
    "will",
    "’ll",
    "'ll",
    "shall",
    "planned",
    "plans",
    "plan",
    "scheduled",
    "expected",
    "due",
    "upcoming",
    "intends",
    "to",
];
/// Words before `to VERB` that make the verb an intention (`agreed to meet`).
const INTENT: &[&str] = &[
    "agreed",
    "agree",
    "agrees",
    "offered",
    "offer",
    "offers",
    "promised",
    "promise",
    "promises",
    "pledged",
    "pledge",
    "pledges",
    "vowed",
    "vow",
    "vows",
    "committed",
    "ready",
    "willing",
    "prepared",
    "decided",
    "decides",
    "intends",
    "intend",
    "plans",
    "plan",
    "planned",
    "aims",
    "hopes",
    "expected",
    "set",
    "due",
    "scheduled",
    "going",
];

/// The CAMEO code for the intention to do what `code` codes: cooperative acts become 03x
/// (express intent to ...); conflictual acts keep their code and only carry the future flag,
/// as PETRARCH codes them (`pledged to expel` is an expulsion).
fn intent_code(code: &str) -> String {
    let c = match code.get(..3).unwrap_or(code) {
        "040" | "041" | "042" | "043" | "044" | "046" => "036",
        "045" => "039",
        "050" | "051" | "052" | "053" | "054" | "055" | "056" | "057" => "032",
        "060" | "061" => "0311",
        "062" => "0312",
        "063" => "0313",
        "064" => "0314",
        "070" | "071" => "0331",
        "072" => "0332",
        "073" => "0333",
        "074" => "0334",
        "080" | "081" | "082" | "083" => "035",
        "084" => "0353",
        "085" => "0354",
        "086" => "0355",
        "087" => "0356",
        // Statements, appeals, demands, disapproval, rejection and threats are acts themselves.
        _ => return code.to_owned(),
    };
    c.to_owned()
}

/// Verbs that attribute a report to whoever precedes them (`…, the ministry said`).
const ATTRIBUTIONS: &[&str] = &[
    "said",
    "says",
    "announced",
    "announces",
    "reported",
    "reports",
    "told",
    "added",
    "stated",
    "confirmed",
    "claimed",
    "noted",
    "according",
];

/// Verbs whose `to` clause is an act not done: `refused to meet`, `declined to resign`.
const REFUSALS: &[&str] =
    &["refused", "refuse", "refuses", "refusing", "declined", "decline", "declines", "declining"];

/// Words that open a subordinate clause: a time after one of them belongs to that clause.
const SUBORDINATORS: &[&str] =
    &["since", "after", "before", "until", "when", "while", "because", "although", "whereas"];

const PASSIVE: &[&str] = &["was", "were", "been", "being", "be", "is", "are"];

/// Words that end the reach of an `if` or a modal before them: what follows is said as fact
/// (`it could pave the way … after Putin backed Assad`).
const FACT_AGAIN: &[&str] =
    &["after", "since", "because", "when", "while", "although", "whereas", "before", ";", "but"];

/// Words that open a relative clause after a comma (`Lavrov, who last set foot in Washington
/// in August 2013, dismissed …`).
const RELATIVES: &[&str] = &["who", "which", "whose", "where", "whom"];

/// Words before a trigger that make it a noun (`a similar visit`, `Putin's meeting`).
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "’s",
    "'s", "another", "similar",
];

/// Meeting words that are nouns after a determiner (`a similar visit`) and also when a name
/// stands right before them (`the Oval Office meeting`), not verbs as in `Trump met`.
const MEETING_NOUNS: &[&str] = &[
    "meeting",
    "meetings",
    "talks",
    "summit",
    "conversation",
    "conversations",
    "trip",
    "visit",
    "negotiations",
    "consultations",
];

/// Other trigger words that are nouns after a determiner (`the fight against ISIS`, `the
/// visits`): with the meeting words, their sides come from their own phrase.
const ACT_NOUNS: &[&str] = &[
    "visits",
    "call",
    "calls",
    "fight",
    "fighting",
    "attack",
    "attacks",
    "battle",
    "offensive",
    "invasion",
    "killing",
    "killings",
    "massacre",
    "massacres",
    "bombing",
    "bombings",
    "shelling",
    "bomb",
    "bombs",
    "protest",
    "protests",
    "demonstration",
    "demonstrations",
    "rally",
    "rallies",
];

/// Whether a trigger word can be a noun (its sides then come from its own phrase).
fn is_trigger_noun(word: &str) -> bool {
    MEETING_NOUNS.contains(&word) || ACT_NOUNS.contains(&word)
}

/// Words that say a meeting did not happen (`the failed meeting between …`).
const UNDONE: &[&str] =
    &["failed", "cancelled", "canceled", "aborted", "scrapped", "postponed", "abandoned"];

/// Forms of `cancel` that may leave what was cancelled to the sentences before (`on the eve
/// of the summit, Trump canceled because of …`).
const CANCELLED: &[&str] =
    &["canceled", "cancelled", "cancels", "cancel", "scrapped", "scraps", "scrap"];

/// Words after a cancellation that show its object is left out.
const NO_OBJECT: &[&str] = &[
    "because",
    ",",
    ".",
    "due",
    "on",
    "at",
    "after",
    "citing",
    "over",
    "amid",
    "following",
    "in",
    "—",
    "–",
    ";",
];

/// Noun phrases for two leaders named before (`the two leaders`, `both presidents`): both
/// sides of a meeting or a call.
const PAIRS: &[&[&str]] = &[
    &["the", "two", "leaders"],
    &["the", "two", "presidents"],
    &["the", "two", "men"],
    &["both", "leaders"],
    &["both", "presidents"],
    &["the", "leaders"],
    &["the", "presidents"],
];

/// The tokens a span covers, as a range of indexes into `toks`: those starting inside it.
fn token_range(toks: &[dyad_core::Token], span: Span) -> (usize, usize) {
    let at = |byte: usize| toks.partition_point(|t| t.span.start < byte);
    (at(span.start), at(span.end))
}

/// The events of a document (needs tokens, sentences, mentions, times and quotes).
pub fn events(doc: &Document, lexicon: &Lexicon) -> Vec<Event> {
    let text = doc.text();
    let quote_spans: Vec<(Span, Option<dyad_core::EntityId>)> = doc
        .quotes
        .iter()
        .filter(|q| q.direct)
        .map(|q| (q.span, q.speaker_entity.clone()))
        .collect();
    // The speaker of the direct quote a span lies in, as an event participant.
    let quote_speaker = |span: Span| -> Option<Participant> {
        let speaker =
            quote_spans.iter().find(|(q, _)| q.contains(span)).and_then(|(_, s)| s.clone())?;
        let m = doc.mentions.iter().find(|m| m.entity == speaker)?;
        let actor = doc.entity(&speaker).and_then(|e| e.actor_code.clone());
        Some(Participant { span: m.span, entity: Some(speaker), actor_code: actor })
    };
    let mut out = Vec::new();
    // The last source seen, for a pronoun subject in the next sentence.
    let mut carried: Option<Participant> = None;
    // The last two leaders named together (`Presidents Donald Trump and Vladimir Putin`), for
    // `the two leaders` and `they` later on.
    let mut pair: Option<(Participant, Participant)> = None;
    // Triggers of events that must not borrow a date (see `inherit_dates`).
    let mut keep_undated: Vec<usize> = Vec::new();
    // Meetings and calls reported so far, for a cancellation that names none.
    let mut meetings: Vec<(usize, Participant, Option<Participant>)> = Vec::new();
    let as_participant = |m: &dyad_core::Mention| {
        let e = doc.entity(&m.entity);
        Participant {
            span: m.span,
            entity: Some(m.entity.clone()),
            actor_code: e
                .and_then(|e| e.actor_code.clone().or_else(|| e.country.clone().map(ActorCode))),
        }
    };
    let is_person = |m: &dyad_core::Mention| {
        doc.entity(&m.entity).is_some_and(|e| e.kind == EntityKind::Person)
    };
    for (sentence_no, sentence) in doc.sentences.iter().enumerate() {
        let (first, last) = token_range(&doc.tokens, sentence.span);
        let toks = &doc.tokens[first..last];
        let words: Vec<String> =
            toks.iter().map(|t| t.span.text(text).unwrap_or("").to_lowercase()).collect();
        // Actor mentions of this sentence, by token range.
        let actors: Vec<(usize, usize, &dyad_core::Mention)> = doc
            .mentions
            .iter()
            .filter(|m| sentence.span.contains(m.span))
            .map(|m| {
                let (a, b) = token_range(toks, m.span);
                (a, b, m)
            })
            .collect();
        // `the International Labour Office (ILO)`: the name stands for the organisation, not
        // the acronym in brackets after it.
        let actors: Vec<_> = actors
            .iter()
            .filter(|(a, _, m)| {
                !(*a >= 2
                    && words[a - 1] == "("
                    && actors.iter().any(|(_, b, n)| *b == a - 1 && n.entity == m.entity))
            })
            .copied()
            .collect();
        // `The President of Russia Vladimir Putin`, `Russia's Putin`: the country is part of
        // the person's title, not an actor of its own.
        let actors: Vec<_> = actors
            .iter()
            .filter(|(_, b, m)| {
                let country = doc.entity(&m.entity).filter(|e| e.kind == EntityKind::Country);
                !country.is_some_and(|c| {
                    actors.iter().any(|(a2, _, n)| {
                        (*a2 == *b || *a2 == b + 1 && matches!(words[*b].as_str(), "’s" | "'s"))
                            && is_person(n)
                            && doc.entity(&n.entity).is_some_and(|p| p.country == c.country)
                    })
                })
            })
            .copied()
            .collect();
        for pair_at in actors.windows(2) {
            let [(_, xb, x), (ya, _, y)] = pair_at else { continue };
            let differ = doc.entity(&x.entity).map(|e| &e.country)
                != doc.entity(&y.entity).map(|e| &e.country);
            if *xb + 1 == *ya && words[*xb] == "and" && is_person(x) && is_person(y) && differ {
                pair = Some((as_participant(x), as_participant(y)));
            }
        }
        // Token ranges of the sentence's time expressions.
        let time_ranges: Vec<(usize, usize)> = doc
            .times
            .iter()
            .filter(|t| sentence.span.contains(t.span))
            .map(|t| token_range(toks, t.span))
            .collect();
        // Clauses: 0 for the main clause, k for the k-th relative clause (`, who … ,`).
        let mut clause_of = vec![0usize; words.len()];
        let mut clause_opener: Vec<&str> = Vec::new();
        let mut open = 0;
        for k in 0..words.len() {
            if k > 0 && words[k - 1] == "," && RELATIVES.contains(&words[k].as_str()) {
                clause_opener.push(words[k].as_str());
                open = clause_opener.len();
            } else if open != 0 && matches!(words[k].as_str(), "," | "—" | "–" | ";") {
                open = 0;
                clause_of[k] = 0;
                continue;
            }
            clause_of[k] = open;
        }
        let is_actor = |m: &dyad_core::Mention, place_ok: bool| {
            doc.entity(&m.entity).is_some_and(|e| e.kind != EntityKind::Place || place_ok)
        };
        let mut sentence_source: Option<Participant> = None;
        let mut i = 0;
        while i < words.len() {
            if actors.iter().any(|(a, b, _)| (*a..*b).contains(&i)) {
                i += 1;
                continue;
            }
            // A capitalised word inside a sentence is a name (`Free Tibet`), not a trigger.
            let capitalised = i > 0
                && toks[i]
                    .span
                    .text(text)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            let matched = lexicon.match_at(&words, i).filter(|_| !capitalised);
            // `Trump canceled because of …`: what was cancelled is the meeting reported before.
            let elided_cancel = matched.is_none()
                && !capitalised
                && CANCELLED.contains(&words[i].as_str())
                && words.get(i + 1).is_none_or(|w| NO_OBJECT.contains(&w.as_str()));
            let Some((entry, len)) =
                matched.or(elided_cancel.then_some((&lexicon.cancellation, 1)))
            else {
                i += 1;
                continue;
            };
            if entry.cameo == STOP {
                i += len;
                continue;
            }
            let violent = |c: &str| matches!(c.get(..2), Some("18" | "19" | "20"));
            // `eight people were killed in an air strike`: the strike is the killing's act.
            if i >= 2
                && violent(&entry.cameo)
                && (i.saturating_sub(4)..i).any(|k| words[k] == "in")
                && out.iter().any(|e: &Event| {
                    let end = toks.partition_point(|t| t.span.start < e.trigger.end);
                    e.sentence == sentence.span
                        && violent(e.cameo.as_str())
                        && (i.saturating_sub(5)..i).contains(&end)
                })
            {
                i += len;
                continue;
            }
            // `Insurgents bombarded Aleppo, killing eight people`: the participle tells what the
            // act reported before it did, not another act.
            if i > 0
                && words[i - 1] == ","
                && words[i].ends_with("ing")
                && violent(&entry.cameo)
                && out
                    .iter()
                    .any(|e: &Event| e.sentence == sentence.span && violent(e.cameo.as_str()))
            {
                i += len;
                continue;
            }
            // `refused to meet`: the refusal is the event, not the meeting.
            if i >= 2 && words[i - 1] == "to" && REFUSALS.contains(&words[i - 2].as_str()) {
                i += len;
                continue;
            }
            // A bare statement of intent (`agreed to`, `is ready to`) gives way to the act it
            // announces when one follows (`agreed to provide aid` is an intent to give aid).
            if entry.cameo == "030"
                && (i + len..(i + len + 4).min(words.len()))
                    .any(|j| lexicon.match_at(&words, j).is_some_and(|(e, _)| e.cameo != "030"))
            {
                i += len;
                continue;
            }
            let trigger = Span::at(toks[i].span.start, toks[i + len - 1].span.end);
            let place_ok = entry.target.place_ok();
            let participant = |m: &dyad_core::Mention| {
                let e = doc.entity(&m.entity);
                Participant {
                    span: m.span,
                    entity: Some(m.entity.clone()),
                    actor_code: e.and_then(|e| {
                        e.actor_code.clone().or_else(|| e.country.clone().map(ActorCode))
                    }),
                }
            };
            let before: Vec<&(usize, usize, &dyad_core::Mention)> =
                actors.iter().filter(|(_, b, m)| *b <= i && is_actor(m, false)).collect();
            // `…, the White House announced`: who reports the event is not its target.
            let reporter = |a: usize, b: usize| {
                words.get(b).is_some_and(|w| ATTRIBUTIONS.contains(&w.as_str()))
                    && words[..a].iter().rev().take(2).any(|w| w == ",")
            };
            // Nothing past a subordinate clause's opening word is acted upon (`had a telephone
            // conversation shortly after Mr. Trump was inaugurated`).
            let subordinate = |a: usize| {
                words[(i + len).min(a)..a].iter().any(|w| {
                    SUBORDINATORS.contains(&w.as_str())
                        // Nor past a dash or a quotation mark (`…,” said Senator McCain`).
                        || matches!(w.as_str(), "—" | "–" | "-" | "”" | "“" | "\"")
                })
            };
            // A quotation mark between a name and the trigger: the name is outside the quote
            // (`…,” Pompeo told reporters after the meeting, “but we agreed`).
            let quoted_between = |from: usize, to: usize| {
                words[from..to].iter().any(|w| matches!(w.as_str(), "”" | "“" | "\""))
            };
            let after: Vec<&(usize, usize, &dyad_core::Mention)> = actors
                .iter()
                .filter(|(a, b, m)| {
                    *a > i && is_actor(m, place_ok) && !reporter(*a, *b) && !subordinate(*a)
                })
                .collect();
            // A passive: an auxiliary shortly before (`was received … by`, `were killed`), or a
            // participle right after its subject with no auxiliary (`soldiers killed in …`).
            let auxiliary = (i.saturating_sub(5)..i).any(|k| PASSIVE.contains(&words[k].as_str()));
            let by_agent =
                words.get(i + len..).is_some_and(|rest| rest.iter().take(8).any(|w| w == "by"));
            let reduced = before.last().is_some_and(|x| x.1 == i)
                && words[i].ends_with("ed")
                && words.get(i + 1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "by" | "in" | "on" | "at" | "over" | "during" | "for" | "near" | "," | "."
                    )
                });
            // Violence done to the subject (`four children were killed in …`): its victim, even
            // where the act needs no target; other acts keep the subject as their actor unless
            // they need a target (`guerrillas have been demobilized`).
            // Coercion and violence (`a member of Hamas jailed over a year ago`, `civilians
            // imprisoned for …`) are done to the subject of a passive, reduced or not.
            let violence = matches!(entry.cameo.get(..2), Some("17" | "18" | "19" | "20"));
            // (A participle right after a name is a passive only for acts done to someone:
            // `Saddam Hussein arrived in Amman` is his own arrival.)
            let passive = (auxiliary && (entry.target.required() || by_agent)
                || reduced && (entry.target == TargetRule::Required || violence)
                || violence && auxiliary)
                && !words[i].ends_with("ing")
                && (by_agent || words[i].ends_with("ed"));
            // `Russia is under pressure from London`: London presses Russia.
            let under_pressure = i > 0 && words[i - 1] == "under";
            // A noun (`a similar visit by Tillerson to Moscow`, `Putin's meeting with Tillerson`,
            // `the fight against ISIS`) takes its sides from its own phrase.
            let word_before_noun = |k: usize| {
                !actors.iter().any(|(a, b, _)| (*a..*b).contains(&k))
                    && toks[k].kind == dyad_core::TokenKind::Word
                    && !words[k].ends_with("ed")
                    && !PASSIVE.contains(&words[k].as_str())
            };
            // A trigger right after a preposition is a noun too (`bans on travel to Canada`).
            let after_preposition = i > 0
                && matches!(
                    words[i - 1].as_str(),
                    "on" | "against" | "of" | "for" | "about" | "from" | "over" | "without"
                )
                && !words[i].ends_with("ing");
            let nominal = after_preposition
                || i > 0
                    && is_trigger_noun(&words[i])
                    && (DETERMINERS.contains(&words[i - 1].as_str())
                        || (i >= 2
                            && DETERMINERS.contains(&words[i - 2].as_str())
                            && word_before_noun(i - 1))
                        || (MEETING_NOUNS.contains(&words[i].as_str())
                            && actors.iter().any(|(_, b, _)| *b == i)));
            let infinitive = i > 0
                && words[i - 1] == "to"
                && !matches!(
                    words.get(i.wrapping_sub(2)).map(String::as_str),
                    Some("visit" | "trip" | "travelled" | "traveled")
                );
            // `talks between Putin and Trump` (not `a pact between the two countries`).
            let between = (words.get(i + len).is_some_and(|w| w == "between")
                || words.get(i + len - 1).is_some_and(|w| w == "between"))
                && after.len() >= 2;
            // A noun trigger after `in a` (`in a bomb attack`, `in an air strike`).
            let instrument = i >= 2
                && matches!(words[i - 1].as_str(), "a" | "an" | "the")
                && matches!(words[i - 2].as_str(), "in" | "during" | "with" | "through")
                && after.is_empty();
            // `X said (that) Y must …`: X demands of Y.
            let demand = words[i] == "must";
            let (source, mut target) = if demand {
                match before.as_slice() {
                    [] => (None, None),
                    [only] => (
                        sentence_source.clone().or_else(|| quote_speaker(trigger)),
                        Some(participant(only.2)),
                    ),
                    [first, .., last] => (Some(participant(first.2)), Some(participant(last.2))),
                }
            } else if between {
                (after.first().map(|x| participant(x.2)), after.get(1).map(|x| participant(x.2)))
            } else if instrument {
                // `Guerrillas wounded two soldiers in a bomb attack`: the attack is the clause's
                // act, by its subject on its object; `a journalist was killed in a car bomb`
                // names no attacker.
                match before.as_slice() {
                    [] => (None, None),
                    [only] if auxiliary => (None, Some(participant(only.2))),
                    [only] => (Some(participant(only.2)), None),
                    [first, .., last] => (Some(participant(first.2)), Some(participant(last.2))),
                }
            } else if under_pressure {
                let from = (i + len..words.len()).find(|&k| words[k] == "from");
                let presser = from.and_then(|f| {
                    actors
                        .iter()
                        .find(|(a, _, m)| (f + 1..f + 3).contains(a) && is_actor(m, true))
                        .map(|x| participant(x.2))
                });
                (presser, before.last().map(|x| participant(x.2)))
            } else if passive {
                // A reduced passive's `by` is close (`civilians imprisoned for acting against
                // Moscow were released by Putin` is Putin's release, not his imprisonment).
                let reach = if auxiliary { words.len() } else { 6 };
                let by = (i + len..(i + len + reach).min(words.len()))
                    .find(|&k| words[k] == "by")
                    .unwrap_or(words.len());
                // The agent is what `by` governs (`by a Ukrainian protestor`), not a name further
                // on (`pressured by congress to help Iran`); the victim is the subject just
                // before the verb group, not a name earlier in the sentence.
                let agent = actors
                    .iter()
                    .find(|(a, _, m)| (by + 1..by + 4).contains(a) && is_actor(m, false))
                    .map(|x| participant(x.2));
                let subject = before.last().filter(|x| i - x.1 <= 5).map(|x| participant(x.2));
                (agent, subject)
            } else if nominal {
                let by = (i + len..(i + len + 6).min(words.len())).find(|&k| words[k] == "by");
                let agent = by.and_then(|k| {
                    actors.iter().find(|(a, _, m)| *a == k + 1 && is_actor(m, false))
                });
                let possessor = before.last().filter(|x| {
                    x.1 == i
                        || matches!(words[x.1].as_str(), "’s" | "'s")
                            && (x.1 + 1..=x.1 + 2).contains(&i)
                });
                // The noun's own preposition: in the trigger (`meeting with`), else right after
                // it, past a time and a `by` agent (`a visit last month by Tillerson to Moscow`).
                let noun_prep = |w: &str| {
                    matches!(w, "with" | "to" | "between" | "against" | "on" | "in" | "at")
                };
                let mut k = i + len;
                if !noun_prep(&words[i + len - 1]) {
                    loop {
                        if let Some(&(_, end)) = time_ranges.iter().find(|(a, _)| *a == k) {
                            k = end;
                        } else if let Some(x) = agent.filter(|x| by == Some(k) && x.0 == k + 1) {
                            k = x.1;
                        } else {
                            break;
                        }
                    }
                    k = if words.get(k).is_some_and(|w| noun_prep(w)) { k + 1 } else { usize::MAX };
                }
                let object = after.iter().find(|(a, _, _)| {
                    (k..k.saturating_add(7)).contains(a) && agent.is_none_or(|x| x.0 != *a)
                });
                // `held talks with`, `paid a visit to`: the clause's subject is the noun's; so
                // for talks `with` someone (`put a positive spin on the talks with Tillerson`).
                let possessive_pronoun = (i.saturating_sub(2)..i)
                    .any(|k| matches!(words[k].as_str(), "his" | "her" | "its" | "their" | "our"));
                let light = possessive_pronoun
                    || i >= 2
                        && matches!(
                            words[i - 2].as_str(),
                            "had"
                                | "has"
                                | "have"
                                | "held"
                                | "hold"
                                | "holds"
                                | "made"
                                | "make"
                                | "paid"
                                | "pay"
                                | "pays"
                                | "began"
                                | "started"
                                | "launched"
                                | "staged"
                                | "stage"
                                | "conducted"
                        );
                let consult = entry.cameo.starts_with("04");
                let subject = (light || consult && object.is_some() && !after_preposition)
                    .then(|| before.last().filter(|x| i - x.1 <= 12).map(|x| participant(x.2)))
                    .flatten();
                let source = agent.or(possessor.copied()).map(|x| participant(x.2)).or(subject);
                (source, object.map(|x| participant(x.2)))
            } else {
                // A second verb sharing the subject (`backed Assad, annexed Crimea and
                // invaded Ukraine`, `phoned Putin to congratulate him`) takes the first verb's
                // source.
                let coordinated =
                    i > 0 && matches!(words[i - 1].as_str(), "," | "and" | "to" | "then");
                // `Obama wants Putin to attack Switzerland`: the one wanted, asked or urged to
                // act is the act's subject.
                let controlled = before
                    .last()
                    .filter(|_| infinitive)
                    .filter(|x| x.1 + 1 == i && x.0 > 0)
                    .filter(|x| {
                        matches!(
                            words[x.0 - 1].as_str(),
                            "wants"
                                | "want"
                                | "wanted"
                                | "asked"
                                | "asks"
                                | "ask"
                                | "urged"
                                | "urges"
                                | "urge"
                                | "told"
                                | "tells"
                                | "pressed"
                                | "presses"
                                | "allowed"
                                | "allows"
                                | "forced"
                                | "forces"
                                | "encouraged"
                                | "invited"
                                | "invites"
                                | "persuaded"
                                | "expects"
                                | "expected"
                        )
                    });
                let src = if let Some(x) = controlled {
                    Some(participant(x.2))
                } else if infinitive || coordinated && sentence_source.is_some() {
                    sentence_source.clone().or_else(|| before.first().map(|x| participant(x.2)))
                } else {
                    before
                        .last()
                        .filter(|x| i - x.1 <= 12 && !quoted_between(x.1, i))
                        .map(|x| participant(x.2))
                };
                // `I` or `we` in a quote is its speaker.
                let src = src.or_else(|| {
                    let speaker = quote_spans
                        .iter()
                        .find(|(q, _)| q.contains(trigger))
                        .and_then(|(_, s)| s.clone())?;
                    let k = (i.saturating_sub(4)..i)
                        .rev()
                        .find(|&k| matches!(words[k].as_str(), "i" | "we"))?;
                    let actor = doc.entity(&speaker).and_then(|e| e.actor_code.clone());
                    Some(Participant {
                        span: toks[k].span,
                        entity: Some(speaker),
                        actor_code: actor,
                    })
                });
                (
                    src,
                    after
                        .first()
                        .filter(|x| x.0.saturating_sub(i + len) <= 12)
                        .map(|x| participant(x.2)),
                )
            };
            if source.as_ref().zip(target.as_ref()).is_some_and(|(s, t)| s.entity == t.entity) {
                target = None;
            }
            // `Putin and Trump met`: a conjoined subject of a reciprocal act (meeting, talks,
            // cooperation, agreement) is source and target.
            let reciprocal = matches!(entry.cameo.get(..2), Some("03" | "04" | "05" | "06"));
            let (source, target) = match (&source, &target, before.as_slice()) {
                (_, None, [.., x, y])
                    if !between
                        && reciprocal
                        && x.1 + 1 == y.0
                        && words[x.1] == "and"
                        && x.2.entity != y.2.entity =>
                {
                    (Some(participant(x.2)), Some(participant(y.2)))
                }
                _ => (source, target),
            };
            // `The two leaders …, although they had a telephone conversation`: the two named
            // together before are both sides.
            let subject_from = before.last().map_or(0, |x| x.1);
            let pair_np = (subject_from..i).find_map(|k| {
                let object_of_preposition = k > 0
                    && matches!(
                        words[k - 1].as_str(),
                        "for" | "of" | "with" | "to" | "about" | "between" | "on" | "in" | "at"
                    );
                PAIRS
                    .iter()
                    .filter(|_| !object_of_preposition)
                    .find(|p| words.get(k..k + p.len()).is_some_and(|w| w.iter().eq(p.iter())))
                    .map(|p| Span::at(toks[k].span.start, toks[k + p.len() - 1].span.end))
            });
            let (source, target) = match (&pair, pair_np) {
                (Some((a, b)), Some(np)) if reciprocal && !between => (
                    Some(Participant { span: np, ..a.clone() }),
                    Some(Participant { span: np, ..b.clone() }),
                ),
                _ => (source, target),
            };
            // `it`/`they` just before the trigger: the first actor of the sentence, else the
            // source of the sentence before (`Switzerland said it had expelled …`).
            let pronoun_subject =
                (i.saturating_sub(3)..i).any(|k| matches!(words[k].as_str(), "it" | "they"));
            let source = source.or_else(|| {
                pronoun_subject
                    .then(|| {
                        actors
                            .iter()
                            .find(|(_, b, m)| *b <= i && is_actor(m, false))
                            .map(|x| participant(x.2))
                            .or_else(|| carried.clone())
                    })
                    .flatten()
            });
            // `rejected a fresh offer from Afghanistan`, `demanded support from the Assembly`:
            // who is refused or asked is the one the thing comes from.
            let asked = matches!(entry.cameo.get(..2), Some("02" | "10" | "12"));
            let from_actor = (i + len..(i + len + 6).min(words.len()))
                .find(|&k| words[k] == "from")
                .and_then(|f| {
                    actors.iter().find(|(a, _, m)| (f + 1..f + 3).contains(a) && is_actor(m, true))
                })
                .map(|x| participant(x.2));
            let target =
                if asked && !passive && !under_pressure { from_actor.or(target) } else { target };
            let target = target.filter(|t| source.as_ref().is_none_or(|s| s.entity != t.entity));
            // No actor acted upon: the place it happened stands for its country (`shelled
            // targets in Jericho`).
            let target = target.or_else(|| {
                if nominal || elided_cancel {
                    return None;
                }
                actors
                    .iter()
                    .filter(|(a, _, m)| {
                        *a > i
                            && doc
                                .entity(&m.entity)
                                .is_some_and(|e| e.kind == EntityKind::Place && e.country.is_some())
                    })
                    .map(|x| participant(x.2))
                    .find(|p| {
                        source.as_ref().is_none_or(|s| {
                            s.actor_code.as_ref().map(|c| c.country())
                                != p.actor_code.as_ref().map(|c| c.country())
                        })
                    })
            });
            // A cancellation with its object left out: the other side of the meeting reported
            // in the last few sentences with the canceller on one side.
            let target = if elided_cancel {
                let same = |p: &Participant| {
                    source.as_ref().is_some_and(|s| s.entity.is_some() && s.entity == p.entity)
                };
                meetings.iter().rev().filter(|(n, _, _)| sentence_no - n <= 3).find_map(
                    |(_, a, b)| {
                        if same(a) {
                            b.clone()
                        } else {
                            b.as_ref().filter(|b| same(b)).map(|_| a.clone())
                        }
                    },
                )
            } else {
                target
            };
            // `received weapons from the government`: a thing received, no one hosted.
            let received_thing = entry.cameo == "043"
                && target.as_ref().is_some_and(|t| {
                    let at = toks.partition_point(|x| x.span.start < t.span.start);
                    at > i + len && words[at - 1] == "from"
                });
            // `saw him return to the Kremlin`: going back to the seat of one's own government
            // is no visit.
            let home = entry.cameo.starts_with("042")
                && target.as_ref().zip(source.as_ref()).is_some_and(|(t, s)| {
                    t.actor_code.is_some()
                        && t.actor_code == s.actor_code
                        && t.entity
                            .as_ref()
                            .and_then(|e| doc.entity(e))
                            .is_some_and(|e| e.kind == EntityKind::Organisation)
                });
            if home
                || received_thing
                || source.is_none()
                || (target.is_none() && (entry.target.required() || elided_cancel))
            {
                i += len;
                continue;
            }
            if sentence_source.is_none() {
                sentence_source = source.clone();
            }
            let window = |from: usize| words[from.min(i)..i].iter();
            // `are yet to meet`, `the failed meeting between …`: it has not happened.
            let not_yet = i >= 2 && words[i - 1] == "to" && words[i - 2] == "yet";
            let undone = reciprocal && i > 0 && UNDONE.contains(&words[i - 1].as_str());
            let negated = not_yet
                || undone
                || window(i.saturating_sub(3)).any(|w| NEGATIONS.contains(&w.as_str()));
            // An `if` or a modal reaches to the trigger unless a clause said as fact begins
            // between them.
            // A reported `would` (`Israel announced it would free …`) is the future seen from
            // the saying, unless a condition goes with it.
            let conditional = words.iter().any(|w| matches!(w.as_str(), "if" | "unless"));
            let reported_would = |k: usize| {
                words[k] == "would"
                    && !conditional
                    && words[k.saturating_sub(6)..k]
                        .iter()
                        .any(|w| ATTRIBUTIONS.contains(&w.as_str()) || w == "that")
            };
            let hypothetical = (0..i).any(|k| {
                HYPOTHETICAL.contains(&words[k].as_str())
                    && !reported_would(k)
                    && !words[k + 1..i].iter().any(|w| FACT_AGAIN.contains(&w.as_str()))
            });
            let time = doc
                .times
                .iter()
                .filter(|t| sentence.span.contains(t.span))
                // A bare year is usually a modifier (`the 1987 treaty`), not the event's date.
                .filter(|t| t.value.is_none_or(|v| v.precision() != dyad_core::Precision::Year))
                // A time in a later clause of its own (`… to visit Washington since Trump came to
                // power in January`) dates that clause, not the event.
                .filter(|t| {
                    let at = toks.partition_point(|x| x.span.start < t.span.start);
                    at < i + len
                        || !words[i + len..at].iter().any(|w| SUBORDINATORS.contains(&w.as_str()))
                })
                // A time inside a relative clause (`, who last set foot in Washington in August
                // 2013,`) dates that clause only, and one in the trailing attribution
                // (`…, a Kremlin spokesman said on Thursday`) the saying.
                .filter(|t| {
                    let at = toks.partition_point(|x| x.span.start < t.span.start);
                    // A `where` or `when` clause tells of the main clause's occasion: its
                    // events take the main clause's time too.
                    let occasion = clause_of[i] != 0
                        && clause_of.get(at) == Some(&0)
                        && clause_opener
                            .get(clause_of[i] - 1)
                            .is_some_and(|w| matches!(*w, "where" | "when"));
                    let same_clause =
                        occasion || clause_of.get(at).is_none_or(|c| *c == clause_of[i]);
                    let attribution = at > i + len
                        && (at.saturating_sub(3)..at).any(|k| {
                            ATTRIBUTIONS.contains(&words[k].as_str())
                                && words[i + len..k].iter().any(|w| w == ",")
                        });
                    same_clause && !attribution
                })
                .min_by_key(|t| t.span.start.abs_diff(trigger.start));
            let date = time.and_then(|t| t.value);
            // A time of a later clause of its own (`since Trump came to power in January`) says
            // the event is not that clause's: no other report's date is borrowed for it.
            let own_time_elsewhere =
                doc.times.iter().filter(|t| sentence.span.contains(t.span)).any(|t| {
                    let at = toks.partition_point(|x| x.span.start < t.span.start);
                    at >= i + len
                        && words[i + len..at].iter().any(|w| SUBORDINATORS.contains(&w.as_str()))
                });
            let future_word = window(i.saturating_sub(4))
                .any(|w| FUTURE.contains(&w.as_str()) && w != "to")
                || (i > 0
                    && matches!(
                        words[i - 1].as_str(),
                        "planned" | "proposed" | "possible" | "upcoming"
                    ));
            // `agreed to`, `offered to`, `is ready to`, `will`: an intent, which CAMEO codes as
            // 03 (express intent) and PLOVER as AGREE, whatever the act intended.
            // `was to meet`, `is to visit`: arranged.
            let arranged = i >= 2
                && words[i - 1] == "to"
                && matches!(words[i - 2].as_str(), "was" | "were" | "is" | "are");
            let intent = arranged
                || window(i.saturating_sub(3))
                    .any(|w| matches!(w.as_str(), "will" | "would" | "shall" | "’ll" | "'ll"))
                || (i >= 2
                    && words[i - 1] == "to"
                    && window(i.saturating_sub(4)).any(|w| INTENT.contains(&w.as_str())));
            let after_publication = date.zip(doc.article.published).is_some_and(|(d, p)| {
                d.days_from_epoch() > p.days_from_epoch() && d.precision() >= p.precision()
            });
            let future = (future_word || intent || after_publication) && !negated;
            let cameo = if (intent || future) && !negated {
                intent_code(&entry.cameo)
            } else {
                entry.cameo.clone()
            };
            let location = actors
                .iter()
                .filter(|(a, _, m)| {
                    *a > i
                        && doc.entity(&m.entity).is_some_and(|e| e.kind == EntityKind::Place)
                        && *a > 0
                        && matches!(words[*a - 1].as_str(), "in" | "at" | "near")
                })
                .map(|x| participant(x.2))
                .next();
            let reported_by =
                quote_spans.iter().find(|(q, _)| q.contains(trigger)).and_then(|(_, s)| s.clone());
            // Troops withdrawing from a place retreat (0874); a government withdrawing from a
            // treaty or a body reduces relations (166).
            let military = source
                .as_ref()
                .and_then(|s| s.actor_code.as_ref())
                .is_some_and(|c| c.as_str().get(3..).is_some_and(|role| role.contains("MIL")));
            let cameo = if cameo == "166" && military { "0874".to_owned() } else { cameo };
            let code = dyad_core::cameo(&cameo);
            // PLOVER codes an announced act of force or coercion (`will impose a curfew`,
            // `would blockade Paris`) as a threat; CAMEO keeps the act with the future flag.
            let threat = intent
                && !negated
                && code.is_some_and(|c| c.quad_class == dyad_core::QuadClass::MaterialConflict);
            let (plover, plover_mode) = if threat {
                (Some("THREATEN"), None)
            } else {
                (code.and_then(|c| c.plover), code.and_then(|c| c.plover_mode).map(str::to_owned))
            };
            let Some(source) = source else {
                i += len;
                continue;
            };
            if cameo.starts_with("04") || cameo == "036" {
                meetings.push((sentence_no, source.clone(), target.clone()));
            }
            if let Some(t) = &target {
                let person_of = |p: &Participant| {
                    p.entity
                        .as_ref()
                        .and_then(|e| doc.entity(e))
                        .filter(|e| e.kind == EntityKind::Person)
                };
                if let (Some(a), Some(b)) = (person_of(&source), person_of(t))
                    && a.country != b.country
                    && !future
                    && !hypothetical
                    && !negated
                {
                    pair = Some((source.clone(), t.clone()));
                }
            }
            if own_time_elsewhere {
                keep_undated.push(trigger.start);
            }
            let id = event_id(doc.article.id.as_str(), trigger.start, &cameo);
            out.push(Event {
                id,
                sentence: sentence.span,
                trigger,
                source: Some(source),
                target,
                cameo: CameoCode(cameo.clone()),
                plover: plover.map(|p| PloverType(p.to_owned())),
                plover_mode,
                date,
                date_span: time.map(|t| t.span),
                location,
                negated,
                hypothetical,
                future,
                reported_by,
            });
            i += len;
        }
        if sentence_source.is_some() {
            carried = sentence_source;
        }
    }
    inherit_dates(&mut out, &keep_undated);
    out
}

/// An undated report of what happened takes the date of the nearest dated report in the
/// article of the same kind of act (quad class) between the same two actors, either way
/// round: `"I had a call with President Putin"` after `Trump congratulated Putin Tuesday`.
/// Planned, hypothetical and negated events neither give nor take a date.
fn inherit_dates(events: &mut [Event], keep_undated: &[usize]) {
    let settled = |e: &Event| !e.future && !e.hypothetical && !e.negated;
    let sides = |e: &Event| {
        let s = e.source.as_ref()?.entity.clone()?;
        let t = e.target.as_ref()?.entity.clone()?;
        Some(if s <= t { (s, t) } else { (t, s) })
    };
    let quad = |e: &Event| dyad_core::cameo(e.cameo.as_str()).map(|c| c.quad_class);
    let dated: Vec<(usize, _, _, Option<PartialDate>, Option<Span>)> = events
        .iter()
        .filter(|e| e.date.is_some() && settled(e))
        .filter_map(|e| Some((e.trigger.start, sides(e)?, quad(e)?, e.date, e.date_span)))
        .collect();
    for e in events
        .iter_mut()
        .filter(|e| e.date.is_none() && settled(e) && !keep_undated.contains(&e.trigger.start))
    {
        let (Some(pair), Some(q)) = (sides(e), quad(e)) else { continue };
        let nearest = dated
            .iter()
            .filter(|(_, p, dq, _, _)| *p == pair && *dq == q)
            .min_by_key(|(at, ..)| at.abs_diff(e.trigger.start));
        if let Some((_, _, _, date, span)) = nearest {
            e.date = *date;
            e.date_span = *span;
        }
    }
}

/// A stable event id from the article id, the trigger's offset and the code.
fn event_id(article: &str, trigger_start: usize, cameo: &str) -> EventId {
    let h = dyad_core::stable_hash_parts(&[
        article.as_bytes(),
        &trigger_start.to_le_bytes(),
        cameo.as_bytes(),
    ]);
    EventId(format!("{h:016x}"))
}

#[cfg(test)]
mod tests;
