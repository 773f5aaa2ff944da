"""Decoding: UTF-8 first, mended when a few bytes are damaged (and said so); legacy encodings still read right."""

import pytest

from tocsin.ingest import ingest
from tocsin.ingest.sources import MAX_REPAIRED_SHARE, decode
from tocsin.models import Document, Repaired

UTF8_STORY = ("LIMA, Peru — Police said on Monday that the gang’s leader — known as “El Chino” — was arrested in Ate"
              " after a year of investigation, and that five more men were held. ")
SPANISH = ("LIMA, Perú. El fiscal dijo que la banda secuestró al exteniente en su departamento de Independencia y que la"
           " investigación continúa con allanamientos en Perú. ¿Quién cobra los cupos? «Nadie», dijo el general. ")


def test_sources_utf8_with_one_bad_byte_is_mended_not_read_as_cp1251():
    data = UTF8_STORY.encode() * 3 + b"\xff" + UTF8_STORY.encode()
    text, repaired = decode(data, "peru.txt")
    assert text == UTF8_STORY * 3 + "\ufffd" + UTF8_STORY  # not "Peru вЂ” …"
    assert repaired == Repaired("peru.txt", "1 byte not valid UTF-8 in a UTF-8 file, replaced with U+FFFD (�)")


@pytest.mark.parametrize("encoding,text", [("cp1252", SPANISH + "“Comillas” — y €."), ("latin-1", SPANISH)])
def test_sources_legacy_spanish_is_decoded_right_and_needs_no_repair(encoding, text):
    assert decode(text.encode(encoding), "es.txt") == (text, None)
    assert decode(("Cañón: " + UTF8_STORY.encode("ascii", "ignore").decode()).encode(encoding), "x.txt")[0].startswith("Cañón: ")


def test_sources_other_legacy_encodings_are_left_to_detection():
    russian = "Полиция задержала членов банды в Москве в понедельник, сообщили следователи. " * 3
    assert decode(russian.encode("cp1251"), "ru.txt") == (russian, None)


def test_sources_repair_threshold_is_a_share_of_the_bytes_outside_ascii():
    one_dash = "Police said — on Monday — that the leader was arrested in Ate. ".encode()  # 6 bytes outside ASCII
    assert MAX_REPAIRED_SHARE == 0.25
    text, repaired = decode(one_dash + b"\x97", "a.txt")  # 1 in 7 invalid: UTF-8, mended
    assert text.endswith("Ate. \ufffd") and "—" in text and repaired is not None
    text, repaired = decode("Police said the gang".encode() + b"\x92" + b"s leader was arrested.", "b.txt")  # 1 in 1
    assert text == "Police said the gang’s leader was arrested." and repaired is None  # Windows-1252, as written


def test_sources_repair_is_a_note_before_the_document(tmp_path, config):
    (tmp_path / "peru.txt").write_bytes(b"title: Arrest in Lima\n\n" + UTF8_STORY.encode() + b"\xc3(" + UTF8_STORY.encode())
    note, doc = ingest([tmp_path], config)
    assert note == Repaired(str(tmp_path / "peru.txt"), "1 byte not valid UTF-8 in a UTF-8 file, replaced with U+FFFD (�)")
    assert isinstance(doc, Document) and "gang’s leader — known as “El Chino”" in doc.text and "\ufffd(" in doc.text
