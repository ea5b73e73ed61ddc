"""Packaging for worker machines: the wheel's metadata declares the runtime dependencies (ranges), the
distributed parts as an extra, and keeps the test and benchmark peers out of the runtime install; the
wheel installs into a fresh venv without extras and its CLI runs.

Offline and fast: the fresh venv gets no package index. It sees, through a .pth file, only the
distributions the wheel's runtime requirements need (followed transitively through their own metadata),
linked from this project's .venv; pip must find every requirement there or refuse to install.
"""
from __future__ import annotations

import importlib.metadata as md
import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
PEERS = {"pytest", "pytest-timeout", "htmldate", "linkchecker", "pa11y-ci"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Build the wheel from a copy of the sources (the worktree gets no build/ or egg-info)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("crawler", "audits", "reports"):
        shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", src)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-index", "--no-build-isolation",
                    "--disable-pip-version-check", str(src), "-w", str(out)], check=True, timeout=120)
    [built] = out.glob("auditcrawl-*.whl")
    return built


def metadata(wheel: Path):
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return Parser().parsestr(archive.read(name).decode())


def requirements(meta, extra: str | None = None) -> list[Requirement]:
    """Requires-Dist entries that apply without extras (``extra`` None) or only with ``extra``."""
    found = []
    for line in meta.get_all("Requires-Dist") or []:
        req = Requirement(line)
        plain = req.marker is None or req.marker.evaluate({**default_environment(), "extra": ""})
        if extra is None and plain:
            found.append(req)
        elif extra is not None and not plain and req.marker.evaluate({**default_environment(), "extra": extra}):
            found.append(req)
    return found


def names(reqs: list[Requirement]) -> set[str]:
    return {canonicalize_name(r.name) for r in reqs}


def test_metadata_declares_runtime_ranges_extras_and_leaves_peers_out(wheel):
    meta = metadata(wheel)
    runtime = requirements(meta)
    assert names(runtime) >= {"scrapy", "selenium", "axe-selenium-python", "dateparser", "jinja2"}
    assert not names(runtime) & PEERS and not names(runtime) & {"scrapy-redis", "redis"}
    assert all(str(r.specifier) for r in runtime)  # ranges, not bare names
    assert set(meta.get_all("Provides-Extra")) >= {"distributed", "test", "bench"}
    assert names(requirements(meta, "distributed")) == {"scrapy-redis", "redis"}
    assert names(requirements(meta, "test")) >= {"pytest", "htmldate", "linkchecker"}
    assert names(requirements(meta, "bench")) >= {"htmldate", "linkchecker"}
    # the pinned lock (requirements.txt) satisfies the ranges
    pins = {}
    for line in (REPO / "requirements.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version.strip()
    for req in runtime + requirements(meta, "test"):
        assert canonicalize_name(req.name) in pins, f"{req.name} is not pinned in requirements.txt"
        assert req.specifier.contains(pins[canonicalize_name(req.name)]), (req, pins[canonicalize_name(req.name)])
    with zipfile.ZipFile(wheel) as archive:
        assert "reports/templates/report.html.j2" in archive.namelist()
        assert not any(n.startswith("tests/") for n in archive.namelist())


def runtime_closure(reqs: list[Requirement]) -> list[md.Distribution]:
    """The installed distributions ``reqs`` need, following each one's own requirements (and extras)."""
    seen: dict[str, md.Distribution] = {}
    extras_done: set[tuple[str, str]] = set()
    todo = [(req, "") for req in reqs]
    while todo:
        req, via_extra = todo.pop()
        if req.marker is not None and not req.marker.evaluate({**default_environment(), "extra": via_extra}):
            continue
        key = canonicalize_name(req.name)
        dist = seen.setdefault(key, md.distribution(req.name))
        for extra in {"", *req.extras}:
            if (key, extra) not in extras_done:
                extras_done.add((key, extra))
                todo.extend((Requirement(r), extra) for r in dist.requires or [])
    return list(seen.values())


def link_site(dists: list[md.Distribution], site: Path) -> None:
    """A site folder holding only ``dists`` (symlinks to their top-level files and dist-info)."""
    site.mkdir()
    for dist in dists:
        for file in dist.files or []:
            top = file.parts[0]
            if top == ".." or (site / top).exists():
                continue
            (site / top).symlink_to(Path(dist.locate_file(top)))


def install_wheel(wheel: Path, tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """A fresh venv with the wheel installed (no extras): its python, its site-packages, an environment
    that does not point at the worktree."""
    fresh = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(fresh)  # ensurepip takes ~40 s here: this pip installs into it
    py = fresh / "bin" / "python"
    site_packages = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                        capture_output=True, text=True, check=True).stdout.strip())
    deps = tmp_path / "deps"
    link_site(runtime_closure(requirements(metadata(wheel))), deps)
    (site_packages / "runtime-deps.pth").write_text(str(deps) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "AUDITCRAWL_NODE_MODULES")}
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-index",
                              "--disable-pip-version-check", str(wheel)], capture_output=True, text=True,
                             timeout=180, env=env)
    assert install.returncode == 0, install.stderr
    return py, site_packages, env


