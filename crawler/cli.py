"""The ``auditcrawl`` command: audit a site, audit the bundled demo, or re-render a report.

Exit codes (docs/cli.md):
  0  done (and the gate, if any, passed)
  1  the gate failed (--fail-on, gate limits)
  2  usage or config error
  3  site unreachable (no start URL answered), the --webdriver-url Grid does not answer, or the login failed
  4  internal error (results written so far are kept)
  5  a worker that does not match the run in Redis (auditcrawl or axe-core version)
"""
from __future__ import annotations

import argparse
import codecs
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from crawler import __version__

EXIT_OK, EXIT_GATE, EXIT_USAGE, EXIT_UNREACHABLE, EXIT_INTERNAL = 0, 1, 2, 3, 4
DEMO_SITE = Path(__file__).resolve().parent.parent / "demo" / "site"


class UsageError(Exception):
    """Bad input from the user: one line on stderr, exit 2."""


SWITCHES = {"incremental"}  # options given as a bare flag (--incremental); TOML takes true/false


class ServiceUnreachable(Exception):
    """A service the run needs (the --webdriver-url Grid) does not answer: one line, exit 3."""


def _add_option_flags(parser: argparse.ArgumentParser, options) -> None:
    group = parser.add_argument_group("settings (also TOML keys in --config)")
    for option in options:
        default = "" if option.default in (None, [], {}, "") else f" (default: {option.default})"
        if option.name in SWITCHES:
            group.add_argument(option.flag, dest=f"opt_{option.name}", default=None, action="store_const",
                               const="true", help=option.help)
            continue
        group.add_argument(option.flag, dest=f"opt_{option.name}", default=None, metavar=option.metavar,
                           help=option.help + default, action="append" if option.repeatable else "store")


