"""Persisted highlights ("marks") of sentences, per corpus, in the user's data folder.

    store = MarkStore(comparison.articles)          # loads and re-anchors the saved marks
    mark = store.add(SentenceRef(0, 4), SentenceRef(0, 5), note="9 or 7?")
    store.update_note(mark.id, "the disputed toll")
    store.remove(mark.id)

Every change is written atomically before the call returns. See store.py for the file format
and location.py for where the file lives.
"""

from reader.marks.location import corpus_key, marks_folder
from reader.marks.model import Mark
from reader.marks.store import MarkStore, MarkStoreError

__all__ = ["Mark", "MarkStore", "MarkStoreError", "corpus_key", "marks_folder"]
