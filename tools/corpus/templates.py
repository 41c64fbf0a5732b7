"""Page templates for the invented outlets of dyad's sample corpus.

Each renderer takes a resolved article dict (see make_corpus.resolve) and returns a str.
Everything here is deterministic: no clocks, no randomness.
"""
import html
import json
import re

from outlets import OUTLETS, FILLER_HEADLINES, COMMENTS

# --------------------------------------------------------------------------- text helpers

NAMED = {
    "\u2019": "&rsquo;", "\u2018": "&lsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;",
    "\u2014": "&mdash;", "\u2013": "&ndash;", "\u2026": "&hellip;", "\u00a0": "&nbsp;",
}
NUMERIC = {
    "\u2019": "&#8217;", "\u2018": "&#8216;", "\u201c": "&#8220;", "\u201d": "&#8221;",
    "\u2014": "&#8212;", "\u2013": "&#8211;", "\u2026": "&#8230;", "\u00a0": "&nbsp;",
    "\u00ab": "&#171;", "\u00bb": "&#187;",
}


def esc(text, style="raw"):
    """Escape text for an HTML text node. style: raw (UTF-8 characters), named or numeric entities.
    A no-break space is always written as &nbsp;."""
    s = html.escape(text, quote=False)
    table = {"raw": {"\u00a0": "&nbsp;"}, "named": NAMED, "numeric": NUMERIC}[style]
    return "".join(table.get(ch, ch) for ch in s)


def attr(text):
    return html.escape(text, quote=True)


def describe(a, n=155):
    s = a["paragraphs"][0]
    if a.get("dateline") and s.startswith(a["dateline"]):
        s = re.sub(r"^\s*(\([^)]*\))?\s*[—–-]+\s*", "", s[len(a["dateline"]):])
    if len(s) > n:
        s = s[:n].rsplit(" ", 1)[0] + "…"
    return s


def slug_words(a, k=3):
    return a["id"].split("-")[:k]


def img_name(a):
    return a["id"] + ".jpg"


# --------------------------------------------------------------------------- shared script blocks

TRACKER_DOCWRITE = """<script type="text/javascript">
  var _mp = _mp || [];
  _mp.push(['trackPageView']);
  _mp.push(['enableLinkTracking']);
  (function() {
    var u = "https://stats.%(domain)s/";
    _mp.push(['setTrackerUrl', u + 'm.php']);
    _mp.push(['setSiteId', '%(site)s']);
    document.write('<scr' + 'ipt type="text/javascript" async src="' + u + 'm.js"></scr' + 'ipt>');
  })();
</script>"""

GPT_SLOT = """<script>
  window.googletag = window.googletag || {cmd: []};
  googletag.cmd.push(function() {
    googletag.defineSlot('/2149/%(slot)s', [[728, 90], [970, 250]], '%(div)s').addService(googletag.pubads());
    googletag.pubads().enableSingleRequest();
    googletag.enableServices();
    googletag.display('%(div)s');
  });
</script>"""

WORDADS = """<div style="padding-bottom:15px;" class="wordads-tag" data-slot-type="belowpost">
  <div id="atatags-dynamic-belowpost-%(tag)s">
    <script type="text/javascript">
      window.getAdSnippetCallback = function () {
        if ( false === ( window.isWatlV1 ?? false ) ) {
          window.tudeMappings = window.tudeMappings || [];
          window.tudeMappings.push( {
            divId: 'atatags-dynamic-belowpost-%(tag)s',
            format: 'belowpost',
          } );
        }
      }
      if ( document.readyState === 'loading' ) {
        document.addEventListener( 'DOMContentLoaded', window.getAdSnippetCallback );
      } else {
        window.getAdSnippetCallback();
      }
    </script>
  </div>
</div>"""


def comments_html(a, cls="comments", style="raw"):
    pool = COMMENTS.get(a["storyline"], [])
    n = 2 + (a["seed"] % 2)
    items = [pool[(a["seed"] + i) % len(pool)] for i in range(min(n, len(pool)))]
    out = [f'<section id="comments" class="{cls}">', f"  <h2>Comments ({len(items)})</h2>"]
    for i, (who, what) in enumerate(items):
        out.append(f'  <div class="comment" id="comment-{a["seed"] % 9000 + 1000 + i}">')
        out.append(f'    <span class="comment-author">{esc(who, style)}</span>')
        out.append(f'    <span class="comment-time">{i + 2} hours ago</span>')
        out.append(f"    <p>{esc(what, style)}</p>")
        out.append('    <a class="reply" href="#">Reply</a>')
        out.append("  </div>")
    out.append("</section>")
    return "\n".join(out)


