"""WCAG audit: the selected engines (axe-core by default, see audits/wcag_engines/) run by a pool
of headless Chromium sessions (Selenium).

Every HTML page is loaded once in a browser, given a short settle time for
scripts that change the page after load, then every engine (pinned in
package.json, preloaded by Chromium or injected; axe through axe-selenium-python's
``Axe`` into every frame at every depth, open shadow roots included) runs on
that same document. Results of all engines are merged: one Finding per failing
node and success criterion, listing every engine that reported it; "cannot
tell" results are kept apart as needs-review items on the page.
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Callable

import selenium
from axe_selenium_python import Axe
from scrapy.exceptions import NotConfigured
from selenium.common.exceptions import (
    JavascriptException,
    NoSuchFrameException,
    StaleElementReferenceException,
    TimeoutException,
    UnexpectedAlertPresentException,
    WebDriverException,
)
from w3lib.url import canonicalize_url

from audits.base import Audit, AuditContext, Finding, Option
from audits.option_types import float_between, int_between, parse_bool
from audits.browser import BrowserConfig, BrowserError, BrowserPool, JobTimeout
from audits.browser_auth import BrowserAuth
from audits.wcag_engines import DEFAULT_ENGINES, build_engines, parse_engines
from audits.wcag_engines.axe import AXE_PATH, CONFIGURE_JS
from audits.wcag_engines.base import Engine, EngineSettings, criteria_of, format_target  # noqa: F401 - re-exported
from audits.wcag_engines.merge import to_findings as merge_findings
from audits.wcag_engines.page import HTML_TYPES, audit_script, run_script
from audits.grid import DEFAULT_GRID_WAIT, MAX_GRID_SESSIONS
from crawler.scope import without_default_port

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
MAX_HTML = 300
MAX_REVIEW_ITEMS = 500
_DRIVER_MARKS = re.compile(r'\s+cd_frame_id_="[0-9a-f]*"')  # chromedriver tags frames it switched into
_TAG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class WcagError(Exception):
    """A page could not be audited; ``str()`` is the page's error entry."""


# -- options ------------------------------------------------------------------------------------
_positive_int = int_between(1)
_positive_float = float_between(0, 3600, exclusive_min=True)
_non_negative_int = int_between(0)
_non_negative_float = float_between(0, 3600)


def parse_tags(value: Any) -> tuple[str, ...]:
    """``"wcag2a, wcag2aa"`` or a list -> a tuple of axe tags."""
    items = value.split(",") if isinstance(value, str) else list(value or [])
    tags = tuple(str(item).strip() for item in items if str(item).strip())
    if not tags:
        raise ValueError("give at least one axe tag, e.g. wcag2a,wcag2aa")
    for tag in tags:
        if not _TAG.match(tag):
            raise ValueError(f"not an axe tag: {tag!r}")
    return tags


def parse_url(value: Any) -> str | None:
    text = (str(value).strip() if value is not None else "")
    if not text:
        return None
    if not re.match(r"^https?://[^/\s]+", text):
        raise ValueError(f"not an http(s) URL: {text!r}")
    return text.rstrip("/")


def default_pool_size() -> int:
    """One browser per core plus one (a browser waiting on the network or the settle time leaves
    its core to another): measured best with benchmarks/bench_wcag.py, see docs/wcag.md."""
    return max(2, min((os.cpu_count() or 1) + 1, 8))


