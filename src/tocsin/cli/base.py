"""The command group every tocsin command hangs on, and what the commands share: the store, the consoles,
the printers that make stored text literal, the filter type, and linking after a load."""

from __future__ import annotations

import json
import sys
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..config import load_config
from ..display import literal, literals, visible
from ..errors import TocsinError

EXIT_REJECTED = 3
KEEP_ALIVE = 30  # seconds an idle keep-alive connection stays open: a client reusing one must not find it closed under it

console = Console(emoji=False)  # no :name: in a title becomes an emoji: stored text is shown as it is
err_console = Console(stderr=True, emoji=False)


def _store(ctx: click.Context):
    from ..store import open_store

    return open_store(ctx.obj["config"].store)


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _print(printer, data: Any, *args: Any) -> None:
    """Show records with one of display's printers. Stored text reaches the console only through here, ``_table``
    and ``_error``: made literal first, so no title, name or sentence is read as markup or reaches the terminal raw."""
    printer(literals(data), console, *args)


def _table(rows: list[dict], columns: list[str], title: str | None = None) -> None:
    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*(Text("" if row.get(c) is None else visible(str(row[c]))) for c in columns))  # Text: never markup
    console.print(table)


def _error(e: TocsinError) -> None:
    """An error's message, which may quote a path, a name or a filter as typed, shown as it is."""
    err_console.print(f"[bold red]error:[/] {literal(e)}")


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts instead of a table.")


class _Filter(click.ParamType):
    """Text a listing is filtered by. An empty one is refused, not taken as no filter: it is what a shell passes
    for $'\\x00' (a command line cannot hold a NUL), and a filter asked for must not list everything."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == "":
            self.fail("is empty (a shell passes $'\\x00' as nothing); leave it out to list everything", param, ctx)
        return value


FILTER = _Filter()


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TocsinError as e:
            _error(e)
            sys.exit(1)


@click.group(cls=_Group)
@click.option("--store", metavar="PATH|URL", help="The store: a SQLite file, or a PostgreSQL URL for a shared desk"
              " (postgresql://user@host/db, optionally ?schema=NAME). [default: tocsin.db, or TOCSIN_STORE, or tocsin.toml]")
@click.version_option(package_name="tocsin")
@click.pass_context
def cli(ctx: click.Context, store: str | None) -> None:
    """tocsin: a sourced record of organized crime from public reporting.

    \b
    Example:
        tocsin ingest corpus/demo/
        tocsin entities --kind group
        tocsin --store postgresql://desk@db.internal/tocsin ingest corpus/demo/
    """
    try:
        ctx.obj = {"config": load_config({"store": store})}
    except TocsinError as e:
        _error(e)
        sys.exit(1)


def _link_and_report(store, report, no_link: bool, quiet: bool) -> None:
    """After ingest or load: link what is new (unless told not to), print both reports, exit 3 if inputs were rejected."""
    from ..display import print_link_report, print_report
    from .progress import link_with_progress

    linked = None if no_link else link_with_progress(store, quiet=quiet)
    _print(print_report, report)
    if linked is not None:
        _print(print_link_report, linked)
    if report.rejected:
        sys.exit(EXIT_REJECTED)

