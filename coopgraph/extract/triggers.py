"""Event triggers found in Kiwi morphemes, with the noun each one governs.

The lexicon (``coopgraph/data/triggers.yaml``) names predicates (체결, 개최, 방문 ...)
by Kiwi lemma, so every inflection matches: 체결했다, 체결됐으며, 체결한, 체결하기로
all analyse to 체결/NNG + 하|되/XSV + endings. A trigger's event type comes from its
class and the event noun it governs (nearest noun compound of an allowed class:
"회의에 참석했다" is a meeting, "개소식이 열렸다" an opening, "프로그램을 승인했다" a
project). Clauses are cut at coordinating endings (했으며, 하고) so one sentence can
carry several events with their own arguments.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopgraph.extract.lexicon import Lexicon, load_lexicon  # noqa: F401 - load_lexicon re-exported
from coopgraph.records import Token

NOUNISH = {"NNG", "NNP", "NNB", "NR", "SL", "SH", "SN", "XSN", "XPN", "W_SERIAL", "NP"}
NAME_BREAK_NNB = {"등", "간", "측", "중", "및", "외", "별", "쪽"}
REF_TAGS = {"MM", "NNG", "NP", "MAG", "NNP", "XPN", "NNB"}
PLAN_NOUNS = {"계획", "방침", "의사", "구상", "예정"}  # 할 계획이다: a plan, not a topic
RUN_BREAK_WORDS = {"이날", "당일", "한편", "또한", "이후", "당시"}


def is_reference_word(tok: Tok, lex: Lexicon) -> bool:
    """이번/동/해당/이 as a determiner (not 이 the subject particle)."""
    return tok.form in lex.reference_words and tok.tag in REF_TAGS


def _breaks_run(tok: Tok, lex: Lexicon) -> bool:
    return tok.form in RUN_BREAK_WORDS or is_reference_word(tok, lex)
_NOUNISH_SO = frozenset(NOUNISH | {"SO"})
_NOUNISH_SO_BRACKETS = frozenset(NOUNISH | {"SO", "SSO", "SSC"})
_NOUN_WORDS = frozenset(NOUNISH - {"SN", "W_SERIAL", "NR"})
PRED_TAGS = {"XSV", "XSA", "VV", "VA", "VX", "VCP", "VCN", "EP", "VV-R", "VV-I", "VA-R", "VA-I"}


Tok = Token  # one Kiwi morpheme with absolute offsets into the document text (records.Token)


def tokenize(text: str) -> tuple[Tok, ...]:
    """Kiwi morphemes of ``text`` with absolute offsets."""
    import re

    from coopgraph.text.kiwi import get_kiwi

    kiwi = get_kiwi()
    out: list[Tok] = []
    for line in re.finditer(r"[^\n]+", text):  # line by line: Kiwi wants one paragraph per call
        chunk = line.group()
        if not chunk.strip():
            continue
        base = line.start()
        out.extend(Tok(t.form, t.tag, base + t.start, base + t.start + t.len) for t in kiwi.tokenize(chunk))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class NounRun:
    """A run of nominal morphemes (a noun compound, spaces allowed) inside a clause."""

    first: int  # token index
    last: int  # token index, inclusive
    begin: int
    stop: int
    compound: str
    cls: str | None
    noun: str | None


@dataclass(frozen=True, slots=True)
class Trigger:
    """A predicate (or nominal) that may make an event.

    ``form`` is "verbal" (체결했다, 체결했으며), "adnominal" (체결된, 열린), "nominal"
    (체결, 면담을 통해) or "headline" (a nominal ending a line with no verb).
    """

    index: int  # token index of the trigger lemma
    end_index: int  # last token index of its verb group
    begin: int
    stop: int
    lemma: str
    cls: str
    form: str
    governed: NounRun | None
    status: str  # happened | planned | negated
    cue: str | None
    reference: bool  # the governed noun / trigger is a back-reference (이번 방문에서)
    location: tuple[str, str] | None = None
    place_object: bool = False
    framed: bool = False  # a nominal visit told as a time frame (방한 기간 중, 방문길에): it happened
    topic: bool = False  # the object of a talk or plan (설립을 논의했다, 체결을 추진하기로): not an act told


def _is_topic_object(toks, i: int, hi: int, lex: Lexicon) -> bool:
    """'센터 설립도 논의했다', '협정 체결을 추진하기로', '개소 등을 협의', '설립에 대해 논의': the verbal
    noun at ``i`` is what a talk or a plan is about."""
    k = i + 1
    if k < hi and toks[k].tag == "NNB" and toks[k].form in ("등", "및"):
        k += 1
    if k < hi and toks[k].tag == "JKB" and toks[k].form == "에" and k + 1 < hi and toks[k + 1].form in ("대하", "관하"):
        k += 3 if k + 2 < hi and toks[k + 2].tag == "EC" else 2
    elif k < hi and (toks[k].tag == "JKO" or (toks[k].tag == "JX" and toks[k].form in ("도", "까지"))
                     or (toks[k].tag == "JKB" and toks[k].form == "에")):
        k += 1  # '설립을 논의', '출범에 합의': what was talked about or agreed
    else:
        return False
    if k < hi and toks[k].tag == "MAG":
        k += 1  # 체결을 적극 추진하기로
    if k >= hi or toks[k].form not in lex.topic_verbs:
        return False
    return toks[k].tag.startswith("VV") or (k + 1 < hi and toks[k + 1].tag in {"XSV", "XSA"})


def clause_spans(toks: tuple[Tok, ...], first: int, last: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Cut the token range [first, last) into coordinated clauses (token index ranges)."""
    spans, start = [], first
    for i in range(first, last):
        t = toks[i]
        cut = False
        if t.tag == "EC" and t.form in lex.clause_endings and i > first and toks[i - 1].tag in PRED_TAGS:
            cut = True
        elif (t.tag == "SP" and t.form == "," and i > first and toks[i - 1].tag == "NNG"
              and toks[i - 1].form in lex.predicates and toks[i - 1].stop == t.begin):
            cut = True  # "사절단을 파견, 러시아 ..." a verbal noun + comma joins two clauses
        if cut and i + 1 < last:
            spans.append((start, i + 1))
            start = i + 1
    spans.append((start, last))
    return [s for s in spans if s[0] < s[1]]


