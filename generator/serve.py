"""`parley serve`: MkDocs' live preview, with pages re-rendered when content/ changes.

MkDocs watches docs/; this loop watches content/ and the article sources and re-renders,
which rewrites only the pages that changed. MkDocs then rebuilds only those pages
(`mkdocs serve --dirty`), so the browser reloads within seconds even at thousands of
pages; the preview's search index then covers only the rebuilt pages. `full=True` makes
MkDocs rebuild everything on each change instead (exact, but tens of seconds on a big site).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from .errors import InputError

POLL_SECONDS = 0.5
# MkDocs warns that a dirty build may leave stale links; strict mode would stop on that warning.
# The preview is for looking; `parley build` stays strict.
DIRTY = ["--dirty", "--no-strict"]


def snapshot(folders: list[Path]) -> dict[str, float]:
    state = {}
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                try:
                    state[path] = os.stat(path).st_mtime_ns
                except FileNotFoundError:
                    pass
    return state


def serve(render, watched: list[Path], config: Path, dev_addr: str, full: bool = False) -> int:
    """Run `mkdocs serve` and call `render()` whenever a watched file changes."""
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(config),
                               "--dev-addr", dev_addr] + ([] if full else DIRTY))
    # A SIGTERM becomes SystemExit so the `finally` below also stops the mkdocs child.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    seen = snapshot(watched)
    try:
        while server.poll() is None:
            time.sleep(POLL_SECONDS)
            now = snapshot(watched)
            if now != seen:
                seen = now
                _rerender(render)
    except KeyboardInterrupt:
        pass
    finally:
        if server.poll() is None:
            server.terminate()
    return server.wait()


def _rerender(render) -> None:
    try:
        changed = render()
        print(f"parley serve: re-rendered {len(changed)} page(s)", file=sys.stderr)
    except InputError as err:
        print(f"parley serve: not re-rendered, fix these first:\n{err}", file=sys.stderr)
