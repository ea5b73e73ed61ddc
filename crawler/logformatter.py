"""Scrapy's log formatter, without the two per-page DEBUG records when the log level is above DEBUG.

Scrapy's root handler filters by level, but its loggers pass every record to it: "Crawled (200)
<GET ...>" and "Scraped from <200 ...>" are built (caller lookup, record) for every page and then
dropped. Returning None from ``crawled``/``scraped`` is Scrapy's documented way not to log them
(about 0.5 ms a page, measured in docs/incremental.md). ``LOG_LEVEL = "DEBUG"`` keeps them.
"""
from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter


class PageLogFormatter(LogFormatter):
    def __init__(self, per_page: bool = True) -> None:
        self.per_page = per_page

    @classmethod
    def from_crawler(cls, crawler: Any) -> "PageLogFormatter":
        level = logging.getLevelName(str(crawler.settings.get("LOG_LEVEL") or "DEBUG").upper())
        return cls(per_page=not isinstance(level, int) or level <= logging.DEBUG)

    def crawled(self, *args: Any, **kwargs: Any) -> Any:
        return super().crawled(*args, **kwargs) if self.per_page else None

    def scraped(self, *args: Any, **kwargs: Any) -> Any:
        return super().scraped(*args, **kwargs) if self.per_page else None
