"""YAML in and out: mappings that remember where each key stood, and stable output.

Positions let `check` point a contributor at `file:line:column`; the dumper writes
keys in model order with fixed style so the same records give the same bytes.
"""
from __future__ import annotations

import io
from datetime import date

import yaml
from yaml.events import (MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
                         SequenceStartEvent, StreamEndEvent)
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from . import cache
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
        return _load_fast(text)
    except _NotPlain:
        pass
    try:
        return yaml.load(text, Loader=_LocatingLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise InputError([Problem(filename, line, column, "", f"YAML syntax error: {err.problem}")])
    except yaml.YAMLError as err:
        raise InputError([Problem(filename, 1, 1, "", f"YAML error: {err}")])


# ---- the fast path ------------------------------------------------------------------------
# Content files are plain block YAML: mappings, lists and untagged scalars. For them,
# `_load_fast` builds the same LocatedDicts and LocatedLists, with the same positions (the
# marks of the same events the composer turns into nodes), straight from the C parser's
# events, skipping the node graph and PyYAML's generic constructor. Anything else (anchors,
# aliases, tags, merge keys, duplicate or complex keys, several documents, impossible dates,
# any parse error) raises _NotPlain and goes through `_LocatingLoader` above, which alone
# words errors, so messages and positions stay exactly as they were.

class _NotPlain(Exception):
    pass


_STR_TAG = "tag:yaml.org,2002:str"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_KEY_TYPES = (str, int, float, bool, date)
_NO_KEY = object()


def _plain_scalar(loader, value: str, memo: dict):
    """An untagged plain scalar as the safe loader reads it ("12" -> 12, "2024-03-04" -> a date)."""
    hit = memo.get(value)
    if hit is not None:
        return hit[0]
    tag = loader.resolve(ScalarNode, value, (True, False))
    if tag == _STR_TAG:
        obj = value
    else:
        constructor = _BaseLoader.yaml_constructors.get(tag)
        if constructor is None or tag == _TIMESTAMP_TAG and not _real_date(loader, value):
            raise _NotPlain
        obj = constructor(loader, ScalarNode(tag, value))
    # values are immutable (text, numbers, dates, booleans, null), so one object serves all
    if len(memo) < 200_000:
        memo[value] = (obj,)
    return obj


def _real_date(loader, value: str) -> bool:
    try:
        _BaseLoader.construct_yaml_timestamp(loader, ScalarNode(_TIMESTAMP_TAG, value))
    except ValueError:
        return False
    return True


def _load_fast(text: str):
    loader = _LocatingLoader(text)
    memo = cache.table("yaml-plain-scalars")
    try:
        get = loader.get_event
        get()  # stream start
        if type(get()) is StreamEndEvent:  # else a document start
            return None
        stack: list = []
        root = current = None
        is_map, key = False, _NO_KEY
        while True:
            event = get()
            kind = type(event)
            if kind is ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    raise _NotPlain
                value = event.value
                if event.implicit[0]:
                    hit = memo.get(value)
                    value = hit[0] if hit is not None else _plain_scalar(loader, value, memo)
                if not is_map:
                    if current is None:
                        root = value
                    else:
                        current.append(value)
                elif key is _NO_KEY:
                    if value in current or value == "<<" or not (value is None or isinstance(value, _KEY_TYPES)):
                        raise _NotPlain
                    mark = event.start_mark
                    current.key_positions[value] = (mark.line + 1, mark.column + 1)
                    key = value
                else:
                    current[key] = value
                    key = _NO_KEY
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if event.anchor is not None or event.tag is not None or (is_map and key is _NO_KEY):
                    raise _NotPlain
                if kind is MappingStartEvent:
                    new = LocatedDict()
                    new.key_positions = {}
                else:
                    new = LocatedList()
                mark = event.start_mark
                new.line, new.column = mark.line + 1, mark.column + 1
                if current is None:
                    root = new
                elif is_map:
                    current[key] = new
                else:
                    current.append(new)
                stack.append((current, is_map))
                current, is_map, key = new, kind is MappingStartEvent, _NO_KEY
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                current, is_map = stack.pop()
                key = _NO_KEY  # the value under the key is done
            else:
                break  # the document's end; an alias raises below
        if stack or type(event).__name__ != "DocumentEndEvent" or type(get()) is not StreamEndEvent:
            raise _NotPlain
        return root
    except _NotPlain:
        raise
    except Exception:  # a syntax error or anything odd: the full loader reports it
        raise _NotPlain
    finally:
        loader.dispose()


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
    try:
        body = _dump_fast(data)
    except _NotPlain:
        body = yaml.dump(data, Dumper=_StableDumper, sort_keys=False, allow_unicode=True,
                         width=100, default_flow_style=False)
    return header + body


# The representer's generic dispatch (type lookups along each value's class hierarchy, alias
# bookkeeping) costs as much as emitting. For plain data (dicts, lists, tuples, text, whole
# numbers, booleans, null, dates) `_node` builds the very node tree `_StableDumper`'s
# representers build, and the same C emitter writes it, so the bytes are the same.
_SCALAR_TAGS = {bool: "tag:yaml.org,2002:bool", int: "tag:yaml.org,2002:int",
                type(None): "tag:yaml.org,2002:null", date: "tag:yaml.org,2002:timestamp"}


def _node(value):
    kind = type(value)
    if kind is str:
        return ScalarNode(_STR_TAG, value, style="|" if "\n" in value else None)
    if kind is dict:
        return MappingNode("tag:yaml.org,2002:map", [(_node(k), _node(v)) for k, v in value.items()],
                           flow_style=False)
    if kind is list:
        return SequenceNode("tag:yaml.org,2002:seq", [_node(v) for v in value], flow_style=False)
    if kind is tuple:
        return SequenceNode("tag:yaml.org,2002:seq", [_node(v) for v in value], flow_style=True)
    if kind is bool:
        return ScalarNode(_SCALAR_TAGS[bool], "true" if value else "false")
    if kind is int:
        return ScalarNode(_SCALAR_TAGS[int], str(value))
    if value is None:
        return ScalarNode(_SCALAR_TAGS[type(None)], "null")
    if kind is date:
        return ScalarNode(_SCALAR_TAGS[date], value.isoformat())
    raise _NotPlain  # floats, datetimes, subclasses: the representers decide


def _dump_fast(data) -> str:
    node = _node(data)
    stream = io.StringIO()
    dumper = _StableDumper(stream, allow_unicode=True, width=100, default_flow_style=False, sort_keys=False)
    try:
        dumper.open()
        dumper.serialize(node)
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()
