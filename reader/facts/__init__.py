"""What a sentence states, read once per sentence: its figures with what they count and
when, its dates, and its polarity (asserted, denied, hedged, conditional).

The detectors in reader.analysis.detectors compare these facts, not raw words: two
figures conflict only when they fill the same slot (same thing counted, same event verb,
same occasion) of the same event.
"""
