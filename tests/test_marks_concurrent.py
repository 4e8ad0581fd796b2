"""Issue 10, item 4: two windows (or processes) saving marks on one corpus lose none."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from marks_helpers import make_article

from reader.marks import MarkStore
from reader.model import SentenceRef

SENTENCES = [f"Sentence number {n} of the article." for n in range(12)]


def article():
    return make_article("dawn", [SENTENCES], path="/corpus/dawn.txt")


def test_two_stores_interleaving_adds_keep_every_mark(tmp_path):
    one, two = MarkStore([article()], tmp_path), MarkStore([article()], tmp_path)
    made = []
    for n in range(10):
        made.append(one.add(SentenceRef(0, n % 12), note=f"one {n}").id)
        made.append(two.add(SentenceRef(0, (n + 1) % 12), note=f"two {n}").id)
    kept = {m.id for m in MarkStore([article()], tmp_path).marks}
    assert kept == set(made) and len(kept) == 20
    assert {m.id for m in two.marks} == set(made), "a save shows the other window's marks too"


def test_a_removal_and_a_note_in_the_other_window_are_not_undone(tmp_path):
    one, two = MarkStore([article()], tmp_path), MarkStore([article()], tmp_path)
    first = one.add(SentenceRef(0, 0))
    second = one.add(SentenceRef(0, 1))
    two_view = MarkStore([article()], tmp_path)
    two_view.remove(first.id)
    two_view.update_note(second.id, "from two")
    one.add(SentenceRef(0, 2))  # one still holds `first` in memory
    two.add(SentenceRef(0, 3))  # two read the file before anything was marked
    saved = {m.id: m.note for m in MarkStore([article()], tmp_path).marks}
    assert first.id not in saved
    assert saved[second.id] == "from two"
    assert len(saved) == 3


WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from marks_helpers import make_article
    from reader.marks import MarkStore
    from reader.model import SentenceRef
    sentences = [f"Sentence number {{n}} of the article." for n in range(12)]
    article = make_article("dawn", [sentences], path="/corpus/dawn.txt")
    store = MarkStore([article], {data!r})
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(25):
        store.add(SentenceRef(0, n % 12), note=sys.argv[1] + str(n))
    """
)


def test_two_processes_saving_at_once_keep_every_mark(tmp_path):
    from pathlib import Path

    script = WRITER.format(tests=str(Path(__file__).parent), data=str(tmp_path))
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", script, name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:  # both start together, each from the same (empty) state
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        writer.stdin.close()
        assert writer.wait(timeout=120) == 0
    notes = sorted(m.note for m in MarkStore([article()], tmp_path).marks)
    assert notes == sorted([f"a{n}" for n in range(25)] + [f"b{n}" for n in range(25)])


async def test_two_app_windows_on_one_corpus_keep_every_mark(tmp_path, monkeypatch):
    from corpus_files import write_files

    from reader.config import Config
    from reader.corpus.loader import load_articles
    from reader.ui import make_app

    corpus = tmp_path / "corpus"
    write_files(
        corpus,
        {
            "dawn.txt": "Blast\n\nNine people were killed. The police came. Schools shut.\n",
            "wire.txt": "Quetta\n\nSeven people were killed. Markets closed early.\n",
        },
    )
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    one, two = make_app([corpus], Config()), make_app([corpus], Config())
    async with one.run_test(size=(120, 36)) as first, two.run_test(size=(120, 36)) as second:
        for app, pilot in ((one, first), (two, second)):
            await app.workers.wait_for_complete()
            await pilot.pause()
        for _ in range(2):  # alternate: each window marks the sentence under its cursor
            await first.press("m")
            await first.pause()
            await second.press("j", "m")
            await second.pause()
            await first.press("j")
    articles, _ = load_articles([corpus])
    assert len(MarkStore(articles).marks) == 4
