use super::*;
use crate::records::{Filter, StoryRow};
use crate::search::{HitKind, SearchOrder};
use dyad_core::{AnalysisRecord, StoryId};
use serde_json::json;

/// A small article: "`who` met `whom`" with a quote of Peskov's, in `story`, by `outlet`.
fn article(id: &str, outlet: &str, published: &str, text_tail: &str, story: &str) -> NewArticle {
    let text = format!(
        "Donald Trump met Vladimir Putin in Osaka. \u{201c}Arms control matters,\u{201d} Dmitry Peskov said. {text_tail}"
    );
    let at = |word: &str| {
        let byte = text.find(word).unwrap_or(0);
        let start = text.get(..byte).map_or(0, |s| s.chars().count());
        [start, start + word.chars().count()]
    };
    let mention = |word: &str, entity: &str, name: &str, kind: &str| json!({"text": word, "span": at(word), "kind": "name", "entity": entity, "name": name, "entity_kind": kind, "actor_code": null});
    let actor = |entity: &str, name: &str, code: &str| json!({"id": entity, "name": name, "kind": "person", "country": null, "actor_code": code, "role": null, "known": true, "mentions": 1});
    let quote_span = at("Arms control matters,");
    let record: AnalysisRecord = serde_json::from_value(json!({
        "id": id, "source": outlet, "url": format!("https://{outlet}.example/{id}"),
        "title": format!("Summit in Osaka ({id})"), "published": published, "author": null,
        "dateline": null, "lang": "en", "text": text,
        "sentences": [[0, text.chars().count()]],
        "entities": [
            mention("Donald Trump", "person/donald_trump", "Donald Trump", "person"),
            mention("Vladimir Putin", "person/vladimir_putin", "Vladimir Putin", "person"),
            mention("Dmitry Peskov", "person/dmitry_peskov", "Dmitry Peskov", "person"),
        ],
        "actors": [
            actor("person/donald_trump", "Donald Trump", "USAGOV"),
            actor("person/vladimir_putin", "Vladimir Putin", "RUSGOV"),
            actor("person/dmitry_peskov", "Dmitry Peskov", "RUSGOV"),
        ],
        "times": [],
        "quotes": [{"speaker": "Dmitry Peskov", "speaker_entity": "person/dmitry_peskov",
                    "text": "Arms control matters,", "span": quote_span, "cue": "said", "direct": true,
                    "speaker_span": at("Dmitry Peskov"), "cue_span": at("said")}],
        "events": [{"id": format!("{id}-e1"),
                    "source": {"name": "Donald Trump", "entity": "person/donald_trump", "actor_code": "USAGOV", "span": at("Donald Trump")},
                    "target": {"name": "Vladimir Putin", "entity": "person/vladimir_putin", "actor_code": "RUSGOV", "span": at("Vladimir Putin")},
                    "cameo": "040", "cameo_name": "Consult", "goldstein": 1.0, "quad_class": 1,
                    "plover": "CONSULT", "plover_mode": null, "date": published, "date_precision": "day",
                    "location": null, "sentence_span": [0, 41], "sentence": "Donald Trump met Vladimir Putin in Osaka.",
                    "trigger": "met", "trigger_span": at("met"), "negated": false, "hypothetical": false,
                    "future": false, "reported_by": null}]
    }))
    .expect("a valid record");
    NewArticle {
        content_hash: format!("hash-{id}"),
        origin: format!("{id}.html"),
        record,
        copy_of: None,
        story: StoryRow {
            id: StoryId(story.into()),
            title: "Osaka summit".into(),
            first: Some(published.into()),
            last: Some(published.into()),
            articles: 1,
            actors: vec!["Donald Trump".into()],
        },
        event_keys: vec![format!("key-{id}")],
    }
}

fn filled() -> Store {
    let mut store = Store::in_memory().unwrap();
    store.put(&article("a1", "Meridian", "2019-06-28", "Talks on trade followed.", "s-1")).unwrap();
    store
        .put(&article("a2", "Wirecast", "2019-07-02", "They spoke of arms and of control.", "s-1"))
        .unwrap();
    let mut copy = article("a3", "Ledger", "2019-07-03", "Talks on trade followed.", "s-1");
    copy.copy_of = Some((ArticleId("a1".into()), 0.9));
    store.put(&copy).unwrap();
    store.commit().unwrap();
    store
}

