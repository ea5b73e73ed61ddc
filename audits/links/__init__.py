"""The link audit (issue 4): broken, redirected, unverifiable and soft-404 links, dead fragments, vague texts."""
from .audit import LinkAudit

__all__ = ["LinkAudit"]
