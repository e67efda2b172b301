"""What a long-lived process (`parley serve`, a benchmark) keeps between renders.

Content files are read, parsed and schema-checked again only when their size or
modification time changed; an article's merged records are rebuilt only when one of its
files changed; render re-renders only the pages whose statements changed (`render.py`
decides which, from the state it returned last time). Everything is keyed by file
identity, so a render from this cache writes the same bytes as a clean one
(tests/test_incremental.py checks it).
"""
from __future__ import annotations

import os

# path -> ((size, mtime_ns), value); one table per kind of value
_tables: dict[str, dict] = {}


def stat_key(path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def lookup(table: str, key, stamp):
    hit = _tables.get(table, {}).get(key)
    return hit[1] if hit is not None and hit[0] == stamp else None


def peek(table: str, key):
    """The value stored under `key`, whatever its stamp (None when there is none)."""
    hit = _tables.get(table, {}).get(key)
    return hit[1] if hit is not None else None


def store(table: str, key, stamp, value) -> None:
    _tables.setdefault(table, {})[key] = (stamp, value)


def table(name: str) -> dict:
    """A table a module fills itself (memos keyed by value rather than by file)."""
    return _tables.setdefault(name, {})


def clear() -> None:
    _tables.clear()
