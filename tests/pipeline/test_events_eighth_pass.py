"""Eighth-pass event rules (generalisation): a place name two countries share settled by the province or
country named with it, the places of incidents told in news prose (dateline, target states, striking
states), and incidents recalled in lists and relative clauses.

Every sentence is written for these tests (own words, no corpus text); the pipeline runs on the
packaged knowledge base, offline.
"""
from __future__ import annotations

from datetime import date

import pytest

from belie.model import Document, Event
from belie.pipeline import Pipeline

PUBLISHED = date(2024, 5, 4)  # a Saturday


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline()


def events(pipe: Pipeline, text: str) -> list[Event]:
    return pipe.extract(Document(text=text, published=PUBLISHED)).events


@pytest.mark.parametrize("text, admin1", [
    ("Jaish al-Adl gunmen ambushed a border patrol near Taftan in Sistan and Baluchestan province on Friday, "
     "killing four guards.", "IR-11"),
    ("Jaish al-Adl gunmen ambushed a border patrol near Iran's Taftan on Friday, killing four guards.", "IR-11"),
    ("BLA gunmen ambushed a border patrol near Taftan in Balochistan on Friday, killing four guards.", "PK-BA"),
])
def test_a_name_two_countries_share_takes_the_province_named_with_it(full: Pipeline, text: str, admin1: str) -> None:
    evs = events(full, text)
    assert [e.location.admin1 for e in evs] == [admin1]


def test_a_country_named_further_on_does_not_settle_a_shared_name(full: Pipeline) -> None:
    text = ("BLA gunmen ambushed a border patrol near Taftan on Friday, killing four guards. "
            "Smugglers who cross into Iran use the same road.")
    assert [e.location.admin1 for e in events(full, text)] == ["PK-BA"]
