"""Builds results.json dicts (schema version 1) for the report, history, gate and format tests.

Findings are made with audits.base.Finding, so their ids are the real
fingerprints. ``sample_results`` is a realistic run used by several tests and
for docs/report-screenshot.png.
"""
from __future__ import annotations

import copy
from typing import Any

from audits.base import Finding, fingerprint

BASE = "http://127.0.0.1:8000"


class ResultsBuilder:
    def __init__(self, *, base: str = BASE, started_at: str = "2026-11-28T21:00:00+00:00",
                 as_of: str = "2026-11-28", audits: tuple[str, ...] = ("freshness", "links", "wcag"),
                 max_age_days: int = 365) -> None:
        self.base = base.rstrip("/")
        self.started_at = started_at
        self.as_of = as_of
        self.audits = list(audits)
        self.max_age_days = max_age_days
        self.pages: list[dict[str, Any]] = []
        self.findings: list[dict[str, Any]] = []
        self.skipped: dict[str, int] = {}

    def url(self, path: str) -> str:
        return self.base + path if path.startswith("/") else path

    def page(self, path: str, *, title: str = "", status: int | None = 200, audited: bool = True,
             date: str | None = None, age_days: int | None = None, state: str | None = None,
             evidence: str = "", source: str = "text", needs_review: list[dict[str, str]] | None = None,
             errors: list[dict[str, str]] | None = None, error: str | None = None) -> str:
        url = self.url(path)
        if state is None and audited:
            state = "missing" if date is None else ("stale" if (age_days or 0) > self.max_age_days else "fresh")
        freshness = None
        if audited and "freshness" in self.audits:
            freshness = {"state": state, "date": date, "age_days": age_days, "source": source if date else None,
                         "evidence": evidence, "max_age_days": self.max_age_days, "next_review_due": None}
        self.pages.append({
            "url": url, "requested_url": url, "status": status, "content_type": "text/html", "depth": 1,
            "referrer": self.base + "/", "title": title, "language": "en", "redirect_chain": [],
            "truncated": False, "audited": audited, "links_count": 10, "freshness": freshness,
            "wcag": ({"violations": 0, "needs_review": len(needs_review or []),
                      "needs_review_items": needs_review or []} if audited and "wcag" in self.audits else None),
            "errors": errors or [], "error": error,
        })
        if freshness and state in ("stale", "missing"):
            self.findings.append(Finding(
                audit="freshness", rule="stale-date" if state == "stale" else "missing-date",
                severity="moderate" if state == "stale" else "minor", page=url,
                message=(f"Last reviewed {date}, {age_days} days before {self.as_of}" if state == "stale"
                         else "No review or update date found on the page"),
                evidence=evidence).to_dict())
        return url

    def wcag(self, path: str, rule: str, severity: str, selector: str, *, criteria: list[str] | None = None,
             level: str | None = "AA", html: str = "", message: str = "") -> dict[str, Any]:
        tags = ["wcag2a"] + ["wcag" + c.replace(".", "") for c in criteria or []]
        finding = Finding(audit="wcag", rule=rule, severity=severity, page=self.url(path),
                          message=message or f"{rule} failed", selector=selector, html=html,
                          wcag={"criteria": list(criteria or []), "level": level if criteria else None,
                                "tags": tags if criteria else ["best-practice"], "impact": severity,
                                "help_url": f"https://dequeuniversity.com/rules/axe/4.14/{rule}"}).to_dict()
        self.findings.append(finding)
        return finding

    def link(self, path: str, target: str, text: str, *, status: int | None = 404, reason: str = "404 Not Found",
             verdict: str = "broken", learn_more: bool = False, severity: str = "serious",
             selector: str = "main a", html: str = "") -> dict[str, Any]:
        rule = {"redirected": "redirected-link", "unverifiable": "unverifiable-link"}.get(
            verdict, "broken-learn-more-link" if learn_more else "broken-link")
        finding = Finding(audit="links", rule=rule, severity=severity, page=self.url(path),
                          message=f"\"{text}\" leads to a page that returns {reason}", selector=selector,
                          html=html or f"<a href=\"{target}\">{text}</a>",
                          link={"url": self.url(target), "text": text, "status": status, "reason": reason,
                                "verdict": verdict, "chain": [], "learn_more": learn_more}).to_dict()
        self.findings.append(finding)
        return finding

    def finding(self, audit: str, rule: str, severity: str, path: str, **fields: Any) -> dict[str, Any]:
        """Any other finding, e.g. the link audit's ambiguous-link-text."""
        finding = Finding(audit=audit, rule=rule, severity=severity, page=self.url(path),
                          message=fields.pop("message", rule), **fields).to_dict()
        self.findings.append(finding)
        return finding

    def skip(self, reason: str, count: int) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + count

    def build(self) -> dict[str, Any]:
        audited = sum(1 for p in self.pages if p["audited"])
        return copy.deepcopy({
            "schema_version": 1,
            "tool": {"name": "auditcrawl", "version": "0.1.0"},
            "run": {
                "started_at": self.started_at, "finished_at": self.started_at.replace("21:00:00", "21:03:12"),
                "start_urls": [self.base + "/"], "as_of": self.as_of,
                "settings": {"max_pages": 10000, "max_depth": 20, "max_age_days": self.max_age_days,
                             "audits": self.audits},
                "engines": {"scrapy": "2.19.0", "axe-core": "4.14.1", "chromium": "131.0", "selenium": "4.51.0"},
                "coverage": {"discovered": len(self.pages) + sum(self.skipped.values()), "audited": audited,
                             "fetched": sum(1 for p in self.pages if p["status"] is not None),
                             "skipped": dict(self.skipped)},
                "exit_reason": "finished",
            },
            "pages": self.pages,
            "findings": self.findings,
        })


