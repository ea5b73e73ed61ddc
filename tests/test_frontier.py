"""Distributed runs: a coordinator and workers sharing a Redis frontier (crawler/frontier/, docs/scaling.md).

Every test runs a real redis-server on a random loopback port with a password, real auditcrawl processes and
a real fixture site; nothing is mocked.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterator

import pytest

from crawler.cli import DEMO_SITE, main
from crawler.frontier.run import RUN_KEY
from tests.cli_helpers import AUDITCRAWL, REPO, audit_site, run_auditcrawl
from tests.fixture_server import SITES, FixtureServer, free_port
from tests.redis_server import RedisServer

CRAWL_FILES = ("/robots.txt",)  # fetched by every worker's RobotsTxtMiddleware, as by every Scrapy process


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer().start()
    yield server
    server.stop()


def spawn(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([*AUDITCRAWL, *args], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)


def wait_for(condition, timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def finished(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, str]:
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()  # never leave a crawler behind
        _, err = proc.communicate()
        raise AssertionError(f"{proc.args[3:5]} did not finish in {timeout} s:\n{err[-3000:]}") from None
    return proc.returncode, err


def page_set(results: dict) -> list[tuple[str, int | None, bool]]:
    return sorted((p["url"], p["status"], p["audited"]) for p in results["pages"])


def finding_ids(results: dict) -> list[str]:
    return sorted(f["id"] for f in results["findings"])


def dequeued(log: Path) -> int:
    text = log.read_text(encoding="utf-8", errors="replace")
    marker = "'scheduler/dequeued/redis': "
    return int(text.split(marker, 1)[1].split(",", 1)[0]) if marker in text else 0


def distributed_run(server: FixtureServer, redis_server: RedisServer, tmp_path: Path, audits: str,
                    workers: int = 2, extra: tuple[str, ...] = ()) -> tuple[dict, list[Path]]:
    out = tmp_path / "distributed"
    logs = []
    procs = []
    for i in range(workers):  # started first, they wait for the run; the password from the environment
        folder = tmp_path / f"worker{i}"
        procs.append(spawn("worker", redis_server.bare_url, "--out", str(folder), "--quiet", "--wait", "60",
                           env={"AUDITCRAWL_REDIS_PASSWORD": redis_server.password}))
        logs.append(folder / "crawl.log")
    coordinator = spawn("audit", server.url("/"), "--out", str(out), "--quiet", "--audits", audits,
                        "--frontier", redis_server.url, *extra)
    code, err = finished(coordinator)
    assert code == 0, err[-3000:]
    for proc in procs:
        wcode, werr = finished(proc, timeout=60)
        assert wcode == 0, werr[-3000:]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return results, [out / "crawl.log", *logs]


def crawl_counts(server: FixtureServer) -> Counter:
    """Requests made by the crawl (auditcrawl's User-Agent; not the WCAG audit's browsers, which ask for
    /favicon.ico once per session)."""
    return Counter(r.path for r in server.requests
                   if r.path not in CRAWL_FILES and "auditcrawl/" in r.headers.get("user-agent", ""))


# Which pages of an endless calendar fall within its 12-variant cut depends on the order they are found in,
# which differs between one process and three: the comparison leaves the calendar out; the next test checks
# that the cut holds for the run as a whole.
SAME_AS_SINGLE = ("--as-of", "2026-11-28", "--deny", "/_fault/calendar")


@pytest.mark.parametrize("site, audits", [("basic", "freshness,links,wcag"), ("demo", "freshness,links")])
def test_coordinator_and_two_workers_match_a_single_process_run(site, audits, redis_server, tmp_path):
    """Same pages and finding ids as one process; every page fetched once; the password in no output."""
    with FixtureServer(DEMO_SITE if site == "demo" else SITES / site) as server:
        _, single = audit_site(server.url("/"), tmp_path / "single", "--audits", audits, *SAME_AS_SINGLE)
        single_counts = crawl_counts(server)
        server.reset_log()
        # a delay per request keeps the crawl going long enough for the workers to start crawling (a few
        # seconds on a busy machine): the basic site has 25 requests, the demo 39
        delay = "0.5" if site == "basic" else "0.25"
        results, logs = distributed_run(server, redis_server, tmp_path, audits,
                                        extra=(*SAME_AS_SINGLE, "--delay", delay))
        counts = crawl_counts(server)
    assert page_set(results) == page_set(single)
    assert finding_ids(results) == finding_ids(single)
    assert results["run"]["coverage"] == single["run"]["coverage"]
    assert counts == single_counts, "the distributed crawl fetched something a different number of times"
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]
    # the workers took part (how much depends on how fast each process starts on a busy machine)
    assert sum(dequeued(log) for log in logs[1:]) > 0, [dequeued(log) for log in logs]
    assert results["run"]["settings"]["frontier"] == redis_server.bare_url
    for folder in (tmp_path / "distributed", tmp_path / "worker0", tmp_path / "worker1"):
        for path in folder.rglob("*"):
            if path.is_file():
                assert redis_server.password not in path.read_text(encoding="utf-8", errors="replace"), path
    assert not redis_server.client().keys("auditcrawl:*:*"), "the run's keys are left in Redis"


def generated_site(root: Path, pages: int) -> Path:
    """``pages`` pages in a ring with shortcuts, each linking to four others."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(pages):
        targets = [(i * 7 + k) % pages for k in range(1, 5)]
        links = "".join(f'<li><a href="{f"/p{n}.html" if n else "/"}">Page {n}</a></li>' for n in targets)
        if i == 0:
            links += '<li><a href="/_fault/calendar?month=2026-11">Events</a></li>'
        name = "index.html" if i == 0 else f"p{i}.html"
        (root / name).write_text(f"<!doctype html><html lang=en><head><title>Page {i}</title></head><body><main>"
                                 f"<h1>Page {i}</h1><ul>{links}</ul></main></body></html>", encoding="utf-8")
    return root


