//! `dyad export`: every format read back by a reader of its own and compared with the store
//! (as the listing commands show it).
//!
//! The GDELT readers are written here from the published codebooks' column lists and types
//! (GDELT Event Codebook V2.0, GKG Codebook V2.1), not from dyad's; Parquet is read with the
//! `parquet` crate's record reader, CSV with the `csv` crate, JSON with serde_json.

use crate::util::{Dir, TestCommand, corpus};
use parquet::basic::Type as Physical;
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A column's type in a codebook.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Ty {
    Int,
    Float,
    Str,
}

use Ty::{Float, Int, Str};

/// GDELT 2.0 Event table (Event Codebook V2.0), in order.
const GDELT_EVENT: [(&str, Ty); 61] = [
    ("GLOBALEVENTID", Int),
    ("SQLDATE", Int),
    ("MonthYear", Int),
    ("Year", Int),
    ("FractionDate", Float),
    ("Actor1Code", Str),
    ("Actor1Name", Str),
    ("Actor1CountryCode", Str),
    ("Actor1KnownGroupCode", Str),
    ("Actor1EthnicCode", Str),
    ("Actor1Religion1Code", Str),
    ("Actor1Religion2Code", Str),
    ("Actor1Type1Code", Str),
    ("Actor1Type2Code", Str),
    ("Actor1Type3Code", Str),
    ("Actor2Code", Str),
    ("Actor2Name", Str),
    ("Actor2CountryCode", Str),
    ("Actor2KnownGroupCode", Str),
    ("Actor2EthnicCode", Str),
    ("Actor2Religion1Code", Str),
    ("Actor2Religion2Code", Str),
    ("Actor2Type1Code", Str),
    ("Actor2Type2Code", Str),
    ("Actor2Type3Code", Str),
    ("IsRootEvent", Int),
    ("EventCode", Str),
    ("EventBaseCode", Str),
    ("EventRootCode", Str),
    ("QuadClass", Int),
    ("GoldsteinScale", Float),
    ("NumMentions", Int),
    ("NumSources", Int),
    ("NumArticles", Int),
    ("AvgTone", Float),
    ("Actor1Geo_Type", Int),
    ("Actor1Geo_FullName", Str),
    ("Actor1Geo_CountryCode", Str),
    ("Actor1Geo_ADM1Code", Str),
    ("Actor1Geo_ADM2Code", Str),
    ("Actor1Geo_Lat", Float),
    ("Actor1Geo_Long", Float),
    ("Actor1Geo_FeatureID", Str),
    ("Actor2Geo_Type", Int),
    ("Actor2Geo_FullName", Str),
    ("Actor2Geo_CountryCode", Str),
    ("Actor2Geo_ADM1Code", Str),
    ("Actor2Geo_ADM2Code", Str),
    ("Actor2Geo_Lat", Float),
    ("Actor2Geo_Long", Float),
    ("Actor2Geo_FeatureID", Str),
    ("ActionGeo_Type", Int),
    ("ActionGeo_FullName", Str),
    ("ActionGeo_CountryCode", Str),
    ("ActionGeo_ADM1Code", Str),
    ("ActionGeo_ADM2Code", Str),
    ("ActionGeo_Lat", Float),
    ("ActionGeo_Long", Float),
    ("ActionGeo_FeatureID", Str),
    ("DATEADDED", Int),
    ("SOURCEURL", Str),
];

/// GDELT 2.0 Mentions table (Event Codebook V2.0), in order.
const GDELT_MENTIONS: [(&str, Ty); 16] = [
    ("GLOBALEVENTID", Int),
    ("EventTimeDate", Int),
    ("MentionTimeDate", Int),
    ("MentionType", Int),
    ("MentionSourceName", Str),
    ("MentionIdentifier", Str),
    ("SentenceID", Int),
    ("Actor1CharOffset", Int),
    ("Actor2CharOffset", Int),
    ("ActionCharOffset", Int),
    ("InRawText", Int),
    ("Confidence", Int),
    ("MentionDocLen", Int),
    ("MentionDocTone", Float),
    ("MentionDocTranslationInfo", Str),
    ("Extras", Str),
];

