"""Tiny record factories for store tests. Texts are written for these tests (public facts only)."""
from __future__ import annotations

from datetime import date
from typing import Any, Sequence

from belie.model import (
    ActorRef,
    Claim,
    DateRange,
    Document,
    Event,
    EvidenceItem,
    Extraction,
    Location,
    Quantity,
    Span,
    Verdict,
)

TEXT = ("Islamic State Khorasan Province said it carried out the bombing at Kabul airport "
        "on 26 August 2021. A Taliban spokesman later said the group had no foothold in the country.")


def doc(text: str = TEXT, *, url: str | None = "https://example.org/a", **kw: Any) -> Document:
    fields: dict[str, Any] = {"title": "Airport attack", "publisher": "Example Wire",
                              "published": date(2021, 8, 27), "published_precision": "day"}
    fields.update(kw)
    return Document(text=text, url=url, **fields)


def actor(name: str, family: str | None = None, kind: str | None = "group", **kw: Any) -> ActorRef:
    return ActorRef(name=name, family=family if family is not None else name, kind=kind, **kw)


ISKP = actor("ISKP", surface="Islamic State Khorasan Province")
TALIBAN = actor("Taliban", surface="Taliban")
TTP = actor("TTP", surface="Pakistani Taliban")
CIVILIANS = actor("civilians", family="civilians", kind="civilians")
SPEAKER = ActorRef(name="Zabihullah Mujahid", surface="A Taliban spokesman", kind="person",
                   family="Taliban", role="spokesman", affiliation="Taliban")


def event(d: Document, start: int = 0, *, type: str = "attack", agents: Sequence[ActorRef] = (ISKP,),
          targets: Sequence[ActorRef] = (CIVILIANS,), country: str | None = "AF",
          on: date | None = date(2021, 8, 26), until: date | None = None, extractor: str = "v1",
          **kw: Any) -> Event:
    when = DateRange(start=on, end=until or on, text="on 26 August 2021" if on else None,
                     precision="day" if on else "unknown")
    kw.setdefault("location", Location(country=country, admin1="AF-KAB" if country == "AF" else None,
                                       name="Kabul", precision="city"))
    kw.setdefault("quote", d.text[start:start + 20])
    return Event(document_id=d.id, type=type, span=Span(start, start + 20),
                 agents=list(agents), targets=list(targets), date=when, extractor=extractor, **kw)


def claim(d: Document, start: int = 90, *, kind: str = "presence", polarity: str = "deny",
          subjects: Sequence[ActorRef] = (ISKP,), speaker: ActorRef = SPEAKER, country: str | None = "AF",
          on: date | None = None, **kw: Any) -> Claim:
    return Claim(document_id=d.id, speaker=speaker, kind=kind, polarity=polarity,
                 span=Span(start, start + 30), quote=d.text[start:start + 30], subjects=list(subjects),
                 location=Location(country=country), date=on, date_source="stated" if on else None,
                 cue="said", extractor="v1", **kw)


def extraction(d: Document, events: Sequence[Event] = (), claims: Sequence[Claim] = (),
               extractor: str = "v1") -> Extraction:
    return Extraction(document_id=d.id, events=list(events), claims=list(claims), extractor=extractor)


def full_event(d: Document) -> Event:
    """An event with every field set to a non-default value."""
    return Event(
        document_id=d.id, type="raid", span=Span(3, 41), quote="raid quote", attribution="claimed",
        agents=[TALIBAN, actor("General Directorate of Intelligence", family="Taliban", kind="force",
                               affiliation="Taliban")],
        targets=[ISKP, actor("Abdul Example", family="ISKP", kind="person", role="commander")],
        location=Location(country="AF", admin1="AF-BAL", name="Mazar-e-Sharif", precision="city",
                          place_id="af-mazar", lat=36.709, lon=67.110),
        date=DateRange(start=date(2023, 3, 12), end=date(2023, 3, 14), text="from 12 to 14 March",
                       precision="range"),
        killed=Quantity(3, 3, "three"), wounded=Quantity(10, None, "at least ten"),
        arrested=Quantity(None, None, "several"), seized=["rifles", "explosive vests"],
        background=True, extractor="pipeline 0.3",
    )


def full_claim(d: Document) -> Claim:
    return Claim(
        document_id=d.id, speaker=SPEAKER, kind="strength", polarity="affirm", span=Span(50, 99),
        quote="strength quote", subjects=[ISKP, TTP],
        location=Location(country="PK", admin1="PK-KP", name="Peshawar", precision="city",
                          place_id="pk-peshawar", lat=34.0, lon=71.5),
        date=date(2023, 2, 1), date_source="stated", cue="estimated",
        number=Quantity(4000, 6000, "4,000 to 6,000"), extractor="pipeline 0.3",
    )


def evidence(item_id: str, stance: str = "contradicts", kind: str = "event") -> EvidenceItem:
    return EvidenceItem(kind=kind, id=item_id, stance=stance, reason=f"{kind} {item_id} {stance} the claim",
                        document_id="d1", date=date(2023, 3, 12), quote="a quote", reliability="B",
                        credibility=2)


def verdict(claim_id: str, label: str = "contradicted", items: Sequence[EvidenceItem] = ()) -> Verdict:
    return Verdict(claim_id=claim_id, label=label, evidence=list(items), reasons=["one reason"],
                   confidence=0.75, window_start=date(2023, 1, 1), window_end=date(2023, 6, 30),
                   time_scope_known=True, independent_sources=len(items))
