"""Statement extraction on small hand-written articles (our own text, not from any publisher)."""
from __future__ import annotations

from datetime import date

from generator.extract import double_quoted, extract_article, find_statements, find_quotes, paragraphs
from generator.model import Article

PUB = date(2023, 5, 12)  # a Friday


def art(body: str, headline: str = "Headline about talks") -> Article:
    return Article(stem="t", text=f"{headline}\n\n{body}", published=PUB)


def run(body: str, **kw):
    a = art(body, **kw)
    records, speakers = extract_article(a, [])
    names = {s.id: s.name for s in speakers}
    for r in records:
        assert a.text[r.start:r.end] == r.text
    return [(r.kind, names.get(r.speaker, r.speaker), r.text) for r in records], records


def test_quote_then_attribution():
    out, _ = run("“We will not give up an inch,” Mira Holt said.")
    assert out == [("direct", "Mira Holt", "We will not give up an inch")]


def test_inverted_attribution():
    out, _ = run("“The talks are over,” said Tomas Reyes, the union leader.")
    assert out == [("direct", "Tomas Reyes", "The talks are over")]


def test_split_quote_gives_two_records():
    out, _ = run("“We are ready,” Ms. Holt said. “But we will not be rushed.”")
    assert [o[2] for o in out] == ["We are ready", "But we will not be rushed."]
    assert {o[1] for o in out} == {"Holt"}


def test_colon_lead_in_and_unclosed_quote():
    out, _ = run("Anton Vask added: “This is only the beginning of a long process")
    assert out == [("direct", "Anton Vask", "This is only the beginning of a long process")]


def test_multi_paragraph_quote_is_one_record():
    body = ("Mira Holt said: “The first thing is the grain corridor.\n\n"
            "“The second thing is the prisoners. Both must happen soon.”")
    out, recs = run(body)
    assert len(out) == 1 and out[0][0] == "direct"
    assert out[0][2].startswith("The first thing") and out[0][2].endswith("soon.")


def test_reported_speech_after_that():
    out, _ = run("Defence minister Oleg Marr said on Thursday that the bridge had been repaired overnight.")
    assert out == [("indirect", "Oleg Marr", "the bridge had been repaired overnight")]


def test_reported_speech_without_that_and_mixed():
    out, _ = run("Mira Holt said the offer was “a trap” and should be rejected.")
    assert out == [("mixed", "Mira Holt", "the offer was “a trap” and should be rejected")]


def test_appositive_subject():
    out, recs = run("Oleg Marr, the defence minister of Vostria, said the bridge had been repaired overnight.")
    assert out[0][1] == "Oleg Marr"


def test_content_before_attribution():
    out, _ = run("The convoy reached the city before dawn, two regional officials said.")
    assert out == [("indirect", "regional officials", "The convoy reached the city before dawn")]


def test_according_to():
    out, _ = run("The ceasefire collapsed within hours, according to the United Nations.")
    assert out[0][1] == "United Nations" and out[0][0] == "indirect"


def test_pronoun_continues_last_speaker():
    out, _ = run("Mira Holt spoke after the vote.\n“We have the numbers,” she said.")
    assert out == [("direct", "Mira Holt", "We have the numbers")]


def test_floating_quote_paragraph_continues_speaker():
    body = "“We are ready,” Oleg Marr said.\n“Nobody should doubt our resolve on this point.”"
    out, _ = run(body)
    assert [o[1] for o in out] == ["Oleg Marr", "Oleg Marr"]


def test_participle_and_that_split():
    out, _ = run("Mira Holt said the vote was fair and that the count was complete, adding that all observers had agreed.")
    assert [o[2] for o in out] == ["the vote was fair", "the count was complete", "all observers had agreed"]
    assert {o[1] for o in out} == {"Mira Holt"}


def test_scare_quotes_without_speaker_are_skipped():
    out, _ = run("The so-called “peace plan” was published on Monday by the ministry in full.")
    assert out == []


def test_headline_byline_and_boilerplate_skipped():
    body = ("By Jane Roe\n"
            "SEE ALSO: Minister says “the war will end soon, very soon indeed”\n"
            "Also Read: Qatar reiterates support for humanitarian efforts in Ukraine\n"
            "Copyright © 2024 Example News. Officials said all rights are reserved here.\n"
            "Officials said the road was open again.")
    out, _ = run(body, headline="Minister says “the war will end soon, very soon”")
    assert out == [("indirect", "Officials", "the road was open again")]


def test_a_standfirst_above_the_byline_is_skipped_but_the_lede_is_read():
    body = ("The minister said the harbour would reopen soon. Here is what was said.\n"
            "By Jane Roe\n"
            "Published: 10 May 2023 10:14 CEST\n"
            "Oleg Marr said the harbour would reopen within a week.")
    out, _ = run(body)
    assert out == [("indirect", "Oleg Marr", "the harbour would reopen within a week")]
    out, _ = run("Mira Holt said the harbour would reopen soon.\nOleg Marr said the road was open again.\n"
                 "Ivan Petrov said the bridge was closed.")
    assert [o[1] for o in out] == ["Mira Holt", "Oleg Marr", "Ivan Petrov"]


def test_institution_speaker():
    out, _ = run("Vostria’s defence ministry said its forces had repelled three attacks overnight.")
    assert out[0][1] == "Vostria’s defence ministry" or "defence ministry" in out[0][1]


def test_unnamed_source_is_normalised():
    out, _ = run("A senior European diplomat said the sanctions package would be delayed again.")
    assert out[0][1] == "senior European diplomat"


def test_straight_and_mismatched_quotes():
    out, _ = run('"It is a lie, I can tell you that,” Ivo Brandt said. "We never refused to meet," Brandt said.')
    assert [o[2] for o in out] == ["It is a lie, I can tell you that", "We never refused to meet"]
    assert {o[1] for o in out} == {"Ivo Brandt"}


def test_quote_restarted_without_closing():
    out, _ = run("“We want peace, but not at any price,” Oleg Marr said.\n"
                 "“We all want peace, but it must be just. “The burden rests with the aggressor alone.”")
    assert [o[1] for o in out] == ["Oleg Marr"] * 3


def test_ids_are_unique_and_reading_order():
    body = "“We are ready,” Oleg Marr said. “We are ready,” Marr said again later."
    _, recs = run(body)
    assert len({r.id for r in recs}) == len(recs)
    assert [r.start for r in recs] == sorted(r.start for r in recs)


def test_findings_have_mentions_and_cues():
    a = art("Defence minister Oleg Marr said on Thursday that the bridge had been repaired overnight.")
    (f,) = find_statements(a)
    assert f.cue == "said" and f.mention.text == "Oleg Marr" and f.mention_kind == "name"
    assert a.text[f.mention.start:f.mention.end] == "Oleg Marr"


def test_quote_scanner_handles_unbalanced_marks():
    text = "Head\n\n”stray close “open never closed\n“next para”"
    paras = paragraphs(text)
    qs = find_quotes(text, paras)
    assert all(0 <= q.start < q.end <= len(text) for q in qs)


def test_status_and_statement_fields():
    _, recs = run("Mira Holt said the offer was acceptable to her party.")
    (r,) = recs
    assert r.status == "machine" and r.article == "t" and r.id.startswith("s-")


def test_prose_paragraph_opening_with_by_is_not_a_byline():
    out, _ = run("Intro line for the story about the vote.\n\n"
                 "By Sunday evening, organisers had counted the ballots. “We expected a closer race,” said Ana Veld.")
    assert ("direct", "Ana Veld", "We expected a closer race") in out


def test_inverted_attribution_to_a_description_without_known_head():
    out, _ = run("“Nobody saw this coming,” said a 2019 campaign veteran.")
    assert [(o[0], o[2]) for o in out] == [("direct", "Nobody saw this coming")]


def test_inverted_attribution_to_a_name_with_a_lowercase_affiliation():
    out, _ = run("“The numbers will not hold,” said Pel Arkwright of regional polling outfit QRS.")
    assert out == [("direct", "Pel Arkwright", "The numbers will not hold")]


def test_pronoun_with_no_earlier_speaker_takes_the_last_full_name():
    out, _ = run("Mayor Lena Karsh stretched the facts on Monday when she spoke about the budget.\n\n"
                 "“The city has never been in better shape,” she said.")
    assert ("direct", "Lena Karsh", "The city has never been in better shape") in out


def test_person_subject_with_quoted_predicate_is_mixed():
    out, _ = run("Oskar Lind spoke at the harbour on Tuesday.\n\n"
                 "Lind pledged to defend the fishing quota “until the very last vote.”")
    assert ("mixed", "Oskar Lind", "pledged to defend the fishing quota “until the very last vote.”") in out


def test_capitalised_common_word_is_not_a_quoted_subject():
    out, _ = run("Critics were loud. Fake petitions in March promised “a brighter tomorrow for all.”")
    assert not [o for o in out if o[0] == "mixed"]


# ---------------------------------------------------------------- quote styles added in round 3

def test_quote_closing_its_clause_keeps_the_words_before_it():
    out, _ = run("Dorn, though, would have to “move closer to the centre,” Ilse Varga said.")
    assert out == [("mixed", "Ilse Varga", "Dorn, though, would have to “move closer to the centre,”")]


def test_quote_after_an_introducing_comma_stays_direct():
    out, _ = run("In a statement, “We will fight this ruling in every court,” Ilse Varga said.")
    assert out == [("direct", "Ilse Varga", "We will fight this ruling in every court")]


def test_short_quoted_title_before_a_new_clause_is_not_a_statement():
    out, _ = run("On the radio show “Harbour Talk,” Ilse Varga said the ferry plan was finished.")
    assert [o[2] for o in out] == ["the ferry plan was finished"]


def test_attribution_set_off_by_commas_after_a_scene_setter():
    out, _ = run("In 2019, Ilse Varga said, the fund paid for the new harbour lights.")
    assert out == [("indirect", "Ilse Varga", "the fund paid for the new harbour lights")]


def test_attribution_set_off_by_commas_inside_the_statement():
    out, _ = run("The ferry plan, Ilse Varga said, will cost far more than the council admits.")
    assert out == [("indirect", "Ilse Varga",
                    "The ferry plan, Ilse Varga said, will cost far more than the council admits")]


def test_attribution_followed_by_a_participle_is_not_parenthetical():
    out, _ = run("The ferry plan is a costly mistake, Ilse Varga said, adding that most voters agree with her.")
    assert ("indirect", "Ilse Varga", "The ferry plan is a costly mistake") in out
    assert ("indirect", "Ilse Varga", "most voters agree with her") in out


def test_manner_of_speaking_verb_after_a_quote():
    out, _ = run("“Sit down and let the others speak,” Ilse Varga barked.")
    assert out == [("direct", "Ilse Varga", "Sit down and let the others speak")]


def test_manner_verb_is_no_reporting_verb_without_that():
    out, _ = run("Ilse Varga barked orders at the crew for most of the long night shift.")
    assert out == []


def test_colon_after_a_sentence_opening_with_a_person():
    out, _ = run("Ilse Varga turned to the council: “You have wasted three years on this ferry.”")
    assert out == [("direct", "Ilse Varga", "You have wasted three years on this ferry.")]


def test_colon_after_narration_without_a_person_is_left_alone():
    out, _ = run("The sign on the gate read: “Closed for the winter until further notice.”")
    assert out == []


def test_quote_signed_with_a_dash_and_a_name():
    out, _ = run("“The harbour has never looked better than it does this year.” ― Ilse Varga")
    assert out == [("direct", "Ilse Varga", "The harbour has never looked better than it does this year.")]


def test_quote_signed_with_an_organisation_is_not_read_as_a_person():
    out, _ = run("“We cannot afford another ferry, whatever the council says.” — Harbour Watch Group")
    assert out == []


def test_infinitive_speech_verb_takes_the_sentence_subject_before_a_quote():
    out, _ = run("Ilse Varga went on to say, “Nobody on this council has read the ferry report.”")
    assert out == [("direct", "Ilse Varga", "Nobody on this council has read the ferry report.")]


def test_infinitive_speech_verb_without_a_quote_is_not_a_statement():
    out, _ = run("Ilse Varga declined to say whether the ferry plan would pass this year.")
    assert out == []


def test_participle_after_by_reports_speech():
    out, _ = run("Ilse Varga opened the meeting by saying the ferry budget had run dry.")
    assert out == [("indirect", "Ilse Varga", "the ferry budget had run dry")]


def test_attribution_after_an_exclaimed_quote_with_a_trailing_participle():
    out, _ = run("“We will not give up the harbour!” Ilse Varga shouted, waving a flag.")
    assert ("direct", "Ilse Varga", "We will not give up the harbour!") in out


def test_new_clause_after_an_exclaimed_quote_is_its_own_statement():
    out, _ = run("“We will not give up the harbour!” Ilse Varga said the ferry plan was dead.")
    assert ("indirect", "Ilse Varga", "the ferry plan was dead") in out
    assert not [o for o in out if o[0] == "direct"]


def test_time_phrase_between_subject_and_verb():
    out, recs = run('Mayor Lena Ortiz on Tuesday said the budget was "a serious mistake" for the town.')
    assert out == [("mixed", "Lena Ortiz", 'the budget was "a serious mistake" for the town')]
    assert recs[0].date == date(2023, 5, 9)


def test_clause_running_on_past_a_quotation_to_the_attribution():
    out, _ = run('Harbour fees became "far too high" for most of the small boats, Pia Lund said.')
    assert out == [("mixed", "Pia Lund", 'Harbour fees became "far too high" for most of the small boats')]
    out, _ = run('“We are tired and angry,” Pia Lund, the harbour master, said.')
    assert out == [("direct", "Pia Lund", "We are tired and angry")]


def test_quotation_closes_clause_before_a_new_predicate():
    out, _ = run('Mira Holt called the harbour deal "a sorry mess" and criticised the council for its silence.')
    assert out[0] == ("mixed", "Mira Holt", 'the harbour deal "a sorry mess"')


def test_name_straight_before_a_participle_is_its_subject():
    out, _ = run('The council met on Monday, with Tomas Reyes calling the vote “a sad day for the harbour.”')
    assert out == [("mixed", "Tomas Reyes", "the vote “a sad day for the harbour.”")]


def test_subject_quote_past_a_relative_clause():
    out, _ = run('Senator Mira Holt, who leads the county poll, named “Harbour Nights” as her favourite show.')
    assert out == [("mixed", "Mira Holt", "“Harbour Nights” as her favourite show")]


def test_plain_description_opening_the_sentence_is_the_speaker():
    out, _ = run('Tomas Reyes praised the plan. The harbour master also slammed the council for “wasting our money.”')
    assert ("mixed", "harbour master", "the council for “wasting our money.”") in out


def test_pronoun_subject_after_a_scene_setting_opener():
    out, _ = run("Mira Holt spoke first. Back on the island, she returned to her old lines: "
                 "“There will be no new harbour tax for anyone!”")
    assert out == [("direct", "Mira Holt", "There will be no new harbour tax for anyone!")]


def test_determiner_phrase_opening_a_sentence_is_the_source_of_its_quote():
    out, _ = run("The new leaflet targets a “harbour council that wastes our money on parking.”")
    assert out == [("mixed", "new leaflet", "a “harbour council that wastes our money on parking.”")]


def test_retort_verbs_after_a_quotation():
    out, _ = run("“You are wrong about the harbour,” Mira Holt shot back.")
    assert out == [("direct", "Mira Holt", "You are wrong about the harbour")]
    out, _ = run("“What a night for the town this is!” beamed Tomas Reyes.")
    assert out == [("direct", "Tomas Reyes", "What a night for the town this is!")]


def test_attribution_followed_by_a_time_clause_without_comma():
    out, _ = run("The vote began. “Our county is proud to cast its votes for the harbour plan!” "
                 "Mira Holt said as she opened the session.")
    assert out == [("direct", "Mira Holt", "Our county is proud to cast its votes for the harbour plan!")]


def test_long_appositive_between_quotation_and_verb():
    out, _ = run("“Nothing we could do now would change the tide,” Tomas Reyes, director of the coastal "
                 "research project at the old harbour institute in the north, said in an interview.")
    assert out == [("direct", "Tomas Reyes", "Nothing we could do now would change the tide")]


def test_title_in_a_setting_phrase_is_not_the_statement():
    out, _ = run("On the harbour channel’s “Sunday Tides,” Mayor Lena Ortiz said the new pier was "
                 "“a serious mistake” for the town.")
    assert out == [("mixed", "Lena Ortiz", "the new pier was “a serious mistake” for the town")]


def test_closing_mark_typed_to_open_a_paragraph():
    out, _ = run("Readers wrote in.\n\n”The harbour plan is a disgrace to all of us in the town.” ― Mira Holt")
    assert out == [("direct", "Mira Holt", "The harbour plan is a disgrace to all of us in the town.")]


def test_participle_and_colon_after_a_described_source():
    out, _ = run("The harbour board released a statement saying the new fees “are far too high for anyone.”")
    assert out == [("mixed", "harbour board", "the new fees “are far too high for anyone.”")]


def test_described_source_after_a_scene_setting_opener():
    out, _ = run('In December, the harbour master called for a new vote, calling the fees "a disgrace to the town."')
    assert ("mixed", "harbour master", 'the fees "a disgrace to the town."') in out


def test_clause_running_on_past_a_quotation_to_an_inverted_attribution():
    out, _ = run("“The council is saying a lot of the right things” about the harbour, said Pia Lund, a local skipper.")
    assert out == [("mixed", "Pia Lund",
                    "“The council is saying a lot of the right things” about the harbour")]
    out, _ = run("Harbour “excesses” are sickening, Pia Lund said Tuesday in the capital.")
    assert out == [("mixed", "Pia Lund", "Harbour “excesses” are sickening")]


def test_participle_after_a_closing_mark_ends_the_clause():
    out, _ = run("Mira Holt called the idea a “ridiculous proposition,” adding that the council “must change course.”")
    assert out == [("mixed", "Mira Holt", "the idea a “ridiculous proposition,”"),
                   ("mixed", "Mira Holt", "the council “must change course.”")]


def test_progressive_speech_verb_keeps_its_subject():
    out, _ = run("Mira Holt is telling the fishermen that the harbour fleet is “badly depleted.”")
    assert out == [("mixed", "Mira Holt", "the harbour fleet is “badly depleted.”")]
    out, _ = run("Mira Holt spoke on Friday. She’s claiming that the fees are “a big, big problem for us.”")
    assert out == [("mixed", "Mira Holt", "the fees are “a big, big problem for us.”")]


def test_topic_lead_before_a_comma_set_attribution_belongs_to_the_statement():
    out, _ = run('Mira Holt spoke on Friday. Of the scrutiny over the harbour, she said, "It is a little much for us."')
    assert out == [("mixed", "Mira Holt", 'Of the scrutiny over the harbour, she said, "It is a little much for us."')]
    out, _ = run('Mira Holt spoke on Friday. Turning to the harbour, she said, "It is a little much for us."')
    assert out == [("direct", "Mira Holt", "It is a little much for us.")]


def test_pronoun_clause_after_a_quotation_stays_in_the_statement():
    out, _ = run("Mira Holt said the harbour system is “complex” and she feels she can win the vote.")
    assert out == [("mixed", "Mira Holt", "the harbour system is “complex” and she feels she can win the vote")]
    out, _ = run("Mira Holt said the plan was “sad,” but she added that the town would survive it.")
    assert [o[2] for o in out] == ["the plan was “sad,”", "the town would survive it"]


def test_group_subjects_of_speech_verbs():
    out, _ = run("About four in 10 harbour voters say the new pier is “a waste of money.”")
    assert out == [("mixed", "voters", "the new pier is “a waste of money.”")]
    out, _ = run("At least half of the delegates in each village say the quota is “about right.”")
    assert out == [("mixed", "delegates", "the quota is “about right.”")]


def test_named_owner_of_a_speaking_body_opens_the_sentence():
    out, _ = run("Tomas Reyes spoke. Mira Holt’s campaign shrugged off the remarks, telling reporters, "
                 "“Nobody on the team has ever asked for his support.”")
    assert out == [("direct", "campaign of Mira Holt", "Nobody on the team has ever asked for his support.")]


def test_capitalised_words_in_a_described_opening():
    out, _ = run("The Republican candidate defended his plans by saying, “I am trying to save the harbour.”")
    assert out == [("direct", "Republican candidate", "I am trying to save the harbour.")]


def test_described_speaker_after_a_leading_conjunction():
    out, _ = run('Some fishermen felt betrayed. As one skipper told the harbour weekly, "She wants to scare us all."')
    assert out == [("direct", "skipper", "She wants to scare us all.")]


def test_quotation_after_a_bare_attribution_sentence():
    out, _ = run('"The harbour is in trouble," said Tomas Reyes. The skipper Pia Lund agreed. '
                 '"We are running out of time to find another plan."')
    assert out[1] == ("direct", "Pia Lund", "We are running out of time to find another plan.")


def test_infinitive_speech_verb_is_no_new_speaker():
    out, _ = run("Mira Holt spoke. The harbour master said the council and the board are to blame for the silt.")
    assert ("indirect", "harbour master", "the council and the board are to blame for the silt") in out


def test_described_speaker_after_an_opener_and_poll_shares():
    out, _ = run("As the siren sounded, the announcer said, “Your children are safe and asleep tonight.”")
    assert out == [("direct", "announcer", "Your children are safe and asleep tonight.")]
    out, _ = run('However, 63 percent said the mayor was "justified" in keeping the plan private.')
    assert out == [("mixed", "63 percent", 'the mayor was "justified" in keeping the plan private')]


def test_described_opening_with_an_irregular_verb_or_a_possessive():
    out, _ = run("Jo Bloggs spoke. The retired skipper began by talking about the silt, saying the channel is "
                 "“narrower than ever.”")
    assert ("mixed", "retired skipper", "the channel is “narrower than ever.”") in out
    out, _ = run('Jo Bloggs spoke. His chief aide doubled down on Monday, saying Reyes is qualified "on paper" only.')
    assert ("mixed", "Jo Bloggs's chief aide", 'Reyes is qualified "on paper" only') in out   # his = Bloggs


def test_long_group_subject():
    out, _ = run("About four in 10 North Harbour County Republican primary voters say the quality they want "
                 "is that a mayor “shares my values.”")
    assert out and out[0][1] == "voters"


def test_side_taking_groups_and_a_set_off_however():
    out, _ = run("Opponents of the harbour plan, however, say it would turn the quay into a “parking lot.”")
    assert out and out[0][2] == "it would turn the quay into a “parking lot.”"


def test_qualified_time_phrase_between_subject_and_verb():
    out, _ = run("Mayor Lena Ortiz less than two weeks ago said the pier was “a serious mistake” for the town.")
    assert out == [("mixed", "Lena Ortiz", "the pier was “a serious mistake” for the town")]


def test_it_refers_back_to_a_speaking_institution():
    out, _ = run("“We will act on the fees,” the Harbour Board said in a statement. "
                 "It said the new fees were “far too high” for boats.")
    assert out == [("direct", "Harbour Board", "We will act on the fees"),
                   ("mixed", "Harbour Board", "the new fees were “far too high” for boats")]


def test_sentence_context_holds_a_question_quote():
    # the sentence splitter breaks after “…?”, leaving "Mira Holt asked." as the sentence
    out, records = run("“Does anybody know what the plan is?” Mira Holt asked.")
    assert out == [("direct", "Mira Holt", "Does anybody know what the plan is?")]
    assert records[0].text in records[0].sentence


def test_speech_inside_an_opening_adverbial_clause_ends_at_its_comma():
    out, _ = run("A day after Mira Holt said the bridge would reopen within a week, the ministry closed it again.")
    assert out == [("indirect", "Mira Holt", "the bridge would reopen within a week")]


def test_a_clause_that_closed_before_the_verb_leaves_the_content_whole():
    out, _ = run("When asked, Mira Holt said that the bridge, if repaired, would reopen within a week.")
    assert out == [("indirect", "Mira Holt", "the bridge, if repaired, would reopen within a week")]


def test_a_wire_dateline_does_not_hide_the_lead_sentence():
    out, _ = run("KYIV, Ukraine (AP) — Mira Holt on Sunday urged allies to hurry, saying the harbour had been shelled again.")
    assert out == [("indirect", "Mira Holt", "urged allies to hurry"),
                   ("indirect", "Mira Holt", "the harbour had been shelled again")]


def test_a_dateline_naming_two_cities():
    out, _ = run("VELDGRAD/MARROW, May 11 (Reuters) - The ministry on Thursday rejected the offer, saying it "
                 "ignored the causes of the dispute.")
    assert out == [("indirect", "ministry", "it ignored the causes of the dispute")]


def test_a_participle_after_a_non_speech_verb_carries_the_statement():
    out, _ = run("His chief aide, Oleg Marr, echoed the appeal in a post online, writing that “the bridge must be rebuilt.”")
    assert out == [("direct", "Oleg Marr", "the bridge must be rebuilt.")]
    out, _ = run("Oleg Marr echoed the appeal in a post online, writing that the bridge must be rebuilt soon.")
    assert out == [("indirect", "Oleg Marr", "the bridge must be rebuilt soon")]


def test_british_single_quotes():
    out, _ = run("‘We will not give up an inch,’ Mira Holt said. ‘The soldiers’ families deserve better.’\n"
                 "The minister called the offer ‘a cynical stunt’ designed to divide the allies.")
    assert out[:2] == [("direct", "Mira Holt", "We will not give up an inch"),
                       ("direct", "Mira Holt", "The soldiers’ families deserve better.")]
    assert out[2][0] == "mixed" and out[2][2].endswith("‘a cynical stunt’ designed to divide the allies")


def test_straight_single_quotes_and_apostrophes():
    out, _ = run("'We won't give up an inch,' Mira Holt said. 'Not while the harbour is under fire.'")
    assert [o[2] for o in out] == ["We won't give up an inch", "Not while the harbour is under fire."]


