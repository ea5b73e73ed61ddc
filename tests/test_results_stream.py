"""results.json is written from the results stream, and the sink keeps counts, not records (bounded memory)."""
from __future__ import annotations

import gc
import json
import sys

from audits.base import Finding
from crawler.items import PageRecord
from reports.results import (JsonResultsSink, assemble, load_results, results_json_chunks)
from tests.test_report_builder import sample_results


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def test_streamed_layout_is_byte_for_byte_json_dumps():
    """Same content, key order and layout as ``json.dumps(assemble(...), indent=1)``, including empty lists,
    nested lists, newlines and non-ASCII text inside strings."""
    results = sample_results()
    run, pages, findings = results["run"], results["pages"], results["findings"]
    assert pages and findings
    pages[0] = {**pages[0], "title": "Line one\nline two « Ünïcode » \u2028 \"quoted\"", "errors": [{"a": [1, []]}]}
    for p, f in ((pages, findings), ([], findings), (pages, []), ([], []), (pages[:1], findings[:1])):
        expected = _dump(assemble(run, p, f))
        assert "".join(results_json_chunks(run, iter(p), iter(f))) == expected
    assert "".join(results_json_chunks({}, [], [])) == _dump(assemble({}, [], []))


def _page(i: int) -> PageRecord:
    return PageRecord(url=f"http://127.0.0.1/p{i}.html", requested_url=f"http://127.0.0.1/p{i}.html", status=200,
                      content_type="text/html", depth=1, title=f"Page {i}", is_html=True,
                      html="<html><body>x</body></html>")


def _finding(i: int) -> Finding:
    return Finding(audit="freshness", rule="stale-review-date", severity="moderate", page=f"http://127.0.0.1/p{i}.html",
                   message=f"Last reviewed long ago ({i})", selector="footer", html="<footer>2020</footer>")


def _sink_size(sink: JsonResultsSink) -> int:
    """Bytes reachable from the sink's attributes (not its open stream)."""
    seen: set[int] = set()
    total = 0
    todo = [value for key, value in vars(sink).items() if key != "_stream"]
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, type):
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if isinstance(obj, dict):
            todo.extend(obj.keys())
            todo.extend(obj.values())
        elif isinstance(obj, (list, tuple, set)):
            todo.extend(obj)
        elif hasattr(obj, "__dict__"):
            todo.extend(vars(obj).values())
    return total


def _write(out, pages: int) -> tuple[JsonResultsSink, int]:
    sink = JsonResultsSink(out)
    sink.open({"started_at": "2026-11-28T21:00:00+00:00"})
    for i in range(pages):
        page = _page(i)
        if i % 7 == 3:
            page.status = 404
        sink.write_page(page, [_finding(i), _finding(i + 1)] if page.status == 200 else [])
    gc.collect()
    size = _sink_size(sink)
    sink.close({"started_at": "2026-11-28T21:00:00+00:00", "finished_at": "2026-11-28T22:00:00+00:00"})
    return sink, size


def test_sink_memory_does_not_grow_with_the_pages(tmp_path):
    """N and 8N pages: the sink holds the same amount (counts), the results hold every page and finding."""
    small, small_size = _write(tmp_path / "small", 200)
    large, large_size = _write(tmp_path / "large", 1600)
    assert large_size == small_size, (small_size, large_size)
    assert large_size < 4000
    data = load_results(tmp_path / "large")
    assert len(data["pages"]) == 1600 and large.summary().pages == 1600
    assert [p["url"] for p in data["pages"]] == [f"http://127.0.0.1/p{i}.html" for i in range(1600)]
    audited = [i for i in range(1600) if i % 7 != 3]
    assert len(data["findings"]) == 2 * len(audited) == large.summary().findings
    assert large.summary().audited == len(audited)
    assert large.summary().not_audited == {"http_error": 1600 - len(audited)}
    assert list(data) == ["schema_version", "tool", "run", "pages", "findings"]
    assert data["run"]["errors"] == [] and data["run"]["finished_at"] == "2026-11-28T22:00:00+00:00"
    assert not (tmp_path / "large" / "results.partial.jsonl").exists()


def test_results_written_from_the_stream_match_the_records(tmp_path):
    """What results.json holds is exactly what went through the sink, in the order written."""
    sink = JsonResultsSink(tmp_path)
    sink.open({"started_at": "s"})
    pages = [_page(i) for i in range(5)]
    sink.write_page(pages[0], [_finding(0)])
    sink.write_run_error({"audit": "links", "message": "links: boom"})
    sink.write_page(pages[1], [])
    sink.write_findings([_finding(9), _finding(8)])
    sink.close({"started_at": "s", "finished_at": "f"}, keep_stream=True)
    data = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert [p["url"] for p in data["pages"]] == [pages[0].url, pages[1].url]
    assert [f["message"] for f in data["findings"]] == [_finding(i).message for i in (0, 9, 8)]
    assert data["run"] == {"started_at": "s", "finished_at": "f", "errors": [{"audit": "links",
                                                                               "message": "links: boom"}]}
    assert (tmp_path / "results.partial.jsonl").exists()  # kept for --resume
