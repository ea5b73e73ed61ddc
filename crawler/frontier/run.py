"""One distributed run in Redis: its description, its workers, their leases, and when it is done.

Keys (``P`` = ``auditcrawl:<run id>:``; one run per Redis database at a time):

==========================  =====================================================================
``auditcrawl:run``          the current run: id, option values, start URLs, engine versions (JSON)
``P requests``              scrapy-redis priority queue (sorted set of serialised requests)
``P dupefilter``            scrapy-redis request fingerprints (set)
``P discovered``            URLs the spiders have seen (set; ``run.coverage.discovered``)
``P redirects`` ...         shared spider state (``crawler.frontier.shared``)
``P workers``               worker id -> ``busy`` | ``idle`` (hash)
``P hb:<worker>``           heartbeat, expires after the heartbeat timeout (string with TTL)
``P lease:<worker>``        lease id -> serialised request the worker took and has not finished (hash)
``P results``               pages, findings and errors from the workers, for the coordinator (list)
``P stream_end``            bytes of the coordinator's results stream that are final (``--resume``)
``P counts``                the spiders' skip and sitemap counters, summed over workers (hash)
``P links...``              the link audit's store (``audits.links.store.RedisLinkStore``)
``P done``                  set by the coordinator when the crawl is over: the workers leave
==========================  =====================================================================

scrapy-redis pops requests destructively. Here the pop, the lease record and the worker's ``busy`` state
are one Lua script, so a request is always either in the queue or in some worker's lease. A worker deletes a
lease when the page's results are in ``P results`` (same transaction), and drops all its leases when its
engine goes idle (nothing in flight). A worker whose heartbeat expired (SIGKILL, a lost machine) has its
leased requests put back in the queue by the coordinator, and another worker does them.

The crawl is over when the queue is empty and every live worker is idle: a worker only goes idle when it has
nothing in flight and the queue is empty, and only a busy worker can add to the queue.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid
from typing import Any, Callable

logger = logging.getLogger(__name__)

RUN_KEY = "auditcrawl:run"

# KEYS: queue, lease hash, lease counter, workers hash; ARGV: worker id. Returns {lease id, request} or nil.
POP_AND_LEASE = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0)
if #r == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
local id = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[2], id, r[1])
redis.call('HSET', KEYS[4], ARGV[1], 'busy')
return {tostring(id), r[1]}
"""


def _is_redis_error(exc: BaseException) -> bool:
    import redis
    return isinstance(exc, (redis.RedisError, OSError))


def new_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


def read_run(client: Any) -> dict[str, Any] | None:
    raw = client.get(RUN_KEY)
    return json.loads(raw) if raw else None