/// GKG 2.1 (GKG Codebook V2.1), in order; dyad adds one column after them.
const GKG: [&str; 27] = [
    "GKGRECORDID",
    "V2.1DATE",
    "V2SOURCECOLLECTIONIDENTIFIER",
    "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER",
    "V1COUNTS",
    "V2.1COUNTS",
    "V1THEMES",
    "V2ENHANCEDTHEMES",
    "V1LOCATIONS",
    "V2ENHANCEDLOCATIONS",
    "V1PERSONS",
    "V2ENHANCEDPERSONS",
    "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS",
    "V1.5TONE",
    "V2.1ENHANCEDDATES",
    "V2GCAM",
    "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES",
    "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS",
    "V2.1QUOTATIONS",
    "V2.1ALLNAMES",
    "V2.1AMOUNTS",
    "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
];

/// Reads a GDELT-style TSV file (no header) against a column list: every record has exactly
/// its columns and every non-empty value parses as its type. Returns the records as maps.
fn read_gdelt(tsv: &str, columns: &[(&str, Ty)]) -> Vec<BTreeMap<String, String>> {
    let mut rows = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), columns.len(), "record {n} has {} fields: {line}", fields.len());
        let mut row = BTreeMap::new();
        for ((name, ty), v) in columns.iter().zip(&fields) {
            let ok = v.is_empty()
                || match ty {
                    Int => v.parse::<i64>().is_ok(),
                    Float => v.parse::<f64>().is_ok(),
                    Str => true,
                };
            assert!(ok, "record {n}: {name} = {v:?} is not {ty:?}");
            row.insert((*name).to_owned(), (*v).to_owned());
        }
        rows.push(row);
    }
    rows
}

fn ingest(dir: &Dir) {
    dir.command().arg("ingest").arg(corpus()).arg("--data").arg(dir.data()).stdout();
}

/// `dyad export ARGS --data DIR` to stdout.
fn export(dir: &Dir, args: &[&str]) -> String {
    dir.command().arg("export").args(args).arg("--data").arg(dir.data()).stdout()
}

/// A listing command's JSON rows, all of them.
fn listing(dir: &Dir, args: &[&str]) -> Vec<Value> {
    dir.command()
        .args(args)
        .args(["--json", "--limit", "10000", "--data"])
        .arg(dir.data())
        .json_lines()
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// Characters `[start, start + len)` of `text`.
fn chars(text: &str, start: usize, len: usize) -> String {
    text.chars().skip(start).take(len).collect()
}

/// GLOBALEVENTID of a fold key, as the README documents it: the key's first 13 hex digits.
fn gdelt_id(key: &str) -> String {
    u64::from_str_radix(key.get(..13).unwrap(), 16).unwrap().to_string()
}

/// The stored events GDELT codes (neither negated nor hypothetical).
fn factual(events: &[Value]) -> Vec<&Value> {
    events.iter().filter(|e| e["negated"] == false && e["hypothetical"] == false).collect()
}

/// Articles by id, from the articles export (id, url, text).
fn articles(dir: &Dir) -> BTreeMap<String, Value> {
    export(dir, &["--format", "jsonl", "--table", "articles"])
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|a| (s(&a["id"]).to_owned(), a))
        .collect()
}

