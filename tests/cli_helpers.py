"""Run the real ``auditcrawl`` command in a subprocess (Twisted's reactor runs once per process)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
AUDITCRAWL = [sys.executable, "-m", "crawler.cli"]


def run_auditcrawl(*args: str, timeout: float = 300, cwd: Path | None = None,
                   env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``auditcrawl ARGS`` and return the finished process (stdout/stderr as text)."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([*AUDITCRAWL, *args], cwd=cwd or REPO, env=full_env, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def audit_site(url: str, out: Path, *extra: str, timeout: float = 300) -> tuple[subprocess.CompletedProcess, dict[str, Any]]:
    """Audit ``url`` into ``out`` and return the process and the parsed results.json."""
    proc = run_auditcrawl("audit", url, "--out", str(out), "--quiet", *extra, timeout=timeout)
    results_path = out / "results.json"
    if not results_path.exists():
        raise AssertionError(f"no results.json (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return proc, json.loads(results_path.read_text(encoding="utf-8"))


def page_paths(results: dict[str, Any], audited_only: bool = True) -> list[str]:
    """The URL paths (with query) of the pages in results.json."""
    from urllib.parse import urlsplit
    paths = []
    for page in results["pages"]:
        if audited_only and not page["audited"]:
            continue
        parts = urlsplit(page["url"])
        paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return paths