def build_parser(options) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="auditcrawl", description=(
        "Crawl a website and audit every page: stale review dates, broken links, WCAG violations."))
    parser.add_argument("--version", action="version", version=f"auditcrawl {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    audit = sub.add_parser("audit", help="audit a site (URLs, or a local folder of a static build)")
    audit.add_argument("targets", nargs="*", metavar="URL|DIR", help="start URLs, or one folder to serve and audit")
    audit.add_argument("--config", metavar="FILE", help="TOML file with any of the settings below")
    audit.add_argument("--urls-from", metavar="FILE", help="audit the URLs listed in FILE (one a line), crawl no further")
    audit.add_argument("--quiet", action="store_true", help="no progress line")
    audit.add_argument("--resume", action="store_true",
                       help="continue the unfinished run in --out (a killed run), or start a new one if there is none")
    _add_option_flags(audit, options)

    demo = sub.add_parser("demo", help="serve the bundled demo agency site on 127.0.0.1 and audit it")
    demo.add_argument("--config", metavar="FILE", help="TOML file with any of the settings below")
    demo.add_argument("--quiet", action="store_true", help="no progress line")
    _add_option_flags(demo, options)

    worker = sub.add_parser("worker", help="join a distributed run: crawl and audit from its Redis frontier")
    worker.add_argument("frontier", metavar="redis://HOST:PORT/DB", help="the run's Redis (see --frontier)")
    worker.add_argument("--out", metavar="DIR", help="folder for this worker's crawl.log (default: a temporary one)")
    worker.add_argument("--quiet", action="store_true", help="no progress line")
    worker.add_argument("--wait", metavar="S", type=float, default=0.0,
                        help="wait up to S seconds for a run to start (workers started before the coordinator)")

    report = sub.add_parser("report", help="render the reports again from DIR/results.json, without crawling")
    report.add_argument("dir", metavar="DIR", help="an output folder of an earlier run")
    report.add_argument("--config", metavar="FILE", help="TOML file (gate and report settings are used)")
    _add_option_flags(report, options)
    return parser


def _check_output_folder(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise UsageError(f"cannot write to output folder {path}: {exc.strerror or exc}") from None
    return path.resolve()


def _read_url_list(path: str) -> list[str]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read --urls-from file {path}: {exc.strerror or exc}") from None
    # Windows editors start the file with a BOM (Notepad) or write UTF-16 (PowerShell's >)
    encoding = "utf-16" if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig"
    try:
        lines = raw.decode(encoding).splitlines()
    except UnicodeDecodeError:
        raise UsageError(f"--urls-from file {path} is not UTF-8 text") from None
    urls = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not urls:
        raise UsageError(f"--urls-from file {path} lists no URLs")
    return urls


def _collect_settings(args, options):
    from crawler.config import ConfigError, build_settings, parse_values, read_config_file
    try:
        file_values = parse_values(read_config_file(args.config), options, args.config) if args.config else {}
        flags = {o.name: getattr(args, f"opt_{o.name}") for o in options if getattr(args, f"opt_{o.name}") is not None}
        flag_values = parse_values(flags, options, "command line")
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    return build_settings(file_values, flag_values, options), {**file_values, **flag_values}


def run_crawl(settings, start_urls: list[str], quiet: bool) -> None:
    """Run the Scrapy crawl in this process (once: Twisted's reactor does not restart)."""
    from scrapy.crawler import CrawlerProcess

    from crawler.spiders.site import SiteSpider

    _check_remote_browsers(settings)
    _check_wcag_engines(settings)
    out = Path(settings.get("AUDITCRAWL_OUT"))
    if settings.getbool("AUDITCRAWL_INCREMENTAL"):
        _incremental_plan(settings, start_urls, quiet)
    settings.set("LOG_FILE", str(out / "crawl.log"), priority="cmdline")
    settings.set("LOG_LEVEL", settings.get("LOG_LEVEL") or "INFO", priority="cmdline")
    settings.set("AUDITCRAWL_PROGRESS", not quiet, priority="cmdline")
    settings.set("AUDITCRAWL_START_URLS", start_urls, priority="cmdline")
    settings.set("AUDITCRAWL_RECORD_PAGE_STATE", True, priority="cmdline")  # for the next --incremental run
    process = CrawlerProcess(settings)
    process.crawl(SiteSpider)
    process.start()


def _incremental_plan(settings, start_urls: list[str], quiet: bool) -> None:
    """Check the history file before anything is written (exit 2, file untouched) and say what is reused."""
    from crawler.pipelines import as_of_date
    from crawler.runstate.incremental import history_path, plan
    from crawler.runstate.pagestore import StoreError
    try:
        decided = plan(history_path(settings), start_urls, as_of_date(settings.get("AUDITCRAWL_AS_OF")),
                       settings.getint("AUDITCRAWL_FULL_EVERY_DAYS"))
    except StoreError as exc:
        raise UsageError(f"--incremental: {exc}") from None
    if not decided.reuse or not quiet:
        print(f"auditcrawl: {decided.message}", file=sys.stderr)


def _check_remote_browsers(settings) -> None:
    """Before crawling: a --webdriver-url for the WCAG audit must answer as a WebDriver / Grid."""
    url, wanted = settings.get("AUDITCRAWL_WCAG_WEBDRIVER_URL"), settings.get("AUDITCRAWL_AUDITS")
    if not url or (wanted is not None and "wcag" not in wanted):
        return
    from audits.grid import GridUnreachable, NotAWebDriver, preflight
    try:
        preflight(url)
    except GridUnreachable as exc:
        raise ServiceUnreachable(str(exc)) from None
    except NotAWebDriver as exc:
        raise UsageError(f"--webdriver-url: {exc}") from None


def _check_wcag_engines(settings) -> None:
    """Before crawling: the WCAG audit's axe-core must be where auditcrawl looks (a wheel install has no
    node_modules beside its sources: audits/wcag_engines/base.py, docs/scaling.md)."""
    wanted = settings.get("AUDITCRAWL_AUDITS")
    if (wanted is not None and "wcag" not in wanted) or settings.get("AUDITCRAWL_WCAG_ENABLED") in (False, "false"):
        return
    from audits.wcag import WcagConfig, axe_version
    from audits.wcag_engines.base import missing_axe_message
    config = WcagConfig.from_settings(settings)
    if "axe" in config.engines and not axe_version(config.axe_path):
        raise UsageError(missing_axe_message())


def _summary(results: dict[str, Any], out: Path) -> str:
    run = results.get("run", {})
    coverage = run.get("coverage") or {}
    by_audit: dict[str, Counter] = {}
    for finding in results.get("findings", []):
        by_audit.setdefault(finding["audit"], Counter())[finding["severity"]] += 1
    lines = [f"auditcrawl: {coverage.get('audited', 0)} pages audited of {coverage.get('discovered', 0)} URLs "
             f"discovered; {len(results.get('findings', []))} findings"]
    for audit, counts in sorted(by_audit.items()):
        detail = ", ".join(f"{counts[s]} {s}" for s in ("critical", "serious", "moderate", "minor") if counts[s])
        lines.append(f"  {audit}: {sum(counts.values())} ({detail})")
    skipped = coverage.get("skipped") or {}
    if skipped:
        lines.append("  skipped: " + ", ".join(f"{k} {v}" for k, v in skipped.items()))
    login = run.get("login")
    if login:  # the way in and the user, never a secret
        again = f"; logged in again {login['relogins']}x after the session expired" if login.get("relogins") else ""
        lines.append(f"  login: {login.get('method')}" + (f" as {login['user']}" if login.get("user") else "") + again)
    errors = sum(len(p.get("errors") or []) for p in results.get("pages", []))
    if errors:
        lines.append(f"  {errors} audit errors on pages (see the report)")
    lines.append(f"  results: {out / 'results.json'}")
    return "\n".join(lines)


def _load_baseline(settings) -> dict[str, Any] | None:
    """The --baseline results.json, read before the crawl so a bad path fails fast (exit 2)."""
    path = settings.get("AUDITCRAWL_BASELINE")
    if not path:
        return None
    from reports.results import ResultsError, open_results
    try:
        return open_results(Path(path))  # its findings read from disk when the gate compares
    except ResultsError as exc:
        raise UsageError(f"--baseline: {exc}") from None


def _reports_and_gate(results: dict[str, Any], out: Path, settings, baseline) -> int:
    """Write the HTML and machine-format reports, then apply the gate; returns the exit code."""
    from reports.command import finish_run
    from reports.gate import GateConfig
    from reports.render import default_history_path
    history = settings.get("AUDITCRAWL_HISTORY")
    gate = GateConfig(fail_on=settings.get("AUDITCRAWL_FAIL_ON"), limits=tuple(settings.get("AUDITCRAWL_GATE_LIMITS") or ()))
    return finish_run(results, out, history_path=Path(history) if history else default_history_path(out),
                      formats=settings.get("AUDITCRAWL_FORMATS") or ("html", "csv", "junit", "sarif"),
                      gate=gate, baseline=baseline, out=sys.stderr)


def _finish(out: Path, settings, baseline: dict[str, Any] | None = None) -> int:
    from reports.results import RESULTS_FILE, ResultsError, load_results, open_results, write_json_atomic
    try:
        if not (out / RESULTS_FILE).exists():  # rebuilt from the stream an interrupted run left
            write_json_atomic(out / RESULTS_FILE, load_results(out))
        results = open_results(out)  # pages and findings read from results.json as the reports use them
    except ResultsError as exc:
        print(f"auditcrawl: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    print(_summary(results, out), file=sys.stderr)
    return _reports_and_gate(results, out, settings, baseline)


def _audit(args, options) -> int:
    from crawler.urls import BadStartURL, validate_start_url
    settings, values = _collect_settings(args, options)
    targets = list(args.targets)
    if args.urls_from:
        targets += _read_url_list(args.urls_from)
        settings.set("AUDITCRAWL_URLS_ONLY", True, priority="cmdline")
    if not targets:
        raise UsageError("give at least one URL (or a folder, or --urls-from FILE)")
    local_dirs = [t for t in targets if not t.startswith(("http://", "https://")) and Path(t).is_dir()]
    if local_dirs and len(targets) > 1:
        raise UsageError("a local folder is audited on its own: give one folder, or URLs")
    baseline = _load_baseline(settings)
    out = _check_output_folder(Path(settings.get("AUDITCRAWL_OUT")))
    settings.set("AUDITCRAWL_OUT", str(out), priority="cmdline")
    if local_dirs:
        if args.resume:
            raise UsageError("--resume needs start URLs: a local folder is served on a new port every run")
        return _audit_folder(Path(local_dirs[0]), settings, args.quiet, baseline)
    try:
        urls = [validate_start_url(t) for t in targets]
    except BadStartURL as exc:
        raise UsageError(str(exc)) from None
    _check_login_settings(settings, urls)
    if settings.get("AUDITCRAWL_FRONTIER"):
        return _coordinate(settings, urls, args.quiet, baseline, resume=args.resume, as_of_given="as_of" in values)
    run = _prepare_run_state(out, settings, urls, args.resume, as_of_given="as_of" in values)
    if run.crawl_finished:
        print(f"auditcrawl: the run in {out} had finished its crawl; writing its reports", file=sys.stderr)
    else:
        run_crawl(settings, urls, args.quiet)
    code = _login_failed(out) or _finish(out, settings, baseline)
    if code != EXIT_INTERNAL and run.crawl_done():
        run.complete()
    elif code != EXIT_INTERNAL:  # stopped early (Ctrl-C): the state stays for --resume
        print(f"auditcrawl: the run stopped before its end; continue it with --resume --out {out}", file=sys.stderr)
    return code


def _prepare_run_state(out: Path, settings, urls: list[str], resume: bool, as_of_given: bool):
    """Record this run's identity in OUT/run-state, or check it against the unfinished run there."""
    from crawler.runstate import RunIdentity, RunStateError, prepare_run
    from crawler.runstate.store import JOB_DIR
    as_of = settings.get("AUDITCRAWL_AS_OF")
    identity = RunIdentity.for_run(urls, as_of.isoformat() if hasattr(as_of, "isoformat") else as_of,
                                   settings.getdict("AUDITCRAWL_RUN_SETTINGS"))
    try:
        run = prepare_run(out, identity, resume, as_of_given)
    except RunStateError as exc:
        raise UsageError(str(exc)) from None
    if resume and run.resuming:
        print(f"auditcrawl: resuming the run started at {run.identity.started_at} in {out} "
              f"({run.pages_done} pages done)", file=sys.stderr)
    elif resume:
        print(f"auditcrawl: no unfinished run in {out}; starting a new one", file=sys.stderr)
    settings.set("AUDITCRAWL_AS_OF", run.identity.as_of, priority="cmdline")  # one date for the whole run
    settings.set("AUDITCRAWL_RUN_STATE_DIR", str(run.folder), priority="cmdline")
    settings.set("AUDITCRAWL_RESUME", run.resuming, priority="cmdline")
    settings.set("JOBDIR", str(run.folder / JOB_DIR), priority="cmdline")
    return run


def _check_login_settings(settings, urls: list[str]) -> None:
    """Missing environment variables and the like fail here (exit 2), before anything is fetched."""
    from crawler.auth.config import AuthConfig, AuthConfigError
    try:
        AuthConfig.from_settings(settings, urls)
    except AuthConfigError as exc:
        raise UsageError(str(exc)) from None


def _login_failed(out: Path) -> int:
    """A login that did not work: one line and exit 3 (results.json records it; no reports)."""
    from reports.results import ResultsError, open_results
    try:  # the run's head only: the pages and findings stay on disk (a large site's would not fit in memory)
        login = (open_results(out).get("run") or {}).get("login") or {}
    except ResultsError:
        return 0
    if login.get("ok", True):
        return 0
    print(f"auditcrawl: login failed: {login.get('error', 'unknown reason')} (exit 3)", file=sys.stderr)
    return EXIT_UNREACHABLE


def _audit_folder(folder: Path, settings, quiet: bool, baseline=None) -> int:
    from crawler.localsite import LocalSite
    with LocalSite(folder.resolve()) as site:
        if settings.get("AUDITCRAWL_FRONTIER"):
            return _coordinate(settings, [site.url], quiet, baseline)
        run_crawl(settings, [site.url], quiet)
    return _finish(Path(settings.get("AUDITCRAWL_OUT")), settings, baseline)


def _coordinate(settings, urls: list[str], quiet: bool, baseline, resume: bool = False,
                as_of_given: bool = False) -> int:
    """A distributed run (crawler/frontier/): this process coordinates and crawls; workers join.
    ``resume``: continue the unfinished run in Redis (a killed coordinator), or start a new one."""
    from crawler.frontier.commands import coordinate
    from crawler.frontier.connection import FrontierError
    _check_wcag_engines(settings)
    try:
        code, message = coordinate(settings, urls, quiet, resume=resume, as_of_given=as_of_given)
    except FrontierError as exc:
        print(f"auditcrawl: error: {exc}", file=sys.stderr)
        return exc.exit_code
    if code >= 0:
        print(f"auditcrawl: error: {message}", file=sys.stderr)
        _finish(Path(settings.get("AUDITCRAWL_OUT")), settings, baseline)  # the report of what was kept
        return code
    return _finish(Path(settings.get("AUDITCRAWL_OUT")), settings, baseline)


def _worker(args, options) -> int:
    from crawler.frontier.commands import work
    from crawler.frontier.connection import FrontierError
    try:
        return work(args.frontier, args.out, args.quiet, options, wait=args.wait)
    except FrontierError as exc:
        print(f"auditcrawl: error: {exc}", file=sys.stderr)
        return exc.exit_code


def _demo(args, options) -> int:
    if not DEMO_SITE.is_dir():
        raise UsageError(f"the demo site is missing: {DEMO_SITE}")
    settings, values = _collect_settings(args, options)
    if "out" not in values:
        settings.set("AUDITCRAWL_OUT", "demo-report", priority="cmdline")
    baseline = _load_baseline(settings)
    out = _check_output_folder(Path(settings.get("AUDITCRAWL_OUT")))
    settings.set("AUDITCRAWL_OUT", str(out), priority="cmdline")
    return _audit_folder(DEMO_SITE, settings, args.quiet, baseline)


def _report(args, options) -> int:
    settings, _ = _collect_settings(args, options)
    out = Path(args.dir)
    if not out.is_dir():
        raise UsageError(f"no such folder: {out}")
    return _finish(out.resolve(), settings, _load_baseline(settings))


def main(argv: Sequence[str] | None = None) -> int:
    from crawler.config import all_options
    try:
        options = all_options()
    except Exception as exc:  # an audit or report module that does not import: a broken install
        print(f"auditcrawl: internal error: cannot load the audits: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    parser = build_parser(options)
    args = parser.parse_args(argv)
    try:
        command = {"audit": _audit, "demo": _demo, "report": _report, "worker": _worker}[args.command]
        return command(args, options)
    except UsageError as exc:
        print(f"auditcrawl: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ServiceUnreachable as exc:
        print(f"auditcrawl: error: {exc} (exit 3)", file=sys.stderr)
        return EXIT_UNREACHABLE
    except KeyboardInterrupt:
        print("auditcrawl: interrupted; results so far are in the output folder", file=sys.stderr)
        return 130
    except Exception as exc:  # the user gets a line, the log keeps the traceback
        import logging
        import traceback
        logging.getLogger("auditcrawl").debug("internal error", exc_info=True)
        print(f"auditcrawl: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        if os.environ.get("AUDITCRAWL_DEBUG"):
            traceback.print_exc()
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
