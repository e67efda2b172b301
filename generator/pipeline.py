"""The Python API: each CLI command is one function here, chaining the stages.

    read articles -> extract statements -> resolve speakers -> resolve dates   (extract.py)
    -> merge with reviewed records -> validate -> render -> write

Files are read in `store.py` and written in `write.py`; everything between is data.
"""
from __future__ import annotations

import functools
import gc
import logging
import os
from dataclasses import replace
from pathlib import Path

from . import cache
from . import render as render_stage
from .annotate import annotate_statement, assign_side, load_topics, propose_responses
from .errors import InputError, Problem
from .merge import (Corpus, Origin, alias_redirects, carry_former_ids, keep_corrected, merge_speakers,
                    merge_statements, redirect_speakers)
from .model import Article, SpeakerRecord, StatementRecord
from .parallel import parallel_map
from .records import speaker_from_data, statement_from_data, statement_to_data, to_data
from .speakers import unify_speakers
from .schema import (SCHEMAS, reviews_file_schema, speakers_file_schema, statements_file_schema,
                     topics_file_schema)
from .store import (ARTICLES_DIR, FOUND_FILE, REGISTRY_FILE, REVIEWS_DIR, SCHEMA_DIR,
                    TOPICS_FILE, ContentDocs, read_articles, read_content, read_document, source_reference)
from .validate import check_corpus, check_documents, validate_document
from .write import write_files
from .yamlio import dump_yaml, load_yaml

log = logging.getLogger("parley")
DEFAULT_TOPICS = Path(__file__).with_name("lexicon") / "default_topics.yaml"

STATEMENTS_HEADER = (
    "# yaml-language-server: $schema=../schema/statements.schema.json\n"
    "# Written by `parley extract`; every run rewrites it. Do not edit: put corrections in\n"
    "# ../reviews/{stem}.yaml, which the tool never overwrites (see CONTRIBUTING.md).\n"
)
REVIEWS_TEMPLATE = (
    "# yaml-language-server: $schema=../schema/reviews.schema.json\n"
    "# Corrections to ../articles/{stem}.yaml, written by people; `parley extract` never changes\n"
    "# this file. Give a statement's id and the fields to change, for example:\n"
    "#   - id: s-0123456789\n"
    "#     speaker: dmitry-peskov\n"
    "#     status: reviewed        # or: rejected (not a statement)\n"
    "#     note: Peskov spoke at his daily briefing.\n"
    "# See CONTRIBUTING.md for more.\n"
    "article: \"{stem}\"\n"
    "statements:\n"
)
FOUND_HEADER = (
    "# yaml-language-server: $schema=schema/speakers.schema.json\n"
    "# Speakers found by `parley extract` that are not in speakers.yaml; every run rewrites it.\n"
    "# To correct one, move it to speakers.yaml (which wins over this file) and edit it there.\n"
)


