//! Names: knowledge-base aliases and unknown capitalised sequences.

use super::words::{
    NAME_JOINERS, NOT_ACRONYMS, NOT_NAMES, ORGANISATION_WORDS, PERSON_TITLES, ROLE_WORDS,
    TITLE_MODIFIERS, title_gender,
};
use super::{Found, Target};
use crate::kb::{Kb, KbRef};
use dyad_core::{Document, MentionKind, Span, TokenKind};
use std::collections::{HashMap, HashSet};

/// Common words that are also surnames in the knowledge base; alone, they need support.
const COMMON_SURNAMES: &[&str] = &[
    "may", "rice", "brown", "young", "long", "king", "moon", "sharp", "hunt", "cook", "price",
    "page", "rose", "hope", "grant", "will", "bill", "mark", "li", "lee", "kim", "wang", "sun",
    "khan", "lin", "ma", "hu", "jones", "smith", "white", "black", "green", "gray", "grey",
    "little", "power", "major", "love", "strong", "wise", "shannon", "mao", "harris", "sullivan",
];

/// Lower-cased prepositions after which a capital is a place, not a government.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "via",
    "outside",
    "across",
    "toward",
    "towards",
    "visit",
    "visited",
    "visiting",
    "visits",
    "around",
    "inside",
    "throughout",
    "leave",
    "left",
    "arrived",
];

pub(super) struct Words<'a> {
    pub(super) text: &'a str,
    pub(super) doc: &'a Document,
    /// For each token, whether it opens its sentence (after opening quotes and dashes).
    initial: Vec<bool>,
    /// Each token's words in lower case, made once.
    lowered: Vec<String>,
}

impl<'a> Words<'a> {
    /// Indexes a document's tokens once for the entity passes.
    pub(super) fn new(doc: &'a Document) -> Words<'a> {
        let text = doc.text();
        let mut initial = vec![false; doc.tokens.len()];
        for s in &doc.sentences {
            let first = doc.tokens.partition_point(|x| x.span.start < s.span.start);
            let opener = (first..doc.tokens.len()).find(|&k| {
                !matches!(
                    doc.tokens[k].span.text(text),
                    Some("“" | "\"" | "‘" | "'" | "«" | "—" | "–" | "-" | "(" | "•")
                )
            });
            if let Some(k) = opener.filter(|&k| doc.tokens[k].span.start < s.span.end) {
                initial[k] = true;
            }
        }
        let lowered =
            doc.tokens.iter().map(|t| t.span.text(text).unwrap_or("").to_lowercase()).collect();
        Words { text, doc, initial, lowered }
    }

    pub(super) fn word(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).and_then(|t| t.span.text(self.text)).unwrap_or("")
    }
    pub(super) fn lower(&self, i: usize) -> &str {
        self.lowered.get(i).map_or("", String::as_str)
    }
    pub(super) fn is_capitalised(&self, i: usize) -> bool {
        let w = self.word(i);
        w.chars().next().is_some_and(|c| c.is_uppercase())
    }
    /// Whether token `i` starts a sentence (first token, or after `.`/`!`/`?`/`:`/quote/newline).
    pub(super) fn sentence_initial(&self, i: usize) -> bool {
        self.initial.get(i).copied().unwrap_or(false)
    }
    fn span(&self, from: usize, to: usize) -> Span {
        let toks = &self.doc.tokens;
        Span::at(toks[from].span.start, toks[to - 1].span.end)
    }
    /// Whether tokens `a` and `b` are separated by a line break (never inside one name).
    fn line_break_between(&self, a: usize, b: usize) -> bool {
        let toks = &self.doc.tokens;
        self.text.get(toks[a].span.end..toks[b].span.start).is_some_and(|g| g.contains('\n'))
    }
}

fn rank(r: &KbRef) -> u8 {
    match r {
        KbRef::Person(_) => 0,
        KbRef::Organisation(_) => 1,
        KbRef::Country(_) => 2,
        KbRef::Metonym(_) => 3,
        KbRef::Capital(_) => 4,
        KbRef::Place(_) => 5,
        KbRef::Demonym(_) => 6,
    }
}

