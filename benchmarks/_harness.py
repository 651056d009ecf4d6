"""Timing helpers shared by the benchmark scripts: best of several runs, in one process."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_of(run: Callable[[], object], *, repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs of ``run``, in seconds, with the garbage collector off while timing."""
    timings = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            started = time.perf_counter()
            run()
            timings.append(time.perf_counter() - started)
        finally:
            gc.enable()
    return min(timings)


def table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A plain-text table."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    out = [title, line, "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join([*out, line])
