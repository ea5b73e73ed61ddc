"""``auditcrawl audit URL --frontier redis://...`` (the coordinator) and ``auditcrawl worker redis://...``.

The coordinator publishes the run (option values, start URLs, as-of date, engine versions) in Redis, crawls
like any worker, drains the workers' results and, when the queue is empty and every worker is idle, resolves
the link verdicts and writes the one results.json and report. A worker reads the run from Redis, so every
worker audits alike, and refuses to join a run made by another auditcrawl or axe-core version.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from crawler import __version__

from .connection import EXIT_MISMATCH, EXIT_UNREACHABLE, EXIT_USAGE, FrontierError, connect, parse_redis_url, redacted
from .run import RUN_KEY, Frontier, new_worker_id, read_run

DEFAULT_HEARTBEAT_TIMEOUT = 30.0


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if hasattr(value, "pattern"):  # a compiled regular expression
        return value.pattern
    return value


def engine_versions(audits: list[str]) -> dict[str, str]:
    """What must be the same on every machine for the findings to be comparable."""
    versions = {"auditcrawl": __version__}
    if "wcag" in audits:
        from audits.wcag import axe_version
        versions["axe-core"] = axe_version()
    return versions


def apply_frontier_settings(settings: Any, coordinator: bool) -> None:
    settings.set("SCHEDULER", "crawler.frontier.scheduler.LeasingScheduler", priority="cmdline")
    settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="cmdline")
    sink = "crawler.frontier.sinks.DrainingResultsSink" if coordinator else "crawler.frontier.sinks.RedisResultsSink"
    settings.set("AUDITCRAWL_RESULTS_SINK", sink, priority="cmdline")
    # A process takes from the shared queue only what it may have in flight on the site: more would sit in its
    # own download slot (DOWNLOAD_DELAY, AutoThrottle) while other workers find the queue empty.
    settings.set("CONCURRENT_REQUESTS", settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"), priority="cmdline")
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["crawler.frontier.extension.FrontierExtension"] = 10
    settings.set("EXTENSIONS", extensions, priority="cmdline")


def run_frontier_crawl(settings: Any, start_urls: list[str], frontier: Frontier, quiet: bool) -> str:
    """Run the crawl with ``frontier``; returns Scrapy's finish reason."""
    from scrapy.crawler import CrawlerProcess

    from crawler.spiders.site import SiteSpider

    out = Path(settings.get("AUDITCRAWL_OUT"))
    settings.set("LOG_FILE", str(out / "crawl.log"), priority="cmdline")
    settings.set("LOG_LEVEL", os.environ.get("AUDITCRAWL_LOG_LEVEL") or settings.get("LOG_LEVEL") or "INFO",
                 priority="cmdline")
    settings.set("AUDITCRAWL_PROGRESS", not quiet, priority="cmdline")
    settings.set("AUDITCRAWL_START_URLS", start_urls, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SiteSpider)
    crawler.auditcrawl_frontier = frontier  # the Redis client stays out of Scrapy's settings (its password too)
    process.crawl(crawler)
    process.start()
    return crawler.stats.get_value("finish_reason") or ""


def _heartbeat_timeout(settings: Any) -> float:
    return settings.getfloat("AUDITCRAWL_FRONTIER_HEARTBEAT", DEFAULT_HEARTBEAT_TIMEOUT)


def shared_values(run_settings: dict[str, Any]) -> dict[str, Any]:
    """The option values every worker must use: the run's, minus what is this machine's own."""
    own = {"frontier", "out", "history", "baseline", "formats", "fail_on", "gate_limits",
           "chromium_path", "chromedriver_path", "webdriver_url", "wcag_browsers"}
    return {k: _jsonable(v) for k, v in run_settings.items() if k not in own and v is not None}


