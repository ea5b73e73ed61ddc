"""Build the audits listed in the ``AUDITS`` setting, Scrapy-style.

``AUDITS`` maps class paths to an order (lower runs first); ``None`` switches
an audit off, and so does ``AUDITCRAWL_AUDITS`` (the ``--audits`` flag), a
list of audit ids to keep (``None``: all of them; ``--audits none``: none). An audit raising ``NotConfigured`` is left out.
"""
from __future__ import annotations

import logging

from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import build_from_crawler, load_object

from audits.base import Audit

logger = logging.getLogger(__name__)


def audit_classes(audits_setting: dict) -> list[type[Audit]]:
    """The enabled audit classes, in order (loading each import path)."""
    enabled = sorted(((order, path) for path, order in audits_setting.items() if order is not None),
                     key=lambda item: item[0])
    return [load_object(path) for _, path in enabled]


def build_audits(crawler) -> list[Audit]:
    """Instantiate the enabled audits for ``crawler``, honouring ``AUDITCRAWL_AUDITS``."""
    wanted = crawler.settings.get("AUDITCRAWL_AUDITS")  # None: all; []: none ("--audits none")
    audits = []
    for cls in audit_classes(crawler.settings.getdict("AUDITS")):
        if wanted is not None and cls.id not in wanted:
            continue
        try:
            audits.append(build_from_crawler(cls, crawler))
        except NotConfigured as exc:
            logger.info("audit %s switched off: %s", cls.id, exc)
    return audits
