"""Roles of participants (signer, host, visitor, organiser, recipient, giver).

Where the text says it, a participant carries the role it plays in the event, as
GDELT/PLOVER users expect an actor and a recipient. The role comes from the
Korean grammar around the participant's name in the evidence sentence: the
particle glued to the name (or to the title after it) and the first verb of a
role after it, or a word that gives the role by itself (X 주최, X의 초청으로).
The lexicon is data: ``coopgraph/data/roles.yaml``.

    X가 Y를 방문해 …       X visitor, Y host
    X 주최로 열린 포럼      X organiser
    X에 장비를 기증했다     X recipient;  Z가 … 지원했다  Z giver
    (person) X 장관이 … 서명했다   X signer

This module also records where the event's trigger word stands
(:attr:`Event.trigger_span`), found among the Kiwi tokens of the evidence
sentence, so that the store can show it highlighted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from typing import Any

from coopgraph.records import Analysis, Event, Participant
from coopgraph.text.yamlfile import data_yaml

ROLES = ("signer", "host", "visitor", "organiser", "recipient", "giver")
# the explain cue naming the bodies copied for '양국이 ... 체결한' (extract/arguments.py), dropped in assign_roles
COUNTRIES_ANAPHOR = "participants:countries-anaphor:"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    data = data_yaml("roles.yaml")
    particles = sorted(((p, cls) for cls, ps in data["particles"].items() for p in ps), key=lambda x: -len(x[0]))
    titles = sorted(data.get("titles") or (), key=len, reverse=True)
    follows = sorted(((w, role) for role, ws in data["follows"].items() for w in ws), key=lambda x: -len(x[0]))
    return {"particles": particles, "titles": titles, "follows": follows, "verbs": data["verbs"],
            "max_distance": data.get("max_distance") or {}, "max_words": data.get("max_words") or {},
            "signer_words": tuple(data.get("signer_words") or ()), "and_stop": set(data.get("and_stop") or ()),
            "country_anaphors": tuple(data.get("country_anaphors") or ()),
            "owned_by": tuple(data.get("owned_by") or ())}


def _particle(rest: str) -> tuple[str | None, int]:
    """The particle class after a name and where the words after it begin in ``rest``.

    The particle is glued to the name (X가), or to a title after it (X 장관이), possibly
    after the person's affiliation (X 미래창조과학부 장관이): at most two words are skipped.
    """
    lex = lexicon()
    pos = 0
    for _ in range(3):
        glued = re.match(r"\S*", rest[pos:]).group(0)
        if glued:
            for particle, cls in lex["particles"]:
                if glued == particle or (glued.startswith(particle) and not glued[len(particle):].isalnum()):
                    return cls, pos + len(particle)
            if pos:  # the word after the title or affiliation is not a particle
                return None, pos
            return None, pos
        # the name stands alone: a title (or an affiliation followed by a title) may carry the particle
        words = rest[pos:].split()
        if not words:
            return None, pos
        start = rest.index(words[0], pos)
        title = next((t for t in lex["titles"] if words[0].startswith(t)), None)
        if title is not None:
            pos = start + len(title)
        elif len(words) > 1 and any(words[1].startswith(t) for t in lex["titles"]):
            pos = start + len(words[0])  # an affiliation: the title comes next
        else:
            return None, pos
    return None, pos


# a bracket after the name ('한국개발연구원(KDI)과'), an ordinal before its title ('보건복지부 2차관이')
_BRACKET_LEAD = re.compile(r"\s?\([^()]{1,30}\)")
_ORDINAL_LEAD = re.compile(r"\s(?:제\s?)?\d{1,2}(?=[가-힣])")
# 'X 측', 'X 간의', 'X(Y) 측은': the name stands for one side
_SIDE = re.compile(r"\s?(?:간|사이|측)(?![가-힣])|\s?(?:간의|간에|측은|측이|측과)\s")
# the other items of a list the name opens ('A, B, C 등', 'A·B와'): items of at most three words each
_LIST_ITEMS = re.compile(r"(?:\s?[,·]\s?[^\s,·.]+(?:\s[^\s,·.]*[^\s,·.은는이가과와을를의에]){0,2}?(?=\s?[,·]|\s등|[은는이가과와]\s))+")

# after '등': at most three words, then a count of people ('한국 기업인 10명', '관계자 60여 명')
_COUNTED = re.compile(r"\s(?:[가-힣]+\s){0,3}?(?:약\s?)?\d+\s?(?:여\s?)?명")


def acts(rest: str) -> bool:
    """The name followed by ``rest`` acts in its clause: the subject or topic, or a partner ('X는', 'X가', 'X와',
    'X(Y)와', 'X 장관이', 'X 2차관이'), a side ('X 측', 'X 간'), or an item of a list that takes such a case
    ('A, B 등 국내 7개 기관과', 'A, B 등이', 'A, B와 C가'); not an owner, a post before a person, a venue or a topic."""
    rest = _BRACKET_LEAD.sub("", rest, 1) if _BRACKET_LEAD.match(rest) else rest
    if _ORDINAL_LEAD.match(rest):
        rest = " " + rest[_ORDINAL_LEAD.match(rest).end():]
    if _particle(rest)[0] in ("subject", "and") or _SIDE.match(rest):
        return True
    items = _LIST_ITEMS.match(rest)
    tail = rest[items.end():] if items is not None else rest
    if items is not None and _particle(tail)[0] in ("subject", "and"):
        return True  # 'A, B와 C가': the particle glued to the last item
    if not re.match(r"\s?등(?![가-힣]{2})", tail):
        last = re.search(r"([가-힣]+)$", items.group(0)) if items is not None else None
        return last is not None and _ends_in_agent_case(last.group(1))
    tail = tail.lstrip()[1:]
    if re.match(r"(?:이|은|과|와|도)(?![가-힣])", tail):
        return True
    if _COUNTED.match(tail):
        return False  # 'A·B 등 한국 기업인 10명이': the bodies stand for the people counted, who are no parties
    for word in tail.split()[:4]:
        word = re.sub(r"[^가-힣]+$", "", word)
        if any(word.endswith(p) and len(word) > len(p) for p, _ in lexicon()["particles"]):
            return _ends_in_agent_case(word)
    return False


def _ends_in_agent_case(word: str) -> bool:
    for particle, cls in lexicon()["particles"]:
        if word.endswith(particle) and len(word) > len(particle):
            return cls in ("subject", "and")
    return False


def _shared_case(rest: str) -> tuple[str | None, int]:
    """After ``X과``: the particle class of the next name (at most 3 words on) and where its words begin."""
    lex = lexicon()
    pos = 0
    for _ in range(3):
        m = re.match(r"\s*(\S+)", rest[pos:])
        if not m:
            return None, 0
        word = m.group(1)
        if word in lex["and_stop"]:
            return None, 0
        for particle, cls in lex["particles"]:
            if cls != "and" and word.endswith(particle) and len(word) > len(particle):
                return cls, pos + m.end()
        pos += m.end()
    return None, 0


def _verb_at(text: str, word: str) -> int:
    """First place ``word`` stands as a predicate in ``text`` (not adverbial: Y 주최로, Y 지원으로, Y 지원 하에), or -1."""
    i = text.find(word)
    while i >= 0:
        tail = text[i + len(word):i + len(word) + 3].lstrip()
        if not tail.startswith(("로", "으로", "하에", "아래")):
            return i
        i = text.find(word, i + len(word))
    return -1


def role_after(rest: str, kind: str = "org", typ: str = "") -> str | None:
    """The role a name has given ``rest``, the sentence text right after the name."""
    lex = lexicon()
    flat = re.sub(r"\s+", "", rest)
    for word, role in lex["follows"]:
        if flat.startswith(word):
            return role
    cls, pos = _particle(rest)
    if cls == "and":  # X과 Y를 방문: X shares the case of the next name that carries one (not X와 함께 …)
        cls, more = _shared_case(rest[pos:])
        pos += more
    if cls is None:
        return None
    after = rest[pos:]
    best: tuple[int, str] | None = None
    limit = int(lex["max_distance"].get(cls, 200))
    words = int(lex.get("max_words", {}).get(cls, 0))
    if words:  # the predicate of an object follows it closely: Y를 (공식) 방문
        m = re.match(r"(?:\s*\S+){1," + str(words) + "}", after)
        limit = min(limit, len(m.group(0)) if m else 0)
    for rule in lex["verbs"]:
        if rule["when"] != cls or (rule.get("kind") and rule["kind"] != kind):
            continue
        if typ and rule.get("types") and typ not in rule["types"]:
            continue
        for w in rule["words"]:
            i = _verb_at(after, w)
            if 0 <= i <= limit and (best is None or i < best[0]):
                best = (i, rule["role"])
    return best[1] if best else None


def _name_at(sentence: str, p: Participant) -> int | None:
    """End offset (in ``sentence``) of the participant's name as the sentence writes it, or None."""
    for name in sorted({p.name, *p.aliases}, key=len, reverse=True):
        if name and name in sentence:
            return sentence.index(name) + len(name)
    return None


