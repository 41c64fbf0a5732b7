//! Short articles written for these tests.

/// A wire story with a quote, a dated event and chrome around it.
pub const TALKS_HTML: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Lavrov and Pompeo meet in Geneva | Test Gazette</title>
<meta property="og:site_name" content="Test Gazette">
<meta property="article:published_time" content="2019-03-13T10:00:00Z">
<script>window.ads = "<p>tracking</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Lavrov and Pompeo meet in Geneva</h1>
<p>GENEVA (Test Wire) &mdash; Russian Foreign Minister Sergei Lavrov met US Secretary of State Mike Pompeo in Geneva on Tuesday, the first meeting between the two since the arms talks stalled.</p>
<p>&ldquo;We had a frank and useful conversation,&rdquo; Lavrov told reporters after the talks, adding that experts would meet again in April.</p>
<p>Pompeo said the United States wanted a treaty that covered more weapons and more countries.</p>
<div class="share-bar">Share on Twitter</div>
<ul class="related"><li><a href="/a">Earlier: talks stall</a></li></ul></article>
<footer>&copy; Test Gazette</footer></body></html>"#;
