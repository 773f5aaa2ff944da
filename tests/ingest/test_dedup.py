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


def test_dedup_minhash_shares_its_permutations_and_hashes_as_a_new_minhash_does():
    """MinHashes made by ``minhash`` share one permutation array, drawn once; their values are a new MinHash's."""
    from datasketch import MinHash

    from tocsin.ingest.dedup import NUM_PERM, SCHEME, minhash

    for num_perm, seed in ((NUM_PERM, 1), (32, 11)):
        made, fresh = minhash(num_perm, seed), MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME)
        for word in STORY.split():
            made.update(word.encode())
            fresh.update(word.encode())
        assert made.hashvalues.tobytes() == fresh.hashvalues.tobytes() and made.jaccard(fresh) == 1.0
        assert minhash(num_perm, seed).permutations is made.permutations
    assert not minhash(NUM_PERM).permutations.flags.writeable  # shared: nothing may change it in place


def test_dedup_signature_is_the_one_a_new_minhash_of_the_shingles_makes():
    from datasketch import MinHash

    from tocsin.ingest.dedup import NUM_PERM, SCHEME, _WORD, canonical_form

    words = _WORD.findall(canonical_form(STORY))
    fresh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    fresh.update_batch([" ".join(words[i : i + 5]).encode("utf-8") for i in range(len(words) - 4)])
    assert signature_bytes(signature(STORY)) == signature_bytes(fresh)
    assert signature_from_bytes(signature_bytes(fresh)).hashvalues.tobytes() == fresh.hashvalues.tobytes()
