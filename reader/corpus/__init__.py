"""Loading articles: files and folders of .txt, .md and .html -> cleaned `Article`s."""

from reader.corpus.loader import load_articles

__all__ = ["load_articles"]
