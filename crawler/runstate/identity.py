"""A run's identity: what a resumed run must share with the run it continues.

Written once, atomically, when a run starts (``identity.json``). ``--resume``
compares it with the new command line: other start URLs, another as-of date or
any setting that changes what is audited or how it is judged make the old
state useless, so that is an error (exit 2) and nothing in the folder is
touched. Settings that only change how fast or how politely the crawl runs,
or what is done with the results afterwards, may differ.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from crawler import __version__

# May change between a killed run and its resumption: speed, politeness, browsers, report outputs.
OPERATIONAL_SETTINGS = frozenset({
    "out", "as_of",  # as_of is compared on its own (the recorded date is kept when none is given)
    "concurrency", "autothrottle", "delay", "timeout", "retries", "max_retry_after",
    "links_timeout", "links_retries", "links_max_retry_after",
    "webdriver_url", "wcag_browsers", "wcag_recycle_after", "wcag_page_timeout", "wcag_axe_timeout",
    "chromium_path", "chromedriver_path",
    "fail_on", "gate_limits", "baseline", "history", "formats",
    "frontier_heartbeat",  # a distributed run's (crawler/frontier/resume.py)
})


@dataclass(frozen=True)
class RunIdentity:
    start_urls: list[str]
    as_of: str  # YYYY-MM-DD: a resumed run judges dates as of the day the run started
    settings: dict[str, Any]  # the compared settings (OPERATIONAL_SETTINGS left out)
    started_at: str
    version: str = __version__

    @classmethod
    def for_run(cls, start_urls: list[str], as_of: str | None, run_settings: dict[str, Any]) -> "RunIdentity":
        compared = {k: v for k, v in sorted(run_settings.items()) if k not in OPERATIONAL_SETTINGS}
        return cls(start_urls=list(start_urls), as_of=as_of or dt.date.today().isoformat(),
                   settings=json.loads(json.dumps(compared, default=str)),  # the form it is read back in
                   started_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))

    @classmethod
    def read(cls, path: Path) -> "RunIdentity":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(start_urls=list(data["start_urls"]), as_of=str(data["as_of"]), settings=dict(data["settings"]),
                   started_at=str(data["started_at"]), version=str(data.get("version", "")))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def differences(self, other: "RunIdentity", as_of_given: bool) -> list[str]:
        """What ``other`` (the new command line) changes; empty when it continues this run."""
        found = []
        if sorted(self.start_urls) != sorted(other.start_urls):
            found.append(f"start URLs {', '.join(self.start_urls)} -> {', '.join(other.start_urls)}")
        if as_of_given and self.as_of != other.as_of:
            found.append(f"as_of {self.as_of} -> {other.as_of}")
        for key in sorted(set(self.settings) | set(other.settings)):
            old, new = self.settings.get(key), other.settings.get(key)
            if old != new:
                found.append(f"{key} {json.dumps(old)} -> {json.dumps(new)}")
        return found
