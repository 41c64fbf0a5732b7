//! Quotes: who said what.
//!
//! **Direct quotes** are the stretches between quotation marks (straight, curly, angle). Each is
//! attributed by the words around it: after it (`…,” Peskov said`, `…,” said Putin`, `…,”
//! reported the Independent`), or before it (`Mr Peskov said: “…”`). A short quote embedded in
//! a sentence (talks were “constructive”) is a partial quote, attributed to the speaker of its
//! sentence and dropped when the sentence has none (scare quotes). A quote that opens a
//! paragraph with no attribution of its own continues the previous paragraph's speaker.
//!
//! **Indirect quotes** are reported clauses: `X said (that) …`, `X told CNN …`, `…, X said.`,
//! `according to X, …`, `…, according to X.`
//!
//! The speaker is the entity mention next to the speech verb (a name, a title such as `the
//! Kremlin spokesman`, an organisation, or a pronoun the entity layer resolved); when none is
//! found the quote has no speaker rather than a guess.

use crate::entities::ROLE_WORDS;
use crate::quotemarks::quoted;
use dyad_core::{Document, Quote, Span, TokenKind};

/// Speech verbs and nouns that attribute a quote.
const CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "added",
    "adds",
    "adding",
    "noted",
    "notes",
    "warned",
    "warns",
    "stated",
    "states",
    "declared",
    "declares",
    "explained",
    "explains",
    "insisted",
    "insists",
    "stressed",
    "stresses",
    "argued",
    "argues",
    "claimed",
    "claims",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "announced",
    "announces",
    "commented",
    "remarked",
    "acknowledged",
    "admitted",
    "recalled",
    "suggested",
    "urged",
    "emphasised",
    "emphasized",
    "indicated",
    "reported",
    "reports",
    "continued",
    "concluded",
    "confirmed",
    "insisting",
    "according",
    "posted",
    "vowed",
    "cautioned",
    "observed",
    "conceded",
    "predicted",
    "promised",
    "announcing",
    "shouted",
    "informed",
    "informs",
    "affirmed",
    "fumed",
    "tell",
    "telling",
    "denied",
    "denies",
    "alleged",
    "boasted",
    "complained",
    "agreed",
    "chanted",
    "chanting",
    "read",
    "raged",
    "quipped",
    "joked",
    "retorted",
    "snapped",
    "lamented",
    "countered",
    "exclaimed",
    "pleaded",
    "scoffed",
    "stating",
];

/// Verbs that characterise what someone said; they attribute quoted words inside their
/// sentence, not reported clauses.
const PARTIAL_CUES: &[&str] = &[
    "called",
    "calls",
    "described",
    "describes",
    "branded",
    "brands",
    "blasted",
    "slammed",
    "hailed",
    "praised",
    "criticised",
    "criticized",
    "dismissed",
    "condemned",
    "welcomed",
    "denounced",
    "termed",
    "labelled",
    "labeled",
    "accused",
    "urged",
    "promised",
    "vowed",
    "pledged",
    "insisted",
    "expressed",
    "voiced",
    "rejected",
    "defended",
];

/// Roles that speak for someone else (`the assistant to the President`): the one they serve
/// is not the speaker.
const HEAD_ROLES: &[&str] = &[
    "assistant",
    "aide",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press-secretary",
    "press-service",
    "deputy",
];

/// Nouns that head a description of an unnamed source (`a source close to the talks`).
const ANONYMOUS_HEADS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "insider",
    "insiders",
    "person",
    "people",
    "aides",
    "allies",
    "ally",
];

/// Words that may sit between a speaker and the speech verb (`he also said`).
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "recently",
    "then",
    "again",
    "further",
    "has",
    "had",
    "have",
    "reportedly",
    "once",
    "earlier",
    "previously",
    "quickly",
    "simply",
    "just",
    "was",
    "is",
    "on",
    "in",
    "a",
    "statement",
    "it",
];

/// Finds the quotes of a document (needs tokens, sentences and mentions).
pub fn quotes(doc: &Document) -> Vec<Quote> {
    let text = doc.text();
    let q = Quoting::new(doc);
    let mut out: Vec<Quote> = Vec::new();
    let stretches = quoted(text);
    // The last attributed direct quote and its paragraph: a following quote with no
    // attribution of its own (`“A,” he said. “B.”`, or a quote paragraph after it) continues it.
    let mut previous: Option<(Quote, usize)> = None;
    for (k, s) in stretches.iter().enumerate() {
        let content = trim(text, s.content);
        if content.is_empty() {
            continue;
        }
        let para = paragraph_of(text, s.open);
        // A quote inside a sentence that closes the sentence (`told Lavrov to “rein in …
        // proxies.” Lavrov said …`) has no attribution after it: that is the next sentence's.
        let ends_sentence = content.text(text).is_some_and(|t| t.ends_with(['.', '!', '?']))
            && q.doc.sentence_at(s.open).is_some_and(|st| st.span.start + 3 < s.open);
        let attribution = (!ends_sentence)
            .then(|| q.attribution_after(s.close_end))
            .flatten()
            .or_else(|| q.attribution_before(s.open));
        let starts_paragraph = para_start(text, s.open) == s.open;
        let words = content.text(text).map_or(0, |t| t.split_whitespace().count());
        let anonymous = || Quote {
            span: content,
            cue: None,
            speaker: None,
            speaker_entity: None,
            direct: true,
        };
        let quote = if let Some((speaker, cue)) = attribution {
            // A cue near the quote with no speaker of its own (`…, adding that X had
            // “…”`, `called the move “…” and said`): the speaker of the sentence's report.
            let unnamed = speaker.is_none() && {
                let at = q.token_at(cue.start);
                q.speaker_near(at).is_none() && q.unnamed.get()
            };
            let (speaker, cue) = match speaker {
                // An unnamed source stays unnamed (`An aide, who asked not to be named, said
                // Mr Macron “…”` is not Macron's).
                None if unnamed => (None, cue),
                None => q.sentence_speaker(s.open).map_or((None, cue), |(m, c)| (Some(m), c)),
                known => (known, cue),
            };
            let quote = q.quote(content, Some(cue), speaker, true);
            // `“…,” it adds.` with a pronoun the entity layer left open: the speaker of the
            // quote before, within a paragraph.
            let resolved = previous
                .as_ref()
                .filter(|(pq, p)| {
                    speaker.is_none()
                        && pq.speaker.is_some()
                        && para - p <= 1
                        && q.pronoun_before(cue)
                })
                .map(|(pq, _)| Quote { span: content, cue: Some(cue), ..pq.clone() });
            Some(resolved.unwrap_or(quote))
        } else if let Some(m) = q.dash_attribution(s.close_end) {
            // `“…” — Matthew Ingram`: a pull quote signed with a dash.
            Some(q.quote(content, None, Some(m), true))
        } else if let Some((speaker, cue)) = q.introduced_by_colon(s.open) {
            // `Luis Almagro congratulated him online: “…”`: the sentence's subject.
            Some(q.quote(content, cue, Some(speaker), true))
        } else if let Some((speaker, cue)) = q.sentence_speaker(s.open) {
            // Quoted words inside a sentence with a speech verb (`talks were “constructive”,
            // Peskov said`): that sentence's speaker.
            Some(q.quote(content, Some(cue), Some(speaker), true))
        } else if !starts_paragraph && words <= 6 && !full_sentence(text, content) {
            // A few quoted words and no speech verb: a name or scare quotes, not a quote.
            None
        } else {
            let continued = previous
                .as_ref()
                .filter(|(_, p)| *p == para || starts_paragraph && para - p <= 1)
                .map(|(pq, _)| Quote { span: content, cue: None, ..pq.clone() });
            continued
                .or_else(|| {
                    // `Sergei said he had voted. “We have been silent …”`: a quote opening a
                    // sentence goes on from the speaker of the sentence before it.
                    let previous_sentence = q.sentence_before(s.open)?;
                    let (speaker, cue) = q.sentence_speaker(previous_sentence)?;
                    Some(q.quote(content, Some(cue), Some(speaker), true))
                })
                .or_else(|| {
                    // Else a later quote of the same paragraph may carry the attribution.
                    stretches
                        .get(k + 1)
                        .filter(|n| paragraph_of(text, n.open) == para)
                        .and_then(|n| q.attribution_after(n.close_end))
                        .map(|(speaker, cue)| q.quote(content, Some(cue), speaker, true))
                })
                .or_else(|| (starts_paragraph || words >= 8).then(anonymous))
        };
        if let Some(quote) = quote {
            if quote.speaker.is_some() || quote.cue.is_some() {
                previous = Some((quote.clone(), para));
            }
            out.push(quote);
        }
    }
    let marks: Vec<Span> = stretches.iter().map(|s| Span::at(s.open, s.close_end)).collect();
    out.extend(q.block_quotes());
    out.extend(q.indirect(&marks));
    out.sort_by_key(|q| (q.span.start, !q.direct));
    out.dedup_by(|b, a| a.direct == b.direct && a.span.overlaps(b.span));
    // `…, it said.`, `…, the statement said.` with no mention resolved: the speaker of the
    // quote before, in the same or the previous paragraph.
    for k in 1..out.len() {
        let (before, rest) = out.split_at_mut(k);
        let quote = &mut rest[0];
        let Some(cue) = quote.cue.filter(|_| quote.speaker.is_none()) else { continue };
        if !q.pronoun_before(cue) {
            continue;
        }
        let para = paragraph_of(text, quote.span.start);
        if let Some(prev) = before.iter().rev().find(|p| p.speaker.is_some() && p.cue != Some(cue))
            && para - paragraph_of(text, prev.span.start) <= 1
        {
            quote.speaker = prev.speaker;
            quote.speaker_entity = prev.speaker_entity.clone();
        }
    }
    out
}