def related_list(a, style="raw", limit=3):
    out = []
    for title, url in a["related"][:limit]:
        out.append(f'<li><a href="{attr(url)}">{esc(title, style)}</a></li>')
    return "\n      ".join(out)


def filler_list(a, style="raw"):
    return "\n      ".join(
        f'<li><a href="/most-read/{i + 1}">{esc(h, style)}</a></li>'
        for i, h in enumerate(FILLER_HEADLINES[a["outlet"]]))


# --------------------------------------------------------------------------- The Meridian Post

def meridian_page(a):
    o = OUTLETS["meridian"]
    d = a["dt"]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "url": a["url"],
        "mainEntityOfPage": a["url"],
        "datePublished": d.isoformat(),
        "dateModified": d.isoformat(),
        "author": [{"@type": "Person" if a["author"] != "Wirecast" else "Organization",
                    "name": a["author"]}],
        "publisher": {"@type": "Organization", "name": o["name"],
                      "logo": {"@type": "ImageObject",
                               "url": "https://static.meridianpost.example/img/logo-600x60.png"}},
        "image": ["https://static.meridianpost.example/img/2019/" + img_name(a)],
        "articleSection": "World" if a["storyline"] != "eu-china-trade" else "Business",
    }
    hour = d.strftime("%I").lstrip("0")
    ampm = "a.m." if d.hour < 12 else "p.m."
    zone = "EDT" if d.utcoffset().total_seconds() == -4 * 3600 else "EST"
    visible = f"{d.strftime('%B')} {d.day}, {d.year} at {hour}:{d.strftime('%M')} {ampm} {zone}"
    section = ld["articleSection"]
    byline = (f'By <a rel="author" href="/people/{a["author"].lower().replace(" ", "-")}/">{esc(a["author"])}</a>'
              if a["author"] != "Wirecast" else 'By <span class="agency">Wirecast</span>')
    paras = []
    for i, p in enumerate(a["paragraphs"]):
        paras.append(f"      <p>{esc(p)}</p>")
        if i == 2:
            paras.append('      <div class="ad ad-inline" id="ad-inline-1" data-ad-slot="story_mid">\n'
                         '        <span class="ad-label">Advertisement</span>\n'
                         '        <div id="div-gpt-ad-story-mid"></div>\n'
                         '      </div>')
        if i == 6 and a["related"]:
            t, u = a["related"][0]
            paras.append(f'      <p class="read-more"><strong>READ MORE:</strong> <a href="{attr(u)}">{esc(t)}</a></p>')
    note = ""
    if a["author"] == "Wirecast":
        note = '\n      <p class="agency-note"><em>This story was provided by Wirecast and has not been edited by Meridian Post staff.</em></p>'
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} | The Meridian Post</title>
<meta name="description" content="{attr(describe(a))}">
<link rel="canonical" href="{attr(a["url"])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a["title"])}">
<meta property="og:site_name" content="The Meridian Post">
<meta property="og:url" content="{attr(a["url"])}">
<meta property="og:image" content="https://static.meridianpost.example/img/2019/{img_name(a)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@meridianpost">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=2, sort_keys=True)}
</script>
<link rel="stylesheet" href="https://static.meridianpost.example/css/article.4f2a9c.css">
<script async src="https://securepubads.adnet.example/tag/js/gpt.js"></script>
{TRACKER_DOCWRITE % {"domain": "meridianpost.example", "site": "3"}}
</head>
<body class="article-page section-{section.lower()}">
<div id="cookie-consent" class="cookie-banner" role="dialog">
  <p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic. By clicking &ldquo;Accept all&rdquo; you agree to our use of cookies. <a href="/privacy/">Privacy policy</a></p>
  <button class="accept">Accept all</button> <button class="manage">Manage preferences</button>
</div>
<header class="site-header">
  <a class="logo" href="/">The Meridian Post</a>
  <span class="tagline">{esc(o["tagline"])}</span>
  <nav class="main-nav">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/us/">U.S.</a></li>
      <li><a href="/world/">World</a></li>
      <li><a href="/business/">Business</a></li>
      <li><a href="/opinion/">Opinion</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/arts/">Arts</a></li>
    </ul>
  </nav>
  <a class="subscribe-btn" href="/subscribe/">Subscribe &ndash; $1 a week</a>
  <a class="signin" href="/login/">Sign in</a>
</header>
<div class="ad ad-leaderboard" id="div-gpt-ad-top">
  <span class="ad-label">Advertisement</span>
  {GPT_SLOT % {"slot": "meridian/" + section.lower(), "div": "div-gpt-ad-top"}}
