"""A pool of headless Chromium sessions driven by Selenium, for audits that need a real browser.

The pool's ``size`` worker threads share at most ``size`` WebDriver sessions (a
job uses one at a time), reused across pages and recycled every ``recycle_after`` pages. Work is handed to the pool with
``await pool.run(fn)``: ``fn(driver)`` runs in a worker thread, so the asyncio
loop (Scrapy's reactor) never blocks on Selenium. A job that exceeds its time
phase deadline (``pool.phase``) gets its session killed (which also unblocks the
worker thread), and a job that raises gets its session replaced before the next page.

Processes: every local session runs chromedriver in its own process group,
under a per-pool temporary folder that appears in the command line of
chromedriver (``--log-path``) and Chromium (``--user-data-dir``). Killing a
session kills that group, its descendants and anything whose command line
names the session folder. A watchdog process per pool does the same for the
whole pool folder if this Python process dies without cleaning up (SIGKILL).

Remote (``webdriver_url``, a Selenium Grid): sessions are opened through ``audits.grid``, which
waits (bounded) for a free slot; without ``size`` the pool opens as many sessions as the Grid has
free slots (capped). A page whose session was lost (its node died) is retried on a new session.
"""
from __future__ import annotations

import atexit
import concurrent.futures
import itertools
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TypeVar

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.client_config import ClientConfig

from audits import grid

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Chromium on a closed network hangs on background connections without these.
CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
    "--window-size=1280,1024",
)


@dataclass(frozen=True)
class BrowserConfig:
    """How to start sessions. ``webdriver_url`` replaces the local chromedriver/Chromium.

    ``size`` None: as many sessions as the Grid at ``webdriver_url`` has free slots (at most
    ``grid_max_sessions``), or ``fallback_size`` when it does not count slots or there is no Grid.
    """

    size: int | None = 2
    recycle_after: int = 200
    page_load_timeout: float = 60.0
    script_timeout: float = 30.0
    webdriver_url: str | None = None
    chromium_path: str = "/usr/bin/chromium"
    chromedriver_path: str = "/usr/bin/chromedriver"
    extra_args: tuple[str, ...] = ()
    start_timeout: float = 60.0
    on_start: Callable[[Any], None] | None = None  # called with each new driver (preload scripts)
    fallback_size: int = 2
    grid_wait: float = grid.DEFAULT_GRID_WAIT  # seconds to wait for a free Grid slot
    grid_max_sessions: int = grid.MAX_GRID_SESSIONS
    lost_session_retries: int = 2  # a remote page whose session was lost is tried again this often


class BrowserError(Exception):
    """A session could not be started or died."""


def _proc_cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


def _all_pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def _ppid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name may contain spaces and parentheses: split after the last ')'
    return int(stat.rsplit(")", 1)[1].split()[1])


def descendants(root: int) -> list[int]:
    """Every live process below ``root`` in the process tree."""
    children: dict[int, list[int]] = {}
    for pid in _all_pids():
        parent = _ppid(pid)
        if parent is not None:
            children.setdefault(parent, []).append(pid)
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def pids_marked(marker: str) -> list[int]:
    """Processes whose command line contains ``marker`` (a session or pool folder)."""
    me = os.getpid()
    return [pid for pid in _all_pids() if pid != me and marker in _proc_cmdline(pid)]


