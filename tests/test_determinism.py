"""The same inputs give the same bytes, and writing never half-replaces the old files.

Reviewers read diffs of content/ and of the site: a run that changes nothing must
show no change at all, whatever the order files were listed in or the number of cores.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import pipeline, write
from generator.cli import main, site_settings

from .conftest import FIXTURES, ROOT

SEEDS = ROOT / "seeds"
CLEAN = FIXTURES / "clean"


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_same_tree(a: Path, b: Path) -> None:
    one, two = tree_bytes(a), tree_bytes(b)
    assert sorted(one) == sorted(two)
    different = [name for name in one if one[name] != two[name]]
    assert different == [], f"files differ between two runs: {different}"


def test_render_twice_gives_identical_pages(tmp_path):
    settings = site_settings(ROOT / "mkdocs.yml")
    first = pipeline.render(CLEAN, tmp_path / "a", settings)
    second = pipeline.render(CLEAN, tmp_path / "b", settings)
    assert first and len(first) == len(second)
    assert_same_tree(tmp_path / "a", tmp_path / "b")
    # Rendering again over the same folder changes nothing.
    assert pipeline.render(CLEAN, tmp_path / "a", settings) == []



def _copy_seeds(target: Path, copies: int = 1) -> Path:
    """The seed articles, optionally several times under new names (enough for worker processes)."""
    target.mkdir(parents=True)
    for number in range(copies):
        for path in sorted(SEEDS.iterdir()):
            name = path.name if number == 0 else f"copy{number}-{path.name}"
            shutil.copy(path, target / name)
    return target


def test_extract_twice_gives_identical_content(tmp_path, capsys):
    seeds = _copy_seeds(tmp_path / "seeds")
    for name in ("one", "two"):
        assert main(["extract", str(seeds), "--content", str(tmp_path / name / "content"), "--jobs", "1"]) == 0
    assert_same_tree(tmp_path / "one" / "content", tmp_path / "two" / "content")


def test_extract_again_over_its_own_output_changes_nothing(tmp_path):
    seeds = _copy_seeds(tmp_path / "seeds")
    content = tmp_path / "content"
    pipeline.extract(seeds, content, jobs=1)
    assert pipeline.extract(seeds, content, jobs=1) == []


def test_extract_is_the_same_on_one_core_or_several(tmp_path):
    seeds = _copy_seeds(tmp_path / "seeds", copies=2)  # 10 articles: enough for the process pool
    pipeline.extract(seeds, tmp_path / "one" / "content", jobs=1)
    pipeline.extract(seeds, tmp_path / "two" / "content", jobs=2)
    assert_same_tree(tmp_path / "one" / "content", tmp_path / "two" / "content")


def test_render_is_the_same_on_one_core_or_several(tmp_path, monkeypatch):
    from generator import render as render_stage
    monkeypatch.setattr(render_stage, "PARALLEL_MIN_PAGES", 1)  # the seed site is small
    corpus = pipeline.load_valid_corpus(CLEAN)
    settings = site_settings(ROOT / "mkdocs.yml")
    serial, serial_state = render_stage.render_site_incremental(corpus, settings, None, jobs=1)
    parallel, parallel_state = render_stage.render_site_incremental(corpus, settings, None, jobs=2)
    assert list(parallel) == list(serial) and parallel == serial
    assert parallel_state.deps == serial_state.deps  # what an edit's render relies on


def test_parallel_map_keeps_order_and_raises_a_workers_error():
    from generator.parallel import parallel_map
    items = list(range(50))
    assert parallel_map(lambda n: n * n, items, jobs=2) == [n * n for n in items]

    def fails_on_seven(n):
        if n == 7:
            raise ValueError("item 7")
        return n
    with pytest.raises(ValueError, match="item 7"):
        parallel_map(fails_on_seven, items, jobs=2)


def test_where_it_cannot_fork_a_picklable_map_spawns_and_a_closure_runs_serially(monkeypatch):
    from generator import parallel
    from generator.model import slugify
    monkeypatch.setattr(parallel.sys, "platform", "darwin")
    names = [f"Speaker Number {n}" for n in range(20)]
    assert parallel.parallel_map(slugify, names, jobs=2) == [slugify(n) for n in names]
    seen = []
    assert parallel.parallel_map(lambda n: seen.append(n) or n, names, jobs=2) == names
    assert seen == names  # ran here, in order: a closure does not pickle


def test_extracted_content_renders_identically_twice(tmp_path):
    seeds = _copy_seeds(tmp_path / "seeds")
    content = tmp_path / "content"
    pipeline.extract(seeds, content, jobs=1)
    settings = site_settings(ROOT / "mkdocs.yml")
    pipeline.render(content, tmp_path / "a", settings)
    pipeline.render(content, tmp_path / "b", settings)
    assert_same_tree(tmp_path / "a", tmp_path / "b")


# ---- write_files: unchanged files untouched, all-or-nothing ------------------------------

OLD_TIME = 1_000_000_000  # 2001: any mtime a fresh write could not give


def test_unchanged_files_keep_their_modification_time(tmp_path):
    same, changed = tmp_path / "same.md", tmp_path / "sub" / "changed.md"
    write.write_files({same: "unchanged\n", changed: "old\n"})
    for path in (same, changed):
        os.utime(path, (OLD_TIME, OLD_TIME))
    written = write.write_files({same: "unchanged\n", changed: "new\n"})
    assert written == [changed]
    assert same.stat().st_mtime == OLD_TIME
    assert changed.stat().st_mtime != OLD_TIME and changed.read_text() == "new\n"


def test_failure_while_staging_leaves_old_files_intact(tmp_path, monkeypatch):
    a, b, c = tmp_path / "a.md", tmp_path / "b.md", tmp_path / "c.md"
    write.write_files({a: "old a\n", b: "old b\n", c: "old c\n"})
    real_mkstemp = write.tempfile.mkstemp
    calls = []

    def failing_mkstemp(*args, **kwargs):
        calls.append(kwargs.get("prefix"))
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(write.tempfile, "mkstemp", failing_mkstemp)
    with pytest.raises(OSError):
        write.write_files({a: "new a\n", b: "new b\n", c: "new c\n"}, remove=[c])
    assert len(calls) == 2
    assert [p.read_text() for p in (a, b, c)] == ["old a\n", "old b\n", "old c\n"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md", "c.md"], "a staged file was left behind"


def _interrupted_write(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """Write a.md and b.md, then interrupt a second write while b.md's new bytes are staged."""
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    write.write_files({a: "old a\n", b: "old b\n"})
    real_fdopen = write.os.fdopen
    opened = []

    def failing_fdopen(fd, *args, **kwargs):
        opened.append(fd)
        if len(opened) == 2:
            os.close(fd)
            raise KeyboardInterrupt  # even an interrupt must not leave half the files replaced
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(write.os, "fdopen", failing_fdopen)
    with pytest.raises(KeyboardInterrupt):
        write.write_files({a: "new a\n", b: "new b\n"})
    return a, b


