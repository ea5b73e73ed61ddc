"""The experiment behind crawler/runstate: what Scrapy's JOBDIR keeps when the crawl is SIGKILLed.

    .venv/bin/python benchmarks/jobdir_after_sigkill.py [--pages 3000] [--kill-after 60]

A plain Scrapy spider (no auditcrawl code) crawls a generated loopback site with JOBDIR set and
SIGKILLs itself after ``--kill-after`` responses; the script then prints what is on disk
(fingerprints in requests.seen, the disk queue's size header, active.json) and restarts the same
crawl with the same JOBDIR and the same port, printing how many pages the restart crawls.
Scrapy 2.19 here: requests.seen keeps a buffered prefix, the queue reopens empty, the restart
crawls 0 pages (its start request is "seen").
"""
from __future__ import annotations

import argparse
import signal
import socket
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r'''
import os, signal, sys, time, threading, http.server, socketserver
from scrapy import Spider, Request
from scrapy.crawler import CrawlerProcess
pages, kill_after, port, jobdir = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.02)
        n = int(self.path.strip("/") or 0)
        body = "".join(f"<a href='/{n * 10 + i}'>x</a>" for i in range(1, 11) if n * 10 + i < pages)
        self.send_response(200); self.send_header("Content-Type", "text/html"); self.end_headers()
        self.wfile.write(body.encode())
    def log_message(self, *args): pass

socketserver.ThreadingTCPServer.allow_reuse_address = True
server = socketserver.ThreadingTCPServer(("127.0.0.1", port), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
done = []

class Tree(Spider):
    name = "tree"
    async def start(self):
        yield Request(f"http://127.0.0.1:{port}/0")
    def parse(self, response):
        done.append(response.url)
        if len(done) == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href)

process = CrawlerProcess({"JOBDIR": jobdir, "LOG_LEVEL": "ERROR", "CONCURRENT_REQUESTS": 8, "ROBOTSTXT_OBEY": False,
                          "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor"})
process.crawl(Tree)
process.start()
print(len(done))
'''


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--kill-after", type=int, default=60)
    opts = parser.parse_args()
    from scrapy import __version__ as scrapy_version
    from scrapy.dupefilters import _read_fingerprints
    port = free_port()  # the same port twice: fingerprints include it
    with tempfile.TemporaryDirectory() as tmp:
        jobdir = Path(tmp) / "job"
        first = subprocess.run([sys.executable, "-c", CHILD, str(opts.pages), str(opts.kill_after), str(port),
                                str(jobdir)], capture_output=True, text=True)
        killed = first.returncode == -signal.SIGKILL
        seen = len(set(_read_fingerprints((jobdir / "requests.seen").read_bytes())))
        queues = [p for p in (jobdir / "requests.queue").rglob("*") if p.is_file() and p.name != "active.json"]
        headers = [struct.unpack(">L", p.read_bytes()[:4])[0] for p in queues if p.stat().st_size >= 4]
        queued_bytes = sum(p.stat().st_size for p in queues)
        active = (jobdir / "requests.queue" / "active.json").exists()
        second = subprocess.run([sys.executable, "-c", CHILD, str(opts.pages), str(10 ** 9), str(port), str(jobdir)],
                                capture_output=True, text=True)
    requested = opts.kill_after * 10  # each page links to 10 new ones
    print(f"scrapy {scrapy_version}; {opts.pages}-page site, SIGKILL after {opts.kill_after} responses "
          f"(killed: {killed}, about {requested} requests scheduled)")
    print(f"requests.seen on disk: {seen} fingerprints")
    print(f"disk queue: {queued_bytes} bytes in {len(queues)} file(s), size header(s) {headers}; "
          f"active.json written: {active}")
    print(f"restart with the same JOBDIR crawled: {second.stdout.strip() or second.stderr.strip()[-200:]} pages")


if __name__ == "__main__":
    main()
