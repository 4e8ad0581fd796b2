"""The seed corpus compared end to end: what `reader compare` and the app both show."""

import json
import subprocess
import sys

from reader.analysis.comparison import Comparison, _agreement_clusters
from reader.cli import main
from reader.model import Cluster, Link, SentenceRef
from reader.report import render, to_json


def _article(comparison, prefix):
    return next(i for i, a in enumerate(comparison.articles) if a.id.startswith(prefix))


def test_the_nine_against_seven_conflict_is_found_with_its_reason(seed_comparison):
    reasons = [link.reasons[0] for link in seed_comparison.contradictions()]
    assert "killed: 9 vs 7" in reasons
    link = next(lk for lk in seed_comparison.contradictions() if lk.reasons[0] == "killed: 9 vs 7")
    outlets = {seed_comparison.articles[r.article].id[:3] for r in (link.a, link.b)}
    assert outlets == {"000", "001"}


def test_three_outlets_share_the_two_children_killed(seed_comparison):
    cluster = next(
        c
        for c in seed_comparison.clusters
        if any("two children" in seed_comparison.sentence_text(m) for m in c.members)
    )
    ids = {seed_comparison.articles[a].id[:3] for a in cluster.articles}
    assert {"002", "003", "004"} <= ids
    member = cluster.members[0]
    assert seed_comparison.status(member) == "agree"
    assert seed_comparison.support(member) >= 2


def test_every_sentence_has_one_status_and_stats_add_up(seed_comparison):
    for i, article in enumerate(seed_comparison.articles):
        stats = seed_comparison.stats(i)
        assert stats.agree + stats.contradict + stats.unique == len(article.sentences)
    assert sum(seed_comparison.stats(i).unique for i in range(5)) > 0


def test_links_only_join_different_articles(seed_comparison):
    for link in seed_comparison.links:
        assert link.a.article != link.b.article
        assert link.kind in ("agree", "contradict")


def test_next_contradiction_wraps_round_the_article(seed_comparison):
    article = _article(seed_comparison, "001")
    refs = seed_comparison.refs_with_status(article, "contradict")
    assert refs
    last = SentenceRef(article, len(seed_comparison.articles[article].sentences) - 1)
    assert seed_comparison.next_with_status(last, "contradict") == refs[0]
    assert seed_comparison.next_with_status(refs[0], "contradict", forward=False) == refs[-1]


def test_aligned_sentence_is_in_the_requested_article(seed_comparison):
    link = seed_comparison.contradictions()[0]
    assert seed_comparison.aligned(link.a, link.b.article) is not None
    assert seed_comparison.aligned(link.a, link.b.article).article == link.b.article


def _tied_links():
    """Links sharing sentences, with equal scores and both kinds in one sentence's list."""
    x, y, z, w = (SentenceRef(n, 0) for n in range(4))
    return [
        Link("agree", 0.5, ("first",), x, y),
        Link("agree", 0.9, ("strong",), x, z),
        Link("contradict", 0.4, ("weak conflict",), w, x),
        Link("agree", 0.5, ("second",), z, x),
        Link("contradict", 0.8, ("conflict",), x, y),
        Link("agree", 0.5, ("third",), y, z),
    ]


def test_counterparts_list_contradictions_first_then_by_score_ties_in_link_order():
    links = _tied_links()
    comparison = Comparison(articles=[], links=links)
    x = SentenceRef(0, 0)
    assert [lk.reasons[0] for lk in comparison.counterparts(x)] == [
        "conflict",
        "weak conflict",
        "strong",
        "first",
        "second",
    ]
    order = {"contradict": 0, "agree": 1}
    for ref in {r for link in links for r in (link.a, link.b)}:
        mine = [lk for lk in links if ref in (lk.a, lk.b)]
        expected = sorted(mine, key=lambda lk: (order[lk.kind], -lk.score))
        assert comparison.counterparts(ref) == expected


def test_seed_counterparts_are_in_the_documented_order(seed_comparison):
    order = {"contradict": 0, "agree": 1}
    refs = {r for link in seed_comparison.links for r in (link.a, link.b)}
    for ref in refs:
        mine = [lk for lk in seed_comparison.links if ref in (lk.a, lk.b)]
        expected = sorted(mine, key=lambda lk: (order[lk.kind], -lk.score))
        assert seed_comparison.counterparts(ref) == expected