@dataclass(frozen=True)
class WcagConfig:
    """Every setting of the WCAG audit, read once from Scrapy settings."""

    webdriver_url: str | None = None
    browsers: int | None = field(default_factory=default_pool_size)  # None: the Grid's free slots
    grid_wait: float = DEFAULT_GRID_WAIT
    recycle_after: int = 200
    page_timeout: float = 60.0
    axe_timeout: float = 60.0
    settle_ms: int = 100
    settle_max_ms: int = 2000
    frame_wait_ms: int = 10000
    tags: tuple[str, ...] = DEFAULT_TAGS
    chromium_path: str = "/usr/bin/chromium"
    chromedriver_path: str = "/usr/bin/chromedriver"
    chromium_args: tuple[str, ...] = ()
    axe_path: str = str(AXE_PATH)
    engines: tuple[str, ...] = DEFAULT_ENGINES
    advisories: bool = False

    @classmethod
    def from_settings(cls, settings: Any) -> "WcagConfig":
        def get(name: str, parse: Any, default: Any) -> Any:
            value = settings.get(name) if settings is not None else None
            return default if value is None or value == "" else parse(value)

        defaults = cls()
        args = settings.get("AUDITCRAWL_WCAG_CHROMIUM_ARGS") if settings is not None else None
        webdriver_url = get("AUDITCRAWL_WCAG_WEBDRIVER_URL", parse_url, None)
        return cls(
            webdriver_url=webdriver_url,
            browsers=get("AUDITCRAWL_WCAG_BROWSERS", _positive_int, None if webdriver_url else defaults.browsers),
            grid_wait=get("AUDITCRAWL_WCAG_GRID_WAIT", _non_negative_float, defaults.grid_wait),
            recycle_after=get("AUDITCRAWL_WCAG_RECYCLE_AFTER", _positive_int, defaults.recycle_after),
            page_timeout=get("AUDITCRAWL_WCAG_PAGE_TIMEOUT", _positive_float, defaults.page_timeout),
            axe_timeout=get("AUDITCRAWL_WCAG_AXE_TIMEOUT", _positive_float, defaults.axe_timeout),
            settle_ms=get("AUDITCRAWL_WCAG_SETTLE_MS", _non_negative_int, defaults.settle_ms),
            settle_max_ms=get("AUDITCRAWL_WCAG_SETTLE_MAX_MS", _non_negative_int, defaults.settle_max_ms),
            frame_wait_ms=get("AUDITCRAWL_WCAG_FRAME_WAIT_MS", _positive_int, defaults.frame_wait_ms),
            tags=get("AUDITCRAWL_WCAG_TAGS", parse_tags, defaults.tags),
            chromium_path=get("AUDITCRAWL_WCAG_CHROMIUM_PATH", str, defaults.chromium_path),
            chromedriver_path=get("AUDITCRAWL_WCAG_CHROMEDRIVER_PATH", str, defaults.chromedriver_path),
            chromium_args=tuple(args.split() if isinstance(args, str) else (args or ())),
            axe_path=get("AUDITCRAWL_WCAG_AXE_PATH", str, defaults.axe_path),
            engines=get("AUDITCRAWL_WCAG_ENGINES", parse_engines, defaults.engines),
            advisories=get("AUDITCRAWL_WCAG_ADVISORIES", parse_bool, defaults.advisories),
        )

    def browser_config(self) -> BrowserConfig:
        return BrowserConfig(
            size=self.browsers, recycle_after=self.recycle_after, page_load_timeout=self.page_timeout,
            # one script settles the page (at most settle_max_ms) and runs the engines
            script_timeout=self.axe_timeout + self.settle_max_ms / 1000, webdriver_url=self.webdriver_url,
            chromium_path=self.chromium_path, chromedriver_path=self.chromedriver_path,
            extra_args=self.chromium_args, on_start=partial(preload_engines, engines=self.engine_adapters()),
            fallback_size=default_pool_size(), grid_wait=self.grid_wait,
        )

    @property
    def wants_advisories(self) -> bool:
        """``wcag_advisories``, or best-practice rules asked for by tag."""
        return self.advisories or "best-practice" in self.tags

    def engine_adapters(self) -> tuple[Engine, ...]:
        settings = EngineSettings(tags=self.tags, advisories=self.wants_advisories, frame_wait_ms=self.frame_wait_ms)
        return _adapters(self.engines, settings, self.axe_path)

    def run_options(self) -> dict[str, Any]:
        """The run script's argument: each engine's options."""
        return {engine.name: engine.options() for engine in self.engine_adapters()}

    def axe_options(self) -> dict[str, Any]:
        settings = EngineSettings(tags=self.tags, advisories=self.advisories, frame_wait_ms=self.frame_wait_ms)
        return _adapters(("axe",), settings, self.axe_path)[0].options()


