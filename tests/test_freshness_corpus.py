"""Accuracy on the freshness corpus: >=95% right dates on labelled pages, >=90% of distractors with no wrong date."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "freshness_corpus"
sys.path.insert(0, str(CORPUS))
from score import auditcrawl_date, load_cases, score  # noqa: E402


def test_corpus_size_and_pages_match_their_builder():
    cases = load_cases()
    kinds = [c.kind for c in cases]
    assert kinds.count("labelled") >= 60 and kinds.count("distractor") >= 30
    assert len({c.id for c in cases}) == len(cases)
    spec = importlib.util.spec_from_file_location("freshness_corpus_build", CORPUS / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)  # defines CASES without writing files
    built = {item["id"]: item for item in build.CASES}
    for case in cases:  # the committed pages are what build.py makes: no hand edits drift from the manifest
        assert built[case.id]["html"] == case.html and built[case.id]["expected"] == case.expected


def test_accuracy_targets():
    result = score(load_cases(), auditcrawl_date)
    print("\n" + result.line("auditcrawl"), result.misses)
    assert result.labelled_rate >= 0.95, result.misses
    assert result.distractor_rate >= 0.90, result.misses
    assert result.structured_rate >= 0.95, result.misses


def test_next_review_due_dates():
    from audits.freshness import extract_review_date
    for case in load_cases():
        found = extract_review_date(case.html)
        got = found.next_review_due.isoformat() if found and found.next_review_due else None
        assert got == case.next_review_due, case.id
