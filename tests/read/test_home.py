"""An outlet's home division, learned from the divisions its documents name."""

import pytest

from tocsin.read.home import Home, OutletHomes, outlet_key

TX, AL = ("US", "TX"), ("US", "AL")


def test_home_an_outlet_is_its_name_else_its_host():
    assert outlet_key(" Huntsville Item ", "https://www.itemonline.com/a") == "huntsville item"
    assert outlet_key(None, "https://www.itemonline.com/a/b") == "itemonline.com"
    assert outlet_key("", None) is None and outlet_key(None, None) is None


def test_home_is_the_division_most_of_an_outlets_documents_name():
    homes = OutletHomes()
    for divisions in ([TX], [TX, AL], [], [TX]):
        homes.add("item", divisions)
    assert homes.home("item") == Home("US", "TX", 3, 4)
    assert homes.home("another outlet") is None and homes.home(None) is None


@pytest.mark.parametrize(
    "documents",
    [
        [[TX], [TX]],  # two documents are too few
        [[TX], [], [], [], [], [], [], []],  # named once
        [[TX], [TX], [], [], [], [], [], []],  # named in too small a share
        [[TX], [TX], [TX], [AL], [AL]],  # not clearly ahead of the next
    ],
)
def test_home_none_where_the_evidence_is_thin(documents):
    homes = OutletHomes()
    for divisions in documents:
        homes.add("outlet", divisions)
    assert homes.home("outlet") is None

