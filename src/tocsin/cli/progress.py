"""The stages the command line runs with a progress bar: ingest, load and link (shown on standard error, hidden
when quiet or not a terminal). The printing of what they found is ``display``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

if TYPE_CHECKING:  # the CLI imports this module at start: the pipeline (and spaCy) only when ingest runs
    from ..config import Config
    from ..models import IngestReport
    from ..store import Store


def _ingest_bar(label: str, unit: str, quiet: bool) -> Progress:
    return Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TextColumn(f"{unit} · {{task.fields[stored]}} stored"),
                    TimeElapsedColumn(), TimeRemainingColumn(), disable=quiet, transient=False)


def _tracker(bar: Progress, task):
    """The runner's progress events ("total", "advance", "stored") shown on a bar."""
    stored = 0

    def progress(event: str, n: int) -> None:
        nonlocal stored
        if event == "advance":
            bar.advance(task, n)
        elif event == "total":
            bar.update(task, total=n)
        elif event == "stored":
            stored += n
            bar.update(task, stored=stored)

    return progress


def run_with_progress(paths: list[str], store: Store, config: Config, quiet: bool = False, fetcher=None, workers: int = 1) -> IngestReport:
    """run_ingest with a rich progress bar over files (hidden when quiet or not a terminal)."""
    from ..pipeline import count_files, run_ingest

    with _ingest_bar("ingest", "files", quiet) as bar:
        task = bar.add_task("ingest", total=count_files(paths, config.follow_links), stored=0)
        return run_ingest(paths, store, config, _tracker(bar, task), fetcher, workers)


def load_with_progress(directory: str, store: Store, config: Config, quiet: bool = False) -> IngestReport:
    """tocsin.scale.load with a progress bar over the shards' rows."""
    from ..scale.load import load

    with _ingest_bar("load", "rows", quiet) as bar:
        task = bar.add_task("load", total=None, stored=0)
        return load(directory, store, config, _tracker(bar, task))


def link_with_progress(store: Store, quiet: bool = False):
    """The link stage with a progress bar over documents not linked yet."""
    from ..link import link

    columns = [TextColumn("[bold]link"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"), TimeElapsedColumn()]
    with Progress(*columns, disable=quiet, transient=False) as bar:
        task = bar.add_task("link", total=None)

        def progress(event: str, n: int) -> None:
            if event == "total":
                bar.update(task, total=n)
            elif event == "advance":
                bar.advance(task, n)

        return link(store, progress=progress)
