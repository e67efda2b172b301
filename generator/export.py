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
    rows = []
    for record in corpus.published():
        speaker = corpus.speakers.get(record.speaker)
        article = corpus.articles.get(record.article)
        rows.append({
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
        })
    return rows


def export_json(corpus: Corpus) -> str:
    return json.dumps(jsonable(statement_rows(corpus)), ensure_ascii=False, indent=2) + "\n"


def export_csv(corpus: Corpus) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in jsonable(statement_rows(corpus)):
        flat = {k: row[k] for k in CSV_COLUMNS if k in row}
        flat.update(speaker_id=row["speaker"]["id"], speaker_name=row["speaker"]["name"],
                    date_from=row["date_range"][0], date_to=row["date_range"][1])
        writer.writerow(flat)
    return out.getvalue()