def test_archive_paired_apostrophes_quote():
    out, _ = run("''We will not give up an inch,'' Mira Holt said on Monday. ''Not while the harbour burns.''")
    assert [o[2] for o in out] == ["We will not give up an inch", "Not while the harbour burns."]


def test_swedish_quote_marks_open_with_the_closing_mark():
    out, _ = run("”We will not give up an inch”, Mira Holt said. She called the deal ”historic” for the port.")
    assert out[0] == ("direct", "Mira Holt", "We will not give up an inch")
    assert out[1] == ("mixed", "Mira Holt", "the deal ”historic” for the port")


def test_a_closing_mark_starting_a_word_stays_when_the_article_has_openers():
    body = "“The harbour stays shut,” Mira Holt said. Critics said ”odd” things."
    assert double_quoted(body) == body


def test_a_few_apostrophes_do_not_switch_the_quote_convention():
    body = "“The harbour’s gates stay shut,” Mira Holt said of the city’s plan. Critics called it ‘odd’."
    assert double_quoted(body) == body


def test_content_before_a_told_attribution():
    out, records = run("The harbour will reopen within a week, Mira Holt told the BBC late Monday, as repairs went on.")
    assert out == [("indirect", "Mira Holt", "The harbour will reopen within a week")]
    assert records[0].date_cue == "late Monday" and records[0].date == date(2023, 5, 8)


def test_a_short_quoted_sentence_after_an_attributed_quote_is_its_sequel():
    out, _ = run("“We will not retreat,” the commander said. “Not one step.”")
    assert [o[2] for o in out] == ["We will not retreat", "Not one step."]
    out, _ = run("“We will not retreat,” Mira Holt said. Critics called it a “fantasy” and walked out of the hall.")
    assert [o[1] for o in out] == ["Mira Holt", "Critics"] and "Not" not in str(out)


def test_the_ministry_is_the_ministry_the_article_named_before():
    out, _ = run("Russia’s Foreign Ministry on Thursday summoned the Veldland envoy. "
                 "The ministry said the remarks were unacceptable.\n\n"
                 "The Ukrainian Defence Ministry said its forces had held the line. "
                 "The ministry added that fighting continued near the river.")
    assert [o[1] for o in out] == ["Russian Foreign Ministry", "Ukrainian Defence Ministry",
                                   "Ukrainian Defence Ministry"]


def test_a_two_word_head_is_the_organisation_named_before_with_it():
    out, _ = run("Veldland’s air force said it had shot down nine drones over the capital.\n\n"
                 "The air force said on Telegram that two more had hit a depot.")
    assert [o[1] for o in out] == ["Veldland’s air force", "Veldland’s air force"]


def test_a_named_person_of_a_place_with_a_lowercase_place_noun():
    out, _ = run("Governor Ilse Varn of the Marrow region said two people were hurt in the strike.")
    assert out == [("indirect", "Ilse Varn", "two people were hurt in the strike")]


def test_an_organisation_named_with_of_and_a_bare_one_with_no_antecedent():
    out, _ = run("The Ministry of Harbours issued new rules. The ministry said the port would reopen.\n\n"
                 "The agency said shipping would resume within a week.")
    assert out[0][1] == "Ministry of Harbours"
    assert out[1][1] == "agency"  # nothing earlier is an agency: the bare word stays


def test_the_word_alone_is_never_its_own_antecedent_across_a_sentence_end():
    out, _ = run("Talks ended on Monday. The European Commission proposed new sanctions. "
                 "The commission said the package targeted banks.")
    assert out == [("indirect", "European Commission", "the package targeted banks")]


def test_a_three_word_clause_with_an_auxiliary_is_reported_speech_but_an_object_is_not():
    out, _ = run("Mira Holt said prices would rise. Tomas Reyes said the same thing.")
    assert out == [("indirect", "Mira Holt", "prices would rise")]


def test_a_charge_keeps_its_target_and_verb():
    out, _ = run("Mira Holt accused the harbour board of stalling the talks on purpose. "
                 "The union blamed the council for the failure to negotiate.")
    assert [o[2] for o in out] == ["accused the harbour board of stalling the talks on purpose",
                                   "blamed the council for the failure to negotiate"]
    assert [o[1] for o in out] == ["Mira Holt", "union"]


def test_an_accusation_without_its_charge_is_not_a_statement():
    out, _ = run("Mira Holt accused him. Tomas Reyes blamed the weather.")
    assert out == []


def test_an_organisation_opening_a_sentence_speaks_through_its_statement():
    out, _ = run("The Kremlin issued a statement saying the water was safe to drink.\n\n"
                 "NATO published a report saying the fleet had lost four ships.")
    assert out == [("indirect", "Kremlin", "the water was safe to drink"),
                   ("indirect", "NATO", "the fleet had lost four ships")]


def test_a_participle_set_between_subject_and_verb_is_its_own_statement():
    out, _ = run("Mira Holt, accusing the board of shelling the port, said the talks were over.")
    assert out == [("indirect", "Mira Holt", "accusing the board of shelling the port"),
                   ("indirect", "Mira Holt", "the talks were over")]


def test_an_appeal_keeps_who_was_urged():
    out, _ = run("Mira Holt on Sunday urged the harbour board to reopen the port within a week.")
    assert out == [("indirect", "Mira Holt", "urged the harbour board to reopen the port within a week")]


def test_a_name_set_off_after_a_long_role_is_the_speaker():
    out, _ = run("Veldland’s ambassador to the United Nations, Anatoly Brask, said the offer was empty.")
    assert out == [("indirect", "Anatoly Brask", "the offer was empty")]


def test_according_to_after_a_closing_quotation_mark_ends_the_statement():
    out, _ = run('Tomas Reyes dismissed the offer as "empty words," according to a statement from his office.')
    assert out[0][2] == 'dismissed the offer as "empty words,"'


def test_a_participle_of_any_speech_verb_closes_the_reported_clause():
    out, _ = run("Mira Holt said the port would never be sold, rejecting calls from the board for a compromise.")
    assert out[0] == ("indirect", "Mira Holt", "the port would never be sold")


def test_a_relative_time_between_verb_and_that_is_not_part_of_the_statement():
    out, _ = run("Ivan Petrov said overnight that the border was closed. "
                 "Mira Holt said a day earlier that the ships had left port.")
    assert [o[2] for o in out] == ["the border was closed", "the ships had left port"]


def test_a_leader_of_another_country_is_not_the_one_named_before():
    out, _ = run("Finnish President Mira Holt said on Monday that Europe must prepare.\n\n"
                 "Holt’s Estonian counterpart, Alar Karis, agreed. “We have no illusions,” the Estonian leader said.")
    assert [o[1] for o in out] == ["Mira Holt", "Alar Karis"]


def test_an_age_description_is_the_person_just_named():
    out, _ = run("Former prime minister Sanna Virta said in a speech that Europe woke up too late.\n\n"
                 "The 39-year-old said the West had underestimated Moscow for years.")
    assert [o[1] for o in out] == ["Sanna Virta", "Sanna Virta"]


def test_the_statement_speaks_for_whoever_just_spoke_in_it():
    out, records = run("The Kremlin said in a statement on Wednesday that it had kept every promise. "
                       "The statement added that the pipeline was ready to resume.")
    assert [o[1] for o in out] == ["Kremlin", "Kremlin"]


def test_one_of_the_sources_is_the_group_described_before():
    out, records = run("The talks will resume in April, three sources familiar with the discussions told reporters. "
                       "The proposal would phase out imports by 2027, one of the sources said.")
    assert len({r.speaker for r in records}) == 1


def test_the_one_an_agency_quotes_as_saying_is_the_speaker():
    out, _ = run("The Interfax news agency quoted Ivan Korov as saying that the harbour was ready for talks. "
                 "Mira Holt was quoted by a local paper as saying the port would reopen soon.")
    assert out == [("indirect", "Ivan Korov", "the harbour was ready for talks"),
                   ("indirect", "Mira Holt", "the port would reopen soon")]


def test_someones_spokesman_is_not_the_spokesman_of_someone_else():
    out, _ = run("A spokesman for Mira Holt said she had not been invited to the talks. "
                 "Tomas Reyes’s spokesman said the remarks were unacceptable to the union.")
    assert out[0][1] != out[1][1]


def test_through_a_spokesman_is_how_the_subject_spoke():
    out, _ = run("Mira Holt, the harbour minister, said on Monday the port would reopen. "
                 "The minister, through a spokesman, said she would not resign over the closure.")
    assert [o[1] for o in out] == ["Mira Holt", "Mira Holt"]


def test_state_media_report():
    out, _ = run("Russian state media reported that the army had taken the village overnight.")
    assert out == [("indirect", "Russian state media", "the army had taken the village overnight")]


def test_an_act_of_speech_keeps_its_verb_when_no_clause_follows():
    out, _ = run("Mira Holt called for an immediate ceasefire along the front line. "
                 "Tomas Reyes vowed to rebuild every bridge destroyed in the war. "
                 "Ivan Korov warned against any escalation in the Black Sea. "
                 "Anna Berg demanded the release of all prisoners of war.")
    assert [o[2] for o in out] == ["called for an immediate ceasefire along the front line",
                                   "vowed to rebuild every bridge destroyed in the war",
                                   "warned against any escalation in the Black Sea",
                                   "demanded the release of all prisoners of war"]


def test_an_act_verb_with_a_clause_reports_the_clause():
    out, _ = run("Anna Berg demanded that the prisoners be released at once. "
                 "Ivan Korov promised the bridges would be rebuilt by the spring.")
    assert [o[2] for o in out][:1] == ["the prisoners be released at once"]


def test_an_act_verb_inside_an_object_relative_clause_is_not_a_statement():
    out, _ = run("Neither side has budged over the eastern territories, which the harbour board demands the city cede.")
    assert out == []


def test_a_reported_question_keeps_its_verb():
    out, _ = run("Mira Holt questioned whether the ceasefire would hold through the winter. "
                 "Tomas Reyes asked whether the allies were ready to pay the price.")
    assert [o[2] for o in out] == ["questioned whether the ceasefire would hold through the winter",
                                   "asked whether the allies were ready to pay the price"]


def test_the_reporters_verification_aside_is_not_part_of_the_claim():
    out, _ = run("The army said its troops had taken the village of Drava, a claim that could not be "
                 "independently verified.\n\n"
                 "The governor said 40 homes had burned, which Veldland Radio could not immediately confirm.")
    assert [o[2] for o in out] == ["its troops had taken the village of Drava", "40 homes had burned"]


def test_a_reason_clause_inside_a_set_off_phrase_keeps_the_subject():
    out, _ = run("Two diplomats, who spoke on condition of anonymity because they were not allowed to "
                 "brief reporters, said the meeting could take place next month.")
    assert out == [("indirect", "diplomats", "the meeting could take place next month")]


def test_an_absolute_clause_with_its_own_speaker():
    out, _ = run("Fighting went on near the river, with Veldland’s army saying its troops had held the bridge.\n\n"
                 "Mira Holt said the talks had failed, with the ministry adding that no new date was set.")
    assert out == [("indirect", "Veldland’s army", "its troops had held the bridge"),
                   ("indirect", "Mira Holt", "the talks had failed"),
                   ("indirect", "ministry", "no new date was set")]


def test_a_relative_clause_on_the_interview_is_not_the_content():
    out, records = run("Mira Holt told Radio Veld in an interview that aired on Monday that the port "
                       "would stay closed.")
    assert out == [("indirect", "Mira Holt", "the port would stay closed")]
    assert records[0].date == date(2023, 5, 8)      # the Monday before publication


def test_a_date_inside_the_question_does_not_date_the_answer():
    out, records = run("Asked whether the war could end this year, Mira Holt said: “Nobody can know that.”")
    assert out == [("direct", "Mira Holt", "Nobody can know that.")]
    assert records[0].date_precision == "reported"


def test_an_opening_time_or_source_phrase_without_a_comma():
    out, records = run("On Wednesday the minister said the port would stay closed for a week.\n\n"
                       "In a statement the Kremlin said the talks would resume in June.\n\n"
                       "On Thursday the pope called for a “just and lasting peace”.")
    assert [(o[1], o[2]) for o in out] == [("minister", "the port would stay closed for a week"),
                                           ("Kremlin", "the talks would resume in June"),
                                           ("pope", "called for a “just and lasting peace”")]
    # (the Kremlin's gives no day: it is listed on the story's day, Wednesday, as "reported")
    assert [r.date for r in records] == [date(2023, 5, 10), date(2023, 5, 10), date(2023, 5, 11)]
    assert records[1].date_precision == "reported"


def test_one_of_them_is_the_group_quoted_before_never_a_lone_person():
    out, _ = run("Three Veldland diplomats said the draft had been agreed in Marrow. "
                 "One of them said the envoys had been briefed.\n\n"
                 "“We are ready,” Mira Holt said. One of them said the harbour would reopen soon.")
    assert [o[1] for o in out] == ["Veldland diplomats", "Veldland diplomats", "Mira Holt", "Veldland diplomats"]
    out, _ = run("“We are ready,” Mira Holt said. One of them said the harbour would reopen soon.")
    assert [o[1] for o in out] == ["Mira Holt"]     # no group was quoted: nobody to stand for


def test_a_target_verb_keeps_its_target_when_a_quotation_follows():
    out, _ = run("Mira Holt accused the West of “hypocrisy” and said the talks would go on for weeks.")
    assert out == [("mixed", "Mira Holt", "accused the West of “hypocrisy”"),
                   ("indirect", "Mira Holt", "the talks would go on for weeks")]


def test_content_then_a_speaker_with_an_auxiliary():
    out, _ = run("The harbour will not be sold to anyone, Mira Holt has said, as the envoys arrived.\n\n"
                 "The fund pays a fifth of its costs, an arrangement the union has criticized.\n\n"
                 "After months of talks, her party has begun to count the votes in the north.")
    assert out == [("indirect", "Mira Holt", "The harbour will not be sold to anyone")]


def test_a_past_tense_claim_with_a_clause_and_no_that():
    out, _ = run("The Veldland army claimed its troops had taken two more villages.\n\n"
                 "The group claimed responsibility for what was a deadly attack.\n\n"
                 "Mira Holt noted the attacks and her work in the city.")
    assert out == [("indirect", "Veldland army", "its troops had taken two more villages")]


def test_the_top_diplomat_is_the_foreign_minister_quoted_before():
    out, _ = run("Estonian Foreign Minister Ilse Varn said the border would stay open for now.\n\n"
                 "Estonia’s top diplomat also claimed that the sanctions had failed.\n\n"
                 "A Western diplomat said the talks were over. The diplomat said nothing more would happen.")
    assert [o[1] for o in out] == ["Ilse Varn", "Ilse Varn", "Western diplomat", "Western diplomat"]


def test_a_colon_inside_a_single_quoted_title_does_not_open_the_clause():
    out, _ = run("Mira Holt, a researcher and the author of ‘Between Two Fires: Vostria and the Great Powers’, "
                 "said the mission had achieved more than its critics allowed.")
    assert out == [("indirect", "Mira Holt", "the mission had achieved more than its critics allowed")]


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister_named_before():
    out, _ = run("Vostria is ready to host talks, Foreign Minister Tomas Reyes said on Thursday.\n\n"
                 "The head of Vostrian diplomacy explained that the offer had been passed to Arden.")
    assert [o[1] for o in out] == ["Tomas Reyes", "Tomas Reyes"]


def test_and_then_a_verb_that_needs_that_opens_no_new_speaker_without_it():
    out, _ = run("Jo Bloggs said that buyers in Arden and the Middle East had begun asking for price quotations.")
    assert out == [("indirect", "Jo Bloggs",
                    "buyers in Arden and the Middle East had begun asking for price quotations")]
    # (with a clause after it, it does: "but analysts agreed it was ...")
    out, _ = run("Tomas Reyes said the plan was a bold step for the whole region, but analysts agreed it was "
                 "still a top-heavy plan.")
    assert [o[1] for o in out] == ["Tomas Reyes", "analysts"]


def test_the_envoy_is_the_ambassador_named_before():
    out, recs = run("Vostria's ambassador to Arden, Tomas Reyes, said on Thursday he hoped Arden would speak up.\n\n"
                    "“We are not asking Arden to choose sides,” the envoy said.")
    assert [o[1] for o in out] == ["Tomas Reyes", "Tomas Reyes"]
    assert [str(r.date) for r in recs] == ["2023-05-11", "2023-05-11"]


def test_an_organisation_named_with_of_and_the_document_it_published():
    out, _ = run("The report, published by the Marrow School of Economics, said exports had fallen by half.\n\n"
                 "According to a statement from the Veldland Bureau of Statistics, prices rose by 9 percent.\n\n"
                 "The Harbour Workers Union (HWU) said its members would strike on Monday.")
    assert [o[1] for o in out] == ["Marrow School of Economics", "Veldland Bureau of Statistics",
                                   "Harbour Workers Union"]


def test_a_time_after_the_speakers_appositive_dates_the_quote():
    _, records = run("“We have heard this before,” said Jo Bloggs, an adviser to the mayor, in an interview on "
                     "Tuesday night.\n\n“We are ready,” said Ilse Varn, who was in Marrow on Wednesday.")
    # (the second gives no day of its own: the story's day, Tuesday, as "reported")
    assert [(r.date, r.date_precision) for r in records] == [(date(2023, 5, 9), "day"), (date(2023, 5, 9), "reported")]


def test_a_clause_dated_on_its_own_ends_the_statement():
    out, _ = run("Mira Holt said the port would reopen, but days earlier the ministry had closed it again.\n\n"
                 "Ilse Varn said prices would rise and later fall again by the summer.")
    assert [o[2] for o in out] == ["the port would reopen", "prices would rise and later fall again by the summer"]


def test_a_narration_subject_named_after_its_role_is_the_next_pronouns_antecedent():
    out, _ = run("“We must not be weak,” Mira Holt told reporters.\n\n"
                 "The government spokesman, Tomas Reyes, rejected the criticism. "
                 "“The harbour has been open from the start,” he wrote online.")
    assert [o[1] for o in out] == ["Mira Holt", "Tomas Reyes"]


def test_a_described_subject_shared_by_a_second_verb():
    out, _ = run("The Ukrainian foreign minister thanked the donors and said the systems would save lives.\n\n"
                 "The presidential candidates put away their papers and disclosed notes to a magazine.")
    assert out == [("indirect", "Ukrainian foreign minister", "the systems would save lives")]


def test_told_or_asked_someone_to_do_something_keeps_the_verb_and_its_target():
    out, _ = run("The governor told residents to stay indoors until the morning.\n\n"
                 "Mira Holt told Radio Veld she planned to stay in office.\n\n"
                 "Ilse Varn spoke in Marrow, telling reporters during a visit to the port that talks had failed.\n\n"
                 "Tomas Reyes asked the court to delay the hearing until May.")
    assert [o[2] for o in out] == ["told residents to stay indoors until the morning",
                                   "she planned to stay in office", "talks had failed",
                                   "asked the court to delay the hearing until May"]


def test_told_reporters_then_the_next_sentence_is_what_was_told():
    out, _ = run("The envoy’s visit did not mean a change of course, Jo Bloggs, a spokesman for the council, "
                 "told reporters. The mayor’s position has not changed.")
    assert ("indirect", "Jo Bloggs", "The mayor’s position has not changed.") in out


def test_a_possessed_role_is_named_after_its_owner_however_the_text_says_it():
    _, records = run("Tomas Reyes said the talks went well.\n\n"
                     "Reyes’s spokesman said the next round would be in Marrow. "
                     "Mr. Reyes’s deputy said the venue was not yet agreed.\n\n"
                     "His chief aide said the delegation would travel on Sunday.")
    assert [r.speaker for r in records] == ["tomas-reyes", "tomas-reyes-s-spokesman", "tomas-reyes-s-deputy",
                                            "tomas-reyes-s-chief-aide"]


def test_the_leader_of_a_delegation_is_the_next_pronouns_antecedent():
    out, _ = run("“We are ready,” Mira Holt said.\n\n"
                 "The Veldland delegation was led by Tomas Reyes, the defence secretary. He said:\n\n"
                 "“We came to talk about a ceasefire, not about surrender.”")
    assert out[-1] == ("direct", "Tomas Reyes", "We came to talk about a ceasefire, not about surrender.")


def test_its_spokesman_is_the_spokesman_of_the_organisation_quoted_before():
    _, records = run("The Veldland Ministry of Harbours said the port would reopen. "
                     "Its spokesman said there was “no date” yet.")
    assert [r.speaker for r in records] == ["veldland-ministry-of-harbours",
                                            "veldland-ministry-of-harbours-s-spokesman"]


def test_a_second_role_in_an_appositive_keeps_the_name():
    out, _ = run("“Their plan is clear,” Jo Bloggs, a fellow at the Marrow Institute and a former envoy to "
                 "Veldland, said of the network.\n\n"
                 "The minister spoke first, and a senior diplomat said the talks were over.")
    assert [o[1] for o in out] == ["Jo Bloggs", "senior diplomat"]


def test_a_surname_that_is_also_an_office():
    out, _ = run("“Turnout makes a difference,” said Charlie King, a prominent Marrow Democrat.\n\n"
                 "Amy Pope, the deputy adviser, said the rules would change.\n\n"
                 "On Sunday the pope said the world must not grow used to war.")
    assert [o[1] for o in out] == ["Charlie King", "Amy Pope", "pope"]


def test_a_name_before_a_role_with_and_inside_it():
    out, _ = run("Tomas Reyes, chairman of the Ways and Means Committee, said the bill would pass in May.")
    assert out == [("indirect", "Tomas Reyes", "the bill would pass in May")]


def test_an_object_verb_keeps_the_verb_with_its_object_but_not_with_a_clause():
    out, _ = run("Mira Holt dismissed the overture in a briefing on Tuesday.\n\n"
                 "Tomas Reyes confirmed the deal had been signed in Marrow.\n\n"
                 "Ilse Varn signaled over the weekend that the talks would resume soon.")
    assert [o[2] for o in out] == ["dismissed the overture in a briefing on Tuesday",
                                   "the deal had been signed in Marrow", "the talks would resume soon"]


def test_a_narration_sentence_opening_with_a_role_makes_its_holder_the_next_he():
    out, _ = run("Ukrainian President Taras Lysenko met European leaders in Brussels on Thursday. Prime Minister "
                 "Ewan Doyle said Britain was ready to help. The Ukrainian president thanked them in a video "
                 "address. “This is support that saves lives,” he said.")
    assert out[-1] == ("direct", "Taras Lysenko", "This is support that saves lives")


def test_a_role_set_off_after_a_narration_subject_is_theirs():
    out, _ = run("Taras Lysenko, the president of Ukraine, met European leaders in Brussels. Ewan Doyle, the prime "
                 "minister of Britain, said his country was ready to help. The Ukrainian president thanked them. "
                 "“This is support that saves lives,” he said.")
    assert out[-1] == ("direct", "Taras Lysenko", "This is support that saves lives")


def test_a_role_of_a_named_organisation_is_not_a_role_in_a_country():
    # the president of the European Council is not "Ukraine's president"
    out, _ = run("President Taras Lysenko arrived in Brussels on Thursday. “We are ready,” said Antonio Costa, "
                 "the president of the European Council. Ukraine's president thanked the leaders in a video "
                 "address. “This is support that saves lives,” he said.")
    assert out[-1] == ("direct", "Taras Lysenko", "This is support that saves lives")


def test_a_proper_adjective_in_a_role_must_be_theirs():
    out, _ = run("The Democratic presidential nominee says taxes would rise. The Republican nominee said the "
                 "economy was weak.")
    assert [o[1] for o in out] == ["Democratic presidential nominee", "Republican nominee"]


def test_a_role_head_names_what_someone_is_not_where_they_work():
    out, _ = run("Bo Marsh, an associate editor for the Post, revealed on Wednesday that the story was true. "
                 "Back in April, the Post announced its intention to publish a correction.")
    assert [o[1] for o in out] == ["Bo Marsh", "Post"]


def test_the_reporters_comment_on_a_claim_ends_it():
    out, _ = run("Mira Holt insisted that foreign troops could be deployed, an idea Moscow has repeatedly rejected.")
    assert out == [("indirect", "Mira Holt", "foreign troops could be deployed")]


def test_what_the_speaker_withheld_ends_the_claim():
    bodies = ["The governor said the strikes had hit power lines but gave no further details.",
              "The governor said the strikes had hit power lines, but declined to say how many were hurt.",
              "The governor said the strikes had hit power lines but did not elaborate.",
              "The governor said the strikes had hit power lines, without giving details."]
    for body in bodies:
        out, _ = run(body)
        assert [o[2] for o in out] == ["the strikes had hit power lines"], body
    # with no comma, "without" may belong to the claim
    out, _ = run("The governor said the plan would fail without naming a successor.")
    assert [o[2] for o in out] == ["the plan would fail without naming a successor"]


def test_a_time_gap_after_the_claim_is_the_reporters():
    out, _ = run("The minister said the plan was dead, days after the talks collapsed.")
    assert [o[2] for o in out] == ["the plan was dead"]


def test_the_reporters_analysis_after_a_claim_ends_it_but_the_speakers_list_does_not():
    out, _ = run("The Kremlin said on Friday that no summit was planned, dampening hopes of a quick breakthrough.")
    assert [o[2] for o in out] == ["no summit was planned"]
    out, _ = run("Mira Holt said the plan would pay for free college, raising the minimum wage and new roads.")
    assert [o[2] for o in out] == ["the plan would pay for free college, raising the minimum wage and new roads"]


def test_an_aside_noun_closes_the_claim_unless_a_preposition_makes_it_the_speakers():
    out, _ = run("Moscow insists that any deal must address the root causes, a phrase its officials use for NATO.")
    assert [o[2] for o in out] == ["any deal must address the root causes"]
    out, _ = run("Mira Holt said she had a new offer, a plan to end the fighting by spring.")
    assert [o[2] for o in out] == ["she had a new offer, a plan to end the fighting by spring"]