fn search(store: &Store, text: &str, edit: impl FnOnce(&mut SearchQuery)) -> SearchResults {
    let mut q = SearchQuery { text: text.into(), facets: 10, ..SearchQuery::default() };
    edit(&mut q);
    store.search(&q).unwrap()
}

fn ids(r: &SearchResults) -> Vec<String> {
    r.hits.iter().map(|h| format!("{}:{}", h.kind, h.article)).collect()
}

#[test]
fn phrases_match_in_order_and_are_highlighted() {
    let store = filled();
    let r = search(&store, "\"trade followed\"", |q| q.kind = Some(HitKind::Article));
    assert_eq!(ids(&r), ["article:a1"], "the copy a3 is folded under a1");
    assert_eq!(r.hits[0].copies, 1);
    let hit = &r.hits[0];
    let marked: Vec<String> = hit
        .highlights
        .iter()
        .map(|[s, e]| hit.fragment.chars().skip(*s).take(e - s).collect())
        .collect();
    assert_eq!(marked, ["trade", "followed"]);
    assert!(hit.snippet.contains("<b>trade</b>"));
    // Words apart are not the phrase.
    let r = search(&store, "\"arms control\"", |q| q.kind = Some(HitKind::Article));
    assert_eq!(r.total, 2, "a1 and a2 quote it; a3 is a copy");
    let r = search(&store, "\"of arms and\"", |_| {});
    assert_eq!(ids(&r), ["article:a2"]);
    let with_copies = search(&store, "\"trade followed\"", |q| q.copies = true);
    assert_eq!(with_copies.total, 2);
}

