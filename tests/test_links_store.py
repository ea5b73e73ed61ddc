"""The link audit's stores (audits/links/store.py): the same answers from memory, SQLite and Redis."""
from __future__ import annotations

import pytest

from audits.links.occurrence import Occurrence
from audits.links.store import MemoryLinkStore, RedisLinkStore, SqliteLinkStore
from tests.redis_server import RedisServer


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store(request, tmp_path):
    if request.param == "memory":
        yield MemoryLinkStore()
    elif request.param == "sqlite":
        made = SqliteLinkStore(tmp_path)
        yield made
        made.close()
        assert not list(tmp_path.glob(".links-*")), "the SQLite file is left behind"
    else:
        server = RedisServer().start()
        yield RedisLinkStore(server.client(), "auditcrawl:test:links:")
        server.stop()


def occ(page: str, url: str, text: str = "Read more", learn_more: bool = True) -> Occurrence:
    return Occurrence(page, url, text, "main > a", "a", f'<a href="{url}">{text}</a>', learn_more)


def test_occurrences_come_back_in_order_with_every_field(store):
    first = [occ("http://x/", "http://x/a#top"), occ("http://x/", "http://x/é", "Café", False)]
    second = [occ("http://x/b", "http://x/a")]
    store.add_page_links("http://x/", first)
    store.add_page_links("http://x/empty", [])
    store.add_page_links("http://x/b", second)
    assert list(store.occurrences()) == first + second
    assert store.occurrence_count() == 3


def test_page_facts_keep_the_final_url_first_and_the_requested_url_as_an_alias(store):
    store.add_page_fact(["http://x/new", "http://x/old"], {"status": 200, "anchors": ["top"]})
    store.add_page_fact(["http://x/old", "http://x/old"], {"status": 301, "anchors": None})
    assert store.page_fact("http://x/new") == {"status": 200, "anchors": ["top"]}
    assert store.page_fact("http://x/old") == {"status": 301, "anchors": None}  # its own record wins
    assert store.page_fact("http://x/none") is None
    store.add_site_urls({"http://x/", "http://x/index.html"})
    store.add_site_urls({"http://x/"})
    assert store.site_urls() == {"http://x/", "http://x/index.html"}


def test_many_pages_stream_without_loss(store):
    for i in range(1200):  # more than one SQLite batch and one Redis chunk
        store.add_page_links(f"http://x/{i}", [occ(f"http://x/{i}", f"http://x/{i + 1}")])
    got = list(store.occurrences())
    assert len(got) == 1200 and got[0].page == "http://x/0" and got[-1].url == "http://x/1200"


def test_targets_merge_the_body_flag_and_keep_the_order_first_added(store):
    store.add_targets({"http://x/a": False, "http://x/b": True})
    store.add_targets({"http://x/c": False, "http://x/a": True, "http://x/b": False})
    assert list(store.targets()) == [("http://x/a", True), ("http://x/b", True), ("http://x/c", False)]
    store.add_targets({f"http://x/{i}": i % 2 == 0 for i in range(1100)})  # more than one chunk
    assert sum(1 for _ in store.targets()) == 1103


def test_results_by_kind_are_read_back_for_the_keys_asked(store):
    store.put_results("verdict", {"http://x/a": {"verdict": {"verdict": "ok"}}, "http://x/b": {"n": 1}})
    store.put_results("skip", {"http://x/a": {"reason": "excluded"}})
    store.put_results("verdict", {"http://x/b": {"n": 2}})  # replaced
    store.put_results("verdict", {})
    assert store.results("verdict", ["http://x/a", "http://x/b", "http://x/none"]) == {
        "http://x/a": {"verdict": {"verdict": "ok"}}, "http://x/b": {"n": 2}}
    assert store.results("skip", iter(["http://x/a", "http://x/b"])) == {"http://x/a": {"reason": "excluded"}}
    assert store.result_count("verdict") == 2 and store.result_count("skip") == 1
    store.put_results("verdict", {f"http://x/{i}": {"i": i} for i in range(900)})
    got = store.results("verdict", [f"http://x/{i}" for i in range(900)])  # more than one query's chunk
    assert len(got) == 900 and got["http://x/899"] == {"i": 899}
