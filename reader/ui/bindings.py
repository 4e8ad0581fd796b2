"""Every key of the reader, in one place. Each binding has an id (the name `keymap:` in
config.yaml uses to rebind it) and a short description (footer, help screen, command
palette). Vim keys are extra keys of the same binding, so rebinding an id replaces both.

APP_BINDINGS work on every screen (help, theme, quit); MAIN_BINDINGS are the main screen's.
BINDINGS is all of them, in the order the help screen lists them.
"""

from __future__ import annotations

from textual.binding import Binding

MAIN_BINDINGS: list[Binding] = [
    Binding("down,j", "move(1)", "Next sentence", id="next_sentence", show=False),
    Binding("up,k", "move(-1)", "Previous sentence", id="previous_sentence", show=False),
    Binding("tab", "focus_pane(1)", "Next pane", id="next_pane"),
    Binding("shift+tab", "focus_pane(-1)", "Previous pane", id="previous_pane", show=False),
    Binding("right_square_bracket", "cycle_source(1)", "Next source", id="next_source",
            show=False),
    Binding("left_square_bracket", "cycle_source(-1)", "Previous source",
            id="previous_source", show=False),
    Binding("s", "story(1)", "Next story", id="next_story", show=False),
    Binding("S", "story(-1)", "Previous story", id="previous_story", show=False),
    Binding("o", "focus_list", "Open article…", id="choose_article"),
    Binding("c", "jump('contradict', True)", "Next contradiction", id="next_contradiction"),
    Binding("C", "jump('contradict', False)", "Previous contradiction",
            id="previous_contradiction", show=False),
    Binding("n", "jump('agree', True)", "Next agreement", id="next_agreement"),
    Binding("N", "jump('agree', False)", "Previous agreement", id="previous_agreement",
            show=False),
    *[
        Binding(str(n), f"open_article({n})", f"Open article {n}", id=f"open_article_{n}",
                show=False)
        for n in range(1, 10)
    ],
    Binding("slash", "search", "Search", id="search"),
    Binding("full_stop,f3", "search_step(1)", "Next match", id="next_match", show=False),
    Binding("comma,shift+f3", "search_step(-1)", "Previous match", id="previous_match", show=False),
    Binding("d", "focus_detail", "Details", id="focus_detail", show=False),
    Binding("a", "toggle_highlight('agree')", "Toggle agreement", id="toggle_agree", show=False),
    Binding("x", "toggle_highlight('contradict')", "Toggle contradictions",
            id="toggle_contradict", show=False),
    Binding("u", "toggle_highlight('unique')", "Toggle unique", id="toggle_unique", show=False),
    Binding("plus", "change_panes(1)", "Add pane", id="add_pane", show=False),
    Binding("minus", "change_panes(-1)", "Remove pane", id="remove_pane", show=False),
    Binding("m", "mark", "Mark", id="mark"),
    Binding("v", "toggle_selection", "Select sentences", id="select_sentences", show=False),
    Binding("J,shift+down", "extend_selection(1)", "Extend selection down",
            id="extend_selection_down", show=False),
    Binding("K,shift+up", "extend_selection(-1)", "Extend selection up",
            id="extend_selection_up", show=False),
    Binding("escape", "cancel_selection", "Drop selection", id="cancel_selection", show=False),
    Binding("M", "show_marks", "Marks list", id="show_marks", show=False),
    Binding("f", "fact_sheet", "Fact sheet", id="fact_sheet", show=False),
    Binding("e", "export", "Export", id="export", show=False),
]  # fmt: skip

APP_BINDINGS: list[Binding] = [
    Binding("t", "next_theme", "Next theme", id="next_theme", show=False),
    Binding("question_mark,f1", "help", "Help", id="help"),
    Binding("q,ctrl+c", "quit", "Quit", id="quit", priority=False),
]

BINDINGS: list[Binding] = [*MAIN_BINDINGS, *APP_BINDINGS]
