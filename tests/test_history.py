"""Run history in SQLite: one row per run, new/persisting/fixed, fingerprints that survive markup churn, trends."""
from __future__ import annotations

import sqlite3

from reports import history
from reports.render import write_reports
from tests.test_report_builder import ResultsBuilder, sample_results

DAYS = (("2026-11-26T21:00:00+00:00", "2026-11-26"), ("2026-11-27T21:00:00+00:00", "2026-11-27"),
        ("2026-11-28T21:00:00+00:00", "2026-11-28"))


def nightly(variant: int) -> dict:
    started, as_of = DAYS[variant]
    return sample_results(started_at=started, as_of=as_of, variant=variant)


def rows(path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_rerendering_the_same_run_adds_no_second_row(tmp_path):
    db = tmp_path / "h.sqlite"
    results = nightly(0)
    first = history.record_run(db, results)
    assert history.record_run(db, results) == first
    write_reports(results, tmp_path / "out", history_path=db)
    write_reports(results, tmp_path / "out", history_path=db)
    assert rows(db, "runs") == 1
    assert rows(db, "findings") == len(results["findings"])


def test_same_start_time_of_another_site_is_another_run(tmp_path):
    db = tmp_path / "h.sqlite"
    history.record_run(db, nightly(0))
    other = ResultsBuilder(base="http://127.0.0.1:9000/other", started_at=DAYS[0][0])
    other.page("/", title="Other")
    history.record_run(db, other.build())
    assert rows(db, "runs") == 2


def test_new_persisting_and_fixed_across_nights(tmp_path):
    db = tmp_path / "h.sqlite"
    first = write_reports(nightly(0), tmp_path / "n0", history_path=db)
    assert not first.comparison.has_previous and first.comparison.status == {}
    write_reports(nightly(1), tmp_path / "n1", history_path=db)
    third = write_reports(nightly(2), tmp_path / "n2", history_path=db).comparison
    assert third.previous_started_at == DAYS[1][0]
    new = [fid for fid, state in third.status.items() if state == "new"]
    by_id = {f["id"]: f for f in nightly(2)["findings"]}
    assert [by_id[fid]["rule"] for fid in new] == ["target-size"]
    # the nav contrast issue moved from li:nth-child(5) to li:nth-child(6): same fingerprint, persisting
    contrast = [f for f in nightly(2)["findings"] if f["rule"] == "color-contrast"]
    assert contrast and all(third.status[f["id"]] == "persisting" for f in contrast)
    assert sorted((f["rule"], f["page"].rsplit("8000", 1)[1]) for f in third.fixed) == [
        ("broken-link", "/news/"), ("color-contrast", "/programs/grants/")]
    html = (tmp_path / "n2" / "report.html").read_text()
    assert "1 new</strong>" in html and "2 fixed</strong>" in html
    assert html.count('class="state state-new"') == 1
    csv_text = (tmp_path / "n2" / "findings.csv").read_text()
    assert csv_text.count(",new,") == 1 and ",persisting," in csv_text


def test_markup_churn_and_generated_class_names_keep_fingerprints(tmp_path):
    db = tmp_path / "h.sqlite"
    before = ResultsBuilder(started_at=DAYS[0][0])
    before.page("/", title="Home", date="2026-11-01", age_days=25)
    before.wcag("/", "color-contrast", "serious", "div:nth-child(2) > .btn.css-1x2y3z > span.c9f8e7d6", criteria=["1.4.3"])
    history.record_run(db, before.build())
    after = ResultsBuilder(started_at=DAYS[1][0])
    after.page("/", title="Home", date="2026-11-01", age_days=26)
    found = after.wcag("/", "color-contrast", "serious", "div:nth-child(3) > .btn.css-9q8w7e > span.a1b2c3d4e5",
                       criteria=["1.4.3"])
    other_element = after.wcag("/", "color-contrast", "serious", "footer > .btn > span", criteria=["1.4.3"])
    comparison = history.compare(db, after.build())
    assert comparison.status == {found["id"]: "persisting", other_element["id"]: "new"}
    assert comparison.fixed == []


def test_findings_on_pages_not_rechecked_are_not_fixed(tmp_path):
    db = tmp_path / "h.sqlite"
    history.record_run(db, nightly(0))
    later = ResultsBuilder(started_at=DAYS[1][0], audits=("freshness", "links"))  # WCAG switched off
    later.page("/", title="Home", date="2026-11-01", age_days=26)  # only the home page this time
    comparison = history.compare(db, later.build())
    assert comparison.has_previous
    assert comparison.fixed == []  # the home page's WCAG issue was not looked at again
    assert comparison.not_rechecked == len(nightly(0)["findings"])


def test_trends_for_the_last_runs_of_this_site(tmp_path):
    db = tmp_path / "h.sqlite"
    for variant in range(3):
        history.record_run(db, nightly(variant))
    other = ResultsBuilder(base="http://127.0.0.1:9000/other", started_at=DAYS[1][0])
    other.page("/", title="Other", date=None)
    history.record_run(db, other.build())
    runs = history.trends(db, nightly(2), last=10)
    assert [run.as_of for run in runs] == [day for _s, day in DAYS]
    for run, variant in zip(runs, range(3)):
        findings = nightly(variant)["findings"]
        assert run.total == len(findings)
        assert run.by_severity["critical"] == sum(f["severity"] == "critical" for f in findings)
        assert run.by_audit["links"] == sum(f["audit"] == "links" for f in findings)
    assert [run.as_of for run in history.trends(db, nightly(2), last=2)] == ["2026-11-27", "2026-11-28"]
    assert [run.as_of for run in history.trends(db, nightly(1), last=10)] == ["2026-11-26", "2026-11-27"]
    html = (write_reports(nightly(2), tmp_path / "out", history_path=db).html).read_text()
    assert "Trend over the last 3 run(s)" in html and 'aria-labelledby="chart-trend-t"' in html


def test_local_builds_on_random_ports_are_one_site(tmp_path):
    """`auditcrawl audit ./_site` serves on a new port each run: still the same site and findings."""
    db = tmp_path / "h.sqlite"
    first = ResultsBuilder(base="http://127.0.0.1:41234", started_at=DAYS[0][0])
    first.page("/about/", title="About", date="2026-11-01", age_days=25)
    first.link("/about/", "/gone/", "Learn more", learn_more=True)
    first.wcag("/about/", "image-alt", "critical", "main > img", criteria=["1.1.1"])
    history.record_run(db, first.build())
    second = ResultsBuilder(base="http://127.0.0.1:40999", started_at=DAYS[1][0])
    second.page("/about/", title="About", date="2026-11-01", age_days=26)
    link = second.link("/about/", "/gone/", "Learn more", learn_more=True)
    comparison = history.compare(db, second.build())
    assert comparison.has_previous and comparison.status == {link["id"]: "persisting"}
    assert [f["rule"] for f in comparison.fixed] == ["image-alt"]
    history.record_run(db, second.build())
    assert [run.total for run in history.trends(db, second.build())] == [2, 1]
