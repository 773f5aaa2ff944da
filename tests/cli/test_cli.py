"""The CLI end to end on the demo corpus: ingest once, then every listing."""

import json

import pytest
from click.testing import CliRunner

from tocsin.cli import EXIT_REJECTED, cli

from ..conftest import DEMO

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "cli.db")
    result = CliRunner().invoke(cli, ["--store", path, "ingest", "--quiet", str(DEMO)])
    return path, result


def run(path, *args):
    return CliRunner().invoke(cli, ["--store", path, *args])


def test_cli_ingest_reports_rejections_by_path_and_exits_3(cli_store):
    path, result = cli_store
    assert result.exit_code == EXIT_REJECTED, result.output
    out = " ".join(result.output.split())
    assert "28 stored" in out and "1 near-duplicates skipped" in out and "5 rejected" in out
    for name in ["empty.txt", "scan-page-03.txt", "broken-export.html", "newswire-export.jsonl:2", "newswire-export.jsonl:5"]:
        assert name in out


def test_cli_reingest_stores_nothing_new_and_says_so(cli_store):
    path, _ = cli_store
    result = run(path, "ingest", "--quiet", str(DEMO))
    out = " ".join(result.output.split())
    assert "· 0 stored · 28 already stored · 1 near-duplicates skipped" in out
    assert "Nothing new" in out
    assert json.loads(run(path, "stats", "--json").output)["documents"] == 28


def test_cli_docs_json_lists_every_document(cli_store):
    rows = json.loads(run(cli_store[0], "docs", "--json", "--limit", "100").output)
    assert len(rows) == 28
    assert {r["language"] for r in rows} == {"en", "es"}
    spanish = json.loads(run(cli_store[0], "docs", "--json", "--language", "es").output)
    assert len(spanish) == 8 and all(r["language"] == "es" for r in spanish)


def test_cli_show_marks_mentions(cli_store):
    rows = json.loads(run(cli_store[0], "search", "Maipú", "--json").output)
    doc_id = rows[0]["id"]
    shown = run(cli_store[0], "show", doc_id[:8])
    assert shown.exit_code == 0 and "Ojeda" in shown.output and "mentions" in shown.output
    doc = json.loads(run(cli_store[0], "show", doc_id, "--json").output)
    assert any(m["entity_id"] == "group:tren-de-aragua" for m in doc["mentions"])
    for m in doc["mentions"]:
        assert doc["text"][m["start"] : m["end"]] == m["text"]


def test_cli_show_unknown_id_is_a_clear_error(cli_store):
    result = run(cli_store[0], "show", "zzzz")
    assert result.exit_code == 1 and "no document id starts with 'zzzz'" in result.output


def test_cli_entities_groups_one_entity_per_group(cli_store):
    rows = json.loads(run(cli_store[0], "entities", "--kind", "group", "--json").output)
    tda = [r for r in rows if r["name"] == "Tren de Aragua"]
    assert len(tda) == 1 and tda[0]["documents"] >= 15
    assert rows[0]["name"] == "Tren de Aragua"
    table = run(cli_store[0], "entities", "--kind", "group")
    assert "Tren de Aragua" in table.output


def test_cli_search_finds_accentless_and_spanish(cli_store):
    rows = json.loads(run(cli_store[0], "search", "Tocoron", "--json").output)
    assert len(rows) >= 3
    assert run(cli_store[0], "search", "exteniente OR exsuboficial").exit_code == 0


def test_cli_stats_summary_names_groups_and_places(cli_store):
    out = run(cli_store[0], "stats").output
    assert "28 documents" in out and "Criminal groups" in out and "Tren de Aragua" in out and "Places" in out
    data = json.loads(run(cli_store[0], "stats", "--json").output)
    assert data["languages"] == {"en": 20, "es": 8}
    assert len(data["rejected"]) == 5


def test_cli_help_has_examples():
    for command in ["ingest", "docs", "show", "entities", "search", "stats", "events", "claims", "forecasts", "places", "link", "incidents", "groups", "group", "watch"]:
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output


