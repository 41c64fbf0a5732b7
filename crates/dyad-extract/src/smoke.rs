//! Random-input smoke tests for every parser: deterministic, fast, run with the unit tests.
//! The deep runs are the cargo-fuzz targets in `fuzz/`.

use crate::{Hints, Kind, Options, WarcReader, extract, read_feed, read_jsonl};

/// xorshift64*: a fixed sequence of pseudo-random numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Byte soup built from pieces that matter to the parsers.
fn soup(rng: &mut Rng, pieces: &[&[u8]], len: usize) -> Vec<u8> {
    let mut out = Vec::new();
    while out.len() < len {
        if rng.below(4) == 0 {
            out.push(rng.next() as u8);
        } else {
            out.extend_from_slice(pieces[rng.below(pieces.len())]);
        }
    }
    out
}

const HTML: &[&[u8]] = &[
    b"<",
    b">",
    b"</",
    b"<p>",
    b"</p>",
    b"<div class=\"ad\">",
    b"</div>",
    b"<script>",
    b"</script>",
    b"<!--",
    b"-->",
    b"&amp;",
    b"&#8217;",
    b"&#x",
    b";",
    b"\"",
    b"'",
    b"=",
    b"<meta charset=utf-8>",
    b"<title>",
    b"</title>",
    b"<br>",
    b"\n\n",
    b"\xe2\x80\x9c",
    b"\xe2\x80\x9d",
    b"Putin said",
    b" ",
    b"\xff",
    b"<article>",
    b"<![CDATA[",
    b"]]>",
    b"PUBLISHED : 11 May 2017",
    b"See also:",
    b"\xc3",
];

#[test]
fn pages_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let opts = Options { max_bytes: 1 << 16 };
    for round in 0..400 {
        let len = rng.below(3000);
        let data = soup(&mut rng, HTML, len);
        let kind = [None, Some(Kind::Html), Some(Kind::Text)][round % 3];
        if let Ok(a) = extract(&data, &Hints { id: "s".into(), kind, ..Hints::default() }, &opts) {
            assert!(!a.text.is_empty());
        }
    }
}

#[test]
fn containers_never_panic() {
    let mut rng = Rng(42);
    let warc: &[&[u8]] = &[
        b"WARC/1.0\r\n",
        b"WARC-Type: response\r\n",
        b"Content-Length: 12\r\n",
        b"\r\n",
        b"HTTP/1.1 200 OK\r\n",
        b"Content-Type: text/html\r\n",
        b"<p>x</p>",
        b":",
        b"9999999999999999999",
    ];
    let jsonl: &[&[u8]] = &[
        b"{",
        b"}",
        b"\"text\":",
        b"\"html\":",
        b"\"published\":",
        b"\"2019-01-01\"",
        b"\"x\"",
        b",",
        b"\n",
        b"\\u12",
        b"null",
    ];
    let feed: &[&[u8]] = &[
        b"<rss>",
        b"<channel>",
        b"<item>",
        b"</item>",
        b"<title>",
        b"</title>",
        b"<description>",
        b"</description>",
        b"<feed>",
        b"<entry>",
        b"<link href='x'/>",
        b"&lt;p&gt;",
        b"&bogus;",
        b"<![CDATA[",
        b"]]>",
    ];
    for _ in 0..300 {
        let len = rng.below(2000);
        let data = soup(&mut rng, warc, len);
        for _ in WarcReader::new(&data[..], "w", 1 << 12).take(1000) {}
        let len = rng.below(2000);
        let data = soup(&mut rng, jsonl, len);
        for _ in read_jsonl(&data[..], "j", 1 << 12) {}
        let len = rng.below(2000);
        let data = soup(&mut rng, feed, len);
        let _ = read_feed(&data, "f");
    }
}
