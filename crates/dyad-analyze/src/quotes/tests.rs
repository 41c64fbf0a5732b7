use crate::testutil::analyse;
use dyad_core::Document;

/// `(speaker entity or speaker words, quote text, direct)` for each quote.
fn quotes_of(doc: &Document) -> Vec<(Option<String>, String, bool)> {
    doc.quotes
        .iter()
        .map(|q| {
            let who = q
                .speaker_entity
                .as_ref()
                .map(ToString::to_string)
                .or_else(|| q.speaker.and_then(|s| doc.text_of(s)).map(str::to_owned));
            (who, doc.text_of(q.span).unwrap().to_owned(), q.direct)
        })
        .collect()
}

fn has(quotes: &[(Option<String>, String, bool)], speaker: Option<&str>, text: &str) -> bool {
    quotes.iter().any(|(s, t, _)| s.as_deref() == speaker && t == text)
}

#[test]
fn direct_quotes_after_before_and_split() {
    let doc = analyse(
        "“The conversation itself is extremely positive,” Kremlin spokesman Dmitry Peskov said.\n\nAsked if the meeting marked a change, Mr Peskov said: “Too early yet.”\n\n“We had a good meeting,” said Putin, “and we will meet again.”",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(
        has(&q, Some("person/dmitry_peskov"), "The conversation itself is extremely positive"),
        "{q:?}"
    );
    assert!(has(&q, Some("person/dmitry_peskov"), "Too early yet."), "{q:?}");
    assert!(has(&q, Some("person/vladimir_putin"), "We had a good meeting"), "{q:?}");
    assert!(has(&q, Some("person/vladimir_putin"), "and we will meet again."), "{q:?}");
}

#[test]
fn pronouns_organisations_partial_and_continued_quotes() {
    let doc = analyse(
        "Peskov said the Kremlin viewed the prospects of a thaw “with cautious optimism”.\n\n“We have a lot of work ahead of us,” he said.\n\n“There will be more talks.”\n\n“On the whole, the conversation was constructive,” the Kremlin said.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, Some("person/dmitry_peskov"), "with cautious optimism"), "{q:?}");
    assert!(has(&q, Some("person/dmitry_peskov"), "We have a lot of work ahead of us"), "{q:?}");
    assert!(has(&q, Some("person/dmitry_peskov"), "There will be more talks."), "{q:?}");
    assert!(
        q.iter().any(|(s, t, _)| t.starts_with("On the whole")
            && s.as_deref().is_some_and(|s| s.contains("kremlin"))),
        "{q:?}"
    );
}

#[test]
fn indirect_quotes_and_unknown_speakers() {
    let doc = analyse(
        "Lavrov said he had sought support for a plan to create safe zones in Syria.\n\nTalks were constructive, Peskov said.\n\nAccording to Peskov, the call was brief.\n\n“Nobody knows what happens next in this long and difficult process.”",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(
        q.iter().any(|(s, t, d)| s.as_deref() == Some("person/sergei_lavrov")
            && t.starts_with("he had sought support")
            && !d),
        "{q:?}"
    );
    assert!(has(&q, Some("person/dmitry_peskov"), "Talks were constructive"), "{q:?}");
    assert!(has(&q, Some("person/dmitry_peskov"), "the call was brief"), "{q:?}");
    assert!(
        has(&q, None, "Nobody knows what happens next in this long and difficult process."),
        "{q:?}"
    );
}

#[test]
fn scare_quotes_without_a_speaker_are_not_quotes() {
    let doc = analyse("The summit of the “Big twenty” opened in Argentina.", "2018-12-01");
    assert!(doc.quotes.is_empty(), "{:?}", quotes_of(&doc));
}

#[test]
fn reported_clauses_around_partial_quotes_times_and_add_ons() {
    let doc = analyse(
        "Lavrov said the talks had been “useful” and would go on.\n\nThe ceasefire would hold until spring, Peskov said late on Friday, in a call with reporters.\n\nLavrov told state television on Monday that the sanctions were “a dead end”, adding that Moscow would wait.\n\nAs Peskov explained to journalists, the initiative came from Washington.\n\nPeskov said the plan was fair, and invited both sides to sign it.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    let lavrov = Some("person/sergei_lavrov");
    let peskov = Some("person/dmitry_peskov");
    assert!(has(&q, lavrov, "useful"), "{q:?}");
    assert!(has(&q, lavrov, "the talks had been “useful” and would go on"), "{q:?}");
    assert!(has(&q, peskov, "The ceasefire would hold until spring"), "{q:?}");
    assert!(has(&q, lavrov, "the sanctions were “a dead end”"), "{q:?}");
    assert!(has(&q, peskov, "the initiative came from Washington"), "{q:?}");
    assert!(has(&q, peskov, "the plan was fair"), "{q:?}");
    assert!(!q.iter().any(|(_, t, _)| t.contains("state television")), "{q:?}");
}

#[test]
fn speakers_set_off_by_appositions_relatives_and_offices() {
    let doc = analyse(
        "A senior adviser to the Kremlin, Dmitry Peskov, said the visit would go ahead.\n\nSergei Lavrov, who met the envoy on Monday, told reporters the talks had been useful.\n\nAn aide to Lavrov, who asked not to be named, said the date was not fixed.\n\nPutin's office said the two leaders would speak again.\n\nPutin met the Security Council, which said the threat had grown.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, Some("person/dmitry_peskov"), "the visit would go ahead"), "{q:?}");
    assert!(has(&q, Some("person/sergei_lavrov"), "the talks had been useful"), "{q:?}");
    assert!(has(&q, None, "the date was not fixed"), "{q:?}");
    assert!(has(&q, Some("person/vladimir_putin"), "the two leaders would speak again"), "{q:?}");
    assert!(
        q.iter().any(|(s, t, _)| t == "the threat had grown"
            && s.as_deref().is_some_and(|s| s.contains("security_council"))),
        "{q:?}"
    );
}

#[test]
fn partial_quotes_take_the_speaker_of_their_report_and_chants_have_none() {
    let doc = analyse(
        "Peskov said the call was “useful”, adding that the sides had been “frank”.\n\nAllies of Lavrov said he was “seriously thinking” about it.\n\nMarchers chanted “No more war!” as they walked.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    let peskov = Some("person/dmitry_peskov");
    assert!(has(&q, peskov, "useful"), "{q:?}");
    assert!(has(&q, peskov, "frank"), "{q:?}");
    assert!(has(&q, peskov, "the sides had been “frank”"), "{q:?}");
    assert!(has(&q, None, "seriously thinking"), "{q:?}");
    assert!(has(&q, None, "No more war!"), "{q:?}");
}

#[test]
fn pronoun_cues_titles_after_the_cue_and_interrupted_clauses() {
    let doc = analyse(
        "Moscow was quiet, according to a spokesman for the Kremlin.\n\n“The sanctions will stay,” reported the Guardian.\n\n“Nothing has changed since the spring,” it adds.\n\nThe visit was arranged by the adviser to the Russian president Yury Ushakov.\n\n«We will wait», — said the adviser to the President.\n\nPutin, the Kremlin said, told Lavrov to prepare the visit.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    let kremlin = |s: &Option<String>| s.as_deref().is_some_and(|s| s.contains("kremlin"));
    assert!(q.iter().any(|(s, t, _)| t == "Moscow was quiet" && kremlin(s)), "{q:?}");
    let guardian = q.iter().find(|(_, t, _)| t == "The sanctions will stay").map(|x| x.0.clone());
    assert!(guardian.as_ref().is_some_and(Option::is_some), "{q:?}");
    assert!(
        q.iter().any(|(s, t, _)| t == "Nothing has changed since the spring"
            && *s == guardian.clone().flatten()),
        "{q:?}"
    );
    assert!(
        q.iter()
            .any(|(s, t, _)| t == "We will wait"
                && s.as_deref().is_some_and(|s| s.contains("ushakov"))),
        "{q:?}"
    );
    assert!(
        q.iter().any(|(s, t, d)| !d
            && t == "Putin, the Kremlin said, told Lavrov to prepare the visit"
            && kremlin(s)),
        "{q:?}"
    );
}

#[test]
fn block_quotes_after_a_colon_and_quotes_that_close_a_sentence() {
    let doc = analyse(
        "The Guardian noted:\n\nThe two ministers have not met since the spring, and neither side expects a meeting soon.\n\nPutin, the Kremlin said, told Lavrov to “keep the door open.” Lavrov said he would.\n\nAccording to a Kremlin statement, the two leaders spoke for an hour.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(
        q.iter().any(|(s, t, d)| *d
            && t.starts_with("The two ministers have not met")
            && s.as_deref().is_some_and(|s| s.contains("guardian"))),
        "{q:?}"
    );
    assert!(
        q.iter().any(|(s, t, _)| t == "keep the door open."
            && s.as_deref().is_some_and(|s| s.contains("putin"))),
        "{q:?}"
    );
    assert!(
        q.iter().any(|(s, t, _)| t == "the two leaders spoke for an hour"
            && s.as_deref().is_some_and(|s| s.contains("kremlin"))),
        "{q:?}"
    );
}

#[test]
fn a_medium_or_the_clause_after_the_cue_is_not_an_inverted_speaker() {
    let doc = analyse(
        "Sergei Lavrov, the foreign minister, wrote on Twitter that the plan was “a first step”.\n\nDmitry Peskov, the Kremlin spokesman, said that the Pentagon had “overreacted”.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, Some("person/sergei_lavrov"), "a first step"), "{q:?}");
    assert!(has(&q, Some("person/dmitry_peskov"), "overreacted"), "{q:?}");
}

#[test]
fn a_statement_speaks_for_the_author_named_before() {
    let doc = analyse(
        "The Kremlin said in a statement that the talks had been “frank”.\n\n“Both sides agreed to meet again,” the statement said.\n\nThe talks lasted an hour, it said.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    let kremlin = |s: &Option<String>| s.as_deref().is_some_and(|s| s.contains("kremlin"));
    assert!(
        q.iter().any(|(s, t, _)| t == "Both sides agreed to meet again" && kremlin(s)),
        "{q:?}"
    );
    assert!(q.iter().any(|(s, t, _)| t == "The talks lasted an hour" && kremlin(s)), "{q:?}");
}

#[test]
fn officials_of_a_country_are_anonymous_and_a_second_verb_keeps_the_subject() {
    let doc = analyse(
        "US officials said the talks would resume in May.\n\nThe Kremlin called the offer “a trap” and said it would not reply.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, None, "the talks would resume in May"), "{q:?}");
    assert!(
        q.iter().any(|(s, t, _)| t == "it would not reply"
            && s.as_deref().is_some_and(|s| s.contains("kremlin"))),
        "{q:?}"
    );
}

#[test]
fn an_unnamed_source_keeps_its_partial_quotes_unnamed() {
    let doc = analyse(
        "An adviser to the minister, who asked not to be named, said Sergei Lavrov “will not travel” this week.\n\nAllies of former Minister Sergei Lavrov said he was “tired” of the talks.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, None, "will not travel"), "{q:?}");
    assert!(has(&q, None, "Sergei Lavrov “will not travel” this week"), "{q:?}");
    assert!(has(&q, None, "tired"), "{q:?}");
}

#[test]
fn an_apposition_between_a_quote_and_its_cue() {
    let doc = analyse(
        "“We expected more from this round,” Sergei Lavrov, the Russian foreign minister since 2004, said.\n\nCritics spoke out, with Peskov stating: “The door is still open.”",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, Some("person/sergei_lavrov"), "We expected more from this round"), "{q:?}");
    assert!(has(&q, Some("person/dmitry_peskov"), "The door is still open."), "{q:?}");
}

#[test]
fn titles_before_an_apposed_name_or_after_an_inverted_cue() {
    let doc = analyse(
        "Russia's military spokesman, Major General Igor Konashenkov, said the drills were over.\n\nAs indicated the spokesman Dmitry Peskov, the visit will go ahead.",
        "2019-05-11",
    );
    let q = quotes_of(&doc);
    assert!(
        q.iter().any(|(s, t, _)| t == "the drills were over"
            && s.as_deref().is_some_and(|s| s.contains("konashenkov"))),
        "{q:?}"
    );
    assert!(has(&q, Some("person/dmitry_peskov"), "the visit will go ahead"), "{q:?}");
}

#[test]
fn a_name_before_a_resolved_title_and_a_colon_after_a_characterising_verb() {
    let doc = analyse(
        "Maria Zakharova, the Russian foreign ministry spokeswoman, said: “We will answer.”\n\nSergei Lavrov has called the decision “absurd”:\n\n“Nobody in Moscow takes this seriously.”",
        "2019-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, Some("person/maria_zakharova"), "We will answer."), "{q:?}");
    assert!(
        has(&q, Some("person/sergei_lavrov"), "Nobody in Moscow takes this seriously."),
        "{q:?}"
    );
}

#[test]
fn an_organisation_named_again_by_a_common_noun() {
    let doc = analyse(
        "The World Health Organization opened an appeal on Monday.\n\nAccording to the organization, demand has tripled since January.\n\nThe commission said the vote was fair.",
        "2021-05-10",
    );
    let q = quotes_of(&doc);
    assert!(
        q.iter().any(|(s, t, _)| t == "demand has tripled since January"
            && s.as_deref().is_some_and(|s| s.contains("who"))),
        "{q:?}"
    );
    // No commission was named: nobody to stand for.
    assert!(has(&q, None, "the vote was fair"), "{q:?}");
}

#[test]
fn another_person_after_and_ends_the_reported_clause() {
    let doc = analyse(
        "Peskov said relations were at a low point, and Mr Lavrov struck a similar tone.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, Some("person/dmitry_peskov"), "relations were at a low point"), "{q:?}");
}

#[test]
fn an_add_on_after_straight_quoted_words_is_cut() {
    let doc = analyse(
        "Lavrov said it was \"fair to both sides\", adding that nobody had got everything.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    let lavrov = Some("person/sergei_lavrov");
    assert!(has(&q, lavrov, "it was \"fair to both sides\""), "{q:?}");
    assert!(has(&q, lavrov, "nobody had got everything"), "{q:?}");
}

#[test]
fn a_clause_before_a_titled_speaker() {
    let doc = analyse(
        "Putin would not attend the summit, his spokesman Dmitry Peskov said.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, Some("person/dmitry_peskov"), "Putin would not attend the summit"), "{q:?}");
}

#[test]
fn a_pronoun_after_the_listeners_opens_the_clause() {
    let doc = analyse(
        "Sergei Lavrov met the envoy on Monday. Lavrov told reporters he was “very pleased”.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, Some("person/sergei_lavrov"), "he was “very pleased”"), "{q:?}");
}

#[test]
fn a_pull_quote_signed_with_a_dash() {
    let doc = analyse(
        "The talks went on.\n\n“Diplomacy is a long game.” - Sergei Lavrov\n\nNothing else was said.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, Some("person/sergei_lavrov"), "Diplomacy is a long game."), "{q:?}");
}

#[test]
fn a_possessor_before_the_speaker_is_not_the_subject() {
    let doc = analyse(
        "Russia's Foreign Minister Sergei Lavrov called the plan “late”, and said it was “a trap”.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(has(&q, Some("person/sergei_lavrov"), "a trap"), "{q:?}");
}

#[test]
fn an_opening_adverbial_before_the_speaker_is_not_a_claim() {
    let doc = analyse(
        "Speaking in Moscow, Sergei Lavrov said the visit was off.\n\nAfter the talks, Dmitry Peskov said, “We will see.”\n\nBeijing would not comment, Lavrov said.",
        "2017-05-11",
    );
    let q = quotes_of(&doc);
    assert!(!q.iter().any(|(_, t, d)| !d && t.starts_with("Speaking")), "{q:?}");
    assert!(!q.iter().any(|(_, t, d)| !d && t.starts_with("After the talks")), "{q:?}");
    assert!(has(&q, Some("person/sergei_lavrov"), "Beijing would not comment"), "{q:?}");
}
