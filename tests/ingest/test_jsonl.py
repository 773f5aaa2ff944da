from tocsin.errors import InputError
from tocsin.ingest.sources import Draft, source_for

from ..conftest import CASES


def test_jsonl_good_lines_become_drafts_and_bad_lines_are_named():
    path = CASES / "feed.jsonl"
    items = list(source_for(path).read(path, 10**6))
    drafts = [i for i in items if isinstance(i, Draft)]
    errors = {i.source.rsplit(":", 1)[1]: i.reason for i in items if isinstance(i, InputError)}
    assert [d.title for d in drafts] == ["First story", "Third story"]
    assert drafts[0].authors == ("X Y", "Z W") and drafts[0].format == "jsonl"
    assert "Los Choneros" in drafts[1].text  # html inside JSON goes through trafilatura
    assert set(errors) == {"2", "4", "5", "6"}
    assert "invalid JSON" in errors["2"]
    assert "'title' must be a string" in errors["4"]
    assert "not an object" in errors["5"]
    assert "no 'text' or 'html'" in errors["6"]