dyadtest!(export_gdelt_events_read_back_by_the_codebook, |dir: Dir, _cmd: TestCommand| {
    ingest(&dir);
    let rows = read_gdelt(&export(&dir, &["--format", "gdelt-events"]), &GDELT_EVENT);
    let events = listing(&dir, &["events"]);
    let mut by_key: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for e in factual(&events) {
        by_key.entry(gdelt_id(s(&e["key"]))).or_default().push(e);
    }
    assert!(rows.len() >= 20, "{} events", rows.len());
    assert_eq!(rows.len(), by_key.len(), "one record per folded event");
    let mut ids = BTreeSet::new();
    for r in &rows {
        let id = &r["GLOBALEVENTID"];
        assert!(ids.insert(id.clone()), "GLOBALEVENTID {id} twice");
        let reports = &by_key[id];
        assert_eq!(r["NumMentions"], reports.len().to_string(), "{r:?}");
        let articles: BTreeSet<&str> = reports.iter().map(|e| s(&e["article"])).collect();
        assert_eq!(r["NumArticles"], articles.len().to_string());
        assert!(r["NumSources"].parse::<usize>().unwrap() <= articles.len());
        let code = &r["EventCode"];
        let first = reports.iter().find(|e| s(&e["cameo"]) == code).expect("a report's code");
        assert!(code.starts_with(&r["EventBaseCode"]) && code.starts_with(&r["EventRootCode"]));
        assert_eq!(r["EventRootCode"].len(), 2);
        assert_eq!(r["QuadClass"], first["quad_class"].to_string());
        assert!(["1", "2", "3", "4"].contains(&r["QuadClass"].as_str()));
        if let Some(code) = first["source"]["actor_code"].as_str() {
            assert_eq!(r["Actor1Code"], code.trim_start_matches("---"));
            assert!(code.starts_with(&r["Actor1CountryCode"]));
        }
        if r["SQLDATE"].is_empty() {
            // A month or a year: only what is known is filled; an undated event reported by
            // an undated article has no date at all.
            assert!(r["FractionDate"].is_empty(), "{r:?}");
            assert!(r["Year"].len() == 4 || r["DATEADDED"].is_empty(), "{r:?}");
        } else {
            assert_eq!(r["SQLDATE"].len(), 8, "{r:?}");
            let date = r["SQLDATE"].as_str();
            assert!(
                Some(r["MonthYear"].as_str()) == date.get(..6) && date.get(..4) == Some(&r["Year"])
            );
        }
        assert!(r["DATEADDED"].len() == 14 || r["DATEADDED"].is_empty(), "{r:?}");
        assert!(r["IsRootEvent"] == "0" || r["IsRootEvent"] == "1");
        for empty in ["AvgTone", "Actor1Geo_Type", "Actor1Geo_Lat", "Actor2Geo_Long"] {
            assert!(r[empty].is_empty(), "{empty} is not filled by dyad");
        }
    }
    // A location resolved to a country is coded as GDELT codes countries (FIPS).
    let geo: Vec<_> = rows.iter().filter(|r| !r["ActionGeo_FullName"].is_empty()).collect();
    assert!(!geo.is_empty(), "some events have a location");
    for r in geo.iter().filter(|r| r["ActionGeo_Type"] == "1") {
        assert_eq!(r["ActionGeo_CountryCode"].len(), 2, "{r:?}");
    }
    // The dates filter of `dyad events` applies.
    let june = read_gdelt(
        &export(&dir, &["--format", "gdelt-events", "--from", "2019-06", "--to", "2019-06"]),
        &GDELT_EVENT,
    );
    assert!(!june.is_empty() && june.len() < rows.len());
    assert!(june.iter().all(|r| r["MonthYear"] == "201906"), "{june:?}");
});

dyadtest!(export_gdelt_mentions_have_exact_offsets, |dir: Dir, _cmd: TestCommand| {
    ingest(&dir);
    let rows = read_gdelt(&export(&dir, &["--format", "gdelt-mentions"]), &GDELT_MENTIONS);
    let events = listing(&dir, &["events"]);
    let factual = factual(&events);
    assert_eq!(rows.len(), factual.len(), "one mention per report GDELT would code");
    let articles = articles(&dir);
    let by_url: BTreeMap<&str, &Value> =
        articles.values().filter_map(|a| Some((a["url"].as_str()?, a))).collect();
    for r in &rows {
        let ident = r["MentionIdentifier"].as_str();
        let article = by_url.get(ident).copied().or_else(|| articles.get(ident)).expect("article");
        let text = s(&article["text"]);
        assert_eq!(r["MentionDocLen"], text.chars().count().to_string());
        // The report this row is: same event, same article, its trigger at ActionCharOffset.
        let action: usize = r["ActionCharOffset"].parse().unwrap();
        let report = factual
            .iter()
            .find(|e| {
                gdelt_id(s(&e["key"])) == r["GLOBALEVENTID"]
                    && e["article"] == article["id"]
                    && chars(text, action, s(&e["trigger"]).chars().count()) == s(&e["trigger"])
            })
            .unwrap_or_else(|| panic!("no report with its trigger at {action}: {r:?}"));
        let sentence_start = report["sentence_span"][0].as_u64().unwrap() as usize;
        let sentence = s(&report["sentence"]);
        assert_eq!(chars(text, sentence_start, sentence.chars().count()), sentence);
        assert!(r["SentenceID"].parse::<usize>().unwrap() >= 1);
        if let Some(name) = report["source"]["name"].as_str() {
            let at: i64 = r["Actor1CharOffset"].parse().unwrap();
            assert!(at >= 0, "{r:?} has a source {name}");
        } else {
            assert_eq!(r["Actor1CharOffset"], "-1");
        }
        assert!(r["EventTimeDate"] <= r["MentionTimeDate"] || r["MentionTimeDate"].is_empty());
    }
});

