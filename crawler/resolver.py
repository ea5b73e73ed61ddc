"""DNS: names that can never resolve fail at once, without asking the network.

RFC 6761 reserves ``.invalid`` (and ``.test`` for testing): a link to
``https://www.usa.invalid/`` is broken by definition, so the crawl and the link
audit answer "DNS lookup failed" without sending a query to the system
resolver. Every other name goes through Scrapy's caching resolver.
"""
from __future__ import annotations

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

RESERVED_SUFFIXES = (".invalid", ".test")


def is_reserved(name: str) -> bool:
    host = name.rstrip(".").lower()
    return any(host == suffix[1:] or host.endswith(suffix) for suffix in RESERVED_SUFFIXES)


class ReservedNameResolver(CachingThreadedResolver):
    def getHostByName(self, name: str, timeout=()):  # noqa: N802 - Twisted's name
        if is_reserved(name):
            return defer.fail(DNSLookupError(f"address {name!r} not found: a reserved name (RFC 6761)"))
        return super().getHostByName(name, timeout)