def test_posting_a_picture_says_nothing():
    out, _ = run("“Our people are home,” Taras Lysenko wrote on Telegram, posting photographs of the freed soldiers.")
    assert out == [("direct", "Taras Lysenko", "Our people are home")]


def test_another_is_one_more_of_the_group_just_quoted():
    out, _ = run("One European diplomat said the mood was grim. Another said the Russian side had not moved.")
    assert [o[1] for o in out] == ["European diplomat", "European diplomat"]
    # "Some argue" may be anyone: it stays a speaker of its own
    out, _ = run("A senior official said the plan was ready. Some argue the plan puts firms in a difficult spot.")
    assert [o[1] for o in out] == ["senior official", "some"]


def test_initials_open_a_name_but_a_country_does_not():
    out, _ = run("In February, Vice-President JD Vance said Washington could use economic tools. "
                 "J.J. Holt wrote that the plan would fail. US Senator Jo Bloggs said it was a bluff.")
    assert [o[1] for o in out] == ["JD Vance", "J.J. Holt", "Jo Bloggs"]


def test_an_abbreviated_month_dates_the_statement():
    for body in ["“We will not give up,” Mira Holt said at a news conference on Feb. 24.",
                 "Mira Holt said on Feb. 24 that the war would end."]:
        _, recs = run(body)
        assert [(str(r.date), r.date_cue) for r in recs] == [("2023-02-24", "on Feb. 24")], body
    for body in ["Mira Holt said on Feb. 24 that the war would end.",
                 "Mira Holt said on Feb. 24, 2023, that the war would end."]:
        _, recs = run(body)
        assert (recs[0].text, str(recs[0].date)) == ("the war would end", "2023-02-24"), body


def test_a_second_verb_dated_on_its_own_is_a_second_statement():
    _, recs = run("Mira Holt said earlier this month that she was disappointed, but on Wednesday told "
                  "reporters that talks were moving along.")
    assert [(r.text, str(r.date)) for r in recs] == [("she was disappointed", "2023-05-06"),
                                                     ("talks were moving along", "2023-05-10")]


def test_a_time_gap_after_a_quoted_phrase_is_the_reporters():
    out, _ = run("Mira Holt said Monday that she was ready to meet “in any format,” a day after the attack.")
    assert [o[2] for o in out] == ["she was ready to meet “in any format,”"]


def test_a_legislators_party_tag_set_off_by_commas_is_not_a_name():
    out, _ = run("Senate Majority Leader Mitch Connell, R-Ky., said the aid would pass. "
                 "Rep. Jo Bloggs, D-N.Y., said it would not.")
    assert [o[1] for o in out] == ["Mitch Connell", "Jo Bloggs"]


def test_a_short_statement_round_a_comma_set_attribution():
    out, _ = run("The offer, Mira Holt said, was a trap.")
    assert out == [("indirect", "Mira Holt", "The offer, Mira Holt said, was a trap")]


def test_a_quotation_paragraph_after_a_speech_is_what_was_said_there():
    out, recs = run("Mira Holt spoke to reporters in Kyiv on Tuesday.\n\n“We will never give up. Never.”")
    assert out == [("direct", "Mira Holt", "We will never give up. Never.")]
    assert str(recs[0].date) == "2023-05-09"
    # a sentence that only mentions an interview does not name who gave it
    out, _ = run("Based upon an interview he gave to a radio station, it is an open question.\n\n"
                 "“You do not win by how many states you win.”")
    assert out == []


def test_a_narration_sentence_opening_with_a_body_makes_it_the_next_it():
    out, _ = run("Ukraine's foreign ministry welcomed the decision. In a statement, it said sanctions were "
                 "the only language Moscow understood.")
    assert [o[1] for o in out] == ["Ukrainian foreign ministry"]
    out, _ = run("The Kremlin dismissed both. Its spokesman said Moscow did not respond to threats.")
    assert [o[1] for o in out] == ["Kremlin's spokesman"]
    # a plural noun after the body is no verb: "Russia's military successes" opens no narration
    out, _ = run("Military analysts say the war will end. Russia's military successes, they said, could be "
                 "solidified by a settlement.")
    assert [o[1] for o in out] == ["Military analysts", "Military analysts"]


def test_a_participle_after_a_second_subjects_verb_is_theirs():
    out, _ = run("The defence ministry claimed that its troops had taken the town, but Vostrian officials denied "
                 "the claim, saying fighting was still under way.")
    assert [(o[1], o[2]) for o in out] == [("defence ministry", "its troops had taken the town"),
                                           ("Vostrian officials", "fighting was still under way")]


def test_a_speech_word_after_a_preposition_is_a_noun():
    out, _ = run("The secretary of state, Mira Holt, told reporters that the talks had been productive.")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "the talks had been productive")]


def test_a_speech_word_before_a_noun_it_modifies_is_no_verb():
    out, _ = run("Foreign Minister Oleg Marr, speaking to Vostrian state television over the weekend, said "
                 "Moscow had “no intention of joining any talks”.")
    assert [(o[1], o[2]) for o in out] == [("Oleg Marr", "Moscow had “no intention of joining any talks”")]
    assert str(_[0].date) == "2023-05-06"    # the framing phrase dates it: the weekend before Friday


def test_noun_first_speech_words_need_a_clause_or_a_quotation():
    out, _ = run("“They feel he is the one guy saying what is on their minds,” Tomas Reyes, the president of the "
                 "Vostria state firefighters union, said of his members.")
    assert [o[1] for o in out] == ["Tomas Reyes"]
    out, _ = run("It was a rebuke to Vostria, a former Confederate state with a hard history that has refused to "
                 "fall in line behind the ruling.")
    assert out == []
    out, _ = run("“We are working with our allies,” the ministers state in the paper.")
    assert [o[1] for o in out] == ["ministers"]


def test_a_relative_clause_set_off_after_the_speaker_is_skipped():
    out, _ = run("President Tomas Reyes, whose country brokered the deal in July, said on Wednesday that he "
                 "hoped it could become the basis for talks.")
    assert [(o[1], o[2]) for o in out] == [("Tomas Reyes", "he hoped it could become the basis for talks")]


def test_a_source_described_by_a_participle():
    out, _ = run("Three people briefed on the preparations, who spoke on condition of anonymity, said the "
                 "envoy intended to press for a firm date.")
    assert [(o[1], o[2]) for o in out] == [("people briefed on the preparations",
                                            "the envoy intended to press for a firm date")]


def test_a_day_in_the_main_clause_dates_the_participle():
    _, recs = run("Mira Holt opened the conference by video link on Tuesday, telling delegates that every "
                  "delay cost lives.")
    assert [str(r.date) for r in recs] == ["2023-05-09"]
    _, recs = run("Tomas Reyes proposed the talks in an address in the early hours of Sunday, saying Vostria "
                  "wanted negotiations without preconditions.")
    assert [str(r.date) for r in recs] == ["2023-05-07", "2023-05-07"]     # (proposing is an act too)
    # a year there tells of the object, and a date before a noun modifies it
    _, recs = run("Tomas Reyes recalled the crisis in 2008 at a rally, saying that polls change.")
    assert [r.date_precision for r in recs] == ["reported"]
    _, recs = run("Mira Holt condemned the Tuesday parade, saying it glorified the war.")
    assert [r.date_precision for r in recs] == ["reported"]


def test_a_day_inside_an_object_dates_it():
    _, recs = run("Mira Holt praised the agreement earlier this week as “a real step forward,” saying it "
                  "showed that Vostria was serious.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-09", "week")] * 2
    _, recs = run("Tomas Reyes described the talks as “productive and detailed” in a post late on May 9.")
    assert [str(r.date) for r in recs] == ["2023-05-09"]
    # not a day in a clause about something else
    _, recs = run("Tomas Reyes called him “a liar” for insisting that crowds had celebrated on May 1.")
    assert [r.date_precision for r in recs] == ["reported"]


def test_a_statement_in_a_relative_clause_ends_with_it():
    out, recs = run("Mira Holt, who two days earlier had insisted the missile “was not ours”, said on Thursday "
                    "she did not know what had happened.")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "the missile “was not ours”"),
                                           ("Mira Holt", "she did not know what had happened")]
    assert [str(r.date) for r in recs] == ["2023-05-09", "2023-05-11"]


def test_days_counted_from_a_date_the_text_gave():
    _, recs = run("The ministry refused on Wednesday to comment, a day after Mira Holt said she was ready to "
                  "meet the rebels.")
    assert [str(r.date) for r in recs] == ["2023-05-09"]
    _, recs = run("In his address on Tuesday, Tomas Reyes said the talks had stalled.\n\n"
                  "A day earlier, Mira Holt had told journalists that she expected no miracle.")
    assert [str(r.date) for r in recs] == ["2023-05-09", "2023-05-08"]
    _, recs = run("Tomas Reyes said at his press conference last week that the demands were unchanged.\n\n"
                  "Mira Holt hit back on the same day, writing that Vostria was “negotiating with missiles.”")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-03", "week")] * 2
    assert recs[1].text == "Vostria was “negotiating with missiles.”"
    # "that evening" counts from the last day the text gave, not from a month after it
    _, recs = run("In Geneva on May 9th the delegations agreed a truce, after aid was cut off earlier in the "
                  "month.\n\n“We have an offer,” Mira Holt told reporters that evening.")
    assert [str(r.date) for r in recs] == ["2023-05-09"]
    # a narration's counted cue dates the statements after it
    _, recs = run("On Wednesday Mira Holt called for talks. Tomas Reyes was blunter the same day. A truce, he "
                  "told a state television channel, would be “nothing but a breather”.")
    assert [(str(r.date), r.text) for r in recs][-1] == (
        "2023-05-10", "A truce, he told a state television channel, would be “nothing but a breather”")
    # with no date before it, "a day earlier" dates nothing
    _, recs = run("A day earlier, Mira Holt had told journalists that she expected no miracle.")
    assert [r.date_precision for r in recs] == ["reported"]


def test_a_phrase_of_place_or_time_after_the_verb_is_not_what_was_said():
    out, _ = run("Vostria and its allies are “close” to a deal on security guarantees, National Security and "
                 "Defense Council Secretary Mira Holt said on May 11 after a third day of talks in Geneva.")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "Vostria and its allies are “close” to a deal on "
                                                          "security guarantees")]
    # the speaker still counts for the next pronoun
    out, _ = run("Costs must be cut, as Mr. Reyes suggested at the meeting with analysts.\n\n"
                 "“This was a really tough decision,” he said.")
    assert [(o[1], o[2]) for o in out] == [("Reyes", "This was a really tough decision")]


def test_a_participle_opening_the_sentence_is_a_frame():
    out, _ = run("Weighing in on the discussion, former Governor Mira Holt agreed, praising her rival as "
                 "“one of the most gifted stars we have.”")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "her rival as “one of the most gifted stars we have.”")]


def test_a_name_and_its_role_between_content_and_verb():
    out, recs = run("Shelling killed two people in the south, Mira Holt, the head of the district military "
                    "administration, said Wednesday.")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "Shelling killed two people in the south")]
    assert str(recs[0].date) == "2023-05-10"
    # a list of names is no speaker and role
    out, _ = run("The talks went on, Mira Holt, the envoy, and Tomas Reyes said it was hard.")
    assert all(o[1] != "Mira Holt" for o in out)


def test_a_participle_after_a_body_that_opens_the_sentence_is_the_bodys():
    out, _ = run("The ministry claimed that its forces had taken the town. Vostria’s general staff did not "
                 "confirm the loss, saying only that its troops were moving “to better positions.”")
    assert [(o[1], o[2]) for o in out] == [("ministry", "its forces had taken the town"),
                                           ("Vostria’s general staff", "its troops were moving “to better positions.”")]


def test_a_time_clause_set_off_in_the_gap():
    out, recs = run("Vostria’s foreign minister, Mira Holt, said in mid-April, when the plan first surfaced, that "
                    "Kyiv had not been consulted.")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "Kyiv had not been consulted")]
    assert recs[0].date_precision == "month" and recs[0].date_range[0].month == 4


def test_the_opening_phrase_dates_a_quoted_predicate():
    _, recs = run("In his evening address on Wednesday, President Tomas Reyes rejected what he called a "
                  "“short truce” floated by some partners.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]


def test_an_organisation_named_with_and():
    out, _ = run("Vostria’s Federal Agency for Maritime and River Transport said a tanker was damaged by a drone.")
    assert [o[1] for o in out] == ["Vostria’s Federal Agency for Maritime and River Transport"]


def test_claimed_to_have_is_a_claim_and_a_place_phrase_is_not():
    out, _ = run("On the front line, the defence ministry claimed to have taken another village. Critics claim "
                 "to be fair-minded.")
    assert [(o[1], o[2]) for o in out] == [("defence ministry", "claimed to have taken another village")]


def test_a_quoted_nickname_inside_the_subject():
    out, _ = run("A drone operator with the call sign “Sych,” who serves near the front, said soldiers "
                 "followed the talks “between assaults.”\n\n“Everyone reads about the talks,” he said.")
    assert [o[1] for o in out] == ["Sych", "Sych"]


def test_a_programme_title_in_the_gap_is_neither_content_nor_date():
    out, recs = run('NATO chief Mira Holt told ABC News\' "This Week" on Sunday that the meeting would be about '
                    '"testing Moscow."')
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", 'the meeting would be about "testing Moscow."')]
    assert str(recs[0].date) == "2023-05-07"


def test_a_relative_clause_after_a_role_names_someone_else():
    out, _ = run("President Tomas Reyes arrived in Geneva. The president, who spoke earlier by video link with Prime "
                 "Minister Mira Holt, said the call had been “very good.”")
    assert [o[1] for o in out] == ["Tomas Reyes"]


def test_days_after_an_event_do_not_date_the_main_clause():
    _, recs = run("Mira Holt walked through the city on Tuesday, three days after the troops pulled out, and "
                  "told a crowd that the country was moving forward.")
    assert [str(r.date) for r in recs] == ["2023-05-09"]
    _, recs = run("Ministers met on Thursday.\n\nThe day before, Mira Holt had told the same meeting that the "
                  "rebels could not dictate terms.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]


def test_a_body_that_dismissed_an_assertion():
    out, _ = run("Tomas Reyes claimed that the troops were “completely isolated” – an assertion that Vostria’s "
                 "general staff dismissed as “a fabrication intended to pressure the Americans”.")
    assert [(o[1], o[2]) for o in out] == [
        ("Tomas Reyes", "the troops were “completely isolated”"),
        ("Vostria’s general staff", "dismissed as “a fabrication intended to pressure the Americans”")]
    out, _ = run("Ukraine's Southern Operational Command said that Russian forces had shelled several villages.")
    assert [o[1] for o in out] == ["Ukrainian Southern Operational Command"]


def test_according_to_him_is_the_last_speakers():
    out, _ = run("Tomas Reyes told reporters on Thursday that the deal was over. According to him, the other side "
                 "had almost a year to act.")
    assert [o[1] for o in out] == ["Tomas Reyes", "Tomas Reyes"]


def test_an_act_with_a_day_before_its_object():
    out, recs = run("Mira Holt, the spokeswoman, cautioned on Tuesday against “premature” conclusions.")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "cautioned on Tuesday against “premature” conclusions")]
    assert str(recs[0].date) == "2023-05-09"


def test_a_long_title_before_an_inverted_name():
    out, _ = run("Vostria and its partners will begin drafting plans within weeks, Head of the Office of the "
                 "President of Ukraine Andriy Holt has said.")
    assert [o[1] for o in out] == ["Andriy Holt"]
    # but not any long phrase: "... , the campaign of the former governor of the state has said"
    out, _ = run("The plan will fail, a spokesman for the campaign of the former governor of the northern state "
                 "has said.")
    assert all("governor" not in o[1] for o in out)


def test_the_agent_of_a_passive_of_speech_is_the_next_he():
    out, recs = run("Mira Holt told the call that the alliance stood ready.\n\nThe Kremlin’s position was set "
                    "out on Wednesday evening by Mr Reyes himself. At a press conference alongside the Belarusian "
                    "leader, he said he supported the idea of a ceasefire ‘in principle’.")
    assert [o[1] for o in out] == ["Mira Holt", "Reyes"]
    assert str(recs[1].date) == "2023-05-10"


def test_a_time_opening_the_sentence_before_its_subject():
    out, recs = run("Earlier in the week Tomas Reyes, the foreign policy adviser, had been blunter, dismissing a "
                    "pause as ‘nothing more than a respite for the army’. Vostria, he said, wanted a settlement.")
    assert [o[1] for o in out] == ["Tomas Reyes", "Tomas Reyes"]
    assert {r.date_precision for r in recs} == {"week"}


def test_a_ministry_of_something_is_a_body_and_the_same_evening_counts():
    out, _ = run("According to the Ministry of Foreign Affairs, the final document was supported by 80 countries.")
    assert [o[1] for o in out] == ["Ministry of Foreign Affairs"]
    _, recs = run("Tomas Reyes spoke on Wednesday evening.\n\nMira Holt, speaking in Kyiv the same evening, "
                  "accused him of preparing to reject the truce.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]
    out, recs = run("Mira Holt told reporters in Geneva on Tuesday, where she was attending a summit, that the "
                    "country had no intention of negotiating.")
    assert [(o[2], str(r.date)) for o, r in zip(out, recs)] == [
        ("the country had no intention of negotiating", "2023-05-09")]


def test_a_second_speaker_after_while_and_a_role_opening_the_narration():
    out, _ = run('Tomas Reyes welcomed the envoy on Wednesday, saying ties were "reaching new frontiers," while '
                 "President Mira Holt, speaking in Warsaw the same day, told allies that the alliance would hold.")
    assert [o[1] for o in out] == ["Tomas Reyes", "Mira Holt"]
    out, _ = run("Tomas Reyes said the plan was dead.\n\nUkraine's foreign minister, Dmytro Holt, was blunter. "
                 "Any plan would be judged by whether it respected the borders, he wrote on Twitter.")
    assert [o[1] for o in out] == ["Tomas Reyes", "Dmytro Holt"]


def test_more_bodies_and_acts():
    out, _ = run("India’s external affairs ministry said in a statement that only options acceptable to both "
                 "parties could work. Ukraine's southern military command said two of the four missiles were "
                 "shot down.")
    assert [o[1] for o in out] == ["Indian external affairs ministry", "Ukrainian southern military command"]
    out, _ = run("NATO chief Mira Holt, speaking to reporters in Brussels on Tuesday, also warned Beijing against "
                 "arming Moscow.")
    assert [o[2] for o in out] == ["warned Beijing against arming Moscow"]
    out, _ = run("The talks in Abu Dhabi went ahead, according to a U.S. official quoted by several American outlets.")
    assert [o[1] for o in out] == ["U.S. official"]


def test_a_speech_verb_in_a_condition_is_no_statement():
    out, _ = run("Tomas Reyes spoke in Geneva.\n\nAs soon as Carovia declares it is ready and begins a "
                 "“real withdrawal,” he continued, “our side will order a ceasefire.”\n\n"
                 "If Carovia says no, the talks will end, Mira Holt said.")
    assert out == [
        ("mixed", "Tomas Reyes", "As soon as Carovia declares it is ready and begins a “real withdrawal,”"),
        ("direct", "Tomas Reyes", "our side will order a ceasefire."),
        ("indirect", "Mira Holt", "If Carovia says no, the talks will end")]


def test_a_speech_participle_after_its_noun_is_no_statement():
    out, _ = run("The sanctions announced on Friday will target the banks.\n\n"
                 "The exchange agreed at the last round, in early February, had been “fully carried out”, "
                 "Tomas Reyes added.\n\nMira Holt said on Friday the bank would close.")
    assert out == [
        ("mixed", "Tomas Reyes", "The exchange agreed at the last round, in early February, had been “fully carried out”"),
        ("indirect", "Mira Holt", "the bank would close")]


def test_a_statement_that_runs_round_its_attribution_keeps_its_subject_clause():
    out, _ = run("Tomas Reyes spoke at the summit.\n\nWhat Vostria wanted, he added, was “a lasting settlement”, "
                 "not a pause.")
    assert out == [("mixed", "Tomas Reyes", "What Vostria wanted, he added, was “a lasting settlement”, not a pause")]


def test_a_label_opening_the_paragraph_and_a_hyphenated_compound():
    out, _ = run("Between the lines: President Reyes has swung between pressure and praise.\n\n"
                 "On Sunday, he posted that the talks were going “better than anybody thought possible.”\n\n"
                 "Behind the scenes: Two people familiar with the talks said the provision had been dropped.\n\n"
                 "Leaders of the so-called “coalition of the willing” will hold a video call.\n\n"
                 "Mira Holt seemed irritated: “It is a public statement!”")
    assert [(o[1], o[2]) for o in out] == [
        ("Reyes", "the talks were going “better than anybody thought possible.”"),
        ("people familiar with the talks", "the provision had been dropped"),
        ("Mira Holt", "It is a public statement!")]


def test_negated_speech_and_what_someone_said_as_an_object_are_no_statements():
    out, _ = run("Tomas Reyes has not spoken to Mira Holt since the invasion, and nothing he said on Thursday "
                 "suggested that he intends to.\n\nTwo officials familiar with the talks say that the envoy "
                 "would press for a call. According to one of them, the Americans are prepared to ease sanctions.\n\n"
                 "Foreign Secretary James Cleverly said the plan was dead. Poland's border guard said the group "
                 "had no permits.")
    assert [(o[1], o[2]) for o in out] == [
        ("officials familiar with the talks", "the envoy would press for a call"),
        ("officials familiar with the talks", "the Americans are prepared to ease sanctions"),
        ("James Cleverly", "the plan was dead"),
        ("Polish border guard", "the group had no permits")]


def test_a_us_politicians_party_and_state_and_an_abbreviated_title():
    out, recs = run("“We have to be careful,” said Sen. Tomas Reyes (R-N.C.), who is retiring. The senator added "
                    "that he would not vote for any relief “until the troops are back.”\n\n"
                    "Sen. Mira Holt (D-Conn.), who said on Sunday that there was “no strategy,” argued Thursday "
                    "that the framework proved her point.")
    assert [o[1] for o in out] == ["Tomas Reyes", "Tomas Reyes", "Mira Holt", "Mira Holt"]
    assert recs[2].text == "there was “no strategy,”" and str(recs[2].date) == "2023-05-07"


def test_a_date_in_an_apposition_before_the_verb_does_not_date_the_statement():
    _, recs = run("Mira Holt, a soldier who lost her leg near the river last year, said the support mattered a lot.\n\n"
                  "Tomas Reyes, speaking on Wednesday, said the support mattered even more.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-12", "reported"), ("2023-05-10", "day")]


def test_according_to_an_institutions_figures():
    out, _ = run("According to UN estimates, around 20 million tons of grain are stuck in silos.\n\n"
                 "According to Reuters calculations on the data, the price rose sharply.")
    assert out == [("indirect", "UN", "around 20 million tons of grain are stuck in silos")]


def test_content_then_a_role_and_the_name_apposed_then_the_verb():
    out, _ = run("Russian forces also struck Odesa overnight, the regional governor, Oleh Kiper, said, damaging "
                 "port infrastructure.")
    assert out == [("indirect", "Oleh Kiper", "Russian forces also struck Odesa overnight")]


def test_a_narration_sentence_after_the_speakers_last_statement_dates_the_next_one():
    _, recs = run("Tomas Reyes told reporters on May 3 that he had the green light. In an interview on Wednesday, "
                  "Reyes struck a more cautious note.\n\n“I trust the president,” he said.")
    assert [str(r.date) for r in recs] == ["2023-05-03", "2023-05-10"]
    # a narration in the present perfect is a state, and its dates are background
    _, recs = run("Tomas Reyes told reporters on May 3 that the text was nearly done.\n\nReyes has led the team "
                  "since the resignation of his predecessor in late April. “A few questions remain,” he said.")
    assert [str(r.date) for r in recs] == ["2023-05-03", "2023-05-03"]


def test_a_title_quoted_inside_a_sentence_is_no_continuation():
    out, _ = run("Last week Tomas Reyes said he found it harder to deal with Carovia than with Vostria. Readers of "
                 "“The Art of the Deal” will recognise the method.")
    assert [o[2] for o in out] == ["he found it harder to deal with Carovia than with Vostria"]


def test_earlier_in_the_day_and_afterward_count_from_the_day_the_story_is_on():
    _, recs = run("Tomas Reyes said Wednesday that Vostria would face consequences if it did not agree to a truce "
                  "when the two leaders meet on Friday.\n\nEarlier in the day, Mira Holt said the call with the "
                  "leaders had been “very good.”\n\nAfterward, Mira Holt told reporters that the "
                  "leaders wanted “a ceasefire first.”")
    assert [str(r.date) for r in recs] == ["2023-05-10", "2023-05-10", "2023-05-10"]
    _, recs = run("Earlier in the day, Mira Holt said the talks had stalled for good.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-12", "day")]


def test_a_statement_without_a_date_takes_the_day_of_the_one_before_it_in_its_paragraph():
    _, recs = run("The Kremlin said on Wednesday that the envoy had passed on “signals.” “There are grounds for "
                  "optimism,” Mira Holt, its spokeswoman, told reporters. But Western officials say that Vostria is "
                  "not willing to negotiate.\n\n“We will see,” Tomas Reyes said.")
    # (what people say, in the present tense, is no statement of that day; the last one has no day
    # of its own and is listed on the story's)
    assert [(str(r.date), r.date_precision) for r in recs] == [
        ("2023-05-10", "day"), ("2023-05-10", "day"), ("2023-05-12", "reported"), ("2023-05-10", "reported")]