def test_failure_while_writing_a_staged_file_leaves_old_files_intact(tmp_path, monkeypatch):
    a, b = _interrupted_write(tmp_path, monkeypatch)
    assert (a.read_text(), b.read_text()) == ("old a\n", "old b\n")


def test_failure_while_writing_leaves_no_temporary_file(tmp_path, monkeypatch):
    _interrupted_write(tmp_path, monkeypatch)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md"]


def test_extraction_does_not_depend_on_the_hash_seed(tmp_path):
    """Python orders sets of text differently in each process (PYTHONHASHSEED): no output may follow
    such an order. Here a first name used alone ("the paradox of Nancy") has two written forms of one
    full name around it."""
    import subprocess
    import sys
    article = tmp_path / "a.txt"
    article.write_text(
        "Headline\n\nIn the end, Nancy Varn will be remembered for her devotion to her husband, protecting him "
        "from any threats. (That comes courtesy of a memoir of his Varn years.)\n\nThe paradox of Nancy, says "
        "Tomas Reyes, historian at the First Ladies Library, is that she was \"one of the most powerful first "
        "ladies,\" not for her policy influence but for her \"personal influence.\"\n\nIt was always Nancy "
        "Marie Varn, the starlet-turned-first lady of Arden.\n", encoding="utf-8")
    code = ("import sys; from datetime import date; from pathlib import Path; "
            "from generator.extract import extract_article; from generator.model import Article; "
            "r, s = extract_article(Article(stem='t', text=Path(sys.argv[1]).read_text(encoding='utf-8'), "
            "published=date(2016, 3, 7)), []); print(sorted((p.id, p.name) for p in s))")
    outputs = set()
    for seed in range(1, 7):
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        done = subprocess.run([sys.executable, "-c", code, str(article)], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
