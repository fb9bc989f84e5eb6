"""Persons next to a title: "최양희 미래창조과학부 장관", "원장 안성호는", "쩐 반 하이 베트남 과학원 원장".

Found by position: a name word (Kiwi proper noun, unknown word or syllables
of a foreign name) before an optional organisation and a title, or right
after a title. Names cut from their title by a stray stop in damaged text are
re-joined.
"""

from __future__ import annotations

import functools
import re

from coopgraph.recognise.entity_rules import HANGUL_WORD, Rules, Tok, glued_head
from coopgraph.records import Mention

_SPACED_PROPER = re.compile(r"[가-힣]{1,6}(?: [가-힣]{1,6}){1,4}")


def _eojeols(text: str, tokens: list[Tok]) -> list[list[int]]:
    """Token indices grouped by whitespace-separated word; a bracketed word glued to a noun is a word of
    its own ("사우드(모하메드)": the name, then its other spelling)."""
    words: list[list[int]] = []
    for i, t in enumerate(tokens):
        if words and text[tokens[words[-1][-1]].stop:t.begin] == "":
            words[-1].append(i)
        else:
            words.append([i])
    out: list[list[int]] = []
    for word in words:
        k = next((n for n, i in enumerate(word) if tokens[i].form == "("), 0)
        if k and tokens[word[-1]].form == ")" and all(tokens[i].tag.startswith("NN") for i in word[:k]):
            out += [word[:k], word[k:]]
        else:
            out.append(word)
    return out


def _name_word(word: list[int], text, tokens, rules, gaz_kind, strong: bool) -> bool:
    """A whole word that can be a person's name (2-6 Hangul syllables, no particle)."""
    first, last = tokens[word[0]], tokens[word[-1]]
    surface = text[first.begin:last.stop]
    if len(word) == 1 and first.tag == "NNP" and _SPACED_PROPER.fullmatch(surface) and word[0] not in gaz_kind \
            and not any(w in rules.titles or w in rules.not_person or rules.is_head(w) for w in surface.split()):
        return True  # Kiwi's one proper noun over a foreign name in words ("가나다 라마바")
    if not HANGUL_WORD.fullmatch(surface) or any(i in gaz_kind for i in word):
        return False
    if surface in rules.not_person or surface in rules.titles or surface in rules.temporal or rules.is_head(surface):
        return False
    if rules.affiliation_word(surface) or rules.org_class(surface):
        return False  # "난양공대 총장", "아스완주 지사": the body before the title, not the name
    if first.begin > 0 and text[first.begin - 1] not in " \t\n\"'“‘(,·":
        return False
    if len(word) == 1:
        t = first
        if t.tag == "NNP":
            return True
        return t.tag == "NNG" and t.oov and strong
    # Kiwi sometimes breaks an unknown name into syllables ("최" "양" "희") or parts ("이철" "규")
    if tokens[word[0]].tag == "NNP" and rules.korean_name(surface) \
            and all(len(tokens[i].form) == 1 and tokens[i].tag in ("NNB", "NNG") for i in word[1:]):
        return True  # "강훈" + "식", "윤" + "진" + "식": a Korean name whose last syllable Kiwi read as a noun
    return strong and (all(len(tokens[i].form) == 1 and tokens[i].tag[0] in "NXM" for i in word)
                       or (rules.korean_name(surface) and all(tokens[i].tag[0] in "NXM" for i in word)))


def _misread_part(word: list[int], text, tokens, rules, gaz_kind, blocked) -> bool:
    """A short word Kiwi split into a verb stem and a noun with no ending between ('살레' = 살 + 레),
    which Korean grammar never writes: an unknown word, here a part of a foreign name."""
    if len(word) < 2 or any(i in gaz_kind or i in blocked for i in word):
        return False
    surface = text[tokens[word[0]].begin:tokens[word[-1]].stop]
    if not re.fullmatch(r"[가-힣]{2,4}", surface) or not tokens[word[-1]].tag.startswith("NN"):
        return False
    tags = [tokens[i].tag for i in word]
    if any(tag.startswith(("J", "E", "X", "S")) for tag in tags):
        return False
    if not any(tags[n] in ("VV", "VA") and tags[n + 1].startswith("NN") for n in range(len(tags) - 1)):
        return False
    return not (surface in rules.not_person or surface in rules.titles or surface in rules.breakers
                or surface in rules.temporal or rules.is_head(surface) or rules.is_head(tokens[word[-1]].form)
                or rules.affiliation_word(surface) or rules.org_class(surface))