NAV_LINK = "header > nav > ul > li:nth-child(4) > a"


def sample_results(*, started_at: str = "2026-11-28T21:00:00+00:00", as_of: str = "2026-11-28",
                   variant: int = 0) -> dict[str, Any]:
    """A realistic small agency site: all three audits, a template issue, stale and undated pages.

    ``variant`` 0, 1, 2 are three nightly runs: earlier variants have more problems, later ones
    fix some and introduce one new issue, and markup churn moves the nav link (nth-child) around.
    """
    b = ResultsBuilder(started_at=started_at, as_of=as_of)
    pages = [
        ("/", "Energy Resilience Office", "2026-10-02", 57),
        ("/about/", "About us", "2017-09-26", 3350),
        ("/policy/", "Policies", "2019-03-14", 2817),
        ("/policy/records-retention/", "Records retention policy", "2015-06-01", 4198),
        ("/programs/", "Programs", "2025-11-20", 373),
        ("/programs/grants/", "Grants for communities", "2026-08-19", 101),
        ("/news/", "News", "2026-11-20", 8),
        ("/contact/", "Contact us", None, None),
        ("/careers/", "Careers", None, None),
        ("/data/", "Open data", "2023-01-05", 1423),
    ]
    for path, title, date, age in pages:
        b.page(path, title=title, date=date, age_days=age,
               evidence=f"Last Reviewed/Updated: {date[5:7]}/{date[8:10]}/{date[:4]}" if date else "",
               needs_review=[{"rule": "color-contrast", "selector": ".hero h2", "html": "<h2>Welcome</h2>",
                              "message": "Background image: contrast could not be measured"}]
               if path == "/" else None)
    b.page("/events/2026-12/", title="Events calendar", status=200, audited=False)
    b.skip("robots", 3)
    b.skip("trap:calendar", 8)
    b.skip("non_html", 4)
    nth = 4 + variant  # markup churn: the nav list gains items between runs
    for path, _t, _d, _a in pages[:6 if variant < 2 else 5]:
        b.wcag(path, "color-contrast", "serious", f"header > nav > ul > li:nth-child({nth}) > a",
               criteria=["1.4.3"], html='<a class="nav-link c0ffee12" href="/programs/">Programs</a>',
               message="Element has insufficient color contrast of 3.2 (foreground #7a8aa0, background #ffffff)")
    b.wcag("/programs/grants/", "image-alt", "critical", "main > figure > img", criteria=["1.1.1"], level="A",
           html='<img src="/img/map.png">', message="Image has no alternative text")
    b.wcag("/contact/", "label", "critical", "#contact-form > input:nth-of-type(2)", criteria=["4.1.2"], level="A",
           html='<input type="email" name="email">', message="Form element has no label")
    b.wcag("/data/", "link-name", "serious", "table > tbody > tr:nth-child(3) > td > a", criteria=["2.4.4", "4.1.2"],
           level="A", html='<a href="/data/2023.csv"><i class="icon-download"></i></a>',
           message="Link has no discernible text")
    b.wcag("/news/", "region", "moderate", ".promo-banner", html='<div class="promo-banner">…</div>',
           message="Some page content is not contained by landmarks")
    if variant < 1:
        b.wcag("/about/", "heading-order", "moderate", "main > h4", html="<h4>Leadership</h4>",
               message="Heading levels should only increase by one")
    if variant >= 2:
        b.wcag("/careers/", "target-size", "serious", ".pager > a", criteria=["2.5.8"], level="AA",
               html='<a href="?page=2">2</a>', message="Target has insufficient size (16px by 18px)")
    for path in ("/about/", "/programs/", "/policy/"):
        b.link(path, "/ero/", "Learn more about ERO.", learn_more=True, selector="main > section > p > a")
    b.link("/policy/records-retention/", "https://archive.example.gov/retention.pdf", "Retention schedule (PDF)",
           status=None, reason="DNS lookup failed", verdict="broken")
    if variant < 2:
        b.link("/news/", "/news/2019/flood-response/", "Flood response update", status=410, reason="410 Gone",
               severity="moderate")
    b.link("/programs/", "/programs/old-grants/", "Grant programs", status=301, reason="301 Moved Permanently",
           verdict="redirected", severity="minor")
    b.finding("links", "ambiguous-link-text", "minor", "/news/", selector="main article a.more",
              html='<a class="more" href="/news/1/">Read more</a>',
              message='3 links named "Read more" lead to 3 different destinations',
              link={"url": BASE + "/news/1/", "text": "Read more", "status": None, "reason": "", "verdict": "",
                    "chain": [], "learn_more": True}, wcag={"criteria": ["2.4.4"], "level": "A"})
    b.link("/programs/grants/", "https://grants.example.gov/apply", "Apply online", status=403,
           reason="403 Forbidden (bot protection)", verdict="unverifiable", severity="minor")
    return b.build()


def test_builder_findings_use_real_fingerprints():
    results = sample_results()
    first = next(f for f in results["findings"] if f["rule"] == "color-contrast")
    assert first["id"] == fingerprint("wcag", "color-contrast", first["page"], first["selector"])
    assert {f["audit"] for f in results["findings"]} == {"freshness", "links", "wcag"}
    assert len({f["id"] for f in results["findings"]}) == len(results["findings"])
