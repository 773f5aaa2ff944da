"""The command line: ``tocsin`` and its commands, one module an area.

``base`` holds the group and what the commands share; ``records`` the commands that load, link, list and show
records; ``desk`` the web desk, sharing and scale-out; ``sources``
unattended running (sources, runs, deliveries). Importing this package registers them all on ``cli``.
"""

from . import desk, records, sources  # noqa: F401 - each module's commands register on the group
from .base import EXIT_REJECTED, cli, console, err_console


def main() -> None:
    cli(prog_name="tocsin")


__all__ = ["EXIT_REJECTED", "cli", "console", "err_console", "main"]