def _run_at(toks: tuple[Tok, ...], last: int, lo: int, lex: Lexicon, stop_at: set[int]) -> NounRun | None:
    """The noun run ending at token ``last`` (inclusive), not reaching below ``lo``."""
    if last < lo or toks[last].tag not in NOUNISH or last in stop_at or _breaks_run(toks[last], lex):
        return None
    i = last
    while i - 1 >= lo and toks[i - 1].tag in _NOUNISH_SO and (i - 1) not in stop_at:
        prev = toks[i - 1]
        if _breaks_run(prev, lex):
            break
        if prev.tag == "NNB" and prev.form in NAME_BREAK_NNB:
            break
        if toks[i].begin - prev.stop > 1:
            break
        i -= 1
    while i <= last and toks[i].tag in {"SO", "SN", "W_SERIAL", "NR"}:
        i += 1
    if i > last:
        return None
    forms = "".join(t.form for t in toks[i:last + 1] if t.tag not in {"SN", "W_SERIAL", "SO", "NR"})
    hit = lex.noun_class(forms) if forms else None
    return NounRun(i, last, toks[i].begin, toks[last].stop, forms, hit[0] if hit else None, hit[1] if hit else None)


def runs_before(toks, index: int, lo: int, lex: Lexicon, stop_at: set[int]):
    """Noun runs before token ``index`` in the clause, nearest first."""
    j = index - 1
    while j >= lo:
        if toks[j].tag == "NNB" and j - 1 >= lo and toks[j - 1].tag == "SN":
            j -= 2  # 과제 10건을 선정: a count after the noun it counts
            continue
        if toks[j].tag in NOUNISH and j not in stop_at:
            if toks[j].tag == "NNB" and toks[j].form in NAME_BREAK_NNB:
                j -= 1
                continue
            run = _run_at(toks, j, lo, lex, stop_at)
            if run is not None:
                yield run
                j = run.first - 1
                continue
        j -= 1


