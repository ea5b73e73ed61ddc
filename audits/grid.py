"""Remote browsers on a Selenium Grid: its status endpoint, free slots, and waiting for one.

The browser pool (``audits/browser.py``) opens its sessions through ``open_session`` when
``--webdriver-url`` is set. A Grid 4 answers ``GET /status`` with its nodes and their slots; from
that the pool learns how many sessions it may open (``default_sessions``), waits (bounded) when
every slot is busy, and which node each session landed on. A plain remote chromedriver or a
Grid 3 hub answers ``/status`` without slots: then nothing is counted and sessions are simply
opened. Which node gets a session is the Grid's choice (it spreads them over its nodes).
"""
from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, Callable, Collection, TypeVar

logger = logging.getLogger(__name__)
T = TypeVar("T")

MAX_GRID_SESSIONS = 64  # cap on the default number of sessions taken from a Grid's free slots
DEFAULT_GRID_WAIT = 120.0  # seconds a session waits for a free slot before the page gets an error
BROWSER_NAME = "chrome"  # what the pool asks for (ChromeOptions); Chromium nodes register as "chrome"

# What a WebDriver answer says when the session's node or browser has gone (the Grid's wording,
# then chromedriver's): the page in flight is retried on a new session, not failed.
_LOST_SESSION = (
    "unable to execute request for an existing session", "unable to find session", "no active session",
    "invalid session id", "session timed out or not found", "chrome not reachable",
    "not connected to devtools", "connection error", "failed to execute request", "connection refused",
)


class GridError(Exception):
    """A problem with the remote WebDriver; ``str()`` is one line for the user."""


class GridUnreachable(GridError):
    """Nothing answers at the WebDriver URL (exit 3, like a site that does not answer)."""


class NotAWebDriver(GridError):
    """Something answers at the URL, but not a WebDriver / Selenium Grid (exit 2: a config error)."""


class GridFull(GridError):
    """No free slot on the Grid within the wait."""


@dataclass(frozen=True)
class Slot:
    browser: str
    session_id: str | None


@dataclass(frozen=True)
class Node:
    uri: str
    up: bool
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class GridStatus:
    """``/status`` of a remote WebDriver. ``nodes`` is empty unless it is a Grid 4."""

    url: str
    ready: bool
    message: str
    nodes: tuple[Node, ...] = ()

    @property
    def counts_slots(self) -> bool:
        return bool(self.nodes)

    def _slots(self, browser: str, excluding: Collection[str] = ()) -> list[Slot]:
        return [s for n in self.nodes if n.up and n.uri not in excluding for s in n.slots if s.browser == browser]

    def total_slots(self, browser: str = BROWSER_NAME) -> int:
        return len(self._slots(browser))

    def free_slots(self, browser: str = BROWSER_NAME, excluding: Collection[str] = ()) -> int:
        """Free slots on nodes that are up, leaving out the nodes in ``excluding`` (URIs)."""
        return sum(1 for s in self._slots(browser, excluding) if s.session_id is None)

    def node_of(self, session_id: str) -> str | None:
        for node in self.nodes:
            if any(s.session_id == session_id for s in node.slots):
                return node.uri
        return None

    def describe(self) -> str:
        if not self.counts_slots:
            return (self.message or "ready") if self.ready else "not ready"
        busy = self.total_slots() - self.free_slots()
        return f"{busy} of {self.total_slots()} Chromium slots busy on {sum(n.up for n in self.nodes)} nodes"


def parse_status(url: str, payload: Any) -> GridStatus:
    """A ``/status`` body -> GridStatus; ``NotAWebDriver`` when it is not a WebDriver's answer."""
    value = payload.get("value") if isinstance(payload, dict) else None
    if not isinstance(value, dict) or "ready" not in value:
        raise NotAWebDriver(f"{url} is not a WebDriver or Selenium Grid: its /status has no 'ready'")
    nodes = []
    for raw in value.get("nodes") or []:
        if not isinstance(raw, dict):
            continue
        slots = []
        for slot in raw.get("slots") or []:
            stereotype = slot.get("stereotype") or {} if isinstance(slot, dict) else {}
            session = slot.get("session") if isinstance(slot, dict) else None
            slots.append(Slot(browser=str(stereotype.get("browserName", "")),
                              session_id=(session or {}).get("sessionId") if isinstance(session, dict) else None))
        nodes.append(Node(uri=str(raw.get("uri", "")), up=raw.get("availability", "UP") == "UP",
                          slots=tuple(slots)))
    return GridStatus(url=url, ready=bool(value.get("ready")), message=str(value.get("message", "")),
                      nodes=tuple(nodes))


