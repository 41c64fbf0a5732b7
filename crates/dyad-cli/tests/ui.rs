//! The web UI in headless Chromium: a reader's path through it, on a laptop and a phone, and
//! a hostile article whose markup must never run. Screenshots go to `target/screenshots/`.

use crate::browser::{Browser, chromium, screenshot_dir};
use crate::server::{Server, ingest_corpus};
use crate::util::Dir;
use serde_json::Value;

/// Whether the page scrolls sideways (it should not, on a phone either).
fn overflows(b: &mut Browser) -> bool {
    b.eval("document.documentElement.scrollWidth > window.innerWidth + 1") == Value::Bool(true)
}

fn count(b: &mut Browser, selector: &str) -> u64 {
    b.eval(&format!("document.querySelectorAll({}).length", serde_json::json!(selector)))
        .as_u64()
        .unwrap_or(0)
}

fn text(b: &mut Browser, selector: &str) -> String {
    b.eval(&format!("document.querySelector({})?.textContent ?? ''", serde_json::json!(selector)))
        .as_str()
        .unwrap_or("")
        .to_owned()
}

/// Console lines about the Content-Security-Policy (a refused inline script or style).
fn csp_violations(b: &Browser) -> Vec<String> {
    b.console
        .iter()
        .filter(|m| m.contains("Content Security Policy") || m.contains("Refused to"))
        .cloned()
        .collect()
}

