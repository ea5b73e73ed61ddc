"""Sites behind a login (issue 14): ``auditcrawl audit`` as a subprocess against loopback fixture sites.

One server needs a form login (session cookie), one Basic auth and an extra header; an external
server stands for other sites and third-party assets and records every header it gets.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from crawler.auth.config import AuthConfig, AuthConfigError, origin_of
from crawler.auth.guard import LinkGuard
from crawler.auth.options import parse_headers
from tests.cli_helpers import run_auditcrawl
from tests.login_site import HEADER_NAME, HEADER_VALUE, NEVER, PAGES, PASSWORD, USER, LoginSite

FAST = ("--quiet", "--autothrottle", "false", "--timeout", "5", "--retries", "0", "--links-timeout", "5",
        "--links-retries", "0", "--wcag-browsers", "1", "--sitemaps", "false", "--obey-robots", "false")
FORM_LOGIN = ("--login-field", f"username={USER}", "--login-field", "password=env:SITE_PW")
CONSENT = "ck-Vv2-consent"
CREDENTIAL_HEADERS = ("cookie", "authorization", HEADER_NAME.lower())


def audit(site: LoginSite, out: Path, *args: str, env: dict[str, str] | None = None, audits: str = "all"):
    extra = () if audits == "all" else ("--audits", audits)
    proc = run_auditcrawl("audit", site.url("/"), "--out", str(out), *FAST, *extra, *args,
                          env={"SITE_PW": PASSWORD, **(env or {})}, timeout=180)
    path = out / "results.json"
    results = json.loads(path.read_text()) if path.exists() else None
    return proc, results


def pages_by_path(results) -> dict[str, dict]:
    from urllib.parse import urlsplit
    return {urlsplit(p["url"]).path: p for p in results["pages"]}


def assert_protected_pages_audited(results, all_audits: bool = True) -> None:
    pages = pages_by_path(results)
    for path in PAGES:
        assert path in pages, (path, sorted(pages))
        entry = pages[path]
        assert entry["status"] == 200 and entry["audited"], entry
        assert entry["title"] == f"Protected {path}", entry["title"]
        assert entry["freshness"] and entry["freshness"]["state"], entry["freshness"]
        assert not entry["errors"], entry["errors"]
        rules = Counter(f["rule"] for f in results["findings"] if f["page"] == entry["url"])
        # the link check of /protected-missing was logged in too: a 404, not a redirect to the login page
        assert rules["broken-link"] >= 1, rules
        if all_audits:
            assert entry["wcag"] and entry["wcag"]["violations"] >= 1, entry["wcag"]
            assert rules["image-alt"] == 1, rules  # <img src="/logo.png"> only logged-in pages have


def assert_nothing_leaked(site: LoginSite, out: Path, *more_secrets: str) -> None:
    got = site.external.requests
    assert got, "the external server was never asked"
    secrets = site.secrets() + list(more_secrets)
    for request in got:
        assert not set(request.headers) & set(CREDENTIAL_HEADERS), (request.path, request.headers)
        assert not any(s in value for s in secrets for value in request.headers.values()), request.headers
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) >= 4, files
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, (secret, path)


def assert_safe_requests(site: LoginSite) -> None:
    for path in NEVER:
        assert site.server.count(path) == 0, (path, site.server.paths())
    methods = Counter((r.method, r.bare_path) for r in site.server.requests if r.method not in ("GET", "HEAD"))
    assert set(methods) <= {("POST", "/login")}, methods


@pytest.fixture(scope="module")
def form_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("form-out")
    with LoginSite("form") as site:
        proc, results = audit(site, out, "--login-url", site.url("/login"), *FORM_LOGIN,
                              "--cookie", "consent=env:CONSENT", env={"CONSENT": CONSENT})
        yield site, out, proc, results


def test_form_login_audits_every_protected_page_with_all_three_audits(form_run):
    site, out, proc, results = form_run
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert_protected_pages_audited(results)
    assert site.server.count("/login", "POST") == 1
    login = results["run"]["login"]
    assert login["method"] == "form" and login["user"] == USER and login["ok"] and login["relogins"] == 0, login
    assert login["cookies"] == ["consent"]


def test_form_login_credentials_stay_on_the_site(form_run):
    site, out, proc, results = form_run
    paths = {r.bare_path for r in site.external.requests}
    # the link checks (direct and after the site's redirect) and the browser's assets (direct and redirected)
    assert {"/target", "/after-redirect", "/asset.png", "/asset-after-redirect.png"} <= paths, paths
    assert_nothing_leaked(site, out, CONSENT)
    # ... while the site got the session and the cookie from the browser too (its image and its /logo.png)
    browser_hits = [r for r in site.server.requests if "HeadlessChrome" in r.headers.get("user-agent", "")]
    assert browser_hits and all("sid=" in r.headers.get("cookie", "") for r in browser_hits), \
        [(r.path, r.headers.get("cookie")) for r in browser_hits]
    assert all(f"consent={CONSENT}" in r.headers.get("cookie", "") for r in browser_hits)


def test_form_login_never_logs_out_or_deletes(form_run):
    site, out, proc, results = form_run
    assert_safe_requests(site)
    assert site.server.count("/api/save") == 0  # the page's script tried a POST; the browser refused it
    skipped = results["run"]["coverage"]["skipped"]
    # /logout and /account/end (by its text "Log out") as links, /timeout as a redirect to /logout
    assert skipped.get("logout") == 3 and skipped.get("destructive") == 1, skipped
    timeout_link = [f for f in results["findings"] if f["link"] and f["link"]["url"].endswith("/timeout")]
    assert not [f for f in timeout_link if f["rule"] == "broken-link"], timeout_link
    assert results["run"]["settings"]["login_field"] == ["<redacted>", "<redacted>"]


def test_expired_session_is_renewed_once(tmp_path):
    with LoginSite("form", expire_after=2) as site:
        proc, results = audit(site, tmp_path, "--login-url", site.url("/login"), *FORM_LOGIN)
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert site.expired
        assert site.server.count("/login", "POST") == 2
        # the crawl, the link checks and the browser (pages crawled before, audited after) all renewed
        assert_protected_pages_audited(results)
        assert results["run"]["login"]["relogins"] == 1
        assert "session expired" in (tmp_path / "crawl.log").read_text()
        assert_safe_requests(site)
        assert_nothing_leaked(site, tmp_path)


@pytest.fixture(scope="module")
def basic_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("basic-out")
    with LoginSite("basic", header=True) as site:
        proc, results = audit(site, out, "--basic-auth", USER, "--password-env", "STAGING_PW",
                              "--header", f"{HEADER_NAME}: env:STAGING_TOKEN",
                              env={"STAGING_PW": PASSWORD, "STAGING_TOKEN": HEADER_VALUE})
        yield site, out, proc, results


def test_basic_auth_audits_every_page_and_keeps_credentials_on_the_site(basic_run):
    site, out, proc, results = basic_run
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert_protected_pages_audited(results)
    assert results["run"]["login"]["method"] == "basic" and results["run"]["login"]["user"] == USER
    assert {"/target", "/after-redirect", "/asset.png", "/asset-after-redirect.png"} <= \
        {r.bare_path for r in site.external.requests}
    assert_nothing_leaked(site, out)
    assert_safe_requests(site)
    browser_hits = [r for r in site.server.requests if "HeadlessChrome" in r.headers.get("user-agent", "")]
    assert browser_hits and all(r.headers.get(HEADER_NAME.lower()) == HEADER_VALUE for r in browser_hits)


@pytest.mark.parametrize("mode,args,expected", [
    ("form", ("--login-field", f"username={USER}", "--login-field", "password=wrong"), "came back"),
    ("form-nofrm", ("--login-field", f"username={USER}", "--login-field", "password=env:SITE_PW"), "no login form"),
    ("basic", ("--basic-auth", USER, "--password-env", "BAD_PW"), "401"),
    ("form-elsewhere", FORM_LOGIN, "posts to another site"),
])
def test_failed_login_exits_3_with_one_line(tmp_path, mode, args, expected):
    login_page = {"form": "/login", "form-nofrm": "/api/save", "form-elsewhere": "/login-elsewhere"}
    with LoginSite("basic" if mode == "basic" else "form") as site:
        login = () if mode == "basic" else ("--login-url", site.url(login_page[mode]))
        proc, results = audit(site, tmp_path, *login, *args, env={"BAD_PW": "wrong"}, audits="freshness,links")
        assert proc.returncode == 3, proc.stderr
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "login failed" in lines[0] and expected in lines[0], lines
        assert not any(p["audited"] for p in results["pages"]), results["pages"]
        assert results["run"]["login"]["ok"] is False
        if mode != "basic":
            assert not [r for r in site.server.requests if r.bare_path in PAGES]  # nothing crawled
        assert not site.external.requests  # the form posting elsewhere was not sent


@pytest.mark.parametrize("args,message", [
    (("--header", "X-Token value"), "without a colon"),
    (("--basic-auth", "bob", "--password-env", "NOT_SET_ANYWHERE"), "NOT_SET_ANYWHERE"),
    (("--login-url", "http://127.0.0.1:9/login", "--login-field", "password=env:NOT_SET_EITHER"), "NOT_SET_EITHER"),
])
def test_bad_login_input_exits_2(tmp_path, args, message):
    proc = run_auditcrawl("audit", "http://127.0.0.1:9/", "--out", str(tmp_path), "--quiet", *args)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


# -- units ---------------------------------------------------------------------------------------
def test_credentials_go_to_the_exact_origins_only():
    class S(dict):
        getlist = dict.get
    config = AuthConfig.from_settings(S({"AUDITCRAWL_AUTH_HEADERS": ["X-A: 1"],
                                          "AUDITCRAWL_AUTH_ORIGINS": ["https://cdn.agency.gov"]}),
                                      ["https://www.agency.gov/start"], environ={})
    assert config.covers("https://www.agency.gov/a?b") and config.covers("https://www.agency.gov:443/")
    assert config.covers("https://cdn.agency.gov/x.css")
    for other in ("http://www.agency.gov/", "https://agency.gov/", "https://www.agency.gov:8443/",
                  "https://www.agency.gov.evil.example/", "https://evil.example/?u=https://www.agency.gov/"):
        assert not config.covers(other), other
    assert origin_of("HTTPS://WWW.Agency.GOV:443/x") == "https://www.agency.gov"
    with pytest.raises(AuthConfigError, match="not one of the site's origins"):
        AuthConfig.from_settings(S({"AUDITCRAWL_AUTH_LOGIN_URL": "https://sso.example/login",
                                    "AUDITCRAWL_AUTH_LOGIN_FIELDS": ["u=x"]}), ["https://www.agency.gov/"], environ={})


def test_header_parser():
    assert parse_headers(["X-A:  b c ", "Authorization: Bearer x:y"]) == ["X-A: b c", "Authorization: Bearer x:y"]
    assert parse_headers({"X-B": "1"}) == ["X-B: 1"]
    for bad in ("NoColon", ": value", "Bad Name: x", "X-A: a\r\nX-B: b"):
        with pytest.raises(ValueError):
            parse_headers([bad])


@pytest.mark.parametrize("url,text,reason", [
    ("https://a.gov/logout", "", "logout"), ("https://a.gov/user/log-out?x=1", "", "logout"),
    ("https://a.gov/session/end", "Sign out", "logout"), ("https://a.gov/auth/signoff", "", "logout"),
    ("https://a.gov/items/7/delete", "", "destructive"), ("https://a.gov/list?action=remove&id=3", "", "destructive"),
    ("https://a.gov/newsletter/unsubscribe", "", "destructive"),
    ("https://a.gov/news/deleted-scenes", "", None), ("https://a.gov/removal-of-trees", "", None),
    ("https://a.gov/blog/logout-output", "Catalogue", "logout"), ("https://a.gov/catalogue", "Logoutput", None),
    ("https://a.gov/about", "About us", None),
    ("https://a.gov/cart/remove_item?id=4", "", "destructive"), ("https://a.gov/user/delete-account.php", "", "destructive"),
    ("https://a.gov/how-to-remove-lead-paint", "", None), ("https://a.gov/cancel-your-passport-application", "", None),
    ("https://a.gov/search?q=remove+mold+from+walls", "", None), ("https://a.gov/search?q=delete", "", "destructive"),
])
def test_link_guard(url, text, reason):
    from scrapy.settings import Settings
    assert LinkGuard.from_settings(Settings(), active=True).skip_reason(url, text) == reason
    assert LinkGuard.from_settings(Settings(), active=False).skip_reason(url, text) is None


def test_login_settings_from_a_toml_file():
    import tomllib

    from crawler.config import all_options, build_settings, parse_values
    raw = tomllib.loads('''
login_url = "https://staging.agency.gov/user/login"
login_field = { name = "alice", pass = "env:PW" }
header = ["X-Staging-Token: env:TOKEN"]
cookie = { consent = "yes" }
auth_origins = ["https://assets.staging.agency.gov/css/"]
destructive_patterns = []
''')
    options = all_options()
    settings = build_settings(parse_values(raw, options, "auditcrawl.toml"), {}, options)
    config = AuthConfig.from_settings(settings, ["https://staging.agency.gov/"], environ={"PW": "p1", "TOKEN": "t1"})
    assert config.login_fields == (("name", "alice"), ("pass", "p1")) and config.login_user == "alice"
    assert config.headers == (("X-Staging-Token", "t1"),) and config.cookies == (("consent", "yes"),)
    assert config.origins == {"https://staging.agency.gov", "https://assets.staging.agency.gov"}
    run_settings = settings.getdict("AUDITCRAWL_RUN_SETTINGS")
    assert run_settings["login_field"] == ["<redacted>"] * 2 and run_settings["header"] == ["<redacted>"]
    guard = LinkGuard.from_settings(settings, active=True)
    assert guard.skip_reason("https://staging.agency.gov/items/7/delete") is None  # turned off
    assert guard.skip_reason("https://staging.agency.gov/user/logout") == "logout"
    with pytest.raises(AuthConfigError, match="PW is not set"):
        AuthConfig.from_settings(settings, ["https://staging.agency.gov/"], environ={"TOKEN": "t1"})


def test_only_get_and_head_go_out_while_logged_in():
    import asyncio

    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest

    from crawler.auth.middleware import LOGIN_META, AuthMiddleware
    from crawler.auth.session import AuthSession
    config = AuthConfig(frozenset({"https://a.gov"}), headers=(("X-A", "1"),))
    middleware = AuthMiddleware(AuthSession(config, LinkGuard(active=True)))
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        with pytest.raises(IgnoreRequest, match="only GET and HEAD"):
            asyncio.run(middleware.process_request(Request("https://a.gov/x", method=method)))
    login_post = Request("https://a.gov/login", method="POST", meta={LOGIN_META: True})
    asyncio.run(middleware.process_request(login_post))
    assert login_post.headers.get("X-A") == b"1"
    elsewhere = Request("https://a.gov:8443/x", headers={"X-A": "1", "Authorization": "Basic eA==", "Cookie": "a=b"})
    asyncio.run(middleware.process_request(elsewhere))
    assert not {b"X-A", b"Authorization", b"Cookie"} & set(elsewhere.headers) and elsewhere.meta["dont_merge_cookies"]
    # downloaded: the request (which a retry copies, and JOBDIR writes to disk) keeps no credential
    on_site = Request("https://a.gov/page", cookies={"lang": "en"})
    asyncio.run(middleware.process_request(on_site))
    assert on_site.headers.get("X-A") == b"1"
    on_site.headers["Cookie"] = "sid=secret"  # what Scrapy's CookiesMiddleware adds
    middleware.process_response(on_site, object())
    assert not {b"X-A", b"Cookie"} & set(on_site.headers) and on_site.cookies == {"lang": "en"}