dyadtest!(export_gkg_with_quotation_speakers, |dir: Dir, _cmd: TestCommand| {
    ingest(&dir);
    let tsv = export(&dir, &["--format", "gkg"]);
    let mut columns: Vec<(&str, Ty)> = GKG.iter().map(|c| (*c, Str)).collect();
    columns[1].1 = Int; // V2.1DATE
    columns[2].1 = Int; // V2SOURCECOLLECTIONIDENTIFIER
    columns.push(("DYAD_QUOTATIONSPEAKERS", Str));
    let rows = read_gdelt(&tsv, &columns);
    let articles = articles(&dir);
    assert_eq!(rows.len(), articles.len(), "one record per article");
    let quotes = listing(&dir, &["quotes"]);
    let mut checked = 0;
    for r in &rows {
        let a = &articles[&r["GKGRECORDID"]];
        let text = s(&a["text"]);
        let blocks: Vec<&str> = r["V2.1QUOTATIONS"].split('#').filter(|b| !b.is_empty()).collect();
        let speakers: Vec<&str> =
            r["DYAD_QUOTATIONSPEAKERS"].split('#').filter(|b| !b.is_empty()).collect();
        assert_eq!(blocks.len(), speakers.len(), "a speaker block per quotation: {r:?}");
        for (q, sp) in blocks.iter().zip(&speakers) {
            let [offset, length, _verb, quote] = q.splitn(4, '|').collect::<Vec<_>>()[..] else {
                panic!("Offset|Length|Verb|Quote: {q}")
            };
            let (offset, length): (usize, usize) =
                (offset.parse().unwrap(), length.parse().unwrap());
            assert_eq!(chars(text, offset, length).replace(['#', '|'], " "), quote, "{q}");
            let [at, speaker, entity] = sp.splitn(3, '|').collect::<Vec<_>>()[..] else {
                panic!("Offset|Speaker|SpeakerEntity: {sp}")
            };
            assert_eq!(at.parse::<usize>().unwrap(), offset);
            let stored = quotes
                .iter()
                .find(|x| x["article"] == a["id"] && x["span"][0] == offset)
                .expect("the quote is stored");
            assert_eq!(s(&stored["speaker"]).replace(['#', '|'], " "), speaker);
            assert_eq!(s(&stored["speaker_entity"]), entity);
            checked += 1;
        }
        for block in r["V2ENHANCEDPERSONS"].split(';').filter(|b| !b.is_empty()) {
            let (name, offset) = block.rsplit_once(',').expect("Name,Offset");
            assert!(!name.is_empty() && offset.parse::<usize>().unwrap() < text.chars().count());
        }
        for block in r["V2ENHANCEDLOCATIONS"].split(';').filter(|b| !b.is_empty()) {
            assert_eq!(block.split('#').count(), 9, "{block}");
        }
        for block in r["V2.1ENHANCEDDATES"].split(';').filter(|b| !b.is_empty()) {
            let f: Vec<i64> = block.split(',').map(|x| x.parse().unwrap()).collect();
            assert!(f.len() == 5 && (1..=3).contains(&f[0]), "{block}");
        }
    }
    assert!(checked >= 50, "{checked} quotations checked");
});

