import csv
import io
import json

from generator import pipeline
from generator.export import CSV_COLUMNS


def test_json_export_has_the_documented_fields(mini_content):
    rows = json.loads(pipeline.export(mini_content, "json"))
    assert len(rows) == 4
    row = rows[0]
    for key in ("id", "article", "speaker", "kind", "text", "date", "date_precision", "date_range", "url"):
        assert key in row
    assert row["article"] == "ministry-talks"
    assert set(row["speaker"]) >= {"id", "name"}
    assert row["url"] == "https://example.org/news/grain-corridor"
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def test_csv_export_matches_json(mini_content):
    rows = list(csv.DictReader(io.StringIO(pipeline.export(mini_content, "csv"))))
    assert list(rows[0]) == CSV_COLUMNS
    assert [r["id"] for r in rows] == [r["id"] for r in json.loads(pipeline.export(mini_content, "json"))]


def test_indented_json_is_json_dumps_byte_for_byte():
    import json
    from datetime import date, datetime

    from generator.export import indented_json
    from generator.records import jsonable
    cases = [{"a": [1, 2.5, None, True, False, "x\n\"y\u2028é\x00</script>"], "b": {}, "c": [],
              "d": {"e": {"f": []}}, "g": date(2024, 1, 2), "h": (date(2024, 1, 1), 3),
              "i": float("nan"), "j": 1e100, "k": -0.0, "l": datetime(2024, 1, 1, 3, 4)},
             [], {}, "s", 5, [[[]]], [{}]]
    for case in cases:
        assert indented_json(case) == json.dumps(jsonable(case), ensure_ascii=False, indent=2)


def test_row_template_is_the_generic_encoder():
    from datetime import date

    from generator.export import _row_json, indented_json
    row = {"id": "s-1", "article": "a", "speaker": {"id": "x", "name": "X “Y” \\ </p>", "kind": None},
           "kind": "direct", "text": "a\nb\t\"c\"", "start": 0, "end": 10, "date": date(2024, 1, 2),
           "date_precision": "day", "date_range": [date(2024, 1, 1), date(2024, 1, 2)], "date_cue": None,
           "status": "machine", "topics": ["t1", "t2"], "stance": "none", "responds_to": [],
           "note": None, "url": None, "permalink": "articles/a/#s-1", "former_ids": ["s-0"]}
    assert _row_json(row) == "  " + indented_json(row, "  ")
    row["speaker"]["name"] = ["odd", {"k": 1}]
    assert _row_json(row) == "  " + indented_json(row, "  ")


def test_the_downloads_carry_the_older_permalinks_of_a_statement():
    from pathlib import Path
    content = Path(__file__).resolve().parent.parent / "content"
    rows = json.loads(pipeline.export(content, "json"))
    carried = [r for r in rows if r["former_ids"]]
    assert carried and all(isinstance(r["former_ids"], list) for r in carried)
    lines = {r["id"]: r for r in csv.DictReader(io.StringIO(pipeline.export(content, "csv")))}
    for r in carried:
        assert lines[r["id"]]["former_ids"] == " ".join(r["former_ids"])
