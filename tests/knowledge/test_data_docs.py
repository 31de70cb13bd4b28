"""The data README's examples are valid knowledge (docs are tested)."""
from __future__ import annotations

import re
from pathlib import Path

from belie.knowledge import load_knowledge
from belie.knowledge.loader import DATA


def test_readme_examples_load(tmp_path: Path) -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", (DATA / "README.md").read_text(encoding="utf-8"), re.S)
    (tmp_path / "actors_doc.yaml").write_text(blocks[0].replace("Khawarij", "Khawarij of the docs")
                                              .replace("Afghan government", "Afghan government of the docs"))
    (tmp_path / "places_doc.yaml").write_text(blocks[1])
    kb = load_knowledge([tmp_path])
    assert kb.canonical("JAK") == "Jundallah Khorasan" and kb.resolve_place("Zarnegar").id == "AF-KAB/kabul/zarnegar"
    assert kb.role("Some Spokesman") == "provincial spokesman"
