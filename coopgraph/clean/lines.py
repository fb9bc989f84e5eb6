"""A classifier of lines for stripped web text: article text or page furniture.

Marker lists cannot keep up with the web: every site names its share
buttons, counters and menus differently. This model judges a line by its
shape, the way a reader does at a glance:

* **form**: length, number and length of tokens, sentence-final endings
  (다. / 했다 / 요.), a question or a UI message ending (…습니까?, …세요);
* **characters**: share of Hangul, Latin, digits and punctuation;
* **vocabulary** (``coopgraph/data/boilerplate.yaml``: ``widget_stems``,
  ``credit_stems``, ``button_words``): page-furniture stems, photo credits;
* **shapes**: e-mail, URL, image file name (IMG_1382, *.jpg), a bracketed
  credit (〈사진=…〉), a counter (조회수 6684, 댓글0), a caption mark (▲ …),
  a category path (국제/외교), a dated list item (2019.4.9 …);
* **page**: relative position, repetition of the same line in the page,
  and the neighbourhood (are the lines around it sentences or short items?
  did the rules drop them?);
* **body**: where the line stands relative to the article body (the running
  text the rules kept): before it, after it, how far from its nearest
  sentence, in the end matter after a copyright line or link block; the
  length of the run of short items it belongs to (a menu, a link list).

A logistic regression over these features gives P(boilerplate). Its weights
ship as ``coopgraph/models/boilerplate_lines.json`` and are rebuilt by
``scripts/train_boilerplate.py`` from weak labels (the corpus' must_keep and
must_drop strings, the team gold sets, and the rule filter's surest calls).
The caller (:func:`coopgraph.clean.boilerplate.strip_boilerplate`) applies it
only to lines the rules kept, with a bar per kind of line (:func:`page_kind`):
a Korean phrase or sentence with no sign of furniture is never dropped, a
one- or two-word label (an outlet or reporter name, a menu item) only when
the model is very sure, and never when it heads a sentence: losing an
article sentence costs more than keeping a menu word.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable
from importlib.resources import files

from coopgraph.clean.datelines import DATE, date_only
from coopgraph.clean.markers import any_of, fold, line_cache, load_markers

__all__ = ["FEATURES", "Page", "boilerplate_probs", "exempt", "features", "model_drops", "furniture_word", "has_full_date", "line_kind", "load_model",
           "page_kind", "protected", "starts_with_date"]

_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]")
_SENT_END = re.compile(r"(?:[.?!…。]|다|요|죠)\s*[\"'”’」』)\]]*\s*$")
_DA_END = re.compile(r"(?:다|요)[.!]?\s*[\"'”’」』)\]]*\s*$")
_UI_END = re.compile(r"(?:습니까|세요|십시오|주세요|됩니다|되었습니다|있습니다|없습니다|합니다)[.?!]?\s*$")
_CLAUSE = re.compile(r"(?:했|됐|한|된|있|없|였|이었|혔|졌|왔|갔|렸|켰|냈|웠)(?:다|으며|고|는데|지만)(?![가-힣])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://|www\.|\.(?:co\.kr|com|net|org|kr)(?:/|\b)", re.I)
_FILE = re.compile(r"(?:IMG|DSC|DSCN|KakaoTalk|photo|image)_?\d{2,}|\.(?:jpe?g|png|gif|webp|bmp)\b|_\d{6,}"
                   r"|^\d{1,3}_\S|\S_\S+\s*$", re.I)
_CREDIT = re.compile(r"(?:사진|자료|그래픽|영상|출처|이미지)\s*[=:：/]|=\s*[^=]{1,25}\s*제공|제공\s*[\])〉>】]?\s*$"
                     r"|^[\[(〈<【]?\s*(?:사진|자료|그래픽)\s")
_CAPTION = re.compile(r"^\W{0,2}(?:[A-Za-z]+_?\d+)*\s*[▲△▷]")
_BRACKETED = re.compile(r"^[\[(〈<【「『]\s*[^\])〉>】」』]{1,60}[\])〉>】」』]\.?$")
_COUNTER = re.compile(r"^[가-힣A-Za-z ]{1,8}\s*[:：]?\s*[\d,]+\s*(?:회|건|개|명)?$")
_CATPATH = re.compile(r"[가-힣A-Za-z]{2,}\s?[/>›]\s?[가-힣A-Za-z]{2,}")
_DATE_LEAD = re.compile(r"^\W{0,3}(?:(?:19|20)\d{2}\s*[.\-/년]|['’‘]?\d{2}\s*[.년]\s*\d{1,2}|\d{1,2}\s*월\s*\d{1,2}\s*일|"
                        r"(?:19|20)\d{2}\s*$)")
_HANGUL_WORD = re.compile(r"[가-힣]{2,}")
_DOT_LEAD = re.compile(r"^[•·∙ㆍ]")
_BULLET_LEAD = re.compile(r"^[•·∙ㆍ▪◦●○■□-]\s*")
_REPORTER = re.compile(r"(?:기자|특파원|통신원|에디터)(?:\s|$|[=\]])")

FEATURES = (
    "bias", "len_log", "short10", "short25", "long60", "end_sent", "end_da", "end_q", "ui_end", "clause",
    "hangul", "latin", "digit", "punct", "tokens_log", "short_tokens", "widget", "widget_any", "buttons_all",
    "credit", "file", "email", "url", "caption", "bracketed", "counter", "catpath", "colon_end", "pipes",
    "pos", "head", "tail", "repeated", "nb_sent", "nb_short", "date_lead", "reporter", "latin_only",
    "sent_x_long", "widget_x_short", "hangul_words",
    "before_body", "after_body", "body_dist", "run_log", "nb_drop", "after_end", "bullet_short", "one_word",
)


def _share(rx: re.Pattern, s: str) -> float:
    chars = len(s.replace(" ", "")) or 1
    return len(rx.findall(s)) / chars


def _sentence_like(s: str) -> bool:
    return bool(_SENT_END.search(s)) and (len(s) >= 25 or s.count(" ") >= 4)


def _short_item(s: str) -> bool:
    return len(s) <= 25 and not _SENT_END.search(s)


_BODY_MIN = 40  # a line of the article body: it reads as running text and is at least this long
_END_LABELS = ("drop:copyright", "drop:footer", "drop:heading", "drop:link-list", "drop:headline-list")


class Page:
    """What the features need to know about the whole page, computed once (linear in its length).

    ``labels`` (optional) are the rule filter's labels of the same lines: where the rules dropped
    lines, and where the article body (the running text they kept) begins and ends.
    """

    def __init__(self, lines: list[str], labels: list[str] | None = None) -> None:
        self.lines = lines
        self.nonblank = [k for k, x in enumerate(lines) if x]
        self.rank = {k: r for r, k in enumerate(self.nonblank)}
        self.count: dict[str, int] = {}
        for x in lines:
            self.count[x] = self.count.get(x, 0) + 1
        self.sentence = {k: _sentence_like(lines[k]) for k in self.nonblank}
        self.short = {k: _short_item(lines[k]) for k in self.nonblank}
        labels = labels or ["content"] * len(lines)
        self.dropped = {k for k in self.nonblank if labels[k].startswith("drop:")}
        body = [self.rank[k] for k in self.nonblank
                if k not in self.dropped and self.sentence[k] and len(lines[k]) >= _BODY_MIN and not _strong(lines[k])]
        self.body = body
        self.first_body = body[0] if body else len(self.nonblank)
        self.last_body = body[-1] if body else -1
        # a copyright/footer line or a link block after the last body sentence: the page's end matter
        ends = [self.rank[k] for k in self.nonblank if labels[k] in _END_LABELS and self.rank[k] > self.last_body]
        self.end_from = ends[0] if ends and body else len(self.nonblank)
        # runs of consecutive short items (menus, link lists): each line's run length
        self.run: dict[int, int] = {}
        cur: list[int] = []
        for k in [*self.nonblank, -1]:
            if k >= 0 and self.short[k]:
                cur.append(k)
                continue
            for j in cur:
                self.run[j] = len(cur)
            cur = []

    def body_distance(self, rank: int) -> int:
        """Non-blank lines between this one and the nearest body sentence (a large number without one)."""
        import bisect

        if not self.body:
            return 99
        at = bisect.bisect_left(self.body, rank)
        near = [abs(self.body[j] - rank) for j in (at - 1, at) if 0 <= j < len(self.body)]
        return min(near)


def features(page: Page, i: int) -> list[float]:
    """The feature vector of line ``i`` (normalised, non-blank) of ``page``."""
    mk = load_markers()
    lines = page.lines
    s = lines[i]
    key = fold(s)
    n = len(s)
    tokens = s.split()
    nt = len(tokens) or 1
    end_sent = bool(_SENT_END.search(s))
    hits = sum(1 for st in _widget_stems() if st in key) if _stem_finder("widget_stems").search(key) else 0
    nonblank = page.nonblank
    rank = page.rank.get(i, 0)
    total = max(len(nonblank), 1)
    around = nonblank[max(0, rank - 2):rank] + nonblank[rank + 1:rank + 3]
    words = [t.casefold() for t in re.split(r"[\s|·•∙ㆍ/>›»:,\[\]()<>]+", s) if t]
    real = [t for t in words if not t.isdigit()]
    long60 = n >= 60
    short25 = n <= 25
    return [
        1.0,
        math.log1p(n) / 5,
        float(n <= 10),
        float(short25),
        float(long60),
        float(end_sent),
        float(bool(_DA_END.search(s))),
        float(s.rstrip().endswith("?")),
        float(bool(_UI_END.search(s))),
        float(bool(_CLAUSE.search(s))),
        _share(_HANGUL, s),
        _share(_LATIN, s),
        _share(_DIGIT, s),
        _share(_PUNCT, s),
        math.log1p(nt) / 3,
        sum(1 for t in tokens if len(t) <= 3) / nt,
        min(hits / nt, 1.0),
        float(hits > 0),
        float(bool(real) and all(t in mk.button_words for t in real)),
        float(bool(_CREDIT.search(s)) or bool(_stem_finder("credit_stems").search(key)) and n <= 40 and not end_sent),
        float(bool(_FILE.search(s))),
        float(bool(_EMAIL.search(s))),
        float(bool(_URL.search(s))),
        float(bool(_CAPTION.match(s))),
        float(bool(_BRACKETED.match(s))),
        float(bool(_COUNTER.match(s))),
        float(bool(_CATPATH.search(s)) and n <= 40),
        float(s.rstrip().endswith((":", "："))),
        float(s.count("|") >= 2),
        rank / total,
        float(rank < max(3, total * 0.15)),
        float(rank >= total * 0.75),
        float(page.count.get(s, 0) > 1),
        sum(1 for k in around if page.sentence[k]) / max(len(around), 1),
        sum(1 for k in around if page.short[k]) / max(len(around), 1),
        float(bool(_DATE_LEAD.match(s))),
        float(bool(_REPORTER.search(s)) and n <= 60),
        float(not _HANGUL.search(s) and bool(_LATIN.search(s))),
        float(end_sent and long60),
        float(hits > 0 and short25),
        min(len(_HANGUL_WORD.findall(s)), 8) / 8,
        float(rank < page.first_body),
        float(rank > page.last_body),
        min(math.log1p(page.body_distance(rank)), 3.0) / 3,
        math.log1p(page.run.get(i, 0)) / 3,
        sum(1 for k in around if k in page.dropped) / max(len(around), 1),
        float(rank > page.end_from),
        float(bool(_BULLET_LEAD.match(s)) and nt <= 3),
        float(nt <= 2 and n <= 12 and not end_sent),
    ]


_YEARISH = re.compile(r"(?<![\d.,:])(?:(?:19|20)\d{2}|['’‘]\d{2})(?![\d:])|(?<![\d.])\d{2}\.\d{1,2}(?:\.\d{1,2})?(?![\d])")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_FULL_DATE = re.compile(DATE)
_KO_DATE = re.compile(r"\d{4}\s*년\s*\d{1,2}\s*월")
_BRACKET_DATE = re.compile(r"[(\[]\s*(?:(?:19|20)\d{2}|['’‘]?\d{2})\s*[.\-/년]\s*\d{1,2}(?:\s*[.\-/월]\s*\d{1,2})?\s*[.일]?\s*"
                           r"(?:[)\],]|서명|체결|발효|가서명)")
_LIST_ITEM = re.compile(r"^(?:[-–—•·∙ㆍοoㅇ○●◦▪□■*]\s+|[-–—•·∙ㆍοㅇ○●◦▪□■*](?=[가-힣]))")
_CREDIT_TAIL = re.compile(r"(?:제공|DB|캡처|캡쳐|촬영|사진|뉴스1|연합뉴스|뉴시스)\s*[\])〉>】]?\s*$")


def line_kind(s: str) -> str:
    """Which bar the model's P(boilerplate) must pass.

    "phrase": Korean text with no sure sign of page furniture (a title, a section heading, a
    sentence, a caption telling an act) and, when short, no furniture word at all: never dropped
    by the model, however it scores - the signs the model weighs also occur in articles.
    "label": such a phrase of one or two words (an outlet or reporter name, a menu item, a caption
    such as "행사장 전경"): a high bar, since it carries no sentence to lose. "sentence": running
    text with a sign of furniture (a UI message, a widget word, a credit): a high bar. "other":
    everything else.
    """
    key = fold(s)
    furniture = (_strong(s) or _CREDIT.search(s) or _COUNTER.match(s) or _UI_END.search(s))
    weak = len(s) <= 20 and not _sentence_like(s) and bool(_stem_finder("widget_stems").search(key))  # "서울대 소식"
    if not furniture and not weak and (_sentence_like(s) or _HANGUL_WORD.search(s) and _share(_HANGUL, s) >= 0.35):
        return "label" if _label_like(s) else "phrase"
    return "sentence" if _sentence_like(s) else "other"


def page_kind(page: Page, i: int) -> str:
    """:func:`line_kind` of line ``i`` in its page: a one- or two-word phrase directly above a
    sentence the rules kept is a section heading ("과학기술 협력" / "양국은 …했다."), judged as a
    phrase - unless a dot bullet opens it ("• 홍길동": an item of a meta list)."""
    kind = line_kind(page.lines[i])
    if kind == "label" and not _DOT_LEAD.match(page.lines[i]):  # "• 홍길동": an item of a meta list, no heading
        r = page.rank.get(i, -1) + 1
        if r < len(page.nonblank):
            k = page.nonblank[r]
            if k not in page.dropped and page.sentence[k] and not _strong(page.lines[k]):
                return "phrase"
    return kind


def _label_like(s: str) -> bool:
    """One or two words, short, no sentence ending: "• 한빛뉴스", "담당자", "행사장 전경"."""
    body = _BULLET_LEAD.sub("", s)
    return len(body.split()) <= 2 and len(body) <= 12 and not _SENT_END.search(body)


def furniture_tail(s: str) -> bool:
    """A sure furniture word in a short tail glued after a sentence ("원본보기 아이콘", "댓글 0 공유하기")."""
    return bool(_stem_finder("widget_strong").search(fold(s)))


@line_cache  # asked of a line by the page, its kind and its neighbours' kinds
def _strong(s: str) -> bool:
    """A sure sign of page furniture: a strong widget stem, a file name, an e-mail or a URL."""
    return (bool(_stem_finder("widget_strong").search(fold(s))) or bool(_FILE.search(s)) or bool(_EMAIL.search(s))
            or bool(_URL.search(s)))


def furniture_word(s: str) -> bool:
    """A widget word anywhere in the line ("바로가기", "더보기", "목록")."""
    return bool(_stem_finder("widget_stems").search(fold(s)))


@line_cache  # asked ~6 times of a line by the list readers
def starts_with_date(s: str) -> bool:
    """The line opens with a date, after at most a bullet: "- 2019.4.9 …", "'99.12.14 …", "3월 12일 …"."""
    return bool(_DATE_LEAD.match(s))


def has_full_date(s: str) -> bool:
    """The line holds a full date (year, month and day)."""
    return bool(_FULL_DATE.search(s))


def exempt(s: str) -> bool:
    """Lines the model never judges: dated list items (:func:`protected`) and any line holding a
    full date - a caption's or credit's date may be the only date context of a page without a byline."""
    return protected(s) or bool(_FULL_DATE.search(s))


def protected(s: str) -> bool:
    """A dated item of a list or chronology ("2019.4.9 투자보장협정 서명", "'99.12.14~17 제1차 협상",
    "수형자 이송협력협정 2019년 04월 23일", "ㅇ 대통령 국빈방문(2010년 4월)"): never dropped by the model,
    however short (relations-history pages are made of them). Not a byline (a clock time), a caption
    credit, a UI message, an address or a file name."""
    if date_only(s) is not None:
        return True  # a lone date the rules kept: an entry of a chronology
    words = len(_HANGUL_WORD.findall(s))
    one = _KO_DATE.search(s) or _BRACKET_DATE.search(s) or _LIST_ITEM.match(s)  # "ο 항공협정 (79.10)"
    if len(s) > 200 or not _YEARISH.search(s) or words < (1 if one else 2):
        return False
    return not (_CLOCK.search(s) or _CREDIT_TAIL.search(s) or _CREDIT.search(s) or _UI_END.search(s)
                or _EMAIL.search(s) or _URL.search(s) or _FILE.search(s))


@functools.cache
def _widget_stems() -> tuple[str, ...]:
    return _vocab("widget_stems")


@functools.cache
def _stem_finder(name: str) -> re.Pattern[str]:
    """One pattern finding any stem of the list ``name`` in a folded line (:func:`markers.any_of`)."""
    return any_of(_vocab(name))


def _vocab(name: str) -> tuple[str, ...]:
    from coopgraph.text.yamlfile import data_yaml

    raw = data_yaml("boilerplate.yaml")
    return tuple(dict.fromkeys(fold(str(x)) for x in raw.get(name) or ()))


@functools.cache
def load_model() -> dict:
    """The shipped weights: ``features``, ``weights``, ``thresholds``; checked against :data:`FEATURES`."""
    model = json.loads((files("coopgraph") / "models" / "boilerplate_lines.json").read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        raise RuntimeError("coopgraph/models/boilerplate_lines.json does not match the feature list; "
                           "rebuild it with scripts/train_boilerplate.py")
    return model


def score(x: list[float], weights: list[float]) -> float:
    z = sum(a * b for a, b in zip(x, weights))
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


# the most a line's P(boilerplate) can be (score clamps z to 30): a kind whose bar is above it is never dropped
_MAX_P = 1.0 / (1.0 + math.exp(-30.0))


def model_drops(lines: list[str], which: list[int], labels: list[str] | None = None,
                spared: Callable[[int], bool] | None = None) -> list[int]:
    """The lines in ``which`` whose P(boilerplate) reaches the bar of their :func:`page_kind` (the model's
    thresholds): ``[i for i, (p, kind) in boilerplate_probs(...).items() if p >= thresholds[kind]]``, with
    no features computed for a line whose kind's bar no P can reach ("phrase": 1.0, most lines of text).
    ``spared(i)``: a line the model does not judge, asked only of the lines it could drop."""
    model = load_model()
    w, bar = model["weights"], model["thresholds"]
    page = Page(lines, labels)
    out = []
    for i in which:
        need = bar[page_kind(page, i)]
        if need <= _MAX_P and not (spared is not None and spared(i)) and score(features(page, i), w) >= need:
            out.append(i)
    return out


def boilerplate_probs(lines: list[str], which: list[int],
                      labels: list[str] | None = None) -> dict[int, tuple[float, str]]:
    """(P(boilerplate), :func:`page_kind`) of each line index in ``which`` (lines normalised; blank
    lines as ""; ``labels`` the rule filter's labels of the same lines)."""
    w = load_model()["weights"]
    page = Page(lines, labels)
    return {i: (score(features(page, i), w), page_kind(page, i)) for i in which}