def kill_processes(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


_WATCHDOG = r"""
import os, signal, sys, shutil
sys.stdin.buffer.read()  # returns when the parent closes the pipe or dies
marker = sys.argv[1]
me = os.getpid()
for _ in range(3):
    for p in os.listdir('/proc'):
        if not p.isdigit() or int(p) == me:
            continue
        try:
            cmd = open('/proc/%s/cmdline' % p, 'rb').read().decode('utf-8', 'replace')
        except OSError:
            continue
        if marker in cmd:
            try:
                os.kill(int(p), signal.SIGKILL)
            except OSError:
                pass
shutil.rmtree(marker, ignore_errors=True)
"""


class Session:
    """One WebDriver session (and, when local, its chromedriver and Chromium processes)."""

    _ids = itertools.count(1)

    def __init__(self, config: BrowserConfig, root: Path) -> None:
        self.config = config
        self.id = next(self._ids)
        self.folder = root / f"s{self.id}"
        self.driver: webdriver.Remote | None = None
        self.service: Service | None = None
        self.pages = 0
        self.dead = False
        self.node: str | None = None  # the Grid node it runs on, when the Grid says
        self._lock = threading.Lock()

    def start(self) -> None:
        cfg = self.config
        options = webdriver.ChromeOptions()
        options.binary_location = cfg.chromium_path
        self.folder.mkdir(parents=True, exist_ok=True)
        for arg in (*CHROMIUM_ARGS, *cfg.extra_args):
            options.add_argument(arg)
        options.page_load_strategy = "normal"
        # An alert/confirm left open makes the next command fail with UnexpectedAlertPresentException.
        options.unhandled_prompt_behavior = "dismiss and notify"
        # asked for with the session: no command per setting (on a Grid each command is three hops)
        options.timeouts = {"pageLoad": int(cfg.page_load_timeout * 1000), "script": int(cfg.script_timeout * 1000)}
        timeout = int(cfg.page_load_timeout + cfg.script_timeout + 30)
        if cfg.webdriver_url:  # the remote chromedriver gives each session a fresh profile and removes it
            client = ClientConfig(remote_server_addr=cfg.webdriver_url, timeout=timeout)
            self.driver = grid.open_session(
                lambda: webdriver.Remote(command_executor=cfg.webdriver_url, options=options, client_config=client),
                cfg.webdriver_url, cfg.grid_wait)
            self.node = grid.node_of_session(cfg.webdriver_url, self.driver.session_id)
        else:
            options.add_argument(f"--user-data-dir={self.folder / 'profile'}")
            self.service = Service(
                executable_path=cfg.chromedriver_path,
                service_args=[f"--log-path={self.folder / 'chromedriver.log'}"],
                popen_kw={"start_new_session": True},
            )
            try:
                self.driver = webdriver.Chrome(options=options, service=self.service)
            except Exception:
                self.kill()
                raise
        if cfg.on_start is not None:
            cfg.on_start(self.driver)

    @property
    def browser_version(self) -> str:
        return (self.driver.capabilities.get("browserVersion", "") if self.driver else "") or ""

    def quit(self) -> None:
        """Graceful end (quit the session), then make sure nothing is left."""
        driver, self.driver = self.driver, None
        if driver is not None and not self.dead:
            try:
                if self.config.webdriver_url or (self.service and self.service.process
                                                 and self.service.process.poll() is None):
                    driver.quit()
            except Exception:  # noqa: BLE001 - the session may already be gone
                pass
        self.kill()

    def kill(self) -> None:
        """Kill this session's processes without talking to them (safe from any thread)."""
        with self._lock:
            self.dead = True
            if self.config.webdriver_url:
                driver, self.driver = self.driver, None
                if driver is not None:  # cannot kill a remote browser: ask for it, without waiting
                    threading.Thread(target=_quiet_quit, args=(driver,), daemon=True).start()
                return
            process = self.service.process if self.service else None
            pids: list[int] = []
            if process is not None:
                pids = [process.pid, *descendants(process.pid)]
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
            kill_processes(pids + pids_marked(str(self.folder)))
            if process is not None:
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
                for stream in (process.stdin, process.stdout, process.stderr):
                    if stream:
                        stream.close()
            shutil.rmtree(self.folder, ignore_errors=True)


def _quiet_quit(driver: Any) -> None:
    try:
        driver.quit()
    except Exception:  # noqa: BLE001
        pass


class JobTimeout(Exception):
    """The job overran its deadline; its session was killed. ``phase`` names what it was doing."""

    def __init__(self, message: str, phase: str = "") -> None:
        super().__init__(message)
        self.phase = phase


@dataclass
class _Job:
    session: Session | None = None
    deadline: float = float("inf")
    phase: str = "start"


class BrowserPool:
    """``size`` sessions, one per worker thread, started lazily on first use."""

    GRACE = 5.0  # seconds past a phase's own limit before the session is killed

    def __init__(self, config: BrowserConfig) -> None:
        self.config = config
        self.root = Path(tempfile.mkdtemp(prefix="auditcrawl-browsers-"))
        self.size: int | None = config.size if config.size is not None or config.webdriver_url else \
            config.fallback_size
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._local = threading.local()
        self._gates: "weakref.WeakKeyDictionary[Any, Any]" = weakref.WeakKeyDictionary()
        self._sessions: set[Session] = set()
        self._lock = threading.Lock()
        self._idle: list[Session] = []  # started sessions no job is using
        self._idle_changed = threading.Condition()
        self._sizing = threading.Lock()
        self._closed = False
        self.started_sessions = 0
        self.browser_version = ""
        self.pages_by_node: dict[str, int] = {}  # Grid node URI -> pages audited there
        self.retried_pages = 0  # remote pages tried again after their session was lost
        self.unavailable: str | None = None  # the Grid had no slot for any session: later pages fail fast
        # Grid nodes where a session of ours was just lost (monotonic time): the Grid may still list
        # them as up with free slots until its health check notices, so they are not counted
        self._lost_nodes: dict[str, float] = {}
        self._watchdog = None
        if not config.webdriver_url:
            self._watchdog = subprocess.Popen(
                [sys.executable, "-c", _WATCHDOG, str(self.root)], stdin=subprocess.PIPE,
                start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        atexit.register(self.close_now)

    # -- sizing ---------------------------------------------------------------------------------
    def _sized(self) -> concurrent.futures.ThreadPoolExecutor:
        """The worker threads, once the size is known (asking the Grid may wait for a free slot)."""
        with self._sizing:
            if self._executor is None:
                if self.unavailable:
                    raise BrowserError(self.unavailable)
                if self.size is None:
                    cfg = self.config
                    try:
                        self.size = grid.default_sessions(cfg.webdriver_url or "", cfg.grid_max_sessions,
                                                          cfg.fallback_size, cfg.grid_wait)
                    except grid.GridError as exc:
                        self.unavailable = str(exc)
                        logger.error("WCAG: %s; the pages left are not audited", exc)
                        raise BrowserError(str(exc)) from exc
                self._executor = concurrent.futures.ThreadPoolExecutor(
                    max_workers=self.size, thread_name_prefix="auditcrawl-browser")
            return self._executor

    # -- running work ---------------------------------------------------------------------------
    def phase(self, name: str, seconds: float) -> None:
        """From inside a job: the next step (``name``) may take ``seconds``, then the session dies.

        Chromedriver's own timeouts normally fire first; this is the backstop for a renderer or
        chromedriver that stops answering altogether.
        """
        job: _Job | None = getattr(self._local, "job", None)
        if job is not None:
            job.phase = name
            job.deadline = time.monotonic() + seconds + self.GRACE

    async def run(self, fn: Callable[[Any], T], budget: float) -> T:
        """Run ``fn(driver)`` in a pool thread. The session is killed when the job overruns the
        deadline of its current phase (see ``phase``), or ``budget`` s in all."""
        import asyncio

        if self._closed:
            raise BrowserError("browser pool is closed")
        if self.unavailable:
            raise BrowserError(self.unavailable)
        loop = asyncio.get_running_loop()
        executor = self._executor or await loop.run_in_executor(None, self._sized)
        gate = self._gates.get(loop)
        if gate is None:  # one gate per event loop: deadlines count from the start, not the queue
            gate = self._gates[loop] = asyncio.Semaphore(self.size or 1)
        async with gate:
            job = _Job(deadline=time.monotonic() + self.config.start_timeout + self.GRACE)
            hard_stop = time.monotonic() + budget
            waiter = asyncio.wrap_future(executor.submit(self._work, fn, job))
            while True:
                done, _ = await asyncio.wait({waiter}, timeout=0.25)
                if done:
                    return waiter.result()
                now = time.monotonic()
                if now > job.deadline or now > hard_stop:
                    break
            waiter.add_done_callback(lambda f: f.cancelled() or f.exception())  # retrieved: no log noise
            session = job.session
            if session is not None:
                await loop.run_in_executor(None, session.kill)
            raise JobTimeout(f"the browser stopped answering during {job.phase}", job.phase)

    def run_sync(self, fn: Callable[[Any], T]) -> T:
        """Blocking variant, for scripts and benchmarks outside an event loop (no deadlines)."""
        return self._sized().submit(self._work, fn, _Job()).result()

    def _work(self, fn: Callable[[Any], T], job: _Job) -> T:
        for attempt in itertools.count():
            session = self._session(job)
            self._local.job = job
            try:
                result = fn(session.driver)
                break
            except BaseException as exc:
                killed = session.dead  # by the pool's deadline: the caller has given up on this page
                self._retire(session, graceful=False)  # a failed session may hang on quit: kill it
                if killed or not self._retry_elsewhere(exc, attempt, session):
                    raise
            finally:
                self._local.job = None
        if session.dead:  # killed by the deadline while fn happened to return
            self._retire(session, graceful=False)
            raise JobTimeout("the session was killed while the page was audited", job.phase)
        session.pages += 1
        if session.node:
            with self._lock:
                self.pages_by_node[session.node] = self.pages_by_node.get(session.node, 0) + 1
        if session.pages >= self.config.recycle_after:
            self._retire(session)
        else:
            self._give_back(session)
        return result

    def _retry_elsewhere(self, exc: BaseException, attempt: int, session: Session) -> bool:
        """A remote page whose session was lost (its node died) goes to a new session, a bounded
        number of times; failures that come from the page itself are not retried."""
        if (not self.config.webdriver_url or self._closed or attempt >= self.config.lost_session_retries
                or isinstance(exc, (BrowserError, JobTimeout)) or not grid.session_lost(exc)):
            return False
        with self._lock:
            self.retried_pages += 1
            if session.node:
                self._lost_nodes[session.node] = time.monotonic()
        logger.warning("remote browser session lost (node %s: %s): the page is tried again on a new session",
                       session.node or "?", _first_line(exc))
        return True

    def _session(self, job: _Job) -> Session:
        """An idle session of the pool, or a new one while the pool has fewer than ``size``.

        Sessions are shared by the worker threads (each uses one at a time). On a Grid whose slots
        are all taken (one of ours was lost with its node and no slot is free) a thread waits for a
        session another thread gives back, so the page goes on with the sessions that are left.
        """
        remote = self.config.webdriver_url
        deadline = time.monotonic() + self.config.grid_wait
        while True:
            with self._idle_changed:
                if self._closed:
                    raise BrowserError("browser pool is closed")
                if self.unavailable:
                    raise BrowserError(self.unavailable)
                while self._idle:
                    session = self._idle.pop()
                    if not session.dead:
                        job.session = session
                        return session
                live = self._live()
            reserved = None
            if live < (self.size or 1) and (not remote or live == 0 or self._grid_has_free_slot()):
                reserved = self._reserve()
            if reserved is not None:
                return self._new_session(job, reserved)
            if remote and time.monotonic() >= deadline:
                raise BrowserError(f"no free Chromium slot on the Selenium Grid at {remote} and no session "
                                   f"of ours free after waiting {self.config.grid_wait:g} s")
            with self._idle_changed:
                self._idle_changed.wait(timeout=1.0)

    def _live(self) -> int:
        with self._lock:
            return sum(1 for s in self._sessions if not s.dead)

    def _reserve(self) -> Session | None:
        """A new session, counted in the pool at once so that threads never open more than ``size``."""
        with self._lock:
            if sum(1 for s in self._sessions if not s.dead) >= (self.size or 1):
                return None
            session = Session(self.config, self.root)
            self._sessions.add(session)
            return session

    def _grid_has_free_slot(self) -> bool:
        try:
            status = grid.fetch_status(self.config.webdriver_url or "")
        except grid.GridError:
            return True  # let the start say what is wrong
        now = time.monotonic()
        with self._lock:
            lost = [uri for uri, when in self._lost_nodes.items() if now - when < self.config.grid_wait]
        return not status.counts_slots or status.free_slots(excluding=lost) > 0

    def _new_session(self, job: _Job, session: Session) -> Session:
        job.session = session  # a start that hangs can be killed too
        job.phase = "start"
        job.deadline = time.monotonic() + self.config.start_timeout + self.GRACE + (
            self.config.grid_wait if self.config.webdriver_url else 0)
        try:
            session.start()
        except grid.GridError as exc:
            self._retire(session, graceful=False)
            with self._lock:
                if isinstance(exc, grid.GridFull) and not self._sessions and not self.unavailable:
                    self.unavailable = str(exc)  # not one session: the run cannot audit, say so once
                    logger.error("WCAG: %s; the pages left are not audited", exc)
            raise BrowserError(str(exc)) from exc
        except Exception as exc:
            self._retire(session, graceful=False)
            raise BrowserError(f"could not start the browser: {_first_line(exc)}") from exc
        self.started_sessions += 1
        self.browser_version = self.browser_version or session.browser_version
        return session

    def _give_back(self, session: Session) -> None:
        with self._idle_changed:
            self._idle.append(session)
            self._idle_changed.notify()

    def _retire(self, session: Session, graceful: bool = True) -> None:
        with self._lock:
            self._sessions.discard(session)
        with self._idle_changed:
            self._idle_changed.notify_all()  # a waiting thread may now start one
        session.quit() if graceful else session.kill()

    # -- shutting down --------------------------------------------------------------------------
    def close(self) -> None:
        """Quit every session, stop the workers and the watchdog; leaves no process behind."""
        if self._closed:
            return
        self._closed = True
        with self._idle_changed:
            self._idle.clear()
            self._idle_changed.notify_all()
        with self._lock:
            sessions = list(self._sessions)
            self._sessions.clear()
        for session in sessions:
            session.quit()
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        if self.pages_by_node:
            logger.info("WCAG pages per Grid node: %s; pages retried after a lost session: %d",
                        self.pages_by_node, self.retried_pages)
        self._finish()

    def close_now(self) -> None:
        """Kill everything without waiting (atexit, or after a hung close)."""
        self._closed = True
        with self._idle_changed:
            self._idle.clear()
            self._idle_changed.notify_all()
        with self._lock:
            sessions = list(self._sessions)
            self._sessions.clear()
        for session in sessions:
            session.kill()
        self._finish()

    def _finish(self) -> None:
        if not self.config.webdriver_url:
            kill_processes(pids_marked(str(self.root)))
        if self._watchdog is not None:
            try:
                self._watchdog.stdin.close()
                self._watchdog.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self._watchdog.kill()
            self._watchdog = None
        shutil.rmtree(self.root, ignore_errors=True)
        atexit.unregister(self.close_now)


def _first_line(exc: BaseException) -> str:
    text = (getattr(exc, "msg", None) or str(exc) or type(exc).__name__).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
