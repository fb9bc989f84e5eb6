"""Organisation patterns: noun chains ending in a head, firms, governments.

``orgs`` reads chains of nouns (Kiwi morphology) that end in an organisation
head (부, 청, 연구원, 대학교, 위원회, 대사관 ...), with any country or city
prefix; ``companies`` finds firms by their marks (㈜, 주식회사, 社) and
suffixes; ``governments`` reads "몽골 정부"; ``firms_before_titles`` the firm
of a person with a firm's title. Coordination, particles, numbers and dates
end a chain, so lists yield one mention per member.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from coopgraph.recognise.entity_rules import JOINERS, NOUNISH, Rules, Tok, glued_head, inside
from coopgraph.records import Mention, Sentence


def chains(text: str, tokens: list[Tok]) -> list[list[int]]:
    """Runs of noun-like tokens joined by nothing, one space, or a hyphen between names."""
    chains: list[list[int]] = []
    cur: list[int] = []
    for i, t in enumerate(tokens):
        ok = t.tag in NOUNISH or (t.tag == "SN" and i + 1 < len(tokens) and tokens[i + 1].form in ("번", "호"))
        joiner = t.tag in ("SO", "SP", "SS") and t.form in JOINERS and cur and i + 1 < len(tokens) \
            and tokens[i + 1].begin == t.stop and tokens[cur[-1]].stop == t.begin
        if joiner:
            continue
        if ok and cur:
            gap = text[tokens[cur[-1]].stop:t.begin]
            prev_joined = gap in JOINERS
            if not (gap == "" or gap == " " or prev_joined):
                chains.append(cur)
                cur = []
        if ok:
            cur.append(i)
        elif cur:
            chains.append(cur)
            cur = []
    if cur:
        chains.append(cur)
    return chains


# ------------------------------------------------------------------ companies

_FIRM_TAGS = {"NNP", "NNG", "SL", "SN", "SH", "XSN", "XPN"}
_FIRM_MARK = re.compile(r"㈜|\((?:주|株)\)|주식회사")
_FOREIGN_MARK = re.compile(r"사\s?\(社\)|社")
_LATIN_FIRM = re.compile(r"(?<![A-Za-z0-9&.\-])([A-Za-z][A-Za-z0-9&.\-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9]){0,3})"
                         r"(?:사|社|측)(?=[은는이가와과의을를도에로,\s)]|$)")
_LATIN_PARTY = re.compile(r"(?<![A-Za-z0-9&.\-])([A-Z][a-z][A-Za-z0-9&.\-]*[A-Za-z0-9])(?:와|과)(?=\s)")


def _run_after(tokens: list[Tok], at: dict[int, int], b: int, limit: int) -> int | None:
    """The end of the glued noun-like tokens from offset ``b`` (a name up to its particle)."""
    k = at.get(b)
    end = None
    while k is not None and k < len(tokens) and tokens[k].stop <= limit and (end is None or tokens[k].begin == end):
        t = tokens[k]
        if not (t.tag in _FIRM_TAGS or (t.form in JOINERS and end is not None)) or t.form in ("社", "주식회사"):
            break
        end = t.stop
        k += 1
    return end


def _run_before(tokens: list[Tok], ends: dict[int, int], e: int, lo: int) -> int | None:
    """The start of the glued noun-like tokens that end at offset ``e``."""
    k = ends.get(e)
    start = None
    while k is not None and k >= 0 and tokens[k].begin >= lo and (start is None or tokens[k].stop == start):
        t = tokens[k]
        if t.tag not in _FIRM_TAGS and not (t.form in JOINERS and start is not None):
            break
        start = t.begin
        k -= 1
    return start


def companies(text: str, sent: Sentence, tokens: list[Tok], rules: Rules, gaz_kind) -> list[Mention]:
    """Firms: "㈜OO", "(주)OO", "OO(주)", "주식회사 OO", "OO社", "지멘스사(社)", "Acme사와",
    "Acme와", and words ending in a firm suffix after a proper-name part ("누리바이오", "엘지화학")."""
    at = {t.begin: i for i, t in enumerate(tokens)}
    ends = {t.stop: i for i, t in enumerate(tokens)}
    begins = [t.begin for t in tokens]
    lo, hi = sent.begin, sent.stop
    spans: list[tuple[int, int]] = []

    def covered(b: int, e: int) -> bool:  # a known name already
        idx = inside(tokens, begins, b, e)
        return bool(idx) and all(i in gaz_kind for i in idx)

    for m in _FIRM_MARK.finditer(text, lo, hi):
        b = m.end() + (1 if text[m.end():m.end() + 1] == " " else 0)
        e = _run_after(tokens, at, b, hi)
        if e is not None and e > b:
            spans.append((b, e))
            continue
        e = m.start() - (1 if m.group() == "주식회사" and text[m.start() - 1:m.start()] == " " else 0)
        b = _run_before(tokens, ends, e, lo)
        if b is not None and b < e and (m.group() != "주식회사" or rules.firm_prefix(text[b:e])):
            spans.append((b, e))
    for m in _FOREIGN_MARK.finditer(text, lo, hi):
        b = _run_before(tokens, ends, m.start(), lo)
        if b is None or b >= m.start():
            continue
        name = text[b:m.start()]
        proper = rules.firm_prefix(name) or any(t.tag in ("NNP", "SL") or t.oov for t in tokens
                                                if b <= t.begin and t.stop <= m.start())
        if proper:  # "의료기기社 등": a generic description of firms, no party
            spans.append((b, m.start()))
    for rx in (_LATIN_FIRM, _LATIN_PARTY):
        for m in rx.finditer(text, lo, hi):
            name = m.group(1)
            if name not in rules.not_name and name.upper() not in rules.not_name and len(name) >= 2:
                spans.append((m.start(1), m.end(1)))
    # a word ending in a firm suffix needs the suffix in the sentence (85% of sentences have none)
    for i, t in enumerate(tokens if _suffix_finder(rules.firm_suffixes).search(text, lo, hi) else ()):
        if i > 0 and tokens[i - 1].stop == t.begin or (t.begin > 0 and text[t.begin - 1] not in " \t\n\"'“‘(<《「『[,·"):
            continue  # a word start only
        e = _run_after(tokens, at, t.begin, hi)
        if e is None:
            continue
        core = text[t.begin:e]
        if not core.endswith(rules.firm_suffixes):
            continue  # one C-level test before the per-suffix search below
        suffix = next((x for x in rules.firm_suffixes if core.endswith(x) and len(core) > len(x)), None)
        if suffix and rules.firm_prefix(core[: -len(suffix)]) and core not in rules.not_name:
            spans.append((t.begin, e))
    out = []
    for b, e in dict.fromkeys(spans):
        if e - b < 2 or covered(b, e) or text[b:e] in rules.bare or text[b:e] in rules.titles:
            continue
        out.append(Mention(b, e, text[b:e], "org", strategy="pattern", score=0.75))
    return out


_SUFFIXES: list = [None, None]  # the firm suffixes, and one pattern finding any of them


def _suffix_finder(suffixes: tuple[str, ...]) -> re.Pattern:
    """One pattern for "some suffix of ``suffixes`` occurs" (built once per suffix list)."""
    if _SUFFIXES[0] is not suffixes:
        alts = "|".join(map(re.escape, sorted(set(suffixes), key=len, reverse=True))) or "(?!)"
        _SUFFIXES[:] = [suffixes, re.compile(alts)]
    return _SUFFIXES[1]


def firms_before_titles(text: str, tokens: list[Tok], persons: list[Mention], rules: Rules,
                         gaz_kind) -> list[Mention]:
    """The firm of a person with a firm's title: "카카오 김민수 대표", "한빛소프트 대표 김민수"."""
    ends = {t.stop: i for i, t in enumerate(tokens)}
    begins = [t.begin for t in tokens]
    out = []
    for p in persons:
        if p.title not in rules.firm_titles:
            continue
        e = p.begin - 1
        end = p.begin  # the end of the text before the name, spaces dropped (no copy of the text)
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if text.endswith(p.title, 0, end):  # title before the name
            e = end - len(p.title) - 1
        if e <= 0 or text[e] != " ":
            continue
        b = _run_before(tokens, ends, e, 0)
        if b is None or b >= e or (b > 0 and not text[b - 1].isspace() and text[b - 1] not in "\"'“‘(,"):
            continue
        idx = inside(tokens, begins, b, e)
        name = text[b:e]
        if any(i in gaz_kind for i in idx) or name in rules.not_person or name in rules.titles \
                or name in rules.temporal or name in rules.breakers or rules.is_head(name) or name in rules.not_name:
            continue
        if any(tokens[i].tag in ("NNP", "SL") or tokens[i].oov for i in idx) or rules.firm_prefix(name):
            out.append(Mention(b, e, name, "org", strategy="pattern", score=0.7))
    return out


