"""Auditing sites behind a login, with credentials that never leave the site.

- ``options``: the user-facing settings (``--header``, ``--cookie``, ``--basic-auth``, ``--login-url``...).
- ``config``: those settings read once into an ``AuthConfig`` (environment variables resolved, origins).
- ``guard``: links a logged-in crawl must not follow (logout, destructive words).
- ``middleware``: the downloader middleware that adds credentials on the site's own origins only and
  strips them (and the cookie jar) everywhere else; only GET and HEAD go out, except the login POST.
- ``login``: the form login (fetch the login page, fill its form, post it), done before the crawl and
  once more when the session expires.
- ``session``: the run's login state, shared by the spider, the middleware, the audits and the run record.

The browser side (cookies bound to their origin, headers through CDP request interception) is
``audits/browser_auth.py``.
"""