def _name_part(word: list[int], text, tokens, rules, gaz_kind, blocked, syllables: int = 5,
               any_tag: bool = False, linked: bool = False) -> bool:
    """A short word that can be one part of a foreign name written in several words (``any_tag``:
    whatever Kiwi made of it, as for a last syllable right before the title: "응우옌 쑤언 푹 국가주석")."""
    first, last = tokens[word[0]], tokens[word[-1]]
    surface = text[first.begin:last.stop]
    if len(word) == 1 and first.tag == "NNP" and syllables > 1 and _SPACED_PROPER.fullmatch(surface) \
            and word[0] not in gaz_kind and word[0] not in blocked:
        return True  # "무함마드 빈 살만" read as one proper noun
    if syllables > 1 and re.fullmatch(r"[가-힣]{1,4}-[가-힣]{1,4}", surface) and not any(
            i in gaz_kind or i in blocked for i in word):
        return True  # "장-마크", "장-피에르": a hyphenated given name
    if syllables > 1 and surface in _NAME_LINKS and not any(i in blocked for i in word):
        return True  # "빈", "알": the linking words of a long name, whatever Kiwi made of them
    if linked and len(word) > 1 and re.fullmatch(r"[가-힣]{2,4}", surface) \
            and all(tokens[i].tag.startswith(("NN", "IC", "MM")) for i in word) \
            and not any(i in gaz_kind or i in blocked for i in word) \
            and surface not in rules.not_person and not rules.is_head(tokens[word[-1]].form) \
            and not rules.affiliation_word(surface) and not rules.org_class(surface):
        return True  # "빈 자이드 알": a foreign name part Kiwi broke into pieces ("자" + "이드"), before a link
    if len(word) == 2 and last.form == "나" and last.tag == "JC" and first.tag == "NNP" and first.oov \
            and first.stop == last.begin and syllables > 1 and re.fullmatch(r"[가-힣]{2,5}", surface) \
            and not any(i in gaz_kind or i in blocked for i in word):
        return True  # "엘레나", "타티아나": Kiwi read the name's last syllable as the particle 나
    if syllables > 1 and _misread_part(word, text, tokens, rules, gaz_kind, blocked):
        return True  # '살레' read as 살 + 레
    if not re.fullmatch(rf"[가-힣]{{1,{syllables}}}", surface) or len(word) != 1:
        return False
    if any(i in gaz_kind or i in blocked for i in word):
        return False
    if first.tag not in ("NNP", "NNG") and not (any_tag and not first.tag.startswith(("J", "E", "S", "V", "X"))):
        return False
    if surface in rules.not_person or surface in rules.titles or surface in rules.breakers or surface in rules.temporal \
            or rules.is_head(surface) or rules.affiliation_word(surface) or rules.org_class(surface):
        return False
    return first.tag == "NNP" or first.oov or len(surface) == 1


_REGNAL = re.compile(r"\d{1,2}세|주니어|시니어")  # "아키노 3세", "마르코스 주니어": part of the name
_FINAL_JAMO = re.compile("[\u11a8-\u11c2]")  # a lone final consonant (ᆫ, ᆷ, ᆯ ...) Kiwi made an ending
_NAME_LINKS = ("빈", "븐", "이븐", "알", "엘", "반", "벤", "데", "델", "다", "디", "폰", "판", "van", "von", "bin", "al")


def _surface(word: list[int], text: str, tokens) -> str:
    return text[tokens[word[0]].begin:tokens[word[-1]].stop]


def _joined_by_particle(words, first: int, text, tokens) -> bool:
    """A long name built with linking words ("무함마드 빈 살만 빈 압둘아지즈 알 사우드"): the name may go on
    past four words while a linking word stands in the first two words."""
    heads = [text[tokens[w[0]].begin:tokens[w[-1]].stop] for w in words[first:first + 2]]
    return any(h in _NAME_LINKS or h.split(" ")[-2:-1] and h.split(" ")[-2] in _NAME_LINKS for h in heads)


def _loose_start(words, first: int, found: int, text, tokens, rules, gaz_kind, blocked) -> int:
    """The first word of a foreign name whose leading words Kiwi read as common words or even as a verb
    ("쉬페로 자소 테데차 대사", "부이 타잉 썬 장관"): short Hangul words with no particle back to a phrase
    boundary (the start, a particle or ending, a stop, a time word), the name at most four words long.
    Without such a boundary the words are ordinary words before the name and ``first`` stays."""
    if rules.korean_name(text[tokens[words[first][0]].begin:tokens[words[found][-1]].stop]):
        return first
    ext = first
    while found - ext < 3 and ext - 1 >= 0:
        word = words[ext - 1]
        surface = text[tokens[word[0]].begin:tokens[word[-1]].stop]
        if not re.fullmatch(r"[가-힣]{1,4}", surface) or any(k in gaz_kind or k in blocked for k in word):
            break
        # '칼둔' read as 칼 + 두 + ᆫ, '맴' as 매 + ᆷ: a noun word whose last syllable Kiwi split into a verb ending
        # of one final consonant is a name part, not a verb form
        split = tokens[word[0]].tag.startswith("NN") and _FINAL_JAMO.fullmatch(tokens[word[-1]].form) is not None \
            and not any(tokens[k].tag == "VCP" for k in word)  # not '선친인' (a noun and the copula)
        if any(tokens[k].tag.startswith(("J", "S", "XS")) for k in word) or tokens[word[-1]].tag.startswith("E") \
                and tokens[word[-1]].form not in ("이", "어", "아", "오") and not split:
            break
        if any(tokens[k].tag in ("VV", "VA") and len(tokens[k].form) >= 2 and tokens[k].form.endswith("하")
               for k in word):
            break  # '비롯해', '포함해', '위해': a connecting verb, no name part
        if surface in rules.not_person or surface in rules.titles or surface in rules.breakers \
                or surface in rules.temporal or rules.is_head(surface) or rules.affiliation_word(surface) \
                or rules.org_class(surface):
            break
        ext -= 1
    if ext == first:
        return first
    if ext > 0:
        prev = words[ext - 1]
        surface = text[tokens[prev[0]].begin:tokens[prev[-1]].stop]
        last = tokens[prev[-1]]
        if not (last.tag.startswith(("J", "E", "SF", "SP", "SS")) or surface in rules.temporal
                or last.tag == "NNB" or last.form in ("이후", "이어", "또")
                or gaz_kind.get(prev[-1]) in ("org", "country") or rules.is_head(last.form)):
            return first  # ... a body or a country before the name ends a phrase too: '가나대학교 아마드 하산 총장'
    return ext


def _spaced_name(words, w, text, tokens, rules, gaz_kind, blocked) -> tuple[int, int] | None:
    """Three or four short words before a strong title's organisation: "쩐 반 하이 베트남 과학원 원장".

    Kiwi reads such syllables as common nouns, so any short noun word counts,
    but the run must start a phrase and hold a one-syllable word.
    Returns the indices of the name's first and last words, or None.
    """
    back = w - 1
    while back >= 0 and any(k in gaz_kind or rules.is_head(tokens[k].form) for k in words[back]):
        back -= 1  # the organisation (and its country) between the name and the title
    bare = back == w - 1  # no organisation between: "레 민 카이 부총리"

    def short_noun(word) -> bool:
        t = tokens[word[0]]
        return len(word) == 1 and t.tag in ("NNG", "NNP") and bool(re.fullmatch(r"[가-힣]{1,3}", t.form)) \
            and word[0] not in gaz_kind and word[0] not in blocked and t.form not in rules.not_person \
            and t.form not in rules.breakers and t.form not in rules.titles and t.form not in rules.temporal

    k = back
    while k >= 0 and back - k < 4 and short_noun(words[k]):
        k -= 1
    run = range(k + 1, back + 1)
    if len(run) < 3 or sum(len(tokens[words[j][0]].form) == 1 for j in run) < (2 if bare else 1):
        return None
    if k >= 0 and not any(tokens[i].tag.startswith(("J", "E", "SF", "SP", "SS")) for i in words[k]):
        return None  # the run does not start a phrase: probably ordinary words
    return k + 1, back


