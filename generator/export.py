"""`parley export`: every published statement with its speaker resolved, as JSON or CSV."""
from __future__ import annotations

import csv
import io
import json

from .merge import Corpus
from .records import jsonable

CSV_COLUMNS = ["id", "article", "speaker_id", "speaker_name", "kind", "text", "date",
               "date_precision", "date_from", "date_to", "date_cue", "status", "url", "permalink"]


def statement_rows(corpus: Corpus) -> list[dict]:
    return [statement_row(record, corpus.speakers.get(record.speaker), corpus.articles.get(record.article))
            for record in corpus.published()]


def statement_row(record, speaker, article) -> dict:
    return {
        "id": record.id,
        "article": record.article,
        "speaker": {"id": record.speaker, "name": speaker.name if speaker else record.speaker,
                    "kind": speaker.kind if speaker else None},
        "kind": record.kind,
        "text": record.text,
        "start": record.start,
        "end": record.end,
        "date": record.date,
        "date_precision": record.date_precision,
        "date_range": list(record.date_range),
        "date_cue": record.date_cue,
        "status": record.status,
        "topics": record.topics,
        "stance": record.stance,
        "responds_to": record.responds_to,
        "note": record.note,
        "url": article.url if article else None,
        "permalink": f"articles/{record.article}/#{record.id}",
    }


def row_texts(row: dict) -> tuple[str, str]:
    """One statement's JSON (as an item of the indented list) and CSV line."""
    data = jsonable(row)
    item = "\n".join("  " + line for line in json.dumps(data, ensure_ascii=False, indent=2).split("\n"))
    flat = {k: data[k] for k in CSV_COLUMNS if k in data}
    flat.update(speaker_id=data["speaker"]["id"], speaker_name=data["speaker"]["name"],
                date_from=data["date_range"][0], date_to=data["date_range"][1])
    out = io.StringIO()
    csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n").writerow(flat)
    return item, out.getvalue()


def join_json(items: list[str]) -> str:
    """The same bytes as json.dumps(rows, ensure_ascii=False, indent=2) + newline."""
    return "[\n" + ",\n".join(items) + "\n]\n" if items else "[]\n"


def join_csv(lines: list[str]) -> str:
    out = io.StringIO()
    csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n").writeheader()
    return out.getvalue() + "".join(lines)


def export_json(corpus: Corpus) -> str:
    return join_json([row_texts(row)[0] for row in statement_rows(corpus)])


def export_csv(corpus: Corpus) -> str:
    return join_csv([row_texts(row)[1] for row in statement_rows(corpus)])
