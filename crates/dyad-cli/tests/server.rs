//! `dyad serve`: the real server on a free port, over stores the real `dyad ingest` filled.

use crate::util::{Dir, TestCommand, corpus, seeds};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A running `dyad serve`, stopped when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
    /// What it printed on stderr before the address.
    pub printed: Vec<String>,
    /// The rest of stderr (kept open: a closed pipe would fail the server's next message).
    _stderr: mpsc::Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP answer.
pub struct Reply {
    pub status: u16,
    /// The header lines, names lower-cased.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// Decodes a chunked body.
fn unchunk(mut raw: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = raw.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(rest.get(..n).unwrap_or(rest));
        raw = rest.get(n + 2..).unwrap_or("");
    }
    out
}

impl Server {
    /// `dyad serve` on any free loopback port, over `data`.
    pub fn start(data: &Path) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dyad"));
        cmd.args(["serve", "--addr", "127.0.0.1:0", "--data"]).arg(data);
        Server::spawn(cmd)
    }

    /// Runs `cmd` (a `dyad serve`) and waits for the address it prints.
    pub fn spawn(mut cmd: Command) -> Server {
        let mut child =
            cmd.stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("dyad serve starts");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut printed = Vec::new();
        let port = loop {
            match rx.recv_timeout(Duration::from_secs(60)) {
                Ok(line) => {
                    if let Some(rest) = line.split("open http://127.0.0.1:").nth(1) {
                        let port = rest.split('/').next().and_then(|p| p.parse().ok());
                        break port.expect("a port in the address");
                    }
                    printed.push(line);
                }
                Err(_) => panic!("dyad serve printed no address: {printed:?}"),
            }
        };
        Server { child, port, printed, _stderr: rx }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Sends `head` (request line and headers, without the blank line) and `body`.
    pub fn raw(&self, head: &str, body: &str) -> Reply {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        write!(s, "{head}\r\nHost: localhost\r\nConnection: close\r\n\r\n{body}").unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        let chunked =
            headers.iter().any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
        let body = if chunked { unchunk(body) } else { body.to_owned() };
        Reply { status, headers, body }
    }

    pub fn get(&self, path: &str) -> Reply {
        self.raw(&format!("GET {path} HTTP/1.1"), "")
    }

    /// GETs `path`, asserts 200 and parses the JSON.
    pub fn json(&self, path: &str) -> Value {
        let r = self.get(path);
        assert_eq!(r.status, 200, "{path}: {}", r.body);
        assert!(
            r.header("content-type").is_some_and(|t| t.starts_with("application/json")),
            "{path}"
        );
        r.json()
    }

    /// GETs `path`, asserts a 200 HTML page and returns it.
    pub fn page(&self, path: &str) -> String {
        let r = self.get(path);
        assert_eq!(r.status, 200, "{path}: {}", r.body);
        assert!(r.header("content-type").is_some_and(|t| t.starts_with("text/html")), "{path}");
        r.body
    }
}

/// Ingests the sample corpus into `dir`'s store.
pub fn ingest_corpus(dir: &Dir) {
    dir.command().arg("ingest").arg(corpus()).arg("--data").arg(dir.data()).stdout();
}

fn items(v: &Value) -> &Vec<Value> {
    v["items"].as_array().unwrap_or_else(|| panic!("no items: {v}"))
}

/// The characters `[start, end)` of `text`.
fn chars(text: &str, span: &Value) -> String {
    let (s, e) = (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize);
    text.chars().skip(s).take(e - s).collect()
}

dyadtest!(serve_json_api, |dir: Dir, mut cmd: TestCommand| {
    cmd.arg("ingest").args(seeds()).arg("--data").arg(dir.data());
    cmd.stdout();
    let server = Server::start(&dir.data());
    let json = |path: &str| server.json(path);
    assert_eq!(json("/api/stats")["articles"], 5);
    let quotes = json("/api/quotes?speaker=Peskov");
    assert!(items(&quotes).iter().any(|q| q["text"] == "Too early yet."));
    let events = json("/api/events?source=USA&target=RUS");
    assert!(!items(&events).is_empty());
    let timeline = json("/api/timeline?actor=USA&other=RUS&by=month");
    assert!(timeline["months"].is_array());
    let articles = json("/api/articles");
    let id = items(&articles)[0]["id"].as_str().unwrap().to_owned();
    let one = json(&format!("/api/articles/{id}"));
    assert!(one["text"].is_string() && one["entities"].is_array() && one["events"].is_array());
    assert!(json("/api/entities?q=Putin")["items"][0]["id"] == "person/vladimir_putin");
    assert!(!items(&json("/api/stories")).is_empty());
    assert!(json("/api/search?q=optimism")["hits"].as_array().is_some_and(|s| !s.is_empty()));
    let r = server.get("/api/articles/nope");
    assert_eq!((r.status, r.json()["status"].as_u64()), (404, Some(404)));
    assert_eq!(server.get("/api/quotes?limit=100000").status, 400);
    assert_eq!(server.get("/api/events?from=someday").status, 400);
});

