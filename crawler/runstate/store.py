"""The run-state folder (``OUT/run-state/``): what a killed run needs to be continued.

- ``identity.json``: start URLs, as-of date and the settings that matter, written atomically at start.
- ``pages.jsonl``: one line per page once its record and findings are in ``results.partial.jsonl``:
  the page record without its HTML (links, anchors, headers...), what each audit keeps of it
  (``Audit.page_state``), and ``stream_end``, the length of the results stream after the page.
- ``events.jsonl``: what the spider learnt besides pages: redirect hops, start URL results,
  hosts a start URL moved to, sitemap ``<lastmod>`` dates; ``crawl_finished`` once results.json is written.
- ``link-checks.jsonl``: the link audit's completed checks (``audits/links``).
- ``jobdir/``: Scrapy's JOBDIR (disk queue of requests).
- ``.seen-*.sqlite``: the spider's discovered URLs and the dupefilter's fingerprints (``seen.py``), deleted at close.

Every file is written atomically or append-only (``journal``). After a SIGKILL Scrapy's JOBDIR
is not a usable frontier: ``active.json`` and the queue's size header are written at close only
(the queue reopens empty) and ``requests.seen`` keeps a buffered prefix (its requests may never
have been fetched). So a resumed run clears ``jobdir/`` and rebuilds the frontier from the done
pages: the spider follows their links again, and the dupefilter (``RunStateDupeFilter``) treats
every done page's URLs as seen, so only pages not done are fetched and audited.

A page counts as done when its line is in ``pages.jsonl`` *and* its ``stream_end`` lies within the
complete part of the results stream (the stream is written first; a page whose line is missing is
crawled again and the stream is cut back to the last done page, dropping any half-written tail).
"""
from __future__ import annotations

import dataclasses
import fcntl
import shutil
import weakref
from pathlib import Path
from typing import Any, Iterator

from crawler.items import Link, PageRecord
from crawler.runstate.identity import RunIdentity
from crawler.runstate.journal import AppendLog, complete_length, read_json_lines

STATE_DIR = "run-state"
IDENTITY_FILE = "identity.json"
PAGES_FILE = "pages.jsonl"
EVENTS_FILE = "events.jsonl"
JOB_DIR = "jobdir"
LOCK_FILE = ".auditcrawl.lock"  # in OUT: held while a run writes there
_KEPT_FIELDS = ("url", "requested_url", "status", "content_type", "depth", "referrer", "title", "language",
                "headers", "redirect_chain", "is_html", "truncated", "sitemap_lastmod", "error")


class RunStateError(Exception):
    """The output folder's unfinished run cannot be continued by this command (exit 2)."""


def page_to_state(page: PageRecord) -> dict[str, Any]:
    data = {name: getattr(page, name) for name in _KEPT_FIELDS}
    # positional: a third of the size (not dataclasses.astuple: it deep-copies every field, 1 ms a page)
    data["links"] = [[link.url, link.text, link.selector, link.tag, link.raw, link.html] for link in page.links]
    data["anchors"] = sorted(page.anchors)
    return data


def page_from_state(data: dict[str, Any]) -> PageRecord:
    page = PageRecord(**{name: data.get(name) for name in _KEPT_FIELDS if name in data})
    page.headers = dict(page.headers or {})
    page.redirect_chain = list(page.redirect_chain or [])
    page.links = [Link(*fields) for fields in data.get("links", [])]
    page.anchors = set(data.get("anchors", []))
    return page


@dataclasses.dataclass
class DonePage:
    page: PageRecord
    audits: dict[str, Any]  # audit id -> what Audit.page_state returned