def _market(text: str, tokens: list[Tok], words: list[list[int]], w: int, i: int, rules: Rules) -> bool:
    """True when the word 시장 at token ``i`` follows a country, a region or a market word."""
    glued = text[tokens[words[w][0]].begin:tokens[i].begin]
    before = [glued] if glued else []
    if w > 0:
        prev = words[w - 1]
        before.append(text[tokens[prev[0]].begin:tokens[prev[-1]].stop])
    for b in before[:1] if glued else before:
        if b in rules.market_words or (rules.place_or_country(b) is not None and not rules.city(b)):
            return True
    return False


def names_cut_by_a_stop(text: str, tokens: list[Tok], rules: Rules, found: list[Mention]) -> list[Mention]:
    """A name cut from its title by a stray full stop or comma in damaged text: "부데비치. 응용과학센터 부소장".

    Korean sentences end in a verb, so a stop right after an unknown name that
    opens a phrase, followed at once by an organisation and a strong title with
    nothing after the title but a particle, is damage, not a sentence end.
    """
    out = []
    taken = bytearray(len(text) + 1)  # characters covered by a person already
    for m in found:
        if m.kind == "person":
            taken[m.begin:m.stop] = b"\x01" * (m.stop - m.begin)
    for n, t in enumerate(tokens):
        if t.form not in (".", ",") or n == 0 or n + 2 >= len(tokens):
            continue
        name = tokens[n - 1]
        if name.stop != t.begin or not HANGUL_WORD.fullmatch(name.form) or not (name.tag == "NNP" or name.oov):
            continue
        if name.form in rules.not_person or name.form in rules.titles or name.form in rules.temporal \
                or rules.is_head(name.form) or rules.place_or_country(name.form) or rules.kb.keys.get(name.form):
            continue
        if name.begin > 0 and not text[name.begin - 1].isspace():
            continue
        # the organisation words then the title, in nouns only, up to a particle
        k = n + 1
        while k < len(tokens) and tokens[k].tag in ("NNG", "NNP", "SL") and tokens[k].form not in rules.strong_titles \
                and k - n <= 5:
            k += 1
        if k >= len(tokens) or k == n + 1 or tokens[k].form not in rules.strong_titles:
            continue
        org = tokens[n + 1:k]
        if not rules.is_head(org[-1].form) and not glued_head(text, tokens, list(range(n + 1, k)), rules):
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.begin == tokens[k].stop and not nxt.tag.startswith("J"):
            continue
        b = name.begin
        while True:  # "알렉산드르 부데비치."
            prev = next((p for p in reversed(tokens[:n - 1]) if p.stop <= b), None)
            if prev is None or text[prev.stop:b] != " " or prev.tag != "NNP" or not HANGUL_WORD.fullmatch(prev.form) \
                    or prev.form in rules.not_person or rules.place_or_country(prev.form) or b - prev.begin > 12:
                break
            if prev.begin > 0 and not text[prev.begin - 1].isspace() and text[prev.begin - 1] not in "\"'“‘(":
                break
            b = prev.begin
        if b < name.stop and taken.find(1, b, name.stop) >= 0:
            continue
        out.append(Mention(b, name.stop, text[b:name.stop], "person", strategy="pattern", score=0.7,
                           title=tokens[k].form, affiliation=text[org[0].begin:org[-1].stop]))
    return out


def _place_title(t: Tok, rules: Rules) -> str | None:
    """The title of a word Kiwi left as one noun with its place: "서울시장" (시장), "경기도지사" (도지사)."""
    if not t.tag.startswith("NN") or len(t.form) < 3:
        return None
    if _PLACE_TITLE_RULES[0] is not rules:  # the answers below hold for one Rules (its titles and places)
        _PLACE_TITLE.clear()
        _PLACE_TITLE_RULES[0] = rules
    form = t.form
    if form in _PLACE_TITLE:
        return _PLACE_TITLE[form]
    found = None
    for title in rules.place_titles:
        if form.endswith(title):
            place = form[: -len(title)]
            if len(place) >= 2 and rules.city(place):
                found = title
                break
    if len(_PLACE_TITLE) < 100_000:
        _PLACE_TITLE[form] = found
    return found


# _place_title's answer per noun (a pure function of the noun and the Rules): nouns recur in every sentence
_PLACE_TITLE: dict[str, str | None] = {}
_PLACE_TITLE_RULES: list[Rules | None] = [None]


