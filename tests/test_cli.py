"""The command line end to end on a small invented article: extract, correct, re-extract."""
import json
import shutil

import pytest

from generator.cli import main

from .conftest import MINI


@pytest.fixture
def workspace(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(MINI, articles)
    return articles, tmp_path / "content"


def export(content, capsys):
    capsys.readouterr()
    assert main(["export", "--content", str(content), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_extract_check_export(workspace, capsys):
    articles, content = workspace
    assert main(["extract", str(articles), "--content", str(content)]) == 0
    assert (content / "articles" / "ministry-talks.yaml").exists()
    assert (content / "reviews" / "ministry-talks.yaml").exists()
    assert (content / "topics.yaml").exists()
    assert main(["check", "--content", str(content)]) == 0
    rows = export(content, capsys)
    assert rows, "the invented article has statements"
    assert all(r["article"] == "ministry-talks" for r in rows)


def test_corrections_survive_re_extraction(workspace, capsys):
    articles, content = workspace
    main(["extract", str(articles), "--content", str(content)])
    first, second = export(content, capsys)[:2]
    review = content / "reviews" / "ministry-talks.yaml"
    written_by_hand = (
        "# my comment stays\n"
        "article: ministry-talks\n"
        "statements:\n"
        f"  - status: reviewed   # key order is mine\n    id: {first['id']}\n    note: Checked against the video.\n"
        f"  - id: {second['id']}\n    status: rejected\n"
    )
    review.write_text(written_by_hand)
    assert main(["extract", str(articles), "--content", str(content)]) == 0
    assert review.read_text() == written_by_hand
    rows = {r["id"]: r for r in export(content, capsys)}
    assert rows[first["id"]]["note"] == "Checked against the video."
    assert rows[first["id"]]["status"] == "reviewed"
    assert second["id"] not in rows


def as_an_older_extractor_wrote_it(articles, content, capsys, old_id):
    """Extract, then give the first statement another id, as an extractor that read its
    passage with other words would have; returns the statements file and that statement."""
    main(["extract", str(articles), "--content", str(content)])
    machine = content / "articles" / "ministry-talks.yaml"
    first = export(content, capsys)[0]
    machine.write_text(machine.read_text().replace(first["id"], old_id, 1))
    return machine, first


def test_a_correction_outlives_a_change_of_extractor(workspace, capsys):
    """A reviewed record stays when a later extractor no longer finds it (or finds other words)."""
    articles, content = workspace
    old_id = "s-00000000aa"
    machine, first = as_an_older_extractor_wrote_it(articles, content, capsys, old_id)
    (content / "reviews" / "ministry-talks.yaml").write_text(
        f"article: ministry-talks\nstatements:\n  - id: {old_id}\n    status: reviewed\n    note: Mine.\n")
    assert main(["extract", str(articles), "--content", str(content)]) == 0
    assert main(["check", "--content", str(content)]) == 0
    rows = export(content, capsys)
    kept = [r for r in rows if r["id"] == old_id]
    assert kept and kept[0]["note"] == "Mine." and kept[0]["status"] == "reviewed"
    assert first["id"] not in {r["id"] for r in rows}, "the new record on the same words is left out"


def test_a_statement_keeps_its_old_permalink_when_a_new_extractor_changes_its_words(workspace, capsys, tmp_path):
    articles, content = workspace
    old_id = "s-00000000bb"
    machine, first = as_an_older_extractor_wrote_it(articles, content, capsys, old_id)
    assert main(["extract", str(articles), "--content", str(content)]) == 0
    assert f"  former_ids:\n  - {old_id}\n" in machine.read_text()
    assert {r["id"] for r in export(content, capsys)} >= {first["id"]}
    written = machine.read_bytes()
    assert main(["extract", str(articles), "--content", str(content)]) == 0
    assert machine.read_bytes() == written, "running the same extraction again changes nothing"
    docs = tmp_path / "docs"
    assert main(["render", "--content", str(content), "--docs", str(docs)]) == 0
    page = (docs / "articles" / "ministry-talks.md").read_text()
    assert f'<span id="{old_id}"></span><h3 id="{first["id"]}">' in page


def test_new_only_skips_articles_with_records(workspace, capsys):
    articles, content = workspace
    main(["extract", str(articles), "--content", str(content)])
    record = content / "articles" / "ministry-talks.yaml"
    record.write_text(record.read_text() + "# touched\n")
    assert main(["extract", str(articles), "--content", str(content), "--new-only"]) == 0
    assert record.read_text().endswith("# touched\n")


def test_missing_date_stops_with_file_and_field(workspace, capsys):
    articles, content = workspace
    (articles / "ministry-talks.meta.yaml").write_text("title: T\n")
    capsys.readouterr()
    assert main(["extract", str(articles), "--content", str(content)]) == 1
    err = capsys.readouterr().err
    assert "ministry-talks.meta.yaml:1:1: published:" in err
    assert not content.exists(), "nothing is written when the input is bad"


def test_dateline_is_used_and_said(workspace, caplog):
    articles, content = workspace
    sidecar = articles / "ministry-talks.meta.yaml"
    sidecar.write_text(sidecar.read_text().replace("published: 2023-05-12\n", ""))
    text = articles / "ministry-talks.txt"
    lines = text.read_text().split("\n")
    text.write_text("\n".join(lines[:1] + ["The Example Gazette - Friday, May 12, 2023"] + lines[1:]))
    assert main(["extract", str(articles), "--content", str(content)]) == 0
    assert "using the dateline in the text, 2023-05-12" in caplog.text
