"""Build a real MkDocs site from a content folder into a temporary folder, and crawl it."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from generator import pipeline
from generator.cli import site_settings
from generator.linkcheck import broken_links  # noqa: F401  (tests call sitebuild.broken_links)

ROOT = Path(__file__).resolve().parent.parent


def build(content: Path, work: Path) -> subprocess.CompletedProcess:
    """Render content into work/docs and run `mkdocs build --strict` into work/site."""
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", work / "overrides", dirs_exist_ok=True)
    pipeline.render(content, work / "docs", site_settings(ROOT / "mkdocs.yml"))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(work / "mkdocs.yml")],
                          capture_output=True, text=True, env=env, cwd=work)


def visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)
