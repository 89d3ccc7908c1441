"""Batch processing: every input read, decoded, extracted and serialised on its own,
in this process or in a pool of worker processes, results streamed as they are ready.

- ``process(item, job)`` turns one input into an ``Outcome``: the serialised object
  (or the dict, for tables), its warning or error, and how many entities per list.
  It never raises for a bad input or a failing pass: the outcome carries ``error``.
- Inputs larger than ``job.large_bytes`` are decoded block by block and extracted in
  chunks (``extractor.chunked``); their object is written to a temporary file whose
  path the outcome carries (``spool_path``), so neither the text nor the result is
  held whole in memory, nor pickled between processes.
- Inputs are processed in groups of ``GROUP``: the small ones of a group are extracted
  together (``extract_many``: each pass runs over all of them, which keeps it in the CPU's
  caches).
- ``run(items, job, workers, order)`` yields outcomes.  With ``workers > 1`` the groups go
  to a process pool, at most a few groups per worker in flight, so
  memory stays flat however many files there are; ``order="input"`` yields in input
  order (the in-flight window is the reorder buffer), ``order="finished"`` as done.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import os
import shutil
import signal
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, BinaryIO

from extractor import sources
from extractor.model import LISTS
from extractor.text.decode import InputError, StreamDecoder, decode

# Inputs above LARGE_BYTES are extracted in chunks of CHUNK_CHARS, so that a file of any size
# costs a few chunks of memory.  Extraction cost per character is flat in the length of one
# text (3.4 µs/char at 16 K characters, 2.5 at 1 M), so the chunk size is set by memory alone.
LARGE_BYTES = 256 << 10
CHUNK_CHARS = 64 << 10
OVERLAP_CHARS = 3 << 10
BLOCK_BYTES = 1 << 20
# Inputs extracted together, pass by pass (1.6× over one by one), and sent to a worker as one task.
# Their results come out together, so a slow input (a FIFO, a network file) holds back at most
# GROUP - 1 others; 32 would be another 10 % faster.
GROUP = 8
IN_FLIGHT_PER_WORKER = 4  # tasks in flight per worker: bounds memory and the reorder buffer


@dataclass(frozen=True, slots=True)
class Job:
    lists: tuple[str, ...] | None = None
    fmt: str = "compact"  # "compact" (JSONL), "pretty" (JSON), "dict" (tables)
    large_bytes: int = LARGE_BYTES
    chunk_chars: int = CHUNK_CHARS
    overlap_chars: int = OVERLAP_CHARS
    spool_dir: str | None = None  # where the objects of large inputs are written (set by ``run``)


@dataclass(slots=True)
class Outcome:
    source: str
    payload: str | dict[str, Any] | None = None
    spool_path: str | None = None
    error: str | None = None
    warning: str | None = None
    counts: tuple[int, ...] = (0, 0, 0, 0)  # entities per list, in LISTS order


def serialise(obj: dict[str, Any], fmt: str) -> str | dict[str, Any]:
    if fmt == "dict":
        return obj
    if fmt == "compact":
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def failed(source: str, error: str, job: Job) -> Outcome:
    return Outcome(source, serialise({"source": source, "error": error}, job.fmt), error=error)


def process(item: str | sources.Input, job: Job) -> Outcome:
    """One input, start to finish; a bad input or a failing pass gives an outcome with ``error``."""
    return process_group([item], job)[0]


def process_group(items: list, job: Job) -> list[Outcome]:
    """Outcomes of ``items``, in order.  The small inputs are extracted together (each pass over
    all of them: faster, see ``extract_many``); should that fail, one by one, so that a failing
    input costs only its own result."""
    read = [_guarded(item, job, _read) for item in items]
    texts = [r for r in read if isinstance(r, _Text)]
    if not texts:
        return read
    try:
        done = iter(_extracted(texts, job))
    except Exception:
        done = iter([_guarded(t, job, lambda one, job: _extracted([one], job)[0]) for t in texts])
    return [next(done) if isinstance(r, _Text) else r for r in read]


@dataclass(slots=True)
class _Text:
    """A small input, read and decoded, waiting for its group to be extracted."""

    source: str
    text: str
    warning: str | None


def _guarded(item, job: Job, step) -> Any:
    """``step(item, job)``, with every failure turned into the input's error outcome."""
    source = item if isinstance(item, str) else item.source
    try:
        return step(item, job)
    except InputError as e:
        return failed(source, str(e), job)
    except OSError as e:
        return failed(source, sources.os_message(e), job)
    except MemoryError:
        return failed(source, "out of memory", job)
    except Exception as e:  # a failing pass must not cost the other inputs their results
        if os.environ.get("EXTRACT_DEBUG"):
            raise
        return failed(source, f"internal error: {type(e).__name__}: {e}".splitlines()[0], job)


