//! The actor knowledge base: countries, organisations, people and their dated roles, read from
//! the tab-separated files in `data/kb/` (embedded in the binary) and from user files.
//!
//! A user file has the same columns as one of the embedded tables (its header says which); a
//! row whose id is already known replaces it, and roles given for a person replace that
//! person's embedded roles.

use crate::{Error, Result};
use dyad_core::{ActorCode, PartialDate};
use std::collections::HashMap;

const COUNTRIES: &str = include_str!("../data/kb/countries.tsv");
const ORGANISATIONS: &str = include_str!("../data/kb/organisations.tsv");
const PEOPLE: &str = include_str!("../data/kb/people.tsv");
const ROLES: &str = include_str!("../data/kb/roles.tsv");
const PLACES: &str = include_str!("../data/kb/places.tsv");

/// A person's gender as the knowledge base records it, for pronoun resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// He.
    Male,
    /// She.
    Female,
}

/// A country.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 (CAMEO's country code).
    pub code: String,
    /// Common English name.
    pub name: String,
    /// Other names (`U.S.`, `Russian Federation`).
    pub aliases: Vec<String>,
    /// Adjectives and nouns for its people (`Russian`, `Russians`).
    pub demonyms: Vec<String>,
    /// Capital city.
    pub capital: Option<String>,
    /// Names that stand for its government (`the Kremlin`, `Moscow`).
    pub metonyms: Vec<String>,
}

/// An organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    /// Stable slug.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Other names and abbreviations.
    pub aliases: Vec<String>,
    /// CAMEO-style actor code.
    pub actor_code: Option<ActorCode>,
    /// Country (alpha-3) for national bodies.
    pub country: Option<String>,
    /// `igo`, `government`, `media` …
    pub kind: String,
}

/// A city, region, territory, landmark or body of water.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Stable slug.
    pub id: String,
    /// Common English name.
    pub name: String,
    /// Other names and spellings.
    pub aliases: Vec<String>,
    /// Country (alpha-3) it lies in; `None` for seas and places across borders.
    pub country: Option<String>,
    /// `city`, `region`, `territory`, `landmark` or `body_of_water`.
    pub kind: String,
}

/// A dated role a person held.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// Actor code while in the role (`RUSGOV`).
    pub actor_code: ActorCode,
    /// Controlled role name (`head_of_state`, `spokesperson` …).
    pub role: String,
    /// Title as news writes it (`Kremlin spokesman`).
    pub title: String,
    /// First day (or month, or year) in the role.
    pub start: Option<PartialDate>,
    /// Last day; `None` while current.
    pub end: Option<PartialDate>,
}

impl Role {
    /// Whether the role was held at `date` (compared at the coarser of the two precisions).
    pub fn held_at(&self, date: PartialDate) -> bool {
        let day = date.days_from_epoch();
        let started = self.start.is_none_or(|s| s.days_from_epoch() <= last_day(date));
        let not_ended = self.end.is_none_or(|e| last_day(e) >= day);
        started && not_ended
    }
}

/// Days since the epoch of the last day a partial date covers.
fn last_day(d: PartialDate) -> i64 {
    match (d.month_value(), d.day_value()) {
        (Some(_), Some(_)) => d.days_from_epoch(),
        (Some(m), None) => {
            d.days_from_epoch() + i64::from(dyad_core::days_in_month(d.year_value(), m)) - 1
        }
        _ => PartialDate::ymd(d.year_value(), 12, 31).map_or(0, |x| x.days_from_epoch()),
    }
}

/// A person.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Stable slug (`vladimir_putin`).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Other names (surname alone, transliterations).
    pub aliases: Vec<String>,
    /// Gender, when recorded.
    pub gender: Option<Gender>,
    /// Country (alpha-3).
    pub country: Option<String>,
    /// Roles over time.
    pub roles: Vec<Role>,
}

/// Priority of roles when a person holds several at once (lower first).
fn role_rank(role: &str) -> usize {
    [
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "defence_minister",
        "minister",
        "spokesperson",
    ]
    .iter()
    .position(|r| *r == role)
    .unwrap_or(9)
}

impl Person {
    /// The role held at `date` (the most senior when several); with no date, the latest role.
    pub fn role_at(&self, date: Option<PartialDate>) -> Option<&Role> {
        match date {
            Some(d) => {
                self.roles.iter().filter(|r| r.held_at(d)).min_by_key(|r| role_rank(&r.role))
            }
            None => {
                self.roles.iter().max_by_key(|r| (r.start, std::cmp::Reverse(role_rank(&r.role))))
            }
        }
    }

