"""YAML from files the reader did not write (front matter, config, themes), with limits.

`yaml.safe_load` never runs code, but it still expands aliases: a 443-byte front matter of
nested `&a [*b, *b, ...]` anchors grows to gigabytes (the "billion laughs"). And its composer
recurses once per nesting level, so `[[[[...` a few thousand deep raises RecursionError.
Every YAML the program reads goes through here instead, where:

- aliases (`*name`) are refused: none of our files needs them;
- nesting deeper than MAX_DEPTH is refused;
- text longer than the caller's `max_chars` is refused before it is parsed.

Each refusal is a `yaml.YAMLError` with a line mark where there is one, so callers that
already report bad YAML with its line report these the same way.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 64
MAX_CHARS = 1_000_000  # a config or theme file; front matter passes a smaller cap


class YamlLimitError(yaml.MarkedYAMLError):
    """YAML that is refused for its shape or size, not for its syntax."""


class _LimitedLoader(yaml.SafeLoader):
    """SafeLoader whose composer refuses aliases and deep nesting."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlLimitError(
                None, None, "aliases (*name) are not allowed here", event.start_mark
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise YamlLimitError(None, None, f"nested deeper than {MAX_DEPTH} levels", mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _checked(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise YamlLimitError(None, None, f"longer than {max_chars:,} characters", None)


def load_yaml(text: str, max_chars: int = MAX_CHARS) -> Any:
    """The value of one YAML document, like yaml.safe_load, within the limits above."""
    _checked(text, max_chars)
    loader = _LimitedLoader(text)
    try:
        return loader.get_single_data()
    except RecursionError:  # a construct nested past MAX_DEPTH some other way
        raise YamlLimitError(None, None, "nested too deeply", None) from None
    finally:
        loader.dispose()


def compose_yaml(text: str, max_chars: int = MAX_CHARS) -> yaml.Node | None:
    """The node tree of one YAML document (for line numbers), within the limits above."""
    _checked(text, max_chars)
    loader = _LimitedLoader(text)
    try:
        return loader.get_single_node()
    except RecursionError:
        raise YamlLimitError(None, None, "nested too deeply", None) from None
    finally:
        loader.dispose()