def run_after(toks, index: int, hi: int, lex: Lexicon) -> NounRun | None:
    """The noun run that the adnominal ending at token ``index`` modifies."""
    j = index + 1
    if j < hi and is_reference_word(toks[j], lex):
        j += 1  # 마련한 이번 상담회: the caller sees the reference word before the run
    if j < hi and toks[j].tag == "SSO" or (j < hi and toks[j].form in ("'", '"', "‘", "“")):
        # a quoted title first: '한-러 과학기술의 밤' 행사 -> the noun after the quote;
        # '제30차 한-러 어업위원회'에서 -> the title's own last noun
        for k in range(j + 1, min(hi, j + 25)):
            if toks[k].tag == "SSC" or (toks[k].form in ("'", '"', "’", "”") and k > j):
                if k + 1 < hi and toks[k + 1].tag in NOUNISH:
                    j = k + 1
                else:
                    hi, j = k, j + 1
                break
    if j >= hi or toks[j].tag not in _NOUNISH_SO_BRACKETS:
        return None
    k = j
    while k + 1 < hi and toks[k + 1].tag in _NOUNISH_SO_BRACKETS and toks[k + 1].begin - toks[k].stop <= 1:
        if (toks[k + 1].tag == "NNB" and toks[k + 1].form in NAME_BREAK_NNB) or _breaks_run(toks[k + 1], lex):
            break
        k += 1
    while k >= j and toks[k].tag not in _NOUN_WORDS:
        k -= 1
    if k < j:
        return None
    forms = "".join(t.form for t in toks[j:k + 1] if t.tag in _NOUN_WORDS)
    hit = lex.noun_class(forms) if forms else None
    return NounRun(j, k, toks[j].begin, toks[k].stop, forms, hit[0] if hit else None, hit[1] if hit else None)


def _purpose(toks, i: int, end: int, hi: int, lex: Lexicon) -> bool:
    """The act is the purpose of another: 'X 추진을 위한', 'X를 체결하기 위해', 'X를 시행하고 관리하기 위해'."""
    if not lex.purpose_verbs:
        return False
    n = len(toks)

    def purpose_at(k: int) -> bool:
        return k + 1 < n and toks[k + 1].tag == "VV" and toks[k + 1].form in lex.purpose_verbs and (
            (toks[k].tag == "ETN" and toks[k].form == "기") or toks[k].tag == "JKO")

    k = i + 1
    if k < n and toks[i].tag == "NNG" and purpose_at(k):
        return True  # 추진을 위한
    while k < n and toks[k].tag in ("XSV", "EP") and k - i <= 2:
        k += 1
    if purpose_at(k):
        return True  # 체결하기 위해
    # '시행하고 관리하기 위해': two verbs of one object, the second for a purpose
    return (k + 4 < n and toks[k].form == "고" and toks[k].tag == "EC" and toks[k + 1].tag == "NNG"
            and toks[k + 2].tag == "XSV" and purpose_at(k + 3))


def _habitual(toks, end: int, hi: int, lex: Lexicon) -> bool:
    """The continuative auxiliary right after the act (하+어 오+았다: '논의해 왔다', '교류해 온')."""
    for k in range(end, min(hi, end + 4) - 1):
        a, b = toks[k], toks[k + 1]
        if a.tag == "EC" and a.form in ("어", "아", "여") and b.tag == "VX" and b.form in lex.habitual_aux:
            return True
    return False


def _has_seq(forms: list[str], seq: tuple[str, ...]) -> bool:
    n = len(seq)
    if n and seq[0] not in forms:
        return False
    return any(tuple(forms[i:i + n]) == seq for i in range(len(forms) - n + 1))


def _done_before(toks, j: int, hi: int) -> int | None:
    """'논의한 바 있다', '체결한 바가 있으며': the past act told by 바 (있다) after the adnominal ending at ``j``
    is a finite predicate; the index of the ending after 있, else None."""
    if not (toks[j].form in ("ᆫ", "은") and j + 2 < hi and toks[j + 1].form in ("바", "적") and toks[j + 1].tag == "NNB"):
        return None
    k = j + 2
    if toks[k].tag == "JKS" and k + 1 < hi:
        k += 1  # 바가 있다
    if toks[k].form != "있" or not toks[k].tag.startswith(("VV", "VA")):
        return None
    return k + 1 if k + 1 < hi and toks[k + 1].tag in {"EP", "EC", "EF"} else k


