//! Any bytes as a page: extraction returns an article or an error, never panics, and the
//! article's text is free of markup.
#![no_main]
use dyad_extract::{Hints, Kind, Options, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = Options { max_bytes: 1 << 20 };
    for kind in [None, Some(Kind::Html), Some(Kind::Text)] {
        let hints = Hints { id: "fuzz".into(), kind, ..Hints::default() };
        if let Ok(article) = extract(data, &hints, &opts) {
            assert!(!article.text.is_empty());
        }
    }
});