_PAIR_BEFORE = re.compile(r"(?:한국|한)\s?[-–·‧ㆍ]\s?$")


def with_pair_prefix(text: str, m: Mention, rules: Rules) -> Mention:
    """ "한-러 에너지소재 공동연구센터": keep the "한-" of a joint body Kiwi left out of the chain;
    "주폴란드 한국대사관": keep the "주" of a mission when Kiwi read it as a verb."""
    if m.begin >= 1 and text[m.begin - 1] == "주" and (m.begin == 1 or not "가" <= text[m.begin - 2] <= "힣") \
            and m.text.endswith(rules.mission_heads):
        return replace(m, begin=m.begin - 1, text=text[m.begin - 1:m.stop])
    first = re.match(r"[가-힣]+", m.text)
    if not first or not (first.group() in rules.kb.short or rules.place_or_country(first.group()) == "country"):
        return m
    pre = _PAIR_BEFORE.search(text, max(0, m.begin - 6), m.begin)
    if pre is None or (pre.start() > 0 and "가" <= text[pre.start() - 1] <= "힣"):
        return m
    return replace(m, begin=pre.start(), text=text[pre.start():m.stop])


def governments(text: str, tokens: list[Tok], gaz: list[Mention], rules: Rules) -> list[Mention]:
    """ "몽골 정부", "우즈베키스탄정부": a country's government as an organisation; a city's too
    ("알마티시 정부"), with the country written before it ("카자흐스탄 알마티시 정부")."""
    out = []
    starts = {t.begin: t for t in tokens}
    by_stop = {m.stop: m for m in gaz}
    for m in gaz:
        city = m.kind in ("place", "org") and m.text.endswith(rules.admin_suffixes) \
            and "place" in (rules.place_or_country(m.text), rules.place_or_country(m.text[:-1]))
        if m.kind != "country" and not city:
            continue
        begin = m.begin
        if city:
            before = by_stop.get(m.begin - 1) if text[m.begin - 1:m.begin] == " " else None
            if before is not None and before.kind == "country":
                begin = before.begin
        gap = 1 if text[m.stop:m.stop + 1] == " " else 0
        t = starts.get(m.stop + gap)
        if t is not None and t.form == "정부" and t.tag.startswith("NN"):
            after = starts.get(t.stop + 1) if text[t.stop:t.stop + 1] == " " else starts.get(t.stop)
            if after is not None and after.tag.startswith("NN") and after.begin == t.stop:
                continue  # "몽골 정부청사": something of the government
            out.append(Mention(begin, t.stop, text[begin:t.stop], "org", strategy="pattern", score=0.8))
    return out