def _verb_group(toks, i: int, hi: int) -> tuple[int, str]:
    """(last token of the verb group starting at ``i``, form: verbal/adnominal/nominal)."""
    j = i + 1
    if toks[i].tag.startswith("V") or toks[i].tag in {"XSV", "XSA"}:
        pass  # a verb, or the 하/되 that closes a multi-morpheme pattern (공동 연구하다)
    elif j < hi and toks[j].tag in {"XSV", "XSA"} and toks[j].begin <= toks[i].stop:
        j += 1
    elif j < hi and toks[j].tag == "SP" and toks[j].form == ",":
        return i, "verbal"
    else:
        return i, "nominal"
    while j < hi and toks[j].tag in {"EP", "EC", "EF", "ETM", "ETN"}:
        if toks[j].tag == "ETM":
            done = _done_before(toks, j, hi)
            return (done, "verbal") if done is not None else (j, "adnominal")
        if toks[j].tag == "EC" and toks[j].form in ("어", "아") and j + 2 < hi and toks[j + 1].tag == "VX" \
                and toks[j + 2].tag == "ETM":
            return j + 2, "adnominal"  # 추진해 온 사업, 운영해 온 센터
        if toks[j].tag in {"EC", "EF", "ETN"}:
            return j, "verbal"
        j += 1
    return j - 1, "verbal"


def _in_compound(toks, i: int, hi: int, lex: Lexicon | None = None) -> bool:
    """착수식, 착수보고회, 서명식 split by Kiwi: a verbal noun glued to a following noun is part of it
    (but 순방길, 방문길, 방한이후: a visit and its way or its time frame)."""
    t = toks[i]
    if (lex is not None and i + 1 < hi and (toks[i + 1].form == "길" or toks[i + 1].form in lex.visit_frames)
            and lex.predicates.get(t.form, {}).get("class") == "visit"):
        return False
    return (t.tag == "NNG" and i + 1 < hi and toks[i + 1].begin == t.stop
            and toks[i + 1].tag in {"NNG", "XSN"} and toks[i + 1].form not in ("하", "되"))


def _pattern_hits(toks: tuple[Tok, ...], lo: int, hi: int, lex: Lexicon) -> dict[int, tuple[int, str]]:
    """Multi-morpheme patterns in [lo, hi): first token index -> (last token index, class); at one index the
    last pattern of the lexicon that matches wins. Only the patterns starting with a token's form are tried."""
    hits: dict[int, tuple[int, str]] = {}
    forms_all = [t.form for t in toks[lo:hi]]
    index = lex.pattern_index
    if all(forms for forms, _ in lex.patterns):
        tries = ((k, index[f]) for k, f in enumerate(forms_all) if f in index)
    else:  # an empty pattern matches everywhere: every pattern at every place
        tries = ((k, lex.patterns) for k in range(len(forms_all) + 1))
    for k, patterns in tries:
        for forms, cls in patterns:  # lexicon order
            n = len(forms)
            if k + n <= len(forms_all) and tuple(forms_all[k:k + n]) == forms and not any(
                    f == "이" and toks[lo + k + j].tag != "VCP" for j, f in enumerate(forms)):
                hits[lo + k] = (lo + k + n - 1, cls)  # 이 in a pattern is the copula (사업이다)
    return hits


