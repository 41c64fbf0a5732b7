//! Any text as a date: a valid date or none.
#![no_main]
use dyad_core::PartialDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for d in [PartialDate::parse_text(text), PartialDate::parse_iso(text)].into_iter().flatten() {
        assert_eq!(PartialDate::parse_iso(&d.to_string()), Some(d));
    }
});
