"""`parley check` on broken content: one fixture folder per kind of fault.

Each folder under tests/fixtures/broken/ is tests/fixtures/clean/ with one thing
broken. The test runs `parley check --content <folder>` from tests/fixtures/broken/,
so messages name files relative to it, and asserts every line exactly: file, line,
column, field and message. A new fixture folder needs an entry in CASES.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.cli import main

from .conftest import FIXTURES, ROOT

BROKEN = FIXTURES / "broken"
CLEAN = FIXTURES / "clean"
MESSAGE = re.compile(r"^[^:\n]+:\d+:\d+: (?:[\w.]+: )?\S.*$")

# The expected output lines, relative to the case folder; `<case>` stands for its name.
CASES = {
    'article-name-mismatch': [
        "articles/harbour-talks.yaml:2:1: article: 'harbour-talk' does not match the file name; expected 'harbour-talks'",
    ],
    'article-not-utf8': [
        'texts/harbour-talks.txt:3:6: file is not UTF-8 text; save it as UTF-8',
    ],
    'bad-id-pattern': [
        "reviews/harbour-talks.yaml:6:3: id: 'S F24' is not allowed here; expected lowercase letters, digits and hyphens, starting with a letter or digit",
    ],
    'dangling-responds-to': [
        "articles/harbour-talks.yaml:40:3: responds_to: no statement has id 's-f24d0ad60': did you mean 's-f24d0ad606'?",
    ],
    'date-after-publication': [
        'reviews/harbour-talks.yaml:8:3: date: 2024-03-07 is after the article was published (2024-03-06); expected 2024-03-06 or earlier',
    ],
    'date-impossible': [
        "articles/harbour-talks.yaml:12:9: YAML syntax error: '2024-02-30' is not a real date (day is out of range for month); expected YYYY-MM-DD",
    ],
    'date-not-iso': [
        "articles/harbour-talks.yaml:12:3: date: '03/04/2024' is not a valid date; expected YYYY-MM-DD",
    ],
    'date-outside-range': [
        'articles/harbour-talks.yaml:12:3: date: 2024-03-05 is outside its date_range [2024-03-04, 2024-03-04]; expected a date inside the range',
    ],
    'date-range-length': [
        "articles/harbour-talks.yaml:14:3: date_range: ['2024-03-04'] needs exactly two dates; expected [first day, last day]",
    ],
    'date-range-reversed': [
        'articles/harbour-talks.yaml:14:3: date_range: the range starts after it ends (2024-03-05 > 2024-03-04); expected [first day, last day]',
    ],
    'duplicate-id': [
        "articles/harbour-talks.yaml:29:3: id: duplicate id 's-b3ccfe74ee', also at <case>/articles/harbour-talks.yaml:18:3; every statement needs its own id",
    ],
    'duplicate-key': [
        "articles/harbour-talks.yaml:17:3: YAML syntax error: duplicate key 'status'; each key may appear once",
    ],
    'empty-file': [
        'speakers.yaml:1:1: the file is empty; expected a mapping with speakers',
    ],
    'mention-wrong': [
        "articles/harbour-talks.yaml:17:3: mention: 'Dara Quill' is not at 70-80 in the article; fix the mention's start and end",
    ],
    'missing-field': [
        "articles/harbour-talks.yaml:18:3: sentence: missing; add 'sentence:' to this statement",
    ],
    'not-a-mapping': [
        "articles/harbour-talks.yaml:1:1: [{'article': 'harbour-talks'}] has the wrong type; expected a mapping",
    ],
    'not-utf8': [
        'reviews/harbour-talks.yaml:5:75: file is not UTF-8 text; save it as UTF-8',
    ],
    'range-wider-than-precision': [
        "articles/harbour-talks.yaml:14:3: date_range: precision 'day' allows one day, but [2024-03-01, 2024-03-04] spans 4 days; use date_precision: week or narrow the range",
    ],
    'review-added-incomplete': [
        "reviews/harbour-talks.yaml:10:3: id: no statement of article 'harbour-talks' has id 's-added-by-hand'; to add a new statement instead, give at least text and speaker (missing: speaker)",
    ],
    'review-twice': [
        "reviews/harbour-talks.yaml:10:3: id: a second correction for 's-b3ccfe74ee' (the first is at line 3); put all changes to a statement in one entry",
    ],
    'review-unknown-field': [
        "reviews/harbour-talks.yaml:4:3: stauts: unknown field 'stauts': did you mean 'status'?",
    ],
    'review-unknown-id': [
        "reviews/harbour-talks.yaml:3:3: id: no statement of article 'harbour-talks' has id 's-b3ccfe74ef' (did you mean 's-b3ccfe74ee'?); to add a new statement instead, give at least text and speaker (missing: text, speaker)",
    ],
    'review-wrong-article': [
        "reviews/harbour-talks.yaml:1:1: article: 'harbor-talks' does not match the file name; expected 'harbour-talks'",
    ],
    'sidecar-bad-date': [
        "texts/harbour-talks.meta.yaml:6:1: published: '6 March 2024' is not a date; write it as YYYY-MM-DD",
    ],
    'sidecar-bad-url': [
        "texts/harbour-talks.meta.yaml:5:1: url: 'javascript:alert(1)' is not a web address; expected https://... or null",
    ],
    'sidecar-missing-date': [
        "texts/harbour-talks.meta.yaml:2:1: published: no publication date and no dateline in the text: add 'published: YYYY-MM-DD'",
    ],
    'sidecar-not-mapping': [
        'texts/harbour-talks.meta.yaml:1:1: expected a mapping of title, publisher, author, url, published',
    ],
    'sidecar-unknown-field': [
        'texts/harbour-talks.meta.yaml:4:1: autor: unknown field; expected one of title, publisher, author, url, published',
    ],
    'sidecar-wrong-type': [
        'texts/harbour-talks.meta.yaml:2:1: title: expected text or null',
    ],
    'sidecar-yaml-syntax': [
        'texts/harbour-talks.meta.yaml:7:1: YAML syntax error: found unexpected end of stream',
    ],
    'source-missing': [
        'articles/harbour-talks.yaml:3:1: source: article text <case>/texts/harbour-talk.txt not found',
    ],
    'speaker-bad-role': [
        "speakers.yaml:6:5: titel: unknown field 'titel': did you mean 'title'?",
        "speakers.yaml:6:5: title: missing; add 'title:' to this role",
    ],
    'speaker-twice': [
        "speakers.yaml:10:3: id: speaker 'dara-quill' is listed twice (also at line 2); merge the two entries",
    ],
    'text-not-in-article': [
        'articles/harbour-talks.yaml:21:3: text: this text is not in the article; copy it exactly from the article (same spelling, punctuation and quotation marks)',
    ],
    'text-wrong-offsets': [
        'articles/harbour-talks.yaml:33:3: start: the text is at 227-258, not 226-257; expected start: 227 and end: 258',
    ],
    'unknown-field': [
        "articles/harbour-talks.yaml:5:3: speaker: missing; add 'speaker:' to this statement",
        "articles/harbour-talks.yaml:6:3: speker: unknown field 'speker': did you mean 'speaker'?",
    ],
    'unknown-speaker': [
        "articles/harbour-talks.yaml:42:3: speaker: unknown speaker 'harbor-official': did you mean 'harbour-official'?",
    ],
    'unknown-speaker-no-match': [
        "reviews/harbour-talks.yaml:5:3: speaker: unknown speaker 'someone-else'; expected a speaker id from content/speakers.yaml or content/speakers-found.yaml (add the speaker to content/speakers.yaml)",
    ],
    'wrong-enum': [
        "articles/harbour-talks.yaml:7:3: kind: 'mixd' is not one of direct, indirect, mixed: did you mean 'mixed'?",
    ],
    'wrong-type': [
        "articles/harbour-talks.yaml:22:3: start: 'one hundred' has the wrong type; expected a whole number",
    ],
    'yaml-syntax': [
        'articles/harbour-talks.yaml:8:2: YAML syntax error: did not find expected key',
    ],
}


def expected(case: str) -> list[str]:
    return [f"{case}/{line}".replace("<case>", case) for line in CASES[case]]


def run_check(content, capsys) -> tuple[int, list[str], str]:
    status = main(["check", "--content", str(content)])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


def test_every_fixture_folder_has_expected_messages():
    folders = sorted(p.name for p in BROKEN.iterdir() if p.is_dir())
    assert folders == sorted(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_fixture_gives_exact_messages(case, capsys, monkeypatch):
    monkeypatch.chdir(BROKEN)
    status, lines, err = run_check(case, capsys)
    assert (status, lines) == (1, expected(case))
    assert err.strip() == f"check: {len(lines)} problem(s)"
    assert all(MESSAGE.match(line) for line in lines), lines
    assert "Traceback" not in err


def test_clean_fixture_passes(capsys, monkeypatch):
    monkeypatch.chdir(FIXTURES)
    status, lines, err = run_check("clean", capsys)
    assert (status, lines) == (0, [])
    assert err.strip() == "check: no problems"


def _parley() -> list[str]:
    script = Path(sys.executable).with_name("parley")
    return [str(script)] if script.exists() else [sys.executable, "-m", "generator"]


def test_check_in_a_real_process():
    """The installed command, its exit status and its output, as a contributor sees them."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    bad = subprocess.run(_parley() + ["check", "--content", "unknown-speaker"], cwd=BROKEN,
                         capture_output=True, text=True, env=env)
    assert bad.returncode == 1
    assert bad.stdout.splitlines() == expected("unknown-speaker")
    assert bad.stderr.strip() == "check: 1 problem(s)"
    good = subprocess.run(_parley() + ["check", "--content", "clean"], cwd=FIXTURES,
                          capture_output=True, text=True, env=env)
    assert (good.returncode, good.stdout, good.stderr.strip()) == (0, "", "check: no problems")