#[test]
fn ui_search_article_entity_timeline_on_a_laptop_and_a_phone() {
    let Some(chromium) = chromium() else { return };
    let dir = Dir::new("ui");
    ingest_corpus(&dir);
    let s = Server::start(&dir.data());
    let mut b = Browser::launch(&chromium, 1280, 900);

    // Search from the home page's box.
    b.goto(&s.url("/"));
    b.screenshot("01-home");
    b.type_and_enter(".bigsearch input[name=q]", "Peskov Kremlin");
    assert!(
        b.eval("location.pathname + location.search")
            .as_str()
            .unwrap()
            .starts_with("/search?q=Peskov")
    );
    assert!(count(&mut b, ".hit") > 0, "hits for Peskov");
    assert!(count(&mut b, ".facet") > 0, "facets");
    b.screenshot("02-search");

    // → an article, its layers marked.
    b.click(".hit .meta a[href^='/articles/'], .hit h3 a[href^='/articles/']", None);
    assert!(b.eval("location.pathname").as_str().unwrap().starts_with("/articles/"));
    assert!(count(&mut b, ".text a.m") > 5, "entity mentions are links");
    assert!(count(&mut b, ".text .qt") > 0, "quotes are marked");
    b.screenshot("03-article");

    // → an entity, from one of its mentions.
    b.click(".text a.m[data-e='person/vladimir_putin']", None);
    assert_eq!(text(&mut b, "h1"), "Vladimir Putin");
    assert!(count(&mut b, "#over-time svg.chart rect.bar") > 0, "mentions over time");
    assert!(count(&mut b, "#co-mentioned li") > 0);
    b.screenshot("04-entity");

    // → a dyad timeline, from the entity's partners.
    b.click("#partners a", Some("Donald Trump"));
    assert!(b.eval("location.pathname").as_str() == Some("/timeline"));
    assert!(count(&mut b, "#chart svg.chart rect.bar") > 0, "relations over time");
    assert!(count(&mut b, ".tl li") > 0, "events listed");
    b.screenshot("05-timeline");

    // The goal: Peskov's quotes and the US–Russia timeline, each one click from the start.
    b.goto(&s.url("/"));
    b.click("#quoted a", Some("Dmitry Peskov"));
    assert_eq!(text(&mut b, "h1"), "Dmitry Peskov");
    assert!(count(&mut b, "#quotes blockquote") >= 10, "Peskov's quotes");
    b.screenshot("06-peskov-quotes");
    b.goto(&s.url("/"));
    b.click("#relations a", Some("Russia ↔ United States"));
    assert!(text(&mut b, "h1").contains("Russia ↔ United States"));
    assert!(count(&mut b, "#chart svg.chart rect.bar") > 0);
    assert!(
        b.eval("document.body.innerText.includes('Discuss by telephone')") == Value::Bool(true)
    );
    b.screenshot("07-us-russia-timeline");

    // A story with its folded copies.
    let stories = s.json("/api/stories?limit=100");
    let folded = stories["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|st| st["id"].as_str().unwrap().to_owned())
        .find(|id| {
            let story = s.json(&format!("/api/stories/{id}"));
            story["groups"]
                .as_array()
                .unwrap()
                .iter()
                .any(|g| g["copies"].as_array().is_some_and(|c| !c.is_empty()))
        })
        .expect("a story with copies");
    b.goto(&s.url("/stories"));
    b.click(&format!(".storylist h3 a[href='/stories/{folded}']"), None);
    assert!(count(&mut b, "#outlets li") > 1, "the outlets that ran it");
    assert!(count(&mut b, "details.copies li") > 0, "folded copies");
    b.screenshot("08-story");

    // Our own script and stylesheet load under the CSP, and nothing was refused.
    assert!(b.eval("document.documentElement.classList.contains('js')") == Value::Bool(true));
    assert!(csp_violations(&b).is_empty(), "{:?}", csp_violations(&b));
    assert!(b.dialogs.is_empty());
    assert!(!overflows(&mut b));

    // A phone: every page fits its width.
    b.viewport(390, 844, true);
    for (name, path) in [
        ("09-phone-home", "/".to_owned()),
        ("10-phone-search", "/search?q=arms%20control".to_owned()),
        ("11-phone-article", "/articles/arms-geneva-second-round".to_owned()),
        ("12-phone-entity", "/entities/person/dmitry_peskov".to_owned()),
        ("13-phone-timeline", "/timeline?a=RUS&b=USA".to_owned()),
    ] {
        b.goto(&s.url(&path));
        assert!(!overflows(&mut b), "{path} scrolls sideways on a phone");
        b.screenshot_window(name);
    }
    eprintln!("screenshots in {}", screenshot_dir().display());
}

/// A page from a hostile site: scripts, event handlers and markup as text everywhere a
/// stored string can surface (headline, outlet, text, quote, URL).
const HOSTILE: &str = r#"{"url": "javascript:window.__pwned='url'", "title": "<script>window.__pwned='title'</script><img src=x onerror=\"window.__pwned='title-img'\">", "published": "2019-10-10", "html": "<html><head><meta property=\"og:site_name\" content=\"<svg onload=window.__pwned='outlet'>\"><script>window.__pwned='head'</script></head><body><article><h1>Kremlin &lt;script&gt;window.__pwned='h1'&lt;/script&gt; answers</h1><p onclick=\"window.__pwned='p'\">MOSCOW &mdash; Kremlin spokesman Dmitry Peskov said on Tuesday that Russia and the United States would talk again. &lt;img src=x onerror=\"window.__pwned='text-img'\"&gt; was printed on the page.</p><p>&ldquo;&lt;script&gt;alert('quote')&lt;/script&gt; is not a serious proposal&rdquo;, Peskov told reporters in Moscow.</p><p>Vladimir Putin met Donald Trump in Osaka on Friday &lt;iframe src=javascript:alert(1)&gt; and the two leaders discussed arms control; &quot;&gt;&lt;svg onload=alert(2)&gt; said nothing.</p><script>window.__pwned='body'</script><img src=x onerror=\"window.__pwned='body-img'\"></article></body></html>"}"#;

#[test]
fn ui_hostile_article_runs_no_script() {
    let Some(chromium) = chromium() else { return };
    let dir = Dir::new("ui-hostile");
    let input = dir.create("hostile.jsonl", format!("{HOSTILE}\n"));
    dir.command().arg("ingest").arg(&input).arg("--data").arg(dir.data()).stdout();
    let s = Server::start(&dir.data());
    let articles = s.json("/api/articles");
    let id = articles["items"][0]["id"].as_str().expect("the hostile article is stored").to_owned();
    let stored = s.json(&format!("/api/articles/{}", id.replace(':', "%3A")));
    let text = stored["text"].as_str().unwrap();
    assert!(text.contains("<img src=x onerror="), "the text holds markup as text: {text}");

    let mut b = Browser::launch(&chromium, 1280, 900);
    let story = stored["story"].as_str().unwrap_or_default().to_owned();
    let article = format!("/articles/{}", id.replace(':', "%3A"));
    let pages = [
        article.clone(),
        "/".to_owned(),
        "/search?q=script".to_owned(),
        "/search?q=onerror%20pwned".to_owned(),
        "/search?kind=quote&q=proposal".to_owned(),
        "/entities/person/dmitry_peskov".to_owned(),
        format!("/stories/{story}"),
        "/stories".to_owned(),
        "/timeline?a=RUS&b=USA".to_owned(),
        "/entities".to_owned(),
    ];
    for (i, path) in pages.iter().enumerate() {
        b.goto(&s.url(path));
        // Give timers and handlers a moment, then look.
        b.eval("new Promise(r => setTimeout(r, 150))");
        let pwned = b.eval("typeof window.__pwned === 'undefined' ? null : String(window.__pwned)");
        assert!(pwned.is_null(), "{path}: a script ran ({pwned})");
        assert_eq!(count(&mut b, "script"), 1, "{path}: only our own script element");
        assert_eq!(count(&mut b, "iframe, object, embed"), 0, "{path}");
        let handlers = b.eval(
            "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on')).length",
        );
        assert_eq!(handlers, 0, "{path}: no event-handler attribute made it into the page");
        assert_eq!(count(&mut b, "a[href^='javascript:' i]"), 0, "{path}");
        b.screenshot(&format!("hostile-{i:02}"));
    }
    // The markup shows as text, where it was.
    b.goto(&s.url(&article));
    let shown = b.eval("document.body.innerText").as_str().unwrap_or("").to_owned();
    assert!(shown.contains("<img src=x onerror="), "{shown}");
    assert!(shown.contains("<script>alert('quote')</script>"), "{shown}");
    assert!(b.dialogs.is_empty(), "dialogs opened: {:?}", b.dialogs);
    assert!(csp_violations(&b).is_empty(), "{:?}", csp_violations(&b));
}
