//! The CAMEO and PLOVER code tables, embedded from `data/cameo.tsv` and `data/plover.tsv`.
//!
//! The tables are facts from the CAMEO 1.1b3 codebook, GDELT's Goldstein lookup and the PLOVER
//! manual, normalised by `tools/make_code_tables.py`.

use std::collections::HashMap;
use std::sync::OnceLock;

const CAMEO_TSV: &str = include_str!("../data/cameo.tsv");
const PLOVER_TSV: &str = include_str!("../data/plover.tsv");

/// The four quad classes of CAMEO/GDELT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuadClass {
    /// 1: verbal cooperation.
    VerbalCooperation = 1,
    /// 2: material cooperation.
    MaterialCooperation = 2,
    /// 3: verbal conflict.
    VerbalConflict = 3,
    /// 4: material conflict.
    MaterialConflict = 4,
}

impl QuadClass {
    /// From GDELT's number 1–4.
    pub fn from_number(n: u8) -> Option<QuadClass> {
        Some(match n {
            1 => QuadClass::VerbalCooperation,
            2 => QuadClass::MaterialCooperation,
            3 => QuadClass::VerbalConflict,
            4 => QuadClass::MaterialConflict,
            _ => return None,
        })
    }

    /// GDELT's number 1–4.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// Lowercase name with underscores (`verbal_cooperation`).
    pub fn as_str(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal_cooperation",
            QuadClass::MaterialCooperation => "material_cooperation",
            QuadClass::VerbalConflict => "verbal_conflict",
            QuadClass::MaterialConflict => "material_conflict",
        }
    }
}

/// One CAMEO event code and what goes with it.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoEntry {
    /// The code (`042`).
    pub code: &'static str,
    /// Its codebook name (`Make a visit`).
    pub name: &'static str,
    /// Goldstein conflict–cooperation value, −10 to +10, when GDELT gives one.
    pub goldstein: Option<f32>,
    /// Quad class.
    pub quad_class: QuadClass,
    /// The PLOVER event type the code maps to, when it maps to one.
    pub plover: Option<&'static str>,
    /// The PLOVER mode, when the code implies one (`phone`, `visit`).
    pub plover_mode: Option<&'static str>,
    /// The PLOVER context, when the code implies one (`diplomatic`, `military`).
    pub plover_context: Option<&'static str>,
}

impl CameoEntry {
    /// The two-digit root code.
    pub fn root(&self) -> &'static str {
        self.code.get(..2).unwrap_or(self.code)
    }
}

/// One PLOVER event type.
#[derive(Debug, Clone, PartialEq)]
pub struct PloverEntry {
    /// The type (`CONSULT`).
    pub name: &'static str,
    /// Its quad category (`VERBAL COOPERATION`).
    pub quad_category: &'static str,
    /// The modes PLOVER defines for it.
    pub modes: Vec<&'static str>,
}

struct Tables {
    cameo: HashMap<&'static str, CameoEntry>,
    plover: HashMap<&'static str, PloverEntry>,
}

fn non_empty(s: &'static str) -> Option<&'static str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

fn data_rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines().skip(1).filter(|l| !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut cameo = HashMap::new();
        for f in data_rows(CAMEO_TSV) {
            let field = |i: usize| f.get(i).copied().unwrap_or("");
            let Some(quad_class) = field(3).parse().ok().and_then(QuadClass::from_number) else {
                continue;
            };
            cameo.insert(
                field(0),
                CameoEntry {
                    code: field(0),
                    name: field(1),
                    goldstein: field(2).parse().ok(),
                    quad_class,
                    plover: non_empty(field(4)),
                    plover_mode: non_empty(field(5)),
                    plover_context: non_empty(field(6)),
                },
            );
        }
        let mut plover: HashMap<&'static str, PloverEntry> = HashMap::new();
        for f in data_rows(PLOVER_TSV) {
            let field = |i: usize| f.get(i).copied().unwrap_or("");
            match field(0) {
                "event" => {
                    plover.insert(
                        field(1),
                        PloverEntry { name: field(1), quad_category: field(3), modes: Vec::new() },
                    );
                }
                "mode" => {
                    if let Some(parent) = plover.get_mut(field(2)) {
                        parent.modes.push(field(1));
                    }
                }
                _ => {}
            }
        }
        Tables { cameo, plover }
    })
}

/// Looks up a CAMEO event code (`"042"`).
pub fn cameo(code: &str) -> Option<&'static CameoEntry> {
    tables().cameo.get(code)
}

/// Looks up a PLOVER event type (`"CONSULT"`).
pub fn plover(name: &str) -> Option<&'static PloverEntry> {
    tables().plover.get(name)
}

/// All CAMEO codes, sorted.
pub fn cameo_codes() -> Vec<&'static CameoEntry> {
    let mut v: Vec<_> = tables().cameo.values().collect();
    v.sort_by_key(|e| e.code);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cameo_rows_carry_goldstein_quad_and_plover() {
        let phone = cameo("041").expect("041 is in the table");
        assert_eq!(phone.name, "Discuss by telephone");
        assert_eq!(phone.quad_class, QuadClass::VerbalCooperation);
        assert_eq!(phone.plover, Some("CONSULT"));
        assert_eq!(phone.plover_mode, Some("phone"));
        assert_eq!(phone.root(), "04");
        let sanction = cameo("163").expect("163 is in the table");
        assert_eq!(sanction.quad_class, QuadClass::MaterialConflict);
        assert!(sanction.goldstein.unwrap() < 0.0);
        assert_eq!(cameo("010").unwrap().plover, None, "CAMEO 01 is dropped from PLOVER");
        assert!(cameo("999").is_none());
        assert!(cameo_codes().len() > 300);
    }

    #[test]
    fn plover_types_carry_modes() {
        let consult = plover("CONSULT").unwrap();
        assert!(consult.modes.contains(&"phone"));
        assert_eq!(consult.quad_category, "VERBAL COOPERATION");
    }
}