def _joining_dot(word: list[int], k: int, tokens) -> bool:
    """A middle dot glued between two nouns of one word of the post ('아시아·태평양 국장'): no stop of the post."""
    return tokens[k].form in ("·", "ㆍ", "‧") and word[0] < k < word[-1] \
        and tokens[k - 1].stop == tokens[k].begin and tokens[k].stop == tokens[k + 1].begin \
        and tokens[k - 1].tag.startswith("NN") and tokens[k + 1].tag.startswith("NN")


def persons(text, tokens, chain, rules, gaz_kind, blocked) -> list[Mention]:
    """Persons next to a title: NAME [ORG] TITLE, or TITLE NAME (in Hangul, or in Latin letters)."""
    out = latin_persons(text, tokens[0].begin, tokens[-1].stop, rules) if tokens else []
    words: list[list[int]] = []
    word_of: dict[int, int] = {}
    for i, t in enumerate(tokens):
        if i in blocked:
            continue
        title = t.form if t.form in rules.titles else _place_title(t, rules)
        if title is None and t.form == "장" and i > 0 and tokens[i - 1].stop == t.begin and len(tokens[i - 1].form) >= 3 \
                and (gaz_kind.get(i - 1) == "org" or rules.is_head(tokens[i - 1].form)):
            title = "장"  # '방위사업청장': the head of the body Kiwi split off ('방위사업청' + '장')
        if title is None:
            continue
        if not words:  # the words, once a title is found (most sentences have none)
            words = _eojeols(text, tokens)
            word_of = {i: w for w, idxs in enumerate(words) for i in idxs}
        strong = title in rules.strong_titles
        w = word_of[i]
        # the title may be glued to qualifiers in its word ("재무이사", "통신정보화장관")
        tword = words[w]
        if any(tokens[k].tag.startswith(("J", "E", "V")) for k in tword if k < i):
            continue
        tstart = tword[0]
        if tstart != i and (rules.is_head(text[tokens[tstart].begin:tokens[i - 1].stop]) or tstart in gaz_kind):
            tstart = i  # "미래창조과학부장관": the organisation is not part of the title
        if title in rules.market_titles and _market(text, tokens, words, w, i, rules):
            continue  # "유럽 시장", "베트남시장", "국내 시장": a market, not a mayor
        found = None
        regnal = None
        for back in range(w - 1, max(-1, w - 7), -1):
            word = words[back]
            if _REGNAL.fullmatch(text[tokens[word[0]].begin:tokens[word[-1]].stop]) and regnal is None:
                regnal = back  # "베니그노 아키노 3세": the number is part of the name
                continue
            if found is None and back < w - 1 and _misread_part(word, text, tokens, rules, gaz_kind, blocked):
                found = back  # '아흐메드 살레 X주 지사' with '살레' read as 살 + 레: the name's last word
                break
            if any((tokens[k].tag.startswith(("J", "E", "V", "SF", "SP")) or tokens[k].tag == "SN")
                   and not _joining_dot(word, k, tokens) for k in word):
                break
            if any(k in blocked for k in word):
                break
            if _name_word(word, text, tokens, rules, gaz_kind, strong):
                found = back
                break
            if title != t.form:
                break  # "오세훈 서울시장": the name right before a place's title
        first = found
        if found is None and strong:
            span = _spaced_name(words, w, text, tokens, rules, gaz_kind, blocked)
            if span is not None:
                first, found = span
        if found is not None and first == found and title[0] in "시군구주도성" and len(title) >= 2 \
                and text[tokens[words[found][-1]].stop - 1] == title[0]:
            found = None  # "가나시 시장", "다라주 주지사": the place's office, no name
        if found is not None:
            # a foreign name in several words: "아크말 사이도프", "응우옌 흐엉 장"
            # ... but a Korean name before a firm's title is one word: "한빛소프트 김민수 대표" (the firm before)
            korean = title in rules.firm_titles and first == found \
                and rules.korean_name(text[tokens[words[found][0]].begin:tokens[words[found][-1]].stop])
            while not korean and first - 1 >= 0 and (found - first < 3 or found - first < 7 and _joined_by_particle(
                    words, first, text, tokens)) \
                    and _name_part(words[first - 1], text, tokens, rules, gaz_kind, blocked,
                                   linked=_surface(words[first], text, tokens) in _NAME_LINKS):
                first -= 1
            if not korean and found - first < 3:
                first = _loose_start(words, first, found, text, tokens, rules, gaz_kind, blocked)
            # one-syllable parts after it ("응우옌 반 남", "응우옌 흐엉 장")
            tail = 0
            # whatever Kiwi made of a last syllable right before the title, or before the body or place of the
            # title ('응우옌 반 안 다낭시 부시장': 안 read as the adverb), in a foreign name
            foreign = not rules.korean_name(_surface(words[first], text, tokens))
            while tail < 2 and found + 1 < w and _name_part(
                    words[found + 1], text, tokens, rules, gaz_kind, blocked, syllables=1,
                    any_tag=strong and (found + 2 == w or foreign and all(
                        any(k in gaz_kind for k in words[j]) or rules.is_head(tokens[words[j][-1]].form)
                        for j in range(found + 2, w)))) \
                    and not (_surface(words[found + 1], text, tokens) in rules.name_prefixes
                             and found + 2 < w and any(k in gaz_kind for k in words[found + 2])):
                found += 1  # ... but not "주" before a country: "X 주 스웨덴 대사" (the mission's prefix)
                tail += 1
            if regnal is not None and regnal == found + 1:
                found = regnal
            name_idx = [k for ww in words[first:found + 1] for k in ww]
            nb, ne = tokens[name_idx[0]].begin, tokens[name_idx[-1]].stop
            mid = [k for ww in words[found + 1:w] for k in ww] + [k for k in tword if k < tstart]
            org_surface = None
            if mid and (rules.is_head(tokens[mid[-1]].form) if mid[-1] not in gaz_kind else gaz_kind[mid[-1]] == "org"):
                org_surface = text[tokens[mid[0]].begin:tokens[mid[-1]].stop]
            blocked.update(name_idx)
            blocked.update(k for k in tword if tstart <= k <= i)
            out.append(Mention(nb, ne, text[nb:ne], "person", strategy="pattern", score=0.8,
                               title=text[tokens[tstart].begin:t.stop], affiliation=org_surface))
            continue
        # title before the name: "원장 안성호는"
        if w + 1 < len(words) and tword[-1] == i:
            nxt = [k for k in words[w + 1] if not tokens[k].tag.startswith(("J", "SP", "SF"))]
            if len(nxt) == 1 and tokens[nxt[0]].tag == "NNP" and _name_word(nxt, text, tokens, rules, gaz_kind, False):
                nb, ne = tokens[nxt[0]].begin, tokens[nxt[-1]].stop
                more, taken = w + 2, list(nxt)
                while nxt == words[more - 1] and more < len(words) and more - w <= 3:
                    # "실장 마이클 크라치오스와": the name's next words
                    part = [k for k in words[more] if not tokens[k].tag.startswith(("J", "SP", "SF"))]
                    if not part or part[0] != words[more][0] or not _name_part(part, text, tokens, rules, gaz_kind,
                                                                                blocked):
                        break
                    nxt, ne = part, tokens[part[-1]].stop
                    taken += part
                    more += 1
                blocked.update({i, *taken})
                out.append(Mention(nb, ne, text[nb:ne], "person", strategy="pattern", score=0.7, title=t.form))
    return out




