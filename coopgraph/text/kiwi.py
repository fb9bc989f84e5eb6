"""The one Kiwi analyser per process, built lazily.

Building Kiwi takes seconds and hundreds of MB, so it is built on first use
and cached per process (picklable stages re-create it in each worker). Known
entity names from the knowledge base are added as user words *before* the
first analysis, because words added later force a slow rebuild.

One analysis per line: the sentence splitter (coopgraph.text.sentences) is
the first stage to read a document's lines with Kiwi. It hands the morphemes
of each line to :meth:`SharedKiwi.keep`, and a later ``tokenize(line)`` of the
very same string, with default options, gets them back instead of a second
analysis (the entity stage's own line-by-line pass). The answer is exactly
what Kiwi would give - every attribute of every token, checked on the dev set
and the corpus (tests/test_speed_identity.py) - because the key is the exact
line and Kiwi's reading of a string is fixed while its dictionary and options
stay as they are (any change to them forgets the kept lines). Only the current
document's lines are held (the splitter forgets the last document's when it
starts the next), so memory stays bounded.
"""

from __future__ import annotations

import dataclasses
import functools

from kiwipiepy import Kiwi


class SharedKiwi(Kiwi):
    """Kiwi, answering ``tokenize(line)`` from the splitter's analysis of that line when it has one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.shared_lines: dict[str, tuple] = {}
        self.shared_config = dataclasses.replace(self._global_config)
        self.shared_hits = 0  # tokenize calls answered without a new analysis (bench/pipeline.py reads it)

    def keep(self, line: str, tokens) -> None:
        """Remember Kiwi's morphemes of ``line`` (as ``tokenize(line)`` returns them)."""
        self._same_config()
        self.shared_lines[line] = tuple(tokens)

    def forget(self) -> None:
        """Drop the remembered lines (a new document starts)."""
        self.shared_lines.clear()

    def _same_config(self) -> None:
        if self._global_config != self.shared_config:  # e.g. kiwi.global_config.space_tolerance = 1
            self.shared_lines.clear()
            self.shared_config = dataclasses.replace(self._global_config)

    def __setattr__(self, name, value):
        lines = getattr(self, "shared_lines", None)
        if lines and not name.startswith("shared_"):
            lines.clear()  # an option changed: Kiwi may read lines differently now
        super().__setattr__(name, value)

    def tokenize(self, text, *args, **kwargs):
        if not args and not kwargs and type(text) is str:
            got = self.shared_lines.get(text)
            if got is not None:
                self._same_config()
                if text in self.shared_lines:
                    self.shared_hits += 1
                    return list(got)
        return super().tokenize(text, *args, **kwargs)


def _forgetting(name: str):
    def method(self, *args, **kwargs):
        self.shared_lines.clear()  # the dictionary changes: Kiwi may read lines differently now
        return getattr(Kiwi, name)(self, *args, **kwargs)

    method.__name__ = name
    method.__doc__ = getattr(Kiwi, name).__doc__
    return method


for _name in ("add_user_word", "add_pre_analyzed_word", "add_rule", "add_re_rule", "add_re_word",
              "clear_re_words", "load_user_dictionary", "extract_add_words", "__setstate__"):
    if hasattr(Kiwi, _name):
        setattr(SharedKiwi, _name, _forgetting(_name))


@functools.cache
def get_kiwi() -> SharedKiwi:
    kiwi = SharedKiwi()
    from coopgraph.link.kb import kiwi_user_words

    for word, tag, score in kiwi_user_words():
        kiwi.add_user_word(word, tag, score)
    return kiwi
