from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from belie.errors import ConfigError
from belie.pipeline.lexicon import LEXICON_DIR, load_lexicon


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, target)
    return target


def test_editing_a_lexicon_file_changes_the_digest(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    before = load_lexicon(folder).digest
    path = folder / "events.yaml"
    path.write_text(path.read_text() + "\n# edited\n")
    load_lexicon.cache_clear()
    assert load_lexicon(folder).digest != before


def test_missing_lexicon_file_is_a_config_error_naming_it(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "claims.yaml").unlink()
    with pytest.raises(ConfigError, match="claims.yaml"):
        load_lexicon(folder)


def test_broken_yaml_is_a_config_error_naming_the_file(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "roles.yaml").write_text("group_refs: [unclosed\n")
    with pytest.raises(ConfigError, match="roles.yaml"):
        load_lexicon(folder)