/// Words that open an adverbial between a cue and its clause (`said on Tuesday that`).
const PREPOSITIONS: &[&str] = &[
    "to",
    "with",
    "by",
    "for",
    "of",
    "in",
    "on",
    "at",
    "from",
    "about",
    "as",
    "shortly",
    "after",
    "before",
    "during",
    "while",
    "when",
    "late",
    "afterwards",
    "through",
    "via",
    "outside",
];

/// Words of a time expression after a cue (`said late on Tuesday`, `told reporters today`).
fn is_time_word(word: &str) -> bool {
    let w = word.to_lowercase();
    dyad_core::WEEKDAYS.contains(&w.as_str())
        || matches!(
            w.as_str(),
            "yesterday" | "today" | "tonight" | "earlier" | "later" | "late" | "last" | "this"
        )
}

/// Whether a word can open a reported clause after an addressee: a name, a number, a pronoun
/// or a determiner (`told reporters he …`, `told the BBC the talks …`).
fn clause_opener(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || matches!(
            word,
            "he" | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "there"
                | "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "this"
                | "these"
                | "those"
                | "no"
                | "any"
                | "all"
                | "some"
                | "both"
                | "more"
                | "most"
                | "many"
                | "several"
                | "only"
                | "nobody"
                | "none"
                | "every"
                | "each"
                | "neither"
        )
}

/// Whether quoted content is a sentence of its own: it starts with a capital and ends with
/// sentence punctuation (`“The last mile is always the hardest.”`).
fn full_sentence(text: &str, content: Span) -> bool {
    content.text(text).is_some_and(|t| {
        t.chars().next().is_some_and(char::is_uppercase) && t.trim_end().ends_with(['.', '!', '?'])
    })
}

/// A content span without an agency dateline at its start (`MOSCOW, March 20 (Agency) — `).
fn skip_dateline(text: &str, span: Span) -> Span {
    let Some(t) = span.text(text) else { return span };
    let head = t.get(..t.len().min(80)).unwrap_or("");
    for dash in ["— ", "– ", " - "] {
        if let Some(at) = head.find(dash)
            && head.get(..at).is_some_and(|h| {
                h.split_whitespace()
                    .next()
                    .is_some_and(|w| w.len() > 2 && w.chars().all(|c| c.is_uppercase() || c == ','))
            })
        {
            return Span::at(span.start + at + dash.len(), span.end);
        }
    }
    span
}

fn trim(text: &str, span: Span) -> Span {
    let Some(s) = span.text(text) else { return span };
    let lead = s.len() - s.trim_start().len();
    let t = s.trim_start().trim_end().trim_end_matches([',', ' ', '—', '–']);
    Span::at(span.start + lead, span.start + lead + t.len())
}

fn para_start(text: &str, at: usize) -> usize {
    text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1)
}

fn paragraph_of(text: &str, at: usize) -> usize {
    text.get(..at).map_or(0, |t| t.matches("\n\n").count())
}

struct Quoting<'a> {
    doc: &'a Document,
    text: &'a str,
    /// For each token, the index of the mention covering it.
    mention_of: Vec<Option<usize>>,
    /// Set by `speaker_near` when the speaker it found is an unnamed source (`an aide to the
    /// president`, `US officials`), which names nobody but is not missing either.
    unnamed: std::cell::Cell<bool>,
}

impl<'a> Quoting<'a> {
    fn new(doc: &'a Document) -> Quoting<'a> {
        let mut mention_of = vec![None; doc.tokens.len()];
        for (m, mention) in doc.mentions.iter().enumerate() {
            let from = doc.tokens.partition_point(|t| t.span.start < mention.span.start);
            let to = doc.tokens.partition_point(|t| t.span.start < mention.span.end);
            mention_of[from..to].iter_mut().for_each(|x| *x = Some(m));
        }
        Quoting { doc, text: doc.text(), mention_of, unnamed: std::cell::Cell::new(false) }
    }

    fn word(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).and_then(|t| t.span.text(self.text)).unwrap_or("")
    }

