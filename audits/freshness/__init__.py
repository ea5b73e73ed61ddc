"""Freshness audit: the real "Last reviewed/updated" date of every page, its age, and overdue pages."""
from .audit import FreshnessAudit
from .extract import ReviewDate, extract_review_date

__all__ = ["FreshnessAudit", "ReviewDate", "extract_review_date"]
