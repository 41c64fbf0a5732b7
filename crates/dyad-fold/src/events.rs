//! Event folding: one key per real-world event, whichever article reports it.

use dyad_core::Event;

/// The key of the real-world event an event record reports: who (source and target entity,
/// else actor code), what (PLOVER type, else CAMEO root) and when (the date at its precision).
/// Undated events do not fold: their key is their own id.
pub fn event_key(event: &Event) -> String {
    let Some(date) = event.date else { return event.id.to_string() };
    let actor = |p: &Option<dyad_core::Participant>| {
        p.as_ref()
            .and_then(|p| {
                p.entity
                    .as_ref()
                    .map(ToString::to_string)
                    .or_else(|| p.actor_code.as_ref().map(ToString::to_string))
            })
            .unwrap_or_else(|| "-".into())
    };
    let what = event.plover.as_ref().map_or_else(
        || event.cameo.as_str().get(..2).unwrap_or("").to_owned(),
        ToString::to_string,
    );
    let h = dyad_core::stable_hash_parts(&[
        actor(&event.source).as_bytes(),
        actor(&event.target).as_bytes(),
        what.as_bytes(),
        date.to_string().as_bytes(),
        &[u8::from(event.negated)],
    ]);
    format!("{h:016x}")
}
