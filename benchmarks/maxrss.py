"""Run a command and write its own peak RSS (kB) to a file: ``python maxrss.py OUT -- cmd args...``.

Why a wrapper: Linux counts a child's memory from before its exec in the child's ``ru_maxrss``, and a child
forked (or vforked) by a big process starts with that process's resident set: measured straight from the
benchmark, every run's "peak" was at least the benchmark's own size at the time. This small process forks
the command itself, so the number is the command's.
"""
from __future__ import annotations

import os
import sys


def main() -> int:
    out, separator, *command = sys.argv[1:]
    assert separator == "--" and command, __doc__
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    with open(out, "w", encoding="ascii") as handle:
        handle.write(str(usage.ru_maxrss))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