dyadtest!(export_plover_records_match_the_events, |dir: Dir, _cmd: TestCommand| {
    ingest(&dir);
    let records: Vec<Value> = export(&dir, &["--format", "plover"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let events = listing(&dir, &["events"]);
    let coded: BTreeMap<&str, &Value> =
        events.iter().filter(|e| e["plover"].is_string()).map(|e| (s(&e["id"]), e)).collect();
    assert_eq!(records.len(), coded.len());
    let types = [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ];
    for r in &records {
        let e = coded[s(&r["id"])];
        assert_eq!(r["event"], serde_json::json!([e["plover"]]));
        assert!(types.contains(&s(&r["event"][0])), "{r}");
        assert!(r["actor"].is_array() && r["recipient"].is_array() && r["mode"].is_array());
        assert!(r["date"].is_null() || s(&r["date"]).len() == 10, "YYYY-MM-DD: {r}");
        assert_eq!(r["link"], e["key"]);
        assert_eq!(r["text"], e["sentence"]);
        assert_eq!(r["text_info"]["start"], e["sentence_span"][0]);
        assert_eq!(r["event_text"][0], e["trigger"]);
        if e["negated"] == true {
            assert!(r["mode"].as_array().unwrap().contains(&"negation".into()));
        }
        if let Some(code) = e["source"]["actor_code"].as_str().filter(|c| !c.starts_with("---")) {
            assert_eq!(r["actor"][0]["code"], code.get(..3).unwrap());
            assert_eq!(r["actor"][0]["identifier_id"], e["source"]["entity"]);
        }
        assert!((1..=4).contains(&r["quad_code"].as_u64().unwrap()));
    }
});

/// A table's columns and types as the README documents them.
fn schema(table: &str) -> Vec<(&'static str, Physical, bool)> {
    let (t, i, f, b) = (Physical::BYTE_ARRAY, Physical::INT64, Physical::DOUBLE, Physical::BOOLEAN);
    let cols: &[(&str, Physical)] = match table {
        "articles" => &[
            ("id", t),
            ("title", t),
            ("source", t),
            ("url", t),
            ("published", t),
            ("author", t),
            ("dateline", t),
            ("lang", t),
            ("text", t),
            ("story", t),
            ("copy_of", t),
            ("copy_similarity", f),
            ("origin", t),
        ],
        "entities" => &[
            ("id", t),
            ("name", t),
            ("kind", t),
            ("country", t),
            ("actor_code", t),
            ("role", t),
            ("mentions", i),
            ("articles", i),
        ],
        "mentions" => &[
            ("article", t),
            ("published", t),
            ("entity", t),
            ("name", t),
            ("entity_kind", t),
            ("actor_code", t),
            ("text", t),
            ("start_char", i),
            ("end_char", i),
            ("kind", t),
        ],
        "quotes" => &[
            ("article", t),
            ("published", t),
            ("outlet", t),
            ("speaker", t),
            ("speaker_entity", t),
            ("text", t),
            ("start_char", i),
            ("end_char", i),
            ("cue", t),
            ("direct", b),
            ("sentence", t),
        ],
        "events" => &[
            ("id", t),
            ("fold_key", t),
            ("article", t),
            ("published", t),
            ("outlet", t),
            ("date", t),
            ("date_precision", t),
            ("source_name", t),
            ("source_entity", t),
            ("source_code", t),
            ("target_name", t),
            ("target_entity", t),
            ("target_code", t),
            ("cameo", t),
            ("cameo_name", t),
            ("goldstein", f),
            ("quad_class", i),
            ("plover", t),
            ("plover_mode", t),
            ("location", t),
            ("sentence", t),
            ("sentence_start_char", i),
            ("sentence_end_char", i),
            ("trigger", t),
            ("negated", b),
            ("hypothetical", b),
            ("future", b),
            ("reported_by", t),
        ],
        "stories" => {
            &[("id", t), ("title", t), ("first", t), ("last", t), ("articles", i), ("actors", t)]
        }
        other => panic!("no table {other}"),
    };
    cols.iter().map(|&(n, p)| (n, p, n == "actors")).collect()
}

/// A Parquet file's rows as JSON-like values, after checking its schema.
fn read_parquet(path: &Path, table: &str) -> Vec<BTreeMap<String, Value>> {
    let reader = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    let descr = reader.metadata().file_metadata().schema_descr();
    let expected = schema(table);
    assert_eq!(descr.num_columns(), expected.len(), "{table}");
    for (i, (name, physical, list)) in expected.iter().enumerate() {
        let c = descr.column(i);
        assert_eq!(c.physical_type(), *physical, "{table}.{name}");
        let path = c.path().string();
        let expect = if *list { format!("{name}.list.element") } else { (*name).to_owned() };
        assert_eq!(path, expect, "{table} column {i}");
    }
    let field = |f: &Field| -> Value {
        match f {
            Field::Null => Value::Null,
            Field::Str(x) => Value::from(x.as_str()),
            Field::Long(n) => Value::from(*n),
            Field::Double(x) => Value::from(*x),
            Field::Bool(b) => Value::from(*b),
            Field::ListInternal(l) => Value::from(
                l.elements()
                    .iter()
                    .map(|e| e.to_string().trim_matches('"').to_owned())
                    .collect::<Vec<_>>(),
            ),
            other => panic!("unexpected {other:?}"),
        }
    };
    reader
        .get_row_iter(None)
        .unwrap()
        .map(|r| r.unwrap().get_column_iter().map(|(k, v)| (k.clone(), field(v))).collect())
        .collect()
}

/// A CSV file's rows, every field as text (empty for null).
fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r.records().map(|x| x.unwrap().iter().map(str::to_owned).collect()).collect();
    (header, rows)
}

/// A JSON value as the CSV writes it.
fn as_csv(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(x) => x.clone(),
        Value::Array(_) => v.to_string(),
        other => other.to_string(),
    }
}