def test_an_interview_transcript_and_an_attribution_inside_a_relative_clause():
    out, _ = run("Tomas Reyes walked in holding the phone on which, an aide said, he had been reading reports "
                 "from the front.\n\nTIME: Did anything the president told you change your view?\n\n"
                 "Reyes: He told me that Vostria wants peace. I told him that I hear this every time.\n\n"
                 "TIME: Are you ready to give up land?\n\nReyes: Legally, no president of Carovia can give up "
                 "any land at all.")
    assert out == [
        ("indirect", "aide", "he had been reading reports from the front"),
        ("direct", "Tomas Reyes", "He told me that Vostria wants peace. I told him that I hear this every time."),
        ("direct", "Tomas Reyes", "Legally, no president of Carovia can give up any land at all.")]
    # a broadcast transcript in capitals, the whole of it quoted
    out, _ = run("Governor Mira Holt spoke to Fox News on Sunday.\n\n“WALLACE: Will the envoy be there tomorrow "
                 "night?\n\n“HOLT: The envoy will not be attending the debate tomorrow night, and that is final.")
    assert out == [("direct", "Mira Holt", "The envoy will not be attending the debate tomorrow night, and that is final.")]
    # a list of tallies is no interview
    out, _ = run("Delegates so far:\n\nSanders: 1,501.\n\nClinton: 2,316.")
    assert out == []


def test_while_and_a_participle_and_cues_as_early_as_and_the_day_before_that():
    out, recs = run("Tomas Reyes told lawmakers on Thursday that the troops had moved.\n\nMira Holt told the same "
                    "committee the day before that the soldiers were being used as “cannon fodder.”\n\n"
                    "Tomas Reyes had already said as early as Wednesday that the text could serve as a start, "
                    "while warning that the troops would keep advancing.")
    assert [(o[1], o[2]) for o in out][1:] == [
        ("Mira Holt", "the soldiers were being used as “cannon fodder.”"),
        ("Tomas Reyes", "the text could serve as a start"),
        ("Tomas Reyes", "the troops would keep advancing")]
    assert [str(r.date) for r in recs] == ["2023-05-11", "2023-05-10", "2023-05-10", "2023-05-10"]


def test_a_time_before_the_subject_without_a_comma_dates_the_statement():
    _, recs = run("Last week Tomas Reyes announced that defence spending would rise to 2.5 per cent of income.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-03", "week")]


def test_a_name_apposed_to_the_addressee_before_that():
    out, recs = run("Mira Holt told her Vostrian counterpart, Tomas Reyes, during talks in Geneva on May 1 that "
                    "Carovia would stand with Vostria “for as long as it takes.”")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "Carovia would stand with Vostria “for as long as it takes.”")]
    assert str(recs[0].date) == "2023-05-01"


def test_a_second_speaker_with_an_abbreviation_and_a_clause_with_a_long_subject():
    out, _ = run("U.S. President Tomas Reyes told reporters on Wednesday that it was up to Carovia to decide, and "
                 "U.S. National Security Advisor Mira Holt said on Saturday that Washington was “not pressing” Kyiv."
                 "\n\nJo Bloggs claimed Carovia's purchases of discounted crude were helping to finance the war.\n\n"
                 "The Foundation took money while Mrs. Holt was secretary of state, Tomas Reyes said.")
    assert [(o[1], o[2]) for o in out] == [
        ("Tomas Reyes", "it was up to Carovia to decide"),
        ("Mira Holt", "Washington was “not pressing” Kyiv"),
        ("Jo Bloggs", "Carovia's purchases of discounted crude were helping to finance the war"),
        ("Tomas Reyes", "The Foundation took money while Mrs. Holt was secretary of state")]


def test_a_quoted_title_inside_the_subjects_apposition():
    out, _ = run("Tomas Reyes, author of the 2020 book “The Carovian Way”, had said earlier this year that "
                 "Carovia was prepared to help rebuild.")
    assert out == [("indirect", "Tomas Reyes", "Carovia was prepared to help rebuild")]


def test_delegations_and_according_to_after_and():
    out, _ = run("In a joint statement issued in Geneva on Sunday, the American and Carovian delegations said they had "
                 "drafted “a narrower framework,” and according to Carovian officials, the number of points has "
                 "since shrunk to 19.")
    assert [(o[1], o[2]) for o in out] == [("Carovian delegations", "they had drafted “a narrower framework,”"),
                                           ("Carovian officials", "the number of points has since shrunk to 19")]


def test_a_clause_after_a_colon_has_its_own_subject():
    out, _ = run("Even people who endorsed the plan sounded equivocal: Former Rep. Mira Holt called it “the least "
                 "bad option under the circumstances.”")
    assert [o[1] for o in out] == ["Mira Holt"]


def test_a_statement_without_a_date_is_listed_on_the_day_the_story_is_on():
    # PUB is Friday 12 May 2023
    _, recs = run("The talks ended in Arden on Thursday with little more than a promise to meet again.\n\n"
                  "After three hours of talks, Tomas Reyes said the delegation had come to listen.\n\n"
                  "In Marrow the day before, the mood was frostier. Mira Holt said on Wednesday that the talks "
                  "were a trap. “We will not be fooled,” Holt said.\n\n"
                  "Jo Bloggs says the plan is dead. Ilse Varn has said the plan is alive.")
    assert [(str(r.date), r.date_precision, str(r.date_range[0]), str(r.date_range[1])) for r in recs] == [
        ("2023-05-11", "reported", "2023-05-05", "2023-05-12"),     # the story's day, Thursday
        ("2023-05-10", "day", "2023-05-10", "2023-05-10"),
        ("2023-05-10", "day", "2023-05-10", "2023-05-10"),         # (the statement before it)
        ("2023-05-12", "reported", "2023-05-05", "2023-05-12"),     # what someone says holds at the report
        ("2023-05-12", "reported", "2023-05-05", "2023-05-12")]     # and what someone has said
    # a day in a relative clause is the time of something else
    _, recs = run("The talks opened in Arden on Wednesday.\n\nThe city was full of visitors for the Games, which "
                  "opened on Monday evening. According to the minister, the truce “must not remain a slogan”.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-10", "reported")]
    # a story day outside the week before publication places nothing
    _, recs = run("The accord was signed on April 2.\n\nTomas Reyes said the accord would hold.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-12", "reported")]


def test_an_occasion_told_apart_by_a_word_is_not_the_one_named_before():
    # PUB is Friday 12 May 2023
    _, recs = run("Mira Holt said at a late-night briefing on Wednesday that the convoy had left.\n\n"
                  "Tomas Reyes on Friday defended the vote. “It is our own choice,” Reyes told reporters at the "
                  "weekly briefing.")
    assert [str(r.date) for r in recs] == ["2023-05-10", "2023-05-12"]
    # a name or a place may be given another way: "the Arden debate" after "a debate in parliament"
    _, recs = run("Parliament held a debate on the plan on Wednesday.\n\nThe vote came on Thursday. “We waited too "
                  "long,” Mira Holt said during the Arden debate.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]
    # "in the debate" names it too
    _, recs = run("Parliament held a debate on the plan on Wednesday.\n\nThe vote came on Thursday. “It is late,” "
                  "Tomas Reyes said in the debate.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]
    # the session "that followed" is told by the one before it
    _, recs = run("Jo Bloggs spoke at a plenary session on Tuesday.\n\n“This is not a plan,” Mira Holt said "
                  "during the question-and-answer session that followed.")
    assert [str(r.date) for r in recs] == ["2023-05-09"]


def test_an_occasion_named_again_takes_the_day_in_its_own_phrase():
    # PUB is Friday 12 May 2023
    _, recs = run("Tomas Reyes, who arrived in the capital on Wednesday evening, held a three-hour meeting with "
                  "President Mira Holt at the Grand Palace of Arden on Thursday, hours after the strikes.\n\n"
                  "“We want peace,” Reyes told reporters after the meeting.")
    assert [str(r.date) for r in recs] == ["2023-05-11"]


def test_an_occasion_named_again_takes_the_day_the_text_gave_it():
    # PUB is Friday 12 May 2023
    _, recs = run("Leaders met at a summit in Vostria on Tuesday to discuss the truce.\n\n"
                  "Officials said on Thursday that the plan would be published.\n\n"
                  "Mira Holt said at the summit that the truce had to hold.")
    assert [str(r.date) for r in recs] == ["2023-05-11", "2023-05-09"]
    assert recs[1].date_cue == "at the summit"
    # "at the time" is the last date the text gave; "that call" with no day given for it, too
    _, recs = run("The accord was signed in Vostria on May 2. Mira Holt said at the time that it would hold.\n\n"
                  "Tomas Reyes spoke to her by phone on Wednesday. During that call, he told her that he was ready to talk.")
    assert [str(r.date) for r in recs] == ["2023-05-02", "2023-05-10"]
    # an occasion the text named without a day dates nothing by itself; one to come dates nothing
    _, recs = run("Mira Holt told a news conference that the truce had to hold.\n\n"
                  "At the same news conference, Tomas Reyes said the talks had stalled.")
    assert [r.date_precision for r in recs] == ["reported", "reported"]
    _, recs = run("The leaders will meet at a summit in Vostria on Monday.\n\n"
                  "Mira Holt said before the summit that she expected no miracle.")
    assert [r.date_precision for r in recs] == ["reported"]
    # "at the time" that describes someone dates nothing
    _, recs = run("The accord was signed on May 2.\n\nMy editor at the time, Jo Smith, said the piece was weak.")
    assert [r.date_precision for r in recs] == ["reported"]


def test_a_surname_that_is_a_month_and_a_county_after_a_town():
    out, _ = run("Theresa May said the plan was bad.\n\nChina’s envoy, Zhang Jun, said the position was firm.\n\n"
                 "Oksana Hrytsai, who now lives in Ennis, Co Clare, said she had followed the coverage.")
    assert [o[1] for o in out] == ["Theresa May", "Zhang Jun", "Oksana Hrytsai"]
    # a month before a day is still a date
    _, recs = run("Mira Holt said on May 9 that the plan was bad.")
    assert str(recs[0].date) == "2023-05-09"


def test_a_description_set_off_after_a_role_describes_it():
    out, _ = run("Li Wen, China’s envoy, met the minister on Monday.\n\n"
                 "The envoy, a former ambassador to Vostria who speaks its language, said he had briefed officials.")
    assert [(o[1], o[2]) for o in out] == [("Li Wen", "he had briefed officials")]


def test_a_role_after_an_opening_time_opens_a_narration_that_dates_the_next_statement():
    _, recs = run("Jo Smith, the VTV president, said on Monday that he was happy.\n\n"
                  "On Thursday, the VTV president also addressed the rivalry. Downplaying the ratings, "
                  "Smith said the business was broader.")
    assert [str(r.date) for r in recs] == ["2023-05-08", "2023-05-11"]


def test_a_denial_that_something_is_ruled_out_keeps_its_negation():
    out, _ = run("Mira Holt did not rule out a meeting with the rebels.\n\nOfficials have not ruled out further "
                 "strikes.\n\nTomas Reyes ruled out a truce.\n\nWith a vote for Holt ruled out, Jo Smith said he "
                 "had two options.\n\nMira Holt has not said whether she will run.")
    assert [(o[1], o[2]) for o in out] == [
        ("Mira Holt", "did not rule out a meeting with the rebels"), ("Officials", "have not ruled out further strikes"),
        ("Tomas Reyes", "ruled out a truce"), ("Jo Smith", "he had two options")]


def test_a_committee_chair_opening_a_coordinated_sentence():
    out, _ = run("Judiciary Committee Chairman Jo Smith spoke with the nominee and said there would be no hearing.")
    assert [o[1] for o in out] == ["Jo Smith"]


def test_a_statement_without_a_date_takes_the_day_of_the_narration_just_before_it():
    _, recs = run("Mira Holt travelled to Vostria on Wednesday with three other leaders. In a joint statement, "
                  "the four leaders said they were ready to support talks.\n\n"
                  "The talks began on Monday.\n\nTomas Reyes said the talks were going well.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-10", "day"), ("2023-05-10", "reported")]
    # not what someone holds now, and not a date in a clause set off after the subject
    _, recs = run("The talks began on Monday. Officials say they are going well.\n\n"
                  "Jo Smith, who fled the city on Monday, arrived in the capital. She said it was calm.")
    assert [r.date_precision for r in recs] == ["reported", "reported"]


def test_occasions_told_and_counted_from_and_the_story_day():
    # PUB is Friday 12 May 2023
    _, recs = run("Leaders met at a summit in Vostria on Saturday.\n\n"
                  "The day before the summit opened, Mira Holt said in a speech that the war was bad.\n\n"
                  "Tomas Reyes told the summit that the truce would hold.")
    assert [str(r.date) for r in recs] == ["2023-05-05", "2023-05-06"]
    # "later in the evening" far from any day is on the story's day
    _, recs = run("Mira Holt arrived in Vostria on Wednesday for talks.\n\nThe talks were long.\n\nThe rooms were "
                  "cold.\n\nThe food was bad.\n\nBriefing reporters later in the evening, Tomas Reyes said the "
                  "talks had gone well.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]


def test_a_relative_clause_about_the_speaking_itself_dates_the_statement():
    _, recs = run("Mira Holt, who addressed the forum on Wednesday, said the war was bad.\n\n"
                  "Tomas Reyes, who addressed the forum on Tuesday morning, did not mention the plan. But he said "
                  "the truce would hold.\n\nJo Smith, who fled the city on Monday, said it was calm.")
    assert [(str(r.date), r.date_precision) for r in recs] == [
        ("2023-05-10", "day"), ("2023-05-09", "day"), ("2023-05-10", "reported")]


def test_a_call_split_by_a_time_or_aimed_at_someone():
    out, recs = run("Mira Holt called on Tuesday for an unconditional ceasefire.\n\n"
                    "Tomas Reyes on Wednesday called on the Vostrian president to attend the talks in person.\n\n"
                    "She called on Monday.\n\nHe called on the minister at home.")
    assert [(o[1], o[2]) for o in out] == [
        ("Mira Holt", "called on Tuesday for an unconditional ceasefire"),
        ("Tomas Reyes", "called on the Vostrian president to attend the talks in person")]
    assert [str(r.date) for r in recs] == ["2023-05-09", "2023-05-10"]


def test_an_object_with_an_honorific_before_its_quoted_description():
    out, _ = run("Mira Holt described images of her rival embracing Mr. Reyes as “a painful image for us all”.")
    assert [o[2] for o in out] == ["images of her rival embracing Mr. Reyes as “a painful image for us all”"]


def test_a_clause_with_its_own_speaker_after_after_or_a_dash_ends_the_statement():
    out, _ = run("Mira Holt called on allies to shun the rebels after Tomas Reyes claimed that the border was "
                 "not real.\n\nJo Smith urged the council to act -- a step the Vostrian minister said was overdue.")
    assert [(o[1], o[2]) for o in out][:3] == [
        ("Mira Holt", "called on allies to shun the rebels"),
        ("Tomas Reyes", "the border was not real"),
        ("Jo Smith", "urged the council to act")]


def test_a_trailing_attribution_takes_the_whole_clause_before_it():
    out, _ = run("A Vostrian official said talks had stalled. Moscow had insisted that the port be discussed "
                 "first, the official said.\n\nMira Holt said the plan was dead, Tomas Reyes added.")
    assert [(o[1], o[2]) for o in out] == [
        ("Vostrian official", "talks had stalled"),
        ("Vostrian official", "Moscow had insisted that the port be discussed first"),
        ("Tomas Reyes", "Mira Holt said the plan was dead")]


def test_a_participle_after_an_unnamed_head_describes_it():
    out, _ = run("A senior official traveling with Holt told reporters that the talks had stalled.\n\n"
                 "A man calling himself Jo Smith said the border was closed.")
    assert [o[1] for o in out] == ["senior official traveling with Holt", "Jo Smith"]


def test_a_long_title_before_a_name_and_its_verb():
    out, _ = run("Main opposition Vostrian Democratic Party of Tarnia leader Mira Holt criticized the government, "
                 "saying it had been too passive.")
    assert [o[1] for o in out] == ["Mira Holt"]


def test_a_one_digit_day_ends_a_sentence_and_a_person_introduced_after_the_verb():
    out, _ = run("The talks were the first since the delegations met on March 7. Mira Holt greeted them, "
                 "telling them it was “in your hands” to end the war.")
    assert [o[1] for o in out] == ["Mira Holt"]
    out, _ = run("A European diplomat said the summit was useful.\n\nSome 300 people gathered for a rally. "
                 "Among them was Oksana Hrytsai, a refugee who has lived in Ennis since 2022.\n\n"
                 "“My son is a prisoner,” she told reporters at the rally.")
    assert [o[1] for o in out] == ["European diplomat", "Oksana Hrytsai"]


def test_the_two_sides_are_the_pair_the_text_named_before():
    out, _ = run("Vostrian and Tarnian delegations met in Geneva on Sunday. In a joint statement, the two sides "
                 "said they had drafted a new framework.\n\nTalks between Vostria and Tarnia ended on Tuesday. "
                 "Both sides said the talks were useful.")
    assert [o[1] for o in out] == ["Vostrian and Tarnian delegations", "Vostria and Tarnia"]
    # with no pair named before, "both sides" names no one to file it under
    out, _ = run("The talks ended. Both sides have accused each other of breaking earlier agreements.")
    assert out == []


def test_the_organization_is_the_body_that_spoke_before():
    out, _ = run("According to the Vostrian Refugee Council, the visit sent “a powerful message” to refugees. "
                 "In a statement, the organization called on the government to speed up asylum rulings.")
    assert [o[1] for o in out] == ["Vostrian Refugee Council"] * 2


def test_a_lede_role_named_only_in_the_headline_and_later_in_the_body():
    out, _ = run("China’s special envoy for Eurasian affairs said on Friday that the gap remained wide.\n\n"
                 "Speaking to reporters after a trip to six capitals, Li Wen said both sides were open to talks.",
                 headline="Talks gap still 'wide', envoy Li Wen says after tour")
    assert [o[1] for o in out] == ["Li Wen", "Li Wen"]
    # a headline in Title Case ties no one to a role
    out, _ = run("China’s special envoy for Eurasian affairs said on Friday that the gap remained wide.\n\n"
                 "Speaking to reporters after a trip to six capitals, Li Wen said both sides were open to talks.",
                 headline="Talks Gap Still 'Wide', Envoy Li Wen Says After Tour")
    assert [o[1] for o in out] == ["China’s special envoy for Eurasian affairs", "Li Wen"]


def test_a_role_written_as_initials():
    out, _ = run("Prime Minister Mira Holt met the rebels on Monday. The PM said the plan was good.\n\n"
                 "Punjab Chief Minister Jo Bloggs on Wednesday said the state would pay. “These are our "
                 "children,” the CM said at an event.")
    assert [o[1] for o in out] == ["Mira Holt", "Jo Bloggs", "Jo Bloggs"]


def test_a_pronoun_and_a_name_are_one_subject_inside_what_was_said():
    out, _ = run("Mira Holt said on Wednesday that she and Reyes had agreed that their teams would meet.")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "she and Reyes had agreed that their teams would meet")]


def test_a_reflexive_after_the_subject():
    out, _ = run("Mira Holt had herself called on Tuesday for a truce.\n\nTomas Reyes himself said the plan was good.")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "called on Tuesday for a truce"),
                                           ("Tomas Reyes", "the plan was good")]