_BRACKETED = re.compile(r"\(\s*([A-Z][A-Za-z.'\-]*(?:,?\s+[A-Za-zⅠ-Ⅻ][A-Za-z.'\-Ⅰ-Ⅻ]*){1,5})\s*\)")
# a regnal number right before the bracket: '아키노 3세(Benigno S. Aquino III)'
_REGNAL_BEFORE = re.compile(r"(?<= )\d{1,2}세$")


def bracketed_names(text: str, b: int, e: int, rules: Rules, found: list[Mention]) -> list[Mention]:
    """A foreign name written in Hangul and then in Latin letters: "수르야 밤방 술리스토(Surya Bambang
    Sulisto)". The Hangul words right before the bracket, as many as the Latin name has words (fewer
    when a word before them is no name part), are the name; the bracket hides the name's end from
    the title pattern, so the longer name replaces a shorter one found there (keeping its title).
    Latin words of organisations (University, Ministry ...) make it no person.
    """
    out = []
    for m in _BRACKETED.finditer(text, b, e):
        latin = m.group(1).split()
        if any(w.strip(".").casefold() in rules.latin_org_words for w in latin):
            continue
        words: list[tuple[int, int]] = []
        pos = m.start()
        regnal = _REGNAL_BEFORE.search(text, max(b, pos - 4), pos)
        if regnal is not None:
            pos = regnal.start() - 1  # the number is the name's, as its Latin (III) is
            latin = latin[:-1]
        while len(words) < len(latin) and pos > b:
            end = pos
            start = end
            while start > b and "가" <= text[start - 1] <= "힣":
                start -= 1
            word = text[start:end]
            if not (1 <= len(word) <= 6) or word in rules.titles or word in rules.not_person or word in rules.temporal \
                    or any(word.endswith(t) for t in rules.strong_titles if len(t) >= 2) \
                    or word in rules.breakers or rules.is_head(word) or rules.affiliation_word(word) \
                    or rules.org_class(word) or rules.place_or_country(word) or (len(word) == 1 and not words):
                break
            words.insert(0, (start, end))
            if start <= b or text[start - 1] != " ":
                break
            pos = start - 1
        if len(words) + (regnal is not None) < 2 or not words:
            continue
        nb, ne = words[0][0], (regnal.end() if regnal is not None else words[-1][1])
        if nb > b and not text[nb - 1].isspace() and text[nb - 1] not in "\"'“‘(,·":
            continue
        shorter = next((p for p in found if p.kind == "person" and p.begin < ne and nb < p.stop and p.title), None)
        out.append(Mention(nb, ne, text[nb:ne], "person", strategy="pattern", score=0.85,
                           title=shorter.title if shorter else None,
                           affiliation=shorter.affiliation if shorter else None))
    return out



