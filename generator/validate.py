"""Stage 6, validate: every problem in the content, as `file:line:column: field: message`.

Three passes, each run only when the one before found nothing, so a later pass can
rely on the shapes the earlier one checked:

1. each file against its JSON Schema (`validate_document`);
2. the files against each other before merging (`check_documents`): duplicate ids,
   corrections naming no statement, files naming the wrong article, speakers listed twice;
3. the merged records (`check_corpus`): unknown speakers, dangling `responds_to`, text
   not in the article, dates outside their precision's range or after publication.

Messages say what is wrong and what was expected, with a suggestion where one exists.
"""
from __future__ import annotations

import difflib
from datetime import date
from pathlib import Path

import fastjsonschema
import jsonschema

from . import cache
from .errors import InputError, Problem
from .merge import REPORTED_WINDOW_DAYS
from .store import ContentDocs, Document
from .yamlio import decode_utf8, load_yaml

# The longest date_range (in days, both ends included) each precision allows. A part of a
# month ("late December": 20-31) has precision month; month allows two calendar months
# ("this month" across a boundary), year two calendar years.
MAX_RANGE_DAYS = {"day": 1, "week": 7, "month": 62, "year": 731, "reported": REPORTED_WINDOW_DAYS + 1}
# Fields a statement added by hand in a review needs; the rest have defaults (see merge.py).
ADDED_STATEMENT_NEEDS = ("text", "speaker")
PATTERN_HINTS = {
    "id": "lowercase letters, digits and hyphens, starting with a letter or digit",
    "url": "an http:// or https:// address",
}
_REPR_LIMIT = 60


# ---- pass 1: each file against its schema ---------------------------------------------

def position(data, path) -> tuple[int, int]:
    """The line and column of the value at `path` inside located YAML data."""
    node, where = data, (getattr(data, "line", 1), getattr(data, "column", 1))
    for key in path:
        if isinstance(node, dict) and key in node:
            where = node.position(key) if hasattr(node, "position") else where
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and key < len(node):
            node = node[key]
            where = (getattr(node, "line", where[0]), getattr(node, "column", where[1]))
        else:
            break
    return where


def validate_document(doc: Document, schema: dict) -> list[Problem]:
    if doc.data is None:
        return _empty_file(doc, schema)
    instance = _as_json(doc.data)
    if _passes_fast_check(instance, schema):
        return []
    validator = _Validator(schema, format_checker=jsonschema.FormatChecker())
    problems = []
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        path = list(error.absolute_path)
        if error.validator == "additionalProperties":
            extra = sorted(map(str, set(_at(doc.data, path)) - set(error.schema.get("properties", {}))))
            for name in extra:
                line, column = position(doc.data, path + [name])
                known = error.schema.get("properties", {})
                problems.append(Problem(doc.path, line, column, _field_name(path + [name]),
                                        _unknown_field(name, known)))
            continue
        if error.validator == "required":
            name = _missing_property(error)
            line, column = position(doc.data, path)
            problems.append(Problem(doc.path, line, column, _field_name(path + [name]),
                                    f"missing; add '{name}:' to this {_item_name(path)}"))
            continue
        line, column = position(doc.data, path)
        problems.append(Problem(doc.path, line, column, _field_name(path), _explain(error, path)))
    return problems


class _DateText(str):
    """A value YAML read as a date, kept recognisable so it is refused where text belongs."""


def _as_json(value):
    if type(value) is str:
        return value
    if isinstance(value, dict):
        return {k if type(k) is str else str(k): v if type(v) is str else _as_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_json(v) for v in value]
    if isinstance(value, date):
        return _DateText(value.isoformat())
    return value


def _type_unless_date(validator, types, instance, schema):
    """Like JSON Schema's `type`, but a YAML date is not text unless the field holds a date."""
    if isinstance(instance, _DateText) and schema.get("format") != "date":
        yield jsonschema.ValidationError(f"{instance} is read as a date")
        return
    yield from jsonschema.Draft202012Validator.VALIDATORS["type"](validator, types, instance, schema)


