"""Check URLs without a crawl: ``python -m audits.links URL...`` prints one JSON verdict a line.

Runs a minimal Scrapy crawl whose only work is the checks, so the checks go
through exactly the downloader, middlewares and settings a real audit uses.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, AsyncIterator

import scrapy
from scrapy.crawler import CrawlerProcess

from . import verdicts as v
from .checker import Checker, CheckerConfig, url_key
from .options import read_options
from .patterns import TextMatcher
from .soft404 import soft404_text


class LinkCheckSpider(scrapy.Spider):
    """Checks ``check_urls`` in its start() and stores the outcome in ``results``."""

    name = "auditcrawl-linkcheck"

    def __init__(self, check_urls: list[str], site_urls: list[str], results: list[dict[str, Any]],
                 want_body: bool = False, sequential: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.check_urls, self.site_urls, self.results, self.want_body = check_urls, site_urls, results, want_body
        self.sequential = sequential

    async def start(self) -> AsyncIterator[Any]:
        opts = read_options(self.settings)
        config = CheckerConfig(timeout=opts["links_timeout"], retries=opts["links_retries"],
                               max_retry_after=opts["links_max_retry_after"])
        checker = Checker(self.crawler, config, self.site_urls)
        soft = TextMatcher(opts["links_soft404_patterns"])
        futures = [] if self.sequential else [checker.check(u, want_body=self.want_body) for u in self.check_urls]
        for i, url in enumerate(self.check_urls):
            fetch = await (futures[i] if futures else checker.check(url, want_body=self.want_body))
            text = soft404_text(fetch.title, fetch.heading, soft) if fetch.status == 200 and fetch.is_html else ""
            verdict = v.classify(fetch, text)
            fetch_d = asdict(fetch)
            fetch_d["anchors"] = sorted(fetch.anchors) if fetch.anchors is not None else None
            self.results.append({"url": url, "key": url_key(url), "verdict": asdict(verdict), "fetch": fetch_d})
        return
        yield  # an async generator that yields nothing


def run_checks(urls: list[str], site_urls: list[str] = (), settings: dict[str, Any] | None = None,
               want_body: bool = False, sequential: bool = False) -> list[dict[str, Any]]:
    """Check ``urls`` (blocking; starts a Twisted reactor, so once per process)."""
    results: list[dict[str, Any]] = []
    base = {"LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
            "ROBOTSTXT_OBEY": True}
    process = CrawlerProcess({**base, **(settings or {})})
    process.crawl(LinkCheckSpider, check_urls=list(urls), site_urls=list(site_urls), results=results,
                  want_body=want_body, sequential=sequential)
    process.start()
    return results


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m audits.links", description=__doc__)
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--site", action="append", default=[], help="origin of the audited site (repeatable)")
    parser.add_argument("--body", action="store_true", help="download HTML bodies (fragments, soft 404s)")
    parser.add_argument("--sequential", action="store_true", help="one check after the other, in order")
    parser.add_argument("-s", dest="set", action="append", default=[], metavar="NAME=VALUE",
                        help="a Scrapy setting, e.g. -s AUDITCRAWL_LINKS_TIMEOUT=2")
    args = parser.parse_args(argv)
    settings: dict[str, Any] = {}
    for item in args.set:
        name, _, value = item.partition("=")
        settings[name] = json.loads(value) if value[:1] in "{[" else value
    for result in run_checks(args.urls, args.site, settings, want_body=args.body,
                                 sequential=args.sequential):
        print(json.dumps(result, default=str))
    return 0