def test_cli_bad_config_names_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.setenv("TOCSIN_BATCH_SIZE", "many")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "x.db"), "stats"])
    assert result.exit_code == 1 and "TOCSIN_BATCH_SIZE" in result.output


def test_cli_places_have_coordinates_and_ids(cli_store):
    rows = {r["name"]: r for r in json.loads(run(cli_store[0], "places", "--json", "--limit", "200").output)}
    assert rows["Aurora"]["country"] == "US" and rows["Aurora"]["admin1"] == "CO"
    assert rows["Aragua"]["feature"] == "admin1" and rows["Aragua"]["geonames_id"] == 3649110
    assert rows["Tocorón"]["feature"] == "site" and rows["Tocorón"]["precision"] == "exact"
    assert "Santiago de los Caballeros" not in rows  # the Chilean dateline "SANTIAGO" stays in Chile
    chile = json.loads(run(cli_store[0], "places", "--country", "cl", "--json").output)
    assert {r["country"] for r in chile} == {"CL"}


def test_cli_show_lists_dates_against_publication(cli_store):
    rows = json.loads(run(cli_store[0], "search", "Maipú", "--json").output)
    (spanish,) = [r for r in rows if r["language"] == "es"]
    doc = json.loads(run(cli_store[0], "show", spanish["id"], "--json").output)
    values = {t["text"]: (t["value"], t["precision"]) for t in doc["times"]}
    assert values["21 de febrero"] == ("2024-02-21", "day")  # published 2024-03-02
    assert values["el viernes 1 de marzo"] == ("2024-03-01", "day")
    assert doc["dateline"] == "place:gn-3871336"  # Santiago de Chile


def test_cli_forecasts_hold_forecasts_and_no_plain_assertions(cli_store):
    rows = json.loads(run(cli_store[0], "forecasts", "--json", "--limit", "200").output)
    by_content = {r["content"]: r for r in rows}
    cordero = [r for r in rows if r["speaker"] == "Mariela Cordero" and r["outlet"] == "Hemisphere Security Review"]
    assert len(cordero) >= 2 and all(r["made_on"] == "2025-01-15" for r in cordero)
    assert any("targeted killing" == r["event_type"] and "former law enforcement" in r["targets"] for r in cordero)
    assert all(r["claim_type"] == "forecast" for r in rows)
    assert not any("posed as detectives" in c for c in by_content)  # a plain assertion
    assert "Tren de Aragua" in cordero[0]["subject_groups"]


def test_cli_claims_filters_and_speakers(cli_store):
    claims = json.loads(run(cli_store[0], "claims", "--speaker", "Barros", "--json").output)
    assert claims and all("Barros" in (c["speaker"] or "") for c in claims)
    recs = json.loads(run(cli_store[0], "claims", "--type", "recommendation", "--json").output)
    assert recs and all(c["claim_type"] == "recommendation" for c in recs)
    speakers = json.loads(run(cli_store[0], "speakers", "--json").output)
    assert [s["statements"] for s in speakers] == sorted((s["statements"] for s in speakers), reverse=True)
    cordero = next(s for s in speakers[:3] if s["name"] == "Mariela Cordero")  # among the most quoted, with her forecasts
    assert cordero["forecasts"] >= 2
    assert "said" in run(cli_store[0], "claims", "--group", "Tren de Aragua").output