def local_governments(text: str, tokens: list[Tok], gaz: list[Mention], rules: Rules) -> list[Mention]:
    """ "인도 마하라슈트라주와", "중국 광둥성과", "미국 리버사이드시는": a proper name with the suffix of a foreign
    state, province or city (``foreign_admin_suffixes``) right after a country's name, acting (a subject,
    topic or comitative particle after it), is that place's government: an organisation of the country,
    named with the country before it. Common nouns never ("미국 방문시": the time of a visit)."""
    suffixes = rules.foreign_admin_suffixes
    if not suffixes:
        return []
    out = []
    starts = {t.begin: i for i, t in enumerate(tokens)}
    known = {g.begin: g for g in gaz}
    for m in gaz:
        if m.kind != "country" or text[m.stop:m.stop + 1] != " ":
            continue
        place = known.get(m.stop + 1)
        if place is not None and place.kind != "place":
            continue
        k = starts.get(m.stop + 1)
        if k is None or not (tokens[k].tag in ("NNP", "SL") or tokens[k].oov or place is not None):
            continue  # the name's first part is no common noun
        end = k
        while end + 1 < len(tokens) and tokens[end + 1].begin == tokens[end].stop \
                and tokens[end + 1].tag in ("NNP", "NNG", "NNB", "XSN") and not tokens[end + 1].tag.startswith("J"):
            end += 1
        stop = tokens[end].stop
        word = text[m.stop + 1:stop]
        suffix = next((x for x in suffixes if word.endswith(x)), None)
        if suffix is None or len(word) - len(suffix) < 2 or rules.kb.lookup(word) \
                or (place is not None and stop <= place.stop):
            continue  # a known place written with its suffix ("카트만두시") is read as the gazetteer reads it
        if not _particle_after(text, stop, rules.agent_particles):
            continue
        out.append(Mention(m.begin, stop, text[m.begin:stop], "org", strategy="pattern", score=0.8))
    return out


