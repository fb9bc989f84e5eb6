"""The statistical tagger's spans in :func:`coopgraph.recognise.entities.find_mentions`: trimmed to whole words,
time words and particles left out, and kept only where plausible (split from recognise/entities.py)."""

from __future__ import annotations

import bisect
import re

from coopgraph.recognise.entity_rules import Rules, Tok, get_rules, inside
from coopgraph.records import Mention, Sentence

_NER_KINDS = {"PS": "person", "LC": "place", "OG": "org"}


def _ner_mentions(text: str, sents: list[Sentence], tokens: list[Tok]) -> list[Mention]:
    """Tagger spans over the sentences; its Kiwi features come from ``tokens`` (no second Kiwi pass)."""
    rules = get_rules()
    from coopgraph.recognise.ner import tag_sentences  # a missing model is an error, not a silent skip

    begins = [t.begin for t in tokens]
    # each sentence's morphemes as they are, with the document's offsets (bases: where each sentence starts)
    per_sent = [[tokens[i] for i in inside(tokens, begins, s.begin, s.stop)] for s in sents]
    tagged = tag_sentences([s.text for s in sents], tokens=per_sent, bases=[s.begin for s in sents])
    out = []
    for sent, spans in zip(sents, tagged):
        for b, e, label in spans:
            kind = _NER_KINDS.get(label)
            if kind is None:
                continue
            b, e = _trim(sent.text, b, e)
            b = _skip_time_words(sent.text, b, e, rules)
            surface = sent.text[b:e]
            if e - b < 2 or not re.search(r"[가-힣A-Za-z]", surface):
                continue
            if surface in rules.titles or surface in rules.not_person or surface in rules.bare or surface in rules.not_name:
                continue  # "총장", "대학": a title or a bare head is no name
            if kind == "person":
                b, e = _whole_words(sent.text, b, e, rules)
            out.append(Mention(sent.begin + b, sent.begin + e, sent.text[b:e], kind, strategy="ner", score=0.6))
    return out


def _whole_words(s: str, b: int, e: int, rules: Rules) -> tuple[int, int]:
    """A tagged person's span over whole words: the tagger cuts inside a word ("한서협회가" -> "서협회",
    "엘레나" -> "엘레", "윤진식)" -> "윤진"); the word's particle stays out."""
    while b > 0 and "가" <= s[b - 1] <= "힣":
        b -= 1
    rest = re.match(r"[가-힣]*", s[e:e + 12]).group()
    for _ in range(2):  # "식에는": the particles, one after the other
        cut = next((p for p in _NAME_TAILS if rest.endswith(p)), "")
        rest = rest[: len(rest) - len(cut)]
    e += len(rest)
    return b, e


# what may follow a name in its word: particles (and 측, 씨, 등) - anything else is more of the name
_NAME_TAILS = tuple(sorted({"은", "는", "이", "가", "을", "를", "와", "과", "의", "도", "에", "에게", "에게서", "께", "께서",
                            "께서는", "로", "으로", "와의", "과의", "만", "측", "씨", "등", "이다", "였다", "이며", "에서",
                            "한테", "까지", "부터", "처럼", "보다"}, key=len, reverse=True))


def _names_a_venue(text: str, e: int, rules: Rules) -> bool:
    """'X 궁전에서', 'X호텔에서': a tagged "person" right before a venue word is the venue's name."""
    m = re.match(r"\s?([가-힣]+?)(?:에서|에|으로|로)(?![가-힣])", text[e:e + 16])
    return bool(m) and m.group(1) in rules.venue_heads


def _plausible_ner(m: Mention, tokens: list[Tok], rules: Rules, begins: list[int] | None = None) -> bool:
    """Drop tagger output that Kiwi and the word lists show is no name.

    A "person" made only of dictionary common nouns ("서명식", "조정안"), an
    "organisation" that ends in an event or relation word ("보령머드축제",
    "세관 당국") or starts with a descriptive word ("양국 정부").
    """
    if m.kind == "person":
        if begins is None:
            begins = [t.begin for t in tokens]
        within = [tokens[i] for i in inside(tokens, begins, m.begin, m.stop)]
        return not (within and all(t.tag in ("NNG", "XSN", "NNB") and not t.oov for t in within)) \
            and not rules.act_noun(m.text)  # '| 2019 | 정상회담 |': the act, no person
    if m.kind == "org":
        if m.text.endswith(rules.ner_not_org_tails):
            return False
        if _CODE_LIKE.fullmatch(m.text) and not rules.kb.lookup(m.text):
            nxt = tokens[bisect.bisect_left(begins if begins is not None else [t.begin for t in tokens], m.stop):][:1]
            if not any(t.begin == m.stop and (t.form.startswith("(") or t.tag.startswith("J")
                                              and t.form in ("와", "과")) for t in nxt):
                return False  # "SMR", "코로나19": a bare code or a numbered term, no body (not "UCL(University ...)",
                # nor one acting: "X의 MHTI와 MOU를 체결")
        if _PAIR_ONLY.fullmatch(m.text) and not rules.head_suffix(m.text, min_len=2):
            return False  # "한-V4", "한·중남미": a pair of sides names a framing, no body
        head = rules.head_suffix(m.text, min_len=2)
        if head and (m.text[: -len(head)].strip() in rules.generic or m.text[: -len(head)].strip() in rules.breakers):
            return False  # "공동위원회", "정부대표단", "양국 대표단"
        first = m.text.split()[0]
        return not (first in rules.breakers and " " in m.text)
    return True


_CODE_LIKE = re.compile(r"[A-Z]{2,5}|[가-힣]{2,4}\d{1,3}")
_PAIR_ONLY = re.compile(r"[가-힣]{1,3}\s?[-–·‧ㆍ]\s?[A-Za-z0-9가-힣]{1,6}")
_DATE_WORD = re.compile(r"(?:\d+(?:년|월|일|시|분)?|[0-9.]+)$")


def _skip_time_words(s: str, b: int, e: int, rules: Rules) -> int:
    """The start of a tagged span after the time words that open it ("이튿날 X", "내년 3월 X", "같은 날 X")."""
    while b < e:
        m = re.match(r"\S+", s[b:e])
        word = m.group()
        if not (word in rules.temporal or word in rules.period_parts or _DATE_WORD.fullmatch(word)):
            break
        nb = b + len(word)
        if nb >= e or not s[nb].isspace():
            break
        while nb < e and s[nb].isspace():
            nb += 1
        b = nb
    return b


def _trim(s: str, b: int, e: int) -> tuple[int, int]:
    while b < e and not s[b].isalnum():
        b += 1
    while e > b and not s[e - 1].isalnum():
        e -= 1
    return b, e
