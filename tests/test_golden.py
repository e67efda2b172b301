"""Rendered Markdown for the seed articles equals the reviewed golden pages.

On a failure, look at the diff; if the change is intended, run `make golden`.
"""
import pytest

from .golden import GOLDEN, rendered_pages


@pytest.fixture(scope="module")
def pages():
    return rendered_pages()


def test_same_set_of_pages(pages):
    golden = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md"))
    assert sorted(pages) == golden, "pages added or removed: run `make golden` if intended"


def test_every_page_matches(pages):
    different = [name for name, text in sorted(pages.items())
                 if not (GOLDEN / name).exists() or (GOLDEN / name).read_text(encoding="utf-8") != text]
    assert different == [], f"pages differ from tests/golden/: {different[:5]} (run `make golden` if intended)"
