"""Export formats are plugins of one interface: the built-ins register as a third party would, and a package's
``tocsin.exporters`` entry point adds a format to ``tocsin export``."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tocsin.share.formats import Options, Written, formats

PLUGIN = '''
from tocsin.query import exports
from tocsin.share.formats import Written


class Markdown:
    name, folder = "markdown", False
    help = "incidents as a Markdown list"

    def write(self, store, scope, options, out):
        n = 0
        for row in exports.happenings(store, scope):
            out.write(f"- {row['type']} in {row['place'] or 'an unknown place'}\\n")
            n += 1
        return [Written(n, "incidents")]
'''


def test_formats_the_built_ins_are_registered_through_the_interface():
    found = formats()
    assert {"stix", "csv", "jsonl", "parquet", "geojson", "acled", "misp"} <= set(found)
    for fmt in found.values():
        assert fmt.name and fmt.help and isinstance(fmt.folder, bool) and callable(fmt.write)


def test_formats_a_folder_format_reports_each_file(desk_store, tmp_path):
    from tocsin.query.scope import Scope
    from tocsin.store import open_store

    with open_store(str(desk_store), readonly=True) as store:
        written = formats()["csv"].write(store, Scope(), Options(records=("incidents", "events")), tmp_path)
    assert [(w.what, w.path.name) for w in written] == [("incidents", "incidents.csv"), ("events", "events.csv")]
    assert all(isinstance(w, Written) and w.count > 0 and w.path.exists() for w in written)


def test_formats_a_package_adds_a_format_through_its_entry_point(desk_store, tmp_path):
    """A package installed beside tocsin (here: a module and its dist-info on PYTHONPATH) is found by its
    entry point, listed by the command line and run like a built-in."""
    (tmp_path / "tocsin_markdown.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "tocsin_markdown-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: tocsin-markdown\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[tocsin.exporters]\nmarkdown = tocsin_markdown:Markdown\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))}
    run = lambda *args: subprocess.run([sys.executable, "-m", "tocsin", "--store", str(desk_store), *args],  # noqa: E731
                                       capture_output=True, text=True, env=env, timeout=120)
    assert "markdown" in run("export", "--help").stdout
    done = run("export", "--format", "markdown", "--out", str(tmp_path / "incidents.md"))
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "incidents.md").read_text(encoding="utf-8").splitlines()
    assert lines and all(line.startswith("- ") for line in lines)
    assert f"{len(lines)} incidents" in " ".join(done.stderr.split())


def test_formats_options_a_format_cannot_honour_are_an_error_naming_them(desk_store, tmp_path):
    from tocsin.errors import BadQuery
    from tocsin.query.scope import Scope
    from tocsin.store import open_store

    with open_store(str(desk_store), readonly=True) as store, pytest.raises(BadQuery, match="unknown record types nope"):
        formats()["jsonl"].write(store, Scope(), Options(records=("nope",)), tmp_path)


def test_formats_the_example_in_the_interface_docstring_runs(desk_store):
    import io

    import tocsin.query.exports
    import tocsin.share.formats as module
    from tocsin.query.scope import Scope
    from tocsin.store import open_store

    example = textwrap.dedent(module.__doc__[module.__doc__.index("    class Markdown"):])
    namespace = {"tocsin": tocsin, "Written": Written}
    exec(example, namespace)  # noqa: S102 - our own docstring
    out = io.StringIO()
    with open_store(str(desk_store), readonly=True) as store:
        (written,) = namespace["Markdown"]().write(store, Scope(), Options(), out)
    assert written.count == len(out.getvalue().splitlines()) > 0