#[test]
fn filters_narrow_and_facets_count_every_match() {
    let store = filled();
    let all = search(&store, "osaka", |_| {});
    assert_eq!(all.total, 2);
    let outlets = all.facets.iter().find(|f| f.name == "outlet").unwrap();
    assert_eq!(
        outlets.values.iter().map(|v| v.value.as_str()).collect::<Vec<_>>(),
        ["Meridian", "Wirecast"]
    );
    let entities = all.facets.iter().find(|f| f.name == "entity").unwrap();
    let putin = entities.values.iter().find(|v| v.value == "person/vladimir_putin").unwrap();
    assert_eq!((putin.count, putin.label.as_deref()), (2, Some("Vladimir Putin")));
    let story = all.facets.iter().find(|f| f.name == "story").unwrap();
    assert_eq!(story.values[0].label.as_deref(), Some("Osaka summit"));

    assert_eq!(search(&store, "osaka", |q| q.outlet = Some("Wirecast".into())).total, 1);
    assert_eq!(search(&store, "osaka", |q| q.from = Some("2019-07".into())).total, 1);
    assert_eq!(search(&store, "osaka", |q| q.to = Some("2019-06".into())).total, 1);
    assert_eq!(search(&store, "osaka", |q| q.class = Some("consult".into())).total, 2);
    assert_eq!(search(&store, "osaka", |q| q.class = Some("04".into())).total, 2);
    assert_eq!(search(&store, "osaka", |q| q.class = Some("19".into())).total, 0);
    assert_eq!(search(&store, "osaka", |q| q.story = Some("s-2".into())).total, 0);
    let both = |q: &mut SearchQuery| {
        q.entities = vec!["person/donald_trump".into(), "person/dmitry_peskov".into()]
    };
    assert_eq!(search(&store, "osaka", both).total, 2);

    // Quotes: by their speaker, with their span in the article.
    let quotes = search(&store, "", |q| {
        q.kind = Some(HitKind::Quote);
        q.speaker = Some("person/dmitry_peskov".into());
    });
    assert_eq!(ids(&quotes), ["quote:a2", "quote:a1"], "newest first without words");
    let q = &quotes.hits[1];
    assert_eq!(q.speaker.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(q.span, Some([43, 64]));
    assert_eq!(search(&store, "speaker:peskov", |q| q.kind = Some(HitKind::Quote)).total, 2);
    // A quote names what is inside it only.
    let inside = search(&store, "", |q| {
        q.kind = Some(HitKind::Quote);
        q.entities = vec!["person/vladimir_putin".into()];
    });
    assert_eq!(inside.total, 0);
}

#[test]
fn pages_are_bounded_and_bad_queries_explained() {
    let store = filled();
    let page = search(&store, "osaka", |q| {
        q.limit = 1;
        q.offset = 1;
        q.order = SearchOrder::Newest;
    });
    assert_eq!((page.total, ids(&page)), (2, vec!["article:a1".to_owned()]));
    let bad = store.search(&SearchQuery { offset: 1_000_000, ..SearchQuery::default() });
    assert!(matches!(bad, Err(Error::Query(_))));
    let bad = store.search(&SearchQuery { from: Some("soon".into()), ..SearchQuery::default() });
    assert!(matches!(bad, Err(Error::Query(_))));
    // Unbalanced quotes and stray syntax are read leniently, with a warning.
    let r = search(&store, "osaka title:", |_| {});
    assert_eq!(r.total, 2);
}

#[test]
fn browsing_reads() {
    let store = filled();
    let c = store.catalog();
    let peskov = c.entity("person/dmitry_peskov").unwrap().unwrap();
    assert_eq!((peskov.entity.mentions, peskov.quotes), (3, 3));
    assert_eq!(peskov.aliases[0].name, "Dmitry Peskov");
    assert_eq!(
        peskov.months.iter().map(|m| (m.month.as_str(), m.count)).collect::<Vec<_>>(),
        [("2019-06", 1), ("2019-07", 2)]
    );
    let trump = c.entity("person/donald_trump").unwrap().unwrap();
    assert_eq!((trump.events_as_source, trump.events_as_target), (3, 0));
    assert!(c.entity("person/nobody").unwrap().is_none());
    let co = c.co_mentions("person/dmitry_peskov", 5).unwrap();
    assert_eq!(co.len(), 2);
    assert_eq!(co[0].count, 3);
    let partners = c.partners("person/vladimir_putin", 5).unwrap();
    assert_eq!((partners[0].id.as_deref(), partners[0].count), (Some("person/donald_trump"), 3));
    assert_eq!(c.speakers(5).unwrap()[0].name, "Dmitry Peskov");
    let names = c.names(&["person/donald_trump".into(), "s-1".into(), "XYZ".into()]).unwrap();
    assert_eq!(names.get("s-1").map(String::as_str), Some("Osaka summit"));
    assert_eq!(names.len(), 2);
    assert_eq!(c.copies(&["a1".into()]).unwrap()[0].id.as_str(), "a3");
    assert_eq!(c.article_row("a3").unwrap().unwrap().copy_of.map(|a| a.0), Some("a1".into()));
}

#[test]
fn a_snapshot_sees_one_state_while_a_writer_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = Store::open_writer(dir.path()).unwrap();
    writer.put(&article("a1", "Meridian", "2019-06-28", "", "s-1")).unwrap();
    writer.commit().unwrap();
    let reader = Store::open(dir.path()).unwrap();
    let second = reader.reader().unwrap();
    {
        let snap = reader.snapshot().unwrap();
        assert_eq!(snap.catalog().stats().unwrap().articles, 1);
        writer.put(&article("a2", "Meridian", "2019-06-29", "", "s-1")).unwrap();
        writer.commit().unwrap();
        assert_eq!(snap.catalog().stats().unwrap().articles, 1, "the snapshot holds");
        assert_eq!(second.catalog().stats().unwrap().articles, 2, "another handle sees the commit");
        let inner = reader.snapshot().unwrap();
        drop(inner);
        assert_eq!(snap.catalog().stats().unwrap().articles, 1, "a nested snapshot ends nothing");
    }
    assert_eq!(reader.catalog().stats().unwrap().articles, 2);
}

