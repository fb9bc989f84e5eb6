"""The one Kiwi analyser per process, built lazily.

Building Kiwi takes seconds and hundreds of MB, so it is built on first use
and cached per process (picklable stages re-create it in each worker). Known
entity names from the knowledge base are added as user words *before* the
first analysis, because words added later force a slow rebuild.
"""

from __future__ import annotations

import functools


@functools.cache
def get_kiwi():
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    from coopgraph.link.kb import kiwi_user_words

    for word, tag, score in kiwi_user_words():
        kiwi.add_user_word(word, tag, score)
    return kiwi
