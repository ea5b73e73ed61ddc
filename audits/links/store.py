"""Where the link audit keeps what grows with the site until ``finish()``: every page's links, and what the
crawl learnt about every fetched URL (status, redirect chain, title, heading, anchors).

Three stores behind one small interface:

- ``MemoryLinkStore``: plain lists and dicts (unit tests, ``LinkAudit`` used without a crawl);
- ``SqliteLinkStore``: a SQLite file inside ``--out``, deleted when the audit closes (the default for crawls:
  memory stays flat however large the site is);
- ``RedisLinkStore``: the distributed crawl's Redis (``crawler.frontier``): every worker writes, the coordinator
  reads in ``finish()``.

Occurrences are stored one page at a time and read back in the order they were written. Page facts are the
fields of a ``PageRecord`` that ``LinkAudit.fetch_from_page`` needs, as a JSON-ready dict.

``finish()`` keeps its per-URL state here too: the unique link targets (``add_targets``: URL key -> whether a
fragment needs the target's body), and its results by kind (``put_results``): ``verdict`` (per URL key: the
verdict and, for fragment targets, the anchors) and ``note`` (per link URL: skipped or invalid). They are read
back in chunks (``results``), so ``finish()`` holds one chunk at a time, not one fetch per URL of the site.
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from .occurrence import Occurrence

BATCH = 500  # pages between SQLite commits / Redis page facts per pipeline
CHECKED = "checked"  # results kind: the facts of each finished check (the checker's, ``journal.check_key``)


class LinkStore:
    """The interface. Subclasses implement all of it."""

    def add_page_links(self, page_url: str, occurrences: list[Occurrence]) -> None:
        raise NotImplementedError

    def occurrences(self) -> Iterator[Occurrence]:
        raise NotImplementedError

    def occurrence_count(self) -> int:
        raise NotImplementedError

    def add_page_fact(self, urls: Iterable[str], fact: dict[str, Any]) -> None:
        """What the crawl learnt about the page fetched as ``urls`` (its requested and final URL)."""
        raise NotImplementedError

    def page_fact(self, url: str) -> dict[str, Any] | None:
        raise NotImplementedError

    def add_site_urls(self, urls: Iterable[str]) -> None:
        raise NotImplementedError

    def site_urls(self) -> set[str]:
        raise NotImplementedError

    def add_targets(self, wants_body: dict[str, bool]) -> None:
        """Unique link targets (URL key -> a fragment link needs the body); ``True`` wins over ``False``."""
        raise NotImplementedError

    def targets(self) -> Iterator[tuple[str, bool]]:
        """Every target added, once, in the order first added."""
        raise NotImplementedError

    def put_results(self, kind: str, results: dict[str, dict[str, Any]]) -> None:
        raise NotImplementedError

    def results(self, kind: str, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The stored results of ``kind`` for those of ``keys`` that have one."""
        raise NotImplementedError

    def result_count(self, kind: str) -> int:
        raise NotImplementedError

    def close(self) -> None:
        """Release (and, for a private store, delete) what the store holds."""


def _pack(occurrences: list[Occurrence]) -> str:
    return json.dumps([[o.url, o.text, o.selector, o.tag, o.html, o.learn_more] for o in occurrences],
                      ensure_ascii=False, separators=(",", ":"))


def _unpack(page_url: str, packed: str | bytes) -> Iterator[Occurrence]:
    for url, text, selector, tag, html, learn_more in json.loads(packed):
        yield Occurrence(page_url, url, text, selector, tag, html, bool(learn_more))


