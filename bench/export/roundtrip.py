#!/usr/bin/env python3
"""Reads every dyad export with the tools researchers use and checks they agree.

    python roundtrip.py OUT_DIR [--spark]

OUT_DIR holds what bench/export_roundtrip.sh wrote: parquet/, csv/, jsonl/ (six tables each),
gdelt-events.tsv, gdelt-mentions.tsv, gkg.tsv and plover.jsonl. Parquet is read by pyarrow,
DuckDB and pandas (and Spark with --spark), CSV and JSON Lines by pandas and DuckDB, the GDELT
tables by pandas and DuckDB with GDELT's published column lists and types, PLOVER by json.
Prints one line per check and a closing "N passed, N failed"; exits 1 if any failed.
"""
import json
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq

TABLES = ["articles", "entities", "mentions", "quotes", "events", "stories"]

# Column types as the README documents them: t text, i integer, f float, b boolean, l list<text>.
SCHEMA = {
    "articles": "id:t title:t source:t url:t published:t author:t dateline:t lang:t text:t story:t copy_of:t copy_similarity:f origin:t",
    "entities": "id:t name:t kind:t country:t actor_code:t role:t mentions:i articles:i",
    "mentions": "article:t published:t entity:t name:t entity_kind:t actor_code:t text:t start_char:i end_char:i kind:t",
    "quotes": "article:t published:t outlet:t speaker:t speaker_entity:t text:t start_char:i end_char:i cue:t direct:b sentence:t",
    "events": "id:t fold_key:t article:t published:t outlet:t date:t date_precision:t source_name:t source_entity:t source_code:t target_name:t target_entity:t target_code:t cameo:t cameo_name:t goldstein:f quad_class:i plover:t plover_mode:t location:t sentence:t sentence_start_char:i sentence_end_char:i trigger:t negated:b hypothetical:b future:b reported_by:t",
    "stories": "id:t title:t first:t last:t articles:i actors:l",
}
DUCK = {"t": "VARCHAR", "i": "BIGINT", "f": "DOUBLE", "b": "BOOLEAN", "l": "VARCHAR[]"}

# GDELT Event Codebook V2.0 (61 columns) and Mentions (16): name and type, i integer, f float, s string.
GDELT_EVENTS = """GLOBALEVENTID:i SQLDATE:i MonthYear:i Year:i FractionDate:f Actor1Code:s Actor1Name:s
Actor1CountryCode:s Actor1KnownGroupCode:s Actor1EthnicCode:s Actor1Religion1Code:s Actor1Religion2Code:s
Actor1Type1Code:s Actor1Type2Code:s Actor1Type3Code:s Actor2Code:s Actor2Name:s Actor2CountryCode:s
Actor2KnownGroupCode:s Actor2EthnicCode:s Actor2Religion1Code:s Actor2Religion2Code:s Actor2Type1Code:s
Actor2Type2Code:s Actor2Type3Code:s IsRootEvent:i EventCode:s EventBaseCode:s EventRootCode:s QuadClass:i
GoldsteinScale:f NumMentions:i NumSources:i NumArticles:i AvgTone:f Actor1Geo_Type:i Actor1Geo_FullName:s
Actor1Geo_CountryCode:s Actor1Geo_ADM1Code:s Actor1Geo_ADM2Code:s Actor1Geo_Lat:f Actor1Geo_Long:f
Actor1Geo_FeatureID:s Actor2Geo_Type:i Actor2Geo_FullName:s Actor2Geo_CountryCode:s Actor2Geo_ADM1Code:s
Actor2Geo_ADM2Code:s Actor2Geo_Lat:f Actor2Geo_Long:f Actor2Geo_FeatureID:s ActionGeo_Type:i
ActionGeo_FullName:s ActionGeo_CountryCode:s ActionGeo_ADM1Code:s ActionGeo_ADM2Code:s ActionGeo_Lat:f
ActionGeo_Long:f ActionGeo_FeatureID:s DATEADDED:i SOURCEURL:s""".split()
GDELT_MENTIONS = """GLOBALEVENTID:i EventTimeDate:i MentionTimeDate:i MentionType:i MentionSourceName:s
MentionIdentifier:s SentenceID:i Actor1CharOffset:i Actor2CharOffset:i ActionCharOffset:i InRawText:i
Confidence:i MentionDocLen:i MentionDocTone:f MentionDocTranslationInfo:s Extras:s""".split()
GKG = """GKGRECORDID V2.1DATE V2SOURCECOLLECTIONIDENTIFIER V2SOURCECOMMONNAME V2DOCUMENTIDENTIFIER V1COUNTS
V2.1COUNTS V1THEMES V2ENHANCEDTHEMES V1LOCATIONS V2ENHANCEDLOCATIONS V1PERSONS V2ENHANCEDPERSONS
V1ORGANIZATIONS V2ENHANCEDORGANIZATIONS V1.5TONE V2.1ENHANCEDDATES V2GCAM V2.1SHARINGIMAGE
V2.1RELATEDIMAGES V2.1SOCIALIMAGEEMBEDS V2.1SOCIALVIDEOEMBEDS V2.1QUOTATIONS V2.1ALLNAMES V2.1AMOUNTS
V2.1TRANSLATIONINFO V2EXTRASXML""".split() + ["DYAD_QUOTATIONSPEAKERS"]

passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name} {detail}")


def one(sql):
    """The single value of a DuckDB query."""
    return duckdb.sql(sql).fetchall()[0][0]


def columns(table):
    return [tuple(c.split(":")) for c in SCHEMA[table].split()]


