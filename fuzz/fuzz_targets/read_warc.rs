//! Any bytes as a WARC archive: records or errors, never a panic or an endless loop.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for doc in dyad_extract::WarcReader::new(data, "fuzz", 1 << 20).take(10_000) {
        let _ = doc;
    }
});
