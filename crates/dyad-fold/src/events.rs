//! Event folding: one key per real-world event, whichever article reports it.
//!
//! Two event records report the same real-world event when:
//! - they have the same type: the PLOVER type (so a CAMEO 040 meeting, 042 visit, 043 hosted
//!   visit and 041 phone call are all one CONSULT), else the CAMEO root;
//! - they agree on negation (a meeting that happened and one that did not are two facts);
//! - their dates agree at their precision: within one day for day dates (outlets in different
//!   time zones, "on Tuesday" read against different publication days), the same month or year
//!   for coarser dates; undated records never fold;
//! - their actors match: one side is the same entity (or the same actor code when neither has
//!   an entity), and the other side is the same too or a country and an actor of that country
//!   ("Tillerson visited Russia" and "Putin received Tillerson"). For symmetric types (CONSULT,
//!   AGREE, COOPERATE: a meeting of A and B is a meeting of B and A) either order matches.
//!
//! [`event_key`] is the stateless key of one record (its own date); [`EventFolder`] remembers
//! the events of the recent window and gives a new report the key of the event it matches.

use dyad_core::{Event, PartialDate, Participant, Precision};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// PLOVER types whose source and target can swap without changing the event.
const SYMMETRIC: &[&str] = &["AGREE", "CONSULT", "COOPERATE"];

/// The event's type for folding: PLOVER type, else CAMEO root.
fn what(event: &Event) -> String {
    event
        .plover
        .as_ref()
        .map_or_else(|| event.cameo.as_str().get(..2).unwrap_or("").to_owned(), ToString::to_string)
}

fn symmetric(event: &Event) -> bool {
    event.plover.as_ref().is_some_and(|p| SYMMETRIC.contains(&p.as_str()))
}

/// A participant as folding sees it: entity id, else actor code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
struct Side {
    entity: Option<String>,
    code: Option<String>,
}

impl Side {
    fn of(p: &Option<Participant>) -> Side {
        p.as_ref().map_or_else(Side::default, |p| Side {
            entity: p.entity.as_ref().map(ToString::to_string),
            code: p.actor_code.as_ref().map(ToString::to_string),
        })
    }

    fn label(&self) -> &str {
        self.entity.as_deref().or(self.code.as_deref()).unwrap_or("-")
    }

    fn same(&self, other: &Side) -> bool {
        match (&self.entity, &other.entity) {
            (Some(a), Some(b)) => a == b,
            (None, None) => self.code == other.code,
            _ => false,
        }
    }

    /// The country this side *is*: a bare country, or a place standing for it ("Tillerson
    /// arrived in Moscow"), not an actor of it.
    fn country(&self) -> Option<&str> {
        match self.entity.as_deref() {
            Some(e) if e.starts_with("country/") => e.strip_prefix("country/"),
            Some(e) if !e.starts_with("place/") => None,
            _ => self.code.as_deref().filter(|c| c.len() == 3),
        }
    }

    /// One side is a country and the other an actor of that country.
    fn country_of(&self, other: &Side) -> bool {
        let within = |country: &str, actor: &Side| {
            actor.code.as_deref().is_some_and(|c| c.starts_with(country))
                || actor.country() == Some(country)
        };
        self.country().is_some_and(|c| within(c, other))
            || other.country().is_some_and(|c| within(c, self))
    }
}

/// The hash of an event's actor pair and type (unordered pair for symmetric types), without
/// its date: what stories compare.
pub(crate) fn pair_key(event: &Event) -> u64 {
    let (s, t) = (Side::of(&event.source), Side::of(&event.target));
    let (a, b) = if symmetric(event) && s.label() > t.label() { (t, s) } else { (s, t) };
    dyad_core::stable_hash_parts(&[
        a.label().as_bytes(),
        b.label().as_bytes(),
        what(event).as_bytes(),
        &[u8::from(event.negated)],
    ])
}

/// The stateless key of the real-world event an event record reports: its actor pair (in
/// either order for symmetric types), its type (PLOVER, else CAMEO root), its negation and its
/// date at its precision. Undated events do not fold: their key is their own id.
/// [`EventFolder`] also folds reports a day apart or naming a country for its leader.
pub fn event_key(event: &Event) -> String {
    let Some(date) = event.date else { return event.id.to_string() };
    let h = dyad_core::stable_hash_parts(&[
        &pair_key(event).to_le_bytes(),
        date.to_string().as_bytes(),
    ]);
    format!("{h:016x}")
}

/// A folded event remembered for matching.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Folded {
    key: String,
    what: String,
    negated: bool,
    symmetric: bool,
    source: Side,
    target: Side,
    date: PartialDate,
}

