"""Word lists as data: general English only, never the names of one story.

Each module holds one family of lists; code imports the list it needs. The older lists
(stop words, synonym concepts, demonyms, antonyms) live in reader.text.lexicon.
"""