class RunState:
    """The run-state folder of one crawl, opened fresh or to continue (``resuming``)."""

    _by_crawler: "weakref.WeakKeyDictionary[Any, RunState | None]" = weakref.WeakKeyDictionary()

    def __init__(self, folder: Path, stream_path: Path, resuming: bool):
        self.folder = Path(folder)
        self.resuming = resuming
        identity = self.folder / IDENTITY_FILE
        self.identity = RunIdentity.read(identity) if identity.is_file() else None
        self.events: list[dict[str, Any]] = []
        self.stream_checkpoint = 0  # where the results stream is cut back to when resuming
        self.done_count = 0
        pages_end = 0
        if resuming:
            stream_length = complete_length(stream_path)
            for entry, end in read_json_lines(self.folder / PAGES_FILE):
                if entry.get("stream_end", stream_length + 1) > stream_length:
                    break  # power loss kept the log but not the stream's last pages: do them again
                self.done_count += 1
                self.stream_checkpoint, pages_end = entry["stream_end"], end
            if not self.done_count:
                first = next(read_json_lines(stream_path), None)  # the stream's "run" line
                self.stream_checkpoint = first[1] if first and first[0].get("type") == "run" else 0
            self.events = [entry for entry, _ in read_json_lines(self.folder / EVENTS_FILE)]
        self._done_end = pages_end
        self._pages = AppendLog(self.folder / PAGES_FILE, truncate_at=pages_end)
        self._events = AppendLog(self.folder / EVENTS_FILE, truncate_at=None if resuming else 0)

    @property
    def done(self) -> Iterator[DonePage]:
        """The pages done before the kill, read again from ``pages.jsonl`` at each use (not kept in memory)."""
        for entry, end in read_json_lines(self.folder / PAGES_FILE):
            if end > self._done_end:
                return
            yield DonePage(page_from_state(entry["page"]), entry.get("audits") or {})

    @classmethod
    def of(cls, crawler) -> "RunState | None":
        """The crawl's run state (one per crawler), or None when AUDITCRAWL_RUN_STATE_DIR is not set."""
        if crawler not in cls._by_crawler:
            folder = crawler.settings.get("AUDITCRAWL_RUN_STATE_DIR")
            state = None
            if folder:
                stream = Path(crawler.settings.get("AUDITCRAWL_OUT")) / "results.partial.jsonl"
                state = cls(Path(folder), stream, crawler.settings.getbool("AUDITCRAWL_RESUME"))
            cls._by_crawler[crawler] = state
        return cls._by_crawler[crawler]

    def path(self, name: str) -> Path:
        return self.folder / name

    # -- writing, as the crawl goes ------------------------------------------------------
    def page_done(self, page: PageRecord, audits: dict[str, Any], stream_end: int) -> None:
        """Record ``page`` as done; call after its record and findings are in the results stream."""
        self._pages.append({"page": page_to_state(page), "audits": audits, "stream_end": stream_end})

    def event(self, kind: str, **data: Any) -> None:
        self._events.append({"event": kind, **data})

    def crawl_finished(self) -> None:
        self.event("crawl_finished")

    def close(self) -> None:
        self._pages.close()
        self._events.close()

    # -- reading, when resuming -----------------------------------------------------------
    def done_urls(self) -> Iterator[str]:
        """Every URL requested for the done pages: the first request, each redirect hop, the final URL."""
        for done in self.done:
            yield done.page.requested_url
            yield from (hop["url"] for hop in done.page.redirect_chain if hop.get("url"))
            yield done.page.url

    def events_of(self, kind: str) -> Iterator[dict[str, Any]]:
        return (e for e in self.events if e.get("event") == kind)


# -- before the crawl: the CLI decides between a new run and a resumed one ------------------

@dataclasses.dataclass
class PreparedRun:
    folder: Path
    identity: RunIdentity
    resuming: bool
    crawl_finished: bool = False  # results.json is complete; only the reports are left to write
    pages_done: int = 0
    lock: Any = None  # the open lock file, held as long as this process runs

    def crawl_done(self) -> bool:
        """The crawl ran to its end (not stopped early): results.json is complete."""
        return self.crawl_finished or any(e.get("event") == "crawl_finished"
                                          for e, _ in read_json_lines(self.folder / EVENTS_FILE))

    def complete(self) -> None:
        """The run ended and its reports are written: its state is no longer needed."""
        shutil.rmtree(self.folder, ignore_errors=True)


def prepare_run(out: Path, identity: RunIdentity, resume: bool, as_of_given: bool) -> PreparedRun:
    """Open ``out``'s run state: continue the unfinished run there (``resume``) or start a new one.

    Raises RunStateError, touching nothing, when the unfinished run is not the one asked for.
    """
    from reports.results import PARTIAL_FILE, RESULTS_FILE, write_json_atomic

    lock = lock_output_folder(out)
    folder = out / STATE_DIR
    identity_path = folder / IDENTITY_FILE
    if resume and identity_path.is_file():
        try:
            recorded = RunIdentity.read(identity_path)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise RunStateError(f"--resume: cannot read {identity_path}: {exc}") from None
        differences = recorded.differences(identity, as_of_given)
        if differences:
            raise RunStateError(f"--resume: the unfinished run in {out} was for other start URLs or settings "
                                f"({'; '.join(differences)}); use another --out, or run without --resume "
                                "to start over")
        finished = any(e.get("event") == "crawl_finished" for e, _ in read_json_lines(folder / EVENTS_FILE))
        stream = out / PARTIAL_FILE
        # results.json is written before the stream is removed: no stream left means the crawl ended
        finished = finished or (not stream.exists() and (out / RESULTS_FILE).is_file())
        pages = sum(1 for _ in read_json_lines(folder / PAGES_FILE))
        shutil.rmtree(folder / JOB_DIR, ignore_errors=True)  # not a usable frontier after a kill (see above)
        return PreparedRun(folder, recorded, resuming=True, crawl_finished=finished, pages_done=pages, lock=lock)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    write_json_atomic(identity_path, identity.to_dict())
    return PreparedRun(folder, identity, resuming=False, lock=lock)


def lock_output_folder(out: Path) -> Any:
    """Hold ``OUT/.auditcrawl.lock`` for this process: a second run on the same folder (a nightly cron
    job while last night's run still goes on) would write into the same files."""
    handle = open(out / LOCK_FILE, "a+")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise RunStateError(f"another auditcrawl run is writing to {out}; wait for it to end or use "
                            "another --out") from None
    return handle  # the kernel drops the lock when the process ends, however it ends
