use crate::util::{Dir, TestCommand, corpus};

dyadtest!(ingest_corpus_every_format_idempotent, |dir: Dir, mut cmd: TestCommand| {
    let first =
        cmd.arg("ingest").arg(corpus()).arg("--data").arg(dir.data()).arg("--json").stdout();
    let report: serde_json::Value = serde_json::from_str(first.trim()).unwrap();
    assert_eq!(report["failed"], 0, "{first}");
    let new = report["new"].as_u64().unwrap();
    assert!(new >= 30, "{first}");
    assert!(report["totals"]["copies"].as_u64().unwrap() >= 2, "syndicated copies fold: {first}");
    // Every input format contributes.
    let articles = dir
        .command()
        .args(["search", "the", "--kind", "article", "--limit", "1000", "--json", "--data"])
        .arg(dir.data())
        .stdout();
    for id in ["wire:", "news:", "dailyledger:", "wirecast:"] {
        assert!(articles.contains(&format!("\"article\":\"{id}")), "no article from {id}");
    }
    let again = dir
        .command()
        .arg("ingest")
        .arg(corpus())
        .arg("--data")
        .arg(dir.data())
        .arg("--json")
        .stdout();
    let report: serde_json::Value = serde_json::from_str(again.trim()).unwrap();
    assert_eq!(report["new"], 0, "{again}");
    assert_eq!(report["unchanged"].as_u64().unwrap(), new, "{again}");
    assert_eq!(report["totals"]["articles"].as_u64().unwrap(), new);
});

dyadtest!(ingest_human_summary, |dir: Dir, mut cmd: TestCommand| {
    let out = cmd.arg("ingest").arg(corpus().join("text")).arg("--data").arg(dir.data()).stdout();
    assert!(out.starts_with("ingested 6 new article(s) from 6 file(s)"), "{out}");
    assert!(out.contains(&format!("store {}", dir.data().display())), "{out}");
});

dyadtest!(demo_shows_stories_timeline_quotes, |dir: Dir, mut cmd: TestCommand| {
    let out = cmd.args(["demo", "--data"]).arg(dir.data()).stdout();
    for part in [
        "== Stories",
        "== Timeline: United States ↔ Russia ==",
        "== Top quotes ==",
        "dyad serve --data",
    ] {
        assert!(out.contains(part), "{part} missing from the demo:\n{out}");
    }
    assert!(out.contains("Discuss by telephone"), "the demo timeline shows a phone call:\n{out}");
});
