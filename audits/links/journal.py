"""The link audit's completed checks, logged as they are decided, for a run resumed after a kill.

One line per finished check (``run-state/link-checks.jsonl``): the URL, whether the body was
read, and the facts observed (a :class:`~audits.links.verdicts.Fetch`). A resumed run answers
those URLs from the log instead of asking the network again; a check in flight at the kill is
simply done again. Verdicts are judged from the facts at the end, as in a run that never stopped.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from crawler.runstate.journal import AppendLog, read_json_lines

from . import verdicts as v
from .store import CHECKED

CHECKS_FILE = "link-checks.jsonl"
JOURNAL = "journal"  # the link store's kind for checks read back from the log


def fetch_to_dict(fetch: v.Fetch) -> dict[str, Any]:
    data = dataclasses.asdict(fetch)
    data["anchors"] = sorted(fetch.anchors) if fetch.anchors is not None else None
    return data


def fetch_from_dict(data: dict[str, Any]) -> v.Fetch:
    names = {f.name for f in dataclasses.fields(v.Fetch)}
    fetch = v.Fetch(**{k: val for k, val in data.items() if k in names})
    fetch.anchors = set(fetch.anchors) if fetch.anchors is not None else None
    return fetch


def check_key(url: str, body: bool) -> str:
    """The link store's key of a finished check: whether the body was read, and the URL."""
    return f"{int(bool(body))} {url}"


class CheckJournal:
    """The log on disk; what a resumed run reads from it goes to the link store (``replay``), not memory."""

    def __init__(self, path: Path, resume: bool):
        self.path = Path(path)
        self.resume = resume
        self._log = AppendLog(path, truncate_at=None if resume else 0)

    def replay(self, store: Any) -> None:
        """The checks logged before a kill, into ``store`` (kind ``journal``), a chunk at a time."""
        if not self.resume:
            return
        chunk: dict[str, dict[str, Any]] = {}
        for entry, _ in read_json_lines(self.path):
            chunk[check_key(entry["url"], entry["body"])] = entry["fetch"]
            if len(chunk) >= 1000:
                store.put_results(JOURNAL, chunk)
                chunk = {}
        store.put_results(JOURNAL, chunk)

    @staticmethod
    def known(store: Any, key: str, want_body: bool) -> v.Fetch | None:
        """The logged check of ``key``; one that read the body (logged, or done in this run) also answers one
        that did not need it."""
        wanted = [(JOURNAL, check_key(key, want_body))]
        if not want_body:
            wanted += [(CHECKED, check_key(key, True)), (JOURNAL, check_key(key, True))]
        for kind, name in wanted:
            data = store.results(kind, [name]).get(name)
            if data is not None:
                return fetch_from_dict(data)
        return None

    def record(self, key: str, want_body: bool, fetch: v.Fetch) -> None:
        self._log.append({"url": key, "body": want_body, "fetch": fetch_to_dict(fetch)})
