"""A document's genre from its title, address and the shape of its text."""

import pytest

from tocsin.structure import segments
from tocsin.structure.genre import genre

TRANSCRIPT = ("MS. ALVAREZ:  Good afternoon.  We have two announcements.\n\n"
              "Q    Thank you.  On the border?\n\n"
              "MS. ALVAREZ:  Go ahead.\n\n"
              "MR. KIRBY:  The ceasefire holds.\n")
ORDER = ("By the authority vested in me as President by the Constitution and the laws of the United States, "
         "it is hereby ordered:\n\nSection 1.  Purpose.  This order designates cartels.\n")
RELEASE = ("SAN JUAN – A man was sentenced today to 10 years in prison.\n\n"
           "The case was investigated by the FBI.\n\n"
           "An indictment is merely an allegation, and all defendants are presumed innocent.\n")
NEWS = "A man was shot and killed Tuesday night outside a bar on Main Street, police said.\n\nNo arrests were made."


def _genre(text, title=None, url=None):
    return genre(text, segments(text), title, url)


@pytest.mark.parametrize("text, title, url, expected", [
    (TRANSCRIPT, "Press Briefing by Press Secretary Ana Alvarez", None, "transcript"),
    (TRANSCRIPT, None, None, "transcript"),  # turns of two speakers with a reporter's question
    ("THE PRESIDENT:  Thank you.  Please sit.\n\nTHE PRESIDENT:  We gather today.\n", "Remarks by President Biden", None, "remarks"),
    ("4:13 P.M. EST\n\nTHE PRESIDENT:  Thank you.\n\nTHE PRESIDENT:  And more.\n", None, None, "remarks"),
    ("Today the President signed an order.\n\n- Item one.\n- Item two.\n", "FACT SHEET: President Biden Acts on Guns", None, "fact sheet"),
    (ORDER, "Designating Cartels as Foreign Terrorist Organizations", None, "official document"),
    ("BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\nThis week we honor victims.\n", None, None, "official document"),
    (RELEASE, "Man sentenced for carjacking", None, "press release"),  # boilerplate, no government address
    (NEWS, "Man shot outside bar", "https://www.justice.gov/opa/pr/man-shot", "press release"),  # a government site
    (NEWS, "Man shot outside bar", "https://www.example-news.com/local/man-shot", "news article"),
    (NEWS, "Opinion: The city must act on violence", None, "opinion"),
    (NEWS, "The city must act on violence", "https://www.example-news.com/opinion/city-must-act", "opinion"),
    (NEWS, None, None, "news article"),
])
def test_genre(text, title, url, expected):
    assert _genre(text, title, url) == expected


@pytest.mark.model
def test_a_press_release_dateline_is_where_it_was_issued_even_off_a_government_site(make_doc):
    from tocsin.read import read

    text = ("MIAMI – Police arrested two men Tuesday in a robbery in Hialeah, the department said.\n\n"
            "FOR IMMEDIATE RELEASE\n\n###\n")
    ann = read(make_doc(text, published_at="2025-03-04", url="https://police.example.org/news/1"))
    assert ann.genre == "press release" and ann.dateline_issued
    news = read(make_doc(text.split("\n\n")[0], published_at="2025-03-04", url="https://news.example.com/a"))
    assert news.genre == "news article" and not news.dateline_issued
