"""Date normalization on MEANTIME (English and Spanish): tocsin against dateparser alone.

Gold time expressions and document creation dates come from
../shared/data/corpora/meantime-timex-es-en/ (evaluation only). Both systems
get the gold span and the creation date and must produce the TIMEX3 value;
the table reports value accuracy per language and per type.

    python bench/dates.py
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "corpora" / "meantime-timex-es-en"

from tocsin.evaluate import read_meantime  # noqa: E402
from tocsin.read.dates import normalize, timex_from_dateparser  # noqa: E402


def dateparser_alone(text: str, dct: dt.date, language: str):
    """The baseline: dateparser as a user would call it, anchored at the creation date."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": dt.datetime.combine(dct, dt.time())}
    try:
        data = DateDataParser(languages=[language], settings=settings).get_date_data(text)
    except Exception:  # the baseline's own failures count as misses
        data = None
    return timex_from_dateparser(data)


def score(gold, language: str, system) -> tuple[dict[str, list[int]], float]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    start = time.perf_counter()
    for g in gold:
        ok = system(g.text, dt.date.fromisoformat(g.dct), language).value == g.value
        for key in ("all", g.type):
            counts[key][0] += ok
            counts[key][1] += 1
    return counts, len(gold) / (time.perf_counter() - start)


def main() -> None:
    console = Console(width=160)
    table = Table(title="Date normalization on MEANTIME, gold spans and creation dates given: TIMEX3 value accuracy")
    for col in ("language", "system", "all", "DATE", "DURATION", "TIME", "SET", "expressions/s"):
        table.add_column(col, justify="left" if col in ("language", "system") else "right")
    for language in ("en", "es"):
        path = DATA / language / f"meantime_{language}_timex.tsv"
        if not path.exists():
            console.print(f"{path} not found: the shared data is not beside the project", style="red")
            continue
        gold = read_meantime(path)
        for name, system in (("tocsin", normalize), ("dateparser alone", dateparser_alone)):
            counts, rate = score(gold, language, system)
            cells = [f"{counts[k][0] / counts[k][1]:.3f} ({counts[k][1]})" if counts[k][1] else "-" for k in ("all", "DATE", "DURATION", "TIME", "SET")]
            table.add_row(language, name, *cells, f"{rate:.0f}")
    console.print(table)


if __name__ == "__main__":
    main()