def test_problems_across_files_are_all_reported_in_order(tmp_path, capsys, monkeypatch):
    """Several faults in one folder: every one is reported, sorted by file and line."""
    case = tmp_path / "several"
    shutil.copytree(CLEAN, case)
    statements = case / "articles" / "harbour-talks.yaml"
    text = statements.read_text()
    text = text.replace("  speaker: harbour-official", "  speaker: harbor-official")
    text = text.replace("responds_to: [s-f24d0ad606]", "responds_to: [s-f24d0ad60]")
    statements.write_text(text)
    monkeypatch.chdir(tmp_path)
    status, lines, _ = run_check("several", capsys)
    assert status == 1
    assert lines == [
        "several/articles/harbour-talks.yaml:40:3: responds_to: no statement has id 's-f24d0ad60': "
        "did you mean 's-f24d0ad606'?",
        "several/articles/harbour-talks.yaml:42:3: speaker: unknown speaker 'harbor-official': "
        "did you mean 'harbour-official'?",
    ]


def test_alias_in_the_registry_redirects_a_machine_speaker(tmp_path, capsys, monkeypatch):
    """`Dara Quil` is an alias of dara-quill, so records extracted as dara-quil are hers."""
    case = tmp_path / "alias"
    shutil.copytree(CLEAN, case)
    statements = case / "articles" / "harbour-talks.yaml"
    statements.write_text(statements.read_text().replace("speaker: dara-quill", "speaker: dara-quil", 1))
    monkeypatch.chdir(tmp_path)
    assert run_check("alias", capsys)[:2] == (0, [])


