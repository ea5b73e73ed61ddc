"""Results of a distributed run: workers push them to Redis, the coordinator drains them into its own sink.

Workers need no shared disk. ``RedisResultsSink`` (workers) stores each page with its findings in one entry
of ``P results``, in the same transaction that ends the page's lease. ``DrainingResultsSink`` (the
coordinator) is the normal ``JsonResultsSink`` (``results.partial.jsonl``, then ``results.json``) that also
takes the workers' entries from Redis. A page that reached Redis twice (a worker declared dead that was only
slow) is kept once.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Iterable

from reports.results import JsonResultsSink, page_to_dict

from .resume import STREAM_END

logger = logging.getLogger(__name__)
DRAIN_BATCH = 500


def _redis_errors() -> tuple[type[BaseException], ...]:
    import redis
    return (redis.RedisError, OSError)


class RedisResultsSink:
    """A worker's sink: every page, finding and run error goes to the run's ``results`` list."""

    def __init__(self, frontier: Any) -> None:
        self.frontier = frontier
        self.key = frontier.key("results")

    @classmethod
    def from_crawler(cls, crawler: Any) -> "RedisResultsSink":
        return cls(crawler.auditcrawl_frontier)

    def open(self, run: dict[str, Any]) -> None:
        pass

    def _push(self, entry: dict[str, Any], release: str | None = None) -> None:
        if self.frontier.lost:
            return
        try:
            pipe = self.frontier.redis.pipeline(transaction=True)
            pipe.rpush(self.key, json.dumps(entry, ensure_ascii=False))
            if release is not None:
                self.frontier.release_in(pipe, release)
            pipe.execute()
        except _redis_errors() as exc:
            self.frontier.connection_lost(exc)

    def write_page(self, page: Any, findings: Iterable) -> None:
        self._push({"type": "page", "page": page_to_dict(page), "findings": [f.to_dict() for f in findings]},
                   release=page.url)

    def write_findings(self, findings: Iterable) -> None:
        findings = [f.to_dict() for f in findings]
        if findings:
            self._push({"type": "findings", "findings": findings})

    def write_run_error(self, error: dict[str, str]) -> None:
        self._push({"type": "run_error", "error": error})

    def pages_summary(self) -> list[dict[str, Any]]:
        return []

    def close(self, run: dict[str, Any]) -> None:
        pass


class DrainingResultsSink(JsonResultsSink):
    """The coordinator's sink: its own pages, plus every worker's, in one results.json."""

    def __init__(self, out_dir: Path, frontier: Any) -> None:
        super().__init__(out_dir)
        self.frontier = frontier
        self.key = frontier.key("results")
        self.stream_end_key = frontier.key(STREAM_END)
        self._page_urls: set[str] = set()
        # Once the end-of-crawl findings are being written the stream is no longer a checkpoint (a resumed
        # coordinator writes them again): what is drained after that stays in Redis until the run is removed.
        self._final_part = False
        self._held = 0  # entries read from the start of ``P results`` but left there

    @classmethod
    def from_crawler(cls, crawler: Any) -> "DrainingResultsSink":
        return cls(Path(crawler.settings.get("AUDITCRAWL_OUT")), crawler.auditcrawl_frontier)

    def open(self, run: dict[str, Any]) -> None:
        """A resumed coordinator (``--resume``) continues the stream up to ``P stream_end``."""
        checkpoint = 0
        if self.frontier.resuming:
            run["started_at"] = self.frontier.started_at or run.get("started_at")
            try:
                checkpoint = int(self.frontier.redis.get(self.stream_end_key) or 0)
            except _redis_errors() as exc:
                self.frontier.connection_lost(exc)
        if checkpoint > 0:
            self.resume(run, checkpoint)
            self._page_urls = {page["url"] for page in self.pages}
            logger.info("frontier: resumed with %d pages and %d findings from the results stream",
                        len(self.pages), len(self.findings))
        else:
            super().open(run)

    def write_page(self, page: Any, findings: Iterable) -> None:
        if page.url in self._page_urls:
            return
        self._page_urls.add(page.url)
        super().write_page(page, findings)
        if not self.frontier.lost:
            try:  # the page is final once its lease is gone: the stream's checkpoint moves with it
                pipe = self.frontier.redis.pipeline(transaction=True)
                self.frontier.release_in(pipe, page.url)
                if not self._final_part:
                    pipe.set(self.stream_end_key, self.checkpoint())
                pipe.execute()
            except _redis_errors() as exc:
                self.frontier.connection_lost(exc)

    def write_findings(self, findings: Iterable) -> None:
        self._final_part = True
        super().write_findings(findings)

    def write_run_error(self, error: dict[str, str]) -> None:
        self._final_part = True
        super().write_run_error(error)

    def drain(self) -> int:
        """Copy the workers' entries from Redis into this sink; returns how many were taken.

        They leave Redis only once they are in the stream, in the transaction that moves ``P stream_end``
        past them: a coordinator killed at any point loses none and, resumed, takes none twice.
        """
        if self._stream is None or self.frontier.lost:
            return 0
        taken = 0
        redis = self.frontier.redis
        while True:
            try:
                entries = redis.lrange(self.key, self._held, self._held + DRAIN_BATCH - 1)
            except _redis_errors() as exc:
                self.frontier.connection_lost(exc)
                return taken
            if not entries:
                break
            for raw in entries:
                self._take(json.loads(raw))
            taken += len(entries)
            self._stream.flush()
            if self._final_part:
                self._held += len(entries)
                continue
            try:
                pipe = redis.pipeline(transaction=True)
                pipe.ltrim(self.key, len(entries), -1)  # only the coordinator removes, from the head
                pipe.set(self.stream_end_key, self.checkpoint())
                pipe.execute()
            except _redis_errors() as exc:
                self.frontier.connection_lost(exc)
                return taken
        return taken

    def _take(self, entry: dict[str, Any]) -> None:
        kind = entry.get("type")
        if kind == "page":
            page = entry["page"]
            if page["url"] in self._page_urls:
                return
            self._page_urls.add(page["url"])
            self.pages.append(page)
            self._emit({"type": "page", **page})
            self._take_findings(entry.get("findings") or [])
        elif kind == "findings":
            self._take_findings(entry.get("findings") or [])
        elif kind == "run_error":
            self.run_errors.append(entry["error"])
            self._emit({"type": "run_error", **entry["error"]})

    def _take_findings(self, findings: list[dict[str, Any]]) -> None:
        for data in findings:
            self.findings.append(data)
            self._emit({"type": "finding", **data})

    def pages_summary(self) -> list[dict[str, Any]]:
        self.drain()
        return self.pages

    def close(self, run: dict[str, Any]) -> None:
        self.drain()
        if self.frontier.resuming and self.frontier.started_at:
            run["started_at"] = self.frontier.started_at
        if self.frontier.lost:
            run["exit_reason"] = "frontier_lost"
        coverage = run.get("coverage")
        if coverage is not None:  # every worker's pages, not only this process's
            coverage["fetched"] = len(self.pages)
            coverage["audited"] = sum(1 for p in self.pages if p.get("audited"))
        super().close(run)
