use crate::testutil::analyse;
use dyad_core::{Document, Event};

fn who(_doc: &Document, p: &Option<dyad_core::Participant>) -> String {
    p.as_ref().and_then(|p| p.entity.as_ref()).map_or_else(|| "-".into(), ToString::to_string)
}

fn find<'a>(doc: &'a Document, cameo: &str) -> Option<&'a Event> {
    doc.events.iter().find(|e| e.cameo.as_str() == cameo)
}

#[test]
fn call_and_congratulation_with_resolved_date() {
    let doc = analyse(
        "US President Donald Trump phoned Vladimir Putin on Tuesday to congratulate him on his re-election.",
        "2018-03-21",
    );
    let call = find(&doc, "041").expect("a phone call");
    assert_eq!(
        (who(&doc, &call.source), who(&doc, &call.target)),
        ("person/donald_trump".into(), "person/vladimir_putin".into())
    );
    assert_eq!(call.date.unwrap().to_string(), "2018-03-20");
    assert_eq!(call.plover.as_ref().unwrap().as_str(), "CONSULT");
    assert_eq!(call.plover_mode.as_deref(), Some("phone"));
    let congrats = find(&doc, "051").expect("a congratulation");
    assert_eq!(
        (who(&doc, &congrats.source), who(&doc, &congrats.target)),
        ("person/donald_trump".into(), "person/vladimir_putin".into())
    );
    assert_eq!(doc.events.len(), 2, "one event per trigger: {:?}", doc.events);
}

#[test]
fn meeting_passive_visit_and_flags() {
    let doc = analyse(
        "A beaming Trump met Lavrov at the White House on Wednesday. Tillerson was received at the Kremlin by Putin last month. Putin will meet Trump in July. The leaders did not discuss sanctions. If Putin and Trump are able to meet, relations could improve.",
        "2017-05-11",
    );
    let met = find(&doc, "040").expect("a meeting");
    assert_eq!(
        (who(&doc, &met.source), who(&doc, &met.target)),
        ("person/donald_trump".into(), "person/sergei_lavrov".into())
    );
    assert_eq!(met.date.unwrap().to_string(), "2017-05-10");
    let hosted = find(&doc, "043").expect("a hosted visit");
    assert_eq!(
        (who(&doc, &hosted.source), who(&doc, &hosted.target)),
        ("person/vladimir_putin".into(), "person/rex_tillerson".into())
    );
    let planned = find(&doc, "036").expect("a planned meeting");
    assert!(planned.future);
    assert_eq!(planned.date.unwrap().to_string(), "2017-07");
    let hypothetical = doc.events.iter().find(|e| e.hypothetical).expect("a hypothetical event");
    assert!(!hypothetical.negated);
}

#[test]
fn sanctions_and_accusations() {
    let doc = analyse(
        "Washington imposed new sanctions on Moscow last week. Russia accused the United States of meddling.",
        "2018-03-21",
    );
    let s = find(&doc, "163").expect("sanctions");
    assert_eq!(s.source.as_ref().unwrap().actor_code.as_ref().unwrap().as_str(), "USAGOV");
    assert_eq!(s.target.as_ref().unwrap().actor_code.as_ref().unwrap().as_str(), "RUSGOV");
    let a = find(&doc, "112").expect("an accusation");
    assert_eq!(a.source.as_ref().unwrap().actor_code.as_ref().unwrap().as_str(), "RUS");
}

#[test]
fn lexicon_rows_are_checked() {
    assert!(crate::Lexicon::parse("x", "met\t999\tyes\n").is_err());
    assert!(crate::Lexicon::parse("x", "met\t040\tmaybe\n").is_err());
    assert!(crate::Lexicon::parse("x", "~ met\t040\tyes\n").is_err());
    assert!(crate::Lexicon::parse("x", "met\t040\n").is_err());
    assert!(crate::Lexicon::embedded().is_ok());
}

#[test]
fn lexicon_words_inflect() {
    let forms = |w: &str| super::inflect(w);
    assert_eq!(forms("attack+"), ["attack", "attacks", "attacked", "attacking"]);
    assert_eq!(forms("release+"), ["release", "releases", "released", "releasing"]);
    assert_eq!(forms("deny+"), ["deny", "denies", "denied", "denying"]);
    assert_eq!(forms("play+"), ["play", "plays", "played", "playing"]);
    assert_eq!(forms("push+"), ["push", "pushes", "pushed", "pushing"]);
    assert_eq!(forms("agree+"), ["agree", "agrees", "agreed", "agreeing"]);
    assert_eq!(forms("met"), ["met"]);
}