def test_a_sigkilled_worker_loses_no_page(redis_server, tmp_path):
    site = generated_site(tmp_path / "site", 50)
    with FixtureServer(site) as server:
        out = tmp_path / "coordinator"
        coordinator = spawn("audit", server.url("/"), "--out", str(out), "--quiet", "--audits", "links",
                            "--frontier", redis_server.url, "--frontier-heartbeat", "2", "--delay", "0.1")
        client = redis_server.client()
        wait_for(lambda: client.get(RUN_KEY), what="the run")
        victim = spawn("worker", redis_server.url, "--quiet", "--out", str(tmp_path / "victim"))
        run_id = json.loads(client.get(RUN_KEY))["id"]

        def victim_holds_leases():
            return [k for k in client.keys(f"auditcrawl:{run_id}:lease:*-{victim.pid}-*") if client.hlen(k)]

        held = wait_for(victim_holds_leases, what="the worker to take requests")
        time.sleep(0.3)
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=10)
        code, err = finished(coordinator)
        assert code == 0, err[-3000:]
        results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert held
    expected = {server.url("/")} | {server.url(f"/p{i}.html") for i in range(1, 50)}
    calendar = [p["url"] for p in results["pages"] if "/_fault/calendar" in p["url"]]
    assert {p["url"] for p in results["pages"]} - set(calendar) == expected
    assert len(results["pages"]) == len(set(p["url"] for p in results["pages"]))  # once, though fetched twice
    # the calendar trap's cut (12 variants) is the run's, not each worker's (a race may let one more in)
    assert 12 <= len(calendar) <= 13, calendar
    assert "stopped answering" in (out / "crawl.log").read_text(encoding="utf-8")


def cli(capsys, *args: str) -> tuple[int, str]:
    """``auditcrawl ARGS`` in this process: these refusals happen before any crawl starts."""
    code = main(list(args))
    return code, capsys.readouterr().err


