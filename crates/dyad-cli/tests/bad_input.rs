//! Every unreadable input gets one line naming it and the reason; the rest is still stored;
//! the exit code says some inputs failed.

use crate::hay::TALKS_HTML;
use crate::util::{Dir, TestCommand};

/// Ingests `talks.html` (good) and `name` (bad) and checks the report and the store.
fn one_bad(dir: &Dir, cmd: &mut TestCommand, name: &str, contents: &[u8], reason: &str) {
    dir.create("in/talks.html", TALKS_HTML);
    dir.create(&format!("in/{name}"), contents);
    let (out, err) = cmd
        .arg("ingest")
        .arg(dir.path().join("in"))
        .arg("--data")
        .arg(dir.data())
        .assert_exit_code(1);
    let line = err
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("no line names {name}: {err}"));
    assert!(line.starts_with("dyad: ") && line.contains(reason), "{line}");
    assert!(out.contains("ingested 1 new article"), "{out}");
    assert!(err.contains("1 input(s) could not be read"), "{err}");
    let stored = dir.command().args(["quotes", "--json", "--data"]).arg(dir.data()).stdout();
    assert!(stored.contains("frank and useful"), "the good file is stored: {stored}");
}

dyadtest!(bad_binary_garbage, |dir: Dir, mut cmd: TestCommand| {
    one_bad(
        &dir,
        &mut cmd,
        "garbage.html",
        &[0x7f, b'E', b'L', b'F', 0, 1, 2, 3, 0, 0, 0xff, 0xfe],
        "binary data",
    );
});

dyadtest!(bad_empty_file, |dir: Dir, mut cmd: TestCommand| {
    one_bad(&dir, &mut cmd, "empty.txt", b"", "empty input");
});

dyadtest!(bad_invalid_utf8_json_line, |dir: Dir, mut cmd: TestCommand| {
    one_bad(&dir, &mut cmd, "feed.jsonl", b"{\"text\": \"caf\xe9 \xff\xfe\"}\n", "invalid UTF-8");
});

dyadtest!(bad_truncated_gzip, |dir: Dir, mut cmd: TestCommand| {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(TALKS_HTML.repeat(20).as_bytes()).unwrap();
    let bytes = gz.finish().unwrap();
    one_bad(&dir, &mut cmd, "cut.html.gz", &bytes[..bytes.len() / 2], "bad gzip data");
});

dyadtest!(bad_malformed_warc, |dir: Dir, mut cmd: TestCommand| {
    one_bad(
        &dir,
        &mut cmd,
        "crawl.warc",
        b"WARC/1.0\r\nWARC-Type: response\r\nthis is not a header\r\n\r\n",
        "WARC record at byte 0",
    );
});

dyadtest!(bad_malformed_json_line, |dir: Dir, mut cmd: TestCommand| {
    one_bad(&dir, &mut cmd, "wire.jsonl", b"{\"url\": \"x\", \"text\": \n", "line 1");
});

dyadtest!(bad_malformed_feed, |dir: Dir, mut cmd: TestCommand| {
    one_bad(
        &dir,
        &mut cmd,
        "news.rss",
        b"<rss><channel><item><title>x</title></item></channel></rss>",
        "no content",
    );
});

dyadtest!(bad_fifty_megabyte_page, |dir: Dir, mut cmd: TestCommand| {
    let mut page = b"<html><body><p>".to_vec();
    page.resize(50 * 1024 * 1024, b'a');
    one_bad(&dir, &mut cmd, "huge.html", &page, "too large");
});

#[cfg(unix)]
dyadtest!(bad_directory_loop, |dir: Dir, mut cmd: TestCommand| {
    dir.create("in/talks.html", TALKS_HTML);
    std::os::unix::fs::symlink(dir.path().join("in"), dir.path().join("in/loop")).unwrap();
    let (out, err) = cmd
        .arg("ingest")
        .arg(dir.path().join("in"))
        .arg("--data")
        .arg(dir.data())
        .assert_exit_code(1);
    assert!(err.lines().any(|l| l.contains("loop") && l.contains("directory loop")), "{err}");
    assert!(out.contains("ingested 1 new article"), "{out}");
});

dyadtest!(bad_missing_path_and_usage, |dir: Dir, mut cmd: TestCommand| {
    let (_, err) = cmd.args(["extract", "nowhere.html"]).assert_exit_code(1);
    assert!(err.contains("nowhere.html") && err.contains("No such file"), "{err}");
    let (_, err) = dir.command().args(["events", "--from", "soon"]).assert_exit_code(2);
    assert!(err.contains("not a date"), "{err}");
    let (_, err) = dir.command().args(["quotes", "--data", "no-store-here"]).assert_exit_code(2);
    assert!(err.contains("no store at no-store-here"), "{err}");
});

dyadtest!(closed_stdout_is_not_an_error, |dir: Dir, cmd: TestCommand| {
    for i in 0..40 {
        dir.create(&format!("in/t{i}.html"), TALKS_HTML.replace("frank", &format!("frank {i}")));
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["extract", "--json"])
        .arg(dir.path().join("in"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close the pipe, as `| head -1` does.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let _ = cmd;
});