def fetch_status(url: str, timeout: float = 10.0) -> GridStatus:
    """``GET {url}/status``. Raises ``GridUnreachable`` or ``NotAWebDriver`` with one line."""
    status_url = url.rstrip("/") + "/status"
    try:
        with urllib.request.urlopen(status_url, timeout=timeout) as response:
            body = response.read(4 * 1024 * 1024)
    except urllib.error.HTTPError as exc:
        raise NotAWebDriver(f"{url} is not a WebDriver or Selenium Grid: {status_url} answered HTTP {exc.code}") \
            from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise GridUnreachable(f"the WebDriver / Selenium Grid at {url} does not answer: {reason}") from None
    try:
        payload = json.loads(body)
    except ValueError:
        raise NotAWebDriver(f"{url} is not a WebDriver or Selenium Grid: {status_url} is not JSON") from None
    return parse_status(url, payload)


def preflight(url: str) -> GridStatus:
    """Before the crawl: the URL answers as a WebDriver. A Grid without nodes is only logged (nodes
    may still be registering); a full Grid is waited on when sessions are opened."""
    status = fetch_status(url)
    logger.info("remote browsers: %s (%s)", url, status.describe())
    if not status.ready:
        logger.warning("the Selenium Grid at %s is not ready yet (%s)", url, status.message)
    return status


def wait_for_free_slot(url: str, timeout: float, poll: float = 1.0) -> GridStatus:
    """Return once the Grid has a free Chromium slot (or does not count slots); ``GridFull`` after
    ``timeout`` seconds. Says once in the log that it waits."""
    deadline = time.monotonic() + timeout
    announced = False
    while True:
        status = fetch_status(url)
        if not status.counts_slots or status.free_slots() > 0:
            if announced:
                logger.info("Selenium Grid at %s has a free slot again (%s)", url, status.describe())
            return status
        if not announced:
            logger.warning("Selenium Grid at %s has no free Chromium slot (%s): waiting up to %g s",
                           url, status.describe(), timeout)
            announced = True
        if time.monotonic() >= deadline:
            raise GridFull(f"no free Chromium slot on the Selenium Grid at {url} after waiting {timeout:g} s "
                           f"({status.describe()})")
        time.sleep(min(poll, max(0.05, deadline - time.monotonic())))


def default_sessions(url: str, cap: int, fallback: int, wait: float) -> int:
    """How many sessions to open when ``--wcag-browsers`` is not given: the Grid's free Chromium
    slots (waiting up to ``wait`` s for one), at most ``cap``; ``fallback`` for a WebDriver that
    does not count slots (a remote chromedriver, a Grid 3 hub)."""
    status = wait_for_free_slot(url, wait)
    if not status.counts_slots:
        return fallback
    sessions = max(1, min(status.free_slots(), cap))
    logger.info("WCAG: %d browser sessions on the Selenium Grid at %s (%s, cap %d)", sessions, url,
                status.describe(), cap)
    return sessions


def session_lost(exc: BaseException) -> bool:
    """Did this failure come from the session's node or browser going away (not from the page)?"""
    text = (getattr(exc, "msg", None) or str(exc) or "").lower()
    if isinstance(exc, (ConnectionError, OSError)) and not isinstance(exc, TimeoutError):
        return True
    return any(marker in text for marker in _LOST_SESSION)


def open_session(start: Callable[[], T], url: str, wait: float, poll: float = 1.0) -> T:
    """``start()`` a session on the Grid, waiting up to ``wait`` s for a free slot. A start that fails
    because a node is gone (the Grid may still send new sessions to a node that just died, until
    its health check notices) is tried again, until the same deadline."""
    deadline = time.monotonic() + wait
    delay = 0.25
    while True:
        wait_for_free_slot(url, max(0.0, deadline - time.monotonic()), poll)
        try:
            return start()
        except Exception as exc:  # noqa: BLE001 - sorted below
            if not session_lost(exc) or time.monotonic() + delay >= deadline:
                raise
            from audits.browser import _first_line  # browser.py imports this module
            logger.warning("Selenium Grid at %s could not start a session (%s): trying again",
                           url, _first_line(exc))
        time.sleep(delay)
        delay = min(delay * 2, 5.0)


def node_of_session(url: str, session_id: str) -> str | None:
    """The Grid node running ``session_id`` (None when the WebDriver does not say)."""
    try:
        return fetch_status(url, timeout=5).node_of(session_id)
    except GridError:
        return None

