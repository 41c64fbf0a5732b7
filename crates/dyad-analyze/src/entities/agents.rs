//! Agents: groups named by their role and country rather than by name — `Syrian rebels`,
//! `Israeli troops`, `the Georgian government`, `UN peacekeepers`, `Kremlin officials`,
//! `Syria's army`, `troops from Chad` — coded as the country (or organisation) followed by
//! the CAMEO sector of the role (`SYRREB`, `ISRMIL`, `GEOGOV`, `IGOUNOMIL`). With no country
//! in reach the country part is `---`, as PETRARCH writes it (`---REB` for `insurgents`).

use super::names::{Words, kb_match};
use super::{Found, Target};
use crate::kb::{Kb, KbRef};
use dyad_core::{Document, MentionKind, Span, TokenKind};
use std::collections::HashMap;

/// Role words and their CAMEO sector; multi-word roles first.
const AGENTS: &[(&str, &str)] = &[
    ("security forces", "COP"),
    ("border guards", "COP"),
    ("border police", "COP"),
    ("riot police", "COP"),
    ("police officers", "COP"),
    ("armed forces", "MIL"),
    ("air force", "MIL"),
    ("special forces", "MIL"),
    ("peacekeeping troops", "MIL"),
    ("peacekeeping forces", "MIL"),
    ("state media", "MED"),
    ("intelligence officials", "SPY"),
    ("intelligence services", "SPY"),
    ("intelligence agencies", "SPY"),
    ("health workers", "HLH"),
    ("trade unions", "LAB"),
    ("asylum seekers", "REF"),
    ("government", "GOV"),
    ("governments", "GOV"),
    ("officials", "GOV"),
    ("official", "GOV"),
    ("authorities", "GOV"),
    ("administration", "GOV"),
    ("cabinet", "GOV"),
    ("diplomats", "GOV"),
    ("diplomat", "GOV"),
    ("delegation", "GOV"),
    ("negotiators", "GOV"),
    ("regime", "GOV"),
    ("leadership", "GOV"),
    ("leaders", "GOV"),
    ("envoys", "GOV"),
    ("ministers", "GOV"),
    ("minister", "GOV"),
    ("ministry", "GOV"),
    ("embassy", "GOV"),
    ("mayor", "GOV"),
    ("governor", "GOV"),
    ("troops", "MIL"),
    ("soldiers", "MIL"),
    ("soldier", "MIL"),
    ("army", "MIL"),
    ("military", "MIL"),
    ("forces", "MIL"),
    ("navy", "MIL"),
    ("warships", "MIL"),
    ("warplanes", "MIL"),
    ("jets", "MIL"),
    ("helicopters", "MIL"),
    ("tanks", "MIL"),
    ("artillery", "MIL"),
    ("commanders", "MIL"),
    ("paratroopers", "MIL"),
    ("marines", "MIL"),
    ("peacekeepers", "MIL"),
    ("militaries", "MIL"),
    ("police", "COP"),
    ("policemen", "COP"),
    ("gendarmes", "COP"),
    ("court", "JUD"),
    ("courts", "JUD"),
    ("judge", "JUD"),
    ("judges", "JUD"),
    ("prosecutors", "JUD"),
    ("prosecutor", "JUD"),
    ("tribunal", "JUD"),
    ("parliament", "LEG"),
    ("lawmakers", "LEG"),
    ("legislators", "LEG"),
    ("legislature", "LEG"),
    ("senators", "LEG"),
    ("congressmen", "LEG"),
    ("mps", "LEG"),
    ("deputies", "LEG"),
    ("rebels", "REB"),
    ("rebel", "REB"),
    ("insurgents", "REB"),
    ("guerrillas", "REB"),
    ("guerillas", "REB"),
    ("militants", "REB"),
    ("militiamen", "REB"),
    ("militia", "REB"),
    ("militias", "REB"),
    ("fighters", "REB"),
    ("separatists", "REB"),
    ("jihadists", "REB"),
    ("extremists", "REB"),
    ("gunmen", "UAF"),
    ("gunman", "UAF"),
    ("attackers", "UAF"),
    ("assailants", "UAF"),
    ("opposition", "OPP"),
    ("dissidents", "OPP"),
    ("activists", "OPP"),
    ("demonstrators", "OPP"),
    ("protesters", "OPP"),
    ("protestors", "OPP"),
    ("opponents", "OPP"),
    ("civilians", "CVL"),
    ("residents", "CVL"),
    ("villagers", "CVL"),
    ("citizens", "CVL"),
    ("children", "CVL"),
    ("women", "CVL"),
    ("families", "CVL"),
    ("inhabitants", "CVL"),
    ("pilgrims", "CVL"),
    ("tourists", "CVL"),
    ("nationals", "CVL"),
    ("settlers", "CVL"),
    ("refugees", "REF"),
    ("migrants", "REF"),
    ("immigrants", "REF"),
    ("students", "EDU"),
    ("teachers", "EDU"),
    ("journalists", "MED"),
    ("reporters", "MED"),
    ("media", "MED"),
    ("broadcaster", "MED"),
    ("companies", "BUS"),
    ("businessmen", "BUS"),
    ("firms", "BUS"),
    ("banks", "BUS"),
    ("investors", "BUS"),
    ("exporters", "BUS"),
    ("airlines", "BUS"),
    ("spies", "SPY"),
    ("intelligence", "SPY"),
    ("doctors", "HLH"),
    ("nurses", "HLH"),
    ("medics", "HLH"),
    ("workers", "LAB"),
    ("unions", "LAB"),
    ("strikers", "LAB"),
    ("farmers", "AGR"),
    ("peasants", "AGR"),
    ("clerics", "REL"),
    ("clergy", "REL"),
    ("priests", "REL"),
    ("imams", "REL"),
    ("smugglers", "CRM"),
    ("traffickers", "CRM"),
    ("gangs", "CRM"),
    ("pirates", "CRM"),
];

