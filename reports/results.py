"""results.json: streamed while the crawl runs, written atomically at the end.

Every page and finding is appended to ``results.partial.jsonl`` and flushed as
soon as it is known, so a crash at page 5,000 keeps the first 4,999. That stream
is also the only copy of the pages and findings while the crawl runs: the sink
keeps counts (``ResultsSummary``), not records, so its memory does not grow with
the site. At the end ``results.json`` is written from the stream, record by
record (``write_results_from_stream``), to a temporary file renamed into place.
``load_results`` reads either form, which is how ``auditcrawl report`` can
render a run that never finished.
"""
from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

import ijson

from crawler import __version__
from crawler.runstate.journal import read_json_lines

SCHEMA_VERSION = 1
RESULTS_FILE = "results.json"
PARTIAL_FILE = "results.partial.jsonl"


def page_to_dict(page) -> dict[str, Any]:
    """The results.json form of a PageRecord (no HTML, no link list)."""
    return {
        "url": page.url,
        "requested_url": page.requested_url,
        "status": page.status,
        "content_type": page.content_type,
        "depth": page.depth,
        "referrer": page.referrer,
        "title": page.title,
        "language": page.language,
        "redirect_chain": page.redirect_chain,
        "truncated": page.truncated,
        "audited": page.auditable,
        "links_count": len(page.links),
        "error": page.error,
        "note": page.extra.get("note"),
        "freshness": page.extra.get("freshness"),
        "wcag": page.extra.get("wcag"),
        "errors": list(page.errors),
        "unchanged": page.extra.get("unchanged"),
        "reused_from": page.extra.get("reused_from"),
    }


def assemble(run: dict[str, Any], pages: list[dict], findings: list[dict]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "auditcrawl", "version": __version__},
        "run": run,
        "pages": pages,
        "findings": findings,
    }


def write_text_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write to a temporary file beside ``path`` and rename it over ``path``.

    ``text`` may be an iterable of chunks (written one by one: the whole text is never in memory).
    Readers never see half a file, and a symlink planted at ``path`` is replaced, not followed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            for chunk in ([text] if isinstance(text, str) else text):
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json_atomic(path: Path, data: Any) -> None:
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1))


def json_list_chunks(items: Iterable[Any], indent: int = 1, depth: int = 2) -> Iterator[str]:
    """A list nested in a document, exactly as ``json.dumps(..., indent=indent)`` lays it out, one item at a
    time; ``depth`` is its items' indentation in spaces (results.json's pages: indent 1, depth 2)."""
    pad = "\n" + " " * depth
    first = True
    for item in items:
        # json.dumps escapes newlines inside strings: every newline in its output is layout, shifted by ``depth``
        yield ("[" if first else ",") + pad + json.dumps(item, ensure_ascii=False, indent=indent).replace("\n", pad)
        first = False
    yield "[]" if first else "\n" + " " * (depth - indent) + "]"


def results_json_chunks(run: dict[str, Any], pages: Iterable[dict], findings: Iterable[dict]) -> Iterator[str]:
    """``json.dumps(assemble(run, pages, findings), ensure_ascii=False, indent=1)``, in chunks, holding one
    page or finding at a time (``pages`` and ``findings`` may be generators)."""
    head = json.dumps(assemble(run, [], []), ensure_ascii=False, indent=1)
    cut = head.rindex(',\n "pages": []')
    yield head[:cut] + ',\n "pages": '
    yield from json_list_chunks(pages)
    yield ',\n "findings": '
    yield from json_list_chunks(findings)
    yield "\n}"


def stream_entries(path: Path, kind: str, end: int | None = None) -> Iterator[dict[str, Any]]:
    """The entries of one ``type`` in a results stream, without their ``type`` key, up to offset ``end``."""
    for entry, offset in read_json_lines(path):
        if end is not None and offset > end:
            return
        if entry.pop("type", None) == kind:
            yield entry


def write_results_from_stream(path: Path, stream: Path, run: dict[str, Any], end: int | None = None) -> None:
    """Write results.json at ``path`` from the stream's pages and findings (two passes over the file)."""
    write_text_atomic(path, results_json_chunks(run, stream_entries(stream, "page", end),
                                                stream_entries(stream, "finding", end)))