@lru_cache(maxsize=16)
def _adapters(names: tuple[str, ...], settings: EngineSettings, axe_path: str) -> tuple[Engine, ...]:
    return tuple(build_engines(names, settings, axe_path))



OPTIONS = (
    Option("webdriver_url", "AUDITCRAWL_WCAG_WEBDRIVER_URL", parse_url, None,
           "remote WebDriver (e.g. Selenium Grid) URL used instead of local browsers", "URL"),
    Option("wcag_browsers", "AUDITCRAWL_WCAG_BROWSERS", _positive_int, None,
           "headless Chromium sessions run side by side (default: CPU cores + 1, 2 to 8; on a Selenium "
           f"Grid: its free slots, at most {MAX_GRID_SESSIONS})", "N"),
    Option("wcag_grid_wait", "AUDITCRAWL_WCAG_GRID_WAIT", _non_negative_float, DEFAULT_GRID_WAIT,
           "seconds a browser session waits for a free Selenium Grid slot before the page gets an error",
           "SECONDS"),
    Option("wcag_recycle_after", "AUDITCRAWL_WCAG_RECYCLE_AFTER", _positive_int, 200,
           "restart a browser session after this many pages", "N"),
    Option("wcag_page_timeout", "AUDITCRAWL_WCAG_PAGE_TIMEOUT", _positive_float, 60.0,
           "seconds a page may take to load in the browser", "SECONDS"),
    Option("wcag_axe_timeout", "AUDITCRAWL_WCAG_AXE_TIMEOUT", _positive_float, 60.0,
           "seconds axe-core may take on one page", "SECONDS"),
    Option("wcag_settle_ms", "AUDITCRAWL_WCAG_SETTLE_MS", _non_negative_int, 100,
           "after load, wait until the page has not changed for this many ms (at most 2 s)", "MS"),
    Option("wcag_tags", "AUDITCRAWL_WCAG_TAGS", parse_tags, ",".join(DEFAULT_TAGS),
           "axe-core tags to test (add wcag2aaa, wcag21aaa, best-practice, section508, EN-301-549)", "TAGS"),
    Option("chromium_path", "AUDITCRAWL_WCAG_CHROMIUM_PATH", str, "/usr/bin/chromium",
           "Chromium binary for the WCAG audit", "PATH"),
    Option("chromedriver_path", "AUDITCRAWL_WCAG_CHROMEDRIVER_PATH", str, "/usr/bin/chromedriver",
           "chromedriver binary for the WCAG audit", "PATH"),
    Option("wcag_engines", "AUDITCRAWL_WCAG_ENGINES", parse_engines, ",".join(DEFAULT_ENGINES),
           "WCAG engines run in each page: axe, qualweb, auditcrawl (its own checks), or all (every installed engine)", "LIST"),
    Option("wcag_advisories", "AUDITCRAWL_WCAG_ADVISORIES", parse_bool, False,
           "also report best-practice advisories (no WCAG criterion; not gated unless asked)", "true|false"),
)


# -- what runs in the browser -------------------------------------------------------------------
# Frames of this document, including those inside open shadow roots.
FRAMES_JS = """
const found = [];
const walk = (root) => {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'iframe' || el.localName === 'frame') found.push(el);
    if (el.shadowRoot) walk(el.shadowRoot);
  }
};
walk(document);
return found;
"""

# Room for every resource a page loads (the default buffer keeps 250): set before the page's scripts run.
RESOURCE_BUFFER = 5000
RESOURCE_BUFFER_JS = f"\n;try {{ performance.setResourceTimingBufferSize({RESOURCE_BUFFER}); }} catch (e) {{}}"
DEFAULT_RESOURCE_BUFFER = 250


def browser_assets(result: dict[str, Any], preloaded: bool) -> list[str] | None:
    """The same-origin stylesheets, scripts, frames and data the page loaded; None when the browser's
    list may be cut short (a full Resource Timing buffer)."""
    resources = result.get("resources") or {}
    limit = RESOURCE_BUFFER if preloaded else DEFAULT_RESOURCE_BUFFER
    if not isinstance(resources, dict) or resources.get("entries", limit) >= limit:
        return None
    return [str(url) for url in resources.get("urls") or []]