class Frontier:
    """This process's handle on the run: one per crawler (``crawler.auditcrawl_frontier``)."""

    def __init__(self, client: Any, run_id: str, *, coordinator: bool, heartbeat_timeout: float = 30.0,
                 worker_id: str | None = None) -> None:
        self.redis = client
        self.run_id = run_id
        self.is_coordinator = coordinator
        self.worker_id = worker_id or new_worker_id()
        self.heartbeat_timeout = heartbeat_timeout
        self.leases: dict[str, str] = {}  # request URL -> lease id, for the requests in flight here
        self.done = False
        self.lost: str = ""  # why Redis was lost mid-run, when it was
        self.reclaimed = 0
        self.resuming = False  # a coordinator continuing a run whose coordinator was stopped (--resume)
        self.started_at: str | None = None  # when the resumed run started
        self.queue: Any = None  # the scheduler's queue, once it is open
        self.on_lost: Callable[[str], None] | None = None
        self.before_idle: Callable[[], None] | None = None  # flushes this process's counters
        self.on_done: Callable[[], None] | None = None  # the coordinator merges them
        self._flushed: dict[str, int] = {}
        self._pop = client.register_script(POP_AND_LEASE)

    def connection_lost(self, exc: BaseException) -> None:
        """Redis went away mid-run: remember why (once) and let the crawl stop."""
        if self.lost:
            return
        self.lost = str(exc).split(". ")[0][:200] or type(exc).__name__
        logger.error("frontier: lost Redis: %s", self.lost)
        if self.on_lost is not None:
            self.on_lost(self.lost)

    @property
    def finishes_here(self) -> bool:
        """Cross-page findings (link verdicts) are the coordinator's job, from the shared stores."""
        return self.is_coordinator and not self.lost

    # -- counters the spiders keep (coverage) ------------------------------------------------------
    def flush_counts(self, counts: dict[str, int]) -> None:
        """Add to ``P counts`` what grew in ``counts`` (this process's totals) since the last flush."""
        pipe = self.redis.pipeline(transaction=False)
        for name, value in counts.items():
            delta = int(value) - self._flushed.get(name, 0)
            if delta:
                pipe.hincrby(self.key("counts"), name, delta)
                self._flushed[name] = int(value)
        pipe.execute()

    def totals(self) -> dict[str, int]:
        return {(k.decode() if isinstance(k, bytes) else k): int(v)
                for k, v in self.redis.hgetall(self.key("counts")).items()}

    def key(self, name: str) -> str:
        return f"auditcrawl:{self.run_id}:{name}"

    @property
    def lease_key(self) -> str:
        return self.key(f"lease:{self.worker_id}")

    # -- workers --------------------------------------------------------------------------
    def heartbeat(self) -> None:
        pipe = self.redis.pipeline(transaction=False)
        pipe.set(self.key(f"hb:{self.worker_id}"), str(time.time()), px=int(self.heartbeat_timeout * 1000))
        pipe.hsetnx(self.key("workers"), self.worker_id, "busy")
        pipe.execute()

    def leave(self) -> None:
        pipe = self.redis.pipeline(transaction=True)
        pipe.hdel(self.key("workers"), self.worker_id)
        pipe.delete(self.key(f"hb:{self.worker_id}"), self.lease_key)
        pipe.execute()

    def mark_idle(self) -> None:
        """Nothing is in flight here: what this worker leased is finished (or was dropped on purpose)."""
        self.leases.clear()
        pipe = self.redis.pipeline(transaction=True)
        pipe.delete(self.lease_key)
        pipe.hset(self.key("workers"), self.worker_id, "idle")
        pipe.execute()

    # -- requests ---------------------------------------------------------------------------
    def pop_leased(self, queue_key: str) -> tuple[str, bytes] | None:
        got = self._pop(keys=[queue_key, self.lease_key, self.key("lease_seq"), self.key("workers")],
                        args=[self.worker_id])
        if not got:
            return None
        lease_id, data = got
        return (lease_id.decode() if isinstance(lease_id, bytes) else lease_id), data

    def release_in(self, pipe: Any, url: str) -> None:
        """Add the release of ``url``'s lease to ``pipe`` (the transaction that stores its results)."""
        lease_id = self.leases.pop(url, None)
        if lease_id is not None:
            pipe.hdel(self.lease_key, lease_id)

    def reclaim_dead(self, push: Callable[[bytes], None]) -> int:
        """Put back in the queue what workers without a heartbeat had leased; forget those workers."""
        count = 0
        for raw in self.redis.hkeys(self.key("workers")):
            worker = raw.decode() if isinstance(raw, bytes) else raw
            if worker == self.worker_id or self.redis.exists(self.key(f"hb:{worker}")):
                continue
            lease_key = self.key(f"lease:{worker}")
            for data in self.redis.hvals(lease_key):
                push(data)
                count += 1
            pipe = self.redis.pipeline(transaction=True)
            pipe.delete(lease_key)
            pipe.hdel(self.key("workers"), worker)
            pipe.execute()
            logger.warning("frontier: worker %s stopped answering; %d requests it held are queued again",
                           worker, count)
        self.reclaimed += count
        return count

    # -- the end --------------------------------------------------------------------------
    def crawl_done(self) -> bool:
        """Called when this process's engine is idle. The coordinator decides; workers read its decision."""
        if self.lost:  # not done: the extension closes the spider with reason "frontier_lost"
            return False
        if self.done:
            return True
        try:
            return self._crawl_done()
        except Exception as exc:  # redis.RedisError, OSError
            if not _is_redis_error(exc):
                raise
            self.connection_lost(exc)
            return False

    def _crawl_done(self) -> bool:
        if self.before_idle is not None:
            self.before_idle()
        self.mark_idle()
        if not self.is_coordinator:
            pipe = self.redis.pipeline(transaction=False)
            pipe.exists(self.key("done"))
            pipe.get(RUN_KEY)
            done, raw_run = pipe.execute()
            run = json.loads(raw_run) if raw_run else {}
            # the coordinator may already have removed the run (results written): that is over too
            self.done = bool(done) or run.get("id") != self.run_id or bool(run.get("finished"))
            return self.done
        if self.queue is not None:
            self.reclaim_dead(self.queue.push_encoded)
            if len(self.queue) > 0:
                return False
        states = {k: v for k, v in self.redis.hgetall(self.key("workers")).items()}
        if any(state != b"idle" for state in states.values()):
            return False
        self.redis.set(self.key("done"), "1")
        self.done = True
        if self.on_done is not None:
            self.on_done()
        logger.info("frontier: queue empty and %d workers idle: the crawl is over", len(states))
        return True

    def live_workers(self) -> int:
        return int(self.redis.hlen(self.key("workers")))

    def delete_run(self) -> None:
        """The coordinator's last step: remove the run's keys (results.json has everything)."""
        keys = list(self.redis.scan_iter(match=self.key("*"), count=500))
        for i in range(0, len(keys), 500):
            self.redis.delete(*keys[i:i + 500])
        run = read_run(self.redis)
        if run and run.get("id") == self.run_id:
            run["finished"] = True
            self.redis.set(RUN_KEY, json.dumps(run))
