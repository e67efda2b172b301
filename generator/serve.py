"""`parley serve`: MkDocs' live preview, with pages re-rendered when content/ changes.

MkDocs watches docs/; this loop watches content/ and the article sources and re-renders,
which rewrites only the pages that changed, so the browser reloads within a second or two.
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


def serve(render, watched: list[Path], config: Path, dev_addr: str) -> int:
    """Run `mkdocs serve` and call `render()` whenever a watched file changes."""
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(config),
                               "--dev-addr", dev_addr])
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
