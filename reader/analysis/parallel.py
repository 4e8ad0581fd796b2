"""Stories aligned in worker processes: the stories of an input are independent, so a
large input keeps every core busy.

Workers are started with `spawn` (the app analyses from a thread, where fork is unsafe),
which costs each one a fresh interpreter and the engine's imports (about half a second):
only inputs large enough to pay for that are split (`MIN_SENTENCES`). The biggest stories
go first, so no large one is left for the end. Each worker is given its story's articles
and sentence profiles and returns the story's alignment in the story's own numbering,
exactly what aligning it in this process gives; the caller puts the parts together in
story order, as the one-by-one path does. Progress comes back through a queue, and a
cancelled analysis stops the workers at their next check.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import types
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.analysis.align import Alignment
    from reader.analysis.profile import Profile
    from reader.analysis.settings import MatchSettings
    from reader.analysis.stories import Story
    from reader.model import Article

Progress = Callable[[int, int], None]

# Inputs with fewer sentences (in stories of two articles or more) are aligned in this
# process: below this, what the workers cost (their start, the profiles sent to them, the
# per-sentence work done again there) eats what they save. All ECB+ (6,400 sentences) came
# out no faster in workers on 2 busy cores; FNC-1's bodies (29,000) did.
MIN_SENTENCES = 10000
# How often (seconds) the caller looks at progress and cancellation while workers run.
_POLL_SECONDS = 0.05


def worker_count(asked: int | None, sizes: list[int]) -> int:
    """How many processes to align stories of these sizes (sentences) in: 1 is this one."""
    if asked is not None:
        return max(1, min(asked, len(sizes)))
    if len(sizes) < 2 or sum(sizes) < MIN_SENTENCES:
        return 1
    return max(1, min(len(sizes), _cores()))


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def align_in_workers(
    jobs: list[int],
    articles: list[Article],
    profiles: list[list[Profile]],
    stories: list[Story],
    sizes: list[int],
    settings: MatchSettings,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    workers: int,
) -> dict[int, Alignment]:
    """align.align_story() of every story numbered in `jobs`, in `workers` processes."""
    context = multiprocessing.get_context("spawn")
    reports = context.SimpleQueue()
    stop = context.Event()
    total = max(1, sum(sizes))
    finished = sum(size for k, size in enumerate(sizes) if k not in set(jobs))
    share: dict[int, float] = {}
    told = -1  # the progress last reported
    parts: dict[int, Alignment] = {}
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(reports, stop)
    )
    try:
        pending: dict[Future, int] = {}
        with _caller_main_hidden():  # processes start as jobs are submitted
            for k in sorted(jobs, key=lambda k: -sizes[k]):
                members = stories[k].articles
                arts = [articles[i] for i in members]
                profs = [profiles[i] for i in members]
                pending[pool.submit(_align_story_job, k, arts, profs, settings)] = k
        while pending:
            done, _ = wait(pending, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                k = pending.pop(future)
                parts[k] = future.result()
                share[k] = 1.0
            while not reports.empty():
                k, step, of = reports.get()
                if k not in parts:
                    share[k] = step / max(1, of)
            if cancelled is not None and cancelled():
                stop.set()
                break
            done_size = min(total, finished + sum(int(sizes[k] * f) for k, f in share.items()))
            if progress is not None and done_size != told:
                progress(done_size, total)
                told = done_size
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
    return parts


@contextmanager
def _caller_main_hidden() -> Iterator[None]:
    """Start workers without the caller's main script: `spawn` runs it again in each worker
    to find what they need (they need nothing of it), and a script that calls compare()
    without an `if __name__ == "__main__"` guard would start workers of its own."""
    main = sys.modules.get("__main__")
    if main is None or getattr(main, "__file__", None) is None:
        yield
        return
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


_reports = None
_stop = None


def _start_worker(reports, stop) -> None:
    global _reports, _stop
    _reports, _stop = reports, stop
    # As in pipeline.analyse: the aligner's many long-lived objects hold no cycles.
    gc.disable()


def _align_story_job(
    k: int, articles: list[Article], profiles: list[list[Profile]], settings: MatchSettings
) -> Alignment:
    from reader.analysis.align import align_story

    def progress(done: int, of: int) -> None:
        _reports.put((k, done, of))

    return align_story(articles, profiles, settings, progress, _stop.is_set)


__all__ = ["MIN_SENTENCES", "align_in_workers", "worker_count"]
