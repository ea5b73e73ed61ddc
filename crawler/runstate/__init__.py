"""State kept between runs, for ``--incremental`` nightly audits.

- ``pagestore``: the per-page state of the latest complete run of each site (validators, body digests,
  what each page loaded in the browser, its WCAG results, link verdicts), in the history database.
- ``noise``: what is per-request noise in a page body (nonces, CSRF tokens, cache-busting queries).
- ``middleware``: the downloader middleware that turns stored validators into conditional requests.
- ``incremental``: the run's reuse decision (one place: ``IncrementalRun.reusable``) and what it records.
"""
