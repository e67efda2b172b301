"""A real `mkdocs build --strict`: every page builds, every link and anchor resolves."""
import os
import subprocess
import sys

import pytest

from . import sitebuild
from .conftest import ROOT, write_content


@pytest.fixture(scope="module")
def built_mini(tmp_path_factory):
    work = tmp_path_factory.mktemp("site")
    content = write_content(work)
    result = sitebuild.build(content, work)
    return work, result


def test_strict_build_passes(built_mini):
    work, result = built_mini
    assert result.returncode == 0, result.stdout + result.stderr
    assert (work / "site" / "index.html").exists()


def test_every_internal_link_and_anchor_resolves(built_mini):
    work, _ = built_mini
    assert sitebuild.broken_links(work / "site") == []


def test_statement_permalink_is_on_its_article_page(built_mini):
    work, _ = built_mini
    html = (work / "site" / "articles" / "ministry-talks" / "index.html").read_text()
    assert 'id="s-' in html and "We are ready to sit down tomorrow" in html


def test_broken_anchor_fails_the_strict_build(tmp_path):
    """The validation settings in mkdocs.yml turn a bad anchor into a failed build."""
    content = write_content(tmp_path)
    result = sitebuild.build(content, tmp_path)
    assert result.returncode == 0
    page = tmp_path / "docs" / "about.md"
    page.write_text(page.read_text() + "\n[bad](index.md#no-such-anchor)\n")
    again = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(tmp_path / "mkdocs.yml")],
                           capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert again.returncode != 0
    assert "no-such-anchor" in again.stdout + again.stderr


def test_repository_content_builds(tmp_path):
    """The committed content/ (the seed articles) builds strictly with no broken link."""
    if not (ROOT / "content" / "articles").exists():
        pytest.fail("content/articles is missing: run `make site` (parley extract) and commit content/")
    result = sitebuild.build(ROOT / "content", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sitebuild.broken_links(tmp_path / "site") == []