#[test]
fn target_inside_the_trigger_gap() {
    // The target sits in the words a `~` skips (`expelled two Russian diplomats`).
    let doc =
        analyse("Switzerland said it had expelled two Russian diplomats for spying.", "2019-01-10");
    let e = find(&doc, "166").expect("an expulsion");
    assert_eq!(e.target.as_ref().unwrap().actor_code.as_ref().unwrap().as_str(), "RUSGOV");
    assert_eq!(e.source.as_ref().unwrap().actor_code.as_ref().unwrap().as_str(), "CHE");
}

#[test]
fn a_time_in_a_later_clause_does_not_date_the_event() {
    let doc = analyse(
        "Sergei Lavrov visited Washington since Donald Trump came to power in January. \
         Sergei Lavrov visited Washington on Wednesday.",
        "2017-05-11",
    );
    let visits: Vec<_> = doc.events.iter().filter(|e| e.cameo.as_str() == "042").collect();
    assert_eq!(visits.len(), 2, "{:?}", doc.events);
    assert_eq!(visits[0].date, None, "January dates the coming to power");
    assert_eq!(visits[1].date.unwrap().to_string(), "2017-05-10");
}

#[test]
fn refusals_intents_threats_and_reporters() {
    let doc = analyse("Norway refused to meet Sweden.", "2020-01-01");
    let codes: Vec<&str> = doc.events.iter().map(|e| e.cameo.as_str()).collect();
    assert!(codes.iter().all(|c| c.starts_with("12")), "a refusal, not a meeting: {codes:?}");

    let doc = analyse("Norway agreed to provide aid to Sweden.", "2020-01-01");
    assert_eq!(doc.events.len(), 1, "the intent gives way to the act: {:?}", doc.events);
    assert_eq!(doc.events[0].cameo.as_str(), "0331");
    assert_eq!(doc.events[0].plover.as_ref().unwrap().as_str(), "AGREE");

    let doc = analyse("Norway agreed on Monday.", "2020-01-01");
    assert_eq!(doc.events[0].cameo.as_str(), "030", "a bare agreement stands alone");

    let doc = analyse("Norway said it would impose sanctions on Sweden.", "2020-01-01");
    let e = find(&doc, "163").expect("the sanction, coded as CAMEO does");
    assert!(e.future);
    assert_eq!(e.plover.as_ref().unwrap().as_str(), "THREATEN");

    let doc = analyse("Thousands of students staged demonstrations in Oslo.", "2020-01-01");
    assert_eq!(find(&doc, "141").map(|e| e.target.is_some()), Some(true), "{:?}", doc.events);
    let doc = analyse("Norwegian students staged demonstrations on Monday.", "2020-01-01");
    assert!(find(&doc, "141").is_some_and(|e| e.target.is_none()), "a protest needs no target");

    let doc = analyse(
        "Norway and Sweden agreed upon a new pact, the Danish government announced.",
        "2020-01-01",
    );
    let e = find(&doc, "030").expect("an agreement");
    assert_eq!(
        (who(&doc, &e.source), who(&doc, &e.target)),
        ("country/NOR".into(), "country/SWE".into()),
        "the reporter is not a party"
    );
}

#[test]
fn an_attack_named_after_its_clause_and_an_acronym_in_brackets() {
    let doc = analyse(
        "Irish guerrillas wounded two British soldiers in a bomb attack on Thursday.",
        "2000-01-01",
    );
    let e = find(&doc, "183").expect("a bombing");
    let code = |p: &Option<dyad_core::Participant>| {
        p.as_ref().and_then(|p| p.actor_code.clone()).map(|c| c.0).unwrap_or_default()
    };
    assert_eq!((code(&e.source), code(&e.target)), ("IRLREB".into(), "GBRMIL".into()));

    let doc = analyse("A reporter was killed in a car bomb attack.", "2000-01-01");
    assert!(doc.events.is_empty(), "no attacker named: {:?}", doc.events);

    let text = "The Northern Fisheries Council (NFC) rejected the plan.";
    let doc = analyse(text, "2000-01-01");
    let e = find(&doc, "127").expect("a rejection of a plan");
    let source = e.source.as_ref().unwrap().span;
    assert_eq!(source.text(text), Some("The Northern Fisheries Council"));
}

#[test]
fn the_two_leaders_are_both_sides_and_a_term_start_dates_the_call() {
    let doc = analyse(
        "Conversations between Presidents Donald Trump and Vladimir Putin have been rare. \
         The two leaders are yet to meet face to face, although they had a telephone \
         conversation shortly after Mr. Trump was inaugurated.",
        "",
    );
    let call = find(&doc, "041").expect("the call");
    assert_eq!(
        (who(&doc, &call.source), who(&doc, &call.target)),
        ("person/donald_trump".into(), "person/vladimir_putin".into())
    );
    assert_eq!(call.date.unwrap().to_string(), "2017-01", "the month his first term began");
    let meeting = find(&doc, "040").expect("the meeting not yet held");
    assert!(meeting.negated, "'yet to meet' has not happened");
}

