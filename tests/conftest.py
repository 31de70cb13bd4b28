"""Keep every test away from the user's real store and settings."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(monkeypatch, tmp_path_factory):
    monkeypatch.setenv("BELIE_HOME", str(tmp_path_factory.mktemp("belie-home")))
    monkeypatch.delenv("BELIE_DB", raising=False)
    monkeypatch.delenv("BELIE_KNOWLEDGE", raising=False)
