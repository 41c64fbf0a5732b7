//! The seed timeline (issue #7): US–Russia leader contacts across the five seeds, in date
//! order, each with the article it came from.

use crate::util::{Dir, TestCommand, seeds};

dyadtest!(seed_timeline_of_us_russia_contacts, |dir: Dir, mut cmd: TestCommand| {
    let mut ingest = dir.command();
    ingest.arg("ingest").args(seeds()).arg("--data").arg(dir.data());
    ingest.stdout();
    let rows: Vec<serde_json::Value> = cmd
        .args(["timeline", "--actor", "USA", "--actor", "RUS", "--json", "--data"])
        .arg(dir.data())
        .json_lines();
    let str_of = |r: &serde_json::Value, k: &str| r[k].as_str().unwrap_or("").to_owned();
    let dates: Vec<String> = rows.iter().map(|r| str_of(r, "date")).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "in date order");
    // The contact of a date, between the two sides (either way round), of a CAMEO prefix.
    let find = |date: &str, a: &str, b: &str, cameo: &str| {
        rows.iter().position(|r| {
            let sides = [str_of(r, "source"), str_of(r, "target")];
            str_of(r, "date") == date
                && sides.contains(&a.to_owned())
                && sides.contains(&b.to_owned())
                && str_of(r, "cameo").starts_with(cameo)
                && r["articles"].as_array().is_some_and(|a| !a.is_empty())
        })
    };
    let expected = [
        // Seed 000, undated: "shortly after Mr. Trump was inaugurated" (January 2017).
        ("2017-01", "Donald Trump", "Vladimir Putin", "041"),
        // Seed 001: "a similar visit last month by Tillerson to Moscow".
        ("2017-04", "Rex Tillerson", "Moscow", "04"),
        // Seed 001: "a beaming Trump met Lavrov at the White House on Wednesday".
        ("2017-05-10", "Donald Trump", "Sergei Lavrov", "040"),
        // Seed 001: the planned meeting in July at the Hamburg G20.
        ("2017-07", "Donald Trump", "Vladimir Putin", "036"),
        // Seed 004: the congratulation call "Tuesday" ("I had a call with President Putin",
        // "he had spoken with Putin" fold into one contact).
        ("2018-03-20", "Donald Trump", "Vladimir Putin", "04"),
        ("2018-03-20", "Donald Trump", "Vladimir Putin", "051"),
        // Seed 003, undated: "on the eve of the summit, trump canceled" (G20, Buenos Aires).
        ("2018-11-29", "Donald Trump", "Vladimir Putin", "125"),
    ];
    let mut at = Vec::new();
    for (date, a, b, cameo) in expected {
        let k = find(date, a, b, cameo)
            .unwrap_or_else(|| panic!("no {cameo} {a} – {b} on {date}: {rows:#?}"));
        at.push(k);
    }
    let cancel = &rows[at[6]];
    assert_eq!(cancel["source"], "Donald Trump", "Trump cancelled: {cancel}");
    assert!(cancel["sentence"].as_str().is_some_and(|s| s.contains("canceled")), "{cancel}");
    // The text view shows the same, with its sources.
    let text = dir
        .command()
        .args(["timeline", "--actor", "USA", "--actor", "RUS", "--data"])
        .arg(dir.data())
        .stdout();
    assert!(text.contains("2017-01") && text.contains("000_792cf3d3cf1ed9f2"), "{text}");
    assert!(text.contains("2018-11-29") && text.contains("RIA Novosti"), "{text}");
});