def test_unreachable_redis_wrong_password_and_mismatched_worker(redis_server, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("AUDITCRAWL_REDIS_PASSWORD", raising=False)
    url = "http://127.0.0.1:9/"
    code, err = cli(capsys, "audit", url, "--out", str(tmp_path / "a"), "--quiet",
                    "--frontier", f"redis://127.0.0.1:{free_port()}/0")
    assert code == 3
    assert err.count("\n") == 1 and "cannot reach Redis at redis://127.0.0.1:" in err
    bad = f"redis://:not-{redis_server.password}@127.0.0.1:{redis_server.port}/0"
    code, err = cli(capsys, "audit", url, "--out", str(tmp_path / "b"), "--quiet", "--frontier", bad)
    assert code == 2, err
    assert err.count("\n") == 1 and "refused the password" in err
    assert redis_server.password not in err and "not-" not in err
    code, err = cli(capsys, "worker", redis_server.bare_url)  # no password at all
    assert code == 2 and err.count("\n") == 1 and "AUDITCRAWL_REDIS_PASSWORD" in err, err
    code, err = cli(capsys, "worker", redis_server.url)
    assert code == 2 and "no run in progress" in err and err.count("\n") == 1
    client = redis_server.client()
    client.set(RUN_KEY, json.dumps({"id": "r1", "engines": {"auditcrawl": "0.0.1"}, "values": {},
                                    "start_urls": [url], "finished": False}))
    code, err = cli(capsys, "worker", redis_server.url)
    assert code == 5, err
    assert err.count("\n") == 1 and "this worker has auditcrawl" in err and "the run uses 0.0.1" in err


def test_redis_lost_mid_run_stops_workers_and_keeps_results(redis_server, tmp_path):
    site = generated_site(tmp_path / "site", 200)
    with FixtureServer(site) as server:
        out = tmp_path / "coordinator"
        coordinator = spawn("audit", server.url("/"), "--out", str(out), "--quiet", "--audits", "freshness",
                            "--frontier", redis_server.url, "--delay", "0.05")
        client = redis_server.client()
        wait_for(lambda: client.get(RUN_KEY), what="the run")
        worker = spawn("worker", redis_server.url, "--quiet", "--out", str(tmp_path / "worker"))
        run_id = json.loads(client.get(RUN_KEY))["id"]
        wait_for(lambda: client.hlen(f"auditcrawl:{run_id}:workers") >= 2 and len(server.requests) > 20,
                 what="both crawling")
        redis_server.stop()
        code, err = finished(coordinator, timeout=60)
        wcode, werr = finished(worker, timeout=60)
    assert code == 3 and "lost Redis at redis://127.0.0.1:" in err, err[-2000:]
    assert wcode == 3 and werr.strip().count("\n") <= 1 and "worker stopped" in werr, werr[-2000:]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert results["run"]["exit_reason"] == "frontier_lost"
    assert len(results["pages"]) > 0


def leased_paths(client, run_id: str, worker: str) -> set[str]:
    """The paths of the requests ``worker`` had taken and not finished (scrapy-redis pickles requests)."""
    import pickle
    from urllib.parse import urlsplit
    return {urlsplit(pickle.loads(data)["url"]).path for data in client.hvals(f"auditcrawl:{run_id}:lease:{worker}")}


def stream_pages(out: Path) -> int:
    path = out / "results.partial.jsonl"
    if not path.is_file():
        return 0
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.startswith('{"type": "page"'))


def test_a_sigkilled_coordinator_resumed_from_redis_matches_a_single_process_run(redis_server, tmp_path):
    """Killed mid-run and restarted with --resume: the run goes on from Redis (workers keep crawling), ends with
    the pages and finding ids of one process, and fetches again only what the coordinator had in flight."""
    site = generated_site(tmp_path / "site", 80)
    same = ("--audits", "freshness,links", *SAME_AS_SINGLE)
    with FixtureServer(site) as server:
        _, single = audit_site(server.url("/"), tmp_path / "single", *same)
        single_counts = crawl_counts(server)
        server.reset_log()
        out = tmp_path / "coordinator"
        command = ("audit", server.url("/"), "--out", str(out), "--quiet", *same, "--frontier", redis_server.url,
                   "--frontier-heartbeat", "2", "--delay", "0.3")
        workers = [spawn("worker", redis_server.url, "--out", str(tmp_path / f"worker{i}"), "--quiet", "--wait", "60")
                   for i in range(2)]
        first = spawn(*command, "--resume")  # no run in Redis yet: --resume starts a new one
        client = redis_server.client()
        run = json.loads(wait_for(lambda: client.get(RUN_KEY), what="the run"))
        wait_for(lambda: stream_pages(out) >= 8 and client.hlen(f"auditcrawl:{run['id']}:workers") >= 3,
                 timeout=60, what="the coordinator to write pages while the workers crawl")
        first.send_signal(signal.SIGKILL)
        _, first_err = first.communicate(timeout=10)
        in_flight = leased_paths(client, run["id"], run["coordinator"])
        fetched_at_kill = sum(crawl_counts(server).values())
        second = spawn(*command, "--resume")
        code, err = finished(second, timeout=180)
        assert code == 0, err[-3000:]
        for proc in workers:
            wcode, werr = finished(proc, timeout=60)
            assert wcode == 0, werr[-3000:]
        results = json.loads((out / "results.json").read_text(encoding="utf-8"))
        counts = crawl_counts(server)
    assert "no unfinished run in redis://127.0.0.1:" in first_err
    assert f"resuming run {run['id']}" in err
    assert fetched_at_kill < sum(single_counts.values()) - 10, "killed too late: little left to resume"
    assert "resumed with " in (out / "crawl.log").read_text(encoding="utf-8")  # from the stream, not anew
    assert page_set(results) == page_set(single)
    assert finding_ids(results) == finding_ids(single)
    assert set(counts) == set(single_counts)
    twice = {path for path, n in counts.items() if n > 1}
    assert twice <= in_flight, (twice, in_flight)
    assert results["run"]["started_at"] <= results["run"]["finished_at"]
    assert not client.keys("auditcrawl:*:*"), "the run's keys are left in Redis"


