"""The crawl's user-facing settings.

Each ``Option`` is one TOML key, one ``--flag`` and one Scrapy setting (see
``audits.base.Option``); the parsers are in ``audits.option_types``.
"""
from __future__ import annotations

from audits.base import Option
from crawler.auth.options import AUTH_OPTIONS
from audits.option_types import (float_between, int_between, parse_bool, parse_date, parse_list, parse_patterns,
                                 parse_text)


CRAWL_OPTIONS: tuple[Option, ...] = (
    Option("out", "AUDITCRAWL_OUT", parse_text, "auditcrawl-report",
           "folder for results.json and the reports", "DIR"),
    Option("as_of", "AUDITCRAWL_AS_OF", parse_date, None,
           "judge dates as of this day (default: today)", "YYYY-MM-DD"),
    Option("audits", "AUDITCRAWL_AUDITS", parse_list, None,
           "audits to run, comma-separated, or none (default: all)", "LIST"),
    Option("max_pages", "AUDITCRAWL_MAX_PAGES", int_between(1), 10000, "stop following links after N pages", "N"),
    Option("max_depth", "AUDITCRAWL_MAX_DEPTH", int_between(0), 20, "follow links at most N clicks deep", "N"),
    Option("allow", "AUDITCRAWL_ALLOW", parse_patterns, [],
           "only crawl URLs matching one of these regular expressions", "REGEX,..."),
    Option("deny", "AUDITCRAWL_DENY", parse_patterns, [], "never crawl URLs matching these", "REGEX,..."),
    Option("max_url_length", "AUDITCRAWL_MAX_URL_LENGTH", int_between(16), 2083, "skip longer URLs", "N"),
    Option("max_body_bytes", "AUDITCRAWL_MAX_BODY_BYTES", int_between(1024), 5 * 1024 * 1024,
           "cut HTML bodies off after N bytes", "N"),
    Option("sitemaps", "AUDITCRAWL_SITEMAPS", parse_bool, True,
           "seed the crawl from robots.txt Sitemap lines and /sitemap.xml", "true|false"),
    Option("obey_robots", "ROBOTSTXT_OBEY", parse_bool, True, "obey robots.txt", "true|false"),
    Option("user_agent", "USER_AGENT", parse_text, None, "User-Agent header (default names auditcrawl)", "TEXT"),
    Option("concurrency", "CONCURRENT_REQUESTS_PER_DOMAIN", int_between(1), 4,
           "requests in flight per host", "N"),
    Option("autothrottle", "AUTOTHROTTLE_ENABLED", parse_bool, True,
           "adapt the request rate to the server's response times", "true|false"),
    Option("delay", "DOWNLOAD_DELAY", float_between(0, 60), 0, "least seconds between requests to a host", "S"),
    Option("timeout", "DOWNLOAD_TIMEOUT", float_between(1, 300), 20, "seconds before a request times out", "S"),
    Option("verify_certificates", "DOWNLOAD_VERIFY_CERTIFICATES", parse_bool, True,
           "treat invalid TLS certificates as failures (turn off for intranets with private CAs)", "true|false"),
    Option("retries", "RETRY_TIMES", int_between(0), 2, "retries after a timeout or a 5xx/429", "N"),
    Option("max_retry_after", "AUDITCRAWL_MAX_RETRY_AFTER", float_between(0, 600), 30,
           "longest Retry-After honoured, in seconds", "S"),
    # --incremental (docs/incremental.md)
    Option("incremental", "AUDITCRAWL_INCREMENTAL", parse_bool, False,
           "reuse the last complete run of the site (in --history) for unchanged pages; audit what changed",
           "true|false"),
    Option("link_recheck_days", "AUDITCRAWL_LINK_RECHECK_DAYS", int_between(0), 7,
           "--incremental: check a link target again once its ok verdict is N days old", "N"),
    Option("full_every_days", "AUDITCRAWL_FULL_EVERY_DAYS", int_between(1), 30,
           "--incremental: reuse nothing once the last full audit is N days old", "N"),
    # distributed runs (crawler/frontier/, docs/scaling.md)
    Option("frontier", "AUDITCRAWL_FRONTIER", parse_text, None,
           "share the crawl frontier in Redis: workers join with auditcrawl worker URL "
           "(password in the URL or AUDITCRAWL_REDIS_PASSWORD)", "redis://HOST:PORT/DB"),
    Option("frontier_heartbeat", "AUDITCRAWL_FRONTIER_HEARTBEAT", float_between(1, 3600), 30,
           "seconds without a heartbeat before a worker's pages go back to the queue", "S"),
)
CRAWL_OPTIONS += AUTH_OPTIONS  # sites behind a login: crawler/auth/options.py
