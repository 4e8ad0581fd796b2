"""Small corpora of several stories, as article files (see corpus_files.write_files):
two stories of three articles and one article that fits neither."""

from __future__ import annotations

FERRY = {
    "ferry1.txt": "Ferry sinks off Lombok\n\nA passenger ferry carrying 212 people sank off "
    "the island of Lombok on Monday, officials said. Rescuers pulled 180 survivors from the "
    "water near Lembar harbour. The Bahari Jaya ferry had left Lembar bound for Padang Bai. "
    "The cause of the sinking was not yet known, the Lombok harbour master said.",
    "ferry2.txt": "Dozens missing after Lombok ferry sinking\n\nThe Bahari Jaya ferry went "
    "down off Lombok on Monday with 212 people on board. Rescue teams found 175 survivors "
    "near Lembar harbour, the search agency said. The ferry was sailing from Lembar to "
    "Padang Bai when it sank in rough seas.",
    "ferry3.txt": "Lombok ferry disaster\n\nRescuers searched the sea off Lombok for "
    "passengers of the Bahari Jaya ferry, which sank on Monday. The ferry, bound for Padang "
    "Bai from Lembar harbour, carried 212 people. Officials said 180 survivors were found.",
}
TRANSFER = {
    "transfer1.txt": "Kovacic joins Valencia\n\nMidfielder Luka Kovacic has signed for "
    "Valencia from Dinamo Zagreb for a fee of 18 million euros. Kovacic, 24, agreed a "
    "five-year contract at Mestalla, Valencia said on Tuesday.",
    "transfer2.txt": "Valencia sign Kovacic from Dinamo\n\nValencia have completed the "
    "signing of Dinamo Zagreb midfielder Luka Kovacic for 20 million euros. The 24-year-old "
    "signed a five-year deal at Mestalla on Tuesday.",
    "transfer3.txt": "Kovacic to Valencia\n\nDinamo Zagreb sold Luka Kovacic to Valencia "
    "on Tuesday. The midfielder signed a contract until 2029 at Mestalla, Valencia said, "
    "for a fee of 18 million euros.",
}
RECIPE = {
    "recipe.txt": "A quick tomato soup\n\nRoast the tomatoes with garlic and olive oil, "
    "then blend them with stock and a little cream. Season with basil before serving.",
}
