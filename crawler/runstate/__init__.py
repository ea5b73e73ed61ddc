"""Run state.

For ``--incremental`` nightly audits (state kept between runs; every ``auditcrawl audit`` run records it):
- ``pagestore``: the per-page state of the latest complete run of each site (validators, body digests,
  what each page loaded in the browser, its WCAG results, link verdicts), in the history database.
- ``noise``: what is per-request noise in a page body (nonces, CSRF tokens, cache-busting queries).
- ``middleware``: the downloader middleware that turns stored validators into conditional requests.
- ``incremental``: the run's reuse decision (one place: ``IncrementalRun.reusable``) and what it records.

For ``auditcrawl audit ... --resume`` (what lets a killed run be continued): ``store`` is the folder and
its files, ``identity`` what a resumed run must share with the run it continues, ``journal`` the
append-only logs, ``dupefilter`` the one place that says a page is already done (so it is neither
fetched nor audited again).
"""
from crawler.runstate.identity import RunIdentity
from crawler.runstate.store import PreparedRun, RunState, RunStateError, prepare_run

__all__ = ["PreparedRun", "RunIdentity", "RunState", "RunStateError", "prepare_run"]
