"""Plain-English reasons for requests that got no response."""
from __future__ import annotations

from scrapy import exceptions as scrapy_errors
from twisted.internet import error as net_error
from twisted.python.failure import Failure

_KINDS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((scrapy_errors.CannotResolveHostError, net_error.DNSLookupError), "DNS lookup failed"),
    ((scrapy_errors.DownloadConnectionRefusedError, net_error.ConnectionRefusedError), "connection refused"),
    ((scrapy_errors.DownloadCancelledError,), "download cancelled: body too large"),
    ((scrapy_errors.ResponseDataLossError,), "response cut short (data loss)"),
    ((scrapy_errors.UnsupportedURLSchemeError,), "unsupported URL scheme"),
    ((net_error.ConnectionLost, net_error.ConnectionDone), "connection reset"),
)


def describe_failure(failure: Failure | BaseException, timeout: float | None = None) -> str:
    """A short reason such as "DNS lookup failed" or "timeout after 20 s"."""
    exc = failure.value if isinstance(failure, Failure) else failure
    if isinstance(exc, (scrapy_errors.DownloadTimeoutError, net_error.TimeoutError)):
        return f"timeout after {timeout:g} s" if timeout else "timeout"
    for kinds, reason in _KINDS:
        if isinstance(exc, kinds):
            return reason
    text = str(exc)
    if "SSL" in text or "certificate" in text.lower() or "tls" in text.lower():
        return "TLS error"
    if isinstance(exc, scrapy_errors.DownloadFailedError):
        return f"download failed: {text}"[:200] if text else "connection reset"
    return f"{type(exc).__name__}: {text}"[:200]
