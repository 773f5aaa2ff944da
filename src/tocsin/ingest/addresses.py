"""Which addresses a fetch may connect to, and the one place a host name is resolved.

A URL must not reach into the desk's own network (its router, a cloud's
metadata service, a database on localhost). So a host is resolved once,
here, every address it resolves to is checked, and the connection is then
made to a checked address (``fetch`` pins it), never to whatever a second
look-up would answer: a name that answers a public address to the check and
127.0.0.1 to the connection (DNS rebinding) gets nowhere.

An address is refused when it is not globally reachable: loopback, private,
link-local, shared (100.64.0.0/10), this-network (0.0.0.0/8), benchmarking,
documentation, multicast, reserved. An IPv6 address that carries an IPv4
one (IPv4-mapped, IPv4-compatible, 6to4, Teredo, NAT64) is judged by the
IPv4 address too, since that is where its packets end up.
"""

from __future__ import annotations

import ipaddress
import socket

from ..errors import InputError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Ranges not globally reachable that the standard library files under a vaguer name (or, for 3fff::/20, none yet)
NAMED = {
    ipaddress.ip_network("0.0.0.0/8"): "this-network",
    ipaddress.ip_network("100.64.0.0/10"): "shared",  # carrier-grade NAT, RFC 6598
    ipaddress.ip_network("198.18.0.0/15"): "benchmarking",
    ipaddress.ip_network("3fff::/20"): "documentation",
}
FLAGS = ("loopback", "link_local", "unspecified", "multicast", "site_local", "reserved", "private")  # the most telling first
NAT64 = ipaddress.ip_network("64:ff9b::/96")
# An IPv4 host reached through IPv6 (a dual-stack socket, a DNS64 network): judged by that host alone
TRANSLATED = (ipaddress.ip_network("::ffff:0:0/96"), NAT64)


def resolve(host: str) -> list[str]:
    """Every address a host name resolves to (an address literal resolves to itself); InputError when none.
    The only look-up a fetch makes: tests stub this one function."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise InputError(host, f"cannot resolve {host}: {getattr(e, 'strerror', None) or e}") from None
    return list(dict.fromkeys(info[4][0] for info in infos))


def embedded_ipv4(ip: IPAddress) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: IPv4-mapped, 6to4, Teredo (server and client),
    NAT64 (64:ff9b::/96) and the deprecated IPv4-compatible form (::a.b.c.d)."""
    if ip.version == 4:
        return []
    if ip.ipv4_mapped:
        return [ip.ipv4_mapped]
    if ip.sixtofour:
        return [ip.sixtofour]
    if ip.teredo:
        return list(ip.teredo)
    if ip in NAT64 or (int(ip) >> 32 == 0 and int(ip) > 1):  # NAT64, or ::a.b.c.d (not :: or ::1)
        return [ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)]
    return []


def _kind(ip: IPAddress) -> str | None:
    """The kind of address that makes ``ip`` unreachable from the open web, or None for a global one."""
    for network, name in NAMED.items():
        if ip.version == network.version and ip in network:
            return name
    for flag in FLAGS:
        if getattr(ip, f"is_{flag}", False):
            return flag.replace("_", "-")
    return None if ip.is_global else "non-global"


def refused_address(address: str) -> str | None:
    """Why a fetch may not connect to ``address`` (say "a loopback address"), or None when it may."""
    ip = ipaddress.ip_address(address)
    inner = embedded_ipv4(ip)
    for v4 in inner:
        if kind := _kind(v4):
            return f"{ip} carries {v4}, {_a(kind)} address"
    if inner and any(ip in network for network in TRANSLATED):
        return None
    kind = _kind(ip)
    return f"{_a(kind)} address" if kind else None


def _a(kind: str) -> str:
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def checked_addresses(host: str, allow_private: bool) -> list[str]:
    """The addresses of ``host``, resolved once, each of them allowed; InputError naming the first that is not.
    With ``allow_private`` every address is allowed (the desk asked to read its own network)."""
    addresses = resolve(host)
    if not allow_private:
        for address in addresses:
            if why := refused_address(address):
                raise InputError(host, f"{host} resolves to {address}, {why} (refused unless --allow-private)")
    return addresses