def test_cli_events_filters_and_evidence(cli_store):
    rows = json.loads(run(cli_store[0], "events", "--json", "--limit", "500").output)
    assert len(rows) >= 40 and {r["modality"] for r in rows} <= {"asserted", "alleged"}
    assert all(r["trigger"].lower() in r["evidence"].lower() for r in rows)
    killings = json.loads(run(cli_store[0], "events", "--type", "killing", "--country", "cl", "--json").output)
    assert killings and all(r["type"] == "killing" and r["country"] == "CL" for r in killings)
    ojeda = [r for r in killings if "Ojeda" in r["evidence"]]
    assert ojeda and all(r["place"] for r in ojeda)
    gang = json.loads(run(cli_store[0], "events", "--group", "Tren de Aragua", "--json", "--limit", "500").output)
    assert gang and all("Tren de Aragua" in r["groups"] for r in gang)
    recent = json.loads(run(cli_store[0], "events", "--since", "2025-01-01", "--json").output)
    assert recent and all((r["date_begin"] or r["published_at"]) >= "2025-01-01" for r in recent)
    police = json.loads(run(cli_store[0], "events", "--target-category", "former law enforcement", "--json").output)
    assert police and all(r["target_category"] == "former law enforcement" for r in police)
    denied = json.loads(run(cli_store[0], "events", "--denied", "--json", "--limit", "500").output)
    assert len(denied) > len(rows) - 1 and any(r["modality"] == "negated" for r in denied)
    text = run(cli_store[0], "events", "--type", "killing", "--evidence", "--limit", "3").output
    assert "“" in text and "confidence" in text


def test_cli_incidents_groups_footprint_and_watch(cli_store):
    path = cli_store[0]
    rows = json.loads(run(path, "incidents", "--min-outlets", "2", "--json").output)
    assert rows and all(r["outlets"] >= 2 for r in rows)
    one = json.loads(run(path, "incidents", rows[0]["id"][:12], "--json").output)
    assert one["id"] == rows[0]["id"] and len(one["reports"]) >= 2
    assert "outlet" in run(path, "incidents", "--limit", "3").output
    groups = json.loads(run(path, "groups", "--json").output)
    assert groups[0]["name"] == "Tren de Aragua"
    fp = json.loads(run(path, "group", "Tren de Aragua", "--json").output)
    assert fp["country"][0]["country"] == "PE"
    assert run(path, "group", "Nonexistent Gang").exit_code == 1
    first = run(path, "watch")
    assert first.exit_code == 0 and "protected target" in first.output
    assert "no new alerts" in run(path, "watch").output
    assert json.loads(run(path, "watch", "--all", "--json").output)
    assert run(path, "link").exit_code == 0 and "linked 0 documents" in run(path, "link").output