#[test]
fn a_cancellation_without_its_object_and_a_summit_date() {
    let doc = analyse(
        "Putin was to meet with Trump on the sidelines of the G20 summit in Buenos Aires. \
         However, on the eve of the summit, Trump canceled because of the incident.",
        "",
    );
    let planned = find(&doc, "036").expect("the planned meeting");
    assert!(planned.future);
    assert_eq!(planned.date.unwrap().to_string(), "2018-11-30");
    let cancel = find(&doc, "125").expect("the cancellation");
    assert_eq!(
        (who(&doc, &cancel.source), who(&doc, &cancel.target)),
        ("person/donald_trump".into(), "person/vladimir_putin".into())
    );
    assert_eq!(cancel.date.unwrap().to_string(), "2018-11-29", "the eve of the summit");

    let doc = analyse("Norway canceled because of the storm.", "2020-01-01");
    assert!(doc.events.is_empty(), "no meeting named before: {:?}", doc.events);
}

#[test]
fn an_if_reaches_only_its_own_clause_and_nouns_take_their_own_sides() {
    let doc = analyse(
        "If the two countries agree, it could pave the way for deals after Russia annexed Crimea \
         and invaded Ukraine.",
        "2017-01-01",
    );
    let invaded = find(&doc, "190").expect("the invasion");
    assert!(!invaded.hypothetical, "told as fact after 'after': {invaded:?}");

    let doc = analyse("If Russia helps us in the fight against ISIS, that is good.", "2017-01-01");
    assert!(doc.events.is_empty(), "the fight has no fighter named: {:?}", doc.events);

    let doc = analyse(
        "The Oval Office meeting followed a similar visit last month by Tillerson to Moscow.",
        "2017-05-11",
    );
    let codes: Vec<&str> = doc.events.iter().map(|e| e.cameo.as_str()).collect();
    assert_eq!(codes, ["042"], "the meeting names no sides of its own: {:?}", doc.events);
    assert_eq!(who(&doc, &doc.events[0].source), "person/rex_tillerson");
    assert_eq!(doc.events[0].date.unwrap().to_string(), "2017-04");
}

#[test]
fn an_undated_report_takes_the_date_of_the_same_act_reported_before() {
    let doc = analyse(
        "US President Donald Trump congratulated Vladimir Putin on Tuesday on his re-election. \
         \"I had a call with President Putin and congratulated him,\" Trump said. \
         Lavrov, who last visited Washington in August 2013, dismissed the claims.",
        "2018-03-21",
    );
    let call = find(&doc, "041").expect("the call");
    assert_eq!(call.date.unwrap().to_string(), "2018-03-20");
    let dismissed = find(&doc, "120").expect("the dismissal");
    assert_eq!(dismissed.date, None, "August 2013 dates the relative clause");
}

#[test]
fn no_target_past_a_quotation_mark_or_a_dash() {
    let doc = analyse(
        "\"A president does not lead by congratulating dictators,\" said Senator John McCain.",
        "2018-03-21",
    );
    assert!(
        doc.events.iter().all(|e| e.target.is_none()),
        "the speaker is no target: {:?}",
        doc.events
    );
    let doc = analyse(
        "Lavrov dismissed all claims of meddling as fabrications - echoing Trump's claim.",
        "2017-05-11",
    );
    let e = find(&doc, "120").expect("the dismissal");
    assert!(e.target.is_none(), "{e:?}");
}

#[test]
fn a_reported_would_is_the_future_and_a_condition_keeps_it_hypothetical() {
    let doc = analyse("Israel announced it would free Palestinian prisoners.", "2008-08-20");
    let e = find(&doc, "0353").or_else(|| doc.events.first()).expect("the release");
    assert!(e.future && !e.hypothetical, "{e:?}");
    let doc = analyse("Israel said it would free prisoners if Hamas agreed.", "2008-08-20");
    assert!(doc.events.iter().all(|e| e.hypothetical), "{:?}", doc.events);
}

#[test]
fn troops_withdrawing_retreat_and_a_government_leaving_a_treaty_reduces_relations() {
    let doc = analyse("Hundreds of UN troops withdrew from the Golan on Monday.", "2014-09-15");
    assert_eq!(doc.events.first().map(|e| e.cameo.as_str()), Some("0874"), "{:?}", doc.events);
    let doc = analyse("The United States withdrew from the treaty with Russia.", "2019-08-02");
    assert_eq!(doc.events.first().map(|e| e.cameo.as_str()), Some("166"), "{:?}", doc.events);
}
