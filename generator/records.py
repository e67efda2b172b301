"""Records to plain data and back, in the shape the YAML files hold.

Keys come out in model order and fields left at their defaults are omitted, so files
stay short and diffs show only what changed.
"""
from __future__ import annotations

import dataclasses
import functools
from datetime import date

from .model import Mention, Role, SpeakerRecord, StatementRecord

# Fields a contributor adds; omitted from output while they hold their default.
_OPTIONAL_WHEN_DEFAULT = {"mention", "cue", "note", "topics", "stance", "venue", "addressee",
                          "responds_to", "organisation", "country", "since", "until", "seen_in",
                          "aliases", "roles", "side", "date_cue", "former_ids"}


def to_data(record) -> dict:
    """A dataclass record as an ordered dict of plain YAML-ready values."""
    out = {}
    for name, optional, default in _fields(type(record)):
        value = getattr(record, name)
        if optional and value == default:
            continue
        out[name] = _plain(value)
    return out


@functools.lru_cache(maxsize=None)
def _fields(cls) -> tuple:
    """(name, omitted while default, default) per field, in model order; worked out once per class
    (a default factory's value is only compared with, never handed out)."""
    out = []
    for f in dataclasses.fields(cls):
        default = f.default if f.default is not dataclasses.MISSING else (
            f.default_factory() if f.default_factory is not dataclasses.MISSING else dataclasses.MISSING)
        out.append((f.name, f.name in _OPTIONAL_WHEN_DEFAULT, default))
    return tuple(out)


_PLAIN_TYPES = frozenset((str, int, float, bool, type(None), date))


def _plain(value):
    if type(value) in _PLAIN_TYPES:
        return value
    if dataclasses.is_dataclass(value):
        return to_data(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


def statement_to_data(record: StatementRecord) -> dict:
    data = to_data(record)
    data.pop("article")
    return data


def statement_from_data(data: dict, article: str) -> StatementRecord:
    """Build a record from validated data (see validate.py for the checks)."""
    fields = {k: v for k, v in data.items() if k != "article"}
    if isinstance(fields.get("mention"), dict):
        fields["mention"] = Mention(**fields["mention"])
    if "date_range" in fields:
        fields["date_range"] = tuple(_as_date(d) for d in fields["date_range"])
    if "date" in fields:
        fields["date"] = _as_date(fields["date"])
    for key in ("topics", "responds_to", "former_ids"):
        if key in fields:
            fields[key] = list(fields[key] or [])
    return StatementRecord(article=article, **fields)


def speaker_from_data(data: dict) -> SpeakerRecord:
    fields = dict(data)
    fields["aliases"] = list(fields.get("aliases") or [])
    fields["roles"] = [Role(**{k: (_as_date(v) if k in ("since", "until") and v else v)
                               for k, v in r.items()}) for r in (fields.get("roles") or [])]
    return SpeakerRecord(**fields)


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def jsonable(value):
    """Dates as ISO strings and tuples as lists, for JSON export and schema validation."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
