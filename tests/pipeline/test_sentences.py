from __future__ import annotations

import pytest

from belie.pipeline.sentences import split_sentences


@pytest.mark.parametrize("text, expected", [
    ("The U.S. said so. Gen. Ali left.", ["The U.S. said so.", "Gen. Ali left."]),
    ('"We reject it," he said. Then he left.', ['"We reject it," he said.', "Then he left."]),
    ("Short title\nBody sentence here.", ["Short title", "Body sentence here."]),
    ("First paragraph ends here.\n\nSecond one.", ["First paragraph ends here.", "Second one."]),
    ("A long line of prose that was wrapped by the writer's editor at about eighty columns\nand goes on.",
     ["A long line of prose that was wrapped by the writer's editor at about eighty columns\nand goes on."]),
])
def test_split(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected
