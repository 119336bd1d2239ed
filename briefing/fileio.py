"""Writing outputs safely: a failed run never leaves a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefing.errors import InputError


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise write_error(target, error) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        # mkstemp creates 0600 files; give the output the mode a plain open() would.
        os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, target)
    except OSError as error:  # disk full, quota, read-only: one line, no partial file
        Path(tmp).unlink(missing_ok=True)
        raise write_error(target, error) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_error(target: Path, error: OSError) -> InputError:
    return InputError(f"{target}: cannot write ({error.strerror or error})")


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