HAS_AXE_JS = "return !!(window.axe && typeof window.axe.run === 'function' && window.axe.version === arguments[0]);"


def preload_engines(driver: Any, engines: tuple[Engine, ...]) -> None:
    """Have Chromium put every engine into every new document itself (CDP), so pages need no
    injection of hundreds of KB through WebDriver.

    Measured: injecting axe through WebDriver costs ~125 ms a document; a preloaded script ~35 ms.
    Without CDP (some remote grids) documents are injected instead (``AxeInjector``, ``inject_engine``).
    """
    for engine in engines:
        params = {"source": _preload_source(engine) + RESOURCE_BUFFER_JS}
        try:
            if hasattr(driver, "execute_cdp_cmd"):
                driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", params)
            else:  # webdriver.Remote: chromedriver and Selenium Grid serve the same endpoint
                driver.command_executor.add_command("executeCdpCommand", "POST",
                                                    "/session/$sessionId/goog/cdp/execute")
                driver.execute("executeCdpCommand", {"cmd": "Page.addScriptToEvaluateOnNewDocument",
                                                     "params": params})
        except Exception:  # noqa: BLE001 - no CDP here: fall back to injection per document
            return


@lru_cache(maxsize=16)
def _preload_source(engine: Engine) -> str:
    return engine.preload_source()


def preload_axe(driver: Any, axe_path: str) -> None:
    """axe alone (benchmarks, older callers)."""
    preload_engines(driver, _adapters(("axe",), EngineSettings(tags=DEFAULT_TAGS), axe_path))


class AxeInjector(Axe):
    """axe-selenium-python's ``Axe``, injecting into every frame at every depth, script read once.

    Documents that already have this axe (preloaded) are left as they are.
    """

    _sources: dict[str, str] = {}
    _versions: dict[str, str] = {}

    def __init__(self, driver: Any, script_url: str) -> None:
        super().__init__(driver, script_url=script_url)
        self.source = self.source_of(script_url)
        self.version = self._versions[script_url]

    @classmethod
    def source_of(cls, script_url: str) -> str:
        if script_url not in cls._sources:
            cls._sources[script_url] = Path(script_url).read_text(encoding="utf-8")
            cls._versions[script_url] = axe_version(script_url)
        return cls._sources[script_url]

    def inject(self, max_depth: int = 8) -> int:
        """Inject into the top document and all frames below it; returns the number of documents."""
        self.injected = 0
        self.selenium.switch_to.default_content()
        return self._inject_here(max_depth)

    def _inject_here(self, depth: int) -> int:
        if not self.selenium.execute_script(HAS_AXE_JS, self.version):
            self.selenium.execute_script(self.source + "\n;" + CONFIGURE_JS)
            self.injected += 1
        count = 1
        if depth <= 0:
            return count
        for frame in self.selenium.execute_script(FRAMES_JS) or []:
            try:
                self.selenium.switch_to.frame(frame)
            except (NoSuchFrameException, StaleElementReferenceException, JavascriptException):
                continue
            try:
                count += self._inject_here(depth - 1)
            except (JavascriptException, StaleElementReferenceException, NoSuchFrameException):
                pass  # a frame that refuses scripts (sandbox) or went away: axe skips it
            finally:
                self.selenium.switch_to.parent_frame()
        return count


def _no_deadline(name: str, seconds: float) -> None:
    return None


