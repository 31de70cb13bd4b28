"""Syndicated copies of one story count once; different stories do not merge."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from belie.verify.dedupe import StoryClusters, containment, shingles

STORY = ("Security forces of the interim government said on Tuesday that they had raided a house in the "
         "western part of the city where members of the group were hiding, and seized rifles and explosives.")
OTHER = ("A roadside bomb struck a police vehicle near the provincial capital on Friday evening, officials "
         "said, adding that two officers were wounded and an investigation had begun into the blast.")


def clusters(texts: dict[str, str]) -> StoryClusters:
    return StoryClusters(texts.get)


def test_copies_with_new_headline_and_extra_paragraph_are_one_story():
    texts = {"wire": STORY, "paper": "Raid in the west. " + STORY + " More details were not given.",
             "cut": STORY[: len(STORY) * 3 // 4], "other": OTHER}
    c = clusters(texts)
    assert c.cluster("paper") == c.cluster("wire") == c.cluster("cut")
    assert c.cluster("other") != c.cluster("wire")
    assert c.count(list(texts)) == 2


def test_same_outlet_different_stories_stay_apart():
    c = clusters({"a": STORY, "b": OTHER})
    assert c.count(["a", "b"]) == 2


def test_missing_or_empty_text_is_its_own_story():
    c = clusters({"a": "", "b": STORY})
    assert c.count(["a", "b", "zzz"]) == 3


@given(st.text(min_size=0, max_size=300))
def test_a_text_is_a_copy_of_itself(text):
    sh = shingles(text)
    assert containment(sh, sh) == (1.0 if sh else 0.0)


@given(st.lists(st.sampled_from(STORY.split()), min_size=12, max_size=60))
def test_containment_is_symmetric_and_bounded(words):
    a, b = shingles(" ".join(words)), shingles(STORY)
    assert containment(a, b) == containment(b, a)
    assert 0.0 <= containment(a, b) <= 1.0


def _counted(texts: dict[str, str], read: list[str]):
    def text_of(doc_id: str) -> str | None:
        read.append(doc_id)
        return texts.get(doc_id)
    return text_of


def test_kept_keys_spare_reading_texts_that_share_no_bucket():
    from belie.shingles import story_keys

    texts = {"wire": STORY, "paper": "Raid in the west. " + STORY, "other": OTHER}
    read: list[str] = []
    kept = StoryClusters(_counted(texts, read), keys_of=lambda d: story_keys(texts[d]) if d in texts else None)
    assert kept.count(["other"]) == 1 and read == []  # alone in its buckets: its text is never read
    assert kept.cluster("wire") == kept.cluster("paper")  # copies meet in a bucket: both texts read then
    assert sorted(set(read)) == ["paper", "wire"]


WORDS = ("raid", "blast", "police", "group", "said", "killed", "province", "border", "attack", "commander",
         "officials", "Monday", "city", "forces", "two", "five")


@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40), min_size=1, max_size=8),
       st.lists(st.tuples(st.integers(0, 7), st.integers(0, 20)), max_size=6))
def test_kept_keys_give_the_stories_the_texts_give(bodies, copies):
    """Clustering from kept keys (texts read only on a shared bucket) equals clustering from the texts."""
    from belie.shingles import story_keys

    texts = {f"d{i}": " ".join(words) for i, words in enumerate(bodies)}
    for n, (source, cut) in enumerate(copies):  # copies of earlier texts, some cut short
        base = texts.get(f"d{source}", "")
        texts[f"c{n}"] = " ".join(base.split()[cut:]) if cut % 2 else base + " extra words here"
    order = [*texts, "missing"]
    plain = StoryClusters(texts.get)
    kept = StoryClusters(texts.get, keys_of=lambda d: story_keys(texts[d]) if d in texts else None)
    assert [plain.cluster(d) for d in order] == [kept.cluster(d) for d in order]


def _bulk(texts: dict[str, str], asked: list[list[str]]):
    def texts_of(ids: list[str]) -> dict[str, str | None]:
        asked.append(sorted(ids))
        return {d: texts[d] for d in ids if d in texts}
    return texts_of


def test_texts_a_read_will_compare_are_read_in_one_go():
    from belie.shingles import story_keys

    texts = {"wire": STORY, "paper": "Raid in the west. " + STORY, "other": OTHER, "copy": OTHER + " More later."}
    read: list[str] = []
    asked: list[list[str]] = []
    ahead = StoryClusters(_counted(texts, read), keys_of=lambda d: story_keys(texts[d]) if d in texts else None,
                          texts_of=_bulk(texts, asked))
    stories = ahead.read(["wire", "other", "paper", "copy"], lambda d: d in texts)
    assert stories == ["wire", "other", "wire", "other"]
    assert asked == [["copy", "other", "paper", "wire"]] and read == []  # one bulk read, none one by one
    later = ahead.read(["paper", "copy"], lambda d: True)  # clustered already: nothing read again
    assert later == ["wire", "other"] and len(asked) == 1 and read == []


@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40), min_size=1, max_size=8),
       st.lists(st.tuples(st.integers(0, 7), st.integers(0, 20)), max_size=6),
       st.randoms(use_true_random=False))
def test_reading_texts_ahead_gives_the_stories_reading_one_by_one_gives(bodies, copies, rnd):
    from belie.shingles import story_keys

    texts = {f"d{i}": " ".join(words) for i, words in enumerate(bodies)}
    for n, (source, cut) in enumerate(copies):
        base = texts.get(f"d{source}", "")
        texts[f"c{n}"] = " ".join(base.split()[cut:]) if cut % 2 else base + " extra words here"
    order = [*texts, "missing"]
    rnd.shuffle(order)
    first, second = order[: len(order) // 2], order  # two reads: the second meets documents of the first
    keys = lambda d: story_keys(texts[d]) if d in texts else None  # noqa: E731
    plain = StoryClusters(texts.get, keys_of=keys)
    ahead = StoryClusters(texts.get, keys_of=keys, texts_of=_bulk(texts, []))
    assert plain.read(first, lambda d: True) == ahead.read(first, lambda d: True)
    assert plain.read(second, lambda d: True) == ahead.read(second, lambda d: True)