/// Knowledge-base matches and unknown names, with surnames that need support checked.
pub(super) fn names(doc: &Document, kb: &Kb) -> Vec<Found> {
    let w = Words::new(doc);
    let n = doc.tokens.len();
    let mut found: Vec<Found> = Vec::new();
    let mut needs_support: Vec<usize> = Vec::new(); // indexes into `found`
    let mut covered = vec![false; n];
    let mut i = 0;
    while i < n {
        if doc.tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        // A bare surname inside a longer unknown name (`Michel` in `Michel Suleiman`) is not the
        // known person of that surname.
        let capital_word = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && w.is_capitalised(k)
        };
        let inside_longer_name = |i: usize| {
            let titled = i > 0 && PERSON_TITLES.contains(&w.lower(i - 1));
            capital_word(i + 1) && kb_match(&w, kb, i + 1, false).is_none()
                || i > 0
                    && capital_word(i - 1)
                    && !titled
                    && !w.sentence_initial(i - 1)
                    && kb_match(&w, kb, i - 1, false).is_none()
        };
        if let Some((len, r)) = kb_match(&w, kb, i, false).filter(|(len, r)| {
            !(*len == 1 && matches!(r, KbRef::Person(_)) && inside_longer_name(i))
        }) {
            let single_person = len == 1 && matches!(r, KbRef::Person(_));
            let titled = i > 0 && PERSON_TITLES.contains(&w.lower(i - 1));
            let kind = match r {
                KbRef::Metonym(_) => MentionKind::Metonym,
                _ => MentionKind::Name,
            };
            let target = match r {
                KbRef::Capital(c) if i > 0 && PLACE_PREPOSITIONS.contains(&w.lower(i - 1)) => {
                    Target::CapitalPlace(c)
                }
                KbRef::Capital(c)
                    if kb.countries[c]
                        .metonyms
                        .iter()
                        .all(|m| !m.eq_ignore_ascii_case(w.word(i))) =>
                {
                    Target::CapitalPlace(c)
                }
                _ => Target::Kb(r),
            };
            let kind = if matches!(r, KbRef::Capital(_)) && matches!(target, Target::Kb(_)) {
                MentionKind::Metonym
            } else {
                kind
            };
            if !matches!(r, KbRef::Demonym(_)) {
                let gender = if i > 0 { title_gender(w.word(i - 1)) } else { None };
                if single_person
                    && !titled
                    && (is_common(kb, w.lower(i))
                        || w.sentence_initial(i) && is_common_word(w.lower(i)))
                {
                    needs_support.push(found.len());
                }
                found.push(Found {
                    span: w.span(i, i + len),
                    target,
                    kind,
                    tokens: (i, i + len),
                    gender,
                });
            }
            covered[i..i + len].iter_mut().for_each(|c| *c = true);
            i += len;
            continue;
        }
        // `US-Russia`, `Trump-Putin`: the parts of a hyphenated word, each a name of its own.
        let word = w.word(i);
        if word.contains('-') {
            let start = doc.tokens[i].span.start;
            let mut offset = 0;
            for part in word.split('-') {
                let lower = part.to_lowercase();
                let hit = kb
                    .aliases_starting(&lower)
                    .iter()
                    .filter(|(t, _)| t.len() == 1)
                    .min_by_key(|(_, r)| rank(r))
                    .map(|(_, r)| *r);
                if let Some(r) = hit
                    .filter(|r| !matches!(r, KbRef::Demonym(_)))
                    .filter(|_| part.chars().next().is_some_and(char::is_uppercase))
                {
                    let span = Span::at(start + offset, start + offset + part.len());
                    let kind = if matches!(r, KbRef::Metonym(_) | KbRef::Capital(_)) {
                        MentionKind::Metonym
                    } else {
                        MentionKind::Name
                    };
                    found.push(Found {
                        span,
                        target: Target::Kb(r),
                        kind,
                        tokens: (i, i + 1),
                        gender: None,
                    });
                    covered[i] = true;
                }
                offset += part.len() + 1;
            }
        }
        i += 1;
    }
    // Bare surnames that need support: the article names the person in full, or drop them.
    let full: HashSet<Target> =
        found.iter().filter(|f| f.tokens.1 - f.tokens.0 > 1).map(|f| f.target.clone()).collect();
    let mut k = 0;
    found.retain(|f| {
        let keep = !needs_support.contains(&k) || full.contains(&f.target);
        k += 1;
        keep
    });
    let covered_now: Vec<bool> = {
        let mut c = vec![false; n];
        for f in &found {
            c[f.tokens.0..f.tokens.1].iter_mut().for_each(|x| *x = true);
        }
        // Demonyms stay covered: they are not names of their own.
        c.iter().zip(&covered).map(|(a, b)| *a || *b).collect()
    };
    unknown_names(&w, kb, &covered_now, &mut found);
    found
}

