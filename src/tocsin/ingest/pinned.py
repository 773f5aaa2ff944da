"""The connection a fetch makes: to the addresses that were checked.

httpx looks a URL's host up again when it connects, so a check made before
could be answered one address and the connection another (DNS rebinding).
This transport is handed the addresses ``addresses.checked_addresses``
allowed and connects only to them; the request keeps its URL, so the Host
header and the name TLS sends (SNI) and checks the certificate against stay
the URL's host.

Imported only when a URL is fetched: it loads httpx.
"""

from __future__ import annotations

import httpcore
import httpx


class _Backend(httpcore.NetworkBackend):
    """Connects to the checked addresses, in order, whatever host it is asked for: that host is not looked up again."""

    def __init__(self, addresses: list[str]):
        self._inner = httpcore.SyncBackend()
        self._addresses = addresses

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        error: Exception = httpcore.ConnectError(f"{host} has no address to connect to")
        for address in self._addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as e:
                error = e
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("a fetch connects over TCP only")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport (its request and response handling, its error mapping) over a connection pool
    with the backend above. httpx takes no network backend of its own, so the pool it builds is replaced."""

    def __init__(self, addresses: list[str], ssl_context):
        super().__init__(verify=ssl_context, trust_env=False)
        self._pool = httpcore.ConnectionPool(ssl_context=ssl_context, network_backend=_Backend(addresses))