def test_an_occasion_named_in_a_paragraph_that_gave_the_day_before():
    # PUB is Friday 12 May 2023
    _, recs = run("The talks opened in Vostria on Tuesday, the first since the delegations met on March 7. "
                  "Mira Holt greeted the negotiators before the session.\n\n"
                  "Speaking to reporters after the session, Tomas Reyes said the proposals would be studied.")
    assert [str(r.date) for r in recs] == ["2023-05-09"]
    _, recs = run("Leaders met at a summit in Vostria on Wednesday.\n\n"
                  "Mira Holt, who spoke first at the summit, said the truce had to hold.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]


def test_the_eve_of_an_occasion_and_the_day_before_in_a_narration():
    # PUB is Friday 12 May 2023
    _, recs = run("The delegations held a meeting in Vostria on Wednesday.\n\nOn the eve of the meeting, Mira Holt claimed "
                  "that Tarnia had received no draft.\n\nTomas Reyes spoke on Thursday. Jo Smith had laid out "
                  "the list the day before. In a statement, she said the grid needed turbines.")
    assert [str(r.date) for r in recs] == ["2023-05-09", "2023-05-10"]
    # a meeting still to come is not the one named again
    _, recs = run("The delegations held a meeting on Monday.\n\nMira Holt will hold a meeting of her council on Thursday.\n\n"
                  "Speaking after the meeting, Tomas Reyes said the talks had gone well.")
    assert [str(r.date) for r in recs] == ["2023-05-08"]


def test_a_clause_with_its_own_speaker_ends_an_accusation():
    out, _ = run("Vostria and Tarnia accused each other of destroying the dam, as the U.N. relief chief told "
                 "the council that the disaster was grave.")
    assert [o[2] for o in out] == ["accused each other of destroying the dam", "the disaster was grave"]


def test_a_quote_from_label_names_the_speaker():
    out, _ = run("Mira Holt spoke in Vostria on Tuesday.\n\nQuote from Holt: “Tarnia came hoping to find allies. "
                 "It left alone.”\n\nQuote from Reyes’s address: “We never wanted this war, and we will not drag "
                 "it out.”")
    assert [o[1] for o in out] == ["Mira Holt", "Reyes"]


def test_a_family_name_with_a_hyphened_particle():
    out, _ = run("“Riyadh can put both in one room,” said Hasan al-Mutairi, a fellow at a Gulf institute.\n\n"
                 "Al-Mutairi said the talks were useful.")
    assert [o[1] for o in out] == ["Hasan al-Mutairi", "Hasan al-Mutairi"]


def test_a_day_set_off_in_the_gap_and_a_possessive_role_before_a_name():
    # PUB is Friday 12 May 2023
    out, recs = run("Mira Holt told reporters on Wednesday, the day before the talks opened, that Vostria saw "
                    "“no point” in them.")
    assert [(o[2], str(r.date)) for o, r in zip(out, recs)] == [("Vostria saw “no point” in them", "2023-05-10")]
    out, _ = run("Mira Holt spoke on Monday. Her political director, Jo Holt (no relation), struck a softer "
                 "tone. “We are not against talks,” he said.\n\nVOSTRIA IS WATCHING: Tomas Reyes will join by "
                 "video. In his nightly address, he said the money was needed.")
    assert [o[1] for o in out] == ["Jo Holt", "Tomas Reyes"]


def test_a_clock_time_ends_a_sentence_and_since_dates_nothing():
    out, _ = run("Police said roads would be closed from 6 a.m. Vostria Farmers, the farm lobby, said in a "
                 "statement that farmers felt “ignored”.")
    assert [o[1] for o in out] == ["Police", "Vostria Farmers"]
    _, recs = run("The sirens started again after 6 a.m. Jo Smith drove to a substation his crew has rebuilt "
                  "three times since October.\n\n“You learn to count the explosions,” said Mr. Smith.")
    assert [r.date_precision for r in recs] == ["reported"]
    # a narration about what is to come dates nothing; an opening clause about it does not count
    _, recs = run("The council is expected to present its plan on February 24. One official said it would be "
                  "“modest by design.”\n\nAs talks were expected to open, Vostria on Tuesday renewed its demand. "
                  "“No deal without us,” Mira Holt told parliament.")
    assert [r.date_precision for r in recs] == ["reported", "day"]


def test_a_subject_inside_what_was_said_is_no_antecedent_and_a_scare_quote_before_an_as_clause():
    out, _ = run("According to Jo Smith, Mira Holt has received a report from the delegation. “The president has "
                 "been informed,” he noted.")
    assert [o[1] for o in out] == ["Jo Smith", "Jo Smith"]
    out, _ = run("Mira Holt last night unveiled plans for a ‘coalition of the willing’ to guard any truce, as "
                 "Tomas Reyes insisted he was still ready to sign a deal.")
    assert [(o[1], o[2]) for o in out] == [("Tomas Reyes", "he was still ready to sign a deal")]


def test_a_title_quoted_after_titled_is_no_statement():
    out, _ = run("Mira Holt led the delegation. The author of history books titled “Myths About Vostria,” she has "
                 "no diplomatic background.\n\nJo Smith pledged to fight the plan “to the last day.”")
    assert [o[1] for o in out] == ["Jo Smith"]


def test_quoted_as_saying_after_the_quotation_and_a_title_joined_by_and():
    out, recs = run("“It was a useful exchange of views,” Jo Smith was quoted as saying by the state news agency "
                    "on Wednesday evening.")
    assert [(o[0], o[1], o[2]) for o in out] == [("direct", "Jo Smith", "It was a useful exchange of views")]
    assert str(recs[0].date) == "2023-05-10"
    out, _ = run("Deputy prime minister and defence minister Mira Holt dismissed those claims. Speaking to a "
                 "broadcaster on Wednesday, she said there was “no plan on the table”.")
    assert [o[1] for o in out] == ["Mira Holt"]


def test_repeated_in_what_x_described_as_an_outlet_tail_and_a_day_before_an_occasion_in_the_gap():
    # PUB is Friday 12 May 2023
    out, recs = run("The talks opened on Wednesday.\n\nMira Holt said on Thursday that the line was “unchanged”, "
                    "the state news agency reported. She repeated that there could be no deal without a "
                    "withdrawal.\n\nTomas Reyes had said the day before the talks opened that Vostria would not "
                    "accept “a peace imposed through pressure”.\n\nLeaders are expected in Tarnia, in what one "
                    "diplomat described as a show of “moral support”.")
    assert [(o[1], o[2]) for o in out] == [
        ("Mira Holt", "the line was “unchanged”"),
        ("Mira Holt", "there could be no deal without a withdrawal"),
        ("Tomas Reyes", "Vostria would not accept “a peace imposed through pressure”"),
        ("diplomat", "as a show of “moral support”")]
    assert str(recs[2].date) == "2023-05-09"


def test_quoted_title_in_the_subject_does_not_end_the_clause():
    # the title's closing mark is no clause boundary: the speaker is the named author
    out, _ = run("Daniel Okafor, a former Pentagon official and the author of “Frozen Conflicts,” a study "
                 "of cease-fires that hardened into permanent division, said the caution was understandable.")
    assert out == [("indirect", "Daniel Okafor", "the caution was understandable")]


def test_a_description_that_glosses_itself_still_ends_at_the_verb():
    out, _ = run("“We took out 14 people today,” Vasyl Horbenko, the starosta, or elected elder, of the village "
                 "of Starytsya near Vovchansk, told the radio by phone.")
    assert out == [("direct", "Vasyl Horbenko", "We took out 14 people today")]


def test_a_dated_clause_after_a_quotation_is_a_new_statement():
    out, recs = run("Peskov said on Tuesday that Russia saw “no point” in discussing troops “in any form,” and on "
                    "Monday he dismissed European proposals as “an attempt to smuggle NATO in.”")
    assert [(o[2], r.date_cue) for o, r in zip(out, recs)] == [
        ("Russia saw “no point” in discussing troops “in any form,”", "on Tuesday"),
        ("dismissed European proposals as “an attempt to smuggle NATO in.”", "on Monday")]


def test_a_quoted_programme_title_is_no_statement():
    out, _ = run("Sergey Lavrov was blunter. In an interview aired Sunday on the state television program “Moscow. "
                 "Kremlin. Putin,” he said Russia "
                 "would reject any arrangement that put NATO troops on Ukrainian soil.")
    assert [o[2] for o in out] == ["Russia would reject any arrangement that put NATO troops on Ukrainian soil"]


def test_a_name_quoted_as_a_modifier_stays_in_the_subject():
    out, _ = run("Speaking on LRT’s “Dėmesio centre” programme on Wednesday evening, political scientist Rūta "
                 "Staškevičienė of Vilnius University said the summit would be remembered for its flags.")
    assert out == [("indirect", "Rūta Staškevičienė", "the summit would be remembered for its flags")]


def test_said_with_a_manner_and_a_time_clause_reports_nothing():
    out, _ = run("Jo Bloggs, wearing a cowboy hat, said matter-of-factly as confetti fluttered down around him.")
    assert out == []


def test_a_time_clause_after_a_closing_attribution_is_not_what_was_said():
    out, _ = run("Vostria will send four more tanks to Ukraine, Prime Minister Tomas Reyes announced Thursday "
                 "as Ukrainians marked one year since the invasion.")
    assert out == [("indirect", "Tomas Reyes", "Vostria will send four more tanks to Ukraine")]
    out, _ = run("The tanks will join the four that Vostria pledged, Reyes told a news conference in Arden, "
                 "where he also unveiled new sanctions.")
    assert out == [("indirect", "Reyes", "The tanks will join the four that Vostria pledged")]
    # "as a part of" is no clause: the statement stays
    out, _ = run("Jo Bloggs admitted as a part of his plea that he broke into the account.")
    assert [(o[1], o[2].endswith("he broke into the account")) for o in out] == [("Jo Bloggs", True)]


def test_a_scare_quote_inside_a_relative_clause_after_the_subject_does_not_end_it():
    out, _ = run("Tomas Reyes, who earlier this week travelled to Arden to use his “special relationship” with "
                 "the president, said on Thursday that Vostria was doing “all it can” to help.")
    assert out == [("mixed", "Tomas Reyes", "Vostria was doing “all it can” to help")]
    # an act in the relative clause is a statement of its own
    out, _ = run("Tomas Reyes, who earlier this week urged Holt to use her “special relationship” with the "
                 "president, said on Thursday that Vostria was doing “all it can” to help.")
    assert out == [("mixed", "Tomas Reyes", "urged Holt to use her “special relationship” with the president"),
                   ("mixed", "Tomas Reyes", "Vostria was doing “all it can” to help")]


def test_that_evening_in_the_gap_is_a_time_not_the_clause():
    out, recs = run("The response came on Tuesday. Mykhailo Podolyak wrote on Twitter that evening that the "
                    "reaction proved Russia was not interested in talks.")
    assert [(o[2], r.date.isoformat()) for o, r in zip(out, recs)] == [
        ("the reaction proved Russia was not interested in talks", "2023-05-09")]


def test_bare_plural_sources_after_and_are_a_new_speaker():
    out, _ = run("Mitsotakis has described the city as “a symbol of brutality,” and government officials say he "
                 "intends to raise the situation at the summit.")
    assert [(o[1], o[2]) for o in out] == [("Mitsotakis", "the city as “a symbol of brutality,”"),
                                           ("government officials", "he intends to raise the situation at the summit")]


def test_who_said_after_a_name_inside_a_prepositional_phrase():
    out, _ = run("The agreement was signed in Berlin in the presence of German Defense Minister Boris Pistorius, "
                 "who said Germany was prepared to finance the drones.")
    assert out == [("indirect", "Boris Pistorius", "Germany was prepared to finance the drones")]


def test_closing_role_and_name_with_a_channel_after_the_verb():
    out, _ = run("Russian troops struck the Kherson region 84 times over the past day, the head of the regional "
                 "administration, Oleksandr Prokudin, wrote on Telegram on Monday morning.")
    assert out == [("indirect", "Oleksandr Prokudin",
                    "Russian troops struck the Kherson region 84 times over the past day")]


def test_a_party_name_with_the_in_it_is_not_the_speaker():
    out, _ = run("Opening the debate, Kiril Petkov, the former prime minister and co-leader of We Continue the "
                 "Change, said Bulgaria was finally acting like a member of NATO.")
    assert out == [("indirect", "Kiril Petkov", "Bulgaria was finally acting like a member of NATO")]


def test_by_after_the_verb_is_an_agent_or_a_means():
    out, _ = run("The senator responded by pointing a finger at the reporters.")
    assert out == []
    out, _ = run("Olha Marchenko, a teacher, said by phone that she had stopped following the headlines.")
    assert out == [("indirect", "Olha Marchenko", "she had stopped following the headlines")]


def test_a_pronoun_after_a_quoted_title_is_the_speaker():
    out, recs = run("Sergey Lavrov was blunter. In an interview aired Tuesday on the program “Moscow. Kremlin. "
                    "Putin,” he said Russia would reject any arrangement.")
    assert [(o[1], o[2], r.date_cue) for o, r in zip(out, recs)] == [
        ("Sergey Lavrov", "Russia would reject any arrangement", "Tuesday")]


def test_a_possessive_day_after_said_opens_the_clause():
    out, recs = run("Two sources familiar with the planning said Monday's meeting was expected to begin early.")
    assert [(o[2], r.date_precision) for o, r in zip(out, recs)] == [
        ("Monday's meeting was expected to begin early", "reported")]


def test_a_titled_name_with_a_place_then_a_role_closes_a_quote():
    out, _ = run("“The deadline came and went,” Sen. Jeanne Shaheen of New Hampshire, the top Democrat on the "
                 "Senate Foreign Relations Committee, said in a statement.")
    assert out == [("direct", "Jeanne Shaheen", "The deadline came and went")]


def test_and_inside_a_quoted_title_does_not_cut_the_subject():
    out, _ = run("Faris Al-Harbi, a researcher and the author of the study “Neutral Ground: Gulf Mediation and "
                 "the Ukraine War,” said the visit reflected Kyiv's view.")
    assert out == [("indirect", "Faris Al-Harbi", "the visit reflected Kyiv's view")]


def test_a_quoted_part_of_a_party_name_stays_in_the_subject():
    out, _ = run("Saulius Skvernelis, the leader of the opposition Democrats \"For Lithuania\", told BNS that the "
                 "ruling coalition had raised expectations too high.")
    assert out == [("indirect", "Saulius Skvernelis", "the ruling coalition had raised expectations too high")]


def test_a_quoted_show_in_the_subject_is_not_the_speaker():
    out, _ = run("Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested Trump’s refusal could disqualify him.")
    assert out == [("indirect", "Joe Scarborough", "Trump’s refusal could disqualify him")]


def test_a_clause_before_a_later_that_is_the_first_statement():
    out, _ = run("Recep Tayyip Erdogan said on Tuesday he believed Putin wanted the deal to continue and that the "
                 "two leaders would discuss it soon.")
    assert [o[2] for o in out] == ["he believed Putin wanted the deal to continue",
                                   "the two leaders would discuss it soon"]


def test_blamed_on_and_made_clear():
    out, _ = run("Dmitry Peskov said last month that Russia was not blocking grain shipments and blamed the "
                 "situation on Kyiv's decision to mine the ports.")
    assert [o[2] for o in out] == ["Russia was not blocking grain shipments",
                                   "blamed the situation on Kyiv's decision to mine the ports"]
    out, _ = run("Dmytro Kuleba made clear that Kyiv still expected more from Jerusalem.")
    assert out == [("indirect", "Dmytro Kuleba", "Kyiv still expected more from Jerusalem")]


def test_what_he_called_makes_a_quote_only_verb_an_act():
    out, _ = run("Dmitry Peskov criticized what he called a rush to judgment in some European capitals.")
    assert out == [("indirect", "Dmitry Peskov", "criticized what he called a rush to judgment in some European capitals")]


def test_described_as_without_a_quotation():
    out, _ = run("A European diplomat in Beijing described them as polite but unproductive.")
    assert out == [("indirect", "European diplomat in Beijing", "them as polite but unproductive")]
    out, _ = run("Jo Bloggs has described himself as a pro-life Catholic.")
    assert out == []


def test_told_a_name_then_they_keeps_the_pronoun():
    out, _ = run("Jo Bloggs told AP they concluded there was no obligation.")
    assert out == [("indirect", "Jo Bloggs", "they concluded there was no obligation")]


def test_companies_announced_a_day_closes_the_statement():
    out, _ = run("A Ukrainian maker of drones has agreed to build its systems in Germany, the companies "
                 "announced Wednesday, the latest sign of a shift.")
    assert [(o[1], o[2]) for o in out] == [
        ("companies", "A Ukrainian maker of drones has agreed to build its systems in Germany")]


def test_a_programme_named_in_the_framing_phrase_dates_the_statement():
    out, recs = run("Hakan Fidan, speaking on the “Tarafsız Bölge” program on May 10, said the parties were closer "
                    "to a settlement.")
    assert [(o[1], r.date_cue) for o, r in zip(out, recs)] == [("Hakan Fidan", "on May 10")]
    out, recs = run("Hakan Fidan, speaking on the program “Tarafsız Bölge” on May 10, said the parties were closer "
                    "to a deal.")
    assert [(o[1], r.date_cue) for o, r in zip(out, recs)] == [("Hakan Fidan", "on May 10")]


def test_the_negotiators_are_no_pair_named_only_by_between():
    out, _ = run("Arakhamia said there was enough progress for a meeting between Volodymyr Zelensky and Vladimir "
                 "Putin.\n\nThe negotiators said the future of the Donbas would be left to the two presidents.")
    assert [o[1] for o in out] == ["Arakhamia", "negotiators"]


def test_a_bracketed_date_and_a_quoted_programme_in_a_participle_gap():
    out, recs = run("Viktor Orbán set the tone on Tuesday (9 May), telling public radio's “Good Morning, Hungary” "
                    "programme that membership talks with Ukraine were not in Hungary's interest.")
    assert [(o[2], r.date.isoformat()) for o, r in zip(out, recs)] == [
        ("membership talks with Ukraine were not in Hungary's interest", "2023-05-09")]


def test_a_relative_clause_after_the_subject_does_not_date_a_participle():
    out, recs = run("Mr Zelenskyy, who arrived in Singapore on Tuesday (9 May) in an unannounced visit, earlier "
                    "addressed the forum, telling delegates that more than 100 countries would attend the summit.")
    assert [(o[2], r.date_precision) for o, r in zip(out, recs)] == [
        ("more than 100 countries would attend the summit", "reported")]


def test_a_programme_after_said_on_is_no_quotation():
    out, _ = run("“We made progress in Anchorage,” Rubio said on “Face the Nation with Margaret Brennan.” “There "
                 "are big issues left.”")
    assert [o[2] for o in out] == ["We made progress in Anchorage", "There are big issues left."]


def test_asking_not_to_be_named_is_no_statement():
    out, _ = run("Indonesia offered no explanation, though a diplomat in Jakarta, who asked not to be named because "
                 "he was not authorized to speak, said the government had been uncomfortable.")
    assert [o[2] for o in out] == ["the government had been uncomfortable"]


def test_a_sentence_quoting_only_a_programme_name_is_no_statement():
    out, _ = run("Tanabe Rie, a professor at the Tokyo Institute for Eurasian Studies, appeared on NHK World's "
                 "“Newsroom Tokyo” program on Sunday evening.")
    assert out == []


def test_announcing_no_aid_is_no_statement():
    out, _ = run("Kishida Fumio spoke on Saturday. He announced no new aid, but said Tokyo would keep helping.")
    assert [o[2] for o in out] == ["Tokyo would keep helping"]


def test_proposed_a_plan_is_an_act():
    out, _ = run("Zelensky proposed a joint system to shoot down drones over western Ukraine.")
    assert out == [("indirect", "Zelensky", "proposed a joint system to shoot down drones over western Ukraine")]


def test_an_including_aside_inside_the_target_of_urged():
    out, _ = run("Zelenskiy urged world leaders, including U.S. President Joe Biden and Chinese leader Xi Jinping, "
                 "to attend.")
    assert [o[2] for o in out] == ["urged world leaders, including U.S. President Joe Biden and Chinese leader Xi "
                                   "Jinping, to attend"]


def test_renewed_reports_only_with_a_speech_act_for_its_object():
    out, _ = run("Zelenskiy renewed his appeal for two more Patriot systems. Russia renewed its assault on Kharkiv. "
                 "CBS renewed “Hawaii Five-0” for a seventh season.")
    assert [o[2] for o in out] == ["renewed his appeal for two more Patriot systems"]


def test_a_time_or_place_clause_set_off_in_the_gap_does_not_count_to_its_length():
    # PUB is Friday 12 May 2023
    out, recs = run("Mira Holt told reporters in Arden on Tuesday, where she was attending a meeting of regional "
                    "trade ministers, that the border would reopen within a month.")
    assert out == [("indirect", "Mira Holt", "the border would reopen within a month")]
    assert (str(recs[0].date), recs[0].date_precision) == ("2023-05-09", "day")


def test_a_framing_phrase_before_also_dates_the_statement():
    out, recs = run("Tomas Reyes, speaking to reporters in Marrow on Tuesday, also warned the council against cutting the grant.")
    assert [o[2] for o in out] == ["warned the council against cutting the grant"]
    assert (str(recs[0].date), recs[0].date_precision) == ("2023-05-09", "day")


def test_a_day_before_the_of_of_an_accusation_dates_it():
    out, recs = run("Mira Holt accused the council during question time on Wednesday of “selling out the valley”. "
                    "Tomas Reyes took another view, accusing the mayor in a statement on Tuesday of “wasting a "
                    "year”.")
    assert [o[1] for o in out] == ["Mira Holt", "Tomas Reyes"]
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-10", "day"), ("2023-05-09", "day")]


def test_the_same_day_does_not_count_from_a_date_in_what_was_said():
    # PUB is Friday 12 May 2023
    _, recs = run("The two sides met in Arden on Tuesday. The council said the same day that it would restore the "
                  "grant it had frozen after a quarrel on April 28.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-09", "day")]


def test_a_framing_phrase_after_a_name_in_brackets_or_a_relative_on_hosting_dates_the_statement():
    # PUB is Friday 12 May 2023
    _, recs = run("Councillor Li Wen (李文), appearing on the radio show “Morning Line” on Monday night, accused the "
                  "mayor of “hiding the bill”.\n\nMira Holt, who hosted a call with the valley mayors on Tuesday, "
                  "told them that the grant would be restored. Tomas Reyes, who was in Arden on Wednesday for the "
                  "vote, said the result sent “a clear message”.")
    assert [(str(r.date), r.date_precision) for r in recs] == [
        ("2023-05-08", "day"), ("2023-05-09", "day"), ("2023-05-10", "day")]


def test_a_facebook_post_is_a_noun_not_the_verb():
    out, recs = run("The Arden embassy, in a Facebook post last week, described the sanctions as “economic "
                    "blackmail” and said Marrow was being “punished for its independence”.")
    assert [o[1] for o in out] == ["Arden embassy", "Arden embassy"]
    assert "last week" not in out[0][2]
    assert [r.date_precision for r in recs] == ["week", "week"]


def test_a_clause_joined_before_the_subject_gives_its_day_last():
    # PUB is Friday 12 May 2023
    _, recs = run("The two sides signed a memorandum on April 17, and Tomas Reyes told reporters last week that a "
                  "deal was close.")
    assert [(str(r.date_range[0]), r.date_precision) for r in recs] == [("2023-04-30", "week")]
    _, recs = run("Mira Holt spoke with her Marrow counterpart by phone on Tuesday, and a readout of the call said "
                  "the pair discussed “the path to a lasting peace”.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-09", "day")]


def test_a_day_right_after_the_verb_or_closing_its_object_dates_it():
    # PUB is Friday 12 May 2023
    _, recs = run("Mira Holt announced on Wednesday the launch of “Eastern Watch,” a new patrol mission.\n\n"
                  "Tomas Reyes, the former mayor who now chairs the council, mocked the deal on Telegram Thursday, "
                  "writing that the valley had “sold the family silver.”")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-10", "day"), ("2023-05-11", "day")]


def test_in_his_view_attributes_the_clause_after_it():
    out, _ = run("Tomas Reyes runs the grid in Arden. In his view, a truce is possible only if the council agrees to "
                 "act as a guarantor.\n\nIn the view of Mira Holt, the mayor of Marrow, the grant will never come back.")
    assert out == [("indirect", "Tomas Reyes", "a truce is possible only if the council agrees to act as a guarantor"),
                   ("indirect", "Mira Holt", "the grant will never come back")]


def test_a_body_with_its_initials_in_brackets_after_the_content():
    out, recs = run("The valley has mediated a new exchange of prisoners between Arden and Marrow, the Ministry of "
                    "Foreign Affairs (MoFA) announced on Wednesday evening.")
    assert out == [("indirect", "Ministry of Foreign Affairs", "The valley has mediated a new exchange of prisoners "
                                                              "between Arden and Marrow")]
    assert str(recs[0].date) == "2023-05-10"


def test_earlier_between_the_speaker_and_the_verb():
    out, _ = run("Shadow minister Tomas Reyes earlier accused the council of “making it up as they go along”. "
                 "Mira Holt, who two days earlier had insisted the grant “was safe”, said on Thursday it was gone.")
    assert [o[1] for o in out] == ["Tomas Reyes", "Mira Holt", "Mira Holt"]


def test_this_was_stated_by_names_the_speaker_of_the_sentence_before():
    # PUB is Friday 12 May 2023
    out, recs = run("Arden is ready to discuss a halt to strikes on the dam, but will not give up the valley. This was "
                    "stated by Mayor Mira Holt during a press conference on Thursday, a Valley Post correspondent "
                    "reports.\n\nMarrow will answer any attack. This was announced by the press service of the "
                    "Marrow Ministry of Defence.")
    assert out == [("indirect", "Mira Holt", "Arden is ready to discuss a halt to strikes on the dam, but will not "
                                             "give up the valley"),
                   ("indirect", "Marrow Ministry of Defence", "Marrow will answer any attack")]
    assert str(recs[0].date) == "2023-05-11"
    # not a sentence someone else already said
    out, _ = run("Mira Holt said Arden was ready to talk. This was also stated by Tomas Reyes.")
    assert [o[1] for o in out] == ["Mira Holt"]


def test_thanked_with_a_quotation_is_a_statement_and_never_inverts():
    out, _ = run("Mira Holt thanked Arden for “years of solidarity” and for keeping the border open.\n\n"
                 "Tomas Reyes, star of the radio show “Morning,” thanked Holt for “taking these steps”.\n\n"
                 "Holt thanked the mayors for their help.")
    assert [o[1] for o in out] == ["Mira Holt", "Tomas Reyes"]     # (Holt is thanked, not the speaker)
    # an "according to" whose own relative clause thanks someone still attributes the clause before it
    out, _ = run("Five of the prisoners will stay in Arden until the end of the war, according to Mira Holt, who "
                 "thanked Tomas Reyes for his “personal involvement.”")
    assert [(o[1], o[2][:20]) for o in out] == [("Mira Holt", "Five of the prisoner"), ("Mira Holt", "Tomas Reyes for his ")]


def test_speech_in_a_when_clause_after_and_ends_at_its_comma():
    out, _ = run("The crowd booed, and when Tomas Reyes said it was great to be home, a man yelled “Stay there!”")
    assert out == [("indirect", "Tomas Reyes", "it was great to be home"), ("direct", "man", "Stay there!")]


def test_a_colon_in_a_title_inside_a_relative_clause_does_not_end_the_subject():
    out, _ = run("Dr Reid, whose study Thin Lines: Arden After the War is published next month, said the valley "
                 "could hold out “for a year or two, not a decade”.")
    assert [o[1] for o in out] == ["Reid"]


def test_made_it_clear_and_a_participle_of_several_words():
    out, _ = run("Mira Holt told Tomas Reyes that Arden wanted a lasting peace, while making it clear that the valley would "
                 "keep its dam. Reyes made it clear that he was not convinced.")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "Arden wanted a lasting peace"),
                                           ("Mira Holt", "the valley would keep its dam"),
                                           ("Tomas Reyes", "he was not convinced")]


def test_rejected_reports_only_with_a_claim_for_its_object():
    out, _ = run("Mira Holt rejected suggestions that Arden was shirking its duties. The council rejected the bill "
                 "on Tuesday after a long debate. Tomas Reyes rejected the idea as “ludicrous” because of the vote.")
    assert [o[2] for o in out] == ["rejected suggestions that Arden was shirking its duties",
                                   "rejected the idea as “ludicrous” because of the vote"]


def test_a_body_whose_verb_said_nothing_quotable_is_the_next_it():
    out, _ = run("The Arden ministry of trade said on Monday that the border would stay shut for a month.\n\n"
                 "The Marrow embassy rejected the accusations. In a Telegram post, it claimed that Arden had "
                 "presented “no evidence” of any smuggling.")
    assert [o[1] for o in out] == ["Arden ministry of trade", "Marrow embassy"]


def test_a_purpose_infinitive_after_used_or_took_is_a_statement():
    out, _ = run("Hours before the vote, Mira Holt used her annual address to the council to announce that the "
                 "grant would be cut. Tomas Reyes took to Telegram to say that the dam had held overnight. Holt "
                 "declined to say whether the talks would resume soon.")
    assert [(o[1], o[2]) for o in out] == [("Mira Holt", "the grant would be cut"),
                                           ("Tomas Reyes", "the dam had held overnight")]


def test_a_place_and_colon_before_the_subject_of_a_participle():
    out, _ = run("Arden: Foreign Minister Mira Holt on Thursday defended the purchases, saying the valley would "
                 "buy grain “wherever the best deal is”.")
    assert [o[1] for o in out] == ["Mira Holt"]


def test_a_body_opening_the_sentence_before_is_the_next_it():
    out, _ = run("The Arden ministry of trade said on Monday that the border would stay shut for a month.\n\n"
                 "The Marrow embassy took a different view. In a tweet on Thursday evening, it claimed the closure "
                 "was part of an effort to isolate the valley.")
    assert [o[1] for o in out] == ["Arden ministry of trade", "Marrow embassy"]


def test_a_work_called_by_its_title_and_a_second_description_after_a_name():
    out, _ = run("That evening, Tomas Reyes, the head of the delegation, a former minister and the author of a "
                 "series of books called “Myths About Arden,” told reporters that the proposals were “clearly "
                 "formulated”.\n\n“The effect this week is close to zero, because the checks stopped in 2020,” Mira "
                 "Holt, a senior fellow at the Valley Institute and the author of “The Last Treaty,” a history of "
                 "arms control, told the Herald.")
    assert [o[1] for o in out] == ["Tomas Reyes", "Mira Holt"]


def test_a_relative_clause_before_a_coordinated_verb_does_not_date_it_unless_it_frames_it():
    # PUB is Friday 12 May 2023
    _, recs = run("Mira Holt, who flew to Arden on Tuesday night from Marrow, thanked the mayor for the support of "
                  "the valley and said the town would open an office in Arden.\n\nTomas Reyes, who attended the "
                  "opening day on Wednesday, announced new aid and told delegates that the dam was “not for sale”.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-12", "reported"), ("2023-05-10", "day")]
    assert recs[0].text == "the town would open an office in Arden"     # (the mayor is thanked, not speaking)


def test_a_description_set_off_after_the_subject_does_not_date_what_follows():
    # PUB is Friday 12 May 2023
    _, recs = run("Mira Holt, the former mayor who dropped her own bid in early February, made a surprise appearance "
                  "at the rally in Arden on Wednesday morning. “We will win this valley back,” she said.\n\n"
                  "Tomas Reyes, a councillor who was first elected in 2008, criticized the plan for the dam, which "
                  "he argued would flood the valley for good.")
    # (the second has no date of its own, not 2008: it is listed on the story's day, as "reported")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-10", "day"), ("2023-05-10", "reported")]


def test_a_bare_role_is_the_one_named_before_it_not_one_named_later():
    out, _ = run("Arden will keep buying grain wherever the deal is best, Foreign Minister Mira Holt said on Monday.\n\n"
                 "The minister said the valley had bought far more grain than Marrow had.\n\n"
                 "Trade Minister Tomas Reyes, speaking at a conference on Friday, said the prices were fair.")
    assert [o[1] for o in out] == ["Mira Holt", "Mira Holt", "Tomas Reyes"]


def test_an_according_to_aside_opening_the_content_and_a_capitalised_audience():
    out, _ = run("Mira Holt spoke at a briefing. She recalled that, according to the council’s own data, less than a "
                 "tenth of the grain went to the poorest towns.\n\nTomas Reyes told Marrow reporters the talks had "
                 "been “serious” and would go on.")
    assert out == [("indirect", "Mira Holt", "less than a tenth of the grain went to the poorest towns"),
                   ("mixed", "Tomas Reyes", "the talks had been “serious” and would go on")]


