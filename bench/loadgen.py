"""A bounded HTTP load: C concurrent clients request URLs (in turn, when several) as fast as they can for D seconds, then stop.

Run as its own process (so that its CPU is not the server's), it prints JSON:
requests, errors, seconds, and every latency in milliseconds.

    python bench/loadgen.py URL [URL …] --clients 50 --seconds 8
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

import httpx


async def run(urls: list[str], clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    reasons: dict[str, int] = {}
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30) as http:

        async def client(n: int) -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                url = urls[n % len(urls)]
                n += 1
                start = time.perf_counter()
                try:
                    r = await http.get(url)
                    reason = None if r.status_code == 200 else f"HTTP {r.status_code}"
                except httpx.HTTPError as e:
                    reason = type(e).__name__
                latencies.append(1000 * (time.perf_counter() - start))
                if reason:
                    errors += 1
                    reasons[reason] = reasons.get(reason, 0) + 1

        began = time.perf_counter()
        await asyncio.gather(*(client(n) for n in range(clients)))
        took = time.perf_counter() - began
    return {"requests": len(latencies), "errors": errors, "reasons": reasons, "seconds": took, "latencies": latencies}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=8.0)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.urls, args.clients, args.seconds))))


if __name__ == "__main__":
    main()
