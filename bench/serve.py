"""How soon `parley serve` shows an edit: `python bench/serve.py [--work DIR] [--full]`.

Uses a work folder that bench/build.py has filled (content/, docs/, mkdocs.yml). Starts
`parley serve` on it, waits until the preview answers, then adds a note to one statement
through its review file, as a contributor would, and polls the statement's article page
until the note is there. Prints the seconds from the edit to the page showing it (target
< 5 s at 1,000 articles), then restores the review file and stops the server.

`--full` passes `--full` to `parley serve` (MkDocs rebuilds every page on a change) to
compare with the default, where MkDocs rebuilds only the pages Parley rewrote.
"""
from __future__ import annotations

import argparse
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build import pick_statement, with_note  # noqa: E402

TARGET_S = 5.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return None


def wait_for(url: str, marker: str | None, timeout: float) -> float | None:
    """Seconds until `url` answers (and holds `marker`, when given); None on timeout."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = fetch(url)
        if page is not None and (marker is None or marker in page):
            return time.perf_counter() - start
        time.sleep(0.1)
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "parley-bench-1000")
    parser.add_argument("--full", action="store_true", help="MkDocs rebuilds every page on a change")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    content, docs, config = args.work / "content", args.work / "docs", args.work / "mkdocs.yml"
    if not (content.is_dir() and config.exists()):
        sys.exit(f"{args.work}: run bench/build.py --work {args.work} first")
    stem, statement_id = pick_statement(content)
    review = content / "reviews" / f"{stem}.yaml"
    original = review.read_text(encoding="utf-8")
    if statement_id in original:
        sys.exit(f"{review} already corrects {statement_id}; restore it as `parley extract` wrote it")
    port = free_port()
    # mkdocs serve mounts the site at site_url's path (/parley/ in the repository's mkdocs.yml)
    page = f"http://127.0.0.1:{port}/parley/articles/{stem}/"
    command = [sys.executable, "-m", "generator", "serve", "--content", str(content), "--docs", str(docs),
               "--config", str(config), "--dev-addr", f"127.0.0.1:{port}"] + (["--full"] if args.full else [])
    log = open(args.work / "serve.log", "w")
    server = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        started = wait_for(page, None, args.timeout)
        if started is None:
            sys.exit(f"the preview did not answer within {args.timeout:.0f} s; see {args.work / 'serve.log'}")
        time.sleep(1.0)  # let MkDocs' file watcher settle after its first build
        marker = f"Serve benchmark note {time.time_ns()}"
        review.write_text(with_note(original, statement_id, marker), encoding="utf-8")
        shown = wait_for(page, marker, args.timeout)
    finally:
        review.write_text(original, encoding="utf-8")
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    mode = "full rebuild" if args.full else "changed pages only"
    print(f"parley serve ({mode}), {args.work}")
    print(f"first page served after      {started:.1f} s")
    if shown is None:
        print(f"edit shown after             not within {args.timeout:.0f} s")
        return 1
    verdict = "ok" if shown < TARGET_S else "OVER"
    print(f"edit shown after             {shown:.1f} s   [target < {TARGET_S:.0f} s: {verdict}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