#[test]
fn readers_never_see_half_an_article() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let mut writer = Store::open_writer(&path).unwrap();
    let reader = Store::open(&path).unwrap();
    let writing = std::thread::spawn(move || {
        for i in 0..150 {
            writer.put(&article(&format!("a{i}"), "Meridian", "2019-06-28", "", "s-1")).unwrap();
            if i % 25 == 0 {
                writer.commit().unwrap();
            }
        }
        writer.commit().unwrap();
    });
    let mut seen = 0;
    while seen < 150 {
        let s = reader.catalog().stats().unwrap();
        // Each article brings 3 mentions, 1 quote and 1 event in the same transaction.
        assert_eq!((s.quotes, s.events), (s.articles, s.articles), "{s:?}");
        // Several reads agree within a snapshot.
        let snap = reader.snapshot().unwrap();
        let s = snap.catalog().stats().unwrap();
        let quotes = snap.catalog().quotes(&Filter { limit: 500, ..Filter::default() }).unwrap();
        assert_eq!(quotes.len() as u64, s.articles);
        seen = s.articles;
    }
    writing.join().unwrap();
}

#[test]
fn articles_a_crash_left_out_of_the_index_are_indexed_on_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut writer = Store::open_writer(dir.path()).unwrap();
        writer.put(&article("a1", "Meridian", "2019-06-28", "", "s-1")).unwrap();
        // No commit: the process dies here.
    }
    let reader = Store::open(dir.path()).unwrap();
    assert_eq!(reader.catalog().stats().unwrap().articles, 1);
    assert_eq!(search(&reader, "osaka", |_| {}).total, 0);
    drop(Store::open_writer(dir.path()).unwrap());
    let reader = Store::open(dir.path()).unwrap();
    assert_eq!(search(&reader, "osaka", |_| {}).total, 1);
}

#[test]
fn one_writer_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let _writer = Store::open_writer(dir.path()).unwrap();
    assert!(matches!(Store::open_writer(dir.path()), Err(Error::Locked { .. })));
    assert!(Store::open(dir.path()).is_ok());
}

/// Copies a committed fixture store into a fresh folder (opening migrates it in place).
fn fixture(name: &str) -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                copy(&e.path(), &to.join(e.file_name()));
            } else {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name), dir.path());
    dir
}

#[test]
fn stores_of_every_past_version_still_open_migrated_and_searchable() {
    for v in 1..crate::STORE_VERSION {
        past_version_opens(&format!("store-v{v}"));
    }
}

/// Made by `dyad ingest` of that version from three files of `examples/corpus`.
fn past_version_opens(name: &str) {
    let dir = fixture(name);
    let store = Store::open(dir.path()).unwrap();
    let c = store.catalog();
    assert_eq!(c.stats().unwrap().articles, 3);
    let peskov = c.entity("person/dmitry_peskov").unwrap().expect("Peskov is in the store");
    assert!(!peskov.aliases.is_empty(), "aliases are filled from the stored layers");
    assert!(peskov.quotes > 0);
    let listed = c.entities(&Filter { actor: Some("Peskov".into()), ..Filter::default() }).unwrap();
    assert_eq!(
        (listed[0].mentions, listed[0].articles),
        (peskov.entity.mentions, peskov.entity.articles)
    );
    let counted = c
        .entities(&Filter {
            actor: Some("Peskov".into()),
            from: Some("1900".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(counted[0].mentions, listed[0].mentions, "kept counts agree with the mentions");
    let r = search(&store, "Peskov", |q| q.kind = Some(HitKind::Quote));
    assert!(r.total > 0, "the index was rebuilt with the new fields");
    assert!(r.hits.iter().all(|h| h.speaker_entity.is_some()));
    let copies = search(&store, "", |q| q.copies = true).total - search(&store, "", |_| {}).total;
    assert!(copies > 0, "the v1 copy is known as one");
    let version: u32 = rusqlite::Connection::open(dir.path().join("dyad.db"))
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, crate::STORE_VERSION);
    // Opened again, nothing is migrated or rebuilt twice.
    drop(store);
    let again = Store::open(dir.path()).unwrap();
    assert_eq!(search(&again, "Peskov", |q| q.kind = Some(HitKind::Quote)).total, r.total);
}

#[test]
fn a_store_from_a_newer_dyad_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = rusqlite::Connection::open(dir.path().join("dyad.db")).unwrap();
    db.pragma_update(None, "user_version", 99).unwrap();
    drop(db);
    match Store::open(dir.path()) {
        Err(Error::Version { found: 99, .. }) => {}
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("opened a version 99 store"),
    }
}
