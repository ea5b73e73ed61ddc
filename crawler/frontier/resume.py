"""``auditcrawl audit URL --frontier redis://... --resume``: a killed coordinator continues its run from Redis.

Everything a distributed run knows is in Redis (queue, duplicate filter, leases, shared spider state, link
store, the workers' results not yet drained) except the coordinator's results stream
(``OUT/results.partial.jsonl``). ``P stream_end`` records how much of that stream matches what was taken
from Redis: the coordinator sets it in the same transaction that trims the drained results from ``P results``
or releases the lease of a page it crawled itself (``crawler.frontier.sinks``). A resumed coordinator cuts the
stream back to ``stream_end`` (what lies after it is either still in Redis or a page whose lease is still held,
so it is crawled again) and goes on. The run must be the same one: the identity recorded at start
(``crawler.runstate.identity``, as for a single-machine ``--resume``) is compared with the new command line.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from crawler.runstate.identity import RunIdentity
from crawler.runstate.journal import complete_length
from reports.results import RESULTS_FILE

from .connection import EXIT_USAGE, FrontierError
from .run import read_run

STREAM_END = "stream_end"  # P stream_end: bytes of OUT/results.partial.jsonl that are final


def run_key(run: dict[str, Any], name: str) -> str:
    return f"auditcrawl:{run['id']}:{name}"


def resumable_run(client: Any, display: str, identity: RunIdentity, out: Path, as_of_given: bool,
                  partial: Path) -> dict[str, Any] | None:
    """The unfinished run in Redis that this command continues, or None when there is none.

    Raises :class:`FrontierError` (exit 2), changing nothing, when the run there is another one or this
    ``--out`` does not hold its results so far.
    """
    run = read_run(client)
    if not run or run.get("finished"):
        return None
    recorded = run.get("identity")
    if not recorded:
        raise FrontierError(f"--resume: the run in {display} was started by an auditcrawl without --resume "
                            "support; start a new run without --resume", EXIT_USAGE)
    differences = RunIdentity(**recorded).differences(identity, as_of_given)
    if differences:
        raise FrontierError(f"--resume: the unfinished run in {display} was for other start URLs or settings "
                            f"({'; '.join(differences)}); run without --resume to start over", EXIT_USAGE)
    results = partial.with_name(RESULTS_FILE)
    if client.exists(run_key(run, "done")) and not partial.exists() and results.is_file():
        run["results_written"] = True
        return run
    stream_end = int(client.get(run_key(run, STREAM_END)) or 0)
    if stream_end and complete_length(partial) < stream_end:
        raise FrontierError(f"--resume: {out} does not hold the results of the run in {display} ("
                            f"{partial.name} is missing or short); give the --out of the coordinator that "
                            "stopped", EXIT_USAGE)
    _wait_for_old_coordinator(client, run)
    return run


def _wait_for_old_coordinator(client: Any, run: dict[str, Any]) -> None:
    """A killed coordinator's heartbeat lasts up to the heartbeat timeout; one that still beats after
    that is running: two coordinators of one run would both write its results."""
    old = run.get("coordinator")
    if not old:
        return
    key = run_key(run, f"hb:{old}")
    timeout = float(run.get("heartbeat_timeout") or 30.0)
    if client.exists(key):
        print(f"auditcrawl: waiting up to {timeout:g} s for the stopped coordinator's heartbeat to expire",
              file=sys.stderr)
    deadline = time.monotonic() + timeout + 2.0
    first = client.get(key)
    while first is not None and time.monotonic() < deadline:
        time.sleep(0.2)
        beat = client.get(key)
        if beat is not None and beat != first:
            break  # it beat again: alive
        if beat is None:
            return
    if client.exists(key):
        raise FrontierError(f"--resume: the run's coordinator ({old}) is still running; stop it first",
                            EXIT_USAGE)