def find_triggers(toks: tuple[Tok, ...], lo: int, hi: int, lex: Lexicon, headline: bool = False) -> list[Trigger]:
    """Triggers in the clause token range [lo, hi)."""
    out: list[Trigger] = []
    pattern_hits = _pattern_hits(toks, lo, hi, lex)
    skip: set[int] = set()
    for start, (end, _) in pattern_hits.items():
        skip.update(range(start + 1, end + 1))
    trigger_idx = {i for i in range(lo, hi) if toks[i].form in lex.predicates
                   and (toks[i].tag == "NNG" or toks[i].tag.startswith("VV"))
                   and not _in_compound(toks, i, hi, lex)
                   and not (lex.predicates[toks[i].form].get("alone") and i > lo
                            and toks[i - 1].stop == toks[i].begin and toks[i - 1].tag in NOUNISH)}
    for i in range(lo, hi):
        t = toks[i]
        if i in skip:
            continue
        if i in pattern_hits:
            pend, cls = pattern_hits[i]
            end, form = _verb_group(toks, pend, hi) if toks[pend].tag != "NNG" else _verb_group(toks, pend, hi)
            cop = next((j for j in range(i, min(hi, pend + 2)) if toks[j].tag == "VCP"), None)
            if form == "nominal" and cop is not None:  # 진행 중이다, 짓는 사업이다: a predicate by the copula
                end, form = cop, "verbal"
                if cop + 1 < hi and toks[cop + 1].tag == "ETM":
                    end, form = cop + 1, "adnominal"  # 추진 중인 'X 사업': the act modifies what follows
            info = {"class": cls}
            lemma = "".join(x.form for x in toks[i:pend + 1])
        elif i in trigger_idx:
            info = lex.predicates[t.form]
            cls = info["class"]
            end, form = _verb_group(toks, i, hi)
            lemma = t.form
            if t.tag.startswith("VV") and form == "nominal":
                form = "verbal"
        else:
            continue
        framed = cls == "visit" and form == "nominal" and (lemma.endswith("길") or bool(info.get("frame")) or (
            i + 1 < hi and toks[i + 1].form in lex.visit_frames and toks[i + 1].tag in {"NNG", "NNB"}))
        if form == "nominal" and i not in pattern_hits and i + 1 < hi and not framed and (
                toks[i + 1].form in lex.topic_nouns or (toks[i + 1].tag in {"NNG", "NNP", "SL"} and not headline
                                                         and toks[i + 1].form not in ("예정", "계획"))):
            continue  # 센터 설립 방안, 이행 협약, 진행 상황: the noun modifies another noun, no act
        if form == "adnominal" and toks[end].form == "는" and end + 1 < hi and toks[end + 1].form == "것":
            continue  # 체결하는 것만으로는: acts in general, not an act
        if (form == "adnominal" and end + 1 < hi and toks[end + 1].form in lex.topic_nouns
                and toks[end + 1].form not in PLAN_NOUNS):
            continue  # 센터를 설립하는 방안: a topic, not an act
        topic = form == "nominal" and i not in pattern_hits and not framed and _is_topic_object(toks, i, hi, lex)
        if form == "nominal" and headline and end + 1 >= hi - 1:
            form = "headline"
        # the governed noun
        allowed = lex.governs.get(cls, ())
        needs = tuple(info.get("needs", ()))
        governed = None
        # other verbal acts bound the search; a verbal noun used as a noun (회담을 갖고) does not
        stop_at = {k for k in trigger_idx - {i}
                   if k + 1 < hi and toks[k + 1].tag in {"XSV", "XSA"} or toks[k].tag.startswith("VV")}
        if allowed or needs:
            want = needs or allowed
            if form == "adnominal":
                nxt = run_after(toks, end, hi, lex)
                if nxt is not None and nxt.cls in want:
                    governed = nxt
            if governed is None:
                for run in runs_before(toks, i, lo, lex, stop_at):
                    if run.last + 1 < hi and toks[run.last + 1].form in ("외", "제외"):
                        continue  # '서명식 외 다른 일정은 진행됐다': the noun excepted is not what was held
                    if run.cls in want:
                        governed = run
                        break
                    if (cls == "hold" and run.cls is None and run.last + 1 < hi and toks[run.last + 1].tag == "JKO"
                            and run.last + 2 == i):
                        break  # '대사관은 … 리셉션을 열었다': what was held is the object right before the verb
                    if cls in ("open", "open_weak") and run.cls is None and governed is None:
                        if run.last + 1 < hi and toks[run.last + 1].tag == "JKO":
                            break  # '대사관은 … 리셉션을 열었다': what was opened is the object, no centre
                        continue
            if governed is None and needs:
                continue
            if governed is None and cls in ("hold", "implement", "open_weak", "award") and not (
                    cls == "award" and lemma in ("수상", "시상", "수여")):
                if cls != "attend":
                    continue
        # reference: 이번 방문에서 / 동 회의에서
        prev_tok = toks[i - 1] if i - 1 >= lo else None
        reference = bool(prev_tok and is_reference_word(prev_tok, lex) and form == "nominal")
        if governed is not None and governed.first - 1 >= lo and is_reference_word(toks[governed.first - 1], lex):
            reference = True
        # status cues
        span_end = min(hi, end + 8)
        if form == "adnominal" and toks[end].form in ("는", "ᆯ", "을"):
            span_end = hi  # 열리는 행사에서 ... 수여할 예정이다: a present/future act takes the clause's plan
        after = [x.form for x in toks[end:span_end]]
        before = toks[i - 1].form if i - 1 >= lo else ""
        status, cue = "happened", None
        for seq in lex.negated:
            if _has_seq(after, seq):
                status, cue = "negated", "".join(seq)
                break
        if status == "happened" and before in ("못", "안") and toks[i - 1].tag == "MAG":
            status, cue = "negated", before
        if status == "happened":
            if form == "adnominal" and toks[end].form in lex.future_adnominal and toks[end - 1].tag != "EP":
                status, cue = "planned", toks[end].form
            for seq in lex.planned:
                if _has_seq(after, seq):
                    status, cue = "planned", "".join(seq)
                    break
            if status == "planned" and any(_has_seq(after, seq) for seq in lex.abandoned_plan):
                status, cue = "negated", "abandoned-plan"
        if status == "happened" and toks[i].form not in lex.purpose_exempt and _purpose(toks, i, end, hi, lex):
            status, cue = "negated", "purpose"  # 추진을 위한, 체결하기 위해: what an act is for, not an act
        if status == "happened" and _habitual(toks, end, span_end, lex):
            status, cue = "negated", "habitual"  # 논의해 왔으며, 개최해 온: a habit or a series, no one happening
        loc = info.get("location")
        out.append(Trigger(index=i, end_index=end, begin=t.begin, stop=toks[end].stop, lemma=lemma, cls=cls,
                           form=form, governed=governed, status=status, cue=cue, reference=reference,
                           location=tuple(loc) if loc else None, place_object=bool(info.get("place_object")),
                           framed=framed, topic=topic))
    return out


