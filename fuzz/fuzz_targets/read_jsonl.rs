//! Any bytes as JSON Lines.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for doc in dyad_extract::read_jsonl(data, "fuzz", 1 << 16) {
        let _ = doc;
    }
});
