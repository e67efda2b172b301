"""JSON Schema for the content files, derived from the dataclasses in `model.py`.

`parley schema` writes these to `content/schema/`; a test checks that the committed
copies match, so the typed records and the schema editors use never disagree.
"""
from __future__ import annotations

import dataclasses
import functools
import types
import typing
from datetime import date

from . import model
from .model import Mention, Role, SpeakerRecord, StatementRecord

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Constraints the type hints cannot say.
FIELD_RULES = {
    "id": {"pattern": r"^[a-z0-9][a-z0-9-]*$"},
    "kind": {"enum": list(model.KINDS)},
    "date_precision": {"enum": list(model.PRECISIONS)},
    "status": {"enum": list(model.STATUSES)},
    "stance": {"enum": list(model.STANCES)},
    "text": {"minLength": 1},
    "start": {"minimum": 0},
    "end": {"minimum": 0},
    "url": {"pattern": r"^https?://"},
    "former_ids": {"items": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9-]*$"}},
}
SPEAKER_RULES = {"kind": {"enum": list(model.SPEAKER_KINDS)}, "name": {"minLength": 1}}
DESCRIPTIONS = {
    "id": "Stable identifier; for a statement it is also its permalink anchor. Never renumbered.",
    "speaker": "Speaker id from content/speakers.yaml or content/speakers-found.yaml.",
    "text": "The statement's words exactly as in the article.",
    "start": "Character offset of the text in the article (Python string index).",
    "date_range": "First and last day the statement may have been made (inclusive).",
    "date_cue": "Words in the article that fixed the date; empty when none did.",
    "status": "machine: as extracted; reviewed: checked by a person; rejected: not a statement.",
    "responds_to": "Ids of statements this one answers.",
    "former_ids": "Ids this statement had before a better extractor changed its words: their "
                  "permalinks still land on it. Written by `parley extract`.",
}


def _type_schema(hint) -> dict:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a) for a in args if a is not type(None)]
        schema = options[0] if len(options) == 1 else {"anyOf": options}
        return {"anyOf": [schema, {"type": "null"}]} if type(None) in args else schema
    if origin is list:
        return {"type": "array", "items": _type_schema(args[0])}
    if origin is tuple:
        return {"type": "array", "prefixItems": [_type_schema(a) for a in args],
                "minItems": len(args), "maxItems": len(args)}
    if dataclasses.is_dataclass(hint):
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if hint is date:
        return {"type": "string", "format": "date"}
    return {str: {"type": "string"}, int: {"type": "integer"}, bool: {"type": "boolean"}}[hint]


def record_schema(cls, rules: dict, require_all: bool = True) -> dict:
    hints = typing.get_type_hints(cls)
    properties, required = {}, []
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name])
        prop.update(rules.get(f.name, {}))
        if f.name in DESCRIPTIONS:
            prop["description"] = DESCRIPTIONS[f.name]
        properties[f.name] = prop
        has_default = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        if require_all and not has_default:
            required.append(f.name)
    return {"type": "object", "properties": properties, "required": required,
            "additionalProperties": False}


def _in_article_file(schema: dict) -> dict:
    # A statement's article is the file it sits in, so the file does not repeat it.
    schema["properties"].pop("article")
    schema["required"] = [name for name in schema["required"] if name != "article"]
    return schema


def _defs() -> dict:
    return {
        "Mention": record_schema(Mention, {}),
        "Role": record_schema(Role, {}),
        "StatementRecord": _in_article_file(record_schema(StatementRecord, FIELD_RULES)),
        "StatementReview": _in_article_file(record_schema(StatementRecord, FIELD_RULES, require_all=False))
        | {"required": ["id"]},
        "SpeakerRecord": record_schema(SpeakerRecord, FIELD_RULES | SPEAKER_RULES),
    }


def _document(title: str, properties: dict, required: list[str]) -> dict:
    return {"$schema": SCHEMA_DIALECT, "title": title, "type": "object",
            "properties": properties, "required": required,
            "additionalProperties": False, "$defs": _defs()}


@functools.lru_cache(maxsize=None)
def statements_file_schema() -> dict:
    return _document(
        "Parley statements of one article (content/articles/*.yaml, written by `parley extract`)",
        {"article": {"type": "string"}, "source": {"type": "string"},
         "statements": {"type": "array", "items": {"$ref": "#/$defs/StatementRecord"}}},
        ["article", "source", "statements"])


@functools.lru_cache(maxsize=None)
def reviews_file_schema() -> dict:
    return _document(
        "Parley corrections to one article's statements (content/reviews/*.yaml, written by people)",
        {"article": {"type": "string"},
         "statements": {"type": ["array", "null"], "items": {"$ref": "#/$defs/StatementReview"}}},
        ["article"])


@functools.lru_cache(maxsize=None)
def speakers_file_schema() -> dict:
    return _document(
        "Parley speaker registry (content/speakers.yaml by people, content/speakers-found.yaml by the tool)",
        {"speakers": {"type": ["array", "null"], "items": {"$ref": "#/$defs/SpeakerRecord"}}},
        ["speakers"])


@functools.lru_cache(maxsize=None)
def topics_file_schema() -> dict:
    topic = {"type": "object", "additionalProperties": False, "required": ["id", "label"],
             "properties": {"id": {"type": "string", "pattern": FIELD_RULES["id"]["pattern"]},
                            "label": {"type": "string", "minLength": 1},
                            "keywords": {"type": "array", "items": {"type": "string", "minLength": 1}}}}
    return {"$schema": SCHEMA_DIALECT, "title": "Parley topic vocabulary (content/topics.yaml)",
            "type": "object", "additionalProperties": False, "required": ["topics"],
            "properties": {"topics": {"type": "array", "items": topic}}}


SCHEMAS = {
    "statements.schema.json": statements_file_schema,
    "reviews.schema.json": reviews_file_schema,
    "speakers.schema.json": speakers_file_schema,
    "topics.schema.json": topics_file_schema,
}