fn is_common_word(lower: &str) -> bool {
    NOT_NAMES.contains(&lower) || COMMON_SURNAMES.contains(&lower)
}

/// A single word that several people share, or that is a common word.
fn is_common(kb: &Kb, lower: &str) -> bool {
    COMMON_SURNAMES.contains(&lower)
        || NOT_NAMES.contains(&lower)
        || kb
            .aliases_starting(lower)
            .iter()
            .filter(|(t, r)| t.len() == 1 && matches!(r, KbRef::Person(_)))
            .count()
            > 1
}

/// The longest alias starting at token `i`: its length in tokens and what it names. Words of
/// the alias other than joiners must be capitalised in the text unless `any_case`.
pub(super) fn kb_match(w: &Words<'_>, kb: &Kb, i: usize, any_case: bool) -> Option<(usize, KbRef)> {
    let first = w.lower(i);
    let key: std::borrow::Cow<'_, str> =
        if first == "the" { format!("the {}", w.lower(i + 1)).into() } else { first.into() };
    let mut best: Option<(usize, KbRef)> = None;
    for (alias, r) in kb.aliases_starting(&key) {
        let len = alias.len();
        if best.is_some_and(|(l, br)| l > len || l == len && rank(&br) <= rank(r)) {
            continue;
        }
        if i + len > w.doc.tokens.len() {
            continue;
        }
        // A person's longer name needs only its first word capitalised (`Donald trump` in
        // translated copy).
        let person = matches!(r, KbRef::Person(_)) && len > 1;
        let fits = alias.iter().enumerate().all(|(k, a)| {
            let word = w.word(i + k);
            w.lower(i + k) == a.as_str()
                && (any_case
                    || NAME_JOINERS.contains(&a.as_str())
                    || (person && k > 0)
                    || word.chars().next().is_some_and(|c| !c.is_lowercase()))
                && (k == 0 || !w.line_break_between(i + k - 1, i + k))
        });
        // An acronym must be written in capitals (`ICE`, not `Ice`; `US`, not `us`); from four
        // letters on, title case too (`Nato`, `Opec`, as British papers write them).
        let written = w.word(i);
        let letters = written.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = written.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let acronym_ok = len > 1
            || !kb.is_acronym(&alias[0])
            || all_caps
            || letters >= 4 && written.chars().next().is_some_and(char::is_uppercase)
            || any_case;
        if fits && acronym_ok {
            best = Some((len, *r));
        }
    }
    best
}

