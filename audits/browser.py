"""A pool of headless Chromium sessions driven by Selenium, for audits that need a real browser.

Each pool worker thread owns one WebDriver session, reused across pages and
recycled every ``recycle_after`` pages. Work is handed to the pool with
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
    """How to start sessions. ``webdriver_url`` replaces the local chromedriver/Chromium."""

    size: int = 2
    recycle_after: int = 200
    page_load_timeout: float = 60.0
    script_timeout: float = 30.0
    webdriver_url: str | None = None
    chromium_path: str = "/usr/bin/chromium"
    chromedriver_path: str = "/usr/bin/chromedriver"
    extra_args: tuple[str, ...] = ()
    start_timeout: float = 60.0
    on_start: Callable[[Any], None] | None = None  # called with each new driver (preload scripts)


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
        timeout = int(cfg.page_load_timeout + cfg.script_timeout + 30)
        if cfg.webdriver_url:  # the remote chromedriver gives each session a fresh profile and removes it
            client = ClientConfig(remote_server_addr=cfg.webdriver_url, timeout=timeout)
            self.driver = webdriver.Remote(command_executor=cfg.webdriver_url, options=options,
                                           client_config=client)
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
        self.driver.set_page_load_timeout(cfg.page_load_timeout)
        self.driver.set_script_timeout(cfg.script_timeout)
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
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=config.size,
                                                               thread_name_prefix="auditcrawl-browser")
        self._local = threading.local()
        self._gates: "weakref.WeakKeyDictionary[Any, Any]" = weakref.WeakKeyDictionary()
        self._sessions: set[Session] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.started_sessions = 0
        self.browser_version = ""
        self._watchdog = None
        if not config.webdriver_url:
            self._watchdog = subprocess.Popen(
                [sys.executable, "-c", _WATCHDOG, str(self.root)], stdin=subprocess.PIPE,
                start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        atexit.register(self.close_now)

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
        loop = asyncio.get_running_loop()
        gate = self._gates.get(loop)
        if gate is None:  # one gate per event loop: deadlines count from the start, not the queue
            gate = self._gates[loop] = asyncio.Semaphore(self.config.size)
        async with gate:
            job = _Job(deadline=time.monotonic() + self.config.start_timeout + self.GRACE)
            hard_stop = time.monotonic() + budget
            waiter = asyncio.wrap_future(self._executor.submit(self._work, fn, job))
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
        return self._executor.submit(self._work, fn, _Job()).result()

    def _work(self, fn: Callable[[Any], T], job: _Job) -> T:
        session = self._session(job)
        self._local.job = job
        try:
            result = fn(session.driver)
        except BaseException:
            self._retire(session, graceful=False)  # a failed session may hang on quit: kill it
            raise
        finally:
            self._local.job = None
        if session.dead:  # killed by the deadline while fn happened to return
            self._retire(session, graceful=False)
            raise JobTimeout("the session was killed while the page was audited", job.phase)
        session.pages += 1
        if session.pages >= self.config.recycle_after:
            self._retire(session)
        return result

    def _session(self, job: _Job) -> Session:
        session: Session | None = getattr(self._local, "session", None)
        if session is not None and not session.dead:
            job.session = session
            return session
        if self._closed:
            raise BrowserError("browser pool is closed")
        session = Session(self.config, self.root)
        job.session = session  # a start that hangs can be killed too
        with self._lock:
            self._sessions.add(session)
        try:
            session.start()
        except Exception as exc:
            self._retire(session, graceful=False)
            raise BrowserError(f"could not start the browser: {_first_line(exc)}") from exc
        self.started_sessions += 1
        self.browser_version = self.browser_version or session.browser_version
        self._local.session = session
        return session

    def _retire(self, session: Session, graceful: bool = True) -> None:
        if getattr(self._local, "session", None) is session:
            self._local.session = None
        with self._lock:
            self._sessions.discard(session)
        session.quit() if graceful else session.kill()

    # -- shutting down --------------------------------------------------------------------------
    def close(self) -> None:
        """Quit every session, stop the workers and the watchdog; leaves no process behind."""
        if self._closed:
            return
        self._closed = True
        with self._lock:
            sessions = list(self._sessions)
            self._sessions.clear()
        for session in sessions:
            session.quit()
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._finish()

    def close_now(self) -> None:
        """Kill everything without waiting (atexit, or after a hung close)."""
        self._closed = True
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
