"""Parties named by reference: a surname and a title ('손 이사장은'), a bare head noun ('동 재단은', '센터 활동의
일환으로') for the last body ending in it, and two of the bodies of '양 기관' after a list told '각각'.

:class:`ReferencesMixin` is part of the document reader (:mod:`coopgraph.extract.reader`), through
:class:`coopgraph.extract.arguments.ArgumentsMixin`.
"""

from __future__ import annotations

import functools
import re

from coopgraph.extract.arguments_exclusions import _owned_by_pattern
from coopgraph.extract.base import Cand, _add, _participant
from coopgraph.extract.merge import same_party
from coopgraph.extract.roles import lexicon as roles_lexicon
from coopgraph.records import Participant


class ReferencesMixin:
    """Reference resolution of the reader (uses its ``d`` and ``cands``)."""

    def _surname_title(self, cand: Cand, cb: int, ce: int) -> None:
        """'손 이사장은', '이 원장은': the person with that surname named before (and their body)."""
        d = self.d
        pattern = _surname_title_pattern(tuple(d.lex.surname_titles))
        if pattern is None:
            return
        for m in pattern.finditer(d.text[cb:ce]):
            surname, start = m.group(1), cb + m.start()
            if _owned_by_pattern().match(d.text, start + 1):
                continue  # '이 대통령의 친서를 전달했다': the sender owns the letter, no party
            person = next((x for x in reversed(d.mentions) if x.kind == "person" and x.stop <= start
                           and x.text.startswith(surname) and len(x.text) >= 2), None)
            if person is None:
                continue
            _add(cand.participants, _participant(person, d.entities))
            cand.cues.append(f"surname-title:{m.group(0).strip()}->{person.text}")
            if person.affiliation:
                ent = d.entities.get(person.affiliation)
                if ent is not None:
                    _add(cand.participants, Participant(name=ent.name, kind="org", country=ent.country,
                                                        aliases=ent.aliases, entity_id=ent.id))

    def _two_of(self, parties: list[Participant], sb: int, clause_text: str) -> list[Participant]:
        """'양 기관은' after 'A와 B는 ..., C와 D는 ... 각각 체결했다': two bodies, not the four."""
        d = self.d
        hit = min(((clause_text.find(a), a) for a in d.lex.plural_anaphors if a in clause_text),
                  default=(-1, None))
        two: list[Participant] = []
        if hit[1] is not None:
            from coopgraph.link.entities import resolve_plural_anaphor

            ms = resolve_plural_anaphor(d.mentions, sb + hit[0], d.text, hit[1])
            for m in ms:
                p = next((q for q in parties if same_party(q, _participant(m, d.entities))), None)
                if p is not None and p not in two:
                    two.append(p)
        if len(two) == 2:
            return two
        return parties[-2:]  # the last two distinct bodies told

    def _anaphora(self, cand: Cand, cb: int, ce: int) -> None:
        """A bare head noun (센터 활동의 일환으로, 동 재단은) names the last organisation ending in it."""
        d = self.d
        t0, t1 = d.tok_range(cb, ce)
        heads = {t.form for t in d.toks[t0:t1] if t.tag == "NNG" and len(t.form) >= 2}
        bare = [t for t in d.toks[t0:t1] if t.tag == "NNG" and t.form in heads
                and (t.begin == 0 or not d.text[t.begin - 1].strip() or d.text[t.begin - 1] in "(\"'")]
        if not bare:
            return
        ends = tuple(t.form for t in bare)
        for prev in reversed(self.cands[:-1] if self.cands and self.cands[-1] is cand else self.cands):
            for p in prev.participants:
                if p.kind != "org" or not p.name.endswith(ends):  # one C call per body before the exact test
                    continue
                for t in bare:
                    if p.name.endswith(t.form) and len(p.name) > len(t.form) + 1:
                        _add(cand.participants, p)
                        cand.cues.append(f"anaphora:{t.form}->{p.name}")
                        return



@functools.cache
def _surname_title_pattern(surname_titles: tuple[str, ...]) -> re.Pattern | None:
    """'손 이사장은', '김 차관보가', '문 대통령의': a surname and a title (the reader's surname titles and the
    persons' titles of roles.yaml, not groups such as 대표단 or 일행)."""
    extra = [t for t in roles_lexicon()["titles"] if not t.endswith(("단", "측", "일행"))]
    titles = sorted(set(surname_titles) | set(extra), key=len, reverse=True)
    if not titles:
        return None
    alt = "|".join(map(re.escape, titles))
    return re.compile(rf"(?<![가-힣])([가-힣]) ({alt})(?:은|는|이|가|과|와|도|의|께서)(?![가-힣])")
