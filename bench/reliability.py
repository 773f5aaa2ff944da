"""Reliability: hostile inputs per class, a fuzz run, random kills, the API under generated requests and under load.

  - hostile inputs: every class of src/tocsin/testing/hostile.py (the 50 MB article at its real size) ingested in one
    batch per class into a fresh store; tried, rejected with a reason (recorded in the store), read, and
    anything that escaped (an exception ending the batch: must be none);
  - fuzzing: the atheris target of `make fuzz` for N runs on a copy of fuzz/corpus; crashes found;
  - kills: `tocsin ingest` killed with SIGKILL at random moments (src/tocsin/testing/crash.py) 50 times on SQLite and
    10 on PostgreSQL, readers querying all the while; documents lost, stored twice or left incomplete;
  - generated requests: schemathesis over every operation of the OpenAPI schema, valid and invalid values;
  - load: 50 concurrent clients from a second process on loopback for 30 s against `tocsin serve` over the
    10,000-document desk store (bench/desk_store.py), cycling over the list, search and page endpoints.

    python bench/reliability.py [--kills 50] [--fuzz-runs 20000] [--seconds 30] [--skip load,postgres]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent

from tocsin.testing import hostile  # noqa: E402
from tocsin.testing.crash import kill_repeatedly, linked_state, per_document  # noqa: E402
from tocsin import query  # noqa: E402
from tocsin.config import Config  # noqa: E402
from tocsin.pipeline import run_ingest  # noqa: E402
from tocsin.store import open_store  # noqa: E402

Row = tuple[str, str, str, str, str]  # check, tried, held, failed, notes


def hostile_rows(tmp: Path, console: Console) -> list[Row]:
    rows = []
    for name, maker in hostile.CLASSES.items():
        folder = tmp / re.sub(r"\W+", "-", name)
        folder.mkdir()
        tried = maker(folder, random.Random(3))
        path = str(folder.with_suffix(".db"))
        escaped = ""
        try:
            with open_store(path) as store:
                report = run_ingest([str(folder)], store, Config(store=path))
                recorded = len(query.rejections(store))
                stored = query.stats(store)["documents"]
        except Exception as e:  # noqa: BLE001 - what escaped is what this row reports
            escaped, report, recorded, stored = f"{type(e).__name__}: {e}", None, 0, 0
        rejected = len(report.rejected) if report else 0
        reasons = sorted({re.sub(r"[\d,]+", "N", r.reason)[:48] for r in report.rejected}) if report else []
        console.print(f"  {name}: {tried} tried, {rejected} rejected, {stored} stored; {'; '.join(reasons[:4])}", style="dim")
        read = report.read if report else 0
        rows.append((f"hostile input: {name}", f"{tried:,}", f"{rejected:,} rejected with a reason ({recorded:,} recorded),"
                     f" {read:,} read as articles, {stored:,} stored", escaped or "0", "; ".join(reasons[:2])))
    return rows


def fuzz_row(runs: int, tmp: Path) -> Row:
    corpus = tmp / "fuzz-corpus"
    shutil.copytree(ROOT / "fuzz" / "corpus", corpus)
    out = subprocess.run([sys.executable, str(ROOT / "fuzz" / "fuzz_readers.py"), str(corpus), f"-runs={runs}", "-rss_limit_mb=2048",
                          f"-artifact_prefix={tmp}/"], capture_output=True, text=True, errors="replace")
    done = re.search(r"Done (\d+) runs in (\d+) second", out.stderr)
    crashes = list(tmp.glob("crash-*")) + list(tmp.glob("oom-*")) + list(tmp.glob("timeout-*"))
    cov = re.findall(r"cov: (\d+)", out.stderr)
    return ("fuzzing every reader (atheris)", f"{int(done.group(1)) if done else 0:,} inputs",
            f"exit {out.returncode}, {len(list(corpus.iterdir())):,} in the corpus after", str(len(crashes)),
            f"{cov[-1] if cov else '?'} coverage edges in {done.group(2) if done else '?'} s")


def kill_row(kills: int, fresh, reference, links, backend: str, span: float) -> Row:
    started = time.perf_counter()
    out = kill_repeatedly(fresh, kills, reference, links, seed=29, span=span)
    landed = [k for k in out.kill_points]
    return (f"SIGKILL at random moments ({backend})", f"{out.kills} kills", f"{out.kills - len({p.split(':')[0] for p in out.problems})} clean,"
            f" {out.completed_runs} runs completed, {out.reader_queries:,} reader queries",
            str(len(out.problems) + len(out.reader_errors)),
            f"documents stored at the kills: median {statistics.median(landed) if landed else 0:.0f} of 28 (min {min(landed, default=0)},"
            f" max {max(landed, default=0)}); {time.perf_counter() - started:,.0f} s")


def schemathesis_row(examples: int) -> Row:
    env = {**os.environ, "TOCSIN_API_EXAMPLES": str(examples)}
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(ROOT / "tests" / "web" / "test_schemathesis.py")],
                         capture_output=True, text=True, env=env, cwd=ROOT)
    last = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr[-200:]
    return ("generated requests (schemathesis)", f"{examples} valid + {examples} invalid per operation", last,
            "0" if out.returncode == 0 else "see pytest", "every operation of /openapi.json; no 5xx allowed")


def load_row(seconds: float, clients: int, console: Console) -> Row:
    import api_latency
    import desk_store

    store = desk_store.build(10_000, False, console)
    port = api_latency.free_port()
    base = f"http://127.0.0.1:{port}"
    server = api_latency.start([sys.executable, "-m", "tocsin", "--store", str(store), "serve", "--port", str(port)], base, "/api/stats")
    try:
        urls = [base + p for p in api_latency.TOCSIN.values()]
        for url in urls:
            api_latency.httpx.get(url, timeout=60)
        r = api_latency.load(urls, clients, seconds)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return ("load: tocsin serve, 10,000-document store", f"{clients} clients × {seconds:.0f} s, {r['requests']:,} requests",
            f"{r['rps']:,.0f} rps, median {r['median']:,.0f} ms, p99 {r['p99']:,.0f} ms", str(r["errors"]),
            f"{len(urls)} endpoints in turn, loopback, 1 server worker; {r.get('reasons') or 'no errors'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--pg-kills", type=int, default=10)
    parser.add_argument("--fuzz-runs", type=int, default=20000)
    parser.add_argument("--examples", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--skip", default="", help="comma-separated: hostile,fuzz,kills,postgres,schemathesis,load")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    console = Console(width=200)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if "hostile" not in skip:
            rows += hostile_rows(tmp, console)
        if "fuzz" not in skip:
            rows.append(fuzz_row(args.fuzz_runs, tmp))
        if "kills" not in skip or "postgres" not in skip:
            ref_path = tmp / "reference.db"
            with open_store(str(ref_path)) as ref:
                from tocsin.link import link

                run_ingest([str(ROOT / "corpus" / "demo")], ref, Config(store=str(ref_path)))
                link(ref)
                reference, links = per_document(ref), linked_state(ref)
        if "kills" not in skip:
            names = itertools.count()
            rows.append(kill_row(args.kills, lambda: str(tmp / f"crash-{next(names)}.db"), reference, links, "SQLite, WAL", 12.0))
        if "postgres" not in skip:
            rows.append(postgres_kills(args.pg_kills, reference, links))
        if "schemathesis" not in skip:
            rows.append(schemathesis_row(args.examples))
        if "load" not in skip:
            rows.append(load_row(args.seconds, args.clients, console))
    table = Table(title="Reliability: what was tried, what held", show_lines=True)
    for col in ("check", "tried", "held", "failures", "notes"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)


def postgres_kills(kills: int, reference, links) -> Row:
    import psycopg

    server = os.environ.get("TOCSIN_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
    made = []

    def fresh() -> str:
        schema = f"tocsin_reliability_{len(made)}"
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        made.append(schema)
        return f"{server}?schema={schema}"

    try:
        return kill_row(kills, fresh, reference, links, "PostgreSQL", 12.0)
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            for schema in made:
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


if __name__ == "__main__":
    main()
