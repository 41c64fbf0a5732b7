//! Descriptors: `the Russian leader`, `the Kremlin spokesman`, `Russia's foreign minister`,
//! `the US president`, `his Russian counterpart`.

use super::names::{Words, kb_match};
use super::words::ROLE_NOUNS;
use super::{Found, Target};
use crate::kb::{Kb, KbRef};
use dyad_core::{Document, MentionKind, PartialDate, Span, TokenKind};

/// Adds a title mention for every descriptor that names a role of a known country and is not
/// followed by the holder's name (an apposition, which the name already covers). Returns the
/// actor codes titles give to people the knowledge base does not know (`Russian Foreign
/// Minister Andrei Kozyrev` is `RUSGOV`), as `(person, code, country)`.
pub(super) fn descriptors(
    doc: &Document,
    kb: &Kb,
    date: Option<PartialDate>,
    found: &mut Vec<Found>,
) -> Vec<(Target, String, String)> {
    let mut titled = Vec::new();
    let w = Words::new(doc);
    let n = doc.tokens.len();
    let mut extra = Vec::new();
    let mut drop_qualifiers: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < n {
        let Some((role, sector, len)) = role_noun(&w, i) else {
            i += 1;
            continue;
        };
        let role_end = i + len;
        // Qualifier before the role noun: a demonym, a country (with `’s`), a seat of power or
        // a national body, ending right before it: the longest such alias.
        let mut q_end = i;
        if q_end > 0 && matches!(w.lower(q_end - 1), "’s" | "'s") {
            q_end -= 1;
        }
        let qualifier = (1..=3.min(q_end)).rev().find_map(|len| {
            let s = q_end - len;
            kb_match(&w, kb, s, false).filter(|(l, _)| *l == len).map(|(_, r)| (s, r))
        });
        let mut start = i;
        let mut country: Option<(usize, Option<String>)> = None; // (country, seat or body named)
        if let Some((s, r)) = qualifier {
            country = match r {
                KbRef::Demonym(c) | KbRef::Country(c) | KbRef::Capital(c) => Some((c, None)),
                KbRef::Metonym(c) => Some((c, Some(w.word(s).to_owned()))),
                KbRef::Organisation(o) => {
                    let org = &kb.organisations[o];
                    org.country
                        .as_ref()
                        .and_then(|code| kb.countries.iter().position(|c| &c.code == code))
                        .map(|c| (c, Some(org.name.clone())))
                }
                KbRef::Place(p) => kb.places[p]
                    .country
                    .as_ref()
                    .and_then(|code| kb.countries.iter().position(|c| &c.code == code))
                    .map(|c| (c, None)),
                KbRef::Person(_) => None,
            };
            start = s;
        }
        if start > 0 && matches!(w.lower(start - 1), "the" | "his" | "her" | "their") {
            start -= 1;
        }
        let Some((ci, seat)) = country else {
            // No country in the descriptor (`the Council president`, `a beaming PM`): the
            // person the article introduced earlier with a title holding its words.
            if let Some(target) = introduced_with_title(&w, found, i, role_end) {
                let start = qualified_start(&w, i);
                extra.push(Found {
                    span: Span::at(doc.tokens[start].span.start, doc.tokens[role_end - 1].span.end),
                    target,
                    kind: MentionKind::Title,
                    tokens: (start, role_end),
                    gender: None,
                });
            }
            i = role_end;
            continue;
        };
        // A name right after is the holder (`Kremlin spokesman Dmitry Peskov`): no descriptor
        // mention, and the qualifier is part of the title, not an entity mention of its own.
        let span = Span::at(doc.tokens[start].span.start, doc.tokens[role_end - 1].span.end);
        drop_qualifiers.push(Span::at(doc.tokens[start].span.start, doc.tokens[i].span.start));
        // `the assistant to the Russian leader Yury Ushakov`: the name is the assistant's, and
        // the descriptor is the leader served.
        let serves = start >= 2
            && matches!(w.lower(start - 1), "to" | "of" | "for")
            && matches!(
                w.lower(start - 2),
                "assistant"
                    | "aide"
                    | "adviser"
                    | "advisor"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "press-secretary"
                    | "deputy"
            );
        let holder = found.iter().find(|f| {
            !serves
                && f.tokens.0 == role_end
                && matches!(f.kind, MentionKind::Name)
                && matches!(f.target, Target::Kb(KbRef::Person(_)) | Target::NewPerson(_))
        });
        if let Some(h) = holder
            && matches!(h.target, Target::NewPerson(_))
        {
            let code = kb.countries[ci].code.clone();
            titled.push((h.target.clone(), format!("{code}{sector}"), code));
        }
        if holder.is_none()
            && !role.is_empty()
            && let Some(person) = resolve(
                kb,
                found,
                ci,
                role,
                seat.as_deref(),
                date,
                matches!(w.lower(role_end - 1), "leader" | "strongman"),
            )
        {
            extra.push(Found {
                span,
                target: Target::Kb(KbRef::Person(person)),
                kind: MentionKind::Title,
                tokens: (start, role_end),
                gender: None,
            });
        }
        i = role_end;
    }
    found.retain(|f| !drop_qualifiers.iter().any(|q| q.contains(f.span) && !q.is_empty()));
    found.extend(extra);
    titled
}

