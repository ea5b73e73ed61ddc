"""A real redis-server (Debian's) on a random 127.0.0.1 port with a password, for the frontier tests."""
from __future__ import annotations

import secrets
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.fixture_server import free_port


class RedisServer:
    def __init__(self) -> None:
        self.binary = shutil.which("redis-server")
        if self.binary is None:  # ./run test installs it (Debian's redis-server)
            raise RuntimeError("redis-server is not installed (apt-get install redis-server)")
        self.password = "pw-" + secrets.token_hex(8)
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.folder = Path(tempfile.mkdtemp(prefix="auditcrawl-redis-"))

    @property
    def url(self) -> str:
        return f"redis://:{self.password}@127.0.0.1:{self.port}/0"

    @property
    def bare_url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "RedisServer":
        for _ in range(5):  # another test may take the free port between our probe and the bind
            self.port = free_port()
            self.process = subprocess.Popen(
                [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--requirepass", self.password,
                 "--save", "", "--appendonly", "no", "--dir", str(self.folder), "--protected-mode", "yes"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if self._ready():
                return self
            self.process.kill()
            self.process.wait()
        raise RuntimeError("redis-server did not start")

    def _ready(self) -> bool:
        import redis
        client = redis.Redis(port=self.port, password=self.password, socket_timeout=1)
        for _ in range(50):
            if self.process.poll() is not None:
                return False
            try:
                return bool(client.ping())
            except redis.RedisError:
                time.sleep(0.05)
        return False

    def client(self):
        import redis
        return redis.Redis(port=self.port, password=self.password, socket_timeout=5)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)
