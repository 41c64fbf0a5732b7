use crate::hay::TALKS_HTML;
use crate::json::{Analysed, slice};
use crate::util::{Dir, TestCommand, seeds};

dyadtest!(analyze_seeds_fields_and_spans, |_dir: Dir, mut cmd: TestCommand| {
    let recs: Vec<Analysed> = cmd.arg("analyze").args(seeds()).arg("--json").json_lines();
    assert_eq!(recs.len(), 5);
    for r in &recs {
        assert!(!r.text.is_empty());
        for m in &r.entities {
            assert_eq!(slice(&r.text, m.span), m.text, "{}: mention span", r.id);
        }
        for q in &r.quotes {
            assert_eq!(slice(&r.text, q.span), q.text, "{}: quote span", r.id);
        }
        for t in &r.times {
            assert_eq!(slice(&r.text, t.span), t.text, "{}: time span", r.id);
        }
        for e in &r.events {
            assert!(e.sentence_span[1] <= r.text.chars().count());
        }
    }
    assert!(recs.iter().filter(|r| r.title.is_some()).count() >= 4);
    let quotes: usize = recs.iter().map(|r| r.quotes.len()).sum();
    assert!(quotes >= 20, "only {quotes} quotes in the seeds");
    let march = recs.iter().find(|r| r.id.starts_with("004")).unwrap();
    let congrats =
        march.events.iter().find(|e| e.cameo == "051").expect("Trump congratulated Putin");
    assert_eq!(congrats.date.as_deref(), Some("2018-03-20"));
    assert_eq!(congrats.source.as_ref().unwrap().entity.as_deref(), Some("person/donald_trump"));
    assert_eq!(congrats.target.as_ref().unwrap().actor_code.as_deref(), Some("RUSGOV"));
    let may = recs.iter().find(|r| r.id.starts_with("001")).unwrap();
    assert!(may.quotes.iter().any(|q| q.speaker_entity.as_deref() == Some("person/dmitry_peskov")
        && q.text.contains("extremely positive")));
});

dyadtest!(analyze_actor_override_file, |dir: Dir, mut cmd: TestCommand| {
    dir.create("talks.html", TALKS_HTML);
    dir.create(
        "actors.tsv",
        "id\tname\taliases\tgender\tcountry\nsergei_lavrov\tSergei Lavrov\tLavrov\tm\tRUS\n",
    );
    dir.create("roles.tsv", "person\tactor_code\trole\ttitle\tstart\tend\nsergei_lavrov\tRUSGOVTST\tforeign_minister\tTest minister\t2004\t\n");
    let recs: Vec<Analysed> = cmd
        .args([
            "analyze",
            "talks.html",
            "--json",
            "--actors",
            "actors.tsv",
            "--actors",
            "roles.tsv",
        ])
        .json_lines();
    let lavrov =
        recs[0].entities.iter().find(|m| m.entity == "person/sergei_lavrov").expect("Lavrov");
    assert_eq!(lavrov.actor_code.as_deref(), Some("RUSGOVTST"));
});

dyadtest!(analyze_bad_actor_file_is_a_clear_error, |dir: Dir, mut cmd: TestCommand| {
    dir.create("talks.html", TALKS_HTML);
    dir.create("actors.tsv", "who\twhat\n");
    let (_, err) =
        cmd.args(["analyze", "talks.html", "--actors", "actors.tsv"]).assert_exit_code(2);
    assert!(err.contains("actors.tsv") && err.contains("unknown header"), "{err}");
});