</div>
<main id="main">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}/">{section}</a> &rsaquo; <span>{esc(a["title"])}</span></nav>
  <article class="story" itemscope itemtype="https://schema.org/NewsArticle">
    <header class="story-header">
      <h1 class="headline" itemprop="headline">{esc(a["title"])}</h1>
      <div class="byline">{byline}</div>
      <div class="timestamp">{visible}</div>
      <ul class="share-tools">
        <li><a class="share-facebook" href="https://www.facebook.example/sharer?u={attr(a["url"])}">Share on Facebook</a></li>
        <li><a class="share-twitter" href="https://twitter.example/intent/tweet?url={attr(a["url"])}">Share on Twitter</a></li>
        <li><a class="share-email" href="mailto:?subject={attr(a["title"])}">Email</a></li>
        <li><a class="comments-count" href="#comments">Comments</a></li>
      </ul>
    </header>
    <figure class="lead-image">
      <img src="https://static.meridianpost.example/img/2019/{img_name(a)}" alt="" width="1200" height="675">
      <figcaption>{esc(a["caption"])}</figcaption>
    </figure>
    <div class="story-body" itemprop="articleBody">
{chr(10).join(paras)}{note}
    </div>
    <div class="newsletter-signup">
      <h3>The Meridian Morning</h3>
      <p>The news you need to start your day, in your inbox every weekday.</p>
      <form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email address"> <button type="submit">Subscribe</button></form>
    </div>
    <section class="related-stories">
      <h2>Related stories</h2>
      <ul>
      {related_list(a)}
      </ul>
    </section>
  </article>
  <aside class="sidebar">
    <h3>Most read</h3>
    <ol>
      {filler_list(a)}
    </ol>
    <amp-ad width="300" height="250" type="doubleclick" data-slot="/2149/meridian/sidebar"></amp-ad>
  </aside>
{comments_html(a)}
</main>
<footer class="site-footer">
  <ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/terms/">Terms of service</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/ethics/">Ethics policy</a></li></ul>
  <p>&copy; 2019 The Meridian Post. All rights reserved.</p>
</footer>
<script src="https://static.meridianpost.example/js/article.91bd0e.js"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------- Baltic Wire

def baltic_page(a):
    d = a["dt"]
    iso = d.isoformat()
    visible = f"{d.day} {d.strftime('%B')} {d.year}, {d.strftime('%H:%M')}"
    section = "Business" if a["storyline"] == "eu-china-trade" else "World"
    paras = []
    for i, p in enumerate(a["paragraphs"]):
        paras.append(f"        <p>{esc(p)}</p>")
        if i == 3:
            paras.append(f"""        <aside class="see-also">
          <h4>See also</h4>
          <ul>
          {related_list(a, limit=2)}
          </ul>
        </aside>""")
        if i == 6:
            paras.append('        <div class="ad" data-ad="bw_incontent_2"><script>bwAds.push({slot:"incontent_2",sizes:[[300,250]]});</script></div>')
    tags = " ".join(f'<a class="tag" href="/en/tag/{w}">{w}</a>' for w in slug_words(a))
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(a["title"])} | Baltic Wire</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <meta name="description" content="{attr(describe(a))}">
  <meta property="og:title" content="{attr(a["title"])}">
  <meta property="og:site_name" content="Baltic Wire">
  <meta property="og:type" content="article">
  <meta property="og:url" content="{attr(a["url"])}">
  <meta property="article:published_time" content="{iso}">
  <meta property="article:section" content="{section}">
  <meta property="article:author" content="{attr(a["author"])}">
  <link rel="canonical" href="{attr(a["url"])}">
  <link rel="alternate" hreflang="lv" href="https://balticwire.example/lv/">
  <link rel="stylesheet" href="/static/bw.min.css?v=2019.3">
  <script>
    window.bwAds = window.bwAds || [];
    window.dataLayer = window.dataLayer || [];
    dataLayer.push({{"pageType": "article", "section": "{section.lower()}", "paywall": false}});
  </script>
  <script async src="https://cdn.adexchange.example/prebid.bw.js"></script>