/// Function words and auxiliaries: none of them stands inside a noun phrase such as `Syrian
/// armed rebels`, so each ends one (`US complaints that its officials` is no group of US
/// officials; `Russian were` is no group of Russians).
const PHRASE_BREAKERS: &[&str] = &[
    "and", "or", "but", "not", "of", "the", "a", "an", "to", "by", "in", "on", "at", "for", "with",
    "from", "as", "than", "said", "says", "that", "which", "who", "whose", "this", "thus", "its",
    "his", "her", "their", "our", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "does", "did", "will", "would", "can", "could", "may", "might", "must", "should",
];

/// Words that may stand between a qualifier and the role (`Syrian armed rebels`, `Israeli
/// army bulldozers` stops at `army`).
fn is_modifier(w: &str) -> bool {
    w.chars().all(|c| c.is_lowercase() || c == '-') && !PHRASE_BREAKERS.contains(&w)
}

/// Adds agent mentions for role words not already inside a name.
pub(super) fn agents(doc: &Document, kb: &Kb, found: &mut Vec<Found>) {
    let w = Words::new(doc);
    let covered: Vec<bool> = {
        let n = doc.tokens.len();
        let mut c = vec![false; n];
        for f in found.iter() {
            c[f.tokens.0.min(n)..f.tokens.1.min(n)].iter_mut().for_each(|x| *x = true);
        }
        c
    };
    let mut extra = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if covered[i] || doc.tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let Some((len, sector)) = role_at(&w, i) else {
            i += 1;
            continue;
        };
        let end = i + len;
        // A capitalised role word mid-sentence is part of a name (`the Syrian Arab Army`).
        if w.is_capitalised(i)
            && !w.sentence_initial(i)
            && !covered.get(i.wrapping_sub(1)).copied().unwrap_or(false)
            && w.word(i).chars().nth(1).is_some_and(char::is_lowercase)
        {
            let prev = if i > 0 { w.word(i - 1) } else { "" };
            if prev.chars().next().is_some_and(char::is_uppercase) && !is_qualifier(&w, kb, i - 1) {
                i = end;
                continue;
            }
        }
        // The qualifier: the nearest country, demonym, seat or organisation before the role
        // (over modifiers and `’s`), else after it (`troops from Chad`, `army of Iraq`).
        let mut k = i;
        let mut qualifier: Option<(usize, KbRef)> = None;
        while k > 0 && i - k < 5 {
            k -= 1;
            let word = w.word(k);
            if matches!(word, "’s" | "'s") {
                continue;
            }
            if let Some(q) = qualifier_ending_at(&w, kb, k) {
                qualifier = Some(q);
                break;
            }
            if !is_modifier(word) {
                break;
            }
        }
        if qualifier.is_none() && matches!(w.lower(end), "of" | "from") {
            qualifier = (end + 1..(end + 6).min(doc.tokens.len()))
                .find_map(|k| kb_match(&w, kb, k, false).map(|m| (k, m)))
                .filter(|(_, (_, r))| {
                    matches!(r, KbRef::Country(_) | KbRef::Capital(_) | KbRef::Place(_))
                })
                // `the leaders of Greece, Germany and Iran`: many countries, none of them alone.
                .filter(|&(k, (l, _))| {
                    !(matches!(w.lower(k + l), "," | "and" | "or")
                        && kb_match(&w, kb, k + l + 1, false)
                            .is_some_and(|(_, r)| matches!(r, KbRef::Country(_))))
                })
                .map(|(k, (_, r))| (k, r));
        }
        let (code, country, start) = match qualifier {
            Some((s, r)) => {
                let (base, country) = match r {
                    KbRef::Country(c)
                    | KbRef::Demonym(c)
                    | KbRef::Metonym(c)
                    | KbRef::Capital(c) => {
                        (kb.countries[c].code.clone(), Some(kb.countries[c].code.clone()))
                    }
                    KbRef::Organisation(o) => {
                        let org = &kb.organisations[o];
                        (
                            org.actor_code.as_ref().map_or_else(String::new, |c| c.to_string()),
                            org.country.clone(),
                        )
                    }
                    // `Gaza police`: the place's country.
                    KbRef::Place(p) => (
                        kb.places[p].country.clone().unwrap_or_default(),
                        kb.places[p].country.clone(),
                    ),
                    KbRef::Person(_) => (String::new(), None),
                };
                if base.is_empty() {
                    i = end;
                    continue;
                }
                // `White House officials` stay USAGOV; `UN troops` become IGOUNOMIL.
                let code = if base.get(3..).is_some_and(|rest| rest.contains(sector)) {
                    base
                } else {
                    format!("{base}{sector}")
                };
                (code, country, s.min(i))
            }
            // `officials said` alone names nobody; other roles are coded with an unknown country.
            None if sector == "GOV" && w.lower(i) != "government" => {
                i = end;
                continue;
            }
            None => (format!("---{sector}"), None, i),
        };
        // A qualifier after the role (`troops from Chad`) is not part of the mention.
        let start = start.min(i);
        let span = Span::at(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        extra.push(Found {
            span,
            target: Target::Agent(code, country),
            kind: MentionKind::Agent,
            tokens: (start, end),
            gender: None,
        });
        i = end;
    }
    // People by nationality: a plural demonym (`Iraqis`, `Liberians`) or a demonym before a
    // noun that names no role (`Palestinian homes`, `Russian civilians` is a role above): the
    // country, as event coders read them.
    let n = doc.tokens.len();
    let mut taken = vec![false; n];
    for (a, b) in found.iter().map(|f| f.tokens).chain(extra.iter().map(|a| a.tokens)) {
        taken[a.min(n)..b.min(n)].iter_mut().for_each(|t| *t = true);
    }
    let free = |k: usize| !taken.get(k).copied().unwrap_or(true);
    for k in 0..doc.tokens.len() {
        if !free(k) || doc.tokens[k].kind != TokenKind::Word || !w.is_capitalised(k) {
            continue;
        }
        let Some((1, KbRef::Demonym(c))) = kb_match(&w, kb, k, false) else { continue };
        let word = w.word(k);
        let plural = word.ends_with('s')
            && kb.countries[c].demonyms.iter().any(|d| d == word)
            && !word.ends_with("ss");
        let next = w.lower(k + 1);
        let noun = doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && w.word(k + 1).chars().next().is_some_and(char::is_lowercase)
            && free(k + 1)
            // Roles after a demonym (`Russian officials`) are the role pass's, above.
            && !matches!(next, "officials" | "government")
            && is_acting_noun(next);
        if !(plural || noun) {
            continue;
        }
        let end = if plural { k + 1 } else { k + 2 };
        let code = kb.countries[c].code.clone();
        extra.push(Found {
            span: Span::at(doc.tokens[k].span.start, doc.tokens[end - 1].span.end),
            target: Target::Agent(code.clone(), Some(code)),
            kind: MentionKind::Agent,
            tokens: (k, end),
            gender: None,
        });
    }
    // Drop the country mentions an agent absorbed (`Syrian` is already the agent's qualifier).
    found.retain(|f| !extra.iter().any(|a| a.span.contains(f.span) && a.span != f.span));
    found.extend(extra);
}