impl Folded {
    fn of(event: &Event, date: PartialDate, key: String) -> Folded {
        Folded {
            key,
            what: what(event),
            negated: event.negated,
            symmetric: symmetric(event),
            source: Side::of(&event.source),
            target: Side::of(&event.target),
            date,
        }
    }

    fn matches(&self, other: &Folded) -> bool {
        if self.what != other.what || self.negated != other.negated {
            return false;
        }
        let dates = match (self.date.precision(), other.date.precision()) {
            (Precision::Day, Precision::Day) => {
                (self.date.days_from_epoch() - other.date.days_from_epoch()).abs() <= 1
            }
            (a, b) => a == b && self.date == other.date,
        };
        if !dates {
            return false;
        }
        // The side matched exactly must be more than a bare country, unless both sides are.
        let anchor = |a: &Side, b: &Side| a.same(b) && a.country().is_none();
        let pair = |s: &Side, t: &Side| {
            (self.source.same(s) && self.target.same(t))
                || (anchor(&self.source, s) && self.target.country_of(t))
                || (anchor(&self.target, t) && self.source.country_of(s))
        };
        pair(&other.source, &other.target) || (self.symmetric && pair(&other.target, &other.source))
    }
}

/// Day bucket of a date, for lookups (month and year dates use their first day).
fn day_of(date: PartialDate) -> i64 {
    date.days_from_epoch()
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct EventFolderState {
    next: u64,
    events: Vec<(u64, Folded)>,
}

/// Events of the recent window, by day, so a new report finds the event it repeats.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "EventFolderState", into = "EventFolderState")]
pub struct EventFolder {
    next: u64,
    events: HashMap<u64, Folded>,
    by_day: BTreeSet<(i64, u64)>,
}

impl From<EventFolderState> for EventFolder {
    fn from(s: EventFolderState) -> EventFolder {
        let mut f = EventFolder { next: s.next, ..EventFolder::default() };
        for (slot, e) in s.events {
            f.by_day.insert((day_of(e.date), slot));
            f.events.insert(slot, e);
        }
        f
    }
}

impl From<EventFolder> for EventFolderState {
    fn from(f: EventFolder) -> EventFolderState {
        let mut events: Vec<(u64, Folded)> = f.events.into_iter().collect();
        events.sort_by_key(|(s, _)| *s);
        EventFolderState { next: f.next, events }
    }
}

impl EventFolder {
    /// An empty folder.
    pub fn new() -> EventFolder {
        EventFolder::default()
    }

    /// The fold key of a report: the key of the remembered event it matches, else a new
    /// one ([`event_key`]), remembered from now on.
    pub fn fold(&mut self, event: &Event) -> String {
        let Some(date) = event.date else { return event.id.to_string() };
        let probe = Folded::of(event, date, String::new());
        let day = day_of(date);
        let found = self
            .by_day
            .range((day - 1, 0)..=(day + 1, u64::MAX))
            .filter_map(|(_, slot)| self.events.get(slot))
            .filter(|e| e.matches(&probe))
            .min_by_key(|e| (e.date.days_from_epoch() - day).abs())
            .map(|e| e.key.clone());
        if let Some(key) = found {
            return key;
        }
        let key = event_key(event);
        let slot = self.next;
        self.next += 1;
        self.by_day.insert((day, slot));
        self.events.insert(slot, Folded { key: key.clone(), ..probe });
        key
    }

    /// Forgets events dated before `day`, except the `keep_recent` latest remembered.
    pub fn expire(&mut self, day: i64, keep_recent: usize) {
        let floor = self.next.saturating_sub(keep_recent as u64);
        let old: Vec<(i64, u64)> =
            self.by_day.range(..(day, 0)).copied().filter(|(_, s)| *s < floor).collect();
        for (d, slot) in old {
            self.by_day.remove(&(d, slot));
            self.events.remove(&slot);
        }
    }

    /// Events remembered.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether no event is remembered.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{ActorCode, CameoCode, EntityId, EventId, PloverType, Span};

    fn side(entity: Option<&str>, code: &str) -> Option<Participant> {
        Some(Participant {
            span: Span::default(),
            entity: entity.map(|e| EntityId(e.into())),
            actor_code: Some(ActorCode(code.into())),
        })
    }

    fn event(
        id: &str,
        source: Option<Participant>,
        target: Option<Participant>,
        cameo: &str,
        plover: &str,
        date: Option<PartialDate>,
    ) -> Event {
        Event {
            id: EventId(id.into()),
            sentence: Span::default(),
            trigger: Span::default(),
            source,
            target,
            cameo: CameoCode(cameo.into()),
            plover: Some(PloverType(plover.into())),
            plover_mode: None,
            date,
            date_span: None,
            location: None,
            negated: false,
            hypothetical: false,
            future: false,
            reported_by: None,
        }
    }

    fn trump() -> Option<Participant> {
        side(Some("person/donald_trump"), "USAGOV")
    }
    fn lavrov() -> Option<Participant> {
        side(Some("person/sergei_lavrov"), "RUSGOV")
    }

    #[test]
    fn reports_a_day_apart_and_in_either_order_fold() {
        let mut f = EventFolder::new();
        let a =
            f.fold(&event("a", trump(), lavrov(), "040", "CONSULT", PartialDate::ymd(2017, 5, 10)));
        let b =
            f.fold(&event("b", lavrov(), trump(), "042", "CONSULT", PartialDate::ymd(2017, 5, 11)));
        assert_eq!(a, b);
        // Three days later it is another meeting.
        let c =
            f.fold(&event("c", trump(), lavrov(), "040", "CONSULT", PartialDate::ymd(2017, 5, 14)));
        assert_ne!(a, c);
        // An accusation is not a meeting.
        let d =
            f.fold(&event("d", trump(), lavrov(), "112", "ACCUSE", PartialDate::ymd(2017, 5, 10)));
        assert_ne!(a, d);
        assert_eq!(f.len(), 3);
    }

    #[test]
    fn a_country_folds_with_its_leader_when_the_other_side_matches() {
        let mut f = EventFolder::new();
        let tillerson = || side(Some("person/rex_tillerson"), "USAGOV");
        let visit = f.fold(&event(
            "v",
            tillerson(),
            side(Some("country/RUS"), "RUS"),
            "042",
            "CONSULT",
            PartialDate::ymd(2017, 4, 12),
        ));
        let hosted = f.fold(&event(
            "h",
            side(Some("person/vladimir_putin"), "RUSGOV"),
            tillerson(),
            "043",
            "CONSULT",
            PartialDate::ymd(2017, 4, 12),
        ));
        assert_eq!(visit, hosted);
        // A place standing for the country folds too.
        let moscow = f.fold(&event(
            "m",
            tillerson(),
            side(Some("place/moscow"), "RUS"),
            "042",
            "CONSULT",
            PartialDate::ymd(2017, 4, 12),
        ));
        assert_eq!(moscow, visit);
        // Two bare countries on both sides do not fold with a leaders' meeting.
        let countries = f.fold(&event(
            "c",
            side(Some("country/USA"), "USA"),
            side(Some("country/RUS"), "RUS"),
            "040",
            "CONSULT",
            PartialDate::ymd(2017, 4, 12),
        ));
        assert_ne!(countries, visit);
    }

    #[test]
    fn directed_types_keep_their_direction() {
        let mut f = EventFolder::new();
        let a =
            f.fold(&event("a", trump(), lavrov(), "112", "ACCUSE", PartialDate::ymd(2017, 5, 10)));
        let b =
            f.fold(&event("b", lavrov(), trump(), "112", "ACCUSE", PartialDate::ymd(2017, 5, 10)));
        assert_ne!(a, b);
    }

    #[test]
    fn month_dates_fold_by_month_and_undated_never() {
        let mut f = EventFolder::new();
        let a = f.fold(&event("a", trump(), lavrov(), "036", "AGREE", PartialDate::month(2017, 7)));
        let b = f.fold(&event("b", lavrov(), trump(), "036", "AGREE", PartialDate::month(2017, 7)));
        assert_eq!(a, b);
        let u = f.fold(&event("u", trump(), lavrov(), "036", "AGREE", None));
        assert_eq!(u, "u");
        assert_eq!(
            event_key(&event("k", trump(), lavrov(), "036", "AGREE", PartialDate::month(2017, 7))),
            a
        );
    }

    #[test]
    fn expiry_forgets_old_events_and_state_round_trips() {
        let mut f = EventFolder::new();
        let a =
            f.fold(&event("a", trump(), lavrov(), "040", "CONSULT", PartialDate::ymd(2017, 5, 10)));
        let json = serde_json::to_string(&f).unwrap();
        let mut back: EventFolder = serde_json::from_str(&json).unwrap();
        assert_eq!(
            back.fold(&event(
                "b",
                lavrov(),
                trump(),
                "040",
                "CONSULT",
                PartialDate::ymd(2017, 5, 10)
            )),
            a
        );
        let day = PartialDate::ymd(2017, 6, 1).map(|d| d.days_from_epoch()).unwrap_or(0);
        f.expire(day, 0);
        assert!(f.is_empty());
    }
}