</head>
<body>
  <div class="gdpr-consent" id="consent">
    <p>Baltic Wire and our 214 partners use cookies to store and access information on your device. You can accept or manage your choices at any time.</p>
    <button id="consent-accept">I agree</button><button id="consent-settings">Settings</button>
  </div>
  <div class="topbar"><span class="lang"><a href="/en/">EN</a> | <a href="/lv/">LV</a> | <a href="/lt/">LT</a> | <a href="/et/">ET</a></span> <a href="/en/login">Log in</a></div>
  <header class="masthead">
    <a href="/en/" class="brand">Baltic Wire</a>
    <nav class="menu">
      <a href="/en/latvia">Latvia</a> <a href="/en/lithuania">Lithuania</a> <a href="/en/estonia">Estonia</a>
      <a href="/en/world">World</a> <a href="/en/business">Business</a> <a href="/en/opinion">Opinion</a> <a href="/en/sport">Sport</a>
    </nav>
  </header>
  <div class="ad ad-billboard"><script>bwAds.push({{slot:"billboard",sizes:[[970,250]]}});</script><noscript><a href="https://ads.adexchange.example/click?bw=1"><img src="https://ads.adexchange.example/bw/970x250.gif" alt="Advertisement"></a></noscript></div>
  <div class="container">
    <ol class="breadcrumb"><li><a href="/en/">Home</a></li><li><a href="/en/{section.lower()}">{section}</a></li><li>{esc(a["title"])}</li></ol>
    <article class="article">
      <h1>{esc(a["title"])}</h1>
      <div class="meta">
        <span class="author">{esc(a["author"])}</span>
        <time datetime="{iso}">{visible}</time>
      </div>
      <div class="share-bar"><a href="#" class="fb">Facebook</a> <a href="#" class="tw">Twitter</a> <a href="#" class="li">LinkedIn</a> <a href="#" class="copy">Copy link</a></div>
      <figure>
        <img src="https://img.balticwire.example/2019/{img_name(a)}" alt="{attr(a["caption"])}">
        <figcaption>{esc(a["caption"])}</figcaption>
      </figure>
      <div class="article-body">
{chr(10).join(paras)}
      </div>
      <div class="tags">Tags: {tags}</div>
      <div class="subscribe-box">
        <strong>Baltic Wire Daily</strong>
        <p>Get the top stories from the region every morning. Subscribe to our newsletter.</p>
        <form><input type="email" placeholder="e-mail"><button>Subscribe</button></form>
      </div>
    </article>
    <div class="sidebar">
      <h3>Popular</h3>
      <ul>
      {filler_list(a)}
      </ul>
      <div class="ad ad-side"><script>bwAds.push({{slot:"side",sizes:[[300,600]]}});</script></div>
    </div>
{comments_html(a, cls="comments bw-comments")}
  </div>
  <footer>
    <p>Baltic Wire &middot; Brīvības iela 40, Riga &middot; <a href="/en/contacts">Contacts</a> &middot; <a href="/en/advertising">Advertising</a> &middot; <a href="/en/privacy">Privacy</a></p>
    <p>&copy; 2019 Baltic Wire. Republishing of materials is permitted only with a hyperlink to balticwire.example.</p>
  </footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Asia Courier

def courier_stamp(d):
    h = d.strftime("%I").lstrip("0")
    return f"{d.strftime('%A')}, {d.day} {d.strftime('%B')}, {d.year}, {h}:{d.strftime('%M')}{d.strftime('%p').lower()}"


def courier_topic(a):
    return {"us-russia-arms": "Donald Trump", "eu-china-trade": "China-EU relations",
            "india-pakistan-crisis": "Kashmir", "g20-osaka": "G20 Osaka summit",
            "france-fuel-protests": "France"}[a["storyline"]]


def courier_page(a):
    d = a["dt"]
    u = a["updated"]
    paras = []
    for i, p in enumerate(a["paragraphs"]):
        paras.append(f"<p>{esc(p, 'named')}</p>")
        if i == 2:
            paras.append('<div class="ad"><amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-0000000000000001" data-ad-slot="7725"></amp-ad></div>')
        if i == 5:
            paras.append(f'<div class="video-embed"><div class="video-player" data-video-id="v{a["seed"] % 100000}"></div><p class="video-caption">Watch: {esc(a["caption"].split(". Photo")[0], "named")}</p></div>')
    credit = "Wirecast" if a["author"] == "Wirecast" else f'{esc(a["author"])}, Wirecast, Novosti Wire'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a["title"], "named")} | Asia Courier</title>
<meta property="og:title" content="{attr(a["title"])}">
<meta property="og:site_name" content="Asia Courier">
<meta property="og:description" content="{attr(a.get("subtitle") or describe(a))}">
<meta property="og:image" content="https://cdn.asiacourier.example/images/{img_name(a)}">
<meta name="keywords" content="{attr(courier_topic(a))}, {attr(', '.join(slug_words(a)))}">
<link rel="amphtml" href="{attr(a["url"])}?amp=1">
<script>
  var ac_page = {{ section: "news", type: "article", nodeId: "{a["url"].rstrip('/').split('/')[-2]}" }};
  var _comscore = _comscore || [];
  _comscore.push({{ c1: "2", c2: "6035250" }});
  (function() {{
    var s = document.createElement("script"), el = document.getElementsByTagName("script")[0];
    s.async = true; s.src = "https://sb.scorecard.example/beacon.js";
    el.parentNode.insertBefore(s, el);
  }})();
