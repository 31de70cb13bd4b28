"""Terminal tables (rich) for `belie check` and `belie speakers`."""
from __future__ import annotations

from typing import Mapping, Sequence

from rich.table import Table
from rich.text import Text

from belie.model import Claim, Verdict
from belie.verify.speakers import SpeakerRecord

__all__ = ["LABEL_STYLES", "render_check_table", "render_speaker_table"]

LABEL_STYLES = {"contradicted": "bold red", "supported": "bold green", "disputed": "bold yellow",
                "unverified": "dim"}


def render_check_table(verdicts: Sequence[Verdict], claims: Mapping[str, Claim]) -> Table:
    """One row per verdict: who said what, the label, and the strongest evidence."""
    table = Table(title=f"{len(verdicts)} claim(s) checked", show_lines=True, expand=False)
    for name, opts in (("speaker", {}), ("date", {"no_wrap": True}), ("claim", {"ratio": 3}),
                       ("verdict", {"no_wrap": True}), ("why", {"ratio": 4})):
        table.add_column(name, **opts)
    for v in verdicts:
        claim = claims.get(v.claim_id)
        table.add_row(*_check_row(v, claim))
    return table


def _check_row(v: Verdict, claim: Claim | None) -> list:
    speaker = claim.speaker.name if claim else "?"
    when = str(claim.date) if claim and claim.date else "undated"
    what = Text(f"{claim.kind}/{claim.polarity}: " if claim else "") + Text(_clip(claim.quote if claim else v.claim_id))
    label = Text(f"{v.label}\n{v.confidence:.2f} · {v.independent_sources} src", style=LABEL_STYLES.get(v.label, ""))
    lines = [e.reason for e in v.evidence[:3]]
    if len(v.evidence) > 3:
        lines.append(f"... and {len(v.evidence) - 3} more item(s)")
    lines += [r for r in v.reasons if r.startswith("own side:")][:1]
    return [speaker, when, what, label, Text("\n".join(lines) or v.reasons[0] if v.reasons else "")]


def render_speaker_table(records: Sequence[SpeakerRecord]) -> Table:
    table = Table(title="Speakers' track records")
    for name in ("speaker", "affiliation", "checked", "contradicted", "supported", "disputed", "unverified",
                 "own side contradicts"):
        table.add_column(name, justify="right" if name not in ("speaker", "affiliation") else "left")
    for r in records:
        table.add_row(r.name + (f" ({r.role})" if r.role else ""), r.affiliation or "", str(r.checked),
                      str(r.contradicted), str(r.supported), str(r.disputed), str(r.unverified),
                      str(r.self_contradicted))
    return table


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