@dataclasses.dataclass
class ResultsSummary:
    """What a results sink keeps in memory about the records it wrote: counts only."""

    pages: int = 0
    audited: int = 0
    findings: int = 0
    not_audited: dict[str, int] = dataclasses.field(default_factory=dict)  # run.coverage.skipped's kinds

    def add_page(self, page: dict[str, Any]) -> None:
        self.pages += 1
        if page.get("audited"):
            self.audited += 1
            return
        status = page.get("status")
        if status is None or page.get("error"):
            key = "fetch_failed" if status is None else "redirect_error"
        elif status >= 400:
            key = "http_error"
        elif 300 <= status < 400:
            key = "redirected_offsite"
        else:
            key = "non_html"
        self.not_audited[key] = self.not_audited.get(key, 0) + 1


class JsonResultsSink:
    """The default results sink: a JSON-lines stream, then results.json written from it.

    The interface the pipelines use: ``open`` / ``resume``, ``write_page``, ``write_findings``,
    ``write_run_error``, ``checkpoint``, ``summary`` (counts), ``close``. No page or finding stays in memory.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.counts = ResultsSummary()
        self.run_errors: list[dict[str, str]] = []  # a few per run (an audit that failed to finish), not per page
        self._stream = None
        self._run: dict[str, Any] = {}

    @classmethod
    def from_crawler(cls, crawler) -> "JsonResultsSink":
        return cls(Path(crawler.settings.get("AUDITCRAWL_OUT")))

    @property
    def partial_path(self) -> Path:
        return self.out_dir / PARTIAL_FILE

    @property
    def results_path(self) -> Path:
        return self.out_dir / RESULTS_FILE

    def open(self, run: dict[str, Any]) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._run = run
        self._stream = open(self.partial_path, "w", encoding="utf-8")
        self._emit({"type": "run", **run})
        self._stream.flush()

    def resume(self, run: dict[str, Any], checkpoint: int) -> None:
        """Continue the stream a killed run left: keep its first ``checkpoint`` bytes (the pages a
        resumed run does not audit again), drop the rest, append after it."""
        if checkpoint <= 0 or not self.partial_path.is_file():
            self.open(run)
            return
        self._run = run
        for entry, end in read_json_lines(self.partial_path):
            if end > checkpoint:
                break
            kind = entry.pop("type", None)
            if kind == "page":
                self.counts.add_page(entry)
            elif kind == "finding":
                self.counts.findings += 1
            elif kind == "run_error":
                self.run_errors.append(entry)
        with open(self.partial_path, "r+b") as handle:
            handle.truncate(checkpoint)
        self._stream = open(self.partial_path, "a", encoding="utf-8")

    def checkpoint(self) -> int:
        """The stream's length: everything written so far is in the kernel's hands (flushed)."""
        return self._stream.tell()

    def _emit(self, entry: dict[str, Any]) -> None:
        self._stream.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def _emit_page(self, page_dict: dict[str, Any]) -> None:
        self.counts.add_page(page_dict)
        self._emit({"type": "page", **page_dict})

    def _emit_finding(self, data: dict[str, Any]) -> None:
        self.counts.findings += 1
        self._emit({"type": "finding", **data})

    def _emit_run_error(self, error: dict[str, str]) -> None:
        self.run_errors.append(error)
        self._emit({"type": "run_error", **error})

    def write_page(self, page, findings: Iterable) -> None:
        self._emit_page(page_to_dict(page))
        self._write_findings(findings)
        self._stream.flush()

    def write_findings(self, findings: Iterable) -> None:
        self._write_findings(findings)
        self._stream.flush()

    def _write_findings(self, findings: Iterable) -> None:
        for finding in findings:
            self._emit_finding(finding.to_dict())

    def write_run_error(self, error: dict[str, str]) -> None:
        self._emit_run_error(error)
        self._stream.flush()

    def summary(self) -> ResultsSummary:
        """Pages, audited pages, findings and not-audited pages by kind written so far (counts only)."""
        return self.counts

    def close(self, run: dict[str, Any], keep_stream: bool = False) -> None:
        """Write results.json from the stream; remove the stream unless a resumed run will continue it
        (``keep_stream``)."""
        run = {**run, "errors": self.run_errors}
        end = None
        if self._stream is not None:
            self._stream.flush()
            end = self._stream.tell()
            self._stream.close()
            self._stream = None
        write_results_from_stream(self.results_path, self.partial_path, run, end)
        if not keep_stream:
            self.partial_path.unlink(missing_ok=True)


class ResultsError(ValueError):
    """results.json (or its partial stream) is missing or unreadable."""


def load_results(out_dir: Path) -> dict[str, Any]:
    """Read results.json from ``out_dir``; rebuild it from the partial stream a crash left behind."""
    out_dir = Path(out_dir)
    final = out_dir / RESULTS_FILE if out_dir.is_dir() else out_dir
    if final.is_file():
        try:
            data = json.loads(final.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # ValueError: bad JSON, or bytes that are not UTF-8
            raise ResultsError(f"cannot read {final}: {exc}") from None
        if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
            raise ResultsError(f"{final} is not an auditcrawl results file (schema version {SCHEMA_VERSION})")
        return data
    partial = out_dir / PARTIAL_FILE
    if partial.is_file():
        return _from_partial(partial)
    raise ResultsError(f"no {RESULTS_FILE} in {out_dir}")


class RecordStream:
    """``results.json``'s pages or findings, read from the file one record at a time on every pass (ijson), so
    a report of a large site never holds them all. Iterable more than once; ``len`` is known from opening."""

    def __init__(self, path: Path, key: str, count: int):
        self.path, self.key, self._count = path, key, count

    def __iter__(self) -> Iterator[dict[str, Any]]:
        with open(self.path, "rb") as handle:
            yield from ijson.items(handle, f"{self.key}.item", use_float=True)

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0


def _head_and_counts(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The top-level values other than the pages and findings, and how many of each; one pass, which also
    checks that the whole file is JSON."""
    head: dict[str, Any] = {}
    counts = {"pages": 0, "findings": 0}
    builder: ijson.ObjectBuilder | None = None
    key = None
    with open(path, "rb") as handle:
        for prefix, event, value in ijson.parse(handle, use_float=True):
            if prefix in ("pages.item", "findings.item") and event in ("start_map", "start_array", "string",
                                                                        "number", "boolean", "null"):
                counts[prefix.split(".")[0]] += 1
            elif prefix == "" and event == "map_key":
                key = value
            elif prefix == "" and event == "start_map" or prefix == "" and event == "end_map":
                continue
            elif key not in (None, "pages", "findings"):
                if builder is None:
                    builder = ijson.ObjectBuilder()
                builder.event(event, value)
                if prefix == key and event not in ("start_map", "start_array", "map_key"):  # value complete
                    head[key], builder = builder.value, None
    return head, counts