/// Capitalised sequences no alias covered: people, organisations and places by their words.
fn unknown_names(w: &Words<'_>, kb: &Kb, covered: &[bool], found: &mut Vec<Found>) {
    let toks = &w.doc.tokens;
    let n = toks.len();
    let mut confirmed: HashSet<String> = HashSet::new();
    // Evidence from the whole article: words it also writes in lower case are common words,
    // and capitalised words it uses alone (not opening a sentence) may be surnames.
    let mut lower_words_seen: HashSet<String> = HashSet::new();
    let mut alone: HashMap<String, usize> = HashMap::new();
    for k in 0..n {
        if toks[k].kind != TokenKind::Word {
            continue;
        }
        let word = w.word(k);
        if word.chars().next().is_some_and(char::is_lowercase) {
            lower_words_seen.insert(word.to_owned());
        } else {
            let capital_word = |j: usize| toks[j].kind == TokenKind::Word && w.is_capitalised(j);
            let next_capital = k + 1 < n && capital_word(k + 1);
            let prev_capital = k > 0 && capital_word(k - 1);
            if w.sentence_initial(k) || next_capital || prev_capital {
                continue;
            }
            *alone.entry(word.to_owned()).or_default() += 1;
        }
    }
    let mut i = 0;
    while i < n {
        if covered[i] || toks[i].kind != TokenKind::Word || !w.is_capitalised(i) {
            i += 1;
            continue;
        }
        // Extend over capitalised words, joiners between them, and initials (`James B. Comey`).
        let start = i;
        let mut end = i + 1;
        loop {
            if end < n
                && !covered[end]
                && toks[end].kind == TokenKind::Word
                && w.is_capitalised(end)
                && !w.line_break_between(end - 1, end)
                // `Yasser Arafat Wednesday rejected …`: a weekday after a name is a date.
                && !dyad_core::WEEKDAYS.contains(&w.lower(end))
            {
                end += 1;
            } else if end + 1 < n
                && (NAME_JOINERS.contains(&w.word(end))
                    || w.word(end) == "." && w.word(end - 1).chars().count() == 1)
                && !covered[end + 1]
                && w.is_capitalised(end + 1)
                && !w.line_break_between(end - 1, end + 1)
            {
                end += 2;
            } else {
                break;
            }
        }
        i = end;
        // Leading sentence openers and titles are not part of the name; titles are evidence.
        let mut s = start;
        // Words such as `former` or `prime` belong to titles but say nothing by themselves
        // (`the former Cold War enemies`).
        let is_title = |k: usize| {
            let l = w.lower(k);
            PERSON_TITLES.contains(&l) && !TITLE_MODIFIERS.contains(&l)
        };
        let mut title: Option<&str> =
            if s > 0 && is_title(s - 1) { Some(w.word(s - 1)) } else { None };
        while s < end && (NOT_NAMES.contains(&w.lower(s)) || PERSON_TITLES.contains(&w.lower(s))) {
            if is_title(s) {
                title = Some(w.word(s));
            }
            s += 1;
        }
        let mut e = end;
        while e > s && (NAME_JOINERS.contains(&w.word(e - 1)) || w.word(e - 1) == ".") {
            e -= 1;
        }
        // `Executive Director Henrietta Fore`, `Water Minister Seleshi Bekele`: a title inside
        // the capitalised run, with a name of two or more words after it, ends the title.
        if let Some(p) = (s..e).rev().find(|&k| is_title(k))
            && p > s
            && e >= p + 3
            && (p + 1..e).all(|k| {
                let l = w.lower(k);
                w.word(k).chars().next().is_some_and(char::is_uppercase)
                    && !ORGANISATION_WORDS.contains(&l)
                    && !PERSON_TITLES.contains(&l)
            })
        {
            title = Some(w.word(p));
            s = p + 1;
        }
        if s >= e {
            continue;
        }
        let len = e - s;
        let words: Vec<&str> = (s..e).map(|k| w.word(k)).collect();
        let name = words.iter().enumerate().fold(String::new(), |mut acc, (k, word)| {
            if k > 0 && *word != "." {
                acc.push(' ');
            }
            acc.push_str(word);
            acc
        });
        let lower_words: Vec<String> = words.iter().map(|x| x.to_lowercase()).collect();
        let is_org = lower_words.iter().any(|x| ORGANISATION_WORDS.contains(&x.as_str()));
        let prev = if s > 0 { w.lower(s - 1) } else { "" };
        let name_like = words.iter().all(|x| {
            x.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'' || c == '’')
        });
        let acronym = len == 1
            && (2..=6).contains(&words[0].chars().count())
            && words[0].chars().all(|c| c.is_ascii_uppercase())
            && !NOT_ACRONYMS.contains(&words[0]);
        let target = if is_org {
            Target::NewOrganisation(name)
        } else if acronym {
            // An acronym the knowledge base does not know is an organisation (`NASA`, `FIFA`).
            Target::NewOrganisation(name)
        } else if (2..=4).contains(&len)
            && name_like
            && !words.iter().all(|x| x.chars().all(|c| c.is_uppercase()))
        {
            // Two to four capitalised words: a person on enough evidence (a title, a known given
            // name, the surname used alone elsewhere, a speech verb after, a role before), a
            // place after `in`, else nothing (`Cold War`, `Free World`).
            let mut score = 0;
            if title.is_some() {
                score += 3;
            }
            if kb.is_given_name(&lower_words[0]) {
                score += 2;
            }
            if words.last().is_some_and(|last| alone.get(*last).copied().unwrap_or(0) > 0) {
                score += 2;
            }
            // A role right before, or before an opening comma (`the minister, Hulusi Akar,`).
            let role_before = ROLE_WORDS.contains(&prev)
                || prev == "," && s >= 2 && ROLE_WORDS.contains(&w.lower(s - 2));
            if role_before {
                score += 2;
            }
            let next = w.lower(e);
            if matches!(
                next,
                "said" | "says" | "told" | "added" | "wrote" | "explained" | "tweeted"
            ) || next == "," && w.lower(e + 1) == "who"
            {
                score += 2;
            }
            if words.iter().any(|x| lower_words_seen.contains(&x.to_lowercase())) {
                score -= 2;
            }
            if score >= 2 {
                Target::NewPerson(name)
            } else if prev == "in" && len <= 3 {
                Target::NewPlace(name)
            } else {
                continue;
            }
        } else if title.is_some() && len == 1 {
            // `President Mugabe`: the title is the evidence.
            confirmed.insert(name.clone());
            Target::NewPerson(name)
        } else if len == 1
            && !w.sentence_initial(s)
            && prev == "in"
            && w.word(s).chars().skip(1).all(char::is_lowercase)
            && !lower_words_seen.contains(&lower_words[0])
        {
            Target::NewPlace(name)
        } else if len == 1 && !NOT_NAMES.contains(&lower_words[0].as_str()) {
            // A lone capitalised word: a person only when it is the surname or given name of one
            // named in full, or a given name with a role, apposition or speech verb around it
            // (`their child, Gloria, died`); checked below, once every name is known.
            let next = w.lower(e);
            let evidence = kb.is_given_name(&lower_words[0])
                && (ROLE_WORDS.contains(&prev)
                    || prev == ","
                        && next == ","
                        && s >= 2
                        && ROLE_WORDS.contains(&w.lower(s - 2))
                    || matches!(next, "said" | "says" | "told" | "added"));
            if evidence {
                confirmed.insert(name.clone());
            }
            Target::NewPerson(name)
        } else {
            continue;
        };
        let gender = title.and_then(title_gender);
        found.push(Found {
            span: w.span(s, e),
            target,
            kind: MentionKind::Name,
            tokens: (s, e),
            gender,
        });
    }
    // Lone words kept as people must be the surname or given name of a full name, or a given
    // name confirmed once in the article; others are dropped.
    let mut name_parts: HashSet<String> = confirmed;
    for f in found.iter() {
        if let Target::NewPerson(n) = &f.target
            && let (Some((first, _)), Some((_, last))) = (n.split_once(' '), n.rsplit_once(' '))
        {
            name_parts.insert(first.to_owned());
            name_parts.insert(last.to_owned());
        }
    }
    found.retain(|f| match &f.target {
        Target::NewPerson(n) if !n.contains(' ') => name_parts.contains(n) || f.gender.is_some(),
        _ => true,
    });
}