def test_cli_watch_rules_file_and_bad_rules(cli_store, tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text("[watch]\nnew_country = false\nnew_city = false\nprotected_types = ['killing']\n")
    assert run(cli_store[0], "watch", "--rules", str(rules), "--all").exit_code == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("[watch]\nloudness = 11\n")
    result = run(cli_store[0], "watch", "--rules", str(bad))
    assert result.exit_code == 1 and "loudness" in result.output


@pytest.fixture(scope="module")
def markup_store(tmp_path_factory):
    """A store holding one article whose title, outlet and sentences carry console markup and escape sequences,
    with the report of the ingest that also rejected a file whose name carries them."""
    import random

    from tocsin.testing import hostile

    folder = tmp_path_factory.mktemp("markup")
    hostile.markup_and_escapes(folder, random.Random(1))
    path = str(tmp_path_factory.mktemp("markup-store") / "m.db")
    return path, CliRunner().invoke(cli, ["--store", path, "ingest", "--quiet", str(folder)])


@pytest.fixture
def wide(monkeypatch):
    """A console wide enough that no table wraps a title across lines."""
    from tocsin import cli as cli_module

    monkeypatch.setattr(cli_module.console, "width", 400)


def _listing(path, command):
    """The arguments of a command shown on the markup store, with ids looked up."""
    if command == "incidents ID":
        return ["incidents", json.loads(run(path, "incidents", "--json").output)[0]["id"]]
    if command == "show ID":
        return ["show", json.loads(run(path, "docs", "--json").output)[0]["id"]]
    return command.split()


@pytest.mark.parametrize("command,shown", [
    ("docs", "Gang {} shooting"), ("claims", "officers [/] [bold red]x[/] [31m and dissidents"), ("claims", "Desk {},"),
    ("events --evidence", "officer [/]"), ("events --evidence", "Desk {},"), ("forecasts", "officers [/] [bold red]x[/] [31m and"),
    ("forecasts", "Desk {}"), ("incidents", "(Desk {})"), ("incidents ID", "Desk {},"), ("show ID", "Gang {} shooting"),
    ("show ID", "robbery [/] [bold red]x[/] [31m. This"), ("search Santiago", "Gang {} shooting"), ("watch", "Desk {},"),
])
def test_cli_shows_markup_and_escapes_in_stored_text_as_text(markup_store, wide, command, shown):
    """Text from documents is never read as console markup, and no control character reaches the terminal raw:
    ESC shows as ␛, a C1 control or a bidirectional override as � (the cleaner already drops ESC from article text)."""
    from tocsin.testing.hostile import MARKUP_SHOWN

    path, _ = markup_store
    result = run(path, *_listing(path, command))
    assert result.exit_code == 0, result.output
    assert shown.format(MARKUP_SHOWN) in result.output
    assert not any(c in result.output for c in "\x1b\x9b\u202e")
    if command == "show ID":
        assert "A CSI \ufffd31m and a right-to-left override \ufffd were" in result.output


def test_cli_ingest_report_shows_a_file_name_with_escapes_as_text(markup_store):
    from tocsin.testing.hostile import MARKUP_SHOWN

    _, result = markup_store
    assert result.exit_code == EXIT_REJECTED
    assert f"empty {MARKUP_SHOWN.replace('/', '')}.txt: empty file" in result.output and "\x1b" not in result.output


def test_cli_error_quoting_what_was_typed_shows_it_as_text(markup_store):
    result = run(markup_store[0], "show", "[/]\x1b")
    assert result.exit_code == 1 and "no document id starts with '[/]\\x1b'" in result.output


def test_cli_ingest_refuses_a_link_out_of_the_folder_unless_follow_links(tmp_path):
    from tocsin.testing.hostile import ARTICLE

    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "private.txt").write_text(ARTICLE)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "private.txt").symlink_to(tmp_path / "outside" / "private.txt")
    path = str(tmp_path / "s.db")
    refused = run(path, "ingest", "--quiet", "--no-link", str(tmp_path / "in"))
    assert refused.exit_code == EXIT_REJECTED
    out = " ".join(refused.output.split())
    assert "0 stored" in out and f"{tmp_path / 'in' / 'private.txt'}: a link to outside the folder; --follow-links to read it" in out
    followed = run(path, "ingest", "--quiet", "--no-link", "--follow-links", str(tmp_path / "in"))
    assert followed.exit_code == 0 and "1 stored" in " ".join(followed.output.split())


def test_cli_ingest_report_names_the_files_it_mended(tmp_path):
    from tocsin.testing.hostile import ARTICLE

    folder = tmp_path / "in"
    folder.mkdir()
    damaged = ARTICLE.replace("Guayaquil", "Guayaquil — Ecuador’s port —", 1).encode().replace(b"refused", b"ref\xffused", 1)
    (folder / "damaged.txt").write_bytes(damaged)
    result = run(str(tmp_path / "s.db"), "ingest", "--quiet", "--no-link", str(folder))
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "1 stored" in out and "Read with repairs (1):" in out
    assert f"{folder / 'damaged.txt'}: 1 byte not valid UTF-8 in a UTF-8 file, replaced with U+FFFD (�)" in out
    (doc,) = json.loads(run(str(tmp_path / "s.db"), "docs", "--json").output)
    assert doc["title"] == "Shopkeeper shot dead in Guayaquil — Ecuador’s port —"


def test_cli_a_nul_or_an_empty_filter_is_refused_not_a_listing_of_everything(cli_store):
    """$'\\x00' reaches a command as an empty argument (a shell drops the NUL): refused, as is a NUL itself."""
    for args in (["docs", "--outlet", ""], ["entities", "--name", ""], ["group", ""], ["events", "--group", ""]):
        result = run(cli_store[0], *args)
        assert result.exit_code == 2 and "is empty" in result.output, args
    for args in (["entities", "--name", "\x00"], ["claims", "--speaker", "x\x00"], ["group", "aragua\x00"]):
        result = run(cli_store[0], *args)
        assert result.exit_code == 1 and "cannot hold a NUL character" in result.output, args