def audit_in_browser(driver: Any, url: str, config: WcagConfig,
                     phase: Callable[[str, float], None] = _no_deadline) -> dict[str, Any] | None:
    """Load ``url``, let it settle, run every engine on it (axe over all frames). ``None`` when the
    browser got no HTML.

    ``phase(name, seconds)`` announces each step's time limit to the pool's watchdog.
    """
    engines = config.engine_adapters()
    phase("page load", config.page_timeout)
    try:
        try:
            driver.get(url)
        except UnexpectedAlertPresentException:
            # a dialog the previous page opened late: not this page's fault
            try:
                driver.switch_to.alert.dismiss()
            except WebDriverException:
                pass
            driver.get(url)
    except TimeoutException:
        raise WcagError(f"wcag: timeout after {config.page_timeout:g} s") from None
    # settle and run the engines in one command when the page needs nothing else first
    phase("axe", config.settle_max_ms / 1000 + 2 + config.axe_timeout)
    try:
        answer = _run_engines(driver, config, audit_script(engines), config.settle_ms, config.settle_max_ms, url,
                              config.run_options())
    except JavascriptException as exc:
        return _navigated_away(driver, exc)
    page = answer.get("page") if isinstance(answer, dict) else None
    if not isinstance(page, dict) or page.get("type") not in HTML_TYPES:
        return None
    if not same_document(url, page.get("url") or url):
        return {"navigated_to": page["url"]}
    if isinstance(page.get("status"), int) and page["status"] >= 400:  # the crawler was answered, the browser not
        return {"http_status": page["status"]}
    documents, injected = 1, 0
    ready = page.get("engines") or {}
    result = answer.get("result")
    if result is None:  # frames, an engine missing (no CDP, or the page overwrote it), or a URL only Python matches
        phase("axe", config.axe_timeout)
        for engine in engines:
            if engine.frames and (page.get("frames") or not ready.get(engine.name)):  # preload covers frameless pages
                injector = AxeInjector(driver, config.axe_path)
                documents, injected = injector.inject(), injector.injected
                driver.switch_to.default_content()
            elif not engine.frames and not ready.get(engine.name):
                driver.execute_script(_preload_source(engine))
                injected += 1
        try:
            result = _run_engines(driver, config, run_script(engines), config.run_options())
        except JavascriptException as exc:
            return _navigated_away(driver, exc)
    outcomes = (result or {}).get("engines") or {}
    if not result or not result.get("ok") or not any(o.get("ok") for o in outcomes.values()):
        error = next((o.get("error") for o in outcomes.values() if o.get("error")),
                     (result or {}).get("error") or "no result")
        name = next((n for n, o in outcomes.items() if o.get("error")), "axe")
        raise WcagError(f"wcag: {name} failed: {error}"[:300])
    if not same_document(url, result.get("url") or url):  # left between the settle time and axe
        return {"navigated_to": result["url"]}
    result["documents"] = documents
    result["injected"] = injected
    result["preloaded"] = any(ready.values())  # the preload also set the resource buffer size
    return result


def _run_engines(driver: Any, config: WcagConfig, script: str, *args: Any) -> Any:
    """The engines' script (alone, or after settling the page); a timeout is one WcagError."""
    try:
        return driver.execute_async_script(script, *args)
    except TimeoutException:
        raise WcagError(f"wcag: axe timeout after {config.axe_timeout:g} s") from None


def same_document(loaded: str, seen: str) -> bool:
    """Is ``seen`` (the browser's document URL) the page that was loaded (``loaded``)? Fragments,
    query order, percent-encoding and default ports do not count."""
    def key(url: str) -> str:
        return without_default_port(canonicalize_url(url, keep_fragments=False))
    try:
        return key(loaded) == key(seen)
    except ValueError:
        return loaded == seen


def _navigated_away(driver: Any, exc: JavascriptException) -> dict[str, Any]:
    """A script ended because the page left its document (meta refresh, a script setting
    location): the page cannot be audited; any other script error is a failure."""
    if "unload" not in str(exc).lower() and "navigat" not in str(exc).lower():
        raise exc
    try:
        return {"navigated_to": driver.current_url}
    except WebDriverException:
        return {"navigated_to": ""}


def _alert_text(exc: UnexpectedAlertPresentException) -> str:
    text = getattr(exc, "alert_text", None) or ""
    return f"dialog text {text[:80]!r}" if text else "dialog"


def _short(exc: BaseException) -> str:
    text = (getattr(exc, "msg", None) or str(exc) or type(exc).__name__).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:200]