def _read(item: str | sources.Input, job: Job) -> Outcome | _Text:
    """A small input decoded; a large one extracted in chunks now; an unreadable one failed."""
    if isinstance(item, sources.Input):
        return failed(item.source, item.error or "cannot be read", job)
    with sources.open_binary(item) as f:
        head = f.read(job.large_bytes + 1)
        if len(head) > job.large_bytes:
            return _in_chunks(item, head, f, job)
    decoded = decode(head)
    return _Text(item, decoded.text, decoded.warning)


def pipeline_extract(text: str, lists: tuple[str, ...] | None, source: str):
    """``extractor.pipeline.extract``, imported on first use (tests may stand in for it)."""
    from extractor.pipeline import extract

    return extract(text, only=lists, source=source)


def pipeline_extract_many(texts: list[str], lists: tuple[str, ...] | None, names: list[str]):
    """``extractor.pipeline.extract_many``, imported on first use (tests may stand in for it)."""
    from extractor.pipeline import extract_many

    return extract_many(texts, only=lists, sources=names)


def _extracted(texts: list[_Text], job: Job) -> list[Outcome]:
    results = pipeline_extract_many([t.text for t in texts], job.lists, [t.source for t in texts])
    return [_outcome(t, result.to_dict(job.lists), job) for t, result in zip(texts, results)]


def _outcome(text: _Text, obj: dict[str, Any], job: Job) -> Outcome:
    counts = tuple(len(obj.get(name, ())) for name in LISTS)
    return Outcome(text.source, serialise(obj, job.fmt), warning=text.warning, counts=counts)


def _in_chunks(source: str, head: bytes, rest: BinaryIO, job: Job) -> Outcome:
    from extractor import chunked

    lists = job.lists or LISTS
    decoder = StreamDecoder(head[:BLOCK_BYTES])
    writer = _SpooledObject(lists, job.fmt, job.spool_dir)
    try:
        merger = chunked.Merger(lists, writer.add)
        for chunk in chunked.chunks(_decoded_blocks(decoder, head, rest), job.chunk_chars, job.overlap_chars):
            merger.add(chunk, pipeline_extract(chunk.text, job.lists, source))
        head_obj = {"source": source, "document_date": merger.document_date}
        officials = merger.officials() if "officials" in lists else []
        payload, path = writer.finish(head_obj, officials)
    except BaseException:
        writer.discard()
        raise
    counts = tuple(merger.counts.get(name, 0) for name in LISTS)
    return Outcome(source, payload, spool_path=path, warning=decoder.warning, counts=counts)


def _decoded_blocks(decoder: StreamDecoder, head: bytes, rest: BinaryIO) -> Iterator[str]:
    for i in range(0, len(head), BLOCK_BYTES):
        yield decoder.decode(head[i:i + BLOCK_BYTES])
    del head
    while block := rest.read(BLOCK_BYTES):
        yield decoder.decode(block)
    yield decoder.decode(b"", final=True)