# a name in Latin letters: two to four capitalised words ('Aye Aung', 'Kassym-Jomart Tokayev'; not 'IIT', 'ICT')
_LATIN_PERSON = re.compile(r"(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s)?([A-Z][a-z][A-Za-z'\-]*(?:\s[A-Z][a-z][A-Za-z'\-]*){1,3})"
                           r"(?![A-Za-z0-9.@&])")


def latin_persons(text: str, b: int, e: int, rules: Rules) -> list[Mention]:
    """A person written in Latin letters next to a Korean title: after it ('외무부장관 Gana Dara,', 'ICT장관 Gana
    Dara를') or before it, past at most three words of the body ('Dr. Gana Dara 학장', 'Gana Dara 가나 대통령',
    'Gana Dara IIT Mabar 총장'). No word may be an organisation's (University, Ministry ...), no reporter."""
    titles = _latin_title_patterns(rules)
    if titles is None:
        return []
    before_title, after_title = titles
    out = []
    for m in _LATIN_PERSON.finditer(text, b, e):
        nb, ne = m.span(1)
        words = m.group(1).split()
        if words[0] == "The" or any(w.strip(".").casefold() in rules.latin_org_words for w in words):
            continue
        title = before_title.search(text, max(b, m.start() - 16), m.start())
        title = title or after_title.match(text, ne, min(e, ne + 40))
        if title is None:
            continue
        out.append(Mention(nb, ne, text[nb:ne], "person", strategy="pattern", score=0.75, title=title.group("t")))
    return out


@functools.cache
def _latin_title_pattern_cache(titles: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern] | None:
    if not titles:
        return None
    alt = "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
    before = re.compile(rf"(?<![가-힣])[가-힣A-Za-z]{{0,8}}?(?P<t>{alt})\s$")
    after = re.compile(rf"\s(?:[가-힣A-Za-z·]+\s){{0,3}}?(?P<t>{alt})(?:은|는|이|가|과|와|의|을|를|도|께서)?(?=[\s,.)]|$)")
    return before, after


def _latin_title_patterns(rules: Rules) -> tuple[re.Pattern, re.Pattern] | None:
    if _LATIN_TITLES[0] is not rules:  # the titles of one Rules, sorted once (not for every sentence)
        _LATIN_TITLES[:] = [rules, tuple(sorted(t for t in rules.titles if t not in _REPORTERS))]
    return _latin_title_pattern_cache(_LATIN_TITLES[1])


_LATIN_TITLES: list = [None, ()]


_REPORTERS = ("기자", "특파원", "통신원", "앵커")