def _particle_after(text: str, e: int, particles) -> bool:
    for p in particles:
        if text.startswith(p, e) and (e + len(p) >= len(text) or not ("가" <= text[e + len(p)] <= "힣")):
            return True
    return False


def orgs(text, tokens, chain, rules, gaz_kind, gaz_span, blocked) -> list[Mention]:
    """Organisation segments inside one noun chain."""
    out = []
    seg: list[int] = []

    def flush_upto(last_head: int | None):
        if last_head is None:
            return
        part = seg[:last_head + 1]
        # leading numbers (not "26번"), descriptive words and dates are no part of a name
        while part and (tokens[part[0]].form in rules.breakers and part[0] not in opens
                        or tokens[part[0]].form in rules.temporal
                        or tokens[part[0]].form in rules.period_parts or tokens[part[0]].tag in ("NNB", "SN", "NR")
                        and not (tokens[part[0]].tag == "SN" and len(part) > 1 and tokens[part[1]].form in ("번", "호"))):
            part = part[1:]
        if not part:
            return
        g = gaz_span.get(part[-1])
        if g is not None and g.kind == "org":
            # a known name extended only by a country or city before it ("대한민국 행정연구원")
            inside = [k for k in part if tokens[k].begin >= g.begin]
            before = [k for k in part if tokens[k].begin < g.begin]
            while before and gaz_kind.get(before[0]) not in ("country", "place"):
                before = before[1:]
            if any(gaz_kind.get(k) not in ("country", "place") for k in before):
                before = []
            part = before + inside
        # descriptive words before a country start no name: "포럼 기간 폴란드 기후환경부"
        geo = next((n for n, k in enumerate(part) if gaz_kind.get(k) in ("country", "place")), None)
        if geo and all(k not in gaz_kind and tokens[k].tag == "NNG" and tokens[k].form not in rules.name_prefixes
                       for k in part[:geo]) and tokens[part[geo - 1]].stop < tokens[part[geo]].begin:
            part = part[geo:]
        lead = part[0] - 1  # a name never starts inside a word: Kiwi read its first syllable as a determiner
        if lead >= 0 and tokens[lead].tag == "MM" and tokens[lead].stop == tokens[part[0]].begin \
                and tokens[lead].form not in rules.referential and tokens[lead].form not in rules.breakers \
                and (tokens[lead].begin == 0 or not "가" <= text[tokens[lead].begin - 1] <= "힣") \
                and lead not in gaz_kind and lead not in blocked:
            part = [lead] + part  # '최근 한서협회가' read 한 + 서 + 협회: the name is 한서협회
        first, last = tokens[part[0]], tokens[part[-1]]
        surface = text[first.begin:last.stop]
        if len(part) == 1:
            if part[0] in gaz_kind or not rules.standalone_org(first.form):
                return
        elif all(k in gaz_kind for k in part) and len({gaz_span[k] for k in part}) == 1:
            return  # exactly one gazetteer mention: nothing to add
        if len(surface.split()) > 7 or surface in rules.bare or surface in rules.titles:
            return  # a bare head Kiwi split in two ("무역" + "관"): no name
        if _generic_only(text, tokens, part, rules, gaz_kind):
            return  # "공동위원회", "협력 센터", "운영위원회": a description, not a name
        out.append(Mention(first.begin, last.stop, surface, "org", strategy="pattern", score=0.8))

    last_head = None
    opens: set[int] = set()  # breakers that open one word with a name ('해외건설협회')
    for pos, i in enumerate(chain):
        t = tokens[i]
        if t.form in rules.breakers and _opens_name(text, tokens, chain, pos, rules):
            opens.add(i)
        # "… 케냐 국무총리 겸 외교부": a title (no head) with more words after it ends a name
        title_inside = t.form in rules.titles and pos + 1 < len(chain) and tokens[chain[pos + 1]].begin > t.stop \
            and i not in gaz_kind and not rules.is_head(t.form)
        # a breaker glued inside one word on both sides is part of a name ("중소벤처기업위원회")
        inside_word = pos > 0 and tokens[chain[pos - 1]].stop == t.begin and pos + 1 < len(chain) \
            and tokens[chain[pos + 1]].begin == t.stop
        own_word = t.form in rules.word_breakers and (t.begin == 0 or text[t.begin - 1].isspace())
        if i in blocked or (t.form in rules.breakers and not inside_word and i not in opens) or t.form in rules.temporal or title_inside \
                or own_word:
            flush_upto(last_head)
            seg, last_head = [], None
            continue
        prev_surface = gaz_span[seg[-1]].text if seg and seg[-1] in gaz_span else tokens[seg[-1]].form if seg else ""
        nxt = tokens[chain[pos + 1]] if pos + 1 < len(chain) else None
        branch = gaz_kind.get(i) == "place" and nxt is not None and nxt.form in rules.branch_heads \
            and nxt.begin > t.stop  # "충남대 알마티 사무소": an office of the body before
        acronyms = t.tag == "SL" and tokens[seg[-1]].tag == "SL" if seg else False  # "KAIST-NU"
        if seg and last_head is not None and last_head == len(seg) - 1 and tokens[seg[-1]].stop < t.begin \
                and not prev_surface.endswith(rules.parent_heads) and not branch \
                and not (acronyms and text[tokens[seg[-1]].stop:t.begin] in JOINERS):
            # a head followed by another word after a space: "농촌진흥원 국립축산과학원" are two
            flush_upto(last_head)
            seg, last_head = [], None
        seg.append(i)
        kind = gaz_kind.get(i)
        if kind == "org" or (kind is None and (rules.is_head(t.form) or glued_head(text, tokens, seg, rules))):
            if kind == "org" and i + 1 in gaz_kind and gaz_span.get(i + 1) is gaz_span.get(i):
                continue
            last_head = len(seg) - 1
    flush_upto(last_head)
    return out