def participant_role(sentence: str, p: Participant, typ: str) -> str | None:
    end = _name_at(sentence, p)
    if end is None:
        return None
    role = role_after(sentence[end:], p.kind, typ)
    if role is None and p.kind == "person" and typ == "agreement" and any(
            w in sentence for w in lexicon()["signer_words"]):  # 서명식에는 X 원장이 참석했다: X signed
        role = "signer"
    return role


def trigger_span(analysis: Analysis, ev: Event, starts: list[int] | None = None) -> tuple[int, int] | None:
    """Where the event's trigger word stands in the document text, from its lemma among the sentence's tokens.

    ``starts`` are the tokens' begin offsets (in text order) when the caller has them: the sentence's
    tokens are then found by bisection instead of a scan of the whole document.
    """
    lemma = dict(ev.explain).get("trigger")
    if not lemma:
        return None
    b, e = ev.evidence.begin, ev.evidence.stop
    toks = analysis.tokens
    first = bisect_left(starts, b) if starts is not None else 0
    for k in range(first, len(toks)):
        tok = toks[k]
        if starts is not None and tok.begin >= e:
            break
        if b <= tok.begin and tok.stop <= e and tok.form == lemma:
            return tok.begin, tok.stop
    text = analysis.doc.text
    i = text.find(lemma, b, e)
    return (i, i + len(lemma)) if i >= 0 else None


def assign_roles(analysis: Analysis, events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Return ``events`` with each participant's role set where the text says it (and the trigger located)."""
    out = []
    starts = [t.begin for t in analysis.tokens]
    if any(x > y for x, y in zip(starts, starts[1:])):
        starts = None  # tokens not in text order: scan them all
    for ev in events:
        copied = _copied_for_countries(ev)
        parts = tuple(p if p.role else replace(p, role=participant_role(ev.evidence.sentence, p, ev.type))
                      for p in ev.participants if p.name not in copied)
        span = ev.trigger_span or trigger_span(analysis, ev, starts)
        out.append(replace(ev, participants=parts, trigger_span=span))
    return tuple(out)


def _copied_for_countries(ev: Event) -> set[str]:
    """The names copied from the act before for '양국은' (the two countries name no party): they told merging
    which act this is and are no parties of it."""
    cues = dict(ev.explain).get("cues") or ""
    out: set[str] = set()
    for cue in cues.split("; "):
        if cue.startswith(COUNTRIES_ANAPHOR):
            out.update(cue[len(COUNTRIES_ANAPHOR):].split("|"))
    return out