def test_wheel_installs_without_extras_into_a_fresh_venv_and_the_cli_runs(wheel, tmp_path):
    py, site_packages, env = install_wheel(wheel, tmp_path)
    fresh = py.parent.parent
    version = subprocess.run([str(fresh / "bin" / "auditcrawl"), "--version"], capture_output=True, text=True,
                             timeout=60, cwd=tmp_path, env=env)
    assert version.returncode == 0 and version.stdout.startswith("auditcrawl "), version.stderr
    probe = ("import sys, crawler.cli, crawler.config, audits.wcag, audits.grid, reports.render;"
             "crawler.config.all_options();"
             "print(crawler.cli.__file__);"
             "print(sorted(m for m in ('pytest', 'htmldate', 'linkcheck', 'scrapy_redis') if m in sys.modules))")
    out = subprocess.run([str(py), "-c", probe], capture_output=True, text=True, timeout=60, cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    location, loaded = out.stdout.splitlines()
    assert location.startswith(str(site_packages))  # the installed copy, not the worktree
    assert loaded == "[]"
    # the peers are not installed there at all
    missing = subprocess.run([str(py), "-c", "import htmldate"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert missing.returncode != 0


def test_a_wheel_install_finds_axe_core_the_documented_ways_or_says_what_to_install(wheel, tmp_path):
    """No node_modules beside a wheel's sources: axe-core comes from the current directory's node_modules
    (``npm install axe-core`` there) or from $AUDITCRAWL_NODE_MODULES; missing, one line and exit 2."""
    from tests.fixture_server import SITES, FixtureServer
    py, _, env = install_wheel(wheel, tmp_path)
    auditcrawl = str(py.parent / "auditcrawl")
    version = json.loads((REPO / "node_modules" / "axe-core" / "package.json").read_text())["version"]
    project = tmp_path / "project"  # where an agency's nightly job runs `npm install axe-core` and auditcrawl
    shutil.copytree(REPO / "node_modules" / "axe-core", project / "node_modules" / "axe-core")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    with FixtureServer(SITES / "basic") as server:
        run = subprocess.run([auditcrawl, "audit", server.url("/contact.html"), "--out", str(tmp_path / "out"),
                              "--quiet", "--audits", "wcag", "--max-pages", "1", "--deny", "."], cwd=project,
                             env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode in (0, 1), run.stderr[-2000:]  # 1: the default gate failed on findings
    results = json.loads((tmp_path / "out" / "results.json").read_text(encoding="utf-8"))
    assert results["run"]["engines"]["axe-core"] == version
    assert [p["audited"] for p in results["pages"]] == [True] and not results["pages"][0].get("errors")

    probe = "from audits.wcag import axe_version; print(axe_version())"
    by_env = subprocess.run([str(py), "-c", probe], cwd=elsewhere, capture_output=True, text=True, timeout=60,
                            env={**env, "AUDITCRAWL_NODE_MODULES": str(project / "node_modules")})
    assert by_env.stdout.strip() == version, by_env.stderr

    empty = tmp_path / "empty" / "node_modules"
    missing = subprocess.run([auditcrawl, "audit", "http://127.0.0.1:9/", "--out", str(tmp_path / "m"), "--quiet",
                              "--audits", "wcag"], cwd=elsewhere, capture_output=True, text=True, timeout=60,
                             env={**env, "AUDITCRAWL_NODE_MODULES": str(empty)})
    assert missing.returncode == 2, missing.stderr
    assert missing.stderr.count("\n") == 1, missing.stderr
    assert f"not found in {empty}" in missing.stderr and "npm install axe-core" in missing.stderr
    assert "AUDITCRAWL_NODE_MODULES" in missing.stderr and "Traceback" not in missing.stderr
    assert not (tmp_path / "m" / "results.json").exists()