def _opens_name(text: str, tokens: list[Tok], chain: list[int], pos: int, rules: Rules) -> bool:
    """True when the breaker at ``chain[pos]`` begins a word of at least three tokens that ends
    in an organisation head ('해외건설협회' = 해외 + 건설 + 협회, '국내외식업협회'): the word is one
    name; '해외사무소', '현지법인' (two tokens) and '해외 건설협회' (a space) stay descriptions."""
    t = tokens[chain[pos]]
    if t.begin > 0 and ("가" <= text[t.begin - 1] <= "힣" or text[t.begin - 1].isalnum()):
        return False
    k = pos
    while k + 1 < len(chain) and tokens[chain[k + 1]].begin == tokens[chain[k]].stop:
        k += 1
    if k - pos < 2:
        return False
    end = tokens[chain[k]]
    return rules.is_head(end.form) and all(tokens[chain[j]].form not in rules.breakers for j in range(pos + 1, k + 1))


def _generic_only(text: str, tokens: list[Tok], part: list[int], rules: Rules, gaz_kind) -> bool:
    """True when every word before the head only describes (공동, 운영, 협력, 실무 ...)."""
    geo = 0  # '유럽 유수 대학', '싱가포르 명문대학': a place before rating words still names no body
    while geo < len(part) - 1 and gaz_kind.get(part[geo]) in ("country", "place"):
        geo += 1
    if geo and not any(tokens[k].form in rules.descriptive for k in part[geo:]):
        geo = 0  # '몽골 국제협력센터': a name
    part = part[geo:]
    if any(k in gaz_kind or tokens[k].tag in ("NNP", "SL", "SH", "SN") for k in part):
        return False
    *mods, head = part
    words = [tokens[k].form for k in mods]
    # the head token may carry a modifier Kiwi did not split off ("공동위원회" = 공동 + 위원회)
    form = tokens[head].form
    suffix = rules.head_suffix(form) or form
    if len(form) > len(suffix):
        words.append(form[: -len(suffix)])
    return bool(words) and all(w in rules.generic for w in words)


