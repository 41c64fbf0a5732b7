use crate::util::{Dir, TestCommand, seeds};

fn ingest_seeds(dir: &Dir) {
    let mut cmd = dir.command();
    cmd.arg("ingest").args(seeds()).arg("--data").arg(dir.data());
    cmd.stdout();
}

dyadtest!(quotes_by_speaker_with_article_and_sentence, |dir: Dir, mut cmd: TestCommand| {
    ingest_seeds(&dir);
    let rows: Vec<serde_json::Value> = cmd
        .args(["quotes", "--speaker", "Peskov", "--json", "--data"])
        .arg(dir.data())
        .json_lines();
    assert!(rows.len() >= 4, "{rows:?}");
    for r in &rows {
        assert_eq!(r["speaker_entity"], "person/dmitry_peskov");
        assert!(r["article"].is_string() && r["sentence"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(r["span"][1].as_u64() > r["span"][0].as_u64());
    }
    assert!(rows.iter().any(|r| r["text"] == "Too early yet."), "{rows:?}");
    let text =
        dir.command().args(["quotes", "--speaker", "Peskov", "--data"]).arg(dir.data()).stdout();
    assert!(text.contains("Dmitry Peskov") && text.contains("“Too early yet.”"), "{text}");
    // A quote that is part of its sentence is shown with the sentence.
    assert!(text.contains("  in: Asked if the meeting at the Kremlin"), "{text}");
});

dyadtest!(events_between_usa_and_russia, |dir: Dir, mut cmd: TestCommand| {
    ingest_seeds(&dir);
    let rows: Vec<serde_json::Value> = cmd
        .args(["events", "--source", "USA", "--target", "RUS", "--json", "--data"])
        .arg(dir.data())
        .json_lines();
    assert!(rows.iter().any(|r| r["cameo"] == "051" && r["date"] == "2018-03-20"), "{rows:?}");
    for r in &rows {
        assert!(r["source"]["actor_code"].as_str().is_some_and(|c| c.starts_with("USA")), "{r}");
        assert!(r["target"]["actor_code"].as_str().is_some_and(|c| c.starts_with("RUS")), "{r}");
    }
    let consult: Vec<serde_json::Value> = dir
        .command()
        .args(["events", "--class", "CONSULT", "--json", "--data"])
        .arg(dir.data())
        .json_lines();
    assert!(!consult.is_empty() && consult.iter().all(|r| r["plover"] == "CONSULT"));
});

dyadtest!(timeline_entities_stories_search, |dir: Dir, mut cmd: TestCommand| {
    ingest_seeds(&dir);
    let t = cmd
        .args(["timeline", "--actor", "USA", "--actor", "RUS", "--by", "month", "--data"])
        .arg(dir.data())
        .stdout();
    assert!(t.contains("2018-03-20") && t.contains("verbal-coop"), "{t}");
    let e: Vec<serde_json::Value> =
        dir.command().args(["entities", "Putin", "--json", "--data"]).arg(dir.data()).json_lines();
    assert_eq!(e[0]["id"], "person/vladimir_putin");
    assert_eq!(e[0]["articles"], 5);
    let s: Vec<serde_json::Value> =
        dir.command().args(["stories", "--json", "--data"]).arg(dir.data()).json_lines();
    assert!(!s.is_empty());
    let id = s[0]["id"].as_str().unwrap().to_owned();
    let one = dir.command().args(["story", &id, "--data"]).arg(dir.data()).stdout();
    assert!(one.contains(&id), "{one}");
    let hits: Vec<serde_json::Value> = dir
        .command()
        .args(["search", "\"cautious optimism\"", "--json", "--data"])
        .arg(dir.data())
        .json_lines();
    assert!(
        hits.iter().any(|h| h["article"].as_str().is_some_and(|a| a.starts_with("001"))
            && h["snippet"].as_str().is_some_and(|s| s.contains("<b>"))),
        "{hits:?}"
    );
    let (_, err) =
        dir.command().args(["search", "AND (", "--data"]).arg(dir.data()).assert_exit_code(2);
    assert!(err.contains("bad search query"), "{err}");
});
