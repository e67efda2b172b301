"""A render after an edit, in the same process (as `parley serve` runs it), writes the same
bytes as a clean render, and rewrites only the pages that show the edited statement."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from generator import cache, pipeline

ROOT = Path(__file__).resolve().parent.parent


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _content_copy(tmp_path: Path) -> Path:
    """content/ copied, its articles' source paths pointed back at the repository's seeds."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for doc in (content / "articles").glob("*.yaml"):
        text = doc.read_text(encoding="utf-8")
        source = re.search(r"^source: (.+)$", text, re.M).group(1).strip().strip('"')
        target = ((ROOT / "content" / "articles") / source).resolve()
        doc.write_text(text.replace(source, str(target)), encoding="utf-8")
    return content


def correct_and_compare(tmp_path: Path, content: Path, record, fields: str) -> list[str]:
    """Render content/, add a correction of `record` to its review file, render again in the
    same process, and check the pages are a clean render's; returns the files the edit changed."""
    docs = tmp_path / "docs"
    cache.clear()
    pipeline.render(content, docs, {})
    _add_correction(content / "reviews" / f"{record.article}.yaml", f"  - id: {record.id}\n{fields}")
    changed = pipeline.render(content, docs, {})
    cache.clear()
    pipeline.render(content, tmp_path / "clean", {})
    assert tree(docs) == tree(tmp_path / "clean")
    return [p.relative_to(docs).as_posix() for p in changed]


def test_incremental_render_equals_clean_render(tmp_path):
    content = _content_copy(tmp_path)
    record = pipeline.load_valid_corpus(content).published()[0]
    names = correct_and_compare(tmp_path, content, record, "    note: An incremental note.\n")
    shown = {name for name, data in tree(tmp_path / "docs").items() if record.id.encode() in data}
    assert names and set(names) <= shown | {"data/statements.json", "data/statements.csv"}


def _add_correction(review: Path, item: str) -> None:
    text = review.read_text(encoding="utf-8")
    if re.search(r"^statements:[ \t]*\n(?=[ \t]*[-#])", text, re.M):  # a list with items: ours first
        text = re.sub(r"^statements:[ \t]*\n", lambda m: m.group(0) + item, text, count=1, flags=re.M)
    else:
        text = re.sub(r"^statements:.*\n?", "", text, flags=re.M).rstrip("\n") + "\nstatements:\n" + item
    review.write_text(text, encoding="utf-8")


def test_a_series_of_edits_renders_as_clean_renders_do(tmp_path):
    """Notes, a date that moves a statement to another month, a new speaker, a rejection, on
    the newest statements (the feeds') and others: after each, the pages rendered in the same
    process are the bytes of a clean render."""
    content = _content_copy(tmp_path)
    docs = tmp_path / "docs"
    cache.clear()
    pipeline.render(content, docs, {})
    corpus = pipeline.load_valid_corpus(content)
    published = corpus.published()
    newest, oldest, middle = published[-1], published[0], published[len(published) // 2]
    other_speaker = next(s for s in corpus.speakers if s != middle.speaker)
    article = corpus.articles[oldest.article]
    edits = [
        (newest, f"  - id: {newest.id}\n    note: A note on the newest statement.\n"),
        (oldest, f"  - id: {oldest.id}\n    date: {article.published.isoformat()}\n    date_precision: day\n"),
        (middle, f"  - id: {middle.id}\n    speaker: {other_speaker}\n"),
        (published[-2], f"  - id: {published[-2].id}\n    status: rejected\n"),
    ]
    for step, (record, item) in enumerate(edits):
        _add_correction(content / "reviews" / f"{record.article}.yaml", item)
        pipeline.render(content, docs, {})
        saved = {name: dict(table) for name, table in cache._tables.items()}
        cache.clear()
        clean = tmp_path / f"clean-{step}"
        pipeline.render(content, clean, {})
        cache._tables.clear()
        cache._tables.update(saved)
        assert tree(docs) == tree(clean), f"after edit {step}"
