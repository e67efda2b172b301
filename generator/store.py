"""The edge where files are read: articles, sidecars and content files into memory.

Nothing here interprets records; it turns bytes into located data and problems.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from . import cache
from .articles import parse_article
from .errors import InputError, Problem
from .model import Article
from .yamlio import load_yaml, decode_utf8

ARTICLES_DIR = "articles"
REVIEWS_DIR = "reviews"
SCHEMA_DIR = "schema"
REGISTRY_FILE = "speakers.yaml"
FOUND_FILE = "speakers-found.yaml"
TOPICS_FILE = "topics.yaml"


@dataclass
class Document:
    path: str  # as shown to the user
    data: object  # LocatedDict from yamlio, or None when the file could not be read


@dataclass
class ContentDocs:
    statements: list[Document] = field(default_factory=list)
    reviews: list[Document] = field(default_factory=list)
    registry: Document | None = None
    found: Document | None = None
    topics: Document | None = None
    articles: dict[str, Article] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def display(path: Path) -> str:
    """A path as the user typed it: relative to the working directory when inside it."""
    names = cache.table("display")
    key = (str(path), os.getcwd())
    name = names.get(key)
    if name is None:
        try:
            name = os.path.relpath(path)
        except ValueError:
            name = str(path)
        names[key] = name
    return name


def read_document(path: Path, problems: list[Problem]) -> Document:
    """A content file parsed; unchanged files (same size and mtime) come from the cache."""
    name = display(path)
    stamp = cache.stat_key(path)
    hit = cache.lookup("document", (str(path), name), stamp) if stamp else None
    if hit is not None:
        doc, found = hit
        problems.extend(found)
        return doc
    found: list[Problem] = []
    try:
        doc = Document(name, load_yaml(decode_utf8(path.read_bytes(), name), name))
    except InputError as err:
        found = list(err.problems)
        doc = Document(name, None)
    problems.extend(found)
    if stamp:
        cache.store("document", (str(path), name), stamp, (doc, found))
    return doc


def read_article(text_path: Path) -> Article:
    """An article and its sidecar; raises InputError naming the file and field to fix."""
    stem = text_path.name[: -len(".txt")]
    text = decode_utf8(text_path.read_bytes(), display(text_path))
    sidecar_path = text_path.with_name(f"{stem}.meta.yaml")
    sidecar = None
    if sidecar_path.exists():
        sidecar = load_yaml(decode_utf8(sidecar_path.read_bytes(), display(sidecar_path)),
                            display(sidecar_path))
        if sidecar is not None and not isinstance(sidecar, dict):
            raise InputError([Problem(display(sidecar_path), 1, 1, "",
                                      "expected a mapping of title, publisher, author, url, published")])
    return parse_article(stem, text, sidecar, display(sidecar_path))


def read_articles(articles_dir: Path) -> tuple[list[Article], list[Problem]]:
    articles, problems = [], []
    if not articles_dir.is_dir():
        return [], [Problem(display(articles_dir), 1, 1, "", "no such folder of articles")]
    for text_path in sorted(articles_dir.glob("*.txt")):
        try:
            articles.append(read_article(text_path))
        except InputError as err:
            problems.extend(err.problems)
    return articles, problems


def read_content(content_dir: Path, statements: bool = True) -> ContentDocs:
    """Every content file parsed; `statements=False` leaves out content/articles/ (and the
    article texts they point at), for callers that need only the files people write."""
    docs = ContentDocs()
    for path in sorted((content_dir / ARTICLES_DIR).glob("*.yaml")) if statements else ():
        doc = read_document(path, docs.problems)
        docs.statements.append(doc)
        _read_source(path, doc, docs)
    docs.reviews = [read_document(p, docs.problems)
                    for p in sorted((content_dir / REVIEWS_DIR).glob("*.yaml"))]
    for attribute, name in (("registry", REGISTRY_FILE), ("found", FOUND_FILE), ("topics", TOPICS_FILE)):
        path = content_dir / name
        if path.exists():
            setattr(docs, attribute, read_document(path, docs.problems))
    return docs


def _read_source(path: Path, doc: Document, docs: ContentDocs) -> None:
    """The article a statements file points at, through its relative `source` path."""
    if not isinstance(doc.data, dict) or not isinstance(doc.data.get("source"), str):
        return
    # resolved once per (file, source, working folder) in a long-lived process
    where = (str(path), doc.data["source"], os.getcwd())
    paths = cache.table("source-path").get(where)
    if paths is None:
        text_path = (path.parent / doc.data["source"]).resolve()
        paths = cache.table("source-path")[where] = (text_path, text_path.with_name(text_path.stem + ".meta.yaml"))
    text_path, sidecar_path = paths
    text_stamp = cache.stat_key(text_path)
    if text_stamp is None:
        line, column = doc.data.position("source")
        docs.problems.append(Problem(doc.path, line, column, "source",
                                     f"article text {display(text_path)} not found"))
        return
    try:
        stamp = (text_stamp, cache.stat_key(sidecar_path))
        article = cache.lookup("article", str(text_path), stamp)
        if article is None:
            article = read_article(text_path)
            cache.store("article", str(text_path), stamp, article)
        docs.articles[article.stem] = article
    except InputError as err:
        docs.problems.extend(err.problems)


def source_reference(content_file: Path, text_path: Path) -> str:
    """How a statements file names its article: a path relative to itself."""
    return Path(os.path.relpath(text_path.resolve(), content_file.parent.resolve())).as_posix()
