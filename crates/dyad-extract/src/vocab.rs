//! The class and id vocabulary: what the words of an element's `class` and `id` say about it.
//!
//! Each element gets a set of [`Flags`] once per page, read without allocating: the attribute
//! values are split into words at punctuation and camelCase humps (`RichTextArticleBody-body`
//! gives `rich text article body body`), and each word, lower-cased, is looked up in one table.
//! Main-content detection asks about chrome and content words, metadata about dates, bylines
//! and comment threads.

use crate::html::{Dom, NodeKind};

/// What an element's class and id words say, as bits.
pub(crate) type Flags = u32;

/// Chrome that is chrome unless it holds nearly all of the page's prose (ads, share bars,
/// comments, related lists, newsletter and cookie prompts, captions, bylines).
pub(crate) const STRONG_CHROME: Flags = 1;
/// Chrome that also names layout wrappers (`has-sidebar`, `overflow-hidden`).
pub(crate) const WEAK_CHROME: Flags = 1 << 1;
/// A word that names the article body (`content`, `story`, `entry`).
pub(crate) const CONTENT: Flags = 1 << 2;
/// A word that names a date (`date`, `published`, `timestamp`, `meta`).
pub(crate) const DATE: Flags = 1 << 3;
/// A word that names an update (`updated`, `modified`).
pub(crate) const UPDATED: Flags = 1 << 4;
/// A word that names the author (`author`, `byline`, `writer`).
pub(crate) const AUTHOR: Flags = 1 << 5;
/// A word that names what sits around an author's name (`bio`, `avatar`, `social`).
pub(crate) const AUTHOR_AROUND: Flags = 1 << 6;
/// A word that names a comment thread.
pub(crate) const COMMENT: Flags = 1 << 7;
/// Text for screen readers only (`sr-only`, `visually-hidden`, `screen-reader-text`).
pub(crate) const SCREEN_READER: Flags = 1 << 8;
/// A word that names a name (`author-box__name`): under an author's class, the name itself.
pub(crate) const NAME: Flags = 1 << 11;
/// A word that may make a hiding class (`hidden`, `none`); checked against whole classes.
const HIDING_WORD: Flags = 1 << 9;
/// A word that may make a screen-reader class (`sr`, `screen`, `visually`).
const SCREEN_READER_WORD: Flags = 1 << 10;

/// The flags of one lower-case word.
fn word_flags(w: &[u8]) -> Flags {
    match w {
        b"ad" | b"ads" | b"adv" | b"advert" | b"adverts" | b"advertisement" | b"advertising"
        | b"adslot" | b"adunit" | b"dfp" | b"gpt" | b"disqus" | b"related" | b"recommended"
        | b"recommendation" | b"recommendations" | b"newsletter" | b"newsletters" | b"cookie"
        | b"cookies" | b"consent" | b"gdpr" | b"outbrain" | b"taboola" | b"promo" | b"promoted"
        | b"promotion" | b"sponsor" | b"sponsored" | b"share" | b"sharing" | b"sharebar"
        | b"sharetools" | b"subscribe" | b"subscription" | b"paywall" | b"breadcrumb"
        | b"breadcrumbs" | b"popular" | b"trending" | b"mostread" | b"signup" | b"login"
        | b"modal" | b"popup" | b"navbar" | b"navigation" | b"pagination" | b"pager"
        | b"caption" | b"credit" | b"credits" | b"copyright" | b"disclaimer" | b"rating"
        | b"readmore" | b"tags" | b"tagged" | b"taglist" | b"keywords" | b"wpa" | b"reactions"
        | b"upsell" | b"donate" | b"donation" => STRONG_CHROME,
        b"social" => STRONG_CHROME | AUTHOR_AROUND,
        b"comment" | b"comments" => STRONG_CHROME | COMMENT,
        b"reply" | b"respond" | b"discussion" => COMMENT,
        b"byline" => STRONG_CHROME | AUTHOR | DATE,
        b"author" | b"authors" => STRONG_CHROME | AUTHOR,
        b"writer" => AUTHOR,
        b"bio" => STRONG_CHROME | AUTHOR_AROUND,
        b"dateline" | b"timestamp" => STRONG_CHROME | DATE,
        b"nav" | b"menu" | b"header" | b"footer" | b"sidebar" | b"banner" | b"masthead"
        | b"tools" | b"toolbar" | b"follow" | b"topics" | b"aside" | b"more" | b"teaser"
        | b"ticker" | b"rail" | b"breaking" | b"marquee" => WEAK_CHROME,
        b"meta" | b"date" => WEAK_CHROME | DATE,
        b"published" | b"pubdate" | b"posted" | b"time" | b"postdate" | b"entry" => {
            DATE | if w == b"entry" { CONTENT } else { 0 }
        }
        b"updated" | b"modified" => UPDATED,
        b"name" | b"names" => NAME,
        b"hidden" | b"hide" | b"invisible" | b"none" => HIDING_WORD,
        b"sr" | b"screen" | b"visually" => SCREEN_READER_WORD,
        b"article" | b"content" | b"story" | b"body" | b"post" | b"text" | b"main"
        | b"richtext" | b"prose" => CONTENT,
        b"image" | b"img" | b"avatar" | b"photo" | b"box" | b"description" | b"title" | b"job"
        | b"role" | b"url" | b"link" | b"links" | b"info" | b"about" => AUTHOR_AROUND,
        _ => 0,
    }
}