_TAIL_OK = frozenset({"VCP", "EF", "EP", "EC", "ETM", "VX", "VV", "XSV", "JKB", "SF", "SP", "SS", "SSC"})


def _plan_cue(toks, c0: int, c1: int, lex: Lexicon) -> str | None:
    """The plan that closes the clause [c0, c1): a cue of ``lex.planned`` followed only by verb endings
    ('설립하기로 했다', '운영할 예정이다', '지원할 계획이다'; not '계획을 발표했다')."""
    forms = [t.form for t in toks[c0:c1]]
    for seq in lex.planned:
        n = len(seq)
        for k in range(max(0, len(forms) - 8), len(forms) - n + 1):
            if tuple(forms[k:k + n]) == seq and all(t.tag in _TAIL_OK for t in toks[c0 + k + n:c1]):
                return "".join(seq)
    return None


def shared_plan(toks, clauses: list[tuple[int, int]], ci: int, tr: Trigger, lex: Lexicon,
                dated=lambda span: False) -> str | None:
    """The plan a project or opening told in a tenseless -고 clause with no date of its own shares with the
    clauses after it ('교환학생 프로그램을 운영하고 공동연구센터를 설립하기로 했다': both are what was decided).
    ``dated(span)`` tells whether a clause (token range) tells a date."""
    if tr.status != "happened" or tr.form != "verbal" or (tr.cls not in lex.plan_sharing and tr.cls != "visit"):
        return None
    end = tr.end_index
    if toks[end].tag != "EC" or toks[end].form != "고" or any(t.tag == "EP" for t in toks[tr.index:end]):
        return None
    if dated(clauses[ci]):
        return None  # '양측은 이날 사업을 승인하고, 인력을 늘리기로 했다': the approval is told with its day
    for cj in range(ci + 1, len(clauses)):
        b, e = clauses[cj]
        cue = _plan_cue(toks, b, e, lex)
        if cue is not None:
            # a trip so told is part of a plan ('연구원을 파견하고 ... 열 계획이다'), but done before a decision
            # ('장관을 방문하고 협력하기로 했다')
            return cue if tr.cls != "visit" or cue != "기로" else None
        last = toks[e - 1]
        if not (last.tag == "EC" and last.form in ("고", "며", "으며", "면서") and not any(t.tag == "EP" for t in toks[b:e])):
            return None  # the next clause is told as done (or ends the sentence): no plan shared
    return None


def event_type(trig: Trigger, lex: Lexicon) -> str | None:
    """The SPEC event type a trigger makes, or None (attend without a noun, reference...)."""
    cls = trig.cls
    noun_type = lex.noun_types.get(trig.governed.cls) if trig.governed and trig.governed.cls else None
    if cls == "sign":
        return "agreement"
    if cls == "visit":
        return "visit"
    if cls in ("open", "open_weak"):
        return "opening"
    if cls == "implement":
        return "project" if noun_type == "project" else None
    if cls == "award":
        return "award"
    if cls == "discuss":
        return "meeting"
    if cls == "agree":  # 협정에 합의했다: an instrument; 협력 방안에 합의했다: what a meeting agreed
        return "agreement" if noun_type == "agreement" else None
    if cls == "select":
        return noun_type if noun_type in ("project", "award") else None
    if cls == "project_act":
        return "project"
    if cls in ("hold", "attend"):
        if trig.governed is not None and trig.governed.cls == "opening_target" and cls == "hold":
            return "opening"  # 센터를 열었다
        return noun_type
    return None
