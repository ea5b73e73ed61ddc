"""auditcrawl: the Scrapy project (settings, spider, pipeline, CLI)."""

__version__ = "0.1.0"
