"""Stage 8, write: put files in place all at once, or not at all.

Each file goes to a temporary name beside its target first; only when every one is
written are they renamed into place, so a failed run leaves the old files intact.
Files whose bytes would not change are not touched, keeping their modification times.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _file_mode() -> int:
    # mkstemp creates files only the owner can read; published files follow the umask.
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def changed_files(files: dict[Path, str]) -> dict[Path, bytes]:
    out = {}
    for path, text in sorted(files.items()):
        data = text.encode("utf-8")
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                continue  # same bytes: left alone (a file of another size cannot be)
        except (FileNotFoundError, NotADirectoryError):
            pass
        out[path] = data
    return out


def write_files(files: dict[Path, str], remove: list[Path] = ()) -> list[Path]:
    """Write the changed files atomically and delete `remove`; return what changed."""
    pending = changed_files(files)
    staged: list[tuple[str, Path]] = []
    mode = _file_mode()
    made: set[Path] = set()
    try:
        for path, data in pending.items():
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, mode)
    except BaseException:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise
    for tmp, path in staged:
        os.replace(tmp, path)
    for path in remove:
        path.unlink(missing_ok=True)
    return sorted(pending) + sorted(remove)