# Values of the wrong shape that once crashed the loader, the merge or the checks:
# nothing, a mapping, a date where text belongs (YAML reads 2024-01-01 as a date).
HOSTILE_VALUES = ["null", "{a: 1}", "2024-01-01"]
FIRST_STATEMENT_ENDS = 18  # the other statements have the same fields


def _mutations():
    for path in sorted(CLEAN.rglob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for number, line in enumerate(lines):
            if path.name == "harbour-talks.yaml" and path.parent.name == "articles" \
                    and number >= FIRST_STATEMENT_ENDS:
                break
            if ":" in line and not line.lstrip().startswith("#"):
                yield path.relative_to(CLEAN).as_posix(), number


@pytest.mark.parametrize("rel, number", list(_mutations()), ids=lambda v: str(v))
def test_check_never_crashes_on_a_mangled_value(rel, number, tmp_path):
    """Any value of the wrong shape anywhere is a problem to report, never a traceback."""
    lines = (CLEAN / rel).read_text(encoding="utf-8").splitlines(keepends=True)
    key = lines[number].split(":", 1)[0]
    for index, value in enumerate(HOSTILE_VALUES + [None]):
        case = tmp_path / str(index)
        shutil.copytree(CLEAN, case)
        changed = lines[:]
        changed[number] = "" if value is None else f"{key}: {value}\n"
        (case / rel).write_text("".join(changed), encoding="utf-8")
        problems = pipeline.check(case)  # must not raise
        assert all(MESSAGE.match(str(p)) for p in problems), problems


def test_a_former_id_that_is_still_published_is_reported(tmp_path, capsys, monkeypatch):
    """Two anchors of one name on a page would make a permalink land on either statement."""
    case = tmp_path / "former"
    shutil.copytree(CLEAN, case)
    statements = case / "articles" / "harbour-talks.yaml"
    text = statements.read_text()
    assert "responds_to: [s-f24d0ad606]" in text
    statements.write_text(text.replace("responds_to: [s-f24d0ad606]",
                                       "responds_to: [s-f24d0ad606]\n  former_ids: [s-f24d0ad606]", 1))
    monkeypatch.chdir(tmp_path)
    status, lines, _ = run_check("former", capsys)
    assert status == 1
    assert lines == ["former/articles/harbour-talks.yaml:41:3: former_ids: 's-f24d0ad606' is the id of a "
                     "statement still published; remove it here"]