class _SpooledObject:
    """The object of a large input, built list by list in temporary files.

    ``fmt="dict"`` (tables) keeps the entity dicts instead: tables are read by people,
    and a people-sized result fits in memory.
    """

    def __init__(self, lists: tuple[str, ...], fmt: str, folder: str | None = None) -> None:
        self.fmt = fmt
        self.folder = folder
        self.lists = lists
        self._kept: dict[str, list] = {name: [] for name in lists}
        self._spools = {} if fmt == "dict" else {
            name: tempfile.TemporaryFile("w+", encoding="utf-8") for name in lists if name != "officials"
        }
        self._written = dict.fromkeys(lists, 0)

    def add(self, name: str, entity: dict[str, Any]) -> None:
        if self.fmt == "dict":
            self._kept[name].append(entity)
            return
        spool = self._spools[name]
        if self._written[name]:
            spool.write("," if self.fmt == "compact" else ",\n")
        spool.write(self._entity(entity))
        self._written[name] += 1

    def _entity(self, entity: dict[str, Any]) -> str:
        if self.fmt == "compact":
            return json.dumps(entity, ensure_ascii=False, separators=(",", ":"))
        return "    " + json.dumps(entity, ensure_ascii=False, indent=2).replace("\n", "\n    ")

    def finish(self, head: dict[str, Any], officials: list[dict[str, Any]]) -> tuple[Any, str | None]:
        """The object as a dict (tables), or as JSON in a temporary file whose path is returned."""
        if self.fmt == "dict":
            return head | {name: (officials if name == "officials" else self._kept[name]) for name in self.lists}, None
        fd, path = tempfile.mkstemp(prefix="extract-", suffix=".json", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                self._write(out, head, officials)
        except BaseException:
            os.unlink(path)
            raise
        finally:
            self.discard()
        return None, path

    def _write(self, out, head: dict[str, Any], officials: list[dict[str, Any]]) -> None:
        compact = self.fmt == "compact"
        colon, nl, pad = (":", "", "") if compact else (": ", "\n", "  ")
        fields = [f"{pad}{_json(k)}{colon}{_json(v)}" for k, v in head.items()]
        out.write("{" + nl + ("," + nl).join(fields))
        for name in self.lists:
            out.write(f",{nl}{pad}{_json(name)}{colon}[")
            if name == "officials":
                body = ("," if compact else ",\n").join(self._entity(o) for o in officials)
                empty = not officials
            else:
                body, empty = None, not self._written[name]
            if empty:
                out.write("]")
                continue
            out.write(nl)
            if body is not None:
                out.write(body)
            else:
                spool = self._spools[name]
                spool.seek(0)
                while piece := spool.read(1 << 20):
                    out.write(piece)
            out.write(nl + pad + "]")
        out.write(nl + "}")

    def discard(self) -> None:
        for spool in self._spools.values():
            spool.close()


def run(items: Iterable, job: Job, workers: int = 1, order: str = "input") -> Iterator[Outcome]:
    """Outcomes of ``items`` (paths or ``Input`` errors), streamed as they are ready.

    The objects of large inputs are spooled in a folder of this run, removed when the run
    ends however it ends, so an interrupted run leaves nothing behind.
    """
    spool_dir = tempfile.mkdtemp(prefix="extract-")
    job = dataclasses.replace(job, spool_dir=spool_dir)
    try:
        if workers <= 1:
            for group in _groups(items, GROUP):
                yield from process_group(group, job)
        else:
            yield from _in_pool(items, job, workers, order)
    finally:
        shutil.rmtree(spool_dir, ignore_errors=True)


def _in_pool(items: Iterable, job: Job, workers: int, order: str) -> Iterator[Outcome]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with contextlib.suppress(Exception):  # a broken pass is reported per input, by the workers
        from extractor.pipeline import extract

        extract("")  # compile patterns once, here, so forked workers inherit them
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    gc.freeze()  # keep the inherited objects out of the workers' collections: their pages stay shared
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method), initializer=_worker_start)
    groups = _groups(items, GROUP)
    window = workers * IN_FLIGHT_PER_WORKER
    try:
        yield from (_in_input_order if order == "input" else _as_finished)(pool, groups, job, window)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _in_input_order(pool, groups: Iterator[list], job: Job, window: int) -> Iterator[Outcome]:
    """In input order: the futures in flight, oldest first, are the reorder buffer."""
    in_flight = deque(pool.submit(process_group, g, job) for g in islice(groups, window))
    while in_flight:
        done = in_flight.popleft().result()
        in_flight.extend(pool.submit(process_group, g, job) for g in islice(groups, 1))
        yield from done


def _as_finished(pool, groups: Iterator[list], job: Job, window: int) -> Iterator[Outcome]:
    from concurrent.futures import FIRST_COMPLETED, wait

    in_flight = {pool.submit(process_group, g, job) for g in islice(groups, window)}
    while in_flight:
        done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
        in_flight |= {pool.submit(process_group, g, job) for g in islice(groups, len(done))}
        for future in done:
            yield from future.result()


def _groups(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while group := list(islice(it, size)):
        yield group


def _worker_start() -> None:
    """Workers leave Ctrl-C to the main process, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop(pool) -> None:
    """End the workers now (Ctrl-C, a closed pipe): running tasks are abandoned."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        if p.is_alive():
            p.terminate()
    for p in processes:
        p.join(timeout=2)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def discard(outcome: Outcome) -> None:
    if outcome.spool_path:
        try:
            os.unlink(outcome.spool_path)
        except OSError:
            pass

