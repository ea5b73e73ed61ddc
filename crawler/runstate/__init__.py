"""Run state: what lets a killed run be continued with ``auditcrawl audit ... --resume``.

``store`` is the folder and its files, ``identity`` what a resumed run must share with the
run it continues, ``journal`` the append-only logs, ``dupefilter`` the one place that says a
page is already done (so it is neither fetched nor audited again).
"""
from crawler.runstate.identity import RunIdentity
from crawler.runstate.store import PreparedRun, RunState, RunStateError, prepare_run

__all__ = ["PreparedRun", "RunIdentity", "RunState", "RunStateError", "prepare_run"]