_Validator = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"type": _type_unless_date})


# ---- the fast gate: most files are valid, and saying so is the common case --------------
# jsonschema explains each problem well but checks a thousand files in seconds; a validator
# that fastjsonschema compiles to Python code says "valid" in a fraction of that. Only a
# file it rejects goes through jsonschema, which alone decides and words the problems. So
# the gate must be at least as strict as `_Validator`; where it is stricter (a quoted date
# in a text field), the file just takes the slow path.

def _passes_fast_check(instance, schema: dict) -> bool:
    try:
        _fast_validator(schema)(instance)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _fast_validator(schema: dict):
    """Compiled once per schema object (the schema functions hand back the same one each time)."""
    hit = cache.lookup("fast-schema", id(schema), id(schema))
    if hit is None or hit[0] is not schema:
        hit = (schema, fastjsonschema.compile(_as_draft7(schema), formats={_NOT_DATE: _not_date_text}))
        cache.store("fast-schema", id(schema), id(schema), hit)
    return hit[1]


def _as_draft7(node):
    """Our 2020-12 schema in the draft-7 terms fastjsonschema knows (`prefixItems` is the
    tuple form of `items`), with dates kept out of text fields as `_type_unless_date` does."""
    if isinstance(node, list):
        return [_as_draft7(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _as_draft7(v) for k, v in node.items() if k != "$schema"}
    if "prefixItems" in out:
        out["items"], rest = out.pop("prefixItems"), out.get("items")
        if rest is not None:
            out["additionalItems"] = rest
    types = out.get("type")
    if (types == "string" or (isinstance(types, list) and "string" in types)) and out.get("format") != "date":
        if "format" in out:
            out["not"] = {"type": "string", "format": "date"}
        else:  # the same test as a format: a plain call, where `not` raises and catches per value
            out["format"] = _NOT_DATE
    return out


_NOT_DATE = "parley-not-a-yaml-date"


def _not_date_text(value: str) -> bool:
    """Text, not a value YAML read as a date (what `_type_unless_date` refuses)."""
    return not isinstance(value, _DateText)


def _empty_file(doc: Document, schema: dict) -> list[Problem]:
    """A file that parsed to nothing: empty, or only comments. (Unreadable ones are already reported.)"""
    try:
        path = Path(doc.path)
        if load_yaml(decode_utf8(path.read_bytes(), doc.path), doc.path) is not None:
            return []
    except (OSError, InputError):
        return []
    wanted = ", ".join(schema.get("required", []))
    return [Problem(doc.path, 1, 1, "", f"the file is empty; expected a mapping with {wanted}")]


def _at(data, path):
    for key in path:
        data = data[key]
    return data


def _field_name(path: list) -> str:
    """The field as a contributor sees it: the key, with its parent inside one item (`mention.start`)."""
    last_index = max((i for i, p in enumerate(path) if isinstance(p, int)), default=-1)
    names = [str(p) for p in path[last_index + 1:]]
    return ".".join(names) if names else ".".join(str(p) for p in path if not isinstance(p, int))


def _item_name(path: list) -> str:
    names = [str(p) for p in path if not isinstance(p, int)]
    return {"statements": "statement", "speakers": "speaker", "roles": "role",
            "mention": "mention"}.get(names[-1] if names else "", "file")


def _missing_property(error: jsonschema.ValidationError) -> str:
    instance = error.instance if isinstance(error.instance, dict) else {}
    missing = [name for name in error.validator_value if name not in instance]
    for name in missing:
        if repr(name) in error.message:
            return name
    return missing[0] if missing else "?"


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= _REPR_LIMIT else text[: _REPR_LIMIT - 3] + "..."


def _unknown_field(name: str, known) -> str:
    hint = suggest(name, known)
    return f"unknown field '{name}'{hint}" if hint else \
        f"unknown field '{name}'; expected one of {', '.join(sorted(known))}"


def _explain(error: jsonschema.ValidationError, path: list) -> str:
    schema = error.schema
    field = next((str(p) for p in reversed(path) if not isinstance(p, int)), "")
    if error.validator == "enum":
        options = [str(o) for o in schema["enum"]]
        return (f"{_short(error.instance)} is not one of {', '.join(options)}"
                f"{suggest(str(error.instance), options)}")
    if error.validator == "format":
        return f"{_short(error.instance)} is not a valid {schema['format']}; expected YYYY-MM-DD"
    if isinstance(error.instance, _DateText) and error.validator in ("type", "anyOf"):
        return (f"{error.instance} is read as a date; expected {_expected_type(schema)}, "
                f"so put it in quotes: '{error.instance}'")
    if error.validator in ("type", "anyOf"):
        return f"{_short(error.instance)} has the wrong type; expected {_expected_type(schema)}"
    if error.validator == "pattern":
        hint = PATTERN_HINTS.get(field, f"text matching {schema['pattern']}")
        return f"{_short(error.instance)} is not allowed here; expected {hint}"
    if error.validator == "minLength":
        return "is empty; expected some text"
    if error.validator == "minimum":
        return f"{_short(error.instance)} is negative; expected {schema['minimum']} or more"
    if error.validator in ("minItems", "maxItems"):
        if field == "date_range":
            return f"{_short(error.instance)} needs exactly two dates; expected [first day, last day]"
        return f"{_short(error.instance)} has the wrong number of items; {error.message}"
    return error.message


def _expected_type(schema: dict) -> str:
    if "anyOf" in schema:
        return " or ".join(_expected_type(s) for s in schema["anyOf"])
    if "$ref" in schema:
        return "a " + schema["$ref"].rsplit("/", 1)[-1]
    if schema.get("format") == "date":
        return "a date (YYYY-MM-DD)"
    kind = schema.get("type", "a value")
    names = {"object": "a mapping", "array": "a list", "string": "text", "integer": "a whole number",
             "boolean": "true or false", "null": "null"}
    kinds = kind if isinstance(kind, list) else [kind]
    return " or ".join(names.get(k, k) for k in kinds)


def _aside(hint: str) -> str:
    """A suggestion in the middle of a message: ": did you mean 'x'?" as " (did you mean 'x'?)"."""
    return f" ({hint[2:]})" if hint else ""


def suggest(name: str, known) -> str:
    close = difflib.get_close_matches(str(name), [str(k) for k in known], n=1, cutoff=0.6)
    return f": did you mean '{close[0]}'?" if close else ""


# ---- pass 2: the files against each other, before merging -------------------------------

def _per_document(kind: str, doc: Document, work):
    """`work(doc)`, once per parsed document: the store hands back the same object while the
    file is unchanged, so a long-lived process redoes only the files that changed."""
    hit = cache.lookup(kind, doc.path, id(doc))
    if hit is None or hit[0] is not doc:
        hit = (doc, work(doc))
        cache.store(kind, doc.path, id(doc), hit)
    return hit[1]


def check_documents(docs: ContentDocs) -> list[Problem]:
    """Checks across files that merging relies on; call after every file passed its schema."""
    problems = _check_file_names(docs)
    problems += _check_duplicate_statement_ids(docs)
    problems += check_review_items(docs)
    problems += _check_duplicate_speakers(docs)
    return problems


def _where(item, key: str) -> tuple[int, int]:
    return item.position(key) if hasattr(item, "position") else (1, 1)


def _check_file_names(docs: ContentDocs) -> list[Problem]:
    """A statements or reviews file names its article, which must be the file's own name."""
    problems = []
    for doc in docs.statements + docs.reviews:
        problems += _per_document("check-article-name", doc, _article_name_problems)
    for doc in docs.statements:
        problems += _per_document("check-source-name", doc, _source_name_problems)
    return problems


def _article_name_problems(doc: Document) -> list[Problem]:
    stem, article = Path(doc.path).stem, doc.data.get("article")
    if article != stem:
        return [Problem(doc.path, *_where(doc.data, "article"), "article",
                        f"'{article}' does not match the file name; expected '{stem}'")]
    return []


def _source_name_problems(doc: Document) -> list[Problem]:
    source, article = doc.data.get("source"), doc.data.get("article")
    name = Path(source).name if isinstance(source, str) else ""
    if article == Path(doc.path).stem and name and name != f"{article}.txt":
        return [Problem(doc.path, *_where(doc.data, "source"), "source",
                        f"'{source}' is not the text of article '{article}'; "
                        f"expected a path ending in {article}.txt")]
    return []


def _check_duplicate_statement_ids(docs: ContentDocs) -> list[Problem]:
    problems, seen = [], {}
    for doc in docs.statements:
        for item_id, where in _per_document("statement-ids", doc, _statement_ids):
            first = seen.setdefault(item_id, where)
            if first != where:
                problems.append(Problem(*where, "id", f"duplicate id '{item_id}', also at "
                                        f"{':'.join(map(str, first))}; every statement needs its own id"))
    return problems


def _statement_ids(doc: Document) -> list[tuple[str, tuple]]:
    return [(item["id"], (doc.path, *_where(item, "id"))) for item in doc.data.get("statements") or []]


def check_review_items(docs: ContentDocs) -> list[Problem]:
    """Each correction names a statement of its article, or is a whole new statement.

    A correction whose id matches no machine statement is taken as a statement added by
    hand, which needs at least `text` and `speaker`; without them it is most likely a
    mistyped id, so suggest the nearest one.
    """
    machine_ids: dict[str, list[str]] = {}
    for doc in docs.statements:
        if isinstance(doc.data, dict):
            machine_ids.setdefault(doc.data.get("article"), []).extend(
                _per_document("machine-ids", doc, lambda d: [
                    item["id"] for item in d.data.get("statements") or [] if isinstance(item, dict)]))
    problems = []
    for doc in docs.reviews:
        if not isinstance(doc.data, dict):
            continue
        if doc.data.get("article") not in machine_ids:
            continue  # a review of an article with no statements file is reported on its own
        known = machine_ids[doc.data.get("article")]
        seen: dict[str, tuple[int, int]] = {}
        for item in doc.data.get("statements") or []:
            if not isinstance(item, dict) or "id" not in item:
                continue  # the schema check reports these
            item_id = item["id"]
            line, column = _where(item, "id")
            if item_id in seen:
                problems.append(Problem(doc.path, line, column, "id",
                                        f"a second correction for '{item_id}' (the first is at line "
                                        f"{seen[item_id][0]}); put all changes to a statement in one entry"))
                continue
            seen[item_id] = (line, column)
            if item_id in known:
                continue
            missing = [name for name in ADDED_STATEMENT_NEEDS if not item.get(name)]
            if missing:
                problems.append(Problem(
                    doc.path, line, column, "id",
                    f"no statement of article '{doc.data.get('article')}' has id '{item_id}'"
                    f"{_aside(suggest(item_id, known))}; to add a new statement instead, give at least "
                    f"{' and '.join(ADDED_STATEMENT_NEEDS)} (missing: {', '.join(missing)})"))
    return problems


def _check_duplicate_speakers(docs: ContentDocs) -> list[Problem]:
    problems = []
    for doc in (docs.registry, docs.found):
        if doc is None or not isinstance(doc.data, dict):
            continue
        seen: dict[str, int] = {}
        for item in doc.data.get("speakers") or []:
            line, column = _where(item, "id")
            if item["id"] in seen:
                problems.append(Problem(doc.path, line, column, "id",
                                        f"speaker '{item['id']}' is listed twice (also at line "
                                        f"{seen[item['id']]}); merge the two entries"))
            seen.setdefault(item["id"], line)
    return problems


# ---- pass 3: the merged records ---------------------------------------------------------

def check_corpus(corpus) -> list[Problem]:
    """Cross-file checks on merged records; each problem points where the value was written."""
    problems: list[Problem] = []
    all_ids = {s.id for s in corpus.statements}
    topic_ids = [t.id for t in getattr(corpus, "topics", ()) or ()]
    memo = cache.table("record-checks")
    for record in corpus.statements:
        found: list[tuple[str, str]] = []
        report = lambda field, message: found.append((field, message))  # noqa: E731
        if record.speaker not in corpus.speakers:
            report("speaker", _unknown_speaker(record.speaker, corpus.speakers))
        for target in record.responds_to:
            if target not in all_ids:
                hint = suggest(target, all_ids) or "; expected the id of another statement"
                report("responds_to", f"no statement has id '{target}'{hint}")
        for former in record.former_ids:
            if former in all_ids:   # two anchors of one name on a page: a link could land on either
                report("former_ids", f"'{former}' is the id of a statement still published; remove it here")
        for topic in record.topics if topic_ids else ():
            if topic not in topic_ids:
                hint = suggest(topic, topic_ids) or f"; expected one of {', '.join(topic_ids)} (content/topics.yaml)"
                report("topics", f"unknown topic '{topic}'{hint}")
        article = corpus.articles.get(record.article)
        if article is not None:
            # text and dates depend on the record and its article alone: checked once per pair
            hit = memo.get(record.id)
            if hit is None or hit[0] is not record or hit[1] is not article:
                own: list[tuple[str, str]] = []
                _check_text(record, article.text, lambda f, m: own.append((f, m)))
                _check_dates(record, article.published, lambda f, m: own.append((f, m)))
                hit = memo[record.id] = (record, article, own)
            found += hit[2]
        if found:
            origin = corpus.origins.get(record.id, {})
            for field, message in found:
                file, line, column = (origin.get(field) or origin.get("id")
                                      or (f"content/articles/{record.article}.yaml", 1, 1))
                problems.append(Problem(file, line, column, field, message))
    return problems


def _unknown_speaker(speaker: str, known) -> str:
    hint = suggest(speaker, known)
    if hint:
        return f"unknown speaker '{speaker}'{hint}"
    return (f"unknown speaker '{speaker}'; expected a speaker id from content/speakers.yaml "
            "or content/speakers-found.yaml (add the speaker to content/speakers.yaml)")


def _check_text(record, text: str, report) -> None:
    if record.mention is not None and text[record.mention.start:record.mention.end] != record.mention.text:
        report("mention", f"'{record.mention.text}' is not at {record.mention.start}-{record.mention.end} "
                          "in the article; fix the mention's start and end")
    if text[record.start:record.end] == record.text:
        return
    found = text.find(record.text)
    if found >= 0:
        report("start", f"the text is at {found}-{found + len(record.text)}, not "
                        f"{record.start}-{record.end}; expected start: {found} and end: "
                        f"{found + len(record.text)}")
    else:
        report("text", "this text is not in the article; copy it exactly from the article "
                       "(same spelling, punctuation and quotation marks)")


def _check_dates(record, published: date | None, report) -> None:
    low, high = record.date_range
    precision = record.date_precision
    if low > high:
        report("date_range", f"the range starts after it ends ({low} > {high}); expected [first day, last day]")
    else:
        if not low <= record.date <= high:
            report("date", f"{record.date} is outside its date_range [{low}, {high}]; "
                           "expected a date inside the range")
        days = (high - low).days + 1
        limit = MAX_RANGE_DAYS.get(precision)
        if limit is not None and days > limit:
            wider = next((p for p, n in MAX_RANGE_DAYS.items() if n >= days and p != "reported"), None)
            hint = f"; use date_precision: {wider} or narrow the range" if wider else "; narrow the range"
            span = "one day" if limit == 1 else f"at most {limit} days"
            report("date_range", f"precision '{precision}' allows {span}, but [{low}, {high}] "
                                 f"spans {days} days{hint}")
    if published is not None:
        if record.date > published:
            report("date", f"{record.date} is after the article was published ({published}); "
                           f"expected {published} or earlier")
        elif low <= high and low > published:
            report("date_range", f"the range starts after the article was published ({published}); "
                                 f"expected a first day on or before {published}")
