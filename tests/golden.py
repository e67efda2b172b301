"""Golden pages: the Markdown rendered from the committed content/, kept in tests/golden/.

Regenerate after an intended change to rendering or content with:

    make golden        (or: .venv/bin/python -m tests.golden)

then review the diff of tests/golden/ like any other change.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from generator import pipeline
from generator.render import render_site

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
# Fixed settings so golden pages do not change when a fork edits mkdocs.yml.
GOLDEN_SETTINGS = {"repo_url": "https://github.com/parley-project/parley", "edit_branch": "main"}


def rendered_pages() -> dict[str, str]:
    """The Markdown pages (charts, feeds and data downloads have tests of their own)."""
    pages = render_site(pipeline.load_valid_corpus(ROOT / "content"), GOLDEN_SETTINGS)
    return {name: text for name, text in pages.items() if name.endswith(".md")}


def main() -> int:
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for name, text in rendered_pages().items():
        path = GOLDEN / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(list(GOLDEN.rglob('*.md')))} golden pages to {GOLDEN.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
