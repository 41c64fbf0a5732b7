//! A CAMEO actor code split into GDELT's actor fields.
//!
//! A CAMEO actor code is a run of three-letter elements (`RUSGOV`, `IGOUNO`, `SYRREB`,
//! `MOSALQ`). GDELT spreads them over `CountryCode` (a country or region, first element
//! only), `KnownGroupCode`, `EthnicCode`, `Religion1Code`/`Religion2Code` and
//! `Type1Code`–`Type3Code`. Types are GDELT's `CAMEO.type` codes plus the PLOVER 2.0 sectors
//! (`PTY`, `PRM`, …); religions are CAMEO's religion codes; any other element is the known
//! group (`ALQ`, `HMS`, `NAT`). dyad codes no ethnicity, so `EthnicCode` stays empty.

use super::geo;

/// GDELT's `CAMEO.type` codes, and PLOVER 2.0's sector codes that CAMEO lacks.
const TYPES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
    "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET",
    // PLOVER 2.0 sectors.
    "PRM", "PTY", "UNK", "JRN", "PRE", "REL", "SOC",
];

/// CAMEO's religion codes.
const RELIGIONS: &[&str] = &[
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "ENR", "GNS", "HIN",
    "HSD", "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI", "SHI",
    "SHN", "SIK", "SUN", "TAO", "UDS", "ZRO",
];

/// CAMEO's region codes, which GDELT puts in `CountryCode` like countries.
const REGIONS: &[&str] = &[
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
    "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
];

/// GDELT's actor fields of one code.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct ActorFields<'a> {
    pub(crate) country: &'a str,
    pub(crate) known_group: &'a str,
    pub(crate) religions: [&'a str; 2],
    pub(crate) types: [&'a str; 3],
}

/// `code` without the `---` elements that stand for an unknown country (`---BUS` is `BUS`,
/// as GDELT writes an actor of no known country).
pub(crate) fn normalize(code: &str) -> String {
    if !code.len().is_multiple_of(3) || !code.is_ascii() {
        return code.to_owned();
    }
    (0..code.len()).step_by(3).filter_map(|i| code.get(i..i + 3)).filter(|e| *e != "---").collect()
}

/// Splits `code`; a code that is not a run of three-letter elements yields empty fields.
pub(crate) fn split(code: &str) -> ActorFields<'_> {
    let mut f = ActorFields::default();
    if code.is_empty()
        || !code.len().is_multiple_of(3)
        || !code.bytes().all(|b| b.is_ascii_uppercase())
    {
        return f;
    }
    let (mut religions, mut types) = (0, 0);
    for i in (0..code.len()).step_by(3) {
        let Some(element) = code.get(i..i + 3) else { break };
        if i == 0 && (geo::country(element).is_some() || REGIONS.contains(&element)) {
            f.country = element;
        } else if TYPES.contains(&element) {
            if let Some(slot) = f.types.get_mut(types) {
                *slot = element;
                types += 1;
            }
        } else if RELIGIONS.contains(&element) {
            if let Some(slot) = f.religions.get_mut(religions) {
                *slot = element;
                religions += 1;
            }
        } else if f.known_group.is_empty() {
            f.known_group = element;
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_gdelt() {
        let f = split("RUSGOV");
        assert_eq!((f.country, f.types), ("RUS", ["GOV", "", ""]));
        let f = split("IGOUNOHRIHCH");
        assert_eq!((f.country, f.known_group, f.types), ("", "HCH", ["IGO", "UNO", "HRI"]));
        let f = split("MOSALQ");
        assert_eq!((f.religions, f.known_group), (["MOS", ""], "ALQ"));
        let f = split("WSTNAT");
        assert_eq!((f.country, f.known_group), ("WST", "NAT"));
        let f = split("SYRREBHMS");
        assert_eq!((f.country, f.types[0], f.known_group), ("SYR", "REB", "HMS"));
        assert_eq!(split("USA"), ActorFields { country: "USA", ..ActorFields::default() });
        assert_eq!(split("usa"), ActorFields::default());
        assert_eq!(split("USAG"), ActorFields::default());
        assert_eq!(split("ÉÉÉ"), ActorFields::default());
        assert_eq!(normalize("---BUS"), "BUS");
        assert_eq!(normalize("RUSGOV"), "RUSGOV");
        assert_eq!(normalize("---"), "");
        assert_eq!(normalize("é-"), "é-");
    }
}
