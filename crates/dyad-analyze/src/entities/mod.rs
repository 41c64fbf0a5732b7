//! Entity mentions and their canonical identities within one article.
//!
//! 1. **Names** ([`names`]): knowledge-base aliases, longest first (`Kremlin spokesman Dmitry
//!    Peskov` → `Dmitry Peskov`; `Peskov`; `the Kremlin`; `Russia`), and capitalised sequences
//!    the knowledge base does not know, typed by their titles and words (`Mr`, `Ministry`).
//!    A bare surname shared by several people, or that is also a common word (`May`), needs
//!    the full name earlier in the article or a title before it.
//! 2. **Descriptors** ([`descriptors`]): `the Russian leader`, `the Kremlin spokesman` → the
//!    person the article already names in that role, else the knowledge base's holder of the
//!    role at the publication date.
//! 3. **Lower-case names** in translated copy (`trump`) once the person is named properly.
//! 4. **Acronyms** ([`acronyms`]) an article defines: `the International Labour Office (ILO)`
//!    is one organisation, and `ILO` names it in this article.
//! 5. **Pronouns** ([`pronouns`]): `he`/`she`/`him`/`her` → the nearest fitting person, preferring
//!    the subject of the sentence, never a name inside a quote.
//!
//! All mentions of one identity share one [`Entity`]: knowledge-base entries by their id,
//! others by name, with surnames folded into the full name the article gave.

mod acronyms;
mod agents;
mod descriptors;
mod names;
mod pronouns;
mod words;

pub(crate) use words::ROLE_WORDS;

use crate::kb::{Gender, Kb, KbRef};
use dyad_core::{
    ActorCode, Document, Entity, EntityId, EntityKind, Mention, MentionKind, PartialDate, Span,
};
use std::collections::HashMap;

/// What a found mention refers to, before canonical entities are built.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    /// A knowledge-base entry.
    Kb(KbRef),
    /// A capital named as a place (`in Moscow`), by country index.
    CapitalPlace(usize),
    /// A person the knowledge base does not know, by full name.
    NewPerson(String),
    /// An organisation the knowledge base does not know.
    NewOrganisation(String),
    /// A place the knowledge base does not know.
    NewPlace(String),
    /// A group by role: its actor code and country (`SYRREB`, `SYR`).
    Agent(String, Option<String>),
}

/// A mention found by one of the passes.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub(crate) span: Span,
    pub(crate) target: Target,
    pub(crate) kind: MentionKind,
    /// Index of the first and one past the last token.
    pub(crate) tokens: (usize, usize),
    /// Gender evidence from a title (`Mr`), for people.
    pub(crate) gender: Option<Gender>,
}

/// The given names of `data/kb/given_names.txt`, lower case.
pub(crate) fn given_names() -> impl Iterator<Item = String> {
    words::GIVEN_NAMES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
}

/// The entity layer's result: canonical entities and mentions, sorted by span.
pub fn entities(doc: &Document, kb: &Kb) -> (Vec<Entity>, Vec<Mention>) {
    let date = doc.article.published;
    let text = doc.text();
    let mut found = names::names(doc, kb);
    let titled = descriptors::descriptors(doc, kb, date, &mut found);
    agents::agents(doc, kb, &mut found);
    names::lowercase_names(doc, kb, &mut found);
    found.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
    found.dedup_by(|b, a| a.span.overlaps(b.span));
    acronyms::acronyms(doc, &mut found);
    include_article(doc, &mut found);
    let genders = genders(kb, &found);
    pronouns::pronouns(doc, &mut found, &genders);
    found.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));

    let mut entities: Vec<Entity> = Vec::new();
    let mut by_target: HashMap<Target, EntityId> = HashMap::new();
    let surnames = surname_map(&found, text);
    let mut mentions = Vec::with_capacity(found.len());
    for f in &found {
        let target = canonical_target(&f.target, &surnames);
        let id = match by_target.get(&target) {
            Some(id) => id.clone(),
            None => {
                let mut entity = make_entity(kb, &target, date, f.span.text(text).unwrap_or(""));
                // A person the knowledge base does not know takes the code their title gives.
                if entity.actor_code.is_none()
                    && let Some((_, code, country)) =
                        titled.iter().find(|(t, _, _)| canonical_target(t, &surnames) == target)
                {
                    entity.actor_code = Some(ActorCode(code.clone()));
                    entity.country = Some(country.clone());
                }
                let id = entity.id.clone();
                if !entities.iter().any(|e| e.id == id) {
                    entities.push(entity);
                }
                by_target.insert(target, id.clone());
                id
            }
        };
        mentions.push(Mention { span: f.span, entity: id, kind: f.kind });
    }
    (entities, mentions)
}

/// Names of countries, organisations and places take the article that goes with them
/// (`the United States`, `the Taliban`, `the State Department`): it is part of the name.
fn include_article(doc: &Document, found: &mut [Found]) {
    let text = doc.text();
    for f in found.iter_mut() {
        let takes_article = f.kind == MentionKind::Name
            && matches!(
                f.target,
                Target::Kb(KbRef::Country(_) | KbRef::Organisation(_) | KbRef::Place(_))
                    | Target::NewOrganisation(_)
                    | Target::NewPlace(_)
            );
        let Some(prev) = f.tokens.0.checked_sub(1).and_then(|k| doc.tokens.get(k)) else {
            continue;
        };
        let word = prev.span.text(text).unwrap_or("");
        let adjacent = text.get(prev.span.end..f.span.start) == Some(" ");
        if takes_article && matches!(word, "the" | "The") && adjacent {
            f.span = Span::at(prev.span.start, f.span.end);
            f.tokens.0 -= 1;
        }
    }
}