def describe_failure(exc: BaseException, config: WcagConfig) -> str:
    """The page's error entry for a browser-side failure."""
    if isinstance(exc, WcagError):
        return str(exc)
    if isinstance(exc, JobTimeout):
        if exc.phase == "axe":
            return f"wcag: axe timeout after {config.axe_timeout:g} s (renderer busy)"
        return f"wcag: timeout after {config.page_timeout:g} s ({exc})"
    if isinstance(exc, UnexpectedAlertPresentException):
        return f"wcag: page opened a dialog ({_alert_text(exc)})"
    if isinstance(exc, BrowserError):
        return f"wcag: {exc}"
    text = _short(exc)
    low = text.lower()
    if isinstance(exc, TimeoutException) or "timed out receiving message from renderer" in low:
        return f"wcag: timeout after {config.page_timeout:g} s (renderer busy)"
    if "crash" in low or "target frame detached" in low or "session deleted" in low:
        return f"wcag: browser crashed ({text})"
    if isinstance(exc, WebDriverException):
        if "invalid session id" in low or "disconnected" in low or "not reachable" in low:
            return f"wcag: browser crashed ({text})"
        return f"wcag: browser error ({text})"
    if isinstance(exc, (ConnectionError, OSError)) or "connection" in low or "max retries" in low:
        return f"wcag: browser crashed (chromedriver died: {text})"
    return f"wcag: {type(exc).__name__}: {text}"


# -- engine results -> findings ----------------------------------------------------------------
def _snippet(html: str) -> str:
    return _DRIVER_MARKS.sub("", html or "")[:MAX_HTML]


def to_findings(url: str, result: dict[str, Any], config: WcagConfig | None = None
                ) -> tuple[list[Finding], list[dict[str, Any]], list[str]]:
    """Every engine's results merged: findings, needs-review items, and engines that failed here."""
    config = config or WcagConfig()
    outcomes = result.get("engines") or {}
    converted, failed = [], []
    for engine in config.engine_adapters():
        outcome = outcomes.get(engine.name) or {}
        if not outcome.get("ok"):
            failed.append(f"wcag: {engine.name} failed: {outcome.get('error', 'no result')}"[:300])
            continue
        converted += engine.convert(outcome, _snippet)
        failed += [f"wcag: {engine.name} failed: {error}"[:300] for error in outcome.get("errors") or []]
    findings, review = merge_findings(url, converted, advisories=config.wants_advisories)
    return findings, review, failed


def left_by_itself(destination: str) -> dict[str, Any]:
    """What a page that went elsewhere before its audit records: one needs-review item (a person
    should look: an instant meta refresh is a redirect, a late one is a problem)."""
    where = destination[:300] or "another page"
    item = {"rule": "page-left-by-itself", "selector": "", "html": "",
            "message": (f"The page went to {where} by itself before it could be audited (meta refresh, "
                        "script or a redirect only the browser got). Its destination is audited as its own "
                        "page when the crawl reaches it; check this page's own content by hand."),
            "criteria": [], "level": None, "help_url": ""}
    return {"violations": 0, "needs_review": 1, "needs_review_items": [item], "navigated_to": where}


