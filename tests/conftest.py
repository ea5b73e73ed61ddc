"""Shared pytest fixtures: fixture-site servers on 127.0.0.1 and a closed port."""
from __future__ import annotations

from typing import Callable, Iterator

import pytest

from tests.fixture_server import SITES, FixtureServer, free_port

__all__ = ["free_port"]


@pytest.fixture
def fixture_site() -> Iterator[Callable[[str | None], FixtureServer]]:
    """Factory: ``fixture_site("basic")`` serves tests/sites/basic/ (None: fault routes only).

    Servers are started at once and stopped when the test ends.
    """
    servers: list[FixtureServer] = []

    def start(name: str | None = None) -> FixtureServer:
        server = FixtureServer(SITES / name if name else None).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def site_server(fixture_site: Callable[[str | None], FixtureServer]) -> Callable[[str | None], FixtureServer]:
    """Same factory as ``fixture_site``, under the name used in the brief."""
    return fixture_site


@pytest.fixture
def fault_server(fixture_site: Callable[[str | None], FixtureServer]) -> FixtureServer:
    """A server with only the /_fault/ routes (and whatever routes the test sets)."""
    return fixture_site(None)


@pytest.fixture
def basic_site(fixture_site: Callable[[str | None], FixtureServer]) -> FixtureServer:
    return fixture_site("basic")


@pytest.fixture
def links_site(fixture_site: Callable[[str | None], FixtureServer]) -> FixtureServer:
    return fixture_site("links")


@pytest.fixture
def closed_port() -> int:
    """A 127.0.0.1 port nobody listens on: connecting to it is refused."""
    return free_port()
