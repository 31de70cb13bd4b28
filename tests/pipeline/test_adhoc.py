from __future__ import annotations

from datetime import date

import pytest

from belie.errors import ClaimParseError
from belie.pipeline import Pipeline


@pytest.mark.parametrize("text, kind, polarity, subjects, country", [
    ("There is no Daesh in Afghanistan", "presence", "deny", ["ISKP"], "AF"),
    ("ISKP is active in Afghanistan", "presence", "affirm", ["ISKP"], "AF"),
    ("Daesh is not a threat", "capability", "deny", ["ISKP"], None),
    ("Afghan soil is not used by the TTP against Pakistan", "territory_use", "deny", ["TTP"], None),
    # an unnamed armed group means every non-state armed group (no subjects), not an unreadable claim
    ("No militants cross from Afghanistan to attack Pakistan", "territory_use", "deny", [], "AF"),
    ("No opposition group operates in Afghanistan", "presence", "deny", [], "AF"),
])
def test_adhoc_claims(pipe: Pipeline, text, kind, polarity, subjects, country) -> None:
    c = pipe.parse_claim(text, date(2023, 4, 1))
    assert (c.kind, c.polarity) == (kind, polarity)
    assert [s.name for s in c.subjects] == subjects
    assert c.speaker.name == "analyst query" and c.speaker.kind == "query"
    assert c.date == date(2023, 4, 1)
    if country:
        assert c.location.country == country


@pytest.mark.parametrize("text, missing", [
    ("There is no presence in Afghanistan", ["group"]),
    ("ISKP", ["kind"]),
    ("", ["group", "kind"]),
])
def test_unreadable_claims_say_what_is_missing(pipe: Pipeline, text: str, missing: list[str]) -> None:
    with pytest.raises(ClaimParseError) as err:
        pipe.parse_claim(text, None)
    assert err.value.missing == missing
    assert "Name a group" in str(err.value)
