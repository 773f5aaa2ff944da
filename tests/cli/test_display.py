"""What the CLI shows of stored text: exactly that text, never markup, never a raw control character."""

import pytest
from rich.text import Text

from tocsin.display import literal, literals, visible

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import example, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_tricky = st.lists(st.one_of(st.sampled_from(["[", "]", "/", "\\", "[/]", "[bold red]", "[@click]", "[#f00]", ":smile:", "\x1b",
                                              "\x9b", "\u202e", "\r", "\n", "\t", "\x00", "\x7f"]), st.text(max_size=8)),
                   max_size=30).map("".join)


@given(text=_tricky)
@example("\\[")  # a backslash before a "[" that is no tag: rich reads it as an escape
@example("a\\\\")  # backslashes at the end, before a tag of ours
@example("\\\n")
def test_display_literal_text_in_our_markup_shows_as_itself(text):
    shown = Text.from_markup(f"[bold]{literal(text)}[/] · [dim]{literal(text)}[/]", emoji=False)
    assert shown.plain == f"{visible(text)} · {visible(text)}"
    assert all(span.style in ("bold", "dim") for span in shown.spans)
    if not text.endswith("\\"):  # a backslash at the end shows doubled when no tag follows it: nothing to escape there
        assert Text.from_markup(f"{literal(text)} · x", emoji=False).plain == f"{visible(text)} · x"


@given(text=_tricky)
def test_display_visible_keeps_offsets_and_lets_no_control_through(text):
    out = visible(text)
    assert len(out) == len(text)
    assert not any(c in out for c in "\x00\x1b\x7f\x9b\r\u202e\u2066")
    assert [i for i, c in enumerate(text) if c in "\t\n"] == [i for i, c in enumerate(out) if c in "\t\n"]


def test_display_literals_reach_every_string_in_rows_and_reports():
    from tocsin.models import IngestReport, Rejection

    rows = literals([{"title": "[/]\x1b", "n": 3, "tags": ["[b]"], "[k]": None}])
    assert rows == [{"title": "\\[/]\u241b", "n": 3, "tags": ["\\[b]"], "\\[k]": None}]
    report = literals(IngestReport(read=1, rejected=[Rejection("a[/]\x1b.txt", "empty file")], skipped={"[x]": 2}))
    assert report.read == 1 and report.rejected[0].source == "a\\[/]\u241b.txt" and report.skipped == {"\\[x]": 2}


def test_display_an_event_shows_the_name_its_words_stand_for():
    from tocsin.display import _event_line

    row = literals({"type": "charge", "subtype": None, "actor_text": "a federal grand jury", "actor": None, "attribution": None,
                    "actor_basis": "sentence", "ties": (), "target_text": "him", "target": "Gerald R. Lueders [Jr]",
                    "target_category": None, "offences": [], "fatalities": None, "injured": None})
    line = Text.from_markup(_event_line(row)).plain
    assert "against him [Gerald R. Lueders [Jr]]" in line and "by a federal grand jury" in line


def test_display_a_longer_phrase_stands_as_written_whatever_entity_it_holds():
    from tocsin.display import _as_named

    assert _as_named("José Adolfo Macías, leader of Los Choneros", "Los Choneros") == "José Adolfo Macías, leader of Los Choneros"
    assert _as_named("He", "Edward P. Goldblatt") == "He \\[Edward P. Goldblatt]"


def test_display_knows_the_pronouns_the_event_reader_links():
    from tocsin.display import _PRONOUNS
    from tocsin.read.event_lexicon import PERSONAL_PRONOUNS

    assert _PRONOUNS == PERSONAL_PRONOUNS  # the copy display keeps to stay light stays the same