def test_known_clusters_are_taken_as_given_not_recomputed(seed_comparison, monkeypatch):
    computed = _agreement_clusters(seed_comparison.links)
    assert computed == seed_comparison.clusters

    def fail(links):
        raise AssertionError("clusters recomputed")

    monkeypatch.setattr("reader.analysis.comparison._agreement_clusters", fail)
    restored = Comparison(
        articles=seed_comparison.articles, links=seed_comparison.links, known_clusters=computed
    )
    assert restored.clusters == seed_comparison.clusters
    member = computed[0].members[0]
    assert restored.cluster(member) == seed_comparison.cluster(member)
    assert restored.support(member) == seed_comparison.support(member)
    only = Cluster(members=computed[0].members, articles=computed[0].articles)
    assert Comparison(articles=[], links=[], known_clusters=[only]).cluster(member) == only


def _agree(score, first, second):
    return Link("agree", score, (), SentenceRef(first, 0), SentenceRef(second, 0))


def test_claims_are_merged_strongest_agreement_first():
    # Strongest first: {0,1} and {2,3} form, then 1~2 joins them (2 of 4 pairs agree).
    # Weakest first would have built {0,1,2} and left 3 alone.
    links = [_agree(0.6, 0, 2), _agree(0.7, 1, 2), _agree(0.8, 2, 3), _agree(0.9, 0, 1)]
    (cluster,) = Comparison(articles=[], links=links).clusters
    assert cluster.articles == (0, 1, 2, 3)


def test_equal_scores_merge_in_sentence_order_not_link_order():
    links = [_agree(0.5, 2, 3), _agree(0.5, 1, 2), _agree(0.5, 0, 1)]
    (cluster,) = Comparison(articles=[], links=links).clusters
    assert cluster.articles == (0, 1, 2)


def test_json_follows_the_documented_schema(seed_comparison):
    data = json.loads(render(seed_comparison, "json"))
    assert {"articles", "relations"} <= set(data)
    ids = set()
    for article in data["articles"]:
        assert {"id", "title", "outlet", "path", "sentences"} <= set(article)
        ids.add(article["id"])
        for sentence in article["sentences"]:
            assert set(sentence) >= {"index", "text", "start", "end"}
            assert sentence["end"] > sentence["start"]
    assert data["relations"]
    for relation in data["relations"]:
        assert relation["kind"] in ("agree", "contradict")
        assert 0 <= relation["score"] <= 1
        assert isinstance(relation["reasons"], list)
        for side in ("a", "b"):
            assert relation[side]["article"] in ids
            assert isinstance(relation[side]["sentence"], int)


def test_json_spans_point_into_the_cleaned_text(seed_comparison):
    data = to_json(seed_comparison)
    for article, source in zip(data["articles"], seed_comparison.articles, strict=True):
        for sentence in article["sentences"]:
            assert source.text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_text_report_names_the_conflict_and_the_outlets(capsys):
    assert main(["compare"]) == 0
    out = capsys.readouterr().out
    assert "killed: 9 vs 7" in out
    assert "CONTRADICTIONS" in out and "SHARED CLAIMS" in out and "ONLY ONE OUTLET SAYS" in out


def test_markdown_report_quotes_passages(capsys):
    assert main(["compare", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Comparison")
    assert "\n> " in out


def test_report_never_carries_escape_sequences(tmp_path, capsys):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Hostile Outlet Story\n\nNine people were killed in the blast \x1b[31mon Monday\x1b[0m, "
        "police said [bold red]today[/].\n",
        encoding="utf-8",
    )
    calm = tmp_path / "calm.txt"
    calm.write_text("Calm Story\n\nSeven people were killed in the blast on Monday.\n")
    assert main(["compare", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "[bold red]today[/]" in " ".join(out.split())  # markup shows as text


def test_missing_path_is_one_line_and_other_files_still_load(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("A Story\n\nNine people were killed in the blast on Monday.\n")
    assert main(["compare", str(good), str(tmp_path / "nope.txt")]) == 0
    captured = capsys.readouterr()
    assert "nope.txt" in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err


def test_nothing_loadable_is_an_error(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "nope.txt")]) == 2
    assert "no article could be loaded" in capsys.readouterr().err


def test_the_core_never_imports_textual():
    code = (
        "import sys, pkgutil, importlib, reader\n"
        "for m in pkgutil.walk_packages(reader.__path__, 'reader.'):\n"
        "    if not m.name.startswith(('reader.ui', 'reader.__main__')):\n"
        "        importlib.import_module(m.name)\n"
        "reader.compare()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
