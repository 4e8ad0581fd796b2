import pytest

from reader.analysis.pipeline import compare


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory, monkeypatch):
    """Keep every test out of the real home folder: marks, cache and user config go to temp."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("READER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("READER_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "xdg-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))
    monkeypatch.delenv("READER_CONFIG", raising=False)


@pytest.fixture(scope="session")
def seed_comparison():
    """The built-in corpus, compared once for the whole run (no cache: tests see the engine)."""
    return compare(None, use_cache=False)
