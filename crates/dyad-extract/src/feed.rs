//! RSS 2.0 and Atom 1.0 feed files whose items carry the article (`content:encoded`,
//! `content`, or at least `description`/`summary`).

use crate::html::decode_entities;
use crate::{Error, Hints, Kind, RawDoc, Result};
use dyad_core::PartialDate;
use quick_xml::events::Event;

#[derive(Default)]
struct Item {
    title: Option<String>,
    link: Option<String>,
    published: Option<String>,
    updated: Option<String>,
    author: Option<String>,
    content: Option<String>,
    summary: Option<String>,
}

/// Reads the items of an RSS or Atom feed. Each item becomes a [`RawDoc`] with id `NAME:N`
/// (1-based), the item's link, date, author and title as hints, and its HTML content as body.
/// An item without content is an error for that item only; a feed that is not well-formed XML
/// keeps the items read before the fault and ends with the error.
pub fn read_feed(bytes: &[u8], name: &str) -> Vec<Result<RawDoc>> {
    let mut out = Vec::new();
    let mut reader = quick_xml::Reader::from_reader(bytes);
    reader.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut channel_title: Option<String> = None;
    let mut item: Option<Item> = None;
    let mut text = String::new();
    let mut count = 0usize;
    let mut saw_root = false;
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(e) => e,
            Err(e) => {
                out.push(Err(Error::Feed {
                    reason: format!(
                        "not well-formed XML at byte {}: {e}",
                        reader.buffer_position()
                    ),
                }));
                break;
            }
        };
        match event {
            Event::Start(e) => {
                let tag = e.name().as_ref().to_ascii_lowercase();
                if path.is_empty() {
                    saw_root = matches!(tag.as_str(), "rss" | "feed" | "rdf:rdf");
                    if !saw_root {
                        out.push(Err(Error::Feed {
                            reason: format!("root element <{tag}> is not <rss> or <feed>"),
                        }));
                        break;
                    }
                }
                if matches!(tag.as_str(), "item" | "entry") {
                    item = Some(Item::default());
                }
                if tag == "link"
                    && let Some(it) = item.as_mut()
                    && let Some(href) = link_href(&e)
                {
                    it.link.get_or_insert(href);
                }
                path.push(tag);
                text.clear();
            }
            Event::Empty(e) => {
                let tag = e.name().as_ref().to_ascii_lowercase();
                if tag == "link"
                    && let Some(it) = item.as_mut()
                    && let Some(href) = link_href(&e)
                {
                    it.link.get_or_insert(href);
                }
            }
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::CData(t) => text.push_str(&t.into_inner()),
            Event::GeneralRef(r) => {
                let reference = format!("&{};", &*r);
                text.push_str(&decode_entities(&reference, false));
            }
            Event::End(_) => {
                let Some(tag) = path.pop() else { continue };
                let value = std::mem::take(&mut text).trim().to_owned();
                let parent = path.last().map(String::as_str).unwrap_or("");
                if matches!(tag.as_str(), "item" | "entry") {
                    if let Some(it) = item.take() {
                        count += 1;
                        out.push(to_raw(it, count, name, channel_title.as_deref()));
                    }
                    continue;
                }
                match item.as_mut() {
                    Some(it) => {
                        let v = || Some(value.clone()).filter(|v| !v.is_empty());
                        match tag.as_str() {
                            "title" => it.title = v(),
                            "link" if it.link.is_none() => it.link = v(),
                            "pubdate" | "published" | "dc:date" => it.published = v(),
                            "updated" => it.updated = v(),
                            "dc:creator" | "author" => it.author = it.author.take().or_else(v),
                            "name" if parent == "author" => it.author = v(),
                            "content:encoded" | "content" => it.content = v(),
                            "description" | "summary" => it.summary = v(),
                            _ => {}
                        }
                    }
                    None if tag == "title" && matches!(parent, "channel" | "feed") => {
                        channel_title = Some(value)
                    }
                    None => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !saw_root && out.is_empty() {
        out.push(Err(Error::Feed { reason: "no <rss> or <feed> element".into() }));
    }
    out
}

fn link_href(e: &quick_xml::events::BytesStart<'_>) -> Option<String> {
    let mut href = None;
    let mut alternate = true;
    for a in e.attributes().flatten() {
        let value = decode_entities(&a.value, true).into_owned();
        match a.key.as_ref() {
            "href" => href = Some(value),
            "rel" => alternate = value == "alternate",
            _ => {}
        }
    }
    href.filter(|_| alternate)
}

fn to_raw(it: Item, n: usize, name: &str, channel: Option<&str>) -> Result<RawDoc> {
    let body = it.content.or(it.summary).ok_or_else(|| Error::Feed {
        reason: format!("item {n} has no content, description or summary"),
    })?;
    Ok(RawDoc {
        hints: Hints {
            id: format!("{name}:{n}").into(),
            url: it.link,
            published: it.published.or(it.updated).as_deref().and_then(PartialDate::parse_text),
            source: channel.map(str::to_owned),
            title: it.title,
            author: it.author,
            charset: Some("utf-8".into()),
            kind: Some(Kind::Html),
        },
        body: body.into_bytes(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_with_full_content() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Daily Ledger</title>
<item><title>Talks resume &amp; stall</title><link>https://ledger.example/a</link>
<pubDate>Wed, 13 Mar 2019 09:00:00 +0000</pubDate><dc:creator>Ana Ruiz</dc:creator>
<content:encoded><![CDATA[<p>Negotiators met in Geneva.</p>]]></content:encoded></item>
<item><title>No body</title></item>
</channel></rss>"#;
        let out = read_feed(rss.as_bytes(), "ledger.rss");
        let first = out[0].as_ref().unwrap();
        assert_eq!(first.hints.id.as_str(), "ledger.rss:1");
        assert_eq!(first.hints.title.as_deref(), Some("Talks resume & stall"));
        assert_eq!(first.hints.source.as_deref(), Some("Daily Ledger"));
        assert_eq!(first.hints.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(first.hints.published.unwrap().to_string(), "2019-03-13");
        assert_eq!(first.body, b"<p>Negotiators met in Geneva.</p>");
        assert!(matches!(&out[1], Err(Error::Feed { reason }) if reason.contains("item 2")));
    }

    #[test]
    fn atom_entries_with_escaped_html() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Asia Courier</title>
<entry><title>Summit opens</title><link rel="alternate" href="https://courier.example/s"/>
<published>2019-06-28T08:00:00Z</published><author><name>Ken Sato</name></author>
<content type="html">&lt;p&gt;Leaders arrived in Osaka.&lt;/p&gt;</content></entry></feed>"#;
        let out = read_feed(atom.as_bytes(), "courier.atom");
        let e = out[0].as_ref().unwrap();
        assert_eq!(e.hints.url.as_deref(), Some("https://courier.example/s"));
        assert_eq!(e.hints.author.as_deref(), Some("Ken Sato"));
        assert_eq!(e.body, b"<p>Leaders arrived in Osaka.</p>");
    }

    #[test]
    fn malformed_feeds_are_errors() {
        assert!(matches!(&read_feed(b"<html><p>x</p></html>", "x")[..], [Err(Error::Feed { .. })]));
        assert!(matches!(&read_feed(b"", "x")[..], [Err(Error::Feed { .. })]));
        let cut = read_feed(
            b"<rss><channel><item><title>a</title><description>b</description></item><item><title",
            "x",
        );
        assert!(cut[0].is_ok());
        assert!(cut.last().unwrap().is_err());
    }
}
