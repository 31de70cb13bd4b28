"""Ad-hoc checks on a store (a Verifier querying it, as `belie check` does): each reads only its own
window, and a Verifier dropped after a check is freed at once, without the cyclic collector."""
from __future__ import annotations

import gc
import weakref
from datetime import date
from unittest.mock import patch

from belie.knowledge import KnowledgeBase
from belie.store import Store
from belie.verify import Verifier, check_claim

from tests.verify.factories import claim, doc, event
from tests.verify.test_sql_store import kb, save, shape, store, world  # noqa: F401  (fixtures)


def _ttp_abroad() -> list:
    """The TTP, raided in Kabul (so based in Afghanistan), claiming attacks in Pakistan in 2019 and in 2023."""
    records = []
    for year in (2019, 2023):
        d = doc(date(year, 3, 2))
        records.append((d, [event(d, "attack", agents=("TTP",), targets=("Pakistan",), place="PK",
                                  when=date(year, 3, 1), attribution="claimed"),
                            event(d, targets=("TTP",), place="AF-KAB", when=date(year, 2, 20))], []))
    return records


def _soil_denial(year: int):
    d = doc(date(year, 4, 6))
    return claim(d, kind="territory_use", subjects=("TTP",), when=date(year, 4, 6))


def test_a_later_claim_far_from_an_earlier_one_reads_only_its_own_window(store: Store, kb: KnowledgeBase) -> None:
    save(store, kb, _ttp_abroad())
    verifier = Verifier(store, kb)
    with patch.object(Store, "candidate_events", autospec=True, side_effect=Store.candidate_events) as read:
        first = check_claim(_soil_denial(2023), store, kb, verifier=verifier)
        second = check_claim(_soil_denial(2019), store, kb, verifier=verifier)
        again = check_claim(_soil_denial(2023), store, kb, verifier=verifier)
    abroad = [c.kwargs for c in read.call_args_list if c.kwargs.get("attack_attributions")]
    assert len(abroad) == 2  # the 2023 window, then the 2019 one; the third claim reuses the first read
    assert all(a["end"].year - a["start"].year <= 1 for a in abroad)  # never the stretch 2019..2023
    assert first.label == second.label == again.label == "contradicted"
    assert [*shape([again]).values()] == [*shape([check_claim(_soil_denial(2023), store, kb)]).values()]  # as a new Verifier judges it


def test_a_dropped_verifier_is_freed_without_the_cyclic_collector(store: Store, kb: KnowledgeBase) -> None:
    records = world()
    save(store, kb, records)
    verifier = Verifier(store, kb)
    check_claim(records[0][2][1], store, kb, verifier=verifier)
    gone = weakref.ref(verifier)
    was = gc.isenabled()
    gc.disable()
    try:
        del verifier
        assert gone() is None  # no reference cycle holds it (and its caches) until a collection
    finally:
        if was:
            gc.enable()