class MemoryLinkStore(LinkStore):
    def __init__(self) -> None:
        self._occurrences: list[Occurrence] = []
        self._facts: dict[str, dict[str, Any]] = {}
        self._site_urls: set[str] = set()
        self._targets: dict[str, bool] = {}
        self._results: dict[str, dict[str, dict[str, Any]]] = {}

    def add_page_links(self, page_url: str, occurrences: list[Occurrence]) -> None:
        # navigation repeats the same links on every page: intern the strings, keep one copy each
        self._occurrences.extend(Occurrence(o.page, sys.intern(o.url), sys.intern(o.text), sys.intern(o.selector),
                                            o.tag, sys.intern(o.html), o.learn_more) for o in occurrences)

    def occurrences(self) -> Iterator[Occurrence]:
        return iter(self._occurrences)

    def occurrence_count(self) -> int:
        return len(self._occurrences)

    def add_page_fact(self, urls: Iterable[str], fact: dict[str, Any]) -> None:
        for i, url in enumerate(urls):
            if i == 0:
                self._facts[url] = fact
            else:
                self._facts.setdefault(url, fact)

    def page_fact(self, url: str) -> dict[str, Any] | None:
        return self._facts.get(url)

    def add_site_urls(self, urls: Iterable[str]) -> None:
        self._site_urls.update(urls)

    def site_urls(self) -> set[str]:
        return set(self._site_urls)

    def add_targets(self, wants_body: dict[str, bool]) -> None:
        for key, body in wants_body.items():
            self._targets[key] = self._targets.get(key, False) or body

    def targets(self) -> Iterator[tuple[str, bool]]:
        return iter(list(self._targets.items()))

    def put_results(self, kind: str, results: dict[str, dict[str, Any]]) -> None:
        self._results.setdefault(kind, {}).update(results)

    def results(self, kind: str, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        stored = self._results.get(kind, {})
        return {key: stored[key] for key in keys if key in stored}

    def result_count(self, kind: str) -> int:
        return len(self._results.get(kind, {}))


def _chunks(items: Iterable[str], size: int = 400) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class SqliteLinkStore(LinkStore):
    """A private SQLite file in ``folder``; written in batches, deleted by ``close()``."""

    def __init__(self, folder: str | Path) -> None:
        Path(folder).mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".links-", suffix=".sqlite", dir=folder)
        os.close(fd)
        self.path = Path(name)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.executescript("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -8000;
            CREATE TABLE pages (id INTEGER PRIMARY KEY, url TEXT NOT NULL, links TEXT NOT NULL, n INTEGER NOT NULL);
            CREATE TABLE facts (url TEXT PRIMARY KEY, fact TEXT NOT NULL);
            CREATE TABLE site (url TEXT PRIMARY KEY);
            CREATE TABLE targets (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, body INTEGER NOT NULL);
            CREATE TABLE results (kind TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, key));
        """)
        self._pending = 0
        self.db.execute("BEGIN")

    def _written(self) -> None:
        self._pending += 1
        if self._pending >= BATCH:
            self.db.execute("COMMIT")
            self.db.execute("BEGIN")
            self._pending = 0

    def add_page_links(self, page_url: str, occurrences: list[Occurrence]) -> None:
        if occurrences:
            self.db.execute("INSERT INTO pages (url, links, n) VALUES (?, ?, ?)",
                            (page_url, _pack(occurrences), len(occurrences)))
            self._written()

    def occurrences(self) -> Iterator[Occurrence]:
        last = 0
        while True:  # in chunks, so that writes between reads (none expected) cannot upset a cursor
            rows = self.db.execute("SELECT id, url, links FROM pages WHERE id > ? ORDER BY id LIMIT 200",
                                   (last,)).fetchall()
            if not rows:
                return
            for last, url, links in rows:
                yield from _unpack(url, links)

    def occurrence_count(self) -> int:
        return self.db.execute("SELECT COALESCE(SUM(n), 0) FROM pages").fetchone()[0]

    def add_page_fact(self, urls: Iterable[str], fact: dict[str, Any]) -> None:
        data = json.dumps(fact, ensure_ascii=False, separators=(",", ":"))
        for i, url in enumerate(urls):
            verb = "INSERT OR REPLACE" if i == 0 else "INSERT OR IGNORE"
            self.db.execute(f"{verb} INTO facts (url, fact) VALUES (?, ?)", (url, data))
        self._written()

    def page_fact(self, url: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT fact FROM facts WHERE url = ?", (url,)).fetchone()
        return json.loads(row[0]) if row else None

    def add_site_urls(self, urls: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO site (url) VALUES (?)", [(u,) for u in urls])

    def site_urls(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT url FROM site")}

    def add_targets(self, wants_body: dict[str, bool]) -> None:
        self.db.executemany("INSERT INTO targets (key, body) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET body = max(body, excluded.body)",
                            [(key, int(body)) for key, body in wants_body.items()])
        self._written()

    def targets(self) -> Iterator[tuple[str, bool]]:
        last = 0
        while True:
            rows = self.db.execute("SELECT id, key, body FROM targets WHERE id > ? ORDER BY id LIMIT 500",
                                   (last,)).fetchall()
            if not rows:
                return
            for last, key, body in rows:
                yield key, bool(body)

    def put_results(self, kind: str, results: dict[str, dict[str, Any]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO results (kind, key, data) VALUES (?, ?, ?)",
                            [(kind, key, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
                             for key, data in results.items()])
        self._written()

    def results(self, kind: str, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(dict.fromkeys(keys)):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT key, data FROM results WHERE kind = ? AND key IN ({marks})",
                                   (kind, *chunk))
            found.update((key, json.loads(data)) for key, data in rows)
        return found

    def result_count(self, kind: str) -> int:
        return self.db.execute("SELECT COUNT(*) FROM results WHERE kind = ?", (kind,)).fetchone()[0]

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self.path.unlink(missing_ok=True)


class RedisLinkStore(LinkStore):
    """Keys under ``prefix``: ``links`` (list of pages' links), ``links_pages`` (the pages in it), ``facts``
    (hash), ``site`` (set).

    Shared by every worker of a distributed run; the coordinator deletes the keys with the run.
    """

    # A page crawled again (its worker or the coordinator was killed with it in flight) adds its links once.
    ADD_ONCE = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('INCRBY', KEYS[3], ARGV[3])
return 1
"""

    def __init__(self, client: Any, prefix: str) -> None:
        self.redis = client
        self.links_key, self.facts_key, self.site_key = f"{prefix}links", f"{prefix}facts", f"{prefix}site"
        self.count_key, self.pages_key = f"{prefix}links_count", f"{prefix}links_pages"
        self._add_once = client.register_script(self.ADD_ONCE)
        self.targets_key, self.targets_order_key = f"{prefix}targets", f"{prefix}targets_order"
        self.prefix = prefix

    def add_page_links(self, page_url: str, occurrences: list[Occurrence]) -> None:
        if occurrences:
            self._add_once(keys=[self.pages_key, self.links_key, self.count_key],
                           args=[page_url, json.dumps([page_url, _pack(occurrences)], ensure_ascii=False),
                                 len(occurrences)])

    def occurrences(self) -> Iterator[Occurrence]:
        start = 0
        while True:
            chunk = self.redis.lrange(self.links_key, start, start + 199)
            if not chunk:
                return
            start += len(chunk)
            for entry in chunk:
                page_url, packed = json.loads(entry)
                yield from _unpack(page_url, packed)

    def occurrence_count(self) -> int:
        return int(self.redis.get(self.count_key) or 0)

    def add_page_fact(self, urls: Iterable[str], fact: dict[str, Any]) -> None:
        data = json.dumps(fact, ensure_ascii=False, separators=(",", ":"))
        pipe = self.redis.pipeline(transaction=False)
        for i, url in enumerate(urls):
            (pipe.hset if i == 0 else pipe.hsetnx)(self.facts_key, url, data)
        pipe.execute()

    def page_fact(self, url: str) -> dict[str, Any] | None:
        data = self.redis.hget(self.facts_key, url)
        return json.loads(data) if data else None

    def add_site_urls(self, urls: Iterable[str]) -> None:
        urls = list(urls)
        if urls:
            self.redis.sadd(self.site_key, *urls)

    def site_urls(self) -> set[str]:
        return {u.decode() if isinstance(u, bytes) else u for u in self.redis.smembers(self.site_key)}

    def add_targets(self, wants_body: dict[str, bool]) -> None:
        pipe = self.redis.pipeline(transaction=False)
        for key, body in wants_body.items():
            pipe.hsetnx(self.targets_key, key, 0)
            if body:
                pipe.hset(self.targets_key, key, 1)
        added = pipe.execute()
        pipe = self.redis.pipeline(transaction=False)
        i = 0
        for key, body in wants_body.items():  # first time seen (HSETNX answered 1): keep the order of first sight
            if added[i]:
                pipe.rpush(self.targets_order_key, key)
            i += 2 if body else 1
        pipe.execute()

    def targets(self) -> Iterator[tuple[str, bool]]:
        start = 0
        while True:
            chunk = [k.decode() if isinstance(k, bytes) else k
                     for k in self.redis.lrange(self.targets_order_key, start, start + 499)]
            if not chunk:
                return
            start += len(chunk)
            for key, body in zip(chunk, self.redis.hmget(self.targets_key, chunk)):
                yield key, body in (b"1", "1")

    def _results_key(self, kind: str) -> str:
        return f"{self.prefix}results:{kind}"

    def put_results(self, kind: str, results: dict[str, dict[str, Any]]) -> None:
        if results:
            self.redis.hset(self._results_key(kind), mapping={
                key: json.dumps(data, ensure_ascii=False, separators=(",", ":")) for key, data in results.items()})

    def results(self, kind: str, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(dict.fromkeys(keys)):
            for key, data in zip(chunk, self.redis.hmget(self._results_key(kind), chunk)):
                if data is not None:
                    found[key] = json.loads(data)
        return found

    def result_count(self, kind: str) -> int:
        return int(self.redis.hlen(self._results_key(kind)))


def open_link_store(crawler: Any, settings: Any) -> LinkStore:
    """Redis when the crawl's frontier is (``crawler.frontier``), else SQLite in the output folder, else memory.

    ``AUDITCRAWL_LINKS_STORE = "memory"`` keeps everything in the process (small crawls, debugging).
    """
    frontier = getattr(crawler, "auditcrawl_frontier", None) if crawler is not None else None
    if frontier is not None:
        return RedisLinkStore(frontier.redis, frontier.key("links:"))
    choice = settings.get("AUDITCRAWL_LINKS_STORE") if settings is not None else None
    out = settings.get("AUDITCRAWL_OUT") if settings is not None else None
    if choice != "memory" and out and crawler is not None:
        return SqliteLinkStore(out)
    return MemoryLinkStore()
