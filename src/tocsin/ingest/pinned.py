"""The connection a fetch makes: to the addresses that were checked, within the fetch's deadline.

httpx looks a URL's host up again when it connects, so a check made before
could be answered one address and the connection another (DNS rebinding).
This transport is handed the addresses ``addresses.checked_addresses``
allowed and connects only to them; the request keeps its URL, so the Host
header and the name TLS sends (SNI) and checks the certificate against stay
the URL's host.

Every connect, TLS handshake, read and write is also cut to what is left of
one deadline for the whole fetch, so a server that drips a byte at a time
(each read well within its own timeout) cannot hold a fetch past it.

Imported only when a URL is fetched: it loads httpx.
"""

from __future__ import annotations

import time

import httpcore
import httpx


class Deadline:
    """A point in time a fetch must be done by, ``seconds`` from now."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    @property
    def passed(self) -> bool:
        return time.monotonic() >= self.at

    def left(self, timeout: float | None) -> float:
        """The time one step may take: its own timeout cut to what is left; TimeoutException when nothing is."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise httpcore.TimeoutException(f"took longer than {self.seconds:g} s")
        return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    """A network stream whose every step is bounded by the deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline):
        self._inner, self._deadline = inner, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, self._deadline.left(timeout)), self._deadline)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """Connects to the checked addresses, in order, whatever host it is asked for: that host is not looked up again."""

    def __init__(self, addresses: list[str], deadline: Deadline):
        self._inner = httpcore.SyncBackend()
        self._addresses, self._deadline = addresses, deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> _Stream:
        error: Exception = httpcore.ConnectError(f"{host} has no address to connect to")
        for address in self._addresses:
            try:
                stream = self._inner.connect_tcp(address, port, self._deadline.left(timeout), local_address, socket_options)
            except httpcore.ConnectError as e:
                error = e
                continue
            return _Stream(stream, self._deadline)
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None) -> _Stream:
        raise httpcore.ConnectError("a fetch connects over TCP only")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport (its request and response handling, its error mapping) over a connection pool
    with the backend above. httpx takes no network backend of its own, so the pool it builds is replaced."""

    def __init__(self, addresses: list[str], deadline: Deadline, ssl_context):
        super().__init__(verify=ssl_context, trust_env=False)
        self._pool = httpcore.ConnectionPool(ssl_context=ssl_context, network_backend=_Backend(addresses, deadline))