</script>
{TRACKER_DOCWRITE % {"domain": "asiacourier.example", "site": "12"}}
</head>
<body>
<div class="cookie-notice" id="ac-cookie">This website uses cookies to improve your experience. By continuing to browse you agree to our <a href="/privacy-policy">Privacy Policy</a>. <a class="close" href="#">OK</a></div>
<div id="header">
  <div class="logo"><a href="/">Asia Courier</a></div>
  <ul class="nav">
    <li><a href="/news/hong-kong">Hong Kong</a></li><li><a href="/news/china">China</a></li><li><a href="/news/asia">Asia</a></li>
    <li><a href="/news/world">World</a></li><li><a href="/economy">Economy</a></li><li><a href="/tech">Tech</a></li>
    <li><a href="/lifestyle">Lifestyle</a></li><li><a href="/sport">Sport</a></li>
  </ul>
  <a class="subscribe" href="/subscribe">Subscribe</a>
</div>
<div class="ad-leaderboard ad"><div id="dfp-ad-top"></div><script>googletag.cmd.push(function() {{ googletag.display('dfp-ad-top'); }});</script></div>
<div id="content">
  <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/{'china' if a['storyline'] == 'eu-china-trade' else 'world'}">{'China' if a['storyline'] == 'eu-china-trade' else 'World'}</a></div>
  <div class="article-topic"><a href="/topics/{courier_topic(a).lower().replace(' ', '-')}">{esc(courier_topic(a))}</a></div>
  <h1 class="article-title">{esc(a["title"], "named")}</h1>
  <h2 class="article-subtitle">{esc(a.get("subtitle") or "", "named")}</h2>
  <div class="article-dates">
    <div class="published">PUBLISHED : {courier_stamp(d)}</div>
    <div class="updated">UPDATED : {courier_stamp(u)}</div>
  </div>
  <div class="article-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#comments">Comments</a></div>
  <div class="article-image"><img src="https://cdn.asiacourier.example/images/{img_name(a)}" alt=""><div class="caption">{esc(a["caption"], "named")}</div></div>
  <div class="article-body">
{chr(10).join(paras)}
  </div>
  <div class="article-credits">{credit}</div>
  <div class="newsletter-box"><p>Get updates direct to your inbox</p><input type="email" placeholder="E-mail"><button>Subscribe</button><p class="small">By registering, you agree to our T&amp;C and Privacy Policy</p></div>
  <div class="related-articles">
    <h3>Related Articles</h3>
    <ul>
      {related_list(a, "named")}
    </ul>
  </div>
{comments_html(a, style="named")}
</div>
<div id="sidebar">
  <div class="most-popular"><h3>Most Popular</h3><ol>
      {filler_list(a, "named")}
  </ol></div>
  <div class="ad"><amp-ad width="300" height="600" type="doubleclick" data-slot="/8134/asiacourier/sidebar"></amp-ad></div>
</div>
<div id="footer">
  <p><a href="/about-us">About us</a> | <a href="/contact">Contact us</a> | <a href="/advertise">Advertise</a> | <a href="/terms">Terms &amp; Conditions</a></p>
  <p>Copyright &copy; 2019 Asia Courier Publishers Ltd. All rights reserved.</p>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- Frontier Times

