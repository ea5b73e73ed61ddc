"""One link element on one page: what the link audit stores per link until its verdicts are known."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One link element on one page."""

    page: str
    url: str  # absolute, fragment kept
    text: str
    selector: str
    tag: str
    html: str
    learn_more: bool