def without_gc_pauses(func):
    """Run `func` with Python's cyclic garbage collector paused, then restore it.

    Loading and rendering build hundreds of thousands of long-lived, acyclic objects
    (records, located YAML, page text); each allocation burst makes the collector walk all
    of them again, which cost a third of a cold render, and a full pass in the middle of an
    edit's render doubled its time. Reference counting still frees everything as usual;
    the few cycles made on the way (a few hundred objects) wait for the next collection.
    """
    @functools.wraps(func)
    def paused(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()
    return paused


# ---- extract ---------------------------------------------------------------------------

@without_gc_pauses
def extract(articles_dir: Path, content_dir: Path, new_only: bool = False,
            jobs: int | None = None) -> list[Path]:
    """Extract statements from every article into content/; returns the files changed."""
    articles, problems = read_articles(articles_dir)
    if problems:
        raise InputError(problems)
    for article in articles:
        if article.published_from == "dateline":
            log.warning("%s: no 'published' in its sidecar; using the dateline in the text, %s",
                        articles_dir / f"{article.stem}.txt", article.published.isoformat())
    # The statements files are the tool's own output: only those a review corrects are read
    # (for the records to keep), and only for the articles extracted now.
    docs = read_content(content_dir, statements=False)
    statement_files = sorted((content_dir / ARTICLES_DIR).glob("*.yaml"))
    _stop_on_broken_inputs(docs)
    registry, found = _speaker_records(docs)
    if new_only:
        done = {path.stem for path in statement_files}
        articles = [a for a in articles if a.stem not in done]
    topics_text = None if docs.topics else DEFAULT_TOPICS.read_text(encoding="utf-8")
    topics = load_topics(docs.topics.data if docs.topics else load_yaml(topics_text, str(DEFAULT_TOPICS)))
    # A full run depends only on the articles and the registry people keep, so running it
    # twice gives the same files; --new-only also reuses the ids of speakers found before.
    known = registry + found if new_only else registry
    results = unify_speakers(run_extraction(articles, known, topics, jobs), known)
    corrected = _corrected_ids(docs)
    extracting = {a.stem for a in articles}
    # the last run's records of the articles extracted again: corrected ones are kept, and
    # every one hands its id on to the new record of its passage (stable permalinks)
    docs.statements = [read_document(path, []) for path in statement_files if path.stem in extracting]
    previous = _previous_records(docs)
    kept_statements = []
    for article, (statements, _) in zip(articles, results):
        before = previous.get(article.stem, [])
        kept = keep_corrected(statements, before, corrected.get(article.stem, set()))
        kept_statements.append(carry_former_ids(kept, before))
    used = {s.speaker for statements in kept_statements for s in statements}
    files = {}
    for article_texts in parallel_map(functools.partial(_article_files, articles_dir, content_dir),
                                      list(zip(articles, kept_statements)), jobs):
        files.update(article_texts)
    new_speakers = [s for _, speakers in results for s in speakers]
    # A full run rebuilds the found speakers from scratch, so ones no statement uses disappear;
    # a kept corrected record keeps its speaker.
    kept = found if new_only else [s for s in found if s.id in used]
    files[content_dir / FOUND_FILE] = found_speakers_file(kept, new_speakers, registry)
    files.update(schema_files(content_dir))
    if topics_text is not None:
        files[content_dir / TOPICS_FILE] = topics_text
    return write_files(files)


def _previous_records(docs: ContentDocs) -> dict[str, list[StatementRecord]]:
    """The last run's machine records, by article; unreadable items are skipped."""
    out = {}
    for doc in docs.statements:
        if not (isinstance(doc.data, dict) and isinstance(doc.data.get("statements"), list)):
            continue
        stem, records = Path(doc.path).stem, []
        for item in doc.data["statements"]:
            if not isinstance(item, dict):
                continue
            try:
                records.append(statement_from_data(item, stem))
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        out[stem] = records
    return out


def _corrected_ids(docs: ContentDocs) -> dict[str, set[str]]:
    """The statement ids each article's review file names."""
    out: dict[str, set[str]] = {}
    for doc in docs.reviews:
        items = doc.data.get("statements") if isinstance(doc.data, dict) else None
        ids = {i["id"] for i in items or [] if isinstance(i, dict) and isinstance(i.get("id"), str)}
        out.setdefault(Path(doc.path).stem, set()).update(ids)
    return out


def _stop_on_broken_inputs(docs: ContentDocs) -> None:
    """Extraction reads the registry and the topics; a broken one must be fixed first.

    Broken files under content/articles/ do not stop it: extract rewrites those anyway.
    """
    inputs = [d for d in (docs.registry, docs.found, docs.topics) if d is not None]
    problems = [p for p in docs.problems if p.file in {d.path for d in inputs}]
    problems += [p for d in inputs for p in validate_document(d, _schema_for(d, docs))]
    if problems:
        raise InputError(problems)


def _schema_for(doc, docs: ContentDocs) -> dict:
    return topics_file_schema() if doc is docs.topics else speakers_file_schema()


def run_extraction(articles: list[Article], registry: list[SpeakerRecord], topics=(),
                   jobs: int | None = None):
    """`extract_and_annotate` over all articles, on every core."""
    return parallel_map(functools.partial(extract_and_annotate, registry=registry, topics=topics),
                        articles, jobs)


def extract_and_annotate(article: Article, registry: list[SpeakerRecord], topics=()):
    """One article's statements, speakers resolved and dated, then annotated: a pure function."""
    from .extract import extract_article  # the extractor's lexicons load only when needed

    statements, new_speakers = extract_article(article, registry)
    new_speakers = [replace(s, side=assign_side(s)) for s in new_speakers]
    speakers = {s.id: s for s in registry} | {s.id: s for s in new_speakers}
    statements = [annotate_statement(s, topics) for s in statements]
    return propose_responses(statements, speakers, article), new_speakers


def _article_files(articles_dir: Path, content_dir: Path, item) -> dict[Path, str]:
    article, statements = item
    return article_files(article, statements, articles_dir, content_dir)


def article_files(article: Article, statements: list[StatementRecord], articles_dir: Path,
                  content_dir: Path) -> dict[Path, str]:
    statements_path = content_dir / ARTICLES_DIR / f"{article.stem}.yaml"
    data = {"article": article.stem,
            "source": source_reference(statements_path, articles_dir / f"{article.stem}.txt"),
            "statements": [statement_to_data(s) for s in statements]}
    files = {statements_path: dump_yaml(data, STATEMENTS_HEADER.format(stem=article.stem))}
    review_path = content_dir / REVIEWS_DIR / f"{article.stem}.yaml"
    if not review_path.exists():
        files[review_path] = REVIEWS_TEMPLATE.format(stem=article.stem)
    return files


def found_speakers_file(found: list[SpeakerRecord], new: list[SpeakerRecord],
                        registry: list[SpeakerRecord]) -> str:
    """Previously found speakers plus new ones, minus any now kept in the registry."""
    in_registry = {s.id for s in registry}
    merged: dict[str, SpeakerRecord] = {}
    for speaker in found + new:
        if speaker.id in in_registry:
            continue
        if speaker.id in merged:
            merged[speaker.id] = _combine_speakers(merged[speaker.id], speaker)
        else:
            merged[speaker.id] = speaker
    data = {"speakers": [to_data(s) for _, s in sorted(merged.items())]}
    return dump_yaml(data, FOUND_HEADER)


def _combine_speakers(old: SpeakerRecord, new: SpeakerRecord) -> SpeakerRecord:
    aliases = sorted(set(old.aliases) | set(new.aliases))
    roles = old.roles + [r for r in new.roles if r not in old.roles]
    roles.sort(key=lambda r: (str(r.since), r.title, r.seen_in or ""))
    return SpeakerRecord(**{**old.__dict__, "aliases": aliases, "roles": roles})


def schema_files(content_dir: Path) -> dict[Path, str]:
    import json
    return {content_dir / SCHEMA_DIR / name: json.dumps(make(), indent=2, ensure_ascii=False) + "\n"
            for name, make in SCHEMAS.items()}


# ---- load, merge, check -------------------------------------------------------------------

def _speaker_records(docs: ContentDocs) -> tuple[list[SpeakerRecord], list[SpeakerRecord]]:
    def records(doc):
        if doc is None or not isinstance(doc.data, dict):
            return []
        return [speaker_from_data(s) for s in (doc.data.get("speakers") or [])]
    return records(docs.registry), records(docs.found)


def schema_problems(docs: ContentDocs) -> list[Problem]:
    problems = []
    for doc in docs.statements:
        problems += _validated(doc, statements_file_schema)
    for doc in docs.reviews:
        problems += _validated(doc, reviews_file_schema)
    for doc in (docs.registry, docs.found):
        if doc is not None:
            problems += _validated(doc, speakers_file_schema)
    if docs.topics is not None:
        problems += _validated(docs.topics, topics_file_schema)
    return problems


def _validated(doc, make_schema) -> list[Problem]:
    """validate_document, once per parsed document (the store hands back unchanged ones)."""
    key = (id(doc), make_schema.__name__)
    hit = cache.lookup("schema", key, id(doc))
    if hit is None or hit[0] is not doc:
        hit = (doc, validate_document(doc, make_schema()))
        cache.store("schema", key, id(doc), hit)
    return list(hit[1])


@without_gc_pauses
def load_corpus(content_dir: Path) -> tuple[Corpus, list[Problem]]:
    """Read and merge content/; returns the corpus and every problem found on the way."""
    docs = read_content(content_dir)
    problems = docs.problems + schema_problems(docs)
    if not problems:
        problems = check_documents(docs)
    if problems:
        return Corpus(docs.articles, [], {}), problems
    registry, found = _speaker_records(docs)
    reviews = {d.data["article"]: d for d in docs.reviews}
    statements, origins = [], {}
    for doc in docs.statements:
        stem = doc.data["article"]
        article = docs.articles.get(stem)
        if article is None:
            continue
        review_doc = reviews.get(stem)
        # An article whose inputs are the very objects of last time merges the same way.
        inputs = (doc, review_doc, article, docs.registry, docs.found)
        hit = cache.lookup("merged", stem, tuple(map(id, inputs)))
        if hit is None or any(a is not b for a, b in zip(hit[0], inputs)):
            machine = [statement_from_data(s, stem) for s in doc.data["statements"]]
            review_items = list(review_doc.data.get("statements") or []) if review_doc else []
            unit_origins: dict = {}
            _record_origins(unit_origins, doc, review_doc)
            merged = merge_statements(machine, review_items, article)
            last = cache.peek("merged", stem)
            if last is not None:
                # records equal to last time's stay those objects, so render sees as changed
                # only the statements that did change, not every one of the article
                before = {r.id: r for r in last[1]}
                merged = [before[r.id] if before.get(r.id) == r else r for r in merged]
            hit = (inputs, merged, unit_origins)
            cache.store("merged", stem, tuple(map(id, inputs)), hit)
        statements += hit[1]
        for key, where in hit[2].items():
            if key in origins:
                origins[key].sources.extend(where.sources)
            else:
                origins[key] = Origin(where.sources)
    problems += _orphan_reviews(docs, statements)
    redirect_speakers(statements, alias_redirects(registry))
    topics = load_topics(docs.topics.data if docs.topics else None)
    corpus = Corpus(docs.articles, statements, merge_speakers(found, registry), origins, topics)
    return corpus, problems + check_corpus(corpus)


def _record_origins(origins: dict, doc, review_doc) -> None:
    for item in doc.data["statements"]:
        origins[item["id"]] = Origin([(doc.path, item)])
    if review_doc is not None:
        for item in review_doc.data.get("statements") or []:
            origins.setdefault(item["id"], Origin()).sources.append((review_doc.path, item))


def _orphan_reviews(docs: ContentDocs, statements: list[StatementRecord]) -> list[Problem]:
    """Reviews naming an article with no statements file."""
    known = {d.data["article"] for d in docs.statements}
    return [Problem(d.path, *d.data.position("article"), "article",
                    f"no statements file content/articles/{d.data['article']}.yaml for this review")
            for d in docs.reviews if d.data["article"] not in known]


def check(content_dir: Path) -> list[Problem]:
    return sorted(load_corpus(content_dir)[1])


def load_valid_corpus(content_dir: Path) -> Corpus:
    corpus, problems = load_corpus(content_dir)
    if problems:
        raise InputError(problems)
    return corpus


# ---- render, export ---------------------------------------------------------------------

@without_gc_pauses
def render(content_dir: Path, docs_dir: Path, settings: dict | None = None,
           jobs: int | None = None) -> list[Path]:
    """Write the site's Markdown pages for content/ into docs_dir; returns the files changed.
    A cold render makes its pages on `jobs` workers (default: every core)."""
    corpus = load_valid_corpus(content_dir)
    key = (str(content_dir.resolve()), str(docs_dir.resolve()))
    previous = cache.lookup("render", key, key)
    pages, state = render_stage.render_site_incremental(corpus, settings or {}, previous and previous[0], jobs)
    # A file this process wrote last time, with the same text now and the same size and
    # mtime on disk, is not read back to compare. (name -> (path, text, stat) of last time)
    written = previous[1] if previous else {}
    stale = [docs_dir / name for name in _files_under(docs_dir) if name not in pages]
    pending, stamps = {}, {}
    for name, text in pages.items():
        last = written.get(name)
        path = last[0] if last is not None else docs_dir / name
        stamp = cache.stat_key(path) if last is not None else None
        if last is None or last[1] is not text or last[2] != stamp:
            pending[path] = text
        stamps[name] = (path, text, stamp)
    changed = write_files(pending, remove=stale)
    for name, (path, text, stamp) in stamps.items():
        if path in pending or stamp is None:
            stamps[name] = (path, text, cache.stat_key(path))
    cache.store("render", key, key, (state, stamps))
    return changed


def _files_under(folder: Path) -> list[str]:
    """Every file below `folder`, as a relative POSIX name (os.walk: no Path per file)."""
    names = []
    for here, _, files in os.walk(folder):
        base = os.path.relpath(here, folder).replace(os.sep, "/")
        prefix = "" if base == "." else base + "/"
        names.extend(prefix + name for name in files)
    return names


def serve(content_dir: Path, docs_dir: Path, config: Path, settings: dict, dev_addr: str,
          full: bool = False) -> int:
    """Preview the site, re-rendering whenever content/ or an article sidecar changes."""
    from .serve import serve as run_server
    watched = [content_dir, *_article_folders(content_dir)]
    return run_server(lambda: render(content_dir, docs_dir, settings), watched, config, dev_addr, full)


def _article_folders(content_dir: Path) -> list[Path]:
    folders = set()
    for doc in read_content(content_dir).statements:
        if isinstance(doc.data, dict) and isinstance(doc.data.get("source"), str):
            folders.add((Path(doc.path).parent / doc.data["source"]).resolve().parent)
    return sorted(folders)


def export(content_dir: Path, fmt: str) -> str:
    from .export import export_csv, export_json
    corpus = load_valid_corpus(content_dir)
    return export_json(corpus) if fmt == "json" else export_csv(corpus)