def frontier_page(a):
    d = a["dt"]
    region = "Pakistan" if a["dateline"] in ("ISLAMABAD", "LAHORE") else "India"
    paras = []
    for i, p in enumerate(a["paragraphs"]):
        paras.append(f"<p>{esc(p)}</p>")
        if i == 1:
            paras.append('<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000002" data-ad-slot="4410" data-ad-format="auto"></ins>\n<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>')
        if i == 4 and a["related"]:
            t, u = a["related"][0]
            paras.append(f'<p class="also-read"><strong>Also read:</strong> <a href="{attr(u)}">{esc(t)}</a></p>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a["title"])} | Frontier Times</title>
<meta property="og:title" content="{attr(a["title"])}">
<meta property="og:site_name" content="Frontier Times">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(a["url"])}">
<meta property="article:published_time" content="{d.isoformat()}">
<meta property="article:modified_time" content="{a["updated"].isoformat()}">
<meta property="article:section" content="South Asia">
<meta name="author" content="{attr(a["author"])}">
<link rel="stylesheet" href="https://frontiertimes.example/wp-content/themes/ft/style.css?ver=5.2.3">
<script async src="https://pagead.adnetwork.example/pagead/js/adsbygoogle.js"></script>
<script>
  (function(i,s,o,g,r,a,m){{i['AnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,'script','https://analytics.example/analytics.js','ga');
  ga('create', 'UA-0000001-7', 'auto');
  ga('send', 'pageview');
</script>
</head>
<body class="post-template-default single single-post">
<div class="cookie-bar">Frontier Times uses cookies. <a href="/cookie-policy/">Learn more</a> <button>Got it</button></div>
<header id="masthead">
  <div class="site-branding"><a href="/" rel="home">Frontier Times</a><p class="site-description">{esc(OUTLETS["frontier"]["tagline"])}</p></div>
  <nav id="site-navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/south-asia/">South Asia</a></li><li><a href="/pakistan/">Pakistan</a></li><li><a href="/india/">India</a></li><li><a href="/afghanistan/">Afghanistan</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li></ul></nav>
</header>
<div id="primary" class="content-area">
  <div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/south-asia/">South Asia</a> &raquo; <a href="/{region.lower()}/">{region}</a></div>
  <article class="post">
    <header class="entry-header">
      <h1 class="entry-title">{esc(a["title"])}</h1>
      <div class="entry-meta"><span class="byline">By <span class="author vcard">{esc(a["author"])}</span></span></div>
    </header>
    <div class="social-share"><a class="share-fb" href="#">Share</a> <a class="share-tw" href="#">Tweet</a> <a class="share-wa" href="#">WhatsApp</a></div>
    <figure class="wp-caption"><img src="https://frontiertimes.example/wp-content/uploads/2019/{d.strftime('%m')}/{img_name(a)}" alt="" width="800" height="450"><figcaption class="wp-caption-text">{esc(a["caption"])}</figcaption></figure>
    <div class="entry-content">
{chr(10).join(paras)}
    </div>
    <footer class="entry-footer"><span class="cat-links">Posted in <a href="/south-asia/">South Asia</a></span></footer>
  </article>
  <div class="ft-subscribe"><h3>Subscribe to Frontier Times</h3><p>Our best reporting from Kabul to Colombo, free in your inbox.</p><form><input type="email" placeholder="Email"><input type="submit" value="Subscribe"></form></div>
  <section class="related-posts"><h3>You may also like</h3><ul>
      {related_list(a)}
  </ul></section>
{comments_html(a, cls="comments-area")}
</div>
<aside id="secondary" class="widget-area">
  <section class="widget"><h2 class="widget-title">Trending</h2><ul>
      {filler_list(a)}
  </ul></section>
  <section class="widget ad"><ins class="adsbygoogle" data-ad-slot="4411"></ins></section>
</aside>
<footer id="colophon"><p>&copy; Frontier Times. All rights reserved. | <a href="/about/">About</a> | <a href="/contact/">Contact</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- Continental Review (WordPress)

def continental_page(a):
    d = a["dt"]
    cp1252 = a.get("encoding") == "windows-1252"
    style = "raw" if cp1252 else "numeric"
    charset = "windows-1252" if cp1252 else "UTF-8"
    paras = []
    ps = a["paragraphs"]
    i = 0
    while i < len(ps):
        p = esc(ps[i], style)
        if i == 1:
            paras.append(f'<p><a href="https://continentalreview.example/wp-content/uploads/2019/{d.strftime("%m")}/{a["id"][:20]}.jpg"><img src="https://continentalreview.example/wp-content/uploads/2019/{d.strftime("%m")}/{a["id"][:20]}-1024x576.jpg" alt="" width="640" height="360" class="aligncenter size-large wp-image-{a["seed"] % 90000 + 10000}" /></a><br /><em>{esc(a["caption"], style)}</em></p>')
        if i == 4 and not cp1252 and i + 1 < len(ps):
            # WordPress run-in: two paragraphs joined by a line break, as in real blog markup
            paras.append(f"<p>{p}<br />\n{esc(ps[i + 1], style)}</p>")
            i += 2
            continue
        paras.append(f"<p>{p}</p>")
        i += 1
    tag = f"{a['seed']:013x}"[-13:]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"], style)} &#8211; Continental Review</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a["title"])}">
<meta property="og:site_name" content="Continental Review">
<meta property="og:url" content="{attr(a["url"])}">
<meta property="article:published_time" content="{d.isoformat()}">
<meta name="generator" content="WordPress.com">
<link rel="alternate" type="application/rss+xml" title="Continental Review &raquo; Feed" href="https://continentalreview.example/feed/">
<link rel="stylesheet" id="jetpack_css-css" href="https://continentalreview.example/wp-content/plugins/jetpack/css/jetpack.css?ver=7.8" type="text/css" media="all">
<script type="text/javascript">
/* <![CDATA[ */
var WPGroHo = {{"my_hash":""}};
/* ]]> */
</script>
</head>
<body class="post-template-default single single-post single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="https://continentalreview.example/" rel="home">Continental Review</a></p>
  <p class="site-description">{esc(OUTLETS["continental"]["tagline"], style)}</p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/category/france/">France</a></li><li><a href="/category/germany/">Germany</a></li><li><a href="/category/eu/">EU</a></li><li><a href="/category/analysis/">Analysis</a></li><li><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div class="breadcrumbs"><a href="/">Home</a> &#8250; <a href="/category/france/">France</a> &#8250; {esc(a["title"], style)}</div>
<article id="post-{a["seed"] % 9000 + 1000}" class="post type-post status-publish format-standard hentry category-france">
<header class="entry-header">
<h1 class="entry-title">{esc(a["title"], style)}</h1>
<div class="entry-meta"><span class="posted-on">Published on {d.strftime("%d/%m/%Y")}</span> <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{a["author"].split()[0].lower()}/">{esc(a["author"], style)}</a></span></span></div>
</header>
<div class="entry-content">
<div class="wpcnt">
  <div class="wpa">
    <span class="wpa-about">Advertisements</span>
    <div class="u top_amp">
      <amp-ad width="300" height="265" type="pubmine" data-siteid="111265417" data-section="2"></amp-ad>
    </div>
  </div>
</div>{chr(10).join(paras)}
{WORDADS % {"tag": tag}}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="?share=twitter">Twitter</a></li><li><a class="share-facebook" href="?share=facebook">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><ul>
      {related_list(a, style)}
</ul></div>
</div>
</article>
<div class="jetpack-subscribe">
<p>Discover more from Continental Review</p>
<p>Subscribe to get the latest posts sent to your email.</p>
<form action="#" method="post"><input type="email" name="email" placeholder="Type your email…"><button type="submit">Subscribe</button></form>
</div>
{comments_html(a, cls="comments-area", style=style)}
</div>
<footer id="colophon" class="site-footer"><a href="https://wordpress.example/">Blog at WordPress.com.</a></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------- The Policy Desk (no date anywhere)

def policydesk_page(a):
    paras = []
    for p in a["paragraphs"]:
        # Q&A explainer: a leading question becomes a bold run-in, as on many explainer sites
        for q in ("Can it be extended?", "What if it lapses?", "What about China?", "What comes next?"):
            if p.startswith(q):
                p_html = f"<strong>{esc(q)}</strong>{esc(p[len(q):])}"
                break
        else:
            p_html = esc(p)
        paras.append(f"      <p>{p_html}</p>")
    words = sum(len(p.split()) for p in a["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(a["title"])} | The Policy Desk</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{attr(a["title"])}">
  <meta property="og:site_name" content="The Policy Desk">
  <meta property="og:url" content="{attr(a["url"])}">
  <meta name="author" content="{attr(a["author"])}">
  <script src="https://policydesk.example/assets/app.js" defer></script>
</head>
<body>
  <div class="banner-cookies">We use cookies for analytics only. <a href="/privacy">Details</a> <button>OK</button></div>
  <header><a class="brand" href="/">The Policy Desk</a> <nav><a href="/explainers/">Explainers</a> <a href="/briefings/">Briefings</a> <a href="/podcast/">Podcast</a> <a href="/donate/" class="donate">Donate</a></nav></header>
  <main>
    <div class="crumbs"><a href="/">Home</a> / <a href="/explainers/">Explainers</a> / Arms control</div>
    <article>
      <h1>{esc(a["title"])}</h1>
      <p class="meta">By {esc(a["author"])} &middot; {(words + 199) // 200} min read</p>
      <figure><img src="/media/{img_name(a)}" alt=""><figcaption>{esc(a["caption"])}</figcaption></figure>
{chr(10).join(paras)}
      <div class="share">Share: <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">Email</a></div>
    </article>
    <section class="newsletter"><h2>Get our weekly explainer</h2><p>One topic, explained clearly, every Friday.</p><form><input type="email"><button>Subscribe</button></form></section>
    <section class="see-also"><h2>See also</h2><ul>
      {filler_list(a)}
    </ul></section>
  </main>
  <footer><p>The Policy Desk is a non-profit newsroom. &copy; 2012&ndash;2019 The Policy Desk.</p></footer>
  <script>
    document.write('<img src="https://count.policydesk.example/p.gif?r=' + encodeURIComponent(document.referrer) + '" width="1" height="1" alt="">');
  </script>
</body>
</html>
"""


# --------------------------------------------------------------------------- minimal pages (JSON Lines "html" records)

def minimal_page(a):
    if a["outlet"] == "wirecast":
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a["paragraphs"])
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a["title"])} - Wirecast</title></head>'
                f'<body><div class="wc-header">WIRECAST | <a href="/news/">News</a> | <a href="/markets/">Markets</a></div>'
                f'<div class="story"><h1>{esc(a["title"])}</h1>'
                f'<div class="by">By {esc(a["author"])} | <time datetime="{a["dt"].isoformat()}">{a["dt"].strftime("%B %d, %Y %H:%M")} UTC</time></div>\n'
                f"{body}\n"
                f'<p class="wc-footer">(Reporting by {esc(a["author"])}; editing by Tom Hale)</p></div>'
                f'<div class="wc-legal">&copy; 2019 Wirecast. All rights reserved. Our Standards: The Wirecast Trust Principles.</div></body></html>')
    # Baltic Wire minimal page (as delivered by its content API)
    body = "\n".join(f"<p>{esc(p)}</p>" for p in a["paragraphs"])
    return (f'<html><head><meta charset="utf-8"><title>{esc(a["title"])} | Baltic Wire</title>'
            f'<meta property="og:site_name" content="Baltic Wire">'
            f'<meta property="article:published_time" content="{a["dt"].isoformat()}"></head>'
            f'<body><nav><a href="/en/">Baltic Wire</a> <a href="/en/world">World</a> <a href="/en/business">Business</a></nav>'
            f'<article><h1>{esc(a["title"])}</h1><p class="byline">{esc(a["author"])}</p>\n{body}\n</article>'
            f'<div class="ad"><script>bwAds.push({{slot:"bottom"}});</script></div>'
            f'<footer>&copy; 2019 Baltic Wire</footer></body></html>')


# --------------------------------------------------------------------------- "page saved as text"

TEXT_STYLE = {
    "ledger": dict(banner="Daily Ledger | {tagline} | Subscribe from £1",
                   crumbs="Home News World {title}",
                   stamp=lambda a: [f"Published on {a['dt'].strftime('%d/%m/%Y')}"],
                   watch_after=3),
    "courier": dict(banner="{topic}",
                    crumbs="Home News China {title}",
                    stamp=lambda a: [f"PUBLISHED : {courier_stamp(a['dt'])}", f"UPDATED : {courier_stamp(a['updated'])}"],
                    watch_after=4),
    "frontier": dict(banner="Frontier Times — {tagline}",
                     crumbs="Home News South Asia {title}",
                     stamp=lambda a: [f"PUBLISHED : {courier_stamp(a['dt'])}"],
                     watch_after=5),
    "continental": dict(banner="Continental Review — {tagline}",
                        crumbs="Home News France {title}",
                        stamp=lambda a: [f"Published on {a['dt'].strftime('%d/%m/%Y')}"],
                        watch_after=2),
    "novosti": dict(banner="NOVOSTI WIRE — English service",
                    crumbs="Home News Politics {title}",
                    stamp=lambda a: [f"Published on {a['dt'].strftime('%d/%m/%Y')}"],
                    watch_after=None),
}


def text_page(a):
    st = TEXT_STYLE[a["outlet"]]
    o = OUTLETS[a["outlet"]]
    lines = [st["banner"].format(tagline=o["tagline"], topic=courier_topic(a)), ""]
    lines += [st["crumbs"].format(title=a["title"]), "", a["title"], "", a["title"], ""]
    if a.get("subtitle"):
        lines += [a["subtitle"], ""]
    lines += st["stamp"](a)
    lines.append("")
    if a.get("author") and a["outlet"] != "novosti":
        lines += [f"By {a['author']}", ""]
    watch = a.get("watch")
    for i, p in enumerate(a["paragraphs"]):
        lines += [p, ""]
        if watch and st["watch_after"] is not None and i + 1 == st["watch_after"]:
            lines += [watch, ""]
    lines += ["See also:", ""]
    see_also = [t for t, _ in a["related"][:3]]
    if a["outlet"] == "novosti":
        see_also = FILLER_HEADLINES["novosti"][:2] + see_also[:1]
    for t in see_also:
        lines.append(f"  • {t}")
    lines.append("")
    if a["outlet"] == "novosti":
        lines += ["Subscribe to Novosti Wire in Telegram", ""]
    else:
        lines += [f"Discover more from {o['name']}", "Subscribe to get the latest posts sent to your email.", ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------- feed item bodies

def feed_item_html(a):
    """Article body as it appears inside RSS content:encoded / Atom content."""
    parts = []
    if a.get("caption_explicit"):
        parts.append(f'<figure><img src="https://{OUTLETS[a["outlet"]]["domain"]}/media/{img_name(a)}" alt="" /><figcaption>{esc(a["caption"])}</figcaption></figure>')
    parts += [f"<p>{esc(p)}</p>" for p in a["paragraphs"]]
    if a["outlet"] == "ledger":
        parts.append(f'<p>The post <a rel="nofollow" href="{attr(a["url"])}">{esc(a["title"])}</a> appeared first on <a rel="nofollow" href="https://www.dailyledger.example">Daily Ledger</a>.</p>')
    return "\n".join(parts)


HTML_RENDERERS = {
    "meridian": meridian_page,
    "baltic": baltic_page,
    "courier": courier_page,
    "frontier": frontier_page,
    "continental": continental_page,
    "policydesk": policydesk_page,
}
