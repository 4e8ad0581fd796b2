"""The help screen, built from the active bindings themselves so it can never drift from
them (keymap changes included)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

INTRO = (
    "Each pane shows one outlet's article; the legend at the bottom names the colours: "
    "sentences other outlets share (stronger shade = more outlets), sentences another outlet "
    "contradicts (bold), dim text only this outlet has, marked passages (underlined) and a "
    "selection in progress. Click a sentence or an article to go there.\n\n"
    "The article list: ▶ is the article of the pane you are in, • one shown in another pane, "
    "≡ a wire copy (the same text as another article). Its numbers count the article's "
    "sentences that other outlets share (agree), that another outlet contradicts (contra), "
    "and that no other outlet mentions (unique). Press o to choose from it: type to filter.\n\n"
    "The panel below the panes lists, for the sentence under the cursor, what every other "
    'outlet says and why: ✗ contradicts, with what differs ("killed: 9 vs 7") and how surely '
    "the two speak of the same thing (same topic: 36%); ✓ agrees, with what they share and how "
    "alike the two sentences are (alike: 82%). Press d or Tab to scroll it.\n\n"
    "j/k or ↓/↑ scroll this help; Esc closes it."
)
STORIES = (
    "The input holds several stories: the list groups the articles under a heading per "
    "story, numbered inside it (keys 1-9 count the story's articles), and the panes show one "
    "story at a time, never two side by side. s / S show the next / previous story; opening "
    "an article of another story brings its story. An article that fits no other story "
    '"stands alone": nothing is compared with it.\n\n'
)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="close_help"),
        Binding("j,down", "scroll(1)", "Scroll down", id="help_down", show=False),
        Binding("k,up", "scroll(-1)", "Scroll up", id="help_up", show=False),
    ]

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_relative(
            y=lines, animate=False, immediate=True
        )

    def __init__(self, active_bindings: dict, several_stories: bool = False) -> None:
        super().__init__()
        self.rows = keys_by_action(active_bindings)
        self.intro = INTRO
        if several_stories:
            at = INTRO.index("j/k or ↓/↑ scroll")
            self.intro = INTRO[:at] + STORIES + INTRO[at:]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Help · Esc closes"
            yield Static(Content.styled(self.intro, "$text-muted"), id="help-intro")
            yield Static(self._table(), id="help-keys")

    def _table(self) -> Content:
        width = max((len(keys) for keys, _, _ in self.rows), default=8) + 2
        lines = [
            Content.assemble(
                (keys.ljust(width), "bold $accent"),
                description.ljust(26),
                (binding_id, "$text-muted"),
            )
            for keys, description, binding_id in self.rows
        ]
        header = Content.assemble(
            ("key".ljust(width), "$text-muted"),
            "action".ljust(26),
            ("id for keymap:", "$text-muted"),
        )
        return Content("\n").join([header, *lines])


def keys_by_action(active_bindings: dict) -> list[tuple[str, str, str]]:
    """(keys, description, id) per binding id, in binding order, e.g. ("↓ j", "Next sentence",
    "next_sentence"). Bindings without a description or id (Textual internals) are left out."""
    rows: dict[str, tuple[list[str], str]] = {}
    for key, active in active_bindings.items():
        binding: Binding = active.binding
        if not binding.description or not binding.id:
            continue
        keys, _ = rows.setdefault(binding.id, ([], binding.description))
        keys.append(_key_label(key, binding))
    result = [(" ".join(keys), description, bid) for bid, (keys, description) in rows.items()]
    return _merge_open_article(sorted(result, key=_app_order))


def _app_order(row: tuple[str, str, str]) -> int:
    """The app's own bindings in their declared order, then those of the focused widget."""
    from reader.ui.bindings import BINDINGS

    order = {binding.id: number for number, binding in enumerate(BINDINGS)}
    return order.get(row[2], len(order))


def _merge_open_article(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Nine "Open article N" rows read better as one."""
    opening = [row for row in rows if row[2].startswith("open_article_")]
    if len(opening) < 2:
        return rows
    merged = (" ".join(row[0] for row in opening), "Open article N", "open_article_N")
    at = rows.index(opening[0])
    rest = [row for row in rows if row not in opening]
    return rest[:at] + [merged] + rest[at:]


def _key_label(key: str, binding: Binding) -> str:
    names = {
        "down": "↓",
        "up": "↑",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "question_mark": "?",
        "slash": "/",
        "plus": "+",
        "minus": "-",
        "shift+tab": "shift+tab",
    }
    return names.get(key, key)
