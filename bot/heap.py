"""The C allocator's side of idle memory (issue 17: idle RSS under 60 MB).

glibc's malloc keeps what Python frees in its heap (import-time temporaries, the migration,
patterns compiled and dropped, the first updates) and opens one more arena, each with its own
heap, for each thread that allocates while another holds one (aiosqlite's connection threads,
the event loop's executor). Both are process-wide settings of the C library, so they are made
here, in-process, where production and the benchmarks run alike; where the C library has no
such calls (musl, macOS, Windows) every function here does nothing.
"""

from __future__ import annotations

import sys
from typing import Any

# mallopt's parameter number for the arena limit in glibc's malloc.h.
M_ARENA_MAX = -8

_libc: Any = None


def _glibc() -> Any:
    """glibc's symbols, or None where the C library is another (then nothing is called)."""
    global _libc
    if _libc is None:
        _libc = False
        if sys.platform.startswith("linux"):
            import ctypes  # here: about 0.2 MB, paid only where it is used

            try:
                libc = ctypes.CDLL(None)
                # Both or neither: a C library with one of them is not the glibc described.
                if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt"):
                    _libc = libc
            except OSError:
                pass
    return _libc or None


def one_arena() -> bool:
    """Have every thread allocate from the main heap; True if the C library took it.

    Called before any thread starts: a thread's arena is chosen at its first allocation.
    """
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, 1) == 1)


def give_back() -> bool:
    """Return the heap's free pages to the system; True if any were returned."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0) == 1)
