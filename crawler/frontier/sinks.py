"""Results of a distributed run: workers push them to Redis, the coordinator drains them into its own sink.

Workers need no shared disk. ``RedisResultsSink`` (workers) stores each page with its findings in one entry
of ``P results``, in the same transaction that ends the page's lease. ``DrainingResultsSink`` (the
coordinator) is the normal ``JsonResultsSink`` (``results.partial.jsonl``, then ``results.json``) that also
takes the workers' entries from Redis. A page that reached Redis twice (a worker declared dead that was only
slow) is kept once: the pages taken are a set in Redis (``P results_taken``), not in the coordinator's memory.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Iterable

from reports.results import JsonResultsSink, ResultsSummary, page_to_dict, stream_entries

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

    def summary(self) -> ResultsSummary:
        return ResultsSummary()  # the coordinator counts every worker's pages

    def close(self, run: dict[str, Any]) -> None:
        pass


class DrainingResultsSink(JsonResultsSink):
    """The coordinator's sink: its own pages, plus every worker's, in one results.json."""

    def __init__(self, out_dir: Path, frontier: Any) -> None:
        super().__init__(out_dir)
        self.frontier = frontier
        self.key = frontier.key("results")
        self.stream_end_key = frontier.key(STREAM_END)
        self.taken_key = frontier.key("results_taken")  # URLs of the pages in the stream (a set, not in memory)
        self._taken_while_lost: set[str] = set()  # only once Redis is gone (the run is ending)
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
            self._retake_stream_pages(checkpoint)
            logger.info("frontier: resumed with %d pages and %d findings from the results stream",
                        self.counts.pages, self.counts.findings)
        else:
            super().open(run)

    def _retake_stream_pages(self, checkpoint: int) -> None:
        """The taken set becomes exactly the pages of the stream kept by a resume (a page marked taken after
        ``P stream_end`` was cut off with the stream's tail: it must be taken again)."""
        if self.frontier.lost:
            return
        try:
            self.frontier.redis.delete(self.taken_key)
            batch: list[str] = []
            for page in stream_entries(self.partial_path, "page", checkpoint):
                batch.append(page["url"])
                if len(batch) >= DRAIN_BATCH:
                    self.frontier.redis.sadd(self.taken_key, *batch)
                    batch = []
            if batch:
                self.frontier.redis.sadd(self.taken_key, *batch)
        except _redis_errors() as exc:
            self.frontier.connection_lost(exc)

    def _first_time(self, urls: list[str]) -> list[bool]:
        """For each URL, whether its page is new to the stream (and mark it taken)."""
        if not self.frontier.lost:
            try:
                pipe = self.frontier.redis.pipeline(transaction=False)
                for url in urls:
                    pipe.sadd(self.taken_key, url)
                return [bool(added) for added in pipe.execute()]
            except _redis_errors() as exc:
                self.frontier.connection_lost(exc)
        fresh = []
        for url in urls:
            fresh.append(url not in self._taken_while_lost)
            self._taken_while_lost.add(url)
        return fresh

    def write_page(self, page: Any, findings: Iterable) -> None:
        if not self._first_time([page.url])[0]:
            return
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
            entries = [json.loads(raw) for raw in entries]
            pages = [entry for entry in entries if entry.get("type") == "page"]
            fresh = iter(self._first_time([entry["page"]["url"] for entry in pages]))
            for entry in entries:
                self._take(entry, next(fresh) if entry.get("type") == "page" else True)
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

    def _take(self, entry: dict[str, Any], fresh: bool) -> None:
        kind = entry.get("type")
        if kind == "page":
            if not fresh:
                return
            self._emit_page(entry["page"])
            for data in entry.get("findings") or []:
                self._emit_finding(data)
        elif kind == "findings":
            for data in entry.get("findings") or []:
                self._emit_finding(data)
        elif kind == "run_error":
            self._emit_run_error(entry["error"])

    def summary(self) -> ResultsSummary:
        self.drain()
        return self.counts

    def close(self, run: dict[str, Any]) -> None:
        self.drain()
        if self.frontier.resuming and self.frontier.started_at:
            run["started_at"] = self.frontier.started_at
        if self.frontier.lost:
            run["exit_reason"] = "frontier_lost"
        coverage = run.get("coverage")
        if coverage is not None:  # every worker's pages, not only this process's
            coverage["fetched"] = self.counts.pages
            coverage["audited"] = self.counts.audited
        super().close(run)