def test_framing_phrases_with_a_title_a_time_clause_or_a_speech_given():
    # PUB is Friday 12 May 2023
    _, recs = run("Mira Holt, speaking at the launch of the book “The Long Road: Arden 1991-2004” in Marrow on "
                  "Tuesday evening, hours before the vote began, said she was “cautiously hopeful”.\n\n"
                  "Tomas Reyes, in remarks broadcast by state television after the talks on Wednesday, called the "
                  "valley “a reliable partner”.\n\nIlse Varn, who gave a speech at the university on Thursday "
                  "evening, told the audience that support for the dam “will not weaken”.\n\nJo Bloggs said in a "
                  "radio interview on Monday, May 8, that the town should not be “dragged into” the quarrel.")
    assert [str(r.date) for r in recs] == ["2023-05-09", "2023-05-10", "2023-05-11", "2023-05-08"]


def test_a_participle_after_a_time_lead_and_a_body_opening_the_sentence():
    out, _ = run("A day later, Marrow's foreign ministry went further, describing the plan in a statement as “a "
                 "fantasy written in Arden”.")
    assert [o[1] for o in out] == ["Marrow's foreign ministry"]


def test_announced_on_a_day_then_only_where_has_no_object():
    out, _ = run("Arden will deliver 30 trucks of grain to Marrow by June, Mayor Mira Holt announced on Tuesday during "
                 "a visit to the valley by Governor Tomas Reyes.")
    assert out == [("indirect", "Mira Holt", "Arden will deliver 30 trucks of grain to Marrow by June")]


def test_a_title_with_its_remit_or_a_party_s_initials_before_the_name():
    out, _ = run("Marrow's Ambassador to Arden David Reyes told the Valley Post he was “disappointed but not "
                 "surprised” by the vote.\n\nValley Unity Party (VUP) leader Jo Bloggs defended the trip on the radio "
                 "on Monday, saying the opposition was “playing games”.")
    assert [o[1] for o in out] == ["David Reyes", "Jo Bloggs"]


def test_a_party_tag_or_a_description_set_off_after_a_name_is_not_the_speaker():
    out, _ = run("Holt was answering Speaker Mira Holt, R-La., who said earlier this month that the bill would "
                 "wait.\n\nRep. Tomas Reyes, D-Chicago, a co-chair of the Congressional Arden Caucus, said in an "
                 "interview that he had spoken with officials.")
    assert [o[1] for o in out] == ["Mira Holt", "Tomas Reyes"]


def test_a_body_s_name_with_of_before_its_spokesperson():
    out, _ = run("A Ministry of Defence spokesperson said: “We do not comment on operational planning.”")
    assert [o[1] for o in out] == ["Ministry of Defence spokesperson"]


def test_a_quoted_title_set_off_after_its_noun_is_not_speech_nor_a_name():
    out, _ = run("Near the steps, Marrow author Ilse Varn signed copies of her memoir, “Sunflowers on Arden "
                 "Avenue,” about her grandparents. Proceeds go to a field hospital, she said.")
    assert out == [("indirect", "Ilse Varn", "Proceeds go to a field hospital")]


def test_said_at_least_is_no_place_and_a_body_s_branch_in_a_country():
    out, _ = run("Mira Holt spoke to reporters.\n\nShe said at least 20 had returned home.\n\nArden Systems UK said in "
                 "a statement that the contract would “sustain” its workforce.")
    assert out == [("indirect", "Mira Holt", "at least 20 had returned home"),
                   ("mixed", "Arden Systems UK", "the contract would “sustain” its workforce")]


def test_told_lawmakers_then_a_clause_of_its_own():
    out, _ = run("Marrow troops have begun taking part in combat, the Valley Intelligence Service told lawmakers "
                 "Wednesday, as Arden weighs how far to go.")
    assert out == [("indirect", "Valley Intelligence Service", "Marrow troops have begun taking part in combat")]


def test_a_dateline_without_a_dash_and_the_body_a_description_follows():
    out, _ = run("Marrow, May 12 (VNA) Arden's Valley Affairs Council (VAC) on Friday dismissed the paper, saying "
                 "Marrow could not present itself as neutral.\n\nThe council, Arden's top agency for valley affairs, "
                 "added that the pressure “exposes the hollowness” of the claim.")
    assert {o[1] for o in out} == {"Arden's Valley Affairs Council"}


def test_the_group_is_the_body_named_after_that_word_just_before():
    out, _ = run("In Marrow, the independent rights group Valley-Watch said on Thursday that 300 people had been "
                 "detained. Police handed notices to some of those held, the group said.")
    assert [o[1] for o in out] == ["Valley-Watch", "Valley-Watch"]


def test_a_first_name_with_a_description_after_it_is_someone_new():
    out, _ = run("Tomas Reyes, the mayor, said the town was calm.\n\nTomas, a 29-year-old engineer in Marrow who "
                 "asked that his last name not be used, told the Valley Post that he was packing a bag.")
    assert [o[1] for o in out] == ["Tomas Reyes", "Tomas"]


def test_a_day_after_a_programme_s_title_and_a_deadline_before_a_weekday():
    # PUB is Friday 12 May 2023
    _, recs = run("“We never expected everyone to sign,” Mira Holt told Valley Radio's “Echo der Zeit” programme on "
                  "Monday evening.\n\nTomas Reyes has given Arden until Thursday to respond, though he told reporters "
                  "on Wednesday that the deadline was “flexible”.")
    assert [str(r.date) for r in recs] == ["2023-05-08", "2023-05-10"]


def test_a_passive_names_its_speaker_after_by_and_a_spaced_hyphen_ends_the_claim():
    out, _ = run("Tomas Reyes claimed the images had been “staged” - a claim dismissed by Foreign Secretary Mira Holt "
                 "as “grotesque”.\n\nThe plan was described by the minister as “a fantasy”.")
    assert out == [("mixed", "Tomas Reyes", "the images had been “staged”"),
                   ("mixed", "Mira Holt", "dismissed by Foreign Secretary Mira Holt as “grotesque”"),
                   ("mixed", "minister", "described by the minister as “a fantasy”")]


def test_that_after_a_preposition_is_a_determiner_not_the_clause():
    # PUB is Friday 12 May 2023
    out, recs = run("Holt and Reyes spoke by phone on Tuesday. The Marrow council said in a readout of that call on "
                    "Wednesday that Holt had “reaffirmed” the offer.")
    assert out == [("mixed", "Marrow council", "Holt had “reaffirmed” the offer")]
    assert str(recs[0].date) == "2023-05-10"


def test_according_to_figures_released_by_a_body_on_a_day():
    out, recs = run("According to data released by the Marrow Customs Office on May 10, the valley spent more than "
                    "$2 billion on corn.\n\nAccording to figures published by the central bank, inflation rose to 9 "
                    "percent in the year.")
    assert [o[1] for o in out] == ["Marrow Customs Office", "central bank"]
    assert str(recs[0].date) == "2023-05-10"


def test_a_list_of_places_after_of_and_a_website_told():
    out, _ = run("In a joint statement on Saturday, the leaders of Arden, Marrow, Vostria and several other countries "
                 "said the proposal was “a starting point”.\n\nA diplomat from one of the delegations that did not sign, "
                 "who asked not to be named, told swissinfo.ch that his government objected to the text.")
    assert out == [("mixed", "leaders of Arden Marrow Vostria and several other countries",
                    "the proposal was “a starting point”"),
                   ("indirect", "diplomat from one of the delegations that did not sign",
                    "his government objected to the text")]


def test_a_clause_joined_inside_the_lead_gives_its_day_after_the_statement_s_own():
    # PUB is Friday 12 May 2023
    _, recs = run("Mira Holt is the mayor. She had travelled to Marrow last week, and at a news conference with "
                  "Tomas Reyes on Thursday she said any peace had to be “backed by strength”.")
    assert [str(r.date) for r in recs] == ["2023-05-11"]


def test_the_agency_is_the_body_that_last_spoke():
    out, _ = run("Marrow troops have joined the fighting, the Valley Intelligence Service said on Wednesday.\n\n"
                 "According to Holt, the agency also told the committee that more troops could follow.")
    assert [o[1] for o in out] == ["Valley Intelligence Service", "Valley Intelligence Service"]


def test_a_sentence_quoting_only_a_work_s_title_after_its_noun_is_no_statement():
    out, _ = run("Later, he said the parish had sent 40 tons of supplies.\n\nNear the steps, Marrow author Ilse Varn "
                 "signed copies of her memoir, \"Sunflowers on Arden Avenue,\" about her grandparents' flight after World "
                 "War II. Proceeds go to a field hospital, she said.")
    assert out[-1] == ("indirect", "Ilse Varn", "Proceeds go to a field hospital")
    assert not any("Sunflowers" in o[2] for o in out)


def test_a_participle_after_an_embedded_clause_is_the_sentence_subject_s():
    out, _ = run("The spokesperson, Ilse Varn, spoke on Thursday. She declined to say whether Foreign Minister Mira "
                 "Holt had spoken to Tomas Reyes, saying only that “channels are open”.\n\nShe declined to say whether "
                 "Mira Holt had told Tomas Reyes about the plan, saying only that “talks go on”.")
    assert [o[1] for o in out] == ["Ilse Varn", "Ilse Varn"]


def test_an_opening_phrase_before_the_subject_of_a_narration_sentence():
    out, _ = run("Tomas Reyes said Marrow was grateful. Closer to home, Prime Minister Mira Holt defended the "
                 "decision. Speaking to reporters on Wednesday, she said Arden had “an obligation as chair”.\n\n"
                 "Ilse Varn gave to charities. Along with her husband, Jo Bloggs, a banker, she has given to many "
                 "candidates. She called the mayor a “special person.”")
    assert [o[1] for o in out] == ["Tomas Reyes", "Mira Holt", "Ilse Varn"]


def test_a_name_of_a_party_with_lowercase_modifiers_and_a_body_s_initials_after_according_to():
    out, _ = run("Rep. Jo Bloggs of the main opposition Valley Party, who sits on the committee, told reporters that "
                 "the troops included the elite “Storm Corps”.\n\nAccording to the Marrow Intelligence Service (MIS), "
                 "some of the soldiers have been deployed to the border.")
    assert out == [("mixed", "Jo Bloggs", "the troops included the elite “Storm Corps”"),
                   ("indirect", "Marrow Intelligence Service", "some of the soldiers have been deployed to the border")]