# -- the audit ----------------------------------------------------------------------------------
@lru_cache(maxsize=8)  # read on every page
def axe_version(axe_path: str | Path = AXE_PATH) -> str:
    try:
        return json.loads((Path(axe_path).parent / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        return ""


@lru_cache(maxsize=None)
def chromium_version(path: str) -> str:
    """The browser's version, asked once per process (run.engines is described at the start and the end)."""
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
    match = re.search(r"(\d+\.\d+\.\d+\.\d+)", out)
    return match.group(1) if match else out.strip()


def is_html(page: Any) -> bool:
    content_type = (page.content_type or "").split(";")[0].strip().lower()
    return bool(page.is_html) and (not content_type or content_type in HTML_TYPES)


class WcagAudit(Audit):
    """axe-core in headless Chromium; one finding per failing node."""

    id = "wcag"
    options = OPTIONS
    browser_auth: BrowserAuth | None = None  # the site's login in the browser (audits/browser_auth.py)

    def __init__(self, config: WcagConfig | None = None) -> None:
        self.config = config or WcagConfig()
        self.pool: BrowserPool | None = None
        self.pages_audited = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> "WcagAudit":
        settings = crawler.settings
        if settings.get("AUDITCRAWL_WCAG_ENABLED") in (False, "0", "false", "False"):
            raise NotConfigured("WCAG audit switched off")
        config = WcagConfig.from_settings(settings)
        browser_auth = BrowserAuth.from_crawler(crawler)
        if browser_auth is not None:
            config = dataclasses.replace(config, chromium_args=config.chromium_args + browser_auth.chromium_args)
        audit = cls(config)
        audit.browser_auth = browser_auth
        return audit

    def _pool(self) -> BrowserPool:
        if self.pool is None:  # started on first page only: no browser when no page is audited
            self.pool = BrowserPool(self.config.browser_config())
        return self.pool

    def budget(self) -> float:
        """Hard stop for one page, all phases together (each phase also has its own deadline)."""
        cfg = self.config
        grid_wait = cfg.grid_wait if cfg.webdriver_url else 0  # waiting for a free Grid slot
        return cfg.page_timeout + cfg.axe_timeout + cfg.settle_max_ms / 1000 + 75 + grid_wait  # + starting a browser

    async def audit_page(self, page: Any, context: AuditContext | None = None) -> list[Finding]:
        if not is_html(page):
            return []
        pool = self._pool()
        job = partial(audit_in_browser, url=page.url, config=self.config, phase=pool.phase)
        try:
            if self.browser_auth is None:
                result = await pool.run(job, self.budget())
            else:  # logged in: the browser gets the session, and a session that expired under it is renewed
                result = await self.browser_auth.run_logged_in(pool, job, self.budget())
        except Exception as exc:  # noqa: BLE001 - every failure is a page error, the session is replaced
            raise WcagError(describe_failure(exc, self.config)) from exc
        if result is None:
            return []
        if "navigated_to" in result:  # like a redirect: no finding, no error, and the session stays
            page.extra["wcag"] = left_by_itself(result["navigated_to"])
            self.pages_audited += 1
            return []
        if "http_status" in result:  # e.g. a rate limit or a bot wall only the browser met
            raise WcagError(f"wcag: not audited: the browser got HTTP {result['http_status']} "
                            f"(the crawl got {page.status})")
        findings, review, failed = to_findings(page.url, result, self.config)
        for message in failed:  # the other engines' findings stand
            page.errors.append({"audit": self.id, "message": message})
        violations = [f for f in findings if f.audit == self.id]
        page.extra["wcag"] = {"violations": len(violations), "needs_review": len(review),
                              "needs_review_items": review[:MAX_REVIEW_ITEMS]}
        if self.config.wants_advisories:
            page.extra["wcag"]["advisories"] = len(findings) - len(violations)
        page.extra["browser_assets"] = browser_assets(result, result.get("preloaded", False))
        self.pages_audited += 1
        return findings

    def finish(self, context: AuditContext | None = None) -> list[Finding]:
        if self.pool is not None and self.pool.unavailable:  # a run error, besides each page's error
            raise WcagError(f"pages not audited: {self.pool.unavailable}")
        return []

    def close(self, context: AuditContext | None = None) -> None:
        if self.pool is not None:
            if context is not None and context.stats is not None and self.pool.pages_by_node:
                context.stats.set_value("auditcrawl/wcag/grid_nodes", len(self.pool.pages_by_node))
                context.stats.set_value("auditcrawl/wcag/retried_pages", self.pool.retried_pages)
            self.pool.close()

    def reuse_key(self) -> str:
        """Results are reused only from runs with the same axe-core, tags, engines (and their
        versions) and advisories; the default (axe alone) keeps the key it always had."""
        cfg = self.config
        key = f"axe-core {axe_version(cfg.axe_path)}; tags {','.join(cfg.tags)}"
        if cfg.engines != DEFAULT_ENGINES:
            key += "; engines " + ", ".join(f"{e.label} {e.version()}" for e in cfg.engine_adapters())
        if cfg.wants_advisories:
            key += "; advisories"
        return key

    def engine_info(self) -> dict[str, Any]:
        chromium = (self.pool.browser_version if self.pool else "") or ""
        if not chromium and not self.config.webdriver_url:
            chromium = chromium_version(self.config.chromium_path)
        info = {engine.label: engine.version() for engine in self.config.engine_adapters()}
        return {**info, "chromium": chromium, "selenium": selenium.__version__}