def open_results(out_dir: Path) -> dict[str, Any]:
    """Like ``load_results``, but ``pages`` and ``findings`` are ``RecordStream``s read from results.json as
    they are used, not lists: what ``auditcrawl audit`` and ``report`` use, so the report step does not grow
    with the site. A run that left only its partial stream is rebuilt in memory as ``load_results`` does."""
    out_dir = Path(out_dir)
    final = out_dir / RESULTS_FILE if out_dir.is_dir() else out_dir
    if not final.is_file():
        return load_results(out_dir)
    try:
        head, counts = _head_and_counts(final)
    except (OSError, ValueError, ijson.JSONError) as exc:  # ValueError: bytes that are not UTF-8
        raise ResultsError(f"cannot read {final}: {exc}") from None
    if head.get("schema_version") != SCHEMA_VERSION:
        raise ResultsError(f"{final} is not an auditcrawl results file (schema version {SCHEMA_VERSION})")
    return {**{k: v for k, v in head.items() if k in ("schema_version", "tool", "run")},
            "pages": RecordStream(final, "pages", counts["pages"]),
            "findings": RecordStream(final, "findings", counts["findings"])}


def _from_partial(path: Path) -> dict[str, Any]:
    run: dict[str, Any] = {}
    pages, findings, errors = [], [], []
    for entry, _ in read_json_lines(path):  # stops at the line a crash cut short
        kind = entry.pop("type", None)
        if kind == "run":
            run = entry
        elif kind == "page":
            pages.append(entry)
        elif kind == "finding":
            findings.append(entry)
        elif kind == "run_error":
            errors.append(entry)
    run.update({"errors": errors, "exit_reason": "interrupted"})
    run.setdefault("coverage", {"discovered": None, "audited": sum(1 for p in pages if p.get("audited")),
                                "skipped": {}})
    return assemble(run, pages, findings)
