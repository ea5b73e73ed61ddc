"""The spider's cross-page state, shared by every worker through Redis.

``SiteSpider`` keeps a few structures beside the frontier: the URLs it has seen (``discovered``), the
redirects it followed, the sitemaps' ``<lastmod>`` dates, the start URLs' outcomes and the page budget. In a
distributed run each is replaced by one of these, with the same methods the spider already calls.
"""
from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import MutableMapping
from typing import Any, Iterator

import redis

REDIS_ERRORS = (redis.RedisError, OSError)


class Guarded:
    """Redis calls that, once Redis is lost, answer ``default`` at once instead of retrying for seconds each:
    the pages in flight finish (on the coordinator their results are kept) while the crawl stops."""

    def __init__(self, frontier: Any) -> None:
        self.frontier = frontier
        self.redis = frontier.redis

    def _call(self, default: Any, fn: Any, *args: Any) -> Any:
        if self.frontier.lost:
            return default
        try:
            return fn(*args)
        except REDIS_ERRORS as exc:
            self.frontier.connection_lost(exc)
            return default


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


class SharedSet(Guarded):
    """A Redis set with a small local cache (navigation links repeat on every page: no round trip for them)."""

    def __init__(self, frontier: Any, key: str, cache_size: int = 50_000) -> None:
        super().__init__(frontier)
        self.key, self.cache_size = key, cache_size
        self._cache: OrderedDict[str, None] = OrderedDict()

    def _remember(self, item: str) -> None:
        self._cache[item] = None
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def add_new(self, item: str) -> bool:
        """Add ``item``; ``True`` only for the one worker that added it first."""
        if item in self._cache:
            return False
        self._remember(item)
        return bool(self._call(0, self.redis.sadd, self.key, item))

    def add(self, item: str) -> None:
        self._remember(item)
        self._call(0, self.redis.sadd, self.key, item)

    def __contains__(self, item: object) -> bool:
        return item in self._cache or bool(self._call(False, self.redis.sismember, self.key, item))

    def __len__(self) -> int:
        return int(self._call(len(self._cache), self.redis.scard, self.key))

    def __iter__(self) -> Iterator[str]:
        return iter([_text(m) for m in self._call([], lambda: list(self.redis.sscan_iter(self.key, count=1000)))])


class SharedSets:
    """``family[key]`` is a :class:`SharedSet`: the scope's trap counters (date and query variants per URL stem)."""

    def __init__(self, frontier: Any, prefix: str) -> None:
        self.frontier, self.prefix = frontier, prefix
        self._sets: dict[str, SharedSet] = {}

    def __getitem__(self, name: str) -> SharedSet:
        if name not in self._sets:
            digest = hashlib.sha1(name.encode("utf-8")).hexdigest()
            self._sets[name] = SharedSet(self.frontier, f"{self.prefix}{digest}", cache_size=1000)
            if len(self._sets) > 10_000:  # the Redis sets stay; only the local handles are dropped
                self._sets.pop(next(iter(self._sets)))
        return self._sets[name]


class SharedMap(Guarded, MutableMapping):
    """A Redis hash of JSON values."""

    def __init__(self, frontier: Any, key: str) -> None:
        super().__init__(frontier)
        self.key = key

    def __getitem__(self, name: str) -> Any:
        raw = self._call(None, self.redis.hget, self.key, name)
        if raw is None:
            raise KeyError(name)
        return json.loads(raw)

    def __setitem__(self, name: str, value: Any) -> None:
        self._call(0, self.redis.hset, self.key, name, json.dumps(value, ensure_ascii=False))

    def __delitem__(self, name: str) -> None:
        if not self._call(0, self.redis.hdel, self.key, name):
            raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter([_text(k) for k in self._call([], self.redis.hkeys, self.key)])

    def __len__(self) -> int:
        return int(self._call(0, self.redis.hlen, self.key))


class SharedCounter(Guarded):
    """An integer in Redis that supports what the spider does with ``scheduled``: ``+= 1`` and ``>=``."""

    def __init__(self, frontier: Any, key: str) -> None:
        super().__init__(frontier)
        self.key = key

    def __int__(self) -> int:
        return int(self._call(0, self.redis.get, self.key) or 0)

    def __iadd__(self, n: int) -> "SharedCounter":
        self._call(0, self.redis.incrby, self.key, n)
        return self

    def __ge__(self, other: int) -> bool:
        return int(self) >= other

    def __lt__(self, other: int) -> bool:
        return int(self) < other

    def __repr__(self) -> str:
        return f"SharedCounter({int(self)})"
