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

CHECKS_FILE = "link-checks.jsonl"


def fetch_to_dict(fetch: v.Fetch) -> dict[str, Any]:
    data = dataclasses.asdict(fetch)
    data["anchors"] = sorted(fetch.anchors) if fetch.anchors is not None else None
    return data


def fetch_from_dict(data: dict[str, Any]) -> v.Fetch:
    names = {f.name for f in dataclasses.fields(v.Fetch)}
    fetch = v.Fetch(**{k: val for k, val in data.items() if k in names})
    fetch.anchors = set(fetch.anchors) if fetch.anchors is not None else None
    return fetch


class CheckJournal:
    def __init__(self, path: Path, resume: bool):
        self._known: dict[tuple[str, bool], v.Fetch] = {}
        if resume:
            for entry, _ in read_json_lines(path):
                self._known[(entry["url"], bool(entry["body"]))] = fetch_from_dict(entry["fetch"])
        self._log = AppendLog(path, truncate_at=None if resume else 0)

    def known(self, key: str, want_body: bool) -> v.Fetch | None:
        """The logged check of ``key``; one that read the body also answers one that did not need it."""
        return self._known.get((key, want_body)) or (None if want_body else self._known.get((key, True)))

    def record(self, key: str, want_body: bool, fetch: v.Fetch) -> None:
        self._known[(key, want_body)] = fetch
        self._log.append({"url": key, "body": want_body, "fetch": fetch_to_dict(fetch)})

    def __len__(self) -> int:
        return len(self._known)