def test_a_framing_participle_after_the_speaker_s_description_dates_the_quote():
    # PUB is Friday 12 May 2023
    _, recs = run("The delegation met Mira Holt in Arden on Thursday.\n\n“We are here because our people cannot "
                  "afford bread,” said Ilse Varn, the Arden president, speaking in Marrow the day before.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]


def test_the_day_before_with_no_date_near_counts_from_the_story_s_day():
    # PUB is Friday 12 May 2023
    _, recs = run("The delegation met Mira Holt in Arden on Thursday.\n\nThe talks were long.\n\nThe rooms were cold."
                  "\n\nThe food was late.\n\nThe press waited.\n\nSpeaking in Marrow the day before, Tomas Reyes said "
                  "his people “cannot afford bread”.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]


def test_an_occasion_named_without_a_day_is_on_the_story_s_day():
    # PUB is Friday 12 May 2023
    _, recs = run("Mira Holt on Wednesday told Tomas Reyes that Arden wanted a deal.\n\nSpeaking after talks that lasted "
                  "two hours, Holt said the mood was good.\n\nIlse Varn told reporters the day before the talks that "
                  "Marrow attached “great importance” to the visit.")
    assert [str(r.date) for r in recs][-1] == "2023-05-09"


def test_earlier_in_the_day_with_no_day_in_its_paragraph_is_the_story_s_day():
    # PUB is Friday 12 May 2023
    _, recs = run("Mira Holt on Tuesday told Tomas Reyes that Arden wanted a deal.\n\nThe mood was good.\n\nThe rooms "
                  "were cold.\n\nThe food was late.\n\nThe press waited.\n\nEarlier in the day, Holt held talks with "
                  "the trade minister.\n\nIlse Varn told reporters the day before the talks that Marrow attached "
                  "“great importance” to the visit.")
    assert [str(r.date) for r in recs][-1] == "2023-05-08"


def test_according_to_a_body_s_document_its_clerk_or_a_body_named_after_its_kind():
    # PUB is Friday 12 May 2023
    out, recs = run("The new package includes armored vehicles, according to a Valley Command statement released "
                    "Monday.\n\nThe committee will hear the mayor on Thursday, according to the committee's clerk.\n\n"
                    "Much of the ore lies in occupied land, according to Marrow-based think tank We Build Arden.\n\n"
                    "Wages would rise for two million workers, according to a fact sheet lawmakers released Monday.\n\n"
                    "The president's Valley Security Bureau (VSB) said in a statement that any role would need approval.")
    assert [o[1] for o in out] == ["Valley Command", "committee's clerk", "We Build Arden", "lawmakers",
                                   "Valley Security Bureau"]
    assert str(recs[0].date) == "2023-05-08"


def test_a_person_in_what_a_body_reported_is_the_next_he():
    out, _ = run("Tomas Reyes said there was “no chance” of a deal.\n\nSheikh Jo Bloggs, the foreign minister, received "
                 "the delegations on Friday, state news agency Wam reported. He stressed the country's readiness to "
                 "“support every effort”, Wam said.")
    assert [o[1] for o in out][1] == "Wam"
    assert [o[1] for o in out][-1] in ("Jo Bloggs", "Sheikh Jo Bloggs")


def test_a_second_participle_joined_by_and():
    out, _ = run("A day later, Marrow's foreign ministry went further, describing the plan in a statement as “a "
                 "fantasy” and warning that any foreign units would be treated as combatants.")
    assert out == [("mixed", "Marrow's foreign ministry", "the plan in a statement as “a fantasy”"),
                   ("indirect", "Marrow's foreign ministry", "any foreign units would be treated as combatants")]


def test_for_a_person_with_an_age_the_sentence_is_about_them():
    out, _ = run("Mira Holt said the visit was historic.\n\nFor Ilse Varn, 44, a former caregiver who was sent home in "
                 "March, the images were personal. She said she cried watching the two leaders on television.")
    assert [o[1] for o in out] == ["Mira Holt", "Ilse Varn"]


def test_now_opening_a_statement_is_no_continuation_of_an_earlier_day():
    # PUB is Friday 12 May 2023
    _, recs = run("At a prayer service on May 4, the pastor, Tomas Reyes, told parishioners that the town was “in our "
                  "pockets”.\n\nNow, he said, the question is what comes after the celebrations.")
    assert [str(r.date) for r in recs] == ["2023-05-04", "2023-05-12"]
    assert recs[1].date_precision == "reported"


def test_a_day_inside_an_urged_infinitive_is_when_it_is_to_be_done():
    # PUB is Friday 12 May 2023
    _, recs = run("In a statement released on Wednesday, Mira Holt said she supported the package and urged the "
                  "council to pass it this week, adding that she would sign it “the moment it arrives”.")
    assert [str(r.date) for r in recs] == ["2023-05-10", "2023-05-10", "2023-05-10"]


def test_a_quoted_call_sign_before_the_verb_is_part_of_the_subject():
    out, _ = run("A serviceman with the call sign “Lys” told the outlet that soldiers at the front had “no illusions”.")
    assert out == [("mixed", "Lys", "soldiers at the front had “no illusions”")]


def test_sentence_adverbs_and_prepositions_opening_a_sentence_are_no_names():
    out, _ = run("Unlike Marrow, Ilse Varn has few investors the state could pressure, she said.\n\n"
                 "Likewise, Tomas Reyes went after the mayor and called for her to quit the race.")
    assert [o[1] for o in out] == ["Ilse Varn", "Tomas Reyes"]


def test_abbreviated_title_with_its_full_stop_is_no_sentence_end():
    out, _ = run("“This is a waste of time,” said Del. Stacey Plaskett of the Virgin Islands.\n\n"
                 "Del Toro said the film was finished.")
    assert [o[1] for o in out] == ["Stacey Plaskett", "Del Toro"]


def test_conjunction_before_an_opening_subordinate_clause():
    out, _ = run("So when Marrow signaled that it would make a deal, Tomas Reyes said, “we were floored.”")
    assert out == [("indirect", "Marrow", "it would make a deal"), ("direct", "Tomas Reyes", "we were floored.")]


def test_so_far_inside_a_relative_clause_does_not_cut_the_subject():
    out, _ = run("House Speaker Mira Holt, who has so far refused to put the bill to a vote, said earlier this month "
                 "that border security had to come first.")
    assert out == [("indirect", "Mira Holt", "border security had to come first")]


def test_a_coordinated_verb_inside_a_relative_clause_ends_with_it():
    # "Labour" before the title is the party, not a name; "called for" ends at the clause's comma
    out, recs = run("Former Labour leader Tomas Reyes, who sits as an independent MP and has repeatedly called for a "
                    "ceasefire, said last night that it was “a day of shame” for Parliament.")
    assert out == [("indirect", "Tomas Reyes", "called for a ceasefire"),
                   ("mixed", "Tomas Reyes", "it was “a day of shame” for Parliament")]
    assert str(recs[1].date) == "2023-05-11"


def test_a_bare_weekday_right_after_the_verb_dates_it():
    _, recs = run("The Pentagon announced Wednesday a first $1 billion package of weapons.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]


def test_the_reporters_question_is_not_part_of_the_statement():
    out, _ = run("Ilse Varn said only that “work is continuing” when asked about the talks.\n\n"
                 "When asked whether he was encouraging the protesters, Tomas Reyes said, “No.”")
    assert out == [("direct", "Ilse Varn", "work is continuing"), ("direct", "Tomas Reyes", "No.")]


def test_a_day_after_a_set_off_opening_phrase_dates_the_statement():
    _, recs = run("As the channel reported earlier, on 8 May Mira Holt said that the port was ready for talks.")
    assert [str(r.date) for r in recs] == ["2023-05-08"]


def test_a_dateline_with_a_double_hyphen_and_no_space():
    out, _ = run("Harbour City, May 12 (Jiji Press)--Prime Minister Mira Holt on Friday criticized the plan, calling "
                 "it “a step backwards.”")
    assert out == [("mixed", "Mira Holt", "it “a step backwards.”")]


def test_a_factbox_bullet_opens_the_sentence():
    out, _ = run("* Tomas Reyes, head of the foreign affairs committee of the lower house, said on Monday that the "
                 "response would come.")
    assert out == [("indirect", "Tomas Reyes", "the response would come")]


def test_bodies_that_speak():
    out, _ = run("Mira Holt’s press service said last night that she had spent the day negotiating.\n\n"
                 "In a joint statement, the foreign ministries of Arden, Vostria and Marrow, known as the A3, said "
                 "they would cancel the agreement.\n\n"
                 "Arden's Permanent Mission to the United Nations said last week that arming either party was wrong.\n\n"
                 "No one was hurt, the consortium said.")
    names = [o[1] for o in out]
    assert len(names) == 4 and names[0] == "Mira Holt’s press service" and names[3] == "consortium"
    assert names[1].startswith("foreign ministries of Arden") and "Permanent Mission to the United Nations" in names[2]


def test_a_long_title_after_titled_is_no_statement():
    out, _ = run("Mira Holt said on Friday that the port would reopen. She had floated the offer in an article titled "
                 "“Arden and Vostria: Joining Efforts for Peace, Progress and a Successful Future”, in which she wrote "
                 "that Arden would remain “a reliable supplier” of grain.")
    assert out[1] == ("mixed", "Mira Holt", "Arden would remain “a reliable supplier” of grain")


def test_a_quoted_book_title_with_a_colon_in_the_apposition():
    out, _ = run("Tomas Reyes, author of the book “Between Two Seas: Arden and Vostria after 1991”, said the town "
                 "should respond “calmly and through legal channels.”")
    assert out == [("mixed", "Tomas Reyes", "the town should respond “calmly and through legal channels.”")]


def test_a_country_set_off_before_the_spokesperson_is_what_was_said_about():
    out, _ = run("Nigeria, the spokesperson said, would “pursue its interests with every partner”.")
    assert out[0][1] == "spokesperson"


def test_a_documents_description_set_off_before_that():
    _, recs = run("The coalition said in a statement, titled “Escalation is not a peace plan” and published on its "
                  "website last week, that working people were paying twice for the war.")
    assert [(r.text, r.date_precision) for r in recs] == [("working people were paying twice for the war", "week")]


def test_as_they_put_it():
    out, recs = run("As council spokesman Tomas Reyes put it on Wednesday, the “harbour part” of the package "
                    "“has still not been implemented.”")
    assert out == [("mixed", "Tomas Reyes", "the “harbour part” of the package “has still not been implemented.”")]
    assert str(recs[0].date) == "2023-05-10"


def test_according_to_opening_a_sentence_with_a_participle_after_it():
    out, _ = run("According to the Arden Defence Ministry, Mira Holt held two calls with Tomas Reyes, urging the "
                 "council to reconsider.")
    assert [o[1] for o in out] == ["Arden Defence Ministry", "Mira Holt"]


def test_a_reported_clause_that_reports_the_speakers_own_earlier_warning():
    _, recs = run("Mira Holt said the pilots had done their job. She recalled that she had warned on 3 May that "
                  "Marrow was “testing the reflexes” of the alliance.")
    assert [(r.text, str(r.date)) for r in recs][1] == ("Marrow was “testing the reflexes” of the alliance", "2023-05-03")


def test_the_reporters_purpose_clause_ends_a_statement_and_its_own_clause_is_read():
    out, _ = run("The harbour master, Ilse Varn, said on Monday that the reserves were sufficient, seeking to reassure "
                 "markets hours after Marrow announced that it was halting the grain deal. The command said in a post "
                 "shortly before 8 a.m. that the operation had ended.")
    assert out == [("indirect", "Ilse Varn", "the reserves were sufficient"),
                   ("indirect", "Marrow", "it was halting the grain deal"),
                   ("indirect", "command", "the operation had ended")]


def test_a_second_speaker_after_while_with_a_relative_clause():
    out, _ = run("Mira Holt wrote that preparations were continuing, while an official at the ministry, who asked not "
                 "to be named, told reporters that the first convoy could still sail.")
    assert [o[1] for o in out] == ["Mira Holt", "official at the ministry"]


def test_a_factbox_heading_in_capitals_names_the_speaker_and_the_day():
    out, recs = run("Here is what they said:\n\nHARBOUR COUNCIL SPOKESMAN TOMAS REYES, MAY 9:\n\n“If such a decision "
                    "has been taken, then the council is entering a different phase.”")
    assert out == [("direct", "Tomas Reyes", "If such a decision has been taken, then the council is entering a different phase.")]
    assert str(recs[0].date) == "2023-05-09"


def test_sources_who_spoke_on_a_day_date_what_they_said():
    out, recs = run("May 12 (Reuters) - Arden has been cleared to fire the missiles, according to two officials and a "
                    "person familiar with the matter, who spoke on Tuesday on condition of anonymity.")
    assert out[0][2] == "Arden has been cleared to fire the missiles"
    assert str(recs[0].date) == "2023-05-09"


def test_a_statement_inside_another_speakers_sentence_does_not_end_their_run():
    # PUB is Friday 12 May 2023
    _, recs = run("Ilse Varn said on Monday that the reserves were sufficient, hours after Marrow announced that it "
                  "was halting the deal.\n\nIn a televised interview, Varn pointed out that the ships were waiting.")
    assert [str(r.date) for r in recs] == ["2023-05-08", "2023-05-08", "2023-05-08"]


def test_a_country_after_a_lowercase_descriptor_speaks():
    out, _ = run("The leaders adopted a declaration on Saturday, with host Thailand insisting that the forum had not "
                 "been “taken hostage” by the war.")
    assert out == [("mixed", "Thailand", "the forum had not been “taken hostage” by the war")]


def test_a_pronoun_after_a_where_clause_is_the_person_just_named():
    out, _ = run("The agency has since revised its text, the person added.\n\nA spokesperson referred reporters to "
                 "remarks by Finance Minister Janet Reyes at a meeting in Arden last month, where she said she was confident "
                 "the group would “find a path” to a deal.")
    assert out[-1][1] == "Janet Reyes"


def test_a_described_speaker_after_a_day_and_an_after_clause():
    # PUB is Friday 12 May 2023
    out, recs = run("The Rev. Tomas Reyes leads the parish.\n\nOn Wednesday, after the mayor signed the package, the "
                    "52-year-old priest said the long wait had tested his faith.")
    # (the priest is the Rev. Tomas Reyes just spoken of: tests/test_speakers.py, a description by age or trade)
    assert out == [("indirect", "Tomas Reyes", "the long wait had tested his faith")]
    assert str(recs[0].date) == "2023-05-10"


def test_a_pronoun_repeating_the_one_its_sentence_opens_with_is_the_same_person():
    out, recs = run("Mira Holt said her fighters would stay.\n\nIn May, she threatened to pull her fighters out, "
                    "blaming the minister and the chief of staff, Ilse Varn, for shortages, and earlier this month she "
                    "said the unit would refuse to sign contracts.")
    assert out[-1] == ("indirect", "Mira Holt", "the unit would refuse to sign contracts")
    assert str(recs[-1].date_range[0]) == "2023-05-01"


def test_a_new_unnamed_person_opening_a_sentence_is_the_next_pronouns_antecedent():
    out, _ = run("Tomas Reyes said the borders were open. ‘Nobody needs to panic,’ he told reporters.\n\n"
                 "A friend in Arden, a 34-year-old engineer who asked me not to use his name, sent me a different "
                 "account last night. ‘Everyone in my office is looking at flights,’ he wrote.\n\n"
                 "Ilse Varn said the marches were peaceful.\n\nAn enthusiastic supporter, Varn complained of the "
                 "imbalance. “The house of cards is falling down,” she said.")
    assert [o[1] for o in out][2:] == ["friend in Arden", "Ilse Varn", "Ilse Varn"]


def test_a_publication_stamp_is_no_story_day_and_the_lede_gives_it():
    # PUB is Friday 12 May 2023; the vigil was on Thursday night
    _, recs = run("By Ana Ruiz | The Harbour News\n\nPUBLISHED: May 12, 2023 at 6:00 a.m.\n\nAbout 300 people gathered "
                  "outside the culture centre on Thursday night, holding candles.\n\n“A year ago I thought this would "
                  "last two weeks,” said Ilse Varn, 41.")
    assert [str(r.date) for r in recs] == ["2023-05-11"]


def test_a_relative_clause_after_a_role_set_off_after_the_name_is_the_names():
    out, recs = run("Tomas Reyes, Arden’s foreign minister, who told ministers in Brussels on Thursday that Arden could "
                    "not wait “weeks” for weapons, said last night that the package was welcome.")
    assert [(o[1], o[2]) for o in out] == [("Tomas Reyes", "Arden could not wait “weeks” for weapons"),
                                           ("Tomas Reyes", "the package was welcome")]
    assert [str(r.date) for r in recs] == ["2023-05-11", "2023-05-11"]


def test_a_new_speaker_joined_with_a_name_set_off_after_the_role():
    out, _ = run("By Friday, the Marrow defence ministry was claiming that its missiles had hit a warship, and the "
                 "foreign ministry spokesperson, Ilse Varn, insisted the attack did not breach the deal.")
    assert [(o[1], o[2]) for o in out] == [("Marrow defence ministry", "its missiles had hit a warship"),
                                           ("Ilse Varn", "the attack did not breach the deal")]


def test_a_live_blog_time_opens_the_paragraph_and_a_placed_administration_speaks():
    out, _ = run("17:30 | Police have found places where detainees were held, the head of the regional police, Tomas "
                 "Reyes, said.\n\n16:05 | The east bank remains a combat zone, the Arden district military "
                 "administration said.")
    assert out == [("indirect", "Tomas Reyes", "Police have found places where detainees were held"),
                   ("indirect", "Arden district military administration", "The east bank remains a combat zone")]


def test_names_that_look_like_other_words():
    out, _ = run("Foreign Minister Jan Lipavský (Pirates), who was also in Arden, said the regime had shown its "
                 "nature.\n\nA 52-year-old man from the village of Marrowby who gave his name only as Vitaly said "
                 "he had left across the fields.\n\nThe Telegram channel “Severny Veter” (North Wind) wrote that "
                 "the reports had been ignored.")
    assert [o[1] for o in out] == ["Jan Lipavský", "Vitaly", "Severny Veter"]


def test_the_post_that_someone_wrote_on_a_platform_is_theirs():
    out, _ = run("Mira Holt wrote on Truth Social on Monday night that the talks would go ahead. “A GREAT day for "
                 "peace,” the post read.")
    assert [o[1] for o in out] == ["Mira Holt", "Mira Holt"]


def test_a_role_stands_for_whoever_holding_it_spoke_last():
    out, _ = run("Foreign Office spokesperson Ilse Varn said Arden would buy the oil.\n\nA State Department "
                 "spokesperson, responding to questions, said Washington had “not asked any country to stop.” “Arden "
                 "will make its own decisions,” the spokesperson said.")
    assert [o[1] for o in out] == ["Ilse Varn", "State Department spokesperson", "State Department spokesperson"]


def test_a_parenthetical_attribution_with_its_day():
    # PUB is Friday 12 May 2023
    out, recs = run("Tomas Reyes said power was back. The heating season, he said on Monday, would start on time.")
    assert out[1] == ("indirect", "Tomas Reyes", "The heating season, he said on Monday, would start on time")
    assert str(recs[1].date) == "2023-05-08"


def test_an_occasion_between_the_speaker_and_the_verb():
    out, _ = run("The break was complete when Mira Holt in her announcement speech called the migrants “a threat” and "
                 "promised to build a wall.\n\nThe so called “Harbour Initiative” was called by the party to force "
                 "the council.")
    assert out == [("mixed", "Mira Holt", "the migrants “a threat”"), ("indirect", "Mira Holt", "promised to build a wall")]


def test_a_remit_in_capitals_before_the_name_is_not_part_of_it():
    # PUB is Friday 12 May 2023
    out, recs = run("Arden's Commissioner for Human Rights Dmytro Varn said at a briefing on Monday that the track gave "
                    "Arden “an additional instrument”.\n\n“Every child returned is a separate operation,” Varn said.")
    assert [o[1] for o in out] == ["Dmytro Varn", "Dmytro Varn"]
    assert [str(r.date) for r in recs] == ["2023-05-08", "2023-05-08"]


def test_content_before_a_role_and_a_name_that_told_an_outlet():
    out, _ = run("Police have documented several places where detainees were held, the head of the regional police, "
                 "Tomas Reyes, told the Harbour News.\n\n"
                 "Although the mayor's remarks were seen by some as a shift, Ilse Varn, a council spokeswoman, told "
                 "reporters. The mayor's position has not changed.")
    assert out == [("indirect", "Tomas Reyes", "Police have documented several places where detainees were held"),
                   ("indirect", "Ilse Varn", "The mayor's position has not changed.")]


def test_a_that_clause_after_the_quotation_continues_what_was_said():
    out, _ = run("“He can assert it, but it seems extremely unlikely” that Reyes can catch Holt, said Ilse Varn, "
                 "a strategist for the Arden campaign.")
    assert [(o[1], o[2]) for o in out] == [("Ilse Varn", "“He can assert it, but it seems extremely unlikely” "
                                                         "that Reyes can catch Holt")]
    # "that" opening the attribution itself is a determiner
    out, _ = run("“It is a disaster,” that official said.")
    assert [o[2] for o in out] == ["It is a disaster"]


def test_a_clause_running_round_an_inverted_attribution_is_kept_whole():
    for body in ["Any reading of the deal, said Ilse Varn, an expert on Vostria at the Arden Institute, would show "
                 "that it was weak.",
                 "The paradox of the talks, says Ilse Varn, historian at the Arden Library, is that they worked."]:
        out, _ = run(body)
        assert [(o[1], o[2]) for o in out] == [("Ilse Varn", body[:-1])], body
    # a naming verb is no attribution: "called the X Fund, will own"
    out, _ = run("His nonprofit group, called the Arden Conservation Fund, will still own the property.")
    assert out == []


def test_a_title_someone_owns_or_ending_in_a_full_stop_is_no_quotation():
    out, _ = run("Sunday on Arden TV’s “Morning Report With Jo Bloggs,” Sen. Ilse Varn said the minister’s "
                 "“judgment” was in question.")
    assert [(o[1], o[2]) for o in out] == [("Ilse Varn", "the minister’s “judgment” was in question")]
    # a title ending in its full stop, after words of the sentence, does not continue the last speaker
    out, _ = run("Mira Holt said the dinner was fun. Next on the bill came “The Nightly Show with Jo Bloggs.”")
    assert [o[2] for o in out] == ["the dinner was fun"]


def test_words_for_being_moved_to_speak_say_that_it_happened():
    out, _ = run("The debate was so subdued that Mr. Reyes was prompted to say, “I cannot believe how civil it is.”\n\n"
                 "Ilse Varn was quick to say that the talks had failed.\n\n"
                 "Mira Holt began by saying, “We will appeal this decision because we need clarity.”\n\n"
                 "Jo Bloggs declined to say whether the talks had failed.")
    assert [(o[1], o[2]) for o in out] == [("Reyes", "I cannot believe how civil it is."),
                                           ("Ilse Varn", "the talks had failed"),
                                           ("Mira Holt", "We will appeal this decision because we need clarity.")]


def test_a_clause_after_but_runs_round_a_parenthetical_attribution():
    out, _ = run("“We have rifles,” Mr. Reyes said. But the economic weapons his country has, he added, are like "
                 "“nuclear bombs that you can’t use.”\n\nBut, she said, the fund paid for all of it.")
    assert [o[2] for o in out][1:] == ["the economic weapons his country has, he added, are like “nuclear bombs "
                                       "that you can’t use.”", "the fund paid for all of it"]


def test_a_second_description_may_start_with_one_of():
    out, _ = run("“It is an invasion of the state regulatory domain,” Jo Bloggs, the attorney general of Arden, "
                 "one of the states suing the agency, said at an event.")
    assert [(o[1], o[2]) for o in out] == [("Jo Bloggs", "It is an invasion of the state regulatory domain")]


def test_a_quotation_inside_a_that_clause_after_a_time_is_part_of_the_clause():
    out, _ = run("Kremlin spokesman Jo Bloggs said on Thursday that foreign troops in Vostria, “under whatever flag,” "
                 "would be “absolutely unacceptable” to Arden.\n\nMira Holt said in an interview that aired on Sunday: "
                 "“We will never give up.”")
    assert [(o[0], o[2]) for o in out] == [
        ("mixed", "foreign troops in Vostria, “under whatever flag,” would be “absolutely unacceptable” to Arden"),
        ("direct", "We will never give up.")]


def test_a_time_clause_before_a_set_off_attribution_is_no_part_of_the_quotation():
    out, _ = run("Mira Holt visited the border on Monday.\n\nWhen she reached the wall, she said, "
                 "“We are going to build a gate here.”\n\nIf Arden attacks the alliance, she said, "
                 "“we will respond with force.”")
    assert [(o[0], o[2]) for o in out] == [
        ("direct", "We are going to build a gate here."),
        ("mixed", "If Arden attacks the alliance, she said, “we will respond with force.”")]


def test_a_quotation_named_by_the_sentence_after_it_and_a_remit_of_two():
    out, _ = run("The Vostrian leader appealed for help, saying the issue was “not politics”.\n\n"
                 "“We have hosted their delegations and we host yours. That is what non-alignment looks like.”\n\n"
                 "That was how Minister of International Relations and Cooperation Ronald Varn described the visit "
                 "when he spoke to News24 on Wednesday.")
    assert [(o[1], o[2]) for o in out][1:] == [
        ("Ronald Varn", "We have hosted their delegations and we host yours. That is what non-alignment looks like.")]


def test_a_list_after_for_a_quotation_an_assurance_came_from_and_had_first_said():
    out, _ = run("Mira Holt, the deputy assistant secretary of defense for Arden, Vostria, and Eurasia, told reporters "
                 "that the rounds were safer.\n\n“Nobody is going to be put on a plane back to a war zone.”\n\n"
                 "That assurance came from Immigration Minister Marc Reyes, speaking to reporters on Tuesday.\n\n"
                 "The spy agency had first said on October 18 that troops had begun shipping out.")
    assert [(o[1], o[2]) for o in out] == [
        ("Mira Holt", "the rounds were safer"),
        ("Marc Reyes", "Nobody is going to be put on a plane back to a war zone."),
        ("spy agency", "troops had begun shipping out")]


def test_what_someone_says_now_does_not_take_the_date_of_their_narrated_past():
    _, records = run("Mira Holt and her husband hosted a family of four in their basement for seven months last "
                     "year. Holt says the family now rents its own apartment.")
    assert [(r.text, r.date) for r in records] == [("the family now rents its own apartment", PUB)]


def test_a_pronoun_stands_for_the_person_a_narration_sentence_opens_with_however_introduced():
    out, _ = run("“This is about whether we are with Europe,” said Mira Holt, a 24-year-old student.\n\n"
                 "Sergei, a passenger from Vostria, had flown in to visit relatives. “I had to fly through a third "
                 "country for three years,” he said.\n\n"
                 "When Anna Varn stepped in front of the cameras, the Federal President did not oversell it. "
                 "“We did not expect to bring peace in two days,” she said.\n\n"
                 "Her cofounder, Olena Reyes, a former engineer, puts it more bluntly. “We are fishermen now, all "
                 "of us,” she says.")
    assert [o[1] for o in out] == ["Mira Holt", "Sergei", "Anna Varn", "Olena Reyes"]


def test_a_head_of_state_a_web_outlet_told_and_relative_clauses_set_off_by_dashes():
    out, _ = run("President Mira Holt told world leaders on Saturday that Chile would stand firm.\n\n"
                 "The Chilean head of state also posted on the social network, writing: “Siempre del lado de la "
                 "libertad, siempre.”\n\n"
                 "Dr Marc Reyes, a lecturer, told news.com.au the soldiers were unlikely to change the war.\n\n"
                 "Anna Varn – who had flown in from the summit the day before – said the invasion was an attack "
                 "on free societies.\n\n"
                 "Olena Kos, who spoke first – itself a small break with protocol – said Vostria wanted a lasting "
                 "settlement.")
    assert [(o[1], o[2]) for o in out][1:] == [
        ("Mira Holt", "Siempre del lado de la libertad, siempre."),
        ("Marc Reyes", "the soldiers were unlikely to change the war"),
        ("Anna Varn", "the invasion was an attack on free societies"),
        ("Olena Kos", "Vostria wanted a lasting settlement")]


def test_people_at_war_named_by_what_they_do_are_sources():
    out, _ = run("Vostrian milbloggers claimed on Monday that their forces had advanced near Olgovka.\n\n"
                 "A pilot in an assault brigade fighting west of Pokrovsk said his crew now flies a third of its "
                 "missions with fibre.")
    assert [(o[1], o[2]) for o in out] == [
        ("Vostrian milbloggers", "their forces had advanced near Olgovka"),
        ("pilot in an assault brigade fighting west of Pokrovsk", "his crew now flies a third of its missions with fibre")]


def test_a_citation_mark_after_a_full_stop_ends_the_sentence():
    out, _ = run("Zelensky noted that the plan's success \"depends on the decisions of our partners.\"[6] Rutte reportedly "
                 "told Zelensky that allies must put Ukraine \"in the strongest possible position.\"[7] Medvedev "
                 "claimed in an October 8 post that the deliveries would make NATO a party to the war.[8]")
    assert [o[1] for o in out] == ["Zelensky", "Rutte", "Medvedev"]


def test_a_sentence_saying_someone_was_blunter_announces_the_quotation_that_opens_the_next_paragraph():
    out, recs = run("Mira Holt was blunter when a reporter asked her about Republican claims that the plan had failed.\n\n"
                    "“The strategy is pretty simple: help Arden defend itself and put it in the best position.”\n\n"
                    "A former ambassador to Vostria, who asked not to be named, was blunter when we spoke on Monday.\n\n"
                    "“Marrow has got what it came for, which is time and a photograph.”")
    assert [(o[1], o[2][:16]) for o in out] == [("Mira Holt", "The strategy is "),
                                                ("former ambassador to Vostria", "Marrow has got w")]
    assert recs[1].date == date(2023, 5, 8)      # (the Monday before PUB, when we spoke)


def test_relative_clause_statements_end_before_the_main_verb_and_may_follow_and_who_or_a_time():
    out, recs = run("Among those pushing hardest is Mira Holt, who runs procurement for a foundation and who says "
                    "Arden still buys almost all of its fibre abroad.\n\n"
                    "Commander-in-Chief Marc Reyes, who in mid-April told commanders that enemy logistics would be "
                    "“the main target” of the summer, has not commented on the strike.\n\n"
                    "The room fell silent for Anna Varn, who said that Ivan Kos, under fire for the failures, would "
                    "do better to keep quiet.")
    assert [(o[1], o[2]) for o in out] == [
        ("Mira Holt", "Arden still buys almost all of its fibre abroad"),
        ("Marc Reyes", "enemy logistics would be “the main target” of the summer"),
        ("Anna Varn", "Ivan Kos, under fire for the failures, would do better to keep quiet")]
    assert recs[1].date_precision == "month"


def test_told_on_condition_of_anonymity_leaves_the_statement_before_it():
    out, _ = run("Negotiators are expected to travel to Vostria this week, a source in the Ardenian government told "
                 "the Daily Arden on condition of anonymity, as they were not authorized to speak to the press.")
    assert [(o[1], o[2]) for o in out] == [
        ("source in the Ardenian government", "Negotiators are expected to travel to Vostria this week")]


def test_an_apposed_speaker_before_a_time_clause_a_description_of_the_body_and_expressed_hope():
    out, _ = run("Arden will send Vostria €1 billion in military assistance this year, the Ardenian prime minister, "
                 "Mira Holt, announced on Monday after receiving Marc Reyes in the capital.\n\n"
                 "A spokesperson for Sumar, the junior partner in the government, told the paper that the party "
                 "supports the right of Vostria to defend itself.\n\n"
                 "Anna Varn spoke first. She noted that Arden wanted any settlement to be durable and expressed hope "
                 "that the European capitals would treat the results responsibly.")
    assert [(o[1], o[2]) for o in out] == [
        ("Mira Holt", "Arden will send Vostria €1 billion in military assistance this year"),
        ("spokesperson for Sumar", "the party supports the right of Vostria to defend itself"),
        ("Anna Varn", "Arden wanted any settlement to be durable"),
        ("Anna Varn", "the European capitals would treat the results responsibly")]


def test_said_after_the_meeting_dates_by_the_day_the_ministers_met_in_that_paragraph():
    _, recs = run("Speaking at a press conference at the end of the meeting on Friday, Mira Holt said the alliance "
                  "must do more.\n\n"
                  "Holt stressed that the launch of a new missile would not deter the allies from helping Arden.\n\n"
                  "On Tuesday, ministers met in the council with Arden's foreign minister. “Vostria is trying to "
                  "freeze Arden into submission,” Holt said after the meeting.")
    assert [(r.text[:20], r.date) for r in recs] == [
        ("the alliance must do", date(2023, 5, 12)), ("the launch of a new ", date(2023, 5, 12)),
        ("Vostria is trying to", date(2023, 5, 9))]


def test_after_the_vote_takes_the_day_the_chamber_approved_the_bill():
    _, recs = run("The Senate took up the aid package on Monday.\n\n"
                  "After months of stalling, the House on Saturday approved $61 billion in aid for Arden.\n\n"
                  "More members voted against the measure than for it.\n\n"
                  "“This isn’t the bill I would have written, but it is a better one,” Mira Holt told reporters "
                  "after the vote.")
    assert [(r.text[:20], r.date) for r in recs] == [("This isn’t the bill ", date(2023, 5, 6))]


def test_the_subject_of_what_a_correspondent_reports_is_who_a_role_later_stands_for():
    out, _ = run("ASTANA – President of Kazakhstan Mira Holt welcomed the results of the meeting in Vostria, a Daily Arden "
                 "correspondent reports.\n\n"
                 "According to the press service, the Head of State expressed hope that the dialogue will open the "
                 "way to a lasting settlement.")
    assert [o[1] for o in out] == ["Daily Arden correspondent", "Mira Holt"]


def test_a_lone_first_name_opening_a_sentence_is_the_person_its_pronoun_stands_for():
    out, _ = run("“Arden voted to condemn the invasion and that will not change,” Foreign Minister Marc Reyes said.\n\n"
                 "Lula himself has kept a lower profile since returning from Asia. Speaking to journalists on Monday, "
                 "he said he expected the envoy to come back with a clearer picture.")
    assert [o[1] for o in out] == ["Marc Reyes", "Lula"]


def test_that_was_how_a_described_person_put_it_dates_by_the_speaking_not_what_was_described():
    _, recs = run("The hall was packed with relatives.\n\n“We slept with our shoes on every night.”\n\n"
                  "That was how Mira Holt, 24, a fifth-year student, described the week she spent in a metro station "
                  "before boarding a train last week.\n\n"
                  "“The ball is in Vostria’s court, and it has been there for almost a month.”\n\n"
                  "That was how spokesperson Marc Reyes described the talks at a briefing in the capital on Tuesday.")
    assert [(r.speaker, r.date) for r in recs] == [("mira-holt", PUB), ("marc-reyes", date(2023, 5, 9))]


def test_the_place_native_is_the_person_just_spoken_of():
    out, _ = run("Foreign Minister Marc Reyes met the students at the airport.\n\n"
                 "Mira Holt, 24, a medical student, spent a week in a metro station.\n\n"
                 "“The first night we heard the explosions, we thought it was thunder,” said the Kuala Terengganu "
                 "native, who was greeted by her parents.")
    assert [o[1] for o in out] == ["Mira Holt"]


def test_a_call_sign_an_owned_administration_and_a_body_after_a_short_lead():
    out, _ = run("President Mira Holt did not comment directly. In her evening address, she said Arden's capabilities "
                 "were growing.\n\n"
                 "A drone operator with the call sign Tykhyi, who took part in one of the strikes, described the mood "
                 "in his unit. “When we got the coordinates, nobody slept that night,” he told the paper.\n\n"
                 "President Anna Varn did not comment on Friday. In a statement issued on May 10, her administration "
                 "said Vostria should not accept “gifts” from its neighbour.\n\n"
                 "Next door, Marrow’s Prosecutor General’s Office struck a stricter tone. In a statement issued "
                 "Monday, it reminded citizens that serving in a foreign army is a criminal offense.")
    assert [o[1] for o in out] == ["Mira Holt", "Tykhyi", "Anna Varn's administration",
                                   "Marrow’s Prosecutor General’s Office"]


def test_a_long_title_with_commas_of_its_own_ends_in_a_name_from_its_first_name_on():
    out, _ = run("Arden is ready to keep exporting grain through the corridor even without Vostria, Deputy Prime "
                 "Minister for Restoration and Minister for Communities, Territories and Infrastructure Development "
                 "Oleksandr Reyes said on Tuesday.\n\n"
                 "The minister stressed that the risks for ships were “real but manageable”.")
    assert [(o[1], o[2]) for o in out] == [
        ("Oleksandr Reyes", "Arden is ready to keep exporting grain through the corridor even without Vostria"),
        ("Oleksandr Reyes", "the risks for ships were “real but manageable”")]


def test_a_wire_dateline_a_country_as_surname_and_the_head_of_government():
    out, _ = run("Bürgenstock, Switzerland, 16 Jun 2024 (Lusa) - Prime Minister Luís Montenegro said on Sunday that "
                 "Portugal was ready to help rebuild Ukraine.\n\n"
                 "Speaking to journalists at the end of the summit, the head of government said Portugal had signed "
                 "the final communiqué.\n\n"
                 "“Portugal is a small country, but it is not a neutral country,” Montenegro said.\n\n"
                 "Bucharest, Oct 12 /Agerpres/ - Foreign Minister Mira Holt on Thursday stated that Romania would not "
                 "be intimidated by the drone fragments.")
    assert [o[1] for o in out] == ["Luís Montenegro"] * 3 + ["Mira Holt"]


def test_mentioned_and_specified_report_speech_and_traders_ranks_and_but_for_name_sources():
    out, _ = run("Foreign Minister Mira Holt said the talks would continue.\n\n"
                 "Reyes, for his part, mentioned that Vostria was facing “a different kind of war, a hybrid one”.\n\n"
                 "In a press release issued on Wednesday evening, the Ministry of National Defence specified that the "
                 "fragments did not pose a threat.\n\n"
                 "But for Dr Neema Lyimo, an economist at the university, the bigger worry is fertiliser.\n\n"
                 "“If fertiliser becomes expensive again, farmers will plant less,” she said.\n\n"
                 "A wheat importer at the port, who asked not to be named, said at least two cargoes had been put "
                 "on hold.\n\n"
                 "Deputy Minister of Defence Maj. Gen. (retd) Anna Varn, addressing veterans on Sunday, said that "
                 "most of the recruits were retired soldiers.")
    assert [o[1] for o in out] == ["Mira Holt", "Reyes", "Ministry of National Defence", "Neema Lyimo",
                                   "wheat importer at the port", "Anna Varn"]


def test_formal_reporting_verbs_want_a_that_clause_and_further_is_no_part_of_a_title():
    out, _ = run("Foreign Minister Mira Holt said on Thursday that the vote was no hostility.\n\n"
                 "She intimated that Arden valued its “long-standing friendship” with Vostria.\n\n"
                 "The Minister further disclosed that her outfit remained in touch with the students.\n\n"
                 "Dr. Anna Varn, a fellow at the Legon Centre, averred that the voting record had been consistent.\n\n"
                 "Marc Reyes bemoaned the unrest in the capital, mentioning the fact that he had marched in 1963.")
    assert [(o[1], o[2][:20]) for o in out] == [
        ("Mira Holt", "the vote was no host"), ("Mira Holt", "Arden valued its “lo"),
        ("Mira Holt", "her outfit remained "), ("Anna Varn", "the voting record ha")]


def test_a_lede_takes_the_day_of_the_quote_it_sums_up_and_a_credited_caption_is_no_prose():
    out, recs = run("Mira Holt (second left) with members of the mission in Vostria on May 1, 2023. PHOTO/COURTESY\n\n"
                    "Kampala. The envoy to the peace mission, Mira Holt, has said the two leaders remain “far apart” "
                    "but insisted that the initiative was “worth every mile travelled”.\n\n"
                    "“We went to open a door, and I believe that door is now open,” Holt told journalists in "
                    "Kampala yesterday.")
    assert [(r.text[:14], r.date) for r in recs] == [("the two leader", date(2023, 5, 11)),
                                                     ("the initiative", date(2023, 5, 11)),
                                                     ("We went to ope", date(2023, 5, 11))]


def test_a_framing_participle_before_had_told_dates_it_and_the_cs_is_the_cabinet_secretary():
    out, recs = run("Agriculture Cabinet Secretary Mira Holt said on Monday that consumers should not panic.\n\n"
                    "“We are watching the situation very closely, and we will intervene,” the CS said.\n\n"
                    "President Marc Reyes, addressing the union's coordination meeting in the capital on Sunday, had "
                    "told leaders that the continent could not keep exporting jobs and importing food.")
    assert [(o[1], r.date) for o, r in zip(out, recs)] == [
        ("Mira Holt", date(2023, 5, 8)), ("Mira Holt", date(2023, 5, 8)), ("Marc Reyes", date(2023, 5, 7))]


def test_one_background_paragraph_on_the_speaker_does_not_end_the_day_of_their_remarks():
    _, recs = run("The mission met the two leaders on Friday.\n\n"
                  "“We went to open a door, and I believe that door is now open,” Mira Holt told journalists in "
                  "the capital yesterday.\n\n"
                  "Holt, a former prime minister, represented the president, who was recovering from an illness.\n\n"
                  "The former premier explained that the mission had presented both leaders with a proposal.")
    assert [r.date for r in recs] == [date(2023, 5, 11), date(2023, 5, 11)]


def test_the_official_of_a_country_is_the_person_of_that_country_named_before():
    out, _ = run("Moldovan Foreign Minister Nicu Popescu said on Thursday that Moldova faced a hybrid war.\n\n"
                 "Mira Holt, the Romanian minister, agreed.\n\n"
                 "“Chisinau is not asking anyone to fight for us. We are asking to be connected,” the Moldovan "
                 "official said.")
    assert [o[1] for o in out] == ["Nicu Popescu", "Nicu Popescu"]


def test_a_time_or_place_set_off_in_the_gap_before_that():
    out, _ = run("The embassy of Arden welcomed the signing and said, ahead of the ceremony, that the initiative would "
                 "save lives and protect the corridor.\n\n"
                 "Mira Holt has told donors since the spring, at fundraisers and in private huddles, that she is "
                 "worried about new attacks.")
    assert [o[2] for o in out] == ["the initiative would save lives and protect the corridor",
                                   "she is worried about new attacks"]


def test_captions_that_end_in_a_credit_are_no_narration_to_date_by():
    _, recs = run("Mira Holt speaks to reporters in Brussels on May 8, 2023. (Photo by Jo Bloggs / Pool / AFP via "
                  "Getty Images)\n\n"
                  "“We will keep talking to everyone who wants a ceasefire,” Holt said.")
    assert [(r.speaker, r.date) for r in recs] == [("mira-holt", PUB)]     # (not the caption's May 8)


def test_a_time_set_off_after_the_auxiliary_before_told():
    out, recs = run("Mr. Marc Reyes, the ambassador, spoke first. Mr. Reyes had, on May 2, told the Security Council "
                    "that Arden could not “look away” when Vostria vetoed a similar draft.")
    assert [(o[1], o[2][:22], r.date) for o, r in zip(out, recs)] == [
        ("Marc Reyes", "Arden could not “look ", date(2023, 5, 2))]


def test_style_of_address_is_dropped_and_alone_names_who_carried_it():
    out, _ = run("The host was His Royal Highness Prince Anwar bin Tariq Al Hadi, the Crown Prince of Vostria.\n"
                 "The Minister of Foreign Affairs, HE Dr. Karim bin Omar Al Masri, said on Friday that Vostria "
                 "supported dialogue with all sides.\n"
                 "Asked about sanctions, HE the Minister said the Kingdom would not join any bloc against Moscow.\n"
                 "The remarks followed an opening address in which His Royal Highness underlined that dialogue "
                 "remained the only path to lasting stability.")
    assert [o[1] for o in out] == ["Karim bin Omar Al Masri"] * 2 + ["Anwar bin Tariq Al Hadi"]


def test_name_set_off_after_a_described_body_is_its_place_not_the_speaker():
    out, _ = run("Kofi Mensah, a lecturer at the University of Ghana, Legon, said prices would rise again this year.\n"
                 "Lina Vos, the editor of the city’s paper, De Stem, said the paper would keep printing daily.")
    assert [o[1] for o in out] == ["Kofi Mensah", "Lina Vos"]


def test_the_authority_stands_for_the_authority_named_before():
    out, _ = run("The VCAA announced on Tuesday that it was suspending the certificates of the whole fleet.\n"
                 "The authority said in its statement that the decision would be kept “under continuous review”.\n"
                 "The OSCE Secretariat said monitors would stay in the region until the end of the year.")
    assert [o[1] for o in out] == ["VCAA", "VCAA", "OSCE Secretariat"]


def test_a_country_then_its_day_opens_a_participles_sentence():
    out, recs = run("Brasília: Brazil on Sunday (May 7) stayed away from the joint communiqué issued at the end "
                    "of the summit, saying that any settlement would have to be “owned by both sides” to hold.")
    assert [o[:2] for o in out] == [("mixed", "Brazil")] and str(recs[0].date) == "2023-05-07"


def test_time_opening_a_relative_clause_dates_its_verb_past_an_aside():
    _, recs = run("The remark was aimed at Ivo Brandt, who on Wednesday (May 10), on the eve of the summit, "
                  "had demanded that Vostria withdraw its troops from four regions.")
    assert [(str(r.date), r.date_precision) for r in recs] == [("2023-05-10", "day")]


def test_asked_set_off_after_the_subject_is_the_question_not_a_statement():
    out, _ = run("The harbour board, asked on Saturday whether it would close the port if the strike spread, "
                 "said it was aware of its legal obligations, without answering the question.")
    assert out == [("indirect", "harbour board", "it was aware of its legal obligations")]


def test_neither_nor_subject_says_nothing():
    out, _ = run("Neither the ministry nor the embassy in Vostria responded to requests for comment.\n"
                 "Neither Holt nor Reyes has won a state and Brandt suggested they should drop out of the race.")
    assert out == [("indirect", "Brandt", "they should drop out of the race")]


def test_in_what_someone_called_is_theirs():
    out, _ = run("He guarded the delegates at the last open convention, in what Jo Bloggs, treasurer of the "
                 "rival campaign, called “hand-to-hand combat.”\n"
                 "The army fell back, in what analysts called “a rout.”")
    assert [o[:2] for o in out] == [("direct", "Jo Bloggs"), ("direct", "analysts")]


def test_a_quoted_title_names_no_one():
    out, _ = run("A former aide, Jon Bellamy, wrote a column entitled “Why Electing Holt Is More Important "
                 "Than Electing Brandt.” Brandt himself has been more guarded.\n"
                 "Then there’s Marta Ruiz, who ran the last campaign.\n"
                 "“Kind of bewildering,” she wrote last October.")
    assert [o[1] for o in out] == ["Marta Ruiz"]


def test_adding_to_a_thing_is_no_speech():
    out, _ = run("The cartel said on Tuesday it would raise output from April, adding to expectations of a glut.\n"
                 "“It went well,” Holt added to People. “We were pleased.”")
    assert [o[:2] for o in out] == [("indirect", "cartel"), ("direct", "Holt"), ("direct", "Holt")]


def test_a_set_off_participle_with_a_bare_object_says_nothing():
    out, _ = run("The ambassador, Jo Bloggs, explaining the vote in New York, told the assembly that the text "
                 "would not bring the parties to the table.")
    assert out == [("indirect", "Jo Bloggs", "the text would not bring the parties to the table")]


def test_asked_opening_then_a_pronoun_that_answers_with_a_participle():
    out, _ = run("“Our position has been consistent,” the spokeswoman, Jane Doe, said.\n"
                 "Asked whether Vostria had come under pressure from Western capitals to vote for the resolution, "
                 "she declined to go into details, saying only that it took its decisions “on principle”.")
    assert [o[:2] for o in out] == [("direct", "Jane Doe"), ("mixed", "Jane Doe")]


def test_a_works_title_is_not_what_was_argued():
    out, _ = run("Jo Bloggs, an analyst at the institute, spoke to reporters.\n"
                 "In a paper published earlier this month, “Middle Powers and the Mediation Market,” he argued "
                 "that small states gain influence when they “host rather than broker.”\n"
                 "As we argued in a report last year, “Neutrality Under Fire: Guarantees After Budapest,” the "
                 "memorandum offered Kyiv assurances that no signatory was obliged to honour.\n"
                 "As the institute argued in “Guarantees That Hold: Lessons From Seventy Years,” paper promises "
                 "deter only when forces back them.\n"
                 "Ivo Brandt told Vostria TV’s “Morning Agenda” that the talks would resume.")
    assert [(o[1], o[2][:20]) for o in out] == [("Jo Bloggs", "small states gain in"), ("Ivo Brandt", "the talks would resu")]


def test_a_titled_name_then_a_who_clause_before_said():
    out, _ = run("Adviser Ivo Brandt said the sides had discussed “substantive details” of a settlement.\n"
                 "“We came to Vostria with one goal - to show that we are not the obstacle to peace,” Jo Bloggs, "
                 "Head of the Office of the President of Marrow, who led the delegation, said in a video message.")
    assert [o[1] for o in out] == ["Ivo Brandt", "Jo Bloggs"]


def test_a_day_after_since_starts_a_while_and_dates_nothing():
    _, recs = run("The talks were the first between the sides since the April 28 clash in the Oval Office. "
                  "Jo Bloggs told reporters after the meeting that an answer would come “within days.”")
    assert [str(r.date) for r in recs] == ["2023-05-12"]


def test_an_attribution_then_its_source_ends_the_statement():
    out, recs = run("Vostria is ready to host further rounds if both sides request it, President Jo Bloggs said in "
                    "a phone call with his Marrow counterpart on Saturday, the presidential press service reported.\n"
                    "Marrow is ready to talk, Ivo Brandt said on Thursday, the state news agency reported.")
    assert [o[1:] for o in out] == [("Jo Bloggs", "Vostria is ready to host further rounds if both sides request it"),
                                    ("Ivo Brandt", "Marrow is ready to talk")]
    assert [str(r.date) for r in recs] == ["2023-05-06", "2023-05-11"]


def test_a_but_inside_a_set_off_relative_clause_cuts_nothing():
    out, _ = run("President Jo Bloggs, who had travelled to Marrow on Thursday for talks but did not attend the "
                 "summit, wrote on Sunday that Vostria was ready for the fastest possible steps toward peace.")
    assert [o[1] for o in out] == ["Jo Bloggs"]


def test_a_pronoun_object_and_when_says_nothing_of_its_own():
    out, _ = run("Jo Bloggs, who stayed silent about the raid for days, acknowledged it in his nightly address "
                 "Saturday, saying Marrow had “brought the war” to others.\n"
                 "The ministry confirmed this on Monday.\n"
                 "“We will not give up,” Bloggs wrote. He said this in a comment to Vostria Today on Monday, "
                 "Vostria Today reports.\n"
                 "The embassy said it welcomed the assurances.")
    assert [o[:2] for o in out] == [("mixed", "Jo Bloggs"), ("direct", "Jo Bloggs"), ("indirect", "embassy")]


def test_a_title_with_a_remit_for_places_then_the_name():
    out, _ = run("US special envoy Steve Witkoff met the president on Tuesday.\n"
                 "US special envoy for Ukraine and Russia Keith Kellogg said last week in Munich that the "
                 "Europeans would not have a seat at the table.")
    assert [o[1] for o in out] == ["Keith Kellogg"]


def test_an_interval_before_the_subject_counts_from_the_statement():
    _, recs = run("The strike came two days after US officials said on Sunday that the president had allowed "
                  "the use of the missiles.")
    assert [str(r.date) for r in recs] == ["2023-05-07"]


def test_the_main_clause_day_beats_a_framing_relative_clause():
    _, recs = run("Chancellor Jo Bloggs, who spoke to the president by telephone on Friday for the first time in "
                  "two years, defended the call at the summit on Wednesday. He said it had been right to tell him "
                  "“directly and to his face” that support would not weaken.")
    assert [str(r.date) for r in recs] == ["2023-05-10"]


def test_an_outlet_tail_leaves_the_source_it_carries():
    out, _ = run("Follow Vostria Today on Telegram\n"
                 "Marrow is ready to accept a proposal for an immediate ceasefire, according to a joint statement "
                 "issued by the two countries after talks in Jeddah on Tuesday, Vostria Today reports.\n"
                 "The statement said the embargo on intelligence would be lifted at once.")
    assert [o[1] for o in out] == ["joint statement", "joint statement"]


def test_we_in_narration_is_the_outlet_and_maintain_needs_a_clause():
    out, _ = run("The ministry said on Monday that it would respond.\n"
                 "We remind that on May 6 the army launched an offensive in the region.\n"
                 "The president has maintained regular contacts with the leaders of both countries since 2022.\n"
                 "The minister maintained that the talks would resume.\n"
                 "“We are ready,” the soldiers said.")
    assert [o[1] for o in out] == ["ministry", "minister", "soldiers"]


def test_a_copula_and_a_noun_phrase_describe_and_quote_no_one():
    out, _ = run("Jo Bloggs also likes to mock the capital. He is now host of “The Late Hour With Jo Bloggs.”\n"
                 "Six years earlier, Ivo Brandt was a party favourite who crushed the “establishment” candidate.\n"
                 "Mira Holt is pushing for “a fair deal for everyone.”")
    assert [o[:2] for o in out] == [("mixed", "Mira Holt")]


def test_a_so_called_name_in_a_predicate_is_no_statement():
    out, _ = run("Mira Holt took her so-called “victory plan” to European leaders in Brussels on Thursday.\n\n"
                 "Jo Smith pledged to fight the plan “to the last day.”")
    assert [o[1] for o in out] == ["Jo Smith"]


def test_a_summary_takes_the_day_of_the_quote_after_it_in_its_paragraph():
    # PUB is Friday 12 May 2023
    out, recs = run("The summit opened in Geneva on Thursday.\n\n"
                    "Mira Holt dismissed the offer as an ultimatum. “This is not a peace offer,” Holt told a "
                    "broadcaster on Tuesday.\n\n"
                    "Jo Smith dismissed the plan as a trick. “We were never asked,” Smith had said on Monday.")
    assert [(o[1], str(r.date)) for o, r in zip(out, recs)] == [
        ("Mira Holt", "2023-05-09"), ("Mira Holt", "2023-05-09"), ("Jo Smith", "2023-05-11"), ("Jo Smith", "2023-05-08")]


def test_adding_a_name_to_a_declaration_says_nothing():
    out, _ = run("Prime Minister Mira Holt added Canada’s name on Sunday to a summit declaration backing Ukraine’s "
                 "“territorial integrity.” Jo Smith added their signatures to the letter. Holt added that the text "
                 "was fair.")
    assert [o[2] for o in out] == ["the text was fair"]


def test_this_and_the_occasion_however_long_says_nothing_and_the_speaker_stays_known():
    out, _ = run("The government has said that more than 1,500 citizens have so far been brought home.\n\n"
                 "The Minister of Foreign Affairs, Mr Jo Bloggs, disclosed this on Wednesday while briefing "
                 "State House correspondents at the end of the weekly council meeting at the Villa.\n\n"
                 "“We have not abandoned anyone,” the minister said.\n\n"
                 "Ivo Brandt said this when met by reporters after visiting a distribution centre today.")
    assert [o[:2] for o in out] == [("indirect", "government"), ("direct", "Jo Bloggs")]


def test_according_to_set_off_inside_a_subject_and_its_predicate():
    out, _ = run("The summit, according to political scientist Mira Holt, showed that the country’s voice "
                 "“has grown far beyond its size”.\n\n"
                 "The implication, according to an aide, is that the talks failed.")
    assert [o[1:3] for o in out] == [
        ("Mira Holt", "the country’s voice “has grown far beyond its size”"),
        ("aide", "The implication, according to an aide, is that the talks failed")]


def test_a_connective_set_off_after_the_verb_is_not_what_was_said():
    out, _ = run("Jo Bloggs said, however, that the first test would come next year.\n\n"
                 "Mira Holt said on Tuesday, for her part, that the second test had passed.")
    assert [o[2] for o in out] == ["the first test would come next year", "the second test had passed"]


def test_an_emphatic_did_reports_speech_but_a_question_or_a_condition_does_not():
    out, _ = run("Jo Bloggs did not endorse anyone, but he did say he found the envoy “very charming”.\n\n"
                 "Did Mira Holt say the talks would resume? If Ivo Brandt did say the talks would resume, "
                 "nobody heard it.")
    assert [o[1:3] for o in out] == [("Jo Bloggs", "he found the envoy “very charming”")]


def test_the_president_of_the_republic_is_the_president_named_before():
    out, _ = run("France will send a mission to Kyiv, French President Jo Bloggs announced on Thursday.\n\n"
                 "“This force will not be a peacekeeping force,” the President of the Republic told reporters.\n\n"
                 "Ivo Brandt, president of the National Rally, warned against “a drift”. The head of state "
                 "had warned earlier that Europe must prepare “for a world without American protection”.")
    assert [o[1] for o in out] == ["Jo Bloggs", "Jo Bloggs", "Ivo Brandt", "Jo Bloggs"]


def test_a_lower_case_descriptor_after_an_opening_phrase_leaves_the_name_the_subject():
    out, _ = run("Alfred Stern said the company was ready.\n\n"
                 "In Vienna-Favoriten, pensioner Gertrude Hofbauer heats her flat with gas. “They say on the "
                 "radio that everything is fine,” she told ORF.")
    assert [o[1] for o in out] == ["Alfred Stern", "Gertrude Hofbauer"]


def test_a_subject_may_end_with_a_noun_in_ly_and_a_party_may_be_a_rally():
    out, _ = run("Supporters at the rally said the plan was fine.\n\n"
                 "Ivo Brandt, president of the National Rally, warned against “a drift”.")
    assert [o[1] for o in out] == ["Supporters at the rally", "Ivo Brandt"]


def test_an_owners_view_was_that_b():
    out, _ = run("Jo Bloggs spoke to reporters on Thursday.\n\n"
                 "Bloggs’s view was that the war could not end while the shelling went on. His answer was that "
                 "the city would not yield. The problem is that nobody listened.")
    assert [o[1:3] for o in out] == [("Jo Bloggs", "the war could not end while the shelling went on"),
                                     ("Jo Bloggs", "the city would not yield")]


def test_a_relative_clause_after_a_quote_attribution_is_the_speakers_statement():
    out, _ = run("“It is a mess,” said Mira Holt, who added that the harbour would reopen in June.")
    assert out == [("direct", "Mira Holt", "It is a mess"),
                   ("indirect", "Mira Holt", "the harbour would reopen in June")]


def test_welcomed_as_a_quoted_phrase_is_a_statement_but_not_the_adjective():
    out, _ = run("The city announced a new fund, a move Mira Holt welcomed on Tuesday as “a lifeline for the port”.")
    assert out[-1][:2] == ("mixed", "Mira Holt") and out[-1][2].endswith("as “a lifeline for the port”")
    out, _ = run("Oleg Marr welcomed the delegation at the airport.")
    assert out == []
    out, _ = run("Brokers said the dip in prices would offer limited but welcome relief to importers.")
    assert out == [("indirect", "Brokers", "the dip in prices would offer limited but welcome relief to importers")]


def test_an_attribution_closing_with_wrote_on_x_takes_the_whole_sentence():
    out, _ = run("The ministry told the council on Thursday that the bridge would reopen, "
                 "Mira Holt wrote on X. Because the bridge is old, repairs take time.")
    assert out == [("indirect", "Mira Holt", "The ministry told the council on Thursday that the bridge would reopen")]


def test_a_name_set_off_after_an_inverted_role_is_the_speaker():
    out, _ = run("“People open their wallets,” said its founder, Roman Sydor. “We stay,” said the pastor, the Rev. Oleg Marr.")
    assert out == [("direct", "Roman Sydor", "People open their wallets"), ("direct", "Oleg Marr", "We stay")]


def test_words_on_a_sign_are_no_statement_but_a_message_that_read_is():
    out, _ = run("Mira Holt said the talks were over. She spoke in front of a backdrop that read “Pursuing Peace” "
                 "and left. Oleg Marr arrived wearing a sweatshirt printed with “CCCP,” the Soviet initials.")
    assert out == [("indirect", "Mira Holt", "the talks were over")]
    out, _ = run("Mira Holt retweeted a message from her adviser, Oleg Marr, that read: “The harbour must reopen now.”")
    assert [o[2] for o in out] == ["The harbour must reopen now."]


def test_added_a_thing_to_another_says_nothing():
    out, _ = run("The Rev. Oleg Marr has added a special prayer for the talks to the evening service. "
                 "Mira Holt added the plan to send troops was flawed.")
    assert out == [("indirect", "Mira Holt", "the plan to send troops was flawed")]


def test_recommended_that_reports_speech_but_a_recommended_object_does_not():
    out, _ = run("The commission on Friday recommended that the harbour be reopened. Doctors recommended a five percent rise.")
    assert out == [("indirect", "commission", "the harbour be reopened")]


def test_the_second_half_of_a_split_quote_takes_the_date_of_the_first():
    # one utterance, one date: "last year" in an earlier paragraph dates neither half
    _, recs = run("Greta Lind and her husband hosted a family from Kharkiv for seven months last year. "
                  "Lind says the family now rents its own flat.\n\n"
                  "“They paid taxes from their third week here,” she says. "
                  "“If that is not a reason to let someone stay, I do not know what is.”")
    first, second = recs[-2], recs[-1]
    assert second.text.startswith("If that is not")
    assert (second.date, second.date_range, second.date_precision) == (first.date, first.date_range, first.date_precision)
    assert second.date == PUB


def test_dialogue_set_with_dashes():
    out, recs = run("– We talked about gas for the winter. He told me the West does not want peace – Mira Holt "
                    "said, as reported by RTRS.\n\n– He went as a private person – Tomas Reyes emphasized.\n\n"
                    "– Ukraine’s army – which has struggled – said it held the line.")
    assert out[:2] == [("direct", "Mira Holt", "We talked about gas for the winter. He told me the West does not want peace"),
                       ("direct", "Tomas Reyes", "He went as a private person")]
    # (a dash pair set inside a sentence is no dialogue)
    assert all("–" not in r.text for r in recs)


def test_a_bare_year_in_a_life_story_does_not_date_the_next_paragraph():
    _, recs = run("In Clearwater, Dmytro Koval runs the deli he opened on the boulevard in 2009.\n\n"
                  "The 62-year-old recalled that on the first morning of the invasion, customers lined up outside.")
    assert (recs[-1].date, recs[-1].date_precision) == (PUB, "reported")


def test_a_place_where_something_is_yet_to_happen_does_not_date_the_statement():
    _, recs = run("In New York, where the General Assembly is scheduled to vote Thursday afternoon on a resolution, "
                  "Foreign Minister Mira Holt told reporters on Wednesday that the vote would show who believes in the Charter.")
    assert recs[-1].date == date(2023, 5, 10)


def test_defended_that_and_considered_that_report_speech_in_translated_copy():
    out, _ = run("The party leader, Tomas Reyes, defended that Europe should invest in its own defence. "
                 "The secretary-general, Mira Holt, considered that three years of war had shown the path had failed.\n\n"
                 "The minister defended the decision on Tuesday. He considered the offer carefully. Any new law "
                 "would be the first in years, considered sacrosanct by gun advocates.")
    assert out == [("indirect", "Tomas Reyes", "Europe should invest in its own defence"),
                   ("indirect", "Mira Holt", "three years of war had shown the path had failed")]
    # (without a that-clause they start no second statement either)
    out, _ = run("Jo Bloggs said she will not vote for him and considers him a liar.")
    assert out == [("indirect", "Jo Bloggs", "she will not vote for him and considers him a liar")]


def test_a_standfirst_above_a_byline_and_a_bare_time_stamp_is_not_read():
    out, _ = run("Mira Holt said the gathering was ‘a first step, not a last one’.\n\nJo Bloggs\n\n7.02pm, 17 Jun 2024\n\n"
                 "THE MINISTER HAS said the country will give an extra €5 million to clear landmines.\n\n"
                 "“This is a first step,” Mira Holt said.")
    assert [o[2] for o in out] == ["the country will give an extra €5 million to clear landmines", "This is a first step"]


def test_the_words_on_a_banner_are_no_ones_statement():
    out, _ = run("A banner hung near the Pile Gate read “Dubrovnik stands with Ukraine”, while a small group of "
                 "protesters held a banner reading “Neutrality is not for sale”. The minister said the banner "
                 "was “offensive.”")
    assert out == [("mixed", "minister", "the banner was “offensive.”")]


def test_the_expansion_of_initials_before_a_title_is_read_past():
    out, _ = run("“Croatia knows what it means,” Croatian Prime Minister Andrej Plenkovic said.\n\n"
                 "The HDZ (Hrvatska demokratska zajednica/Croatian Democratic Union) leader recalled that Zagreb "
                 "had hosted a conference.")
    assert [o[1] for o in out] == ["Andrej Plenkovic", "Andrej Plenkovic"]


def test_a_subhead_that_quotes_a_speaker_is_not_a_statement():
    out, _ = run("The minister spoke at the embassy on Monday.\n\nHolt: “Portugal has not forgotten”\n\n"
                 "“The Portuguese people have not forgotten who started this war,” Mira Holt told journalists.")
    assert out == [("direct", "Mira Holt", "The Portuguese people have not forgotten who started this war")]


def test_a_date_in_a_relative_clause_closing_a_background_sentence_dates_nothing():
    _, recs = run("Mira Holt said yesterday that the mission “opened a door”.\n\n"
                  "Holt represented the president, who pulled out of the trip earlier this month.\n\n"
                  "“We did not go to choose sides,” Holt said.")
    assert [(r.date, r.date_precision) for r in recs] == [(date(2023, 5, 11), "day")] * 2
    # (but a relative clause on the occasion dates it: "an interview, which was released last week")
    _, recs = run("Tomas Reyes made the offer during an interview with a talk-show host, which was released "
                  "last week.\n\n“We are willing to negotiate,” Reyes said.")
    assert recs[-1].date_precision == "week"


def test_a_caption_that_ends_in_a_bracketed_photo_credit_does_not_set_the_story_day():
    _, recs = run("The mission ended its tour of the region.\n\nMira Holt with other members of the delegation "
                  "in Kyiv on Wednesday. (Courtesy photo)\n\nTomas Reyes said the mission had opened a door.\n\n"
                  "The talks will go on.")
    assert (recs[0].date, recs[0].date_precision) == (PUB, "reported")


def test_while_and_a_participle_set_off_after_the_subject_frames_the_statement():
    _, recs = run("Foreign Minister Tomas Reyes, while briefing journalists in Abuja on Wednesday, said the "
                  "shocks of the war had been felt widely.")
    assert [(r.speaker, r.date) for r in recs] == [("tomas-reyes", date(2023, 5, 10))]
