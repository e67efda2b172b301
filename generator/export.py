"""`parley export`: every published statement with its speaker resolved, as JSON or CSV."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from json.encoder import encode_basestring


from .merge import Corpus
from .records import jsonable

CSV_COLUMNS = ["id", "article", "speaker_id", "speaker_name", "kind", "text", "date",
               "date_precision", "date_from", "date_to", "date_cue", "status", "url", "permalink", "former_ids"]


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
        "former_ids": list(record.former_ids),   # older permalinks that still land on it
    }


def row_texts(row: dict) -> tuple[str, str]:
    """One statement's JSON (as an item of the indented list) and CSV line."""
    try:
        item = _row_json(row) if tuple(row) == _ROW_KEYS and tuple(row["speaker"]) == _SPEAKER_KEYS \
            else "  " + indented_json(row, "  ")
    except TypeError:
        item = "\n".join("  " + line for line in json.dumps(jsonable(row), ensure_ascii=False, indent=2).split("\n"))
    flat = {k: jsonable(row[k]) for k in _ROW_COLUMNS if k in row}
    flat.update(speaker_id=row["speaker"]["id"], speaker_name=row["speaker"]["name"],
                date_from=jsonable(row["date_range"][0]), date_to=jsonable(row["date_range"][1]),
                former_ids=" ".join(row.get("former_ids") or ()))
    # what csv.DictWriter(out, CSV_COLUMNS).writerow(flat) writes (restval ""), through one
    # writer and buffer instead of a new DictWriter per row
    _CSV_BUFFER.seek(0)
    _CSV_BUFFER.truncate()
    _CSV_WRITER.writerow([flat.get(k, "") for k in CSV_COLUMNS])
    return item, _CSV_BUFFER.getvalue()


_ROW_COLUMNS = [k for k in CSV_COLUMNS if k not in ("speaker_id", "speaker_name", "date_from", "date_to",
                                                    "former_ids")]
_CSV_BUFFER = io.StringIO()
_CSV_WRITER = csv.writer(_CSV_BUFFER, lineterminator="\n")


def indented_json(value, indent: str = "") -> str:
    """`json.dumps(jsonable(value), ensure_ascii=False, indent=2)`, byte for byte, for text,
    numbers, booleans, null, dates, lists, tuples and dicts with text keys, as one recursive
    walk that leaves each string to the C encoder (json's own indented encoder is pure
    Python, and the data download is one of render's largest costs). `indent` is the
    indentation of the line `value` starts on. Anything else raises TypeError."""
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        return scalar(value)
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError("only text keys")
            scalar = _SCALARS.get(type(item))
            parts.append(f"{inner}{encode_basestring(key)}: "
                         f"{scalar(item) if scalar is not None else indented_json(item, inner)}")
        return "{\n" + ",\n".join(parts) + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = []
        for item in value:
            scalar = _SCALARS.get(type(item))
            parts.append(inner + (scalar(item) if scalar is not None else indented_json(item, inner)))
        return "[\n" + ",\n".join(parts) + "\n" + indent + "]"
    for kind, scalar in _SCALARS.items():  # a subclass of one (an enum.StrEnum, a datetime)
        if kind is not type(None) and isinstance(value, kind):
            return scalar(kind(value) if kind is not date else value)
    raise TypeError(f"{type(value).__name__} is not JSON data")


_SCALARS = {
    str: encode_basestring,
    type(None): lambda _: "null",
    bool: lambda v: "true" if v else "false",
    int: int.__repr__,
    float: lambda v: json.dumps(v),
    date: lambda v: encode_basestring(v.isoformat()),
    datetime: lambda v: encode_basestring(v.isoformat()),
}


_ROW_KEYS = ("id", "article", "speaker", "kind", "text", "start", "end", "date", "date_precision",
             "date_range", "date_cue", "status", "topics", "stance", "responds_to", "note", "url", "permalink",
             "former_ids")
_SPEAKER_KEYS = ("id", "name", "kind")


def _v(value, indent: str = "    ") -> str:
    scalar = _SCALARS.get(type(value))
    return scalar(value) if scalar is not None else indented_json(value, indent)


def _row_json(row: dict) -> str:
    """`"  " + indented_json(row, "  ")` for a row of `statement_row`'s shape, as one template."""
    speaker, v = row["speaker"], _v
    return (f'  {{\n    "id": {v(row["id"])},\n    "article": {v(row["article"])},\n'
            f'    "speaker": {{\n      "id": {v(speaker["id"], "      ")},\n      "name": {v(speaker["name"], "      ")},\n'
            f'      "kind": {v(speaker["kind"], "      ")}\n    }},\n'
            f'    "kind": {v(row["kind"])},\n    "text": {v(row["text"])},\n'
            f'    "start": {v(row["start"])},\n    "end": {v(row["end"])},\n'
            f'    "date": {v(row["date"])},\n    "date_precision": {v(row["date_precision"])},\n'
            f'    "date_range": {v(row["date_range"])},\n    "date_cue": {v(row["date_cue"])},\n'
            f'    "status": {v(row["status"])},\n    "topics": {v(row["topics"])},\n'
            f'    "stance": {v(row["stance"])},\n    "responds_to": {v(row["responds_to"])},\n'
            f'    "note": {v(row["note"])},\n    "url": {v(row["url"])},\n'
            f'    "permalink": {v(row["permalink"])},\n    "former_ids": {v(row["former_ids"])}\n  }}')


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
