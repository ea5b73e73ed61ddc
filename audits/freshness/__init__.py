"""Freshness audit: the real "Last reviewed/updated" date of every page, its age, and overdue pages."""
from .extract import ReviewDate, extract_review_date

__all__ = ["ReviewDate", "extract_review_date", "FreshnessAudit"]


def __getattr__(name: str):  # the audit pulls in Scrapy-facing code; the extractor does not need it
    if name == "FreshnessAudit":
        from .audit import FreshnessAudit
        return FreshnessAudit
    raise AttributeError(name)