/// The first token of a descriptor whose role noun starts at `i`: capitalised qualifiers
/// (`Council`) and an article or possessive before them (`the`, `a beaming`).
fn qualified_start(w: &Words<'_>, i: usize) -> usize {
    let mut start = i;
    while start > 0
        && i - start < 3
        && w.is_capitalised(start - 1)
        && !w.sentence_initial(start - 1)
    {
        start -= 1;
    }
    if start > 0 && matches!(w.lower(start - 1), "the" | "a" | "his" | "her" | "their") {
        start -= 1;
    } else if start > 1 && matches!(w.lower(start - 2), "a" | "the") {
        // One adjective between (`a beaming PM`).
        start -= 2;
    }
    start
}

/// The person named before token `i` whose title (the capitalised words and role nouns right
/// before the name: `European Council President Charles Michel`) holds the descriptor's role
/// noun and its capitalised qualifiers; the latest such person. A descriptor with no article
/// before it and no qualifier (`President` alone) is left to the name pass.
fn introduced_with_title(
    w: &Words<'_>,
    found: &[Found],
    i: usize,
    role_end: usize,
) -> Option<Target> {
    let start = qualified_start(w, i);
    if start == i {
        return None;
    }
    let role: Vec<&str> = (i..role_end).map(|k| w.lower(k)).collect();
    let qualifiers: Vec<&str> =
        (start..i).filter(|&k| w.is_capitalised(k)).map(|k| w.lower(k)).collect();
    let role = if role == ["pm"] { vec!["prime", "minister"] } else { role };
    let is_named_person = |f: &&Found| {
        f.tokens.1 <= start
            && f.kind == MentionKind::Name
            && matches!(f.target, Target::Kb(KbRef::Person(_)) | Target::NewPerson(_))
    };
    let title_holds_descriptor = |f: &&Found| {
        let title: Vec<&str> = (f.tokens.0.saturating_sub(4)..f.tokens.0)
            .rev()
            .take_while(|&k| w.is_capitalised(k) || ROLE_NOUNS.iter().any(|r| r.0 == w.lower(k)))
            .map(|k| w.lower(k))
            .collect();
        role.iter().all(|r| title.contains(r)) && qualifiers.iter().all(|q| title.contains(q))
    };
    found
        .iter()
        .rev()
        .find(|f| is_named_person(f) && title_holds_descriptor(f))
        .map(|f| f.target.clone())
}

/// The role noun at token `i` (longest first): its knowledge-base role, sector and length.
fn role_noun(w: &Words<'_>, i: usize) -> Option<(&'static str, &'static str, usize)> {
    if w.doc.tokens.get(i)?.kind != TokenKind::Word {
        return None;
    }
    let mut best: Option<(&'static str, &'static str, usize)> = None;
    let first = w.lower(i);
    for (noun, role, sector) in ROLE_NOUNS {
        if !noun.starts_with(first) {
            continue;
        }
        let fits = noun.split(' ').enumerate().all(|(k, p)| w.lower(i + k) == p);
        let len = noun.split(' ').count();
        if fits && best.is_none_or(|(_, _, l)| len > l) {
            best = Some((role, sector, len));
        }
    }
    if best.is_none() && w.lower(i) == "counterpart" {
        best = Some(("head_of_state", "GOV", 1));
    }
    best
}

/// The person a descriptor means: one the article already names in that role (for `leader`,
/// either head), else the knowledge base's holder at `date` (the one whose title names the
/// seat, when several).
fn resolve(
    kb: &Kb,
    found: &[Found],
    country: usize,
    role: &str,
    seat: Option<&str>,
    date: Option<PartialDate>,
    leader: bool,
) -> Option<usize> {
    let code = &kb.countries[country].code;
    let mut holders = kb.holders(code, role, date);
    if holders.is_empty() && role == "head_of_state" {
        holders = kb.holders(code, "head_of_government", date);
    }
    let named_among = |holders: &[usize]| {
        found.iter().find_map(|f| match f.target {
            Target::Kb(KbRef::Person(p)) if holders.contains(&p) => Some(p),
            _ => None,
        })
    };
    if let Some(p) = named_among(&holders) {
        return Some(p);
    }
    // `the Japanese leader` in an article that names the prime minister, not the emperor:
    // a leader is whichever head the article is about.
    if leader
        && role == "head_of_state"
        && let Some(p) = named_among(&kb.holders(code, "head_of_government", date))
    {
        return Some(p);
    }
    if let Some(seat) = seat {
        let seat = seat.trim_start_matches("the ").to_lowercase();
        if let Some(&p) = holders
            .iter()
            .find(|&&p| kb.people[p].roles.iter().any(|r| r.title.to_lowercase().contains(&seat)))
        {
            return Some(p);
        }
    }
    holders.first().copied()
}
