import pytest

from tocsin.ingest.clean import clean, is_boilerplate, normalize


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: POLICE SEIZE RECORD COCAINE HAUL IN VALPARAISO",
        "MOUNTAIN SNOWPACK HITS RECORD LOW FOR SEPTEMBER",
        "Click here to get the Denver Metro Wire app for breaking news.",
        "Download our app",
        "Sign up for our morning newsletter today!",
        "Share this article",
        "Share on Facebook",
        "Follow us on X and Instagram",
        "© 2024 Andes Ledger. All rights reserved.",
        "SUSCRÍBETE A NUESTRO BOLETÍN",
        "Comparte esta nota",
        "Síguenos en redes sociales",
        "Lee también: El fiscal pide prisión preventiva",
    ],
)
def test_clean_drops_promo_and_share_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "LIMA, Peru — Police arrested five people on Tuesday.",
        "SANTIAGO —",
        "The FBI and the DEA said the MS-13 cell was dismantled.",
        "“This was not an arrest. This was a kidnapping,” said his wife.",
        "Readers who share information with police will be protected, the mayor said.",
        "ELN",
    ],
)
def test_clean_keeps_article_lines(line):
    assert not is_boilerplate(line)


def test_clean_counts_dropped_lines(tmp_path):
    from ..conftest import CASES

    text, dropped = clean((CASES / "promo-lines.txt").read_text().split("\n\n", 1)[1])
    assert dropped == 6
    assert "WATCH" not in text and "app" not in text and "©" not in text
    assert text.startswith("LIMA, Peru") and text.endswith("prepare charges.")


def test_normalize_folds_spaces_newlines_and_controls():
    assert normalize("a\u00a0 b\r\nc\x07\n\n\n\nd ") == "a b\nc\n\nd"