dyadtest!(export_parquet_csv_jsonl_read_back, |dir: Dir, _cmd: TestCommand| {
    ingest(&dir);
    for format in ["parquet", "csv", "jsonl"] {
        let o = dir.path().join(format!("out-{format}"));
        dir.command()
            .args(["export", "--format", format, "--out"])
            .arg(&o)
            .arg("--data")
            .arg(dir.data())
            .stdout();
    }
    let mut tables = BTreeMap::new();
    for table in ["articles", "entities", "mentions", "quotes", "events", "stories"] {
        let parquet = read_parquet(&dir.path().join(format!("out-parquet/{table}.parquet")), table);
        let jsonl: Vec<BTreeMap<String, Value>> =
            std::fs::read_to_string(dir.path().join(format!("out-jsonl/{table}.jsonl")))
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
        let (header, csv) = read_csv(&dir.path().join(format!("out-csv/{table}.csv")));
        let names: Vec<&str> = schema(table).iter().map(|c| c.0).collect();
        assert_eq!(header, names, "{table} CSV header");
        assert_eq!(parquet.len(), jsonl.len(), "{table}");
        assert_eq!(parquet.len(), csv.len(), "{table}");
        assert!(!parquet.is_empty(), "{table} is empty");
        for ((p, j), c) in parquet.iter().zip(&jsonl).zip(&csv) {
            for (k, name) in names.iter().enumerate() {
                let (pv, jv) = (&p[*name], &j[*name]);
                match (pv, jv) {
                    (Value::Number(a), Value::Number(b)) => {
                        assert!((a.as_f64().unwrap() - b.as_f64().unwrap()).abs() < 1e-9)
                    }
                    _ => assert_eq!(pv, jv, "{table}.{name}"),
                }
                // serde_json parses floats to within an ulp: compare them as numbers.
                match (jv.as_f64(), c[k].parse::<f64>()) {
                    (Some(a), Ok(b)) if jv.is_f64() => assert!((a - b).abs() < 1e-12),
                    _ => assert_eq!(as_csv(jv), c[k], "{table}.{name} in CSV"),
                }
            }
        }
        tables.insert(table, parquet);
    }
    // Compared with the store, as the listing commands show it.
    let stats: Value = serde_json::from_str(
        &dir.command().args(["ingest", "--json", "--data"]).arg(dir.data()).arg(corpus()).stdout(),
    )
    .unwrap();
    assert_eq!(tables["articles"].len() as u64, stats["totals"]["articles"].as_u64().unwrap());
    let events = listing(&dir, &["events"]);
    let stored: BTreeSet<(String, String, u64)> = events
        .iter()
        .map(|e| {
            (s(&e["id"]).into(), s(&e["cameo"]).into(), e["sentence_span"][0].as_u64().unwrap())
        })
        .collect();
    let exported: BTreeSet<(String, String, u64)> = tables["events"]
        .iter()
        .map(|e| {
            (s(&e["id"]).into(), s(&e["cameo"]).into(), e["sentence_start_char"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(exported, stored);
    let quotes = listing(&dir, &["quotes"]);
    let stored: BTreeSet<(String, u64, String)> = quotes
        .iter()
        .map(|q| (s(&q["article"]).into(), q["span"][0].as_u64().unwrap(), s(&q["text"]).into()))
        .collect();
    let exported: BTreeSet<(String, u64, String)> = tables["quotes"]
        .iter()
        .map(|q| (s(&q["article"]).into(), q["start_char"].as_u64().unwrap(), s(&q["text"]).into()))
        .collect();
    assert_eq!(exported, stored);
    let articles: BTreeMap<&str, &BTreeMap<String, Value>> =
        tables["articles"].iter().map(|a| (s(&a["id"]), a)).collect();
    for m in &tables["mentions"] {
        let text = s(&articles[s(&m["article"])]["text"]);
        let (a, b) =
            (m["start_char"].as_u64().unwrap() as usize, m["end_char"].as_u64().unwrap() as usize);
        assert_eq!(chars(text, a, b - a), s(&m["text"]), "{m:?}");
    }
    let entities = listing(&dir, &["entities"]);
    let stored: BTreeMap<&str, u64> =
        entities.iter().map(|e| (s(&e["id"]), e["mentions"].as_u64().unwrap())).collect();
    let exported: BTreeMap<&str, u64> =
        tables["entities"].iter().map(|e| (s(&e["id"]), e["mentions"].as_u64().unwrap())).collect();
    assert_eq!(exported, stored);
    let stories = listing(&dir, &["stories"]);
    let stored: BTreeMap<&str, &Value> =
        stories.iter().map(|x| (s(&x["id"]), &x["actors"])).collect();
    for x in &tables["stories"] {
        assert_eq!(&x["actors"], stored[s(&x["id"])], "{x:?}");
    }
    assert_eq!(tables["stories"].len(), stories.len());
});

dyadtest!(export_filters_as_the_listings_do, |dir: Dir, _cmd: TestCommand| {
    ingest(&dir);
    let ids = |rows: Vec<Value>| -> BTreeSet<String> {
        rows.iter().map(|r| s(&r["id"]).to_owned()).collect()
    };
    let exported: Vec<Value> = export(
        &dir,
        &["--format", "jsonl", "--table", "events", "--source", "USA", "--target", "RUS"],
    )
    .lines()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect();
    let listed = listing(&dir, &["events", "--source", "USA", "--target", "RUS"]);
    assert!(!listed.is_empty());
    assert_eq!(ids(exported), ids(listed));
    let peskov: Vec<Value> =
        export(&dir, &["--format", "jsonl", "--table", "quotes", "--actor", "Peskov"])
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    assert_eq!(peskov.len(), listing(&dir, &["quotes", "--speaker", "Peskov"]).len());
    assert!(
        !peskov.is_empty() && peskov.iter().all(|q| q["speaker_entity"] == "person/dmitry_peskov")
    );
});

dyadtest!(export_usage_errors_exit_2, |dir: Dir, _cmd: TestCommand| {
    let (_, err) = dir
        .command()
        .args(["export", "--format", "csv", "--data"])
        .arg(dir.data())
        .assert_exit_code(2);
    assert!(err.contains("no store at"), "{err}");
    ingest(&dir);
    let (_, err) = dir
        .command()
        .args(["export", "--format", "gkg", "--table", "quotes", "--data"])
        .arg(dir.data())
        .assert_exit_code(2);
    assert!(err.contains("--table goes with"), "{err}");
    let (_, err) = dir
        .command()
        .args(["export", "--format", "parquet", "--table", "quotes", "--data"])
        .arg(dir.data())
        .assert_exit_code(2);
    assert!(err.contains("--out FILE"), "{err}");
    let file = dir.create("taken", "x");
    let (_, err) = dir
        .command()
        .args(["export", "--format", "csv", "--out"])
        .arg(&file)
        .arg("--data")
        .arg(dir.data())
        .assert_exit_code(2);
    assert!(err.contains("taken"), "{err}");
});
