//! The extraction entry point: bytes (or decoded text) to an [`Article`].

use crate::chrome::{date_line, is_update_line, mend_broken_paragraphs, strip_chrome};
use crate::html::{self, collapse_whitespace};
use crate::{Error, Result, content, dateline, decode, meta, plaintext, vocab};
use dyad_core::{Article, ArticleId, PartialDate};

/// What the input is, when the caller knows (from a file name, a content type or a container).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An HTML page or fragment.
    Html,
    /// Plain text (possibly a page saved as text, with its chrome).
    Text,
}

/// What the caller already knows about an input, from its file or container. Page metadata
/// wins over hints except for `id`.
#[derive(Debug, Clone, Default)]
pub struct Hints {
    /// The article id to give the result.
    pub id: ArticleId,
    /// The URL the page came from.
    pub url: Option<String>,
    /// A publication date from the container (feed, JSON Lines record).
    pub published: Option<PartialDate>,
    /// The outlet's name (a feed's title).
    pub source: Option<String>,
    /// A title from the container (a feed item's title).
    pub title: Option<String>,
    /// An author from the container.
    pub author: Option<String>,
    /// A charset label from the container (an HTTP `Content-Type`).
    pub charset: Option<String>,
    /// HTML or text, when known; sniffed otherwise.
    pub kind: Option<Kind>,
}

/// Limits that keep pathological input bounded.
#[derive(Debug, Clone)]
pub struct Options {
    /// Largest input, after decompression, that is read (bytes).
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options { max_bytes: 16 * 1024 * 1024 }
    }
}

/// Extracts an article from raw bytes: gunzips, refuses binary data, decodes the charset,
/// then runs [`extract_text`].
///
/// ```
/// use dyad_extract::{extract, Hints, Options};
/// let page = b"<html><head><title>Talks resume | Daily Ledger</title></head><body>
///   <nav><a href='/'>Home</a></nav>
///   <article><p>Negotiators met in Geneva on Tuesday, resuming talks that had stalled, officials said.</p></article>
///   </body></html>";
/// let article = extract(page, &Hints { id: "talks".into(), ..Hints::default() }, &Options::default()).unwrap();
/// assert_eq!(article.title.as_deref(), Some("Talks resume"));
/// assert!(article.text.starts_with("Negotiators met in Geneva"));
/// assert!(!article.text.contains("Home"));
/// ```
pub fn extract(bytes: &[u8], hints: &Hints, opts: &Options) -> Result<Article> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    let owned;
    let bytes = if decode::is_gzip(bytes) {
        owned = decode::gunzip(bytes, opts.max_bytes)?;
        &owned[..]
    } else {
        bytes
    };
    if bytes.len() > opts.max_bytes {
        return Err(Error::TooLarge { limit: opts.max_bytes });
    }
    decode::check_not_binary(bytes)?;
    let html_hint = hints.kind != Some(Kind::Text);
    let (text, _) = decode::decode_text(bytes, hints.charset.as_deref(), html_hint)?;
    extract_text(&text, hints)
}

/// Whether decoded text is HTML rather than plain text: it opens with a tag, or carries
/// paragraph and block tags.
pub fn looks_like_html(text: &str) -> bool {
    let head = text.get(..text.len().min(2048)).unwrap_or(text).trim_start().to_ascii_lowercase();
    if head.starts_with("<!doctype")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
    {
        return true;
    }
    let sample = text.get(..text.len().min(65536)).unwrap_or(text);
    let tags = ["<p>", "<p ", "</p>", "<div", "</div>", "<br", "<a href"]
        .iter()
        .map(|t| sample.matches(t).count())
        .sum::<usize>();
    tags >= 3 || head.starts_with('<') && tags >= 1
}

