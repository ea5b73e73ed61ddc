"""The command line: clear errors and exit codes for bad input, results kept when a run dies."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time

import pytest

from tests.cli_helpers import AUDITCRAWL, REPO, audit_site, run_auditcrawl


def assert_usage_error(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    for word in words:
        assert word in last, (word, last)


@pytest.mark.parametrize("url, words", [
    ("ht!tp://example", ["not an http(s) URL"]),
    ("http://", ["no valid host"]),
    ("ftp://example.org/", ["not an http(s) URL"]),
    ("http://exa mple.org/", ["no valid host"]),
])
def test_malformed_url_is_a_usage_error(url, words, tmp_path):
    assert_usage_error(run_auditcrawl("audit", url, "--out", str(tmp_path)), *words)


def test_credentials_in_start_url_are_refused_without_echoing_them(tmp_path):
    """Scrapy does not send user:pass from a URL, and every report would print it: a usage error."""
    proc = run_auditcrawl("audit", "http://alice:s3cret@127.0.0.1:9/", "--out", str(tmp_path))
    assert_usage_error(proc, "credentials", "http://127.0.0.1:9/")
    assert "s3cret" not in proc.stderr + proc.stdout
    assert not (tmp_path / "results.json").exists()


def test_unknown_config_key(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text('max_pages = 10\nmax_pagez = 3\n')
    assert_usage_error(run_auditcrawl("audit", "http://127.0.0.1:9/", "--config", str(config), "--out",
                                      str(tmp_path / "o")), "unknown setting 'max_pagez'")


def test_bad_config_value_and_bad_toml(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text('max_pages = "lots"\n')
    assert_usage_error(run_auditcrawl("audit", "http://127.0.0.1:9/", "--config", str(config)), "max_pages")
    config.write_text('max_pages = \n')
    assert_usage_error(run_auditcrawl("audit", "http://127.0.0.1:9/", "--config", str(config)), "not valid TOML")


def test_missing_config_file(tmp_path):
    assert_usage_error(run_auditcrawl("audit", "http://127.0.0.1:9/", "--config", str(tmp_path / "nope.toml")),
                       "config file not found")


@pytest.mark.parametrize("flag, value, word", [
    ("--max-pages", "-5", "at least 1"),
    ("--as-of", "2020-13-01", "YYYY-MM-DD"),
    ("--audits", "freshness,bogus", "unknown audit bogus"),
    ("--deny", "([", "bad regular expression"),
])
def test_bad_flag_values(flag, value, word, tmp_path):
    assert_usage_error(run_auditcrawl("audit", "http://127.0.0.1:9/", flag, value, "--out", str(tmp_path)), word)


def test_output_folder_not_writable(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert_usage_error(run_auditcrawl("audit", "http://127.0.0.1:9/", "--out", str(blocker / "sub")),
                       "cannot write to output folder")


def test_unreachable_start_url_exits_3_and_keeps_results(closed_port, tmp_path):
    proc = run_auditcrawl("audit", f"http://127.0.0.1:{closed_port}/", "--out", str(tmp_path), "--quiet",
                          "--audits", "none", "--retries", "0")
    assert proc.returncode == 3, proc.stderr
    assert "site unreachable" in proc.stderr and "connection refused" in proc.stderr
    results = json.loads((tmp_path / "results.json").read_text())
    assert results["pages"][0]["error"] == "connection refused"


def test_usage_without_targets(tmp_path):
    assert_usage_error(run_auditcrawl("audit", "--out", str(tmp_path)), "at least one URL")


def test_urls_from_audits_only_the_listed_pages(fault_server, tmp_path):
    for name in ("a", "b", "c"):
        fault_server.set_route(f"/{name}", headers={"Content-Type": "text/html"},
                               body=f"<html><title>{name}</title><a href='/z'>z</a></html>")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# changed pages\n{fault_server.url('/a')}\n{fault_server.url('/b')}\n")
    proc = run_auditcrawl("audit", "--urls-from", str(listing), "--out", str(tmp_path / "o"), "--quiet",
                          "--audits", "none")
    assert proc.returncode == 0, proc.stderr
    results = json.loads((tmp_path / "o" / "results.json").read_text())
    assert sorted(p["url"] for p in results["pages"]) == [fault_server.url("/a"), fault_server.url("/b")]
    assert fault_server.count("/z") == 0 and fault_server.count("/c") == 0


def test_a_killed_run_keeps_its_pages_and_can_be_reported(fault_server, tmp_path):
    links = "".join(f"<a href='/_fault/slow/0.4?page={i}'>p{i}</a> " for i in range(40))
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body=f"<html><title>S</title>{links}</html>")
    out = tmp_path / "o"
    proc = subprocess.Popen([*AUDITCRAWL, "audit", fault_server.url("/"), "--out", str(out), "--quiet",
                             "--audits", "none", "--concurrency", "1", "--autothrottle", "false"],
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    partial = out / "results.partial.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if partial.exists() and partial.read_text().count('"type": "page"') >= 4:
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    done = partial.read_text().count('"type": "page"')
    assert done >= 4 and not (out / "results.json").exists()
    report = run_auditcrawl("report", str(out))
    assert report.returncode == 0, report.stderr
    results = json.loads((out / "results.json").read_text())
    assert len(results["pages"]) >= done
    assert results["run"]["exit_reason"] == "interrupted"


def test_local_folder_is_served_and_audited(tmp_path):
    site = tmp_path / "_site"
    (site / "docs").mkdir(parents=True)
    (site / "index.html").write_text("<html lang='en'><title>Home</title><a href='docs/'>Docs</a></html>")
    (site / "docs" / "index.html").write_text("<html lang='en'><title>Docs</title><a href='../'>Home</a></html>")
    proc, results = audit_site(str(site), tmp_path / "o", "--audits", "none")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p["title"] for p in results["pages"]) == ["Docs", "Home"]
    assert results["run"]["start_urls"][0].startswith("http://127.0.0.1:")


def test_results_recovered_from_a_partial_stream_cut_mid_character(tmp_path):
    """A crash can cut results.partial.jsonl inside a multi-byte character: the pages before it are kept."""
    from reports.results import ResultsError, load_results
    lines = [json.dumps({"type": "run", "start_urls": ["http://127.0.0.1:9/"]}),
             json.dumps({"type": "page", "url": "http://127.0.0.1:9/", "title": "Caf\u00e9", "status": 200,
                         "audited": True}, ensure_ascii=False)]
    cut = json.dumps({"type": "page", "url": "http://127.0.0.1:9/b", "title": "\u65e5\u672c"}, ensure_ascii=False)
    data = ("\n".join(lines) + "\n").encode("utf-8") + cut.encode("utf-8")[:-4]  # inside the second character
    (tmp_path / "results.partial.jsonl").write_bytes(data)
    results = load_results(tmp_path)
    assert [p["title"] for p in results["pages"]] == ["Caf\u00e9"]
    (tmp_path / "results.json").write_bytes(b"\xff\xfe{}")
    with pytest.raises(ResultsError, match="cannot read"):
        load_results(tmp_path)


def test_urls_from_file_with_a_bom_or_in_utf16(tmp_path):
    """Windows editors write a BOM (Notepad) or UTF-16 (PowerShell's >): both are read; other bytes are a usage error."""
    from crawler.cli import UsageError, _read_url_list
    urls = ["http://127.0.0.1:9/a", "http://127.0.0.1:9/b"]
    for encoding in ("utf-8-sig", "utf-16"):
        path = tmp_path / f"{encoding}.txt"
        path.write_text("\r\n".join(urls) + "\r\n", encoding=encoding)
        assert _read_url_list(str(path)) == urls
    path = tmp_path / "binary.txt"
    path.write_bytes(b"http://127.0.0.1:9/\n\xff\x00\xfe\n")
    with pytest.raises(UsageError, match="not UTF-8 text"):
        _read_url_list(str(path))