/// Whether a lower-case word after a demonym names people or things of that country that can
/// act or be acted upon (`Palestinian homes`, `Brazilian men`, `a Nigerian student`, `Israeli
/// tank shelling`, `the French presidency`): event coders read such a noun as its country.
/// Words are turned away by their form, so unknown nouns still pass: a function word or
/// auxiliary (`Russian were`) and an adjective's ending (`Syrian civil war`, `British soil`,
/// `an American critic`).
fn is_acting_noun(word: &str) -> bool {
    // Nouns with an adjective's ending that do act.
    if matches!(word, "official" | "military" | "mercenary" | "rival" | "national") {
        return true;
    }
    let function_or_verb = PHRASE_BREAKERS.contains(&word);
    let adjective = ["al", "ic", "ive", "ous", "il", "ful", "less", "ary", "ern"]
        .iter()
        .any(|end| word.ends_with(end));
    !function_or_verb && !adjective
}

fn is_qualifier(w: &Words<'_>, kb: &Kb, k: usize) -> bool {
    qualifier_ending_at(w, kb, k).is_some()
}

/// A knowledge-base country, demonym, seat or organisation alias ending at token `k`.
fn qualifier_ending_at(w: &Words<'_>, kb: &Kb, k: usize) -> Option<(usize, KbRef)> {
    (0..=k.min(4)).find_map(|back| {
        let s = k - back;
        kb_match(w, kb, s, false)
            .filter(|(l, r)| s + l == k + 1 && !matches!(r, KbRef::Person(_)))
            .map(|(_, r)| (s, r))
    })
}

/// The role at token `i`: its length in tokens and its sector.
fn role_at(w: &Words<'_>, i: usize) -> Option<(usize, &'static str)> {
    // Roles by their first word, built once: `security` → [(`forces`, COP)], `troops` → [("", MIL)].
    static BY_FIRST: std::sync::OnceLock<HashMap<&'static str, Vec<(&'static str, &'static str)>>> =
        std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut m: HashMap<&'static str, Vec<(&'static str, &'static str)>> = HashMap::new();
        for &(role, sector) in AGENTS {
            let (first, second) = role.split_once(' ').unwrap_or((role, ""));
            m.entry(first).or_default().push((second, sector));
        }
        m
    });
    let roles = by_first.get(w.lower(i))?;
    let second = w.lower(i + 1);
    // Two-word roles first (`security forces` before `forces`), as AGENTS lists them.
    roles
        .iter()
        .find(|(s, _)| !s.is_empty() && *s == second)
        .map(|&(_, sector)| (2, sector))
        .or_else(|| roles.iter().find(|(s, _)| s.is_empty()).map(|&(_, sector)| (1, sector)))
}
