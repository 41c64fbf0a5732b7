//! GDELT's geography fields (`Type`, `FullName`, `CountryCode`, `ADM1Code`, `ADM2Code`, `Lat`,
//! `Long`, `FeatureID`) of the places dyad resolves.
//!
//! GDELT writes countries as FIPS 10-4 codes; dyad knows ISO 3166-1 alpha-3 codes, mapped by
//! `data/countries.tsv` (from GeoNames' country table). A country is `Type` 1 with its FIPS
//! code as `CountryCode`, `ADM1Code` and `FeatureID`, as in GDELT's country-level matches. A
//! place (a city, region or landmark) gets its name and country (`Geneva, Switzerland`, `SZ`);
//! dyad does not know whether it is a city or a region, nor its coordinates, so `Type`,
//! `ADM1Code`, `Lat`, `Long` and `FeatureID` stay empty. A place dyad could not resolve gets
//! only its name.

use super::field;
use crate::Result;
use dyad_store::{Catalog, Filter};
use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES_TSV: &str = include_str!("../../data/countries.tsv");

/// A country's FIPS 10-4 code and English name.
pub(crate) struct Country {
    pub(crate) fips: &'static str,
    pub(crate) name: &'static str,
}

/// The country with ISO 3166-1 alpha-3 code `iso3`.
pub(crate) fn country(iso3: &str) -> Option<&'static Country> {
    static TABLE: OnceLock<HashMap<&'static str, Country>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            COUNTRIES_TSV
                .lines()
                .skip(1)
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let mut f = l.split('\t');
                    Some((f.next()?, Country { fips: f.next()?, name: f.next()? }))
                })
                .collect()
        })
        .get(iso3)
}

/// What dyad knows of a place.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Place {
    /// Canonical name.
    pub(crate) name: String,
    /// A country (not a city or region in one).
    pub(crate) is_country: bool,
    /// ISO 3166-1 alpha-3 code of its country.
    pub(crate) country: Option<String>,
}

/// The eight geography fields of a place.
pub(crate) fn fields(place: &Place) -> [String; 8] {
    let c = place.country.as_deref().and_then(country);
    let fips = c.map_or("", |c| c.fips).to_owned();
    let name = field(&place.name, &['#', ';']);
    if place.is_country {
        return [
            "1".into(),
            name,
            fips.clone(),
            fips.clone(),
            String::new(),
            String::new(),
            String::new(),
            fips,
        ];
    }
    let full = match c {
        Some(c) => format!("{name}, {}", c.name),
        None => name,
    };
    [
        String::new(),
        full,
        fips,
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    ]
}

/// The fields of a place known only by the words naming it.
pub(crate) fn unresolved(name: &str) -> [String; 8] {
    let mut f: [String; 8] = Default::default();
    f[1] = field(name, &['#', ';']);
    f
}

/// Event locations by name, looked up among the store's entities once each (the store keeps
/// an event's location by name).
pub(crate) struct Places<'a> {
    catalog: &'a dyn Catalog,
    known: HashMap<String, Option<Place>>,
}

impl<'a> Places<'a> {
    /// Entries kept at most; the cache starts over past it, so memory stays bounded.
    const MAX: usize = 50_000;

    pub(crate) fn new(catalog: &'a dyn Catalog) -> Places<'a> {
        Places { catalog, known: HashMap::new() }
    }

    /// The place or country named `name`, if the store has it as an entity.
    pub(crate) fn get(&mut self, name: &str) -> Result<Option<&Place>> {
        if !self.known.contains_key(name) {
            if self.known.len() >= Self::MAX {
                self.known.clear();
            }
            let filter = Filter { actor: Some(name.to_owned()), limit: 100, ..Filter::default() };
            let place = self
                .catalog
                .entities(&filter)?
                .into_iter()
                .find(|e| e.name == name && matches!(e.kind.as_str(), "country" | "place"))
                .map(|e| Place {
                    name: e.name,
                    is_country: e.kind == "country",
                    country: e.country,
                });
            self.known.insert(name.to_owned(), place);
        }
        Ok(self.known.get(name).and_then(Option::as_ref))
    }

    /// The geography fields of the location `name`.
    pub(crate) fn fields(&mut self, name: Option<&str>) -> Result<[String; 8]> {
        let Some(name) = name.filter(|n| !n.is_empty()) else { return Ok(Default::default()) };
        Ok(match self.get(name)? {
            Some(place) => fields(place),
            None => unresolved(name),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_fips() {
        assert_eq!(country("DEU").map(|c| c.fips), Some("GM"));
        assert_eq!(country("RUS").map(|c| c.name), Some("Russia"));
        assert!(country("XXX").is_none());
        let ru = Place { name: "Russia".into(), is_country: true, country: Some("RUS".into()) };
        assert_eq!(fields(&ru)[..4], ["1", "Russia", "RS", "RS"]);
        assert_eq!(fields(&ru)[7], "RS");
        let gva = Place { name: "Geneva".into(), is_country: false, country: Some("CHE".into()) };
        assert_eq!(fields(&gva)[..4], ["", "Geneva, Switzerland", "SZ", ""]);
        assert_eq!(unresolved("the #1 site")[1], "the  1 site");
    }
}