    /// The actor code at `date`: the role's, else `ELI` (former elite) for someone whose roles
    /// are all over, else the bare country code.
    pub fn actor_code_at(&self, date: Option<PartialDate>) -> Option<ActorCode> {
        if let Some(r) = self.role_at(date) {
            return Some(r.actor_code.clone());
        }
        let country = self
            .country
            .clone()
            .or_else(|| self.roles.first().map(|r| r.actor_code.country().to_owned()))?;
        let past = date.is_some_and(|d| self.roles.iter().any(|r| r.end.is_some_and(|e| e < d)));
        Some(ActorCode(if past { format!("{country}ELI") } else { country }))
    }
}

/// What an alias names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KbRef {
    /// A person (index into [`Kb::people`]).
    Person(usize),
    /// An organisation (index into [`Kb::organisations`]).
    Organisation(usize),
    /// A country by name (index into [`Kb::countries`]).
    Country(usize),
    /// A seat of government standing for the country's government.
    Metonym(usize),
    /// A country's capital (a place, or a metonym when it acts).
    Capital(usize),
    /// A demonym (`Russian`).
    Demonym(usize),
    /// A place (index into [`Kb::places`]).
    Place(usize),
}

/// The loaded knowledge base with its alias index.
#[derive(Debug, Clone, Default)]
pub struct Kb {
    /// Countries.
    pub countries: Vec<Country>,
    /// Organisations.
    pub organisations: Vec<Organisation>,
    /// People.
    pub people: Vec<Person>,
    /// Places.
    pub places: Vec<Place>,
    /// Lower-cased alias tokens, indexed by first token.
    index: HashMap<String, Vec<(Vec<String>, KbRef)>>,
    /// Lower-cased single-word aliases written in capitals (`ice` for `ICE`): the text must
    /// write them in capitals too.
    acronyms: std::collections::HashSet<String>,
    /// Lower-case given names (`data/kb/given_names.txt` and the people's first names).
    given_names: std::collections::HashSet<String>,
}

/// Lower-cased word tokens of a name, as the index and the matcher see them.
pub(crate) fn name_tokens(name: &str) -> Vec<String> {
    crate::tokens(name).iter().filter_map(|t| t.span.text(name)).map(|w| w.to_lowercase()).collect()
}

impl Kb {
    /// The knowledge base shipped with dyad.
    pub fn embedded() -> Kb {
        let mut kb = Kb::default();
        for (name, text) in [
            ("countries.tsv", COUNTRIES),
            ("organisations.tsv", ORGANISATIONS),
            ("people.tsv", PEOPLE),
            ("roles.tsv", ROLES),
            ("places.tsv", PLACES),
        ] {
            // The embedded tables are checked by the tests; a failure here is a build defect.
            if let Err(e) = kb.add_table(name, text) {
                debug_assert!(false, "embedded KB table {name}: {e}");
            }
        }
        kb.reindex();
        kb
    }

    /// Adds or overrides entries from a user table (`--actors FILE`); `name` is used in errors.
    pub fn add_user_table(&mut self, name: &str, text: &str) -> Result<()> {
        self.add_table(name, text)?;
        self.reindex();
        Ok(())
    }

