"""The held-out set (tests/freshness_corpus/real/): snippets quoted from real government pages.

Thresholds are computed from the manifest's counts, never hard-coded scores:
at least 95% of the labelled pages get their exact date, and at least 90% of
the distractor pages get no wrong date.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import math
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "freshness_corpus"
sys.path.insert(0, str(CORPUS))
from score import REAL, auditcrawl_date, load_cases, score  # noqa: E402

KINDS = {"labelled", "structured", "distractor"}


def _manifest() -> list[dict]:
    import json
    return json.loads((REAL / "manifest.json").read_text(encoding="utf-8"))


def test_held_out_set_is_sourced_and_matches_its_builder():
    manifest = _manifest()
    kinds = [m["kind"] for m in manifest]
    assert len(manifest) >= 40 and kinds.count("labelled") >= 20 and kinds.count("distractor") >= 20
    assert set(kinds) <= KINDS and len({m["id"] for m in manifest}) == len(manifest)
    for item in manifest:
        assert item["source_url"].startswith(("http://", "https://")), item["id"]
        assert item["lang"] and (REAL / item["file"]).is_file(), item["id"]
        if item["expected"] is not None:
            dt.date.fromisoformat(item["expected"])
        assert (item["expected"] is None) == (item["kind"] == "distractor"), item["id"]
        assert item["batch"] in (1, 2), item["id"]  # 1: collected before the extractor changes, 2: after
    spec = importlib.util.spec_from_file_location("freshness_real_build", REAL / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)  # defines CASES without writing files
    built = {item["id"]: item for item in build.CASES}
    assert set(built) == {m["id"] for m in manifest}
    for case in load_cases(REAL):  # committed pages are what build.py makes
        assert built[case.id]["html"] == case.html and built[case.id]["expected"] == case.expected, case.id


def test_held_out_accuracy():
    cases = load_cases(REAL)
    result = score(cases, auditcrawl_date)
    print("\n" + result.line("auditcrawl (held-out)"), result.misses)
    labelled_needed = math.ceil(0.95 * result.labelled_total)
    distractors_needed = math.ceil(0.90 * result.distractor_total)
    assert result.labelled_ok >= labelled_needed, result.misses
    assert result.distractor_ok >= distractors_needed, result.misses
    assert result.structured_ok >= math.ceil(0.95 * result.structured_total), result.misses


def test_held_out_next_review_due():
    from audits.freshness import extract_review_date
    for case in load_cases(REAL):
        found = extract_review_date(case.html)
        got = found.next_review_due.isoformat() if found and found.next_review_due else None
        assert got == case.next_review_due, case.id