/// Lower-case occurrences of the surnames (and misspellings) of people the article names
/// properly, as machine translation leaves them (`trump`, `tramp`).
pub(super) fn lowercase_names(doc: &Document, kb: &Kb, found: &mut Vec<Found>) {
    let w = Words::new(doc);
    let people: HashSet<usize> = found
        .iter()
        .filter_map(|f| match f.target {
            Target::Kb(KbRef::Person(p)) => Some(p),
            _ => None,
        })
        .collect();
    if people.is_empty() {
        return;
    }
    let covered: HashSet<usize> = found.iter().flat_map(|f| f.tokens.0..f.tokens.1).collect();
    // Only words that start an alias of one of these people are worth a look.
    let starts: HashSet<String> = people
        .iter()
        .filter_map(|&p| kb.people.get(p))
        .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
        .filter_map(|a| super::super::kb::name_tokens(a).into_iter().next())
        .collect();
    let mut extra = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if covered.contains(&i)
            || t.kind != TokenKind::Word
            || w.is_capitalised(i)
            || !starts.contains(w.lower(i))
        {
            continue;
        }
        if let Some((len, r @ KbRef::Person(p))) = kb_match(&w, kb, i, true)
            && people.contains(&p)
        {
            extra.push(Found {
                span: w.span(i, i + len),
                target: Target::Kb(r),
                kind: MentionKind::Name,
                tokens: (i, i + len),
                gender: None,
            });
        }
    }
    found.extend(extra);
}