    fn add_table(&mut self, name: &str, text: &str) -> Result<()> {
        let mut lines =
            text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let Some((_, header)) = lines.next() else { return Ok(()) };
        let columns: Vec<&str> = header.split('\t').map(str::trim).collect();
        let bad = |line: usize, reason: String| Error::Kb {
            file: name.to_owned(),
            line: line + 1,
            reason,
        };
        let table = match columns.as_slice() {
            ["code", "iso2", "name", "aliases", "demonyms", "capital", "metonyms"] => "countries",
            ["id", "name", "aliases", "actor_code", "country", "kind"] => "organisations",
            ["id", "name", "aliases", "gender", "country"] => "people",
            ["person", "actor_code", "role", "title", "start", "end"] => "roles",
            ["id", "name", "aliases", "country", "kind"] => "places",
            _ => {
                return Err(bad(
                    0,
                    format!(
                        "unknown header {header:?}: expected the columns of countries.tsv, organisations.tsv, people.tsv, roles.tsv or places.tsv"
                    ),
                ));
            }
        };
        let mut replaced_roles: Vec<String> = Vec::new();
        // Where each known id sits, so a table of thousands of rows loads in linear time.
        let mut org_at: HashMap<String, usize> =
            self.organisations.iter().enumerate().map(|(i, o)| (o.id.clone(), i)).collect();
        let mut place_at: HashMap<String, usize> =
            self.places.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
        let mut person_at: HashMap<String, usize> =
            self.people.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
        for (n, line) in lines {
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            if f.len() != columns.len() {
                return Err(bad(
                    n,
                    format!("{} fields where the header has {}", f.len(), columns.len()),
                ));
            }
            let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
            let list = |s: &str| {
                s.split('|')
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            };
            let date = |s: &str| -> Result<Option<PartialDate>> {
                if s.is_empty() {
                    Ok(None)
                } else {
                    PartialDate::parse_iso(s).map(Some).ok_or_else(|| {
                        bad(n, format!("{s:?} is not a YYYY, YYYY-MM or YYYY-MM-DD date"))
                    })
                }
            };
            match table {
                "countries" => {
                    let c = Country {
                        code: f[0].to_owned(),
                        name: f[2].to_owned(),
                        aliases: list(f[3]),
                        demonyms: list(f[4]),
                        capital: opt(f[5]),
                        metonyms: list(f[6]),
                    };
                    match self.countries.iter_mut().find(|x| x.code == c.code) {
                        Some(x) => *x = c,
                        None => self.countries.push(c),
                    }
                }
                "organisations" => {
                    let o = Organisation {
                        id: f[0].to_owned(),
                        name: f[1].to_owned(),
                        aliases: list(f[2]),
                        actor_code: opt(f[3]).map(ActorCode),
                        country: opt(f[4]),
                        kind: f[5].to_owned(),
                    };
                    match org_at.get(&o.id) {
                        Some(&k) => self.organisations[k] = o,
                        None => {
                            org_at.insert(o.id.clone(), self.organisations.len());
                            self.organisations.push(o);
                        }
                    }
                }
                "places" => {
                    let p = Place {
                        id: f[0].to_owned(),
                        name: f[1].to_owned(),
                        aliases: list(f[2]),
                        country: opt(f[3]),
                        kind: f[4].to_owned(),
                    };
                    match place_at.get(&p.id) {
                        Some(&k) => self.places[k] = p,
                        None => {
                            place_at.insert(p.id.clone(), self.places.len());
                            self.places.push(p);
                        }
                    }
                }
                "people" => {
                    let gender = match f[3] {
                        "m" | "M" => Some(Gender::Male),
                        "f" | "F" => Some(Gender::Female),
                        "" => None,
                        other => return Err(bad(n, format!("gender {other:?} is not m or f"))),
                    };
                    let p = Person {
                        id: f[0].to_owned(),
                        name: f[1].to_owned(),
                        aliases: list(f[2]),
                        gender,
                        country: opt(f[4]),
                        roles: Vec::new(),
                    };
                    match person_at.get(&p.id) {
                        Some(&k) => {
                            let roles = std::mem::take(&mut self.people[k].roles);
                            self.people[k] = Person { roles, ..p };
                        }
                        None => {
                            person_at.insert(p.id.clone(), self.people.len());
                            self.people.push(p);
                        }
                    }
                }
                _ => {
                    let role = Role {
                        actor_code: ActorCode(f[1].to_owned()),
                        role: f[2].to_owned(),
                        title: f[3].to_owned(),
                        start: date(f[4])?,
                        end: date(f[5])?,
                    };
                    let Some(person) = person_at.get(f[0]).and_then(|&k| self.people.get_mut(k))
                    else {
                        return Err(bad(n, format!("role for unknown person {:?}", f[0])));
                    };
                    if !replaced_roles.iter().any(|id| id == f[0]) {
                        // A table's roles for a person replace the roles known before it.
                        person.roles.clear();
                        replaced_roles.push(f[0].to_owned());
                    }
                    person.roles.push(role);
                }
            }
        }
        Ok(())
    }

