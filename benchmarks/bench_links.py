"""Link-check throughput: auditcrawl --audits links vs LinkChecker on the same loopback site, same run.

    .venv/bin/python benchmarks/bench_links.py [--pages 300] [--links 20] [--runs 3]

Builds a site of ``--pages`` pages with ``--links`` links each (navigation shared by every page, links
between pages, links to a second loopback server standing in for other sites, a few broken ones),
serves both on 127.0.0.1, then runs each tool ``--runs`` times, alternating. Rate = unique link
targets / wall-clock seconds of the whole run (crawl plus checks, process start included). Also
prints how many of the planted broken targets each tool reported, so speed is not bought with misses.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

BIN = Path(sys.executable).parent


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # a real server's backlog, not the stdlib's 5

    def handle_error(self, request, client_address):  # clients hang up on keep-alive: not news
        pass


class QuietFiles(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    unthrottle = True

    def end_headers(self) -> None:
        if self.unthrottle:
            self.send_header("LinkChecker", "unthrottled")  # see run_linkchecker
        super().end_headers()

    def log_message(self, *args):  # noqa: D401 - silence
        pass


class OtherSite(BaseHTTPRequestHandler):
    """Another "site": /ok/<n> answers 200 (HEAD or GET), /gone/<n> 404."""

    protocol_version = "HTTP/1.1"
    unthrottle = True

    def _answer(self, body: bool) -> None:
        status = 404 if self.path.startswith("/gone/") else 200
        payload = f"<html><head><title>{status}</title></head><body><h1>Page {self.path}</h1></body></html>".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        if self.unthrottle:
            self.send_header("LinkChecker", "unthrottled")
        self.end_headers()
        if body:
            self.wfile.write(payload)

    def do_GET(self) -> None:
        self._answer(True)

    def do_HEAD(self) -> None:
        self._answer(False)

    def log_message(self, *args):
        pass


def serve(server: Server) -> Server:
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def build_site(root: Path, pages: int, links: int, other: str, seed: int = 4) -> tuple[set[str], set[str]]:
    """Write the site; return (all link targets as absolute-path-or-URL, broken ones)."""
    rng = random.Random(seed)
    targets: set[str] = set()
    broken: set[str] = set()
    nav = [f"/p/{i}.html" for i in range(5)]
    for i in range(pages):
        hrefs = list(nav)
        hrefs += [f"/p/{rng.randrange(pages)}.html" for _ in range(links - 10)]
        hrefs += [f"{other}/ok/{rng.randrange(60)}" for _ in range(3)]  # shared external targets
        hrefs.append(f"{other}/ok/page-{i}")  # one unique external target per page
        if i % 10 == 0:
            hrefs.append(f"/missing/{i}.html")
            hrefs.append(f"{other}/gone/{i}")
        while len(hrefs) < links:
            hrefs.append(f"/p/{(i + len(hrefs)) % pages}.html")
        body = "\n".join(f'<li><a href="{h}">Link {n} of page {i}</a></li>' for n, h in enumerate(hrefs[:links]))
        (root / "p" / f"{i}.html").write_text(
            f"<!DOCTYPE html><html lang=en><head><title>Page {i}</title></head><body><main><h1>Page {i}</h1>"
            f"<ul>{body}</ul></main></body></html>")
        for h in hrefs[:links]:
            targets.add(h)
            if "/missing/" in h or "/gone/" in h:
                broken.add(h)
    index = "".join(f'<a href="/p/{i}.html">{i}</a> ' for i in range(pages))
    (root / "index.html").write_text(f"<html><head><title>Home</title></head><body>{index}</body></html>")
    targets.update(f"/p/{i}.html" for i in range(pages))
    return targets, broken


CHECK_PHASE = re.compile(r"links: checks done in ([0-9.]+) s \((\d+) requests\)")


def run_auditcrawl(url: str, out: Path, concurrency: int) -> tuple[float, set[str]]:
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([str(BIN / "auditcrawl"), "audit", url, "--out", str(out), "--audits", "links", "--quiet",
                    "--formats", "csv", "--autothrottle", "false", "--concurrency", str(concurrency),
                    "--max-pages", "100000", "--sitemaps", "false", "--fail-on", "none"],
                   check=False, capture_output=True)
    elapsed = time.perf_counter() - start
    results = json.loads((out / "results.json").read_text())
    reported = {f["link"]["url"] for f in results["findings"] if f["rule"].startswith("broken")}
    phase = CHECK_PHASE.search((out / "crawl.log").read_text(errors="replace"))
    if phase:  # the link audit's own downloads run during the crawl; finish() waits for the stragglers
        seconds, requests = float(phase.group(1)), int(phase.group(2))
        print(f"    (auditcrawl: {requests} link-check requests of its own; after the crawl it waited "
              f"{seconds:.2f} s for them)")
    return elapsed, reported


def run_linkchecker(url: str, out: Path, threads: int) -> tuple[float, set[str]]:
    """LinkChecker with the same concurrency and its per-host rate limit lifted.

    LinkChecker waits 0.1-0.6 s between requests to a host unless the server answers with a
    ``LinkChecker`` header and ``maxrequestspersecond`` is raised (its documented switch); both
    servers here send that header, so it runs at full speed.
    """
    out.mkdir(parents=True, exist_ok=True)
    out.chmod(0o755)  # LinkChecker drops root privileges to "nobody" and must still read its config
    config = out / "linkcheckerrc"
    config.write_text("[checking]\nmaxrequestspersecond=1000\n")
    config.chmod(0o644)
    start = time.perf_counter()
    proc = subprocess.run([str(BIN / "linkchecker"), "-f", str(config), "--threads", str(threads), "--check-extern",
                           "--no-status", "--no-warnings", "-o", "csv", "--timeout", "20", url],
                          check=False, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    rows = [line for line in proc.stdout.splitlines() if line and not line.startswith("#")]
    reported = {row.get("url") or row.get("urlname") or "" for row in csv.DictReader(rows, delimiter=";")
                if row.get("valid") in ("False", "false", "0")}
    return elapsed, reported


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--links", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--throttled-linkchecker", action="store_true",
                        help="also time one LinkChecker run with its default per-host rate limit (slow)")
    parser.add_argument("--concurrency", type=int, default=16, help="auditcrawl per-host concurrency = LinkChecker threads")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-links-"))
    other = serve(Server(("127.0.0.1", 0), OtherSite))
    other_url = f"http://127.0.0.1:{other.server_address[1]}"
    root = work / "site"
    (root / "p").mkdir(parents=True)
    targets, broken = build_site(root, args.pages, args.links, other_url)
    site = serve(Server(("127.0.0.1", 0), partial(QuietFiles, directory=str(root))))
    url = f"http://127.0.0.1:{site.server_address[1]}/"
    unique = len(targets) + 1  # + the home page
    print(f"site: {args.pages} pages x {args.links} links = {args.pages * args.links} links, "
          f"{unique} unique targets ({len(broken)} broken), other site {other_url}")

    try:
        return compare(args, url, unique, broken, work)
    finally:
        site.shutdown()
        other.shutdown()
        shutil.rmtree(work, ignore_errors=True)


def compare(args: argparse.Namespace, url: str, unique: int, broken: set[str], work: Path) -> int:
    times: dict[str, list[float]] = {"auditcrawl": [], "linkchecker": []}
    found: dict[str, int] = {}
    for run in range(args.runs):
        order = ["auditcrawl", "linkchecker"] if run % 2 == 0 else ["linkchecker", "auditcrawl"]
        for tool in order:
            if tool == "auditcrawl":
                elapsed, reported = run_auditcrawl(url, work / "ac", args.concurrency)
            else:
                elapsed, reported = run_linkchecker(url, work / "lc", args.concurrency)
            hits = sum(1 for b in broken if any(r.endswith(b) or r == b for r in reported))
            found[tool] = hits
            times[tool].append(elapsed)
            print(f"run {run + 1} {tool:12s} {elapsed:7.2f} s  {unique / elapsed:8.1f} links/s  "
                  f"broken found {hits}/{len(broken)}")
    med = {tool: statistics.median(ts) for tool, ts in times.items()}
    rate = {tool: unique / med[tool] for tool in med}
    print(f"\nmedian of {args.runs}: auditcrawl {rate['auditcrawl']:.1f} links/s ({med['auditcrawl']:.2f} s), "
          f"linkchecker {rate['linkchecker']:.1f} links/s ({med['linkchecker']:.2f} s), "
          f"ratio {rate['auditcrawl'] / rate['linkchecker']:.2f}x")
    print(f"broken targets found: auditcrawl {found['auditcrawl']}/{len(broken)}, "
          f"linkchecker {found['linkchecker']}/{len(broken)}")
    if args.throttled_linkchecker:
        QuietFiles.unthrottle = OtherSite.unthrottle = False
        elapsed, _ = run_linkchecker(url, work / "lc-default", args.concurrency)
        print(f"linkchecker with its default rate limit: {elapsed:.1f} s, {unique / elapsed:.1f} links/s, "
              f"ratio {(unique / med['auditcrawl']) / (unique / elapsed):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