/// Each person target's gender: the knowledge base's, else a title's.
fn genders(kb: &Kb, found: &[Found]) -> HashMap<Target, Gender> {
    let mut out = HashMap::new();
    for f in found {
        let g = match &f.target {
            Target::Kb(KbRef::Person(i)) => kb.people.get(*i).and_then(|p| p.gender),
            _ => f.gender,
        };
        if let Some(g) = g {
            out.insert(f.target.clone(), g);
        }
    }
    out
}

/// For unknown people: each single-word name that is the last (or first) word of a longer
/// name in the article, mapped to that longer name (`Comey` → `James Comey`).
fn surname_map(found: &[Found], _text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for f in found {
        if let Target::NewPerson(full) = &f.target
            && let (Some((first, _)), Some((_, last))) =
                (full.split_once(' '), full.rsplit_once(' '))
        {
            // The surname, else the given name, alone refers to the person named in full.
            out.entry(last.to_owned()).or_insert_with(|| full.clone());
            out.entry(first.to_owned()).or_insert_with(|| full.clone());
        }
    }
    out
}

fn canonical_target(t: &Target, surnames: &HashMap<String, String>) -> Target {
    match t {
        Target::NewPerson(name) if !name.contains(' ') => {
            surnames.get(name).map_or_else(|| t.clone(), |full| Target::NewPerson(full.clone()))
        }
        _ => t.clone(),
    }
}

/// A slug for ids: lower-case ASCII letters and digits joined by `_`.
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim_start_matches("the ").trim_start_matches("The ").chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_owned()
}

fn make_entity(kb: &Kb, target: &Target, date: Option<PartialDate>, surface: &str) -> Entity {
    let new = |kind: EntityKind, prefix: &str, name: &str| Entity {
        id: EntityId(format!("{prefix}/{}", slug(name))),
        name: name.to_owned(),
        kind,
        country: None,
        actor_code: None,
        role: None,
        known: false,
    };
    match target {
        Target::Kb(KbRef::Person(i)) => {
            let p = &kb.people[*i];
            Entity {
                id: EntityId(format!("person/{}", p.id)),
                name: p.name.clone(),
                kind: EntityKind::Person,
                country: p.country.clone(),
                actor_code: p.actor_code_at(date),
                role: p.role_at(date).map(|r| r.title.clone()),
                known: true,
            }
        }
        Target::Kb(KbRef::Organisation(i)) => {
            let o = &kb.organisations[*i];
            Entity {
                id: EntityId(format!("org/{}", o.id)),
                name: o.name.clone(),
                kind: EntityKind::Organisation,
                country: o.country.clone(),
                actor_code: o.actor_code.clone(),
                role: None,
                known: true,
            }
        }
        Target::Kb(KbRef::Country(i) | KbRef::Demonym(i)) => {
            let c = &kb.countries[*i];
            Entity {
                id: EntityId(format!("country/{}", c.code)),
                name: c.name.clone(),
                kind: EntityKind::Country,
                country: Some(c.code.clone()),
                actor_code: Some(ActorCode(c.code.clone())),
                role: None,
                known: true,
            }
        }
        Target::Kb(KbRef::Metonym(i) | KbRef::Capital(i)) => {
            // A seat of power (or a capital acting) stands for the government.
            let c = &kb.countries[*i];
            let name = if surface.starts_with("The ") {
                surface.replacen("The ", "the ", 1)
            } else {
                surface.to_owned()
            };
            Entity {
                id: EntityId(format!("org/{}", slug(&name))),
                name,
                kind: EntityKind::Organisation,
                country: Some(c.code.clone()),
                actor_code: Some(ActorCode(format!("{}GOV", c.code))),
                role: None,
                known: true,
            }
        }
        Target::Kb(KbRef::Place(i)) => {
            let p = &kb.places[*i];
            Entity {
                id: EntityId(format!("place/{}", p.id)),
                name: p.name.clone(),
                kind: EntityKind::Place,
                country: p.country.clone(),
                actor_code: None,
                role: None,
                known: true,
            }
        }
        Target::CapitalPlace(i) => {
            let c = &kb.countries[*i];
            let name = c.capital.clone().unwrap_or_else(|| surface.to_owned());
            Entity {
                country: Some(c.code.clone()),
                known: true,
                ..new(EntityKind::Place, "place", &name)
            }
        }
        Target::Agent(code, country) => Entity {
            id: EntityId(format!("group/{code}")),
            name: surface.to_owned(),
            kind: EntityKind::Organisation,
            country: country.clone(),
            actor_code: Some(ActorCode(code.clone())),
            role: None,
            known: false,
        },
        Target::NewPerson(name) => new(EntityKind::Person, "person", name),
        Target::NewOrganisation(name) => new(EntityKind::Organisation, "org", name),
        Target::NewPlace(name) => new(EntityKind::Place, "place", name),
    }
}

#[cfg(test)]
mod tests;