/// Calls `f` with each word of `value`, lower-cased (ASCII): split at anything that is not a
/// letter or digit and where a lower-case letter meets a capital. Words longer than any in
/// the vocabulary are skipped.
pub(crate) fn for_each_word(value: &str, mut f: impl FnMut(&[u8])) {
    const MAX: usize = 24;
    let mut buf = [0u8; MAX];
    let mut len = 0usize;
    let mut overflow = false;
    let mut prev_lower = false;
    let mut emit = |buf: &[u8; MAX], len: &mut usize, overflow: &mut bool| {
        if *len > 0 && !*overflow {
            f(buf.get(..*len).unwrap_or_default());
        }
        *len = 0;
        *overflow = false;
    };
    for &b in value.as_bytes() {
        let alnum = b.is_ascii_alphanumeric() || b >= 0x80;
        if !alnum {
            emit(&buf, &mut len, &mut overflow);
            prev_lower = false;
            continue;
        }
        if b.is_ascii_uppercase() && prev_lower {
            emit(&buf, &mut len, &mut overflow);
        }
        prev_lower = b.is_ascii_lowercase() || b.is_ascii_digit();
        match buf.get_mut(len) {
            Some(slot) => {
                *slot = b.to_ascii_lowercase();
                len += 1;
            }
            None => overflow = true,
        }
    }
    emit(&buf, &mut len, &mut overflow);
}

/// A class that hides its element: `hidden`, `is-hidden`, `d-none`; not `overflow-hidden`,
/// nor a responsive variant (`md:hidden`).
fn is_hiding_class(c: &str) -> bool {
    matches!(c, "hidden" | "hide" | "invisible" | "d-none" | "is-hidden" | "u-hidden")
}

/// The flags of an element's class and id values.
pub(crate) fn flags_of(class: Option<&str>, id: Option<&str>) -> Flags {
    let mut flags = 0;
    for v in [class, id].into_iter().flatten() {
        let mut words = 0;
        for_each_word(v, |w| words |= word_flags(w));
        // Whole-class checks, only when a word hints at them (most classes never need them).
        if words & HIDING_WORD != 0
            && !v.contains(':')
            && v.split_ascii_whitespace().any(is_hiding_class)
        {
            words |= WEAK_CHROME;
        }
        if words & SCREEN_READER_WORD != 0
            && (v.contains("sr-only")
                || v.contains("screen-reader")
                || v.contains("visually-hidden"))
        {
            words |= SCREEN_READER;
        }
        flags |= words & !(HIDING_WORD | SCREEN_READER_WORD);
    }
    flags
}

/// Every node's flags (0 for text nodes and elements without class or id).
pub(crate) fn page_flags(dom: &Dom) -> Vec<Flags> {
    dom.nodes
        .iter()
        .map(|n| match &n.kind {
            NodeKind::Element(e) => flags_of(e.attr("class"), e.attr("id")),
            _ => 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_humps_and_punctuation() {
        let mut words = Vec::new();
        for_each_word("RichTextArticleBody-body post_content", |w| {
            words.push(String::from_utf8_lossy(w).into_owned())
        });
        assert_eq!(words, ["rich", "text", "article", "body", "body", "post", "content"]);
    }

    #[test]
    fn flags_name_chrome_content_dates_and_bylines() {
        assert_eq!(flags_of(Some("share-bar"), None) & STRONG_CHROME, STRONG_CHROME);
        assert_eq!(flags_of(Some("has-sidebar"), None), WEAK_CHROME);
        assert_eq!(flags_of(Some("entry-content"), None) & CONTENT, CONTENT);
        assert_eq!(flags_of(None, Some("postDate")) & DATE, DATE);
        assert_eq!(flags_of(Some("post-date"), None) & DATE, DATE);
        assert_eq!(flags_of(Some("c-byline__author"), None) & AUTHOR, AUTHOR);
        assert_eq!(flags_of(Some("comment-list"), None) & COMMENT, COMMENT);
        assert_eq!(flags_of(Some("sr-only"), None) & SCREEN_READER, SCREEN_READER);
        assert_eq!(flags_of(Some("col-print-7 shareable"), None), 0);
        assert_eq!(flags_of(Some("hidden"), None), WEAK_CHROME);
        assert_eq!(flags_of(Some("md:hidden w-full"), None), 0);
        assert_eq!(flags_of(Some("hidden md:flex"), None), 0);
        assert_eq!(flags_of(Some("grid overflow-hidden"), None), 0);
    }
}