dyadtest!(every_endpoint_on_the_sample_corpus, |dir: Dir, _cmd: TestCommand| {
    ingest_corpus(&dir);
    let s = Server::start(&dir.data());
    let stats = s.json("/api/stats");
    assert_eq!(stats["articles"], 36);
    assert!(stats["copies"].as_u64().unwrap() >= 2);
    let listed: Vec<String> = s.json("/api")["endpoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap().to_owned())
        .collect();
    let openapi = s.json("/api/openapi.json");
    for e in &listed {
        assert!(openapi["paths"].get(e).is_some(), "{e} is undocumented");
    }

    // Articles: pages, and one with every layer; spans are characters of its text.
    let page1 = s.json("/api/articles?limit=10");
    let page2 = s.json("/api/articles?limit=10&offset=10");
    assert_eq!((items(&page1).len(), items(&page2).len()), (10, 10));
    assert_ne!(page1["items"][0]["id"], page2["items"][0]["id"]);
    let a = s.json("/api/articles/arms-geneva-second-round");
    let text = a["text"].as_str().unwrap();
    assert!(!a["quotes"].as_array().unwrap().is_empty());
    for q in a["quotes"].as_array().unwrap() {
        assert_eq!(chars(text, &q["span"]), q["text"].as_str().unwrap(), "{q}");
    }
    for m in a["entities"].as_array().unwrap() {
        assert_eq!(chars(text, &m["span"]), m["text"].as_str().unwrap(), "{m}");
    }
    assert!(a["story"].is_string());
    let copy = s.json("/api/articles/wire:1");
    assert_eq!(copy["copy_of"], "news:3");
    let original = s.json("/api/articles/news:3");
    assert!(original["copies"].as_array().unwrap().iter().any(|c| c["id"] == "wire:1"));

    // Quotes, events, entities.
    let peskov = s.json("/api/quotes?speaker=person/dmitry_peskov&limit=500");
    assert!(items(&peskov).len() >= 10);
    assert!(items(&peskov).iter().all(|q| q["speaker_entity"] == "person/dmitry_peskov"));
    let events = s.json("/api/events?actor=USA&class=CONSULT");
    assert!(!items(&events).is_empty());
    for e in items(&events) {
        assert_eq!(e["plover"], "CONSULT");
        let codes = [&e["source"]["actor_code"], &e["target"]["actor_code"]];
        assert!(codes.iter().any(|c| c.as_str().is_some_and(|c| c.starts_with("USA"))), "{e}");
    }
    assert_eq!(s.get("/api/events?actor=USA&source=RUS").status, 400);
    let ents = s.json("/api/entities?q=Peskov&kind=person");
    assert_eq!(ents["items"][0]["id"], "person/dmitry_peskov");
    let detail = s.json("/api/entities/person/dmitry_peskov");
    assert_eq!(detail["entity"]["name"], "Dmitry Peskov");
    assert!(detail["quotes"].as_u64().unwrap() >= 10);
    assert!(detail["aliases"].as_array().unwrap().iter().any(|a| a["name"] == "Peskov"));
    assert!(!detail["months"].as_array().unwrap().is_empty());
    assert!(!detail["co_mentions"].as_array().unwrap().is_empty());
    assert_eq!(s.get("/api/entities/person/nobody").status, 404);

    // Stories with their copy groups; the timeline; speakers and dyads.
    let stories = s.json("/api/stories?limit=100");
    let with_copies = items(&stories)
        .iter()
        .map(|st| s.json(&format!("/api/stories/{}", st["id"].as_str().unwrap())))
        .find(|st| {
            st["groups"]
                .as_array()
                .unwrap()
                .iter()
                .any(|g| !g["copies"].as_array().unwrap().is_empty())
        })
        .expect("a story with folded copies");
    let group = &with_copies["groups"].as_array().unwrap()[0];
    assert!(group["canonical"]["id"].is_string() && group["outlets"].is_array());
    let t = s.json("/api/timeline?actor=USA&other=RUS&by=month");
    assert!(items(&t).iter().any(|r| r["cameo_name"] == "Discuss by telephone"));
    assert!(!t["months"].as_array().unwrap().is_empty());
    assert_eq!(s.get("/api/timeline?other=RUS").status, 400);
    assert_eq!(s.json("/api/speakers?limit=3")["items"].as_array().unwrap().len(), 3);
    let dyads = s.json("/api/dyads");
    let top = &dyads["items"][0];
    assert_eq!((top["a"].as_str(), top["b"].as_str()), (Some("RUS"), Some("USA")), "{dyads}");
    assert_eq!(top["a_name"], "Russia");

    // Search: phrases, highlights, filters, facets, pages, copies.
    let r = s.json("/api/search?q=%22arms%20control%22&kind=article&facets=50");
    let total = r["total"].as_u64().unwrap();
    assert!(total >= 3, "{r}");
    for h in r["hits"].as_array().unwrap() {
        assert_eq!(h["kind"], "article");
        let fragment = h["fragment"].as_str().unwrap();
        for span in h["highlights"].as_array().unwrap() {
            let word = chars(fragment, span).to_lowercase();
            assert!(word == "arms" || word == "control", "{word:?} in {fragment}");
        }
    }
    let outlet = r["facets"].as_array().unwrap().iter().find(|f| f["name"] == "outlet").unwrap();
    let first = &outlet["values"][0];
    let narrowed = s.json(&format!(
        "/api/search?q=%22arms%20control%22&kind=article&outlet={}",
        first["value"].as_str().unwrap().replace(' ', "%20")
    ));
    assert_eq!(narrowed["total"], first["count"]);
    let entity = r["facets"].as_array().unwrap().iter().find(|f| f["name"] == "entity").unwrap();
    assert!(entity["values"].as_array().unwrap().iter().any(|v| v["label"] == "Vladimir Putin"));
    let quotes = s.json("/api/search?kind=quote&speaker=person/dmitry_peskov&limit=5&offset=5");
    assert!(quotes["total"].as_u64().unwrap() >= 10);
    assert_eq!(quotes["hits"].as_array().unwrap().len(), 5);
    assert!(quotes["hits"][0]["span"].is_array());
    let dated = s.json("/api/search?q=Russia&from=2019-06&to=2019-06&kind=article");
    for h in dated["hits"].as_array().unwrap() {
        assert!(h["published"].as_str().unwrap().starts_with("2019-06"), "{h}");
    }
    let all = s.json("/api/search?q=Kremlin&kind=article")["total"].as_u64().unwrap();
    let originals =
        s.json("/api/search?q=Kremlin&kind=article&copies=0")["total"].as_u64().unwrap();
    assert!(originals < all, "copies are left out with copies=0");
    let lenient = s.json("/api/search?q=Kremlin%20AND%20(");
    assert!(!lenient["warnings"].as_array().unwrap().is_empty());

    // The web UI's pages.
    for path in [
        "/",
        "/search?q=Peskov",
        "/search?kind=quote&speaker=person%2Fdmitry_peskov",
        "/articles/arms-geneva-second-round",
        "/articles/wire:1",
        "/entities",
        "/entities?kind=person&q=put",
        "/entities/person/dmitry_peskov",
        "/stories",
        &format!("/stories/{}", with_copies["story"]["id"].as_str().unwrap()),
        "/timeline",
        "/timeline?a=USA&b=RUS",
    ] {
        let html = s.page(path);
        assert!(html.starts_with("<!doctype html>") && html.contains("</html>"), "{path}");
    }
    let article = s.page("/articles/arms-geneva-second-round");
    assert!(article.contains(r#"href="/entities/person/dmitry_peskov""#));
    assert!(article.contains(r#"class="qt""#) && article.contains(r#"class="ev q"#));
    let timeline = s.page("/timeline?a=USA&b=RUS");
    assert!(timeline.contains("<svg class=\"chart\"") && timeline.contains("Discuss by telephone"));
    for (path, kind) in [
        ("/static/dyad.css", "text/css"),
        ("/static/dyad.js", "text/javascript"),
        ("/static/icon.svg", "image/svg+xml"),
    ] {
        let r = s.get(path);
        assert_eq!(r.status, 200);
        assert!(r.header("content-type").is_some_and(|t| t.starts_with(kind)), "{path}");
    }
});

dyadtest!(limits_errors_and_safety_headers, |dir: Dir, _cmd: TestCommand| {
    ingest_corpus(&dir);
    let s = Server::start(&dir.data());
    for path in ["/", "/api/stats", "/static/dyad.css", "/nope", "/api/nope"] {
        let r = s.get(path);
        let csp = r.header("content-security-policy").unwrap_or_default();
        assert!(
            csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"), "{path}");
    }
    let error = |path: &str, status: u16| {
        let r = s.get(path);
        assert_eq!(r.status, status, "{path}: {}", r.body);
        let v = r.json();
        assert_eq!(v["status"].as_u64(), Some(u64::from(status)), "{path}");
        assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()), "{path}");
        v["error"].as_str().unwrap().to_owned()
    };
    assert!(error("/api/nope", 404).contains("openapi"));
    error("/api/articles/nope", 404);
    error("/api/stories/s-nope", 404);
    assert!(error("/api/quotes?speeker=Peskov", 400).contains("speaker"));
    error("/api/quotes?limit=501", 400);
    error("/api/quotes?limit=0", 400);
    error("/api/quotes?offset=-1", 400);
    error("/api/quotes?limit=10&limit=20", 400);
    error("/api/search?q=x&offset=10001", 400);
    error("/api/search?q=x&kind=video", 400);
    error("/api/search?q=x&from=yesterday", 400);
    error("/api/entities?kind=planet", 400);
    error("/api/timeline?actor=USA&by=week", 400);
    error(&format!("/api/search?q={}", "x".repeat(1001)), 400);
    error(&format!("/api/search?q={}", "x".repeat(5000)), 414);
    // Read-only: other methods, bodies.
    let r = s.raw("POST /api/stats HTTP/1.1\r\nContent-Length: 2", "{}");
    assert_eq!((r.status, r.header("allow")), (405, Some("GET, HEAD")));
    assert_eq!(s.raw("DELETE /api/articles/wire:1 HTTP/1.1", "").status, 405);
    let r = s.raw("GET /api/stats HTTP/1.1\r\nContent-Length: 5", "hello");
    assert_eq!(r.status, 413);
    let head = s.raw("HEAD /api/stats HTTP/1.1", "");
    assert_eq!((head.status, head.body.as_str()), (200, ""));
    // Pages answer errors as pages.
    let r = s.get("/articles/nope");
    assert_eq!(r.status, 404);
    assert!(
        r.header("content-type").is_some_and(|t| t.starts_with("text/html"))
            && r.body.contains("no article")
    );
    assert_eq!(s.get("/search?q=x&limit=9999").status, 400);
});

dyadtest!(readers_are_served_while_ingest_writes, |dir: Dir, _cmd: TestCommand| {
    // A first part of the corpus, served while the rest is ingested.
    dir.command().arg("ingest").arg(corpus().join("text")).arg("--data").arg(dir.data()).stdout();
    let s = Server::start(&dir.data());
    let mut ingest = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .current_dir(dir.path())
        .arg("ingest")
        .arg(corpus())
        .arg("--data")
        .arg(dir.data())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut last = 0;
    loop {
        let done = ingest.try_wait().unwrap().is_some();
        let stats = s.json("/api/stats");
        let n = stats["articles"].as_u64().unwrap();
        assert!(n >= last, "the article count never goes back");
        last = n;
        // One snapshot per request: an article is there with all its quotes or not at all.
        let quotes = s.json("/api/quotes?limit=500");
        let articles: std::collections::BTreeSet<&str> =
            items(&quotes).iter().map(|q| q["article"].as_str().unwrap()).collect();
        for a in articles {
            let one = s.json(&format!("/api/articles/{a}"));
            let stored = items(&quotes).iter().filter(|q| q["article"] == a).count();
            assert!(stored <= one["quotes"].as_array().unwrap().len());
        }
        s.page("/");
        if done {
            break;
        }
    }
    assert!(ingest.wait().unwrap().success());
    assert_eq!(s.json("/api/stats")["articles"], 36);
});

dyadtest!(demo_then_serve_serves_the_demo_store, |dir: Dir, _cmd: TestCommand| {
    // `dyad demo` keeps its store in the temporary folder; give both commands this test's.
    let tmp = dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let demo = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .arg("demo")
        .current_dir(dir.path())
        .env("TMPDIR", &tmp)
        .output()
        .unwrap();
    assert!(demo.status.success(), "{}", String::from_utf8_lossy(&demo.stderr));
    let mut serve = Command::new(env!("CARGO_BIN_EXE_dyad"));
    serve.args(["serve", "--addr", "127.0.0.1:0"]).current_dir(dir.path()).env("TMPDIR", &tmp);
    let s = Server::spawn(serve);
    assert!(
        s.printed.iter().any(|l| l.contains("serving the one `dyad demo` made")),
        "{:?}",
        s.printed
    );
    assert_eq!(s.json("/api/stats")["articles"], 36);
    let home = s.page("/");
    assert!(home.contains("Dmitry Peskov") && home.contains("Russia ↔ United States"), "{home}");
});
