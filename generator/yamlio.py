"""YAML in and out: mappings that remember where each key stood, and stable output.

Positions let `check` point a contributor at `file:line:column`; the dumper writes
keys in model order with fixed style so the same records give the same bytes.
"""
from __future__ import annotations

from datetime import date

import yaml

from .errors import InputError, Problem

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class LocatedDict(dict):
    """A dict that knows the (line, column) of itself and of each of its keys (1-based)."""

    line = 1
    column = 1
    key_positions: dict

    def position(self, key) -> tuple[int, int]:
        return self.key_positions.get(key, (self.line, self.column))


class LocatedList(list):
    line = 1
    column = 1


class _LocatingLoader(_BaseLoader):
    pass


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    mapping = LocatedDict()
    mapping.line, mapping.column = node.start_mark.line + 1, node.start_mark.column + 1
    mapping.key_positions = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool, date)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "mapping keys must be plain text", key_node.start_mark)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}; each key may appear once", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_positions[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    return mapping


def _construct_sequence(loader, node):
    items = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    items.line, items.column = node.start_mark.line + 1, node.start_mark.column + 1
    return items


def _construct_timestamp(loader, node):
    # An impossible date such as 2024-02-30 is a ValueError in PyYAML; make it a located error.
    try:
        return _BaseLoader.construct_yaml_timestamp(loader, node)
    except ValueError as err:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a real date ({err}); expected YYYY-MM-DD", node.start_mark)


_LocatingLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_LocatingLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LocatingLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(text: str, filename: str):
    """Parse YAML text; a syntax error becomes an InputError naming the file and line."""
    try:
        return yaml.load(text, Loader=_LocatingLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise InputError([Problem(filename, line, column, "", f"YAML syntax error: {err.problem}")])
    except yaml.YAMLError as err:
        raise InputError([Problem(filename, 1, 1, "", f"YAML error: {err}")])


def decode_utf8(data: bytes, filename: str) -> str:
    """Bytes to text, or an InputError pointing at the first byte that is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise InputError([Problem(filename, line, column, "", "file is not UTF-8 text; save it as UTF-8")])


class _StableDumper(_BaseDumper):
    def ignore_aliases(self, data) -> bool:
        # Anchors like &id001 for repeated dates would puzzle contributors editing by hand.
        return True


def _represent_str(dumper, value: str):
    # Multi-line text reads best as a literal block; everything else stays plain or quoted.
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_tuple(dumper, value: tuple):
    # Short fixed pairs such as a date range read best on one line.
    return dumper.represent_sequence("tag:yaml.org,2002:seq", list(value), flow_style=True)


_StableDumper.add_representer(str, _represent_str)
_StableDumper.add_representer(tuple, _represent_tuple)


def dump_yaml(data, header: str = "") -> str:
    body = yaml.dump(data, Dumper=_StableDumper, sort_keys=False, allow_unicode=True,
                     width=100, default_flow_style=False)
    return header + body
