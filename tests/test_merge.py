from datetime import date

from dataclasses import replace

from generator.merge import (Corpus, alias_redirects, apply_review, carry_former_ids, date_range_for, keep_corrected,
                             merge_speakers, merge_statements)
from generator.model import SpeakerRecord

from .conftest import mini_records


def test_review_overrides_fields_and_marks_reviewed(mini_article):
    record = mini_records(mini_article)[1]
    merged = apply_review(record, {"id": record.id, "speaker": "someone-else", "status": "reviewed",
                                   "note": "Checked."}, mini_article)
    assert (merged.speaker, merged.status, merged.note) == ("someone-else", "reviewed", "Checked.")
    assert merged.text == record.text and record.speaker == "anna-kessler"


def test_review_of_date_derives_the_range(mini_article):
    record = mini_records(mini_article)[0]
    merged = apply_review(record, {"id": record.id, "date": date(2023, 5, 1), "date_precision": "month"},
                          mini_article)
    assert merged.date_range == (date(2023, 5, 1), date(2023, 5, 31))


def test_review_of_text_relocates_the_offsets(mini_article):
    record = mini_records(mini_article)[1]
    merged = apply_review(record, {"id": record.id, "text": "We are ready to sit down tomorrow"}, mini_article)
    assert mini_article.text[merged.start:merged.end] == "We are ready to sit down tomorrow"


def test_added_statement_gets_defaults(mini_article):
    added = apply_review(None, {"id": "s-added", "text": "Nobody gains", "speaker": "anna-kessler"},
                         mini_article)
    assert mini_article.text[added.start:added.end] == "Nobody gains"
    assert added.status == "reviewed" and added.date == mini_article.published


def test_rejected_statements_are_not_published(mini_article):
    records = mini_records(mini_article)
    merged = merge_statements(records, [{"id": records[0].id, "status": "rejected"}], mini_article)
    corpus = Corpus({mini_article.stem: mini_article}, merged, {})
    assert records[0].id not in {s.id for s in corpus.published()}
    assert len(corpus.published()) == len(records) - 1


def test_registry_wins_over_found_speakers():
    found = [SpeakerRecord(id="x", name="found name")]
    registry = [SpeakerRecord(id="x", name="Reviewed Name", status="reviewed")]
    assert merge_speakers(found, registry)["x"].name == "Reviewed Name"


def test_aliases_redirect_machine_ids():
    registry = [SpeakerRecord(id="dmitry-peskov", name="Dmitry Peskov", aliases=["Dmitri Peskov"])]
    assert alias_redirects(registry) == {"dmitri-peskov": "dmitry-peskov"}


def test_date_ranges_per_precision():
    day = date(2022, 11, 16)
    assert date_range_for(day, "day") == (day, day)
    assert date_range_for(day, "week") == (date(2022, 11, 14), date(2022, 11, 20))
    assert date_range_for(day, "year") == (date(2022, 1, 1), date(2022, 12, 31))
    assert date_range_for(day, "reported") == (date(2022, 11, 9), day)


def test_a_corrected_record_the_extractor_no_longer_finds_is_kept(mini_article):
    first, second, *rest = mini_records(mini_article)
    # the new run no longer finds `first`; a review corrects it, none corrects `second`
    new = keep_corrected([r for r in mini_records(mini_article) if r.id not in (first.id, second.id)],
                         mini_records(mini_article), {first.id})
    assert first.id in {r.id for r in new} and second.id not in {r.id for r in new}
    assert [r.start for r in new] == sorted(r.start for r in new)


def test_a_kept_record_wins_over_a_new_one_on_the_same_words(mini_article):
    first = mini_records(mini_article)[0]
    reworded = replace(first, id="s-0000000000", end=first.end - 1, text=first.text[:-1])
    new = keep_corrected([reworded], [first], {first.id})
    assert [r.id for r in new] == [first.id]


def test_keep_corrected_changes_nothing_when_the_record_is_still_found(mini_article):
    records = mini_records(mini_article)
    assert keep_corrected(records, records, {records[0].id}) is records


def test_former_ids_go_to_the_new_record_that_overlaps_most(mini_article):
    a, b = mini_records(mini_article)[:2]
    older_a = replace(a, id="s-old-a", end=a.end - 3, former_ids=["s-older-a"])   # a shorter reading
    gone = replace(b, id="s-gone", start=b.end + 500, end=b.end + 520)           # a passage no longer read
    out = carry_former_ids([a, b], [older_a, gone, b])
    assert out[0].former_ids == ["s-old-a", "s-older-a"]
    assert out[1] is b, "a record found again under its own id is left as it is"
    assert carry_former_ids(out, out) == out, "idempotent"