    fn is_cue(&self, i: usize) -> bool {
        let word = self.word(i);
        // Speech verbs are lower case in running text (`States` is not `states`); only
        // `According` opens a sentence with a capital.
        if word.chars().next().is_some_and(char::is_uppercase) && word != "According" {
            return false;
        }
        let w = word.to_lowercase();
        CUES.contains(&w.as_str()) && (w != "according" || self.word(i + 1) == "to")
    }

    /// The token index at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.span.start < at)
    }

    fn same_paragraph(&self, a: usize, b: usize) -> bool {
        let (lo, hi) = (a.min(b), a.max(b));
        !self.text.get(lo..hi).is_some_and(|g| g.contains('\n'))
    }

    /// A speaker mention ending right before token `cue` (allowing adverbs between), or
    /// starting right after it (`said Putin`, `reported the Independent`).
    fn speaker_near(&self, cue: usize) -> Option<usize> {
        self.unnamed.set(false);
        let according = self.word(cue).eq_ignore_ascii_case("according");
        let mut i = if according { 0 } else { cue };
        let mut hops = 0;
        // Where the words before the cue end: the cue is inverted (`…,” said X`, `CLAUSE,
        // reported X`, `As indicated X`) when a comma, a quotation mark, a dash or the sentence
        // start comes right before it.
        let mut inverted = true;
        // `…, adding that …`, `…, telling supporters …`: the subject of the sentence's verb.
        if !according && cue > 0 && self.word(cue - 1) == "," && self.word(cue).ends_with("ing") {
            let s = self.doc.sentence_at(self.doc.tokens[cue].span.start)?;
            let from = self.token_at(s.span.start);
            // `“…,” he also said, adding, “…”`: the speaker of the cue before.
            if let Some(m) = (from..cue.saturating_sub(1))
                .rev()
                .filter(|&k| self.is_cue(k) && !self.word(k).ends_with("ing"))
                .find_map(|k| self.speaker_near(k))
            {
                return Some(m);
            }
            return self.sentence_subject(cue);
        }
        while i > 0 && hops < 4 {
            i -= 1;
            if let Some(m) = self.mention_of[i] {
                // Anonymous groups (`officials`, `diplomats said`) name no speaker, and
                // neither do the unnamed people around someone (`Allies of X said`).
                let mut start = self.token_at(self.doc.mentions[m].span.start);
                // Past the title before the name (`Allies of former Chancellor X`).
                while start > 2
                    && start + 3 > self.token_at(self.doc.mentions[m].span.start)
                    && self.mention_of[start - 1].is_none()
                    && (self.word(start - 1).chars().next().is_some_and(char::is_uppercase)
                        || matches!(self.word(start - 1), "former" | "ex" | "late"))
                {
                    start -= 1;
                }
                let around = start > 1
                    && matches!(self.word(start - 1), "of" | "to")
                    && matches!(
                        self.word(start - 2).to_lowercase().as_str(),
                        "allies"
                            | "aides"
                            | "friends"
                            | "supporters"
                            | "critics"
                            | "members"
                            | "associates"
                            | "advisers"
                            | "relatives"
                            | "close"
                            | "people"
                            | "aide"
                            | "ally"
                            | "adviser"
                            | "source"
                            | "sources"
                    );
                let unnamed = self.is_anonymous(m) || around;
                self.unnamed.set(unnamed);
                return (!unnamed).then_some(m);
            }
            let w = self.word(i).to_lowercase();
            // `the National Security Committee, which said`: the relative's antecedent.
            if matches!(w.as_str(), "which" | "who") && i > 1 && self.word(i - 1) == "," {
                return self.mention_of[i - 2].filter(|&m| !self.is_anonymous(m));
            }
            // `Erdogan's office said`: an office named after a person speaks for that person.
            if matches!(w.as_str(), "office" | "spokesman" | "spokeswoman" | "spokesperson")
                && i > 1
                && matches!(self.word(i - 1), "'s" | "’s")
            {
                return self.mention_of[i - 2]
                    .filter(|&m| !self.is_anonymous(m) && self.is_person(m));
            }
            // `Amnesty called the move “misguided” and said …`: the subject of the first verb.
            if w == "and" && !according {
                return self.sentence_subject(cue);
            }
            if !ADVERBS.contains(&w.as_str()) {
                if let Some(m) = self.organisation_by_noun(i) {
                    return Some(m);
                }
                inverted =
                    matches!(w.as_str(), "," | "”" | "\"" | "»" | "—" | "–" | "as" | "." | "(");
                break;
            }
            hops += 1;
        }
        // A subject set off by an apposition or a relative clause (`Rex Tillerson, who hosted
        // Mr Lavrov earlier, told reporters`): the first mention of the clause before the cue,
        // when a comma follows it.
        if !according && let Some(m) = self.appositive_subject(cue) {
            return Some(m);
        }
        if self.unnamed.get() {
            return None;
        }
        // After the cue (`said US Senator John McCain`): a person within reach wins over the
        // country or title words before the name. After `told` come the listeners, and a cue
        // with a subject of its own before it has no speaker after it.
        if matches!(self.word(cue), "told" | "tells" | "tell" | "telling")
            || !according && !inverted
        {
            return None;
        }
        let mut j = cue + 1;
        if self.word(cue).eq_ignore_ascii_case("according") {
            j += 1;
        }
        let mut first: Option<usize> = None;
        // `said the assistant to the President Yury Ushakov`: whose assistant is not who spoke.
        let mut head_role: Option<String> = None;
        let mut principal: Option<usize> = None;
        let mut k = j;
        let end = (j + 12).min(self.doc.tokens.len());
        // `said the spokesman of the Kremlin Dmitry Peskov`: titles before the name.
        while k < end {
            let w = self.word(k);
            let lower = w.to_lowercase();
            if matches!(w, "." | "!" | "?" | ";" | "“" | "\"" | "«") || w == "," && first.is_some()
            {
                break;
            }
            if ANONYMOUS_HEADS.contains(&lower.as_str()) && first.is_none() && principal.is_none() {
                // `according to a source close to the Kremlin`: nobody named.
                self.unnamed.set(true);
                return None;
            }
            match self.mention_of[k] {
                Some(m) if self.is_anonymous(m) => {}
                Some(m)
                    if head_role.is_some()
                        && principal.is_none()
                        && k > 0
                        && matches!(self.word(k - 1), "to" | "of" | "for" | "the") =>
                {
                    principal = Some(m);
                    k = self.token_at(self.doc.mentions[m].span.end);
                    continue;
                }
                Some(m) if self.is_person(m) => return Some(m),
                Some(m) => {
                    first.get_or_insert(m);
                }
                None if HEAD_ROLES.contains(&lower.as_str()) && first.is_none() => {
                    head_role.get_or_insert(lower);
                }
                // `indicated the chancellor Jorge Arreaza`: one title word after `the`.
                None if k > j && matches!(self.word(k - 1), "the" | "The") => {}
                None if first.is_none()
                    && !matches!(
                        w,
                        "the" | "by" | "The" | "to" | "of" | "a" | "an" | "for" | "both"
                    )
                    && !ROLE_WORDS.contains(&lower.as_str())
                    && !w.chars().next().is_some_and(char::is_uppercase) =>
                {
                    break;
                }
                None => {}
            }
            k += 1;
        }
        if let Some(role) = head_role {
            // The role holder the article named earlier (`the assistant to the Russian leader
            // Yury Ushakov`), else the organisation the spokesman speaks for.
            return self
                .holder_of(&role, cue)
                .or(principal.filter(|&m| !self.is_person(m)))
                .or(first);
        }
        first.or(principal).or_else(|| {
            // `according to the organization`: the organisation named before.
            (j..(j + 3).min(self.doc.tokens.len())).find_map(|k| self.organisation_by_noun(k))
        })
    }

    /// The organisation a common noun after `the` stands for (`the organization`, `the
    /// electoral commission`, `the ministry`): the latest one named before it whose name holds
    /// the noun, or any organisation for `organization`.
    fn organisation_by_noun(&self, k: usize) -> Option<usize> {
        let noun = self.word(k).to_lowercase();
        let generic = matches!(noun.as_str(), "organization" | "organisation");
        let specific = matches!(
            noun.as_str(),
            "agency" | "commission" | "ministry" | "committee" | "council" | "party" | "company"
        );
        if self.mention_of[k].is_some()
            || !(generic || specific)
            || !(1..=2).any(|b| k >= b && matches!(self.word(k - b), "the" | "The"))
        {
            return None;
        }
        let at = self.doc.tokens[k].span.start;
        self.doc.mentions.iter().enumerate().rev().filter(|(_, m)| m.span.end <= at).find_map(
            |(n, m)| {
                let entity = self.doc.entity(&m.entity)?;
                let org = entity.kind == dyad_core::EntityKind::Organisation;
                let holds = generic || entity.name.to_lowercase().contains(noun.as_str());
                (org && holds && !self.is_anonymous(n)).then_some(n)
            },
        )
    }

    /// The person named right after the role word `role` earlier in the text than token
    /// `before` (`… the assistant to the Russian leader Yury Ushakov`), the latest one.
    fn holder_of(&self, role: &str, before: usize) -> Option<usize> {
        (0..before.saturating_sub(1)).rev().find_map(|k| {
            if self.word(k).to_lowercase() != role {
                return None;
            }
            (k + 1..(k + 8).min(before)).find_map(|t| {
                self.mention_of[t].filter(|&m| {
                    self.is_person(m)
                        && !matches!(self.word(t.saturating_sub(1)), "to" | "of" | "for")
                        && self.mention_of[t.saturating_sub(1)] != Some(m)
                })
            })
        })
    }

    /// Paragraphs quoted as a block, with no quotation marks, after an attribution that ends
    /// its paragraph with a colon (`The Independent noted:`): up to three paragraphs, until one
    /// with quotation marks of its own, a short line or another colon.
    fn block_quotes(&self) -> Vec<Quote> {
        let text = self.text;
        let mut lines: Vec<Span> = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            let lead = line.len() - line.trim_start().len();
            let body = line.trim();
            if !body.is_empty() {
                lines.push(Span::at(at + lead, at + lead + body.len()));
            }
            at += line.len() + 1;
        }
        let mut out = Vec::new();
        for (n, line) in lines.iter().enumerate() {
            let Some(body) = line.text(text) else { continue };
            if !body.ends_with(':') {
                continue;
            }
            let colon = self.token_at(line.end - 1);
            let Some(s) =
                self.doc.sentence_at(self.doc.tokens.get(colon).map_or(0, |t| t.span.start))
            else {
                continue;
            };
            let from = self.token_at(s.span.start);
            let Some((speaker, cue)) = (from..colon)
                .rev()
                .filter(|&i| self.is_cue(i))
                .find_map(|i| self.speaker_near(i).map(|m| (m, self.doc.tokens[i].span)))
            else {
                continue;
            };
            for next in lines.iter().skip(n + 1).take(3) {
                let Some(t) = next.text(text) else { break };
                if t.contains(['“', '”', '"', '«', '»']) || t.split_whitespace().count() < 8 {
                    break;
                }
                out.push(self.quote(*next, Some(cue), Some(speaker), true));
                if t.ends_with(':') {
                    break;
                }
            }
        }
        out
    }

    /// A person named after a dash that ends the paragraph right after a closing mark
    /// (`“…” - Matthew Ingram`).
    fn dash_attribution(&self, close_end: usize) -> Option<usize> {
        let at = self.token_at(close_end);
        if !matches!(self.word(at), "-" | "—" | "–")
            || !self.same_paragraph(close_end, self.doc.tokens.get(at + 1)?.span.start)
        {
            return None;
        }
        let m = self.mention_of[at + 1].filter(|&m| self.is_person(m))?;
        let end = self.doc.mentions[m].span.end;
        let rest = self.text.get(end..)?;
        let line_end = rest.find('\n').unwrap_or(rest.len());
        rest.get(..line_end)?.trim().trim_end_matches('.').is_empty().then_some(m)
    }

    /// Whether a personal pronoun or a document is the subject right before the cue at `cue`
    /// (`it adds`, `he also said`, `the statement said`).
    fn pronoun_before(&self, cue: Span) -> bool {
        let mut i = self.token_at(cue.start);
        // A document speaks for its author (`“…,” the statement said`), whom the quote before
        // named.
        let document = |k: usize| {
            k >= 2
                && matches!(
                    self.word(k - 1).to_lowercase().as_str(),
                    "statement" | "communique" | "communiqué" | "letter" | "readout" | "message"
                )
                && matches!(self.word(k - 2).to_lowercase().as_str(), "the" | "its" | "their")
        };
        if document(i) {
            return true;
        }
        let pronoun = |w: &str| matches!(w.to_lowercase().as_str(), "it" | "he" | "she");
        while i > 0
            && !pronoun(self.word(i - 1))
            && ADVERBS.contains(&self.word(i - 1).to_lowercase().as_str())
        {
            i -= 1;
        }
        i > 0 && pronoun(self.word(i - 1))
    }

    /// The first person or organisation named in the sentence of token `cue`, before it and
    /// outside quotation marks: the subject of a participle cue (`X said …, adding …`).
    fn sentence_subject(&self, cue: usize) -> Option<usize> {
        let s = self.doc.sentence_at(self.doc.tokens.get(cue)?.span.start)?;
        let from = self.token_at(s.span.start);
        let mut quoted = false;
        for k in from..cue {
            match self.word(k) {
                "“" | "«" => quoted = true,
                "”" | "»" => quoted = false,
                "\"" => quoted = !quoted,
                _ if quoted => {}
                _ => {
                    if let Some(m) = self.mention_of[k] {
                        if self.is_anonymous(m) {
                            return None;
                        }
                        // `Labour's Shadow Home Secretary Yvette Cooper`: the possessor is not
                        // the subject.
                        let rest = self.text.get(self.doc.mentions[m].span.end..).unwrap_or("");
                        let rest = rest.trim_start_matches(' ');
                        let possessor = rest.starts_with("'s ") || rest.starts_with("’s ");
                        if self.is_speaker_kind(m) && !possessor {
                            return Some(m);
                        }
                    }
                }
            }
        }
        None
    }

    /// The subject of a cue that follows an apposition or a relative clause set off by commas
    /// (`X, executive director of Y, noted`; `The chairman of Z, X, said`; `In the crowd, X, a
    /// nurse, said`; `SNC-Lavalin, which employs …, has said`): a person named in the first
    /// stretches, else the organisation that opens the sentence.
    fn appositive_subject(&self, cue: usize) -> Option<usize> {
        let s = self.doc.sentence_at(self.doc.tokens.get(cue)?.span.start)?;
        let mut from = self.token_at(s.span.start);
        // `“…,” X, editor of Y, said`: the subject comes after the quotation.
        if let Some(close) =
            (from..cue).rev().find(|&t| matches!(self.word(t), "“" | "”" | "\"" | "«" | "»"))
        {
            from = close + 1;
            if self.word(from) == "," {
                from += 1;
            }
        }
        let mut k = cue;
        while k > from && ADVERBS.contains(&self.word(k - 1).to_lowercase().as_str()) {
            k -= 1;
        }
        if k <= from + 1 || self.word(k - 1) != "," {
            return None;
        }
        // `CLAUSE, said X`: the speaker comes after the cue.
        let listeners_follow = matches!(self.word(cue), "told" | "tells" | "tell" | "telling");
        // The mention after the cue ends the clause (`…, said Putin.`), or the cue reports
        // about it (`said Mr Macron “has heard …”`).
        let ends_clause = |m: usize| {
            let after = self.token_at(self.doc.mentions[m].span.end);
            after >= self.doc.tokens.len()
                || matches!(self.word(after), "," | "." | ";" | "!" | "?" | ":" | "—")
        };
        if !listeners_follow
            && ((cue + 1..(cue + 4).min(self.doc.tokens.len())).any(|t| {
                // `wrote on Twitter`, `said that the ANC`: a medium, a place or the clause.
                // Only `the` or title words stand between an inverted cue and its speaker.
                let directly = (cue + 1..t).all(|p| {
                    self.word(p) == "the"
                        || self.word(p).chars().next().is_some_and(char::is_uppercase)
                });
                directly
                    && self.mention_of[t].is_some_and(|m| {
                        self.is_speaker_kind(m) && !self.is_anonymous(m) && ends_clause(m)
                    })
            }) || self.speaker_follows(cue))
        {
            return None;
        }
        let mut segments: Vec<(usize, usize)> = Vec::new();
        let mut start = from;
        for t in from..k - 1 {
            if self.word(t) == "," {
                segments.push((start, t));
                start = t + 1;
            }
        }
        segments.push((start, k - 1));
        if segments.len() > 4 || segments[0].1 - segments[0].0 > 12 {
            return None;
        }
        // An opening adverbial (`In the crowd, X, a nurse, said`, `After the match, X said`)
        // is not the subject.
        while segments.len() > 1 && {
            let w = self.word(segments[0].0).to_lowercase();
            PREPOSITIONS.contains(&w.as_str()) || w.ends_with("ing") || is_time_word(&w)
        } {
            segments.remove(0);
        }
        let usable = |m: usize| !self.is_anonymous(m) && self.is_speaker_kind(m);
        // A name in apposition (`A commander of the force, Amir Ali Hajizadeh, said`): a stretch
        // that is all one person's name.
        for &(a, b) in segments.iter().skip(1).take(2) {
            // Title words may come first (`Major General Asif Ghafoor`).
            let Some(t) = (a..b).find(|&t| {
                self.mention_of[t].is_some()
                    || !self.word(t).chars().next().is_some_and(char::is_uppercase)
            }) else {
                continue;
            };
            // A name, not a title the entity layer resolved (`X, the State Department
            // spokesperson, said` is X's).
            let named = |m: usize| self.doc.mentions[m].kind == dyad_core::MentionKind::Name;
            if let Some(m) =
                self.mention_of[t].filter(|&m| self.is_person(m) && usable(m) && named(m))
                && self.token_at(self.doc.mentions[m].span.end) >= b
            {
                return Some(m);
            }
        }
        // Else the subject stretch itself, unless it describes an unnamed source (`An aide to
        // the president, who …, said`, `US officials, who …, said`).
        let (a, b) = segments[0];
        let described = matches!(self.word(a).to_lowercase().as_str(), "a" | "an" | "one" | "some")
            && self.mention_of[a].is_none_or(|m| self.is_anonymous(m));
        if described || (a..b).any(|t| self.mention_of[t].is_some_and(|m| self.is_anonymous(m))) {
            self.unnamed.set(true);
            return None;
        }
        let person = (a..b).find_map(|t| self.mention_of[t].filter(|&m| self.is_person(m)));
        person.or_else(|| (a..b).find_map(|t| self.mention_of[t])).filter(|&m| usable(m))
    }

    /// Whether a cue is followed by a name and nothing else to the end of its clause
    /// (`CLAUSE, reported the Globe and Mail last week.`): the speaker comes after it.
    fn speaker_follows(&self, cue: usize) -> bool {
        let s = self.doc.sentence_at(self.doc.tokens[cue].span.start);
        let to = s.map_or(cue, |s| self.token_at(s.span.end));
        let end = (cue + 1..to).find(|&k| matches!(self.word(k), "," | "." | "!" | "?" | ";"));
        let end = end.unwrap_or(to);
        let names =
            (cue + 1..end).any(|k| self.word(k).chars().next().is_some_and(char::is_uppercase));
        end > cue + 1
            && end <= cue + 8
            && names
            && (cue + 1..end).all(|k| {
                let w = self.word(k);
                w.chars().next().is_some_and(char::is_uppercase)
                    || self.mention_of[k].is_some()
                    || is_time_word(w)
                    || matches!(
                        w,
                        "the"
                            | "of"
                            | "and"
                            | "news"
                            | "agency"
                            | "newspaper"
                            | "state"
                            | "daily"
                            | "official"
                            | "week"
                            | "on"
                            | "in"
                            | "'s"
                            | "’s"
                    )
            })
    }

    /// A group with no country (`officials`, `gunmen`) or the press (`reporters`): never a speaker.
    fn is_anonymous(&self, m: usize) -> bool {
        self.doc.mentions.get(m).is_some_and(|x| {
            // Officials, diplomats and leaders of a country are unnamed people too (`US
            // officials said`, `a senior EU diplomat`).
            let last = x.span.text(self.text).and_then(|t| t.split_whitespace().last());
            let unnamed = last
                .is_some_and(|w| ANONYMOUS_HEADS.contains(&w.to_lowercase().as_str()))
                || last.is_some_and(|w| matches!(w, "leaders" | "negotiators" | "analysts"));
            x.kind == dyad_core::MentionKind::Agent
                && (x.entity.as_str().starts_with("group/---")
                    || x.entity.as_str().ends_with("MED")
                    || unnamed)
        })
    }

    /// The kind of the entity mention `m` names.
    fn kind_of(&self, m: usize) -> Option<dyad_core::EntityKind> {
        let mention = self.doc.mentions.get(m)?;
        self.doc.entity(&mention.entity).map(|e| e.kind)
    }

    fn is_person(&self, m: usize) -> bool {
        self.kind_of(m) == Some(dyad_core::EntityKind::Person)
    }

    /// `…,” SPEAKER said` / `…,” said SPEAKER` right after a closing mark.
    fn attribution_after(&self, close_end: usize) -> Option<(Option<usize>, Span)> {
        let start = self.token_at(close_end);
        let mut i = start;
        // Room for an apposition (`…,” X, editor at large at the Y, said`).
        let end = (start + 16).min(self.doc.tokens.len());
        while i < end {
            let t = self.doc.tokens[i];
            if !self.same_paragraph(close_end, t.span.start)
                || matches!(self.word(i), "“" | "\"" | "«")
            {
                return None;
            }
            if self.is_cue(i) {
                return Some((self.speaker_near(i), t.span));
            }
            if matches!(self.word(i), "." | "!" | "?") {
                return None;
            }
            i += 1;
        }
        None
    }

    /// `SPEAKER said: “…”` / `SPEAKER said, “…”` right before an opening mark.
    fn attribution_before(&self, open: usize) -> Option<(Option<usize>, Span)> {
        let at = self.token_at(open);
        let from = at.saturating_sub(6);
        for i in (from..at).rev() {
            let t = self.doc.tokens[i];
            if !self.same_paragraph(t.span.start, open)
                || matches!(self.word(i), "." | "!" | "?" | "”" | "»")
            {
                return None;
            }
            if self.is_cue(i) {
                return Some((self.speaker_near(i), t.span));
            }
        }
        None
    }

    /// The first speech verb of the sentence around byte `at` that has a speaker; for quoted
    /// words inside the sentence, verbs that characterise speech count too (`blasted the deal
    /// as “…”`, `called it “…”`).
    fn sentence_speaker(&self, at: usize) -> Option<(usize, Span)> {
        let s = self.doc.sentence_at(at)?;
        let from = self.token_at(s.span.start);
        let to = self.token_at(s.span.end);
        let characterises = |i: usize| PARTIAL_CUES.contains(&self.word(i).to_lowercase().as_str());
        (from..to)
            .filter(|&i| self.is_cue(i) || characterises(i))
            .find_map(|i| self.speaker_near(i).map(|m| (m, self.doc.tokens[i].span)))
    }

    /// For a quote opened right after a colon with no speech verb of its own (`X wrote on
    /// social media: “…”`, `In the ministry they recalled: «…»`): the subject of the colon's
    /// sentence, the first person or organisation named in it, and the cue if there is one.
    fn introduced_by_colon(&self, open: usize) -> Option<(usize, Option<Span>)> {
        let at = self.token_at(open);
        if at == 0 || self.word(at - 1) != ":" {
            return None;
        }
        let s = self.doc.sentence_at(self.doc.tokens[at - 1].span.start)?;
        let from = self.token_at(s.span.start);
        let cue = (from..at - 1).rev().find(|&i| self.is_cue(i));
        if let Some(i) = cue {
            return self.speaker_near(i).map(|m| (m, Some(self.doc.tokens[i].span)));
        }
        // `X has called the ruling “dangerous”: “…”`: the subject of a verb that
        // characterises speech.
        let characterising = (from..at - 1)
            .rev()
            .find(|&i| PARTIAL_CUES.contains(&self.word(i).to_lowercase().as_str()));
        if let Some(i) = characterising
            && let Some(m) = self.speaker_near(i)
        {
            return Some((m, Some(self.doc.tokens[i].span)));
        }
        let m = (from..at - 1).find_map(|k| {
            self.mention_of[k].filter(|&m| !self.is_anonymous(m) && self.is_speaker_kind(m))
        })?;
        Some((m, None))
    }

    /// Where the sentence before starts, when byte `at` opens a sentence of the same paragraph.
    fn sentence_before(&self, at: usize) -> Option<usize> {
        let i = self.doc.sentences.partition_point(|s| s.span.end <= at);
        let before = self.doc.sentences.get(i.checked_sub(1)?)?;
        let opens_sentence = self.doc.sentence_at(at)?.span.start.abs_diff(at) <= 3;
        (opens_sentence && self.same_paragraph(before.span.start, at)).then_some(before.span.start)
    }

    /// People and organisations speak; places do not.
    fn is_speaker_kind(&self, m: usize) -> bool {
        self.kind_of(m).is_some_and(|kind| kind != dyad_core::EntityKind::Place)
    }

    fn quote(
        &self,
        content: Span,
        cue: Option<Span>,
        speaker: Option<usize>,
        direct: bool,
    ) -> Quote {
        let mention = speaker.and_then(|m| self.doc.mentions.get(m));
        Quote {
            span: content,
            cue,
            speaker: mention.map(|m| m.span),
            speaker_entity: mention.map(|m| m.entity.clone()),
            direct,
        }
    }

    /// Reported speech: the clause a speech verb reports, with quoted words inside it or not
    /// (a partial quote is both a direct quote and part of the reported clause, so a cue that
    /// attributes quoted words may report a clause too). Clauses that are all quotation are
    /// skipped: those cues attribute a direct quote only.
    fn indirect(&self, marks: &[Span]) -> Vec<Quote> {
        let mut out: Vec<Quote> = Vec::new();
        for s in &self.doc.sentences {
            let from = self.token_at(s.span.start);
            let to = self.token_at(s.span.end);
            for i in from..to {
                let cue = self.doc.tokens[i].span;
                // A question asked is not a claim reported; `urged them to …` reports no clause.
                if !self.is_cue(i) || matches!(self.word(i), "asked" | "asks" | "urged" | "read") {
                    continue;
                }
                // A speech verb inside quoted words is the speaker's, not the writer's report.
                if marks.iter().any(|m| m.start < cue.start && cue.end < m.end) {
                    continue;
                }
                let speaker = self.speaker_near(i);
                let speaker_span = speaker.map(|m| self.doc.mentions[m].span);
                let Some(content) = self.reported_clause(s.span, from, to, i, speaker_span) else {
                    continue;
                };
                let content = self.cut_add_ons(skip_dateline(self.text, content), i);
                let starts_with_preposition = |c: &Span| {
                    let first = self
                        .text
                        .get(c.start..c.end)
                        .and_then(|t| t.split_whitespace().next())
                        .unwrap_or("");
                    matches!(
                        first,
                        "to" | "with"
                            | "by"
                            | "for"
                            | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "from"
                            | "about"
                            | "as"
                            | "shortly"
                            | "after"
                    )
                };
                let all_quoted =
                    marks.iter().any(|m| m.start <= content.start && content.end <= m.end + 3);
                let long_enough = self
                    .text
                    .get(content.start..content.end)
                    .is_some_and(|t| t.split_whitespace().count() >= 3);
                if content.is_empty()
                    || starts_with_preposition(&content)
                    || all_quoted
                    || !long_enough
                    || out.iter().any(|o| o.span.overlaps(content))
                {
                    continue;
                }
                out.push(self.quote(content, Some(cue), speaker, false));
            }
        }
        out
    }

    /// A reported clause without the writer's add-ons after it: `, adding that …`, `, a claim
    /// X denied`, `, according to …`, `, and told reporters …` (the comma before the clause's
    /// own cue `cue` stays).
    fn cut_add_ons(&self, content: Span, cue: usize) -> Span {
        let from = self.token_at(content.start);
        let to = self.token_at(content.end);
        let speech = |w: &str| CUES.contains(&w) || PARTIAL_CUES.contains(&w);
        let mut inside_quote = false;
        // Marks are followed from the clause's start; cuts come after its first words.
        for k in from..to {
            let word = self.word(k);
            if matches!(word, "“" | "”" | "\"" | "«" | "»") {
                inside_quote = matches!(word, "“" | "«") || word == "\"" && !inside_quote;
                continue;
            }
            if inside_quote || k + 1 == cue || k < from + 3 {
                continue;
            }
            let next = self.word(k + 1).to_lowercase();
            let after = self.word(k + 2).to_lowercase();
            let add_on = match word {
                // `, adding that …`, `, removing the last obstacle`, `, a claim X denied`,
                // `, a month after …`, `, after the talks`, `, without naming him`, `, and
                // invited his rivals …`, `, but he warned …`.
                "," => {
                    next.ends_with("ing") && next.len() > 5 && next != "including"
                        || matches!(next.as_str(), "a" | "an" | "according")
                        || matches!(next.as_str(), "after" | "before" | "without" | "while")
                        || matches!(next.as_str(), "and" | "but")
                            && (speech(&after)
                                // `…, and Mr Tillerson struck a similar tone`: the writer's.
                                || self.mention_of[k + 2]
                                    .or_else(|| {
                                        matches!(self.word(k + 2), "Mr" | "Mrs" | "Ms" | "Dr")
                                            .then(|| self.mention_of[k + 3])
                                            .flatten()
                                    })
                                    .is_some_and(|m| {
                                    self.is_person(m)
                                        && self.doc.mentions[m].kind
                                            == dyad_core::MentionKind::Name
                                })
                                || matches!(after.as_str(), "he" | "she")
                                || after.ends_with("ed") && after.len() > 4)
                }
                // `… with both capitals and urged them to …`: the speaker's next act.
                "and" => speech(&next) && !matches!(next.as_str(), "says" | "said" | "say"),
                // `— a phrase that tells you everything`: the writer's comment.
                "—" | "–" => matches!(next.as_str(), "a" | "an"),
                _ => false,
            };
            if add_on {
                let mut end = k;
                while end > from
                    && self.doc.tokens[end - 1].kind == TokenKind::Punct
                    && !matches!(self.word(end - 1), "”" | "\"" | "»")
                {
                    end -= 1;
                }
                return Span::at(content.start, self.doc.tokens[end - 1].span.end);
            }
        }
        content
    }

    /// The reported clause of a cue at token `i`, whose speaker (when found) is at `speaker`,
    /// in the sentence `sentence` (tokens `from..to`).
    fn reported_clause(
        &self,
        sentence: Span,
        from: usize,
        to: usize,
        i: usize,
        speaker: Option<Span>,
    ) -> Option<Span> {
        let whole = || Span::at(sentence.start, self.last_word_end(to));
        let before = |end_token: usize| {
            (end_token > from + 2)
                .then(|| Span::at(sentence.start, self.doc.tokens[end_token - 1].span.end))
        };
        if self.word(i).eq_ignore_ascii_case("according") {
            // The source follows `according to`; with no mention found there, it runs to the
            // next comma.
            let comma = (i + 2..(i + 14).min(to)).find(|&k| self.word(k) == ",");
            let after = speaker
                .filter(|sp| sp.start > self.doc.tokens[i].span.start)
                .map_or(comma.unwrap_or(to), |sp| self.token_at(sp.end));
            // `According to a Kremlin statement, …`: past the rest of the source's words.
            let after =
                (after..(after + 3).min(to)).find(|&k| self.word(k) == ",").unwrap_or(after);
            let after = if self.word(after) == "," { after + 1 } else { after };
            return if i == from {
                // `According to X, CLAUSE.`
                (after + 2 < to)
                    .then(|| Span::at(self.doc.tokens[after].span.start, self.last_word_end(to)))
            } else if after + 1 < to {
                // `CLAUSE, according to X, CLAUSE.`: the whole sentence is the claim.
                Some(whole())
            } else {
                // `CLAUSE, according to X.`
                before(i.saturating_sub(1))
            };
        }
        // `As X said, CLAUSE` / `As indicated the chancellor X, CLAUSE`: the clause after the
        // attribution's comma.
        if self.word(from).eq_ignore_ascii_case("as")
            && i <= from + 10
            && !(from..i).any(|k| self.word(k) == ",")
        {
            let past = speaker
                .filter(|sp| sp.start > self.doc.tokens[i].span.start)
                .map_or(i + 1, |sp| self.token_at(sp.end));
            let comma = (past..(past + 6).min(to)).find(|&k| self.word(k) == ",")?;
            return (comma + 3 < to)
                .then(|| Span::at(self.doc.tokens[comma + 1].span.start, self.last_word_end(to)));
        }
        // `Trump, the White House said, told Lavrov …`: the attribution interrupts the clause,
        // which runs from its first word to its last.
        let speaker_start = speaker
            .filter(|sp| sp.end <= self.doc.tokens[i].span.start)
            .map(|sp| self.token_at(sp.start));
        if let Some(a) = speaker_start
            && a > from
            && a <= from + 4
            && self.word(a - 1) == ","
            && self.word(i + 1) == ","
            && !matches!(self.word(i + 2), "“" | "\"" | "«")
            && !self.opens_with_participle(from)
            && !PREPOSITIONS.contains(&self.word(from).to_lowercase().as_str())
            && i + 4 < to
        {
            return Some(whole());
        }
        // What follows the cue: an addressee after `told`, then (past a time or a manner such
        // as `on Tuesday` or `in a statement carried by KCNA`) an optional `that`.
        let mut c = i + 1;
        let told = matches!(self.word(i), "told" | "tells" | "tell" | "telling");
        if told {
            let listener = |k: usize| {
                // A pronoun after the listeners is the clause's subject (`told reporters he …`).
                self.mention_of[k]
                    .is_some_and(|m| self.doc.mentions[m].kind != dyad_core::MentionKind::Pronoun)
                    || self.word(k).chars().next().is_some_and(char::is_uppercase)
                    || matches!(
                        self.word(k),
                        "reporters"
                            | "journalists"
                            | "lawmakers"
                            | "parliament"
                            | "parliamentarians"
                            | "supporters"
                    )
            };
            // `told the BBC`, `told reporters`, but `told reporters the talks …`.
            while c < to
                && (listener(c)
                    || matches!(self.word(c), "the" | "a" | "an" | "his" | "her" | "their")
                        && listener(c + 1))
            {
                c += 1;
            }
        }
        let adverbial = told
            || is_time_word(self.word(c))
            || PREPOSITIONS.contains(&self.word(c).to_lowercase().as_str());
        let reach = if adverbial { 16 } else { 1 };
        let that = (c..(c + reach).min(to))
            .take_while(|&k| !matches!(self.word(k), "," | ":" | "." | "“" | "\"" | "«"))
            .find(|&k| self.word(k) == "that");
        let has_that = that.is_some();
        if let Some(that) = that {
            c = that + 1;
        } else {
            // `said on Tuesday the talks …`: past the time words.
            while c < to
                && (is_time_word(self.word(c))
                    || self.word(c) == "on" && is_time_word(self.word(c + 1)))
            {
                c += 1;
            }
            if matches!(self.word(c), "," | ":") {
                c += 1;
            }
        }
        let rest = to.saturating_sub(c);
        let speaker_before = speaker.is_none_or(|sp| sp.end <= self.doc.tokens[i].span.start);
        let first = self.word(c);
        // After an addressee with no `that`, the clause has to open like one (`told reporters
        // he would …`, not `told state television on Wednesday`).
        let opens_clause = !matches!(first, "“" | "\"" | "«" | "," | "." | "and" | ":")
            && !PREPOSITIONS.contains(&first.to_lowercase().as_str())
            && (has_that || !told || clause_opener(first));
        // `said at a press conference: “…”`: a colon before a quotation introduces it.
        let colon_quote = (c..(c + 12).min(to))
            .any(|k| self.word(k) == ":" && matches!(self.word(k + 1), "“" | "\"" | "«"));
        // `denied the report` denies a thing; only `denied that …` reports a claim.
        let needs_that = matches!(self.word(i), "denied" | "denies" | "agreed" | "alleged");
        // `…, adding, “…”`, `reported, quoting officials`: another cue, not a clause.
        let participle = first.ends_with("ing") && CUES.contains(&first) || first == "quoting";
        // `«…», — said the assistant`, `CLAUSE, reported the Globe`: the speaker follows.
        let inverted = i > from
            && (matches!(self.word(i - 1), "—" | "–" | "”" | "»" | "\"")
                || self.word(i - 1) == "," && self.speaker_follows(i));
        if rest >= 3
            && speaker_before
            && opens_clause
            && !colon_quote
            && !participle
            && !inverted
            && (has_that || !needs_that)
        {
            // `X said (that) CLAUSE`
            return Some(Span::at(self.doc.tokens[c].span.start, self.last_word_end(to)));
        }
        if matches!(self.word(i + 1), ":")
            || self.word(i + 1) == "," && matches!(self.word(i + 2), "“" | "\"" | "«")
        {
            return None;
        }
        // `CLAUSE, X said.` / `CLAUSE, said X.` / `CLAUSE, X said late on Tuesday, …`: the
        // clause before the attribution, unless it holds a quote the cue attributes
        // (`“…,” he said`).
        let mut attribution_start = match speaker {
            Some(sp) if sp.end <= self.doc.tokens[i].span.start => self.token_at(sp.start),
            _ => i,
        };
        // `CLAUSE, her spokesman Steffen Seibert said.`, `CLAUSE, NATO Secretary-General X
        // said`: the attribution starts at the speaker's titles.
        let mut back = 0;
        while speaker.is_some()
            && back < 6
            && attribution_start > from + 1
            && self.word(attribution_start - 1) != ","
            && {
                let w = self.word(attribution_start - 1);
                let l = w.to_lowercase();
                self.mention_of[attribution_start - 1].is_some()
                    || w.chars().next().is_some_and(char::is_uppercase)
                    || ROLE_WORDS.contains(&l.as_str())
                    || HEAD_ROLES.contains(&l.as_str())
                    || matches!(l.as_str(), "his" | "her" | "its" | "their" | "the" | "'s" | "’s")
            }
        {
            attribution_start -= 1;
            back += 1;
        }
        // `CLAUSE, it said.` with the pronoun left unresolved: the attribution starts there.
        while speaker.is_none()
            && attribution_start > from + 1
            && matches!(self.word(attribution_start - 1), "it" | "he" | "she" | "they" | "also")
        {
            attribution_start -= 1;
        }
        if attribution_start <= from || self.word(attribution_start - 1) != "," {
            return None;
        }
        let quote_closed_by_comma = (from..attribution_start).any(|k| {
            self.word(k) == "," && matches!(self.word(k + 1), "”" | "\"" | "»")
                || self.word(k) == "»" && self.word(k + 1) == ","
        });
        // `Asked if …, she replied`, `Speaking in his defence, X said`: no claim before.
        if quote_closed_by_comma
            || self.word(from).eq_ignore_ascii_case("asked")
            || self.opens_with_participle(from)
        {
            return None;
        }
        before(attribution_start - 1)
    }

    /// Whether token `k` is a participle opening an adverbial (`Speaking in his defence`,
    /// `Writing on Twitter`), not a name or a pronoun such as `Beijing` or `Nothing`.
    fn opens_with_participle(&self, k: usize) -> bool {
        self.word(k).ends_with("ing")
            && self.mention_of[k].is_none()
            && PREPOSITIONS.contains(&self.word(k + 1).to_lowercase().as_str())
    }

    /// End of the last non-punctuation token before token `to`.
    fn last_word_end(&self, to: usize) -> usize {
        let mut k = to;
        // A closing quotation mark stays: the clause ends with the quoted words (`were “frank”`).
        while k > 0
            && self.doc.tokens[k - 1].kind == TokenKind::Punct
            && !(matches!(self.word(k - 1), "”" | "»" | "\"")
                && k >= 2
                && self.doc.tokens[k - 2].kind != TokenKind::Punct)
        {
            k -= 1;
        }
        self.doc.tokens.get(k.saturating_sub(1)).map_or(0, |t| t.span.end)
    }
}

#[cfg(test)]
mod tests;