def coordinate(settings: Any, start_urls: list[str], quiet: bool, resume: bool = False,
               as_of_given: bool = False) -> tuple[int, str]:
    """Start a distributed run (or, with ``resume``, continue the unfinished one in Redis) and crawl as its
    first worker. Returns ``(exit code or -1, message)``: -1 when results.json was written and the normal
    reports and gate follow."""
    from crawler.runstate.identity import RunIdentity
    from reports.results import PARTIAL_FILE, RESULTS_FILE

    from .resume import resumable_run
    url = settings.get("AUDITCRAWL_FRONTIER")
    address = parse_redis_url(url)
    client = connect(address)
    run_settings = dict(settings.getdict("AUDITCRAWL_RUN_SETTINGS"))
    run_settings["frontier"] = address.display
    settings.set("AUDITCRAWL_RUN_SETTINGS", run_settings, priority="cmdline")
    as_of = _jsonable(settings.get("AUDITCRAWL_AS_OF") or dt.date.today().isoformat())
    identity = RunIdentity.for_run(start_urls, as_of, run_settings)
    out = Path(settings.get("AUDITCRAWL_OUT"))
    worker_id = new_worker_id()
    run = resumable_run(client, address.display, identity, out, as_of_given, out / PARTIAL_FILE) if resume else None
    resumed = run is not None
    if resumed:
        as_of = run["identity"]["as_of"]  # one date for the whole run
        if run.pop("results_written", False):  # stopped between results.json and removing the run
            print(f"auditcrawl: the run in {address.display} had written {out / RESULTS_FILE}; writing its reports",
                  file=sys.stderr)
            Frontier(client, run["id"], coordinator=True).delete_run()
            return -1, "finished"
        print(f"auditcrawl: resuming run {run['id']} in {address.display} (started {run['identity']['started_at']})",
              file=sys.stderr)
        run.update(coordinator=worker_id, heartbeat_timeout=_heartbeat_timeout(settings))
    else:
        if resume:
            print(f"auditcrawl: no unfinished run in {address.display}; starting a new one", file=sys.stderr)
        shared = shared_values(run_settings)
        shared["as_of"] = as_of
        run = {"id": uuid.uuid4().hex[:12], "values": shared, "start_urls": start_urls,
               "urls_only": settings.getbool("AUDITCRAWL_URLS_ONLY"),
               "engines": engine_versions(run_settings.get("audits") or []), "identity": identity.to_dict(),
               "coordinator": worker_id, "heartbeat_timeout": _heartbeat_timeout(settings),
               "created": time.time(), "finished": False}
    settings.set("AUDITCRAWL_AS_OF", as_of, priority="cmdline")
    client.set(RUN_KEY, json.dumps(run))
    run_id = run["id"]
    frontier = Frontier(client, run_id, coordinator=True, heartbeat_timeout=_heartbeat_timeout(settings),
                        worker_id=worker_id)
    if resumed:
        frontier.resuming, frontier.started_at = True, run["identity"]["started_at"]
    apply_frontier_settings(settings, coordinator=True)
    reason = run_frontier_crawl(settings, start_urls, frontier, quiet)
    if frontier.lost:
        return EXIT_UNREACHABLE, (f"lost Redis at {address.display} mid-run ({frontier.lost}); stopped, results "
                                  f"so far are in {settings.get('AUDITCRAWL_OUT')}")
    try:
        frontier.delete_run()
    except Exception as exc:  # results.json is written; the keys expire with the next run
        print(f"auditcrawl: warning: could not remove the run from Redis: {exc}", file=sys.stderr)
    return -1, reason


def work(url: str, out: str | None, quiet: bool, options: Any, wait: float = 0.0) -> int:
    """``auditcrawl worker redis://...``: join the run in that Redis database and crawl until it is over."""
    from crawler.config import ConfigError, build_settings, parse_values
    address = parse_redis_url(url)
    client = connect(address)
    run = read_run(client)
    deadline = time.monotonic() + wait
    while (not run or run.get("finished")) and time.monotonic() < deadline:  # started before the coordinator
        time.sleep(0.2)
        run = read_run(client)
    if not run or run.get("finished"):
        raise FrontierError(f"no run in progress in {address.display} (start one with auditcrawl audit URL "
                            "--frontier ...)", EXIT_USAGE)
    mine = engine_versions(["wcag"] if "axe-core" in run["engines"] else [])
    if "axe-core" in run["engines"] and not mine.get("axe-core"):
        from audits.wcag_engines.base import missing_axe_message
        raise FrontierError(f"this worker cannot join: {missing_axe_message(run['engines']['axe-core'])}",
                            EXIT_MISMATCH)
    for name, theirs in run["engines"].items():
        if mine.get(name) != theirs:
            raise FrontierError(f"this worker has {name} {mine.get(name) or '(none)'}, the run uses {theirs}: "
                                "install the same version to join", EXIT_MISMATCH)
    try:
        values = parse_values(run["values"], options, "the run in Redis")
    except ConfigError as exc:
        raise FrontierError(f"cannot read the run's settings: {exc}", EXIT_MISMATCH) from None
    settings = build_settings({}, values, options)
    folder = Path(out) if out else Path(tempfile.mkdtemp(prefix="auditcrawl-worker-"))
    folder.mkdir(parents=True, exist_ok=True)
    settings.set("AUDITCRAWL_OUT", str(folder.resolve()), priority="cmdline")
    settings.set("AUDITCRAWL_URLS_ONLY", bool(run.get("urls_only")), priority="cmdline")
    frontier = Frontier(client, run["id"], coordinator=False,
                        heartbeat_timeout=float(run.get("heartbeat_timeout") or DEFAULT_HEARTBEAT_TIMEOUT))
    apply_frontier_settings(settings, coordinator=False)
    run_frontier_crawl(settings, list(run["start_urls"]), frontier, quiet)
    if frontier.lost:
        print(f"auditcrawl: lost Redis at {address.display} mid-run ({frontier.lost}); worker stopped",
              file=sys.stderr)
        return EXIT_UNREACHABLE
    print(f"auditcrawl: worker done (run {run['id']}, log in {folder / 'crawl.log'})", file=sys.stderr)
    return 0


__all__ = ["FrontierError", "coordinate", "work", "redacted"]
