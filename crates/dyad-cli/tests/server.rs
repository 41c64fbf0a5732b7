use crate::util::{Dir, TestCommand, seeds};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// A GET over a plain socket: (status, body).
fn get(port: u16, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let status = raw.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = raw.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (status, body)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

dyadtest!(serve_json_api, |dir: Dir, mut cmd: TestCommand| {
    cmd.arg("ingest").args(seeds()).arg("--data").arg(dir.data());
    cmd.stdout();
    let port = free_port();
    let _server = Server(
        std::process::Command::new(env!("CARGO_BIN_EXE_dyad"))
            .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--data"])
            .arg(dir.data())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(20), "server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let json = |path: &str| -> serde_json::Value {
        let (status, body) = get(port, path);
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
    };
    assert_eq!(json("/api/stats")["articles"], 5);
    let quotes = json("/api/quotes?speaker=Peskov");
    assert!(quotes["items"].as_array().unwrap().iter().any(|q| q["text"] == "Too early yet."));
    let events = json("/api/events?source=USA&target=RUS");
    assert!(!events["items"].as_array().unwrap().is_empty());
    let timeline = json("/api/timeline?actor=USA&other=RUS&by=month");
    assert!(timeline["months"].is_array());
    let articles = json("/api/articles");
    let id = articles["items"][0]["id"].as_str().unwrap().to_owned();
    let one = json(&format!("/api/articles/{id}"));
    assert!(one["text"].is_string() && one["entities"].is_array() && one["events"].is_array());
    assert!(json("/api/entities?q=Putin")["items"][0]["id"] == "person/vladimir_putin");
    assert!(json("/api/stories")["items"].as_array().is_some_and(|s| !s.is_empty()));
    assert!(json("/api/search?q=optimism")["items"].as_array().is_some_and(|s| !s.is_empty()));
    let (status, body) = get(port, "/api/articles/nope");
    assert_eq!(status, 404);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap()["status"], 404);
    let (status, _) = get(port, "/api/quotes?limit=100000");
    assert_eq!(status, 400);
    let (status, _) = get(port, "/api/events?from=someday");
    assert_eq!(status, 400);
});