    fn reindex(&mut self) {
        let mut index: HashMap<String, Vec<(Vec<String>, KbRef)>> = HashMap::new();
        let mut acronyms = std::collections::HashSet::new();
        let mut add = |name: &str, r: KbRef| {
            let toks = name_tokens(name);
            let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
            if toks.len() == 1 && letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
                acronyms.insert(toks[0].clone());
            }
            if let Some(first) = toks.first().cloned() {
                // `the …` aliases are many; they are found by their first two words.
                let first = match toks.get(1) {
                    Some(second) if first == "the" => format!("the {second}"),
                    _ => first,
                };
                let entry = index.entry(first).or_default();
                if !entry.iter().any(|(t, x)| *t == toks && *x == r) {
                    entry.push((toks, r));
                }
            }
        };
        for (i, c) in self.countries.iter().enumerate() {
            add(&c.name, KbRef::Country(i));
            c.aliases.iter().for_each(|a| add(a, KbRef::Country(i)));
            c.demonyms.iter().for_each(|a| add(a, KbRef::Demonym(i)));
            c.metonyms
                .iter()
                .filter(|m| c.capital.as_deref() != Some(m.as_str()))
                .for_each(|a| add(a, KbRef::Metonym(i)));
            if let Some(cap) = &c.capital {
                add(cap, KbRef::Capital(i));
            }
        }
        for (i, o) in self.organisations.iter().enumerate() {
            add(&o.name, KbRef::Organisation(i));
            o.aliases.iter().for_each(|a| add(a, KbRef::Organisation(i)));
        }
        for (i, p) in self.places.iter().enumerate() {
            add(&p.name, KbRef::Place(i));
            p.aliases.iter().for_each(|a| add(a, KbRef::Place(i)));
        }
        for (i, p) in self.people.iter().enumerate() {
            add(&p.name, KbRef::Person(i));
            p.aliases.iter().for_each(|a| add(a, KbRef::Person(i)));
        }
        self.acronyms = acronyms;
        self.given_names = crate::entities::given_names()
            .chain(
                self.people.iter().filter_map(|p| p.name.split(' ').next().map(str::to_lowercase)),
            )
            .collect();
        // Longest aliases first, so the matcher takes the longest match.
        for v in index.values_mut() {
            v.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
        }
        self.index = index;
    }

    /// Aliases that start with the lower-cased word `first` (for `the`, with the two words
    /// `the white`): `(tokens, what they name)`, longest first.
    pub fn aliases_starting(&self, first: &str) -> &[(Vec<String>, KbRef)] {
        self.index.get(first).map_or(&[], Vec::as_slice)
    }

    /// Whether the single-word alias `lower` is an acronym (written in capitals in the tables).
    pub fn is_acronym(&self, lower: &str) -> bool {
        self.acronyms.contains(lower)
    }

    /// Whether `lower` (lower case) is a known given name.
    pub fn is_given_name(&self, lower: &str) -> bool {
        self.given_names.contains(lower)
    }

    /// The country with this alpha-3 code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    /// People who held `role` for `country` at `date` (any date when `None`).
    pub fn holders(&self, country: &str, role: &str, date: Option<PartialDate>) -> Vec<usize> {
        self.people
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.roles.iter().any(|r| {
                    r.role == role
                        && r.actor_code.country() == country
                        && date.is_none_or(|d| r.held_at(d))
                })
            })
            .map(|(i, _)| i)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<PartialDate> {
        PartialDate::parse_iso(s)
    }

    #[test]
    fn user_tables_add_and_override() {
        let mut kb = Kb::default();
        kb.add_table("p", "id\tname\taliases\tgender\tcountry\nann_lee\tAnn Lee\tLee\tf\tGBR\n")
            .unwrap();
        kb.add_table("r", "person\tactor_code\trole\ttitle\tstart\tend\nann_lee\tGBRGOV\tforeign_minister\tForeign Secretary\t2019-07\t2021-09-15\n").unwrap();
        kb.reindex();
        let p = &kb.people[0];
        assert_eq!(p.role_at(d("2020-01-01")).map(|r| r.title.as_str()), Some("Foreign Secretary"));
        assert_eq!(p.actor_code_at(d("2019-07")).unwrap().as_str(), "GBRGOV");
        assert_eq!(p.actor_code_at(d("2022-01-01")).unwrap().as_str(), "GBRELI");
        assert_eq!(p.actor_code_at(d("2018-01-01")).unwrap().as_str(), "GBR");
        assert_eq!(kb.aliases_starting("lee"), &[(vec!["lee".to_owned()], KbRef::Person(0))]);
        assert_eq!(kb.holders("GBR", "foreign_minister", d("2020-05-05")), vec![0]);
        let err = kb.add_user_table("mine.tsv", "id\tname\nx\ty\n").unwrap_err().to_string();
        assert!(err.contains("mine.tsv") && err.contains("unknown header"), "{err}");
        let err = kb
            .add_user_table(
                "mine.tsv",
                "person\tactor_code\trole\ttitle\tstart\tend\nnobody\tX\tr\tt\t\t\n",
            )
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2") && err.contains("unknown person"), "{err}");
    }

    #[test]
    fn embedded_kb_loads_and_knows_the_seed_actors() {
        let kb = Kb::embedded();
        assert!(kb.countries.len() > 150, "{}", kb.countries.len());
        let putin =
            kb.people.iter().find(|p| p.id == "vladimir_putin").expect("Putin is in the KB");
        assert_eq!(putin.actor_code_at(d("2018-03-20")).unwrap().as_str(), "RUSGOV");
        let lavrov =
            kb.people.iter().find(|p| p.id == "sergei_lavrov").expect("Lavrov is in the KB");
        assert_eq!(lavrov.role_at(d("2017-05-10")).unwrap().role, "foreign_minister");
        assert!(!kb.holders("RUS", "spokesperson", d("2017-05-11")).is_empty());
        let mut embedded_tables_parse = Kb::default();
        for (name, text) in [
            ("countries.tsv", COUNTRIES),
            ("organisations.tsv", ORGANISATIONS),
            ("people.tsv", PEOPLE),
            ("roles.tsv", ROLES),
            ("places.tsv", PLACES),
        ] {
            embedded_tables_parse.add_table(name, text).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}
