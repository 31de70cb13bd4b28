from pathlib import Path

from belie.config import knowledge_dirs, resolve_db


def test_db_flag_beats_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BELIE_DB", "env.db")
    assert resolve_db("flag.db") == "flag.db"
    assert resolve_db(None) == "env.db"


def test_default_store_lives_in_belie_home(monkeypatch, tmp_path):
    monkeypatch.delenv("BELIE_DB", raising=False)
    monkeypatch.setenv("BELIE_HOME", str(tmp_path))
    assert resolve_db(None) == str(tmp_path / "belie.db")


def test_knowledge_dirs_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BELIE_KNOWLEDGE", f"{tmp_path}/a:{tmp_path}/b")
    assert knowledge_dirs() == [Path(f"{tmp_path}/a"), Path(f"{tmp_path}/b")]
    assert knowledge_dirs([Path("x")]) == [Path("x")]