def test_resume_refuses_a_run_in_redis_for_other_start_urls(redis_server, tmp_path, capsys):
    """--resume with a frontier holding another run: one line, exit 2, the run in Redis untouched."""
    from crawler.runstate.identity import RunIdentity
    client = redis_server.client()
    other = RunIdentity.for_run(["https://www.example.gov/"], "2026-11-28", {"audits": ["links"]})
    stored = json.dumps({"id": "r1", "engines": {"auditcrawl": "x"}, "values": {}, "identity": other.to_dict(),
                         "start_urls": ["https://www.example.gov/"], "finished": False})
    client.set(RUN_KEY, stored)
    code, err = cli(capsys, "audit", "http://127.0.0.1:9/", "--out", str(tmp_path / "a"), "--quiet", "--audits",
                    "links", "--frontier", redis_server.url, "--resume")
    assert code == 2, err
    assert err.count("\n") == 1 and "--resume: the unfinished run in redis://127.0.0.1:" in err
    assert "other start URLs or settings" in err and "https://www.example.gov/" in err
    assert redis_server.password not in err
    assert client.get(RUN_KEY).decode() == stored
    assert not (tmp_path / "a" / "results.partial.jsonl").exists()


def robots_site(root: Path, pages: int = 40) -> Path:
    """``generated_site`` whose pages also link to pages robots.txt disallows (a folder and a pattern)."""
    generated_site(root, pages)
    (root / "private").mkdir()
    for i in range(6):
        (root / "private" / f"s{i}.html").write_text(f"<!doctype html><title>Staff {i}</title><p>Staff only</p>",
                                                     encoding="utf-8")
    for i in range(3):
        (root / f"form{i}.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\nDisallow: /*.pdf$\n", encoding="utf-8")
    for page in [root / "index.html", *root.glob("p*.html")]:
        n = int(page.stem[1:]) if page.stem != "index" else 0
        extra = (f'<a href="/private/s{n % 6}.html">Staff</a><a href="/private/s{(n + 1) % 6}.html">Staff</a>'
                 f'<a href="/form{n % 3}.pdf">Form</a>')
        page.write_text(page.read_text(encoding="utf-8").replace("</main>", extra + "</main>"), encoding="utf-8")
    return root


def test_no_process_fetches_what_robots_txt_disallows(redis_server, tmp_path):
    """Every worker starts with several requests waiting for robots.txt: each of them obeys it."""
    site = robots_site(tmp_path / "site")
    with FixtureServer(site) as server:
        results, _ = distributed_run(server, redis_server, tmp_path, "freshness,links",
                                     extra=("--deny", "/_fault/calendar", "--delay", "0.1", "--concurrency", "8"))
        counts = crawl_counts(server)
    disallowed = [path for path in counts if path.startswith("/private/") or path.endswith(".pdf")]
    assert not disallowed, disallowed
    crawled = {path for path in counts if not path.startswith("/_fault/")}  # the denied calendar: link-checked
    assert crawled == {"/", "/sitemap.xml", *(f"/p{i}.html" for i in range(1, 40))}  # no Sitemap: line
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]
    assert results["run"]["coverage"]["skipped"]["robots"] == 9  # 6 staff pages and 3 forms
