use crate::hay::TALKS_HTML;
use crate::json::Extracted;
use crate::util::{Dir, TestCommand, seeds};

dyadtest!(extract_html_page_without_chrome, |dir: Dir, mut cmd: TestCommand| {
    dir.create("talks.html", TALKS_HTML);
    let recs: Vec<Extracted> = cmd.args(["extract", "talks.html", "--json"]).json_lines();
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r.id, "talks");
    assert_eq!(r.title.as_deref(), Some("Lavrov and Pompeo meet in Geneva"));
    assert_eq!(r.published.as_deref(), Some("2019-03-13"));
    assert_eq!(r.source.as_deref(), Some("Test Gazette"));
    assert_eq!(r.dateline.as_deref(), Some("GENEVA (Test Wire)"));
    assert_eq!(r.lang.as_deref(), Some("en"));
    assert!(r.text.starts_with("GENEVA (Test Wire) — Russian Foreign Minister"), "{}", r.text);
    for chrome in ["Home", "Share on", "Earlier: talks", "tracking", "©"] {
        assert!(!r.text.contains(chrome), "{chrome} in {}", r.text);
    }
});

dyadtest!(extract_gzip_page, |dir: Dir, mut cmd: TestCommand| {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(TALKS_HTML.as_bytes()).unwrap();
    dir.create("talks.html.gz", gz.finish().unwrap());
    let recs: Vec<Extracted> = cmd.args(["extract", "talks.html.gz", "--json"]).json_lines();
    assert_eq!(recs[0].id, "talks");
    assert!(recs[0].text.contains("frank and useful"));
});

dyadtest!(extract_seeds_clean, |_dir: Dir, mut cmd: TestCommand| {
    let recs: Vec<Extracted> = cmd.arg("extract").args(seeds()).arg("--json").json_lines();
    assert_eq!(recs.len(), 5);
    for r in &recs {
        for bad in [
            "<p",
            "<div",
            "</",
            "&#8217;",
            "&amp;",
            "<script",
            "Discover more from",
            "Subscribe",
            "Consular assistance",
            "Home News",
            "See also",
        ] {
            assert!(!r.text.contains(bad), "{}: {bad:?} left in the text", r.id);
        }
        assert!(r.text.len() > 1000, "{}: text too short", r.id);
    }
    let by_id = |id: &str| recs.iter().find(|r| r.id.starts_with(id)).unwrap();
    assert_eq!(by_id("001").published.as_deref(), Some("2017-05-11"));
    assert_eq!(by_id("004").published.as_deref(), Some("2018-03-21"));
    assert_eq!(by_id("004").title.as_deref(), Some("Trump congratulates Putin, summit on cards"));
    assert_eq!(by_id("003").dateline.as_deref(), Some("BUENOS AIRES, 1 Jul — RIA Novosti"));
    assert_eq!(by_id("000").published, None, "the seed gives no date: unknown, not guessed");
});

dyadtest!(extract_text_output_and_help, |_dir: Dir, mut cmd: TestCommand| {
    let help = cmd.args(["extract", "--help"]).stdout();
    assert!(
        help.contains("--json") && help.contains("--max-bytes") && help.contains("NAME:N"),
        "{help}"
    );
});