def with_subunits(text: str, chosen: list[Mention], rules: Rules) -> list[Mention]:
    """A body and its unit written next to it are one body: "한국무역협회 대전세종충남지역본부", "코이카 필리핀
    사무소", "단국대 동양학연구원", "X협회 페루지부" (the unit's name, found by the patterns, ends in a unit
    head of the lexicon and is no known body of its own)."""
    heads = rules.subunit_heads
    if not heads:
        return chosen
    ordered = sorted(chosen, key=lambda m: m.begin)
    out: list[Mention] = []
    k = 0
    while k < len(ordered):
        m = ordered[k]
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if m.kind == "org" and nxt is not None and nxt.kind == "org" and nxt.strategy == "pattern" \
                and m.strategy in ("gazetteer", "pattern", "ner") and text[m.stop:nxt.begin] == " " \
                and nxt.text.replace(" ", "").endswith(heads) and not m.text.replace(" ", "").endswith(heads) \
                and not rules.org_class(nxt.text):
            out.append(Mention(m.begin, nxt.stop, text[m.begin:nxt.stop], "org", strategy="pattern",
                               score=min(m.score, nxt.score)))
            k += 2
            continue
        out.append(m)
        k += 1
    return out


def short_forms(text: str, chosen: list[Mention], rules: Rules) -> list[Mention]:
    """A body's short name written elsewhere on the page ("다라공과대학교" ... "다라공대 김가나 총장은", "다라대를
    방문해"; KB lexicon ``short_form_endings`` read backwards) is that body, wherever the patterns missed it or
    read it as a place or a name: an organisation mention over the word (linking folds it into the full name)."""
    pairs = [p.split() for p in rules.kb.lexicon.get("short_form_endings", [])]
    shorts: set[str] = set()
    for m in chosen:
        if m.kind != "org" or not m.text.split():
            continue
        word = m.text.split()[-1]
        for short, full in pairs:
            if word.endswith(full) and len(word) - len(full) >= 2:
                shorts.add(word[: len(word) - len(full)] + short)
    shorts -= {m.text for m in chosen}
    chosen = _city_universities(text, chosen)
    if not shorts:
        return chosen
    alt = "|".join(map(re.escape, sorted(shorts, key=len, reverse=True)))
    ordered = sorted(chosen, key=lambda m: m.begin)  # the mentions do not overlap: found by bisection
    begins = [m.begin for m in ordered]
    dropped: set[int] = set()
    added: list[Mention] = []
    for hit in re.finditer(rf"(?<![가-힣A-Za-z0-9])(?:{alt})(?=$|[^가-힣]|{_PARTICLE_AFTER})", text):
        b, e = hit.span()
        lo = max(0, bisect.bisect_left(begins, b) - 1)
        over = [k for k in range(lo, bisect.bisect_left(begins, e)) if ordered[k].stop > b]
        if any(ordered[k].kind not in ("place", "person") or ordered[k].begin < b or e < ordered[k].stop for k in over):
            continue  # a body, a country or a longer name holds the word
        dropped.update(over)
        added.append(Mention(b, e, hit.group(), "org", strategy="pattern", score=0.7))
    return [m for k, m in enumerate(ordered) if k not in dropped] + added


# a particle glued to a short name ("다라대는", "다라공대와", "다라대에서"), and nothing after it
_PARTICLE_AFTER = r"(?:은|는|이|가|을|를|의|와|과|에서|에|도|로|측|간)(?![가-힣])"


def _city_universities(text: str, chosen: list[Mention]) -> list[Mention]:
    """A university named after its city, written short or in full right after the city's name ("부다페스트공대",
    "카트만두대", "하노이국립대", "다카대학교"): an organisation (with the country before it, "헝가리 부다페스트공대"),
    not the city."""
    ordered = sorted(chosen, key=lambda m: m.begin)
    out: list[Mention] = []
    for k, m in enumerate(ordered):
        hit = _UNIVERSITY_AFTER.match(text, m.stop) if m.kind == "place" else None
        if hit is None or any(o.begin < hit.end() and m.stop < o.stop for o in ordered[k + 1:k + 2]):
            out.append(m)
            continue
        b = m.begin
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "country" and text[prev.stop:m.begin] == " ":
            out.pop()
            b = prev.begin
        out.append(Mention(b, hit.end(), text[b:hit.end()], "org", strategy="pattern", score=0.7))
    return out


_AFTER_NAME = r"(?=$|[^가-힣]|(?:은|는|이|가|을|를|의|와|과|에서|에|도|로|측|간)(?![가-힣]))"
# a university's name after its city: '대학교', '대', '국립대', '공대', '외국어대학교' ... and then no more of a word
_UNIVERSITY_AFTER = re.compile(r"(?:국립|공과|외국어|여자|의과|교육|과학기술)?(?:대학교|대학|대)" + _AFTER_NAME
                               + r"|(?:공대|여대|의대|외대|교대)" + _AFTER_NAME)