/// Extracts an article from decoded text (HTML or plain text, per `hints.kind` or sniffing).
pub fn extract_text(text: &str, hints: &Hints) -> Result<Article> {
    let is_html = match hints.kind {
        Some(Kind::Html) => true,
        Some(Kind::Text) => false,
        None => looks_like_html(text),
    };
    let mut article = Article { id: hints.id.clone(), ..Article::default() };
    let mut paragraphs;
    let mut title;
    if is_html {
        let dom = html::parse(text);
        let flags = vocab::page_flags(&dom);
        let m = meta::page_meta(&dom, &flags);
        paragraphs = content::main_paragraphs(&dom, &flags);
        title = m.title;
        article.published = m.published;
        article.author = m.author;
        article.source = m.site_name;
        article.url = m.url;
        article.lang = m.lang;
    } else {
        let page = plaintext::read_text_page(text);
        paragraphs = page.paragraphs;
        title = page.title;
    }
    // Date and byline lines inside the body are metadata, not text.
    paragraphs.retain(|p| match date_line(p) {
        Some(date) => {
            if article.published.is_none() && !is_update_line(p) {
                article.published = date;
            }
            false
        }
        None => match byline(p) {
            Some(name) => {
                article.author.get_or_insert(name);
                false
            }
            None => true,
        },
    });
    if let Some(site) = strip_chrome(&mut paragraphs) {
        article.source.get_or_insert(site);
    }
    mend_broken_paragraphs(&mut paragraphs);
    title = title
        .or_else(|| hints.title.clone())
        .map(|t| collapse_whitespace(&html::decode_entities(&t, false)));
    if let Some(t) = &title {
        // The headline repeated at the top of the body is the title, not text.
        while paragraphs.first().is_some_and(|p| p == t) {
            paragraphs.remove(0);
        }
    }
    // A one-line text (a JSON Lines record holding one sentence) is text, not a headline.
    if paragraphs.is_empty()
        && !is_html
        && let Some(t) = title.take()
    {
        paragraphs.push(t);
    }
    if paragraphs.is_empty() {
        return Err(Error::NoText);
    }
    article.dateline = paragraphs.first().and_then(|p| dateline::dateline(p));
    // Agency copy with no outlet of its own: the agency in the dateline is the source.
    let agency = article.dateline.as_deref().and_then(dateline::agency);
    article.text = paragraphs.join("\n\n");
    article.title = title;
    article.url = article.url.or_else(|| hints.url.clone());
    article.published = article.published.or(hints.published);
    article.author = article.author.or_else(|| hints.author.clone());
    article.source = article
        .source
        .or_else(|| hints.source.clone())
        .or_else(|| article.url.as_deref().and_then(host))
        .or(agency);
    if article.lang.is_none() {
        article.lang = whatlang::detect_lang(
            article.text.get(..article.text.len().min(4096)).unwrap_or(&article.text),
        )
        .map(|l| iso639_1(l).to_owned());
    }
    Ok(article)
}

/// `By Jane Doe` (or `Written by Jane Doe`) as a paragraph of its own: the author's name.
fn byline(p: &str) -> Option<String> {
    let rest = ["By ", "BY ", "Written by ", "Words by ", "Story by ", "Text by "]
        .iter()
        .find_map(|prefix| p.strip_prefix(prefix))?;
    let words = rest.split_whitespace().count();
    ((1..=8).contains(&words) && !rest.ends_with('.') || rest.ends_with(" Jr."))
        .then(|| rest.trim().to_owned())
}

/// The host of a URL without `www.`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    (!host.is_empty()).then(|| host.trim_start_matches("www.").to_owned())
}

fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Eng => "en",
        Rus => "ru",
        Fra => "fr",
        Deu => "de",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ukr => "uk",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Ara => "ar",
        Tur => "tr",
        Pol => "pl",
        Nld => "nl",
        Swe => "sv",
        Dan => "da",
        Fin => "fi",
        Ell => "el",
        Heb => "he",
        Hin => "hi",
        Ind => "id",
        Vie => "vi",
        Tha => "th",
        Ces => "cs",
        Ron => "ro",
        Hun => "hu",
        Bul => "bg",
        Pes => "fa",
        Urd => "ur",
        Ben => "bn",
        Nob => "no",
        Hrv => "hr",
        Srp => "sr",
        Slk => "sk",
        Slv => "sl",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Bel => "be",
        Kat => "ka",
        Hye => "hy",
        Aze => "az",
        Tgl => "tl",
        Cat => "ca",
        Afr => "af",
        Epo => "eo",
        Lat => "la",
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints(id: &str) -> Hints {
        Hints { id: id.into(), ..Hints::default() }
    }

    #[test]
    fn text_page_with_chrome() {
        let page = "Donald Trump\n\nKremlin has cautious optimism ahead of meeting\n\nPUBLISHED : Thursday, 11 May, 2017, 6:57pm\nUPDATED : Thursday, 11 May, 2017, 11:03pm\n\nThe Kremlin feels cautious optimism, a Kremlin spokesman said on Thursday.\n\nWatch: Lavrov speaks\n\n“We have a lot of work ahead of us,” he said.\n\nRobert Delaney, Reuters, Kyodo";
        let a = extract(page.as_bytes(), &hints("seed"), &Options::default()).unwrap();
        assert_eq!(a.title.as_deref(), Some("Kremlin has cautious optimism ahead of meeting"));
        assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2017-05-11"));
        assert_eq!(
            a.text,
            "The Kremlin feels cautious optimism, a Kremlin spokesman said on Thursday.\n\n“We have a lot of work ahead of us,” he said."
        );
        assert_eq!(a.lang.as_deref(), Some("en"));
    }

    #[test]
    fn html_fragment_in_a_text_file() {
        let page = "<div class=\"wpcnt\"><div class=\"wpa\"><span class=\"wpa-about\">Advertisements</span><amp-ad width=\"300\"></amp-ad></div></div><p>President Vladimir Putin&#8217;s meeting with Rex Tillerson has not produced any shift, the Kremlin says.</p>\n<p>&#8220;Too early yet,&#8221; Mr Peskov said.<br />\nRussian Foreign Minister Sergey Lavrov said more.</p>\n<script>var x = 1;</script>\nDiscover more from London Glossy Post\nSubscribe to get the latest posts sent to your email.";
        let a = extract(page.as_bytes(), &hints("wp"), &Options::default()).unwrap();
        assert_eq!(
            a.text,
            "President Vladimir Putin’s meeting with Rex Tillerson has not produced any shift, the Kremlin says.\n\n“Too early yet,” Mr Peskov said.\n\nRussian Foreign Minister Sergey Lavrov said more."
        );
        assert_eq!(a.source.as_deref(), Some("London Glossy Post"));
    }

    /// Pathological pages come back (with an article or an error) in bounded time.
    #[test]
    fn pathological_pages_are_bounded() {
        let o = Options::default();
        let started = std::time::Instant::now();
        let para = "<p>Negotiators met in Geneva on Tuesday, resuming talks that had stalled for months, officials said.</p>";
        // Deep nesting: 100,000 unclosed elements around the text.
        let deep = format!("{}{para}", "<div><section>".repeat(50_000));
        assert!(extract(deep.as_bytes(), &hints("deep"), &o).is_ok());
        let deep = format!("{}{para}", "<div><span><a>".repeat(70_000));
        let _ = extract(deep.as_bytes(), &hints("deep-links"), &o);
        // Wide: one element with 100,000 children, and 100,000 unclosed paragraphs.
        let wide = format!("<div class=entry>{}</div>{para}", "<i></i>".repeat(100_000));
        assert!(extract(wide.as_bytes(), &hints("wide"), &o).is_ok());
        let unclosed = "<p>word ".repeat(100_000);
        let _ = extract(unclosed.as_bytes(), &hints("unclosed"), &o);
        // Broken markup: an unclosed comment, script and attribute swallow the rest.
        for broken in ["<!--", "<script>", "<div class=\"", "<title>", "<textarea>"] {
            let page = format!("{para}{broken}{}", para.repeat(1000));
            let _ = extract(page.as_bytes(), &hints("broken"), &o);
        }
        // Many short blocks (a huge table): neighbour lookups stay linear.
        let table =
            format!("<table>{}</table>{para}", "<tr><td>1</td><td>x</td></tr>".repeat(20_000));
        assert!(extract(table.as_bytes(), &hints("table"), &o).is_ok());
        assert!(started.elapsed().as_secs() < 60, "took {:?}", started.elapsed());
        // Over the size limit (50 MB by default is refused before any parsing).
        let huge = vec![b'a'; 50 << 20];
        assert!(matches!(extract(&huge, &hints("huge"), &o), Err(Error::TooLarge { .. })));
    }

    #[test]
    fn bad_inputs_are_errors() {
        let o = Options::default();
        assert!(matches!(extract(b"", &hints("e"), &o), Err(Error::Empty)));
        assert!(matches!(extract(b"  \n", &hints("e"), &o), Err(Error::Empty)));
        assert!(matches!(
            extract(b"\x00\x01\x02binary", &hints("b"), &o),
            Err(Error::Binary { .. })
        ));
        assert!(matches!(
            extract(b"<html><nav>x</nav></html>", &hints("n"), &o),
            Err(Error::NoText)
        ));
        let small = Options { max_bytes: 10 };
        assert!(matches!(
            extract(b"0123456789012", &hints("l"), &small),
            Err(Error::TooLarge { limit: 10 })
        ));
    }
}
