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


def test_incremental_render_equals_clean_render(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for doc in (content / "articles").glob("*.yaml"):  # keep the articles reachable from the copy
        text = doc.read_text(encoding="utf-8")
        source = re.search(r"^source: (.+)$", text, re.M).group(1).strip().strip('"')
        target = ((ROOT / "content" / "articles") / source).resolve()
        doc.write_text(text.replace(source, str(target)), encoding="utf-8")
    docs = tmp_path / "docs"
    cache.clear()
    pipeline.render(content, docs, {})
    corpus = pipeline.load_valid_corpus(content)
    record = corpus.published()[0]
    review = content / "reviews" / f"{record.article}.yaml"
    text = review.read_text(encoding="utf-8")
    item = f"  - id: {record.id}\n    note: An incremental note.\n"
    if re.search(r"^statements:[ \t]*\n(?=[ \t]*[-#])", text, re.M):  # a list with items: ours first
        text = re.sub(r"^statements:[ \t]*\n", lambda m: m.group(0) + item, text, count=1, flags=re.M)
    else:
        text = re.sub(r"^statements:.*\n?", "", text, flags=re.M).rstrip("\n") + "\nstatements:\n" + item
    review.write_text(text, encoding="utf-8")
    changed = pipeline.render(content, docs, {})
    shown = {name for name, data in tree(docs).items() if record.id.encode() in data}
    names = {p.relative_to(docs).as_posix() for p in changed}
    assert names and names <= shown | {"data/statements.json", "data/statements.csv"}
    cache.clear()
    pipeline.render(content, tmp_path / "clean", {})
    assert tree(docs) == tree(tmp_path / "clean")
