//! Any bytes as an RSS or Atom feed.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dyad_extract::read_feed(data, "fuzz");
});