def gdelt_pandas(path, cols):
    names = [c.split(":")[0] for c in cols]
    dtype = {n: {"i": "Int64", "f": "float64", "s": "string"}[t] for n, t in (c.split(":") for c in cols)}
    return pd.read_csv(path, sep="\t", header=None, names=names, dtype=dtype, quoting=3,
                       keep_default_na=False, na_values=[""])


def gdelt_duckdb(path, cols):
    """Rows DuckDB reads from a GDELT file with the codebook's columns and types."""
    spec = {n: {"i": "BIGINT", "f": "DOUBLE", "s": "VARCHAR"}[t] for n, t in (c.split(":") for c in cols)}
    return one(
        f"SELECT count(*) FROM read_csv('{path}', delim='\t', header=false, quote='', escape='', columns={spec!r})"
    )


def main():
    out = Path(sys.argv[1])
    spark = None
    if "--spark" in sys.argv:
        from pyspark.sql import SparkSession
        spark = SparkSession.builder.master("local[1]").appName("dyad-export").getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
    counts = {}
    for t in TABLES:
        cols = columns(t)
        pf = out / "parquet" / f"{t}.parquet"
        arrow = pq.read_table(pf)
        n = arrow.num_rows
        counts[t] = n
        check(f"{t}: pyarrow reads {n} rows, columns in order", arrow.column_names == [c for c, _ in cols])
        duck = duckdb.sql(f"DESCRIBE SELECT * FROM '{pf}'").fetchall()
        check(f"{t}: DuckDB types", [(r[0], r[1]) for r in duck] == [(c, DUCK[k]) for c, k in cols],
              [(r[0], r[1]) for r in duck])
        check(f"{t}: DuckDB count", one(f"SELECT count(*) FROM '{pf}'") == n)
        df = pd.read_parquet(pf)
        ints = [c for c, k in cols if k == "i"]
        check(f"{t}: pandas int64 and bool columns",
              all(str(df[c].dtype) == "int64" for c in ints)
              and all(str(df[c].dtype) == "bool" for c, k in cols if k == "b"),
              df.dtypes.to_dict())
        csv = pd.read_csv(out / "csv" / f"{t}.csv", keep_default_na=False, na_values=[""])
        check(f"{t}: CSV by pandas, same rows and header", len(csv) == n and list(csv.columns) == [c for c, _ in cols])
        dcsv = one(f"SELECT count(*) FROM read_csv('{out / 'csv' / f'{t}.csv'}', header=true)")
        check(f"{t}: CSV by DuckDB", dcsv == n, dcsv)
        js = pd.read_json(out / "jsonl" / f"{t}.jsonl", lines=True)
        check(f"{t}: JSON Lines by pandas", len(js) == n)
        if n:
            djs = one(f"SELECT count(*) FROM read_json('{out / 'jsonl' / f'{t}.jsonl'}', format='newline_delimited')")
            check(f"{t}: JSON Lines by DuckDB", djs == n, djs)
            key = cols[0][0]
            check(f"{t}: the same first column in Parquet, CSV and JSON Lines",
                  list(df[key].astype(str)) == list(csv[key].astype(str)) == list(js[key].astype(str)))
        if spark is not None:
            sdf = spark.read.parquet(str(pf))
            check(f"{t}: Spark reads {n} rows", sdf.count() == n and sdf.columns == [c for c, _ in cols])
            if t == "stories":
                check("stories: Spark sees actors as array<string>",
                      dict(sdf.dtypes)["actors"] == "array<string>", sdf.dtypes)

    events = pd.read_parquet(out / "parquet" / "events.parquet")
    factual = events[~events.negated & ~events.hypothetical]
    ge = gdelt_pandas(out / "gdelt-events.tsv", GDELT_EVENTS)
    check(f"GDELT events: pandas reads {len(ge)} records of 61 typed columns", ge.shape[1] == 61)
    check("GDELT events: one record per folded event", len(ge) == factual.fold_key.nunique(),
          (len(ge), factual.fold_key.nunique()))
    check("GDELT events: NumMentions add up to the reports", ge.NumMentions.sum() == len(factual))
    check("GDELT events: GLOBALEVENTID unique", ge.GLOBALEVENTID.is_unique)
    gd = gdelt_duckdb(out / "gdelt-events.tsv", GDELT_EVENTS)
    check("GDELT events: DuckDB reads them with the codebook types", gd == len(ge))
    gm = gdelt_pandas(out / "gdelt-mentions.tsv", GDELT_MENTIONS)
    check(f"GDELT mentions: pandas reads {len(gm)} records of 16 typed columns", gm.shape[1] == 16)
    check("GDELT mentions: one per report", len(gm) == len(factual))
    check("GDELT mentions: every GLOBALEVENTID is in the events", set(gm.GLOBALEVENTID) <= set(ge.GLOBALEVENTID))
    check("GDELT mentions: DuckDB", gdelt_duckdb(out / "gdelt-mentions.tsv", GDELT_MENTIONS) == len(gm))
    gkg = pd.read_csv(out / "gkg.tsv", sep="\t", header=None, names=GKG, dtype=str, quoting=3, keep_default_na=False)
    check(f"GKG: pandas reads {len(gkg)} records of 28 columns, one per article",
          gkg.shape[1] == 28 and len(gkg) == counts["articles"])
    plover = [json.loads(line) for line in open(out / "plover.jsonl", encoding="utf-8")]
    check(f"PLOVER: {len(plover)} JSON records, one per PLOVER-coded event",
          len(plover) == events.plover.notna().sum())
    check("PLOVER: the specification's required fields",
          all({"id", "date", "actor", "event"} <= r.keys() for r in plover))
    print(f"{passed} passed, {failed} failed")
    if spark is not None:
        spark.stop()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
