from tocsin.ingest.dedup import (
    NearDuplicateIndex,
    document_id,
    signature,
    signature_bytes,
    signature_from_bytes,
)

STORY = (
    "WASHINGTON — The administration on Thursday placed sanctions on Tren de Aragua, labeling the gang a "
    "transnational criminal organization and freezing any assets it holds in the United States. The Treasury "
    "Department said the group now runs extortion, human smuggling and sex trafficking rackets from Chile to Colombia."
)


def test_dedup_id_ignores_case_and_spacing():
    assert document_id(STORY) == document_id("  " + STORY.upper().replace(" ", "  \n"))
    assert document_id(STORY) != document_id(STORY + " One more sentence.")


def test_dedup_near_duplicate_is_found_and_distinct_story_is_not():
    index = NearDuplicateIndex(threshold=0.8)
    index.add("orig", signature(STORY))
    reprint = STORY + " This story was distributed by Capitol Wire."
    other = "QUITO — Police in Ecuador arrested six men after a presidential candidate was shot dead leaving a rally."
    found = index.match(signature(reprint))
    assert found is not None and found[0] == "orig" and found[1] >= 0.8
    assert index.match(signature(other)) is None


def test_dedup_signature_survives_storage():
    sig = signature(STORY)
    assert signature_from_bytes(signature_bytes(sig)).jaccard(sig) == 1.0
