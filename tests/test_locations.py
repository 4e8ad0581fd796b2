"""reader/locations.py decides every user folder; reader/atomic.py is the one atomic writer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reader import locations
from reader.config import config_path
from reader.disk_cache import cache_directory
from reader.marks import marks_folder
from reader.ui.themes import user_themes_folder


def test_every_user_folder_follows_the_same_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    assert marks_folder() == tmp_path / "data" / "marks"
    assert user_themes_folder() == tmp_path / "data" / "themes"  # was XDG only
    assert cache_directory() == tmp_path / "cache"


def test_relative_xdg_folders_are_ignored_everywhere(tmp_path, monkeypatch):
    for name in ("READER_DATA_DIR", "READER_CACHE_DIR", "READER_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(name, "relative/path")
    assert locations.data_folder() == tmp_path / ".local" / "share" / "reader"
    assert user_themes_folder() == tmp_path / ".local" / "share" / "reader" / "themes"
    assert cache_directory() == tmp_path / ".cache" / "reader"
    assert locations.user_config_file() == tmp_path / ".config" / "reader" / "config.yaml"
    user = tmp_path / ".config" / "reader" / "config.yaml"
    user.parent.mkdir(parents=True)
    user.write_text("panes: 3\n")
    assert config_path() == user


def test_marks_and_caches_do_not_import_the_exporters():
    code = (
        "import sys, reader.marks, reader.disk_cache, reader.corpus.loader\n"
        "print(sorted(m for m in sys.modules if m.startswith('reader.export')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_one_atomic_writer():
    root = Path(locations.__file__).parent
    writers = [
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if "mkstemp(" in path.read_text() or "NamedTemporaryFile(" in path.read_text()
    ]
    assert writers == ["atomic.py"]


def test_a_full_disk_leaves_no_cache_entry_and_no_stray_file(tmp_path, monkeypatch):
    import os as os_module

    from reader import atomic
    from reader.disk_cache import write_entry

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    assert write_entry(tmp_path / "entry.json", {"a": 1}, keep=4) is False
    assert os_module.listdir(tmp_path) == []
    monkeypatch.undo()
    assert write_entry(tmp_path / "entry.json", {"a": "\udce9"}, keep=4) is True
    assert os_module.listdir(tmp_path) == ["entry.json"]
