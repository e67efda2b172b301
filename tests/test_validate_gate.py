"""The fast schema gate (fastjsonschema) never passes a file that jsonschema would reject.

`validate_document` trusts the gate's "valid" and skips jsonschema, so a gate laxer than
jsonschema would hide problems. These tests mutate valid files at random (hypothesis) and
check the two agree whenever the gate says "valid".
"""
from __future__ import annotations

import copy
from datetime import date

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.schema import reviews_file_schema, speakers_file_schema, statements_file_schema
from generator.store import read_document
from generator.validate import _as_json, _passes_fast_check, _Validator

from .conftest import FIXTURES

CLEAN = FIXTURES / "clean"


def load(path):
    return _as_json(read_document(path, []).data)


def jsonschema_errors(instance, schema) -> list:
    return list(_Validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(instance))


CASES = [
    (load(next((CLEAN / "articles").glob("*.yaml"))), statements_file_schema()),
    (load(CLEAN / "speakers.yaml"), speakers_file_schema()),
]

values = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=False),
    st.text(max_size=12), st.sampled_from(["2024-02-31", "2024-02-29", "24-1-1", "machine", "day", "Bad Id", "-x"]),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 1, 1)).map(lambda d: _as_json(d)),
    st.lists(st.integers(0, 3), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, prefix + (index,))


def mutated(instance, path, value, delete):
    out = copy.deepcopy(instance)
    if not path:
        return value
    parent = out
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return out


@settings(max_examples=400, deadline=None)
@given(case=st.sampled_from(range(len(CASES))), pick=st.integers(0, 10**6), value=values,
       delete=st.booleans())
def test_the_gate_passes_nothing_jsonschema_rejects(case, pick, value, delete):
    instance, schema = CASES[case]
    all_paths = list(paths(instance))
    path = all_paths[pick % len(all_paths)]
    candidate = mutated(instance, path, value, delete and bool(path))
    if _passes_fast_check(candidate, schema):
        assert jsonschema_errors(candidate, schema) == [], (path, value)


def test_valid_files_pass_the_gate():
    for instance, schema in CASES:
        assert _passes_fast_check(instance, schema)


def test_a_date_in_a_text_field_or_an_impossible_date_takes_the_slow_path():
    instance, schema = CASES[0]
    first = instance["statements"][0]
    for field, value in (("text", _as_json(date(2024, 1, 1))), ("date", "2024-02-31")):
        candidate = mutated(instance, ("statements", 0, field), value, False)
        assert not _passes_fast_check(candidate, schema)
        assert jsonschema_errors(candidate, schema)
    assert first  # the fixture has statements to mutate


def test_reviews_schema_compiles_for_the_gate():
    assert _passes_fast_check({"article": "a", "statements": []}, reviews_file_schema())
