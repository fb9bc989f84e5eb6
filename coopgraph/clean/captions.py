"""Photo captions, credits and outlet tags inside otherwise kept lines.

A crawler glues a photo's file name, its caption and its credit into the
text ("IMG_1382▲ 리셉션이 열렸다.", "…악수하고 있다. (사진=외교부 제공)",
"[매체=지역] 구는 …"). Captions retell the article's acts and make
duplicate events; credits and tags are names that are no participants.

:func:`trim_line` decides for one line: the whole line is a caption (drop
it), or a credit/tag at its edges is cut and the rest kept. A line that
tells an act in a sentence keeps the sentence (the caption may be the
only telling of an act the truncated body no longer reaches): only the
file name, the mark and the credit go.
"""

from __future__ import annotations

import re

__all__ = ["caption_sign", "retold", "trim_line"]

_FILE = r"(?:#?(?:IMG|DSC|DSCN|KakaoTalk|photo|image|P)_?\d{3,}\w*(?:\.(?:jpe?g|png|gif))?|\S+\.(?:jpe?g|png|gif|webp))"
_NUMBERED_FILE = re.compile(r"^\d{1,3}_.{2,80}_[^\s_]+$")
_FILE_LEAD = re.compile(rf"^\s*(?:{_FILE}\s*)+", re.I)
_CAPTION_MARK = re.compile(r"^\s*[▲△▷]")
_OPEN = r"[\[(〈<【]"
_CLOSE = r"[\])〉>】]"
# a credit at the end of a line: "(사진 외교부)", "[코이카 제공]", "〈사진=외교부 제공〉", "사진=홍길동 기자",
# "2019.11.27/뉴스1 DB", "연합뉴스"
_CREDIT_TAIL = re.compile(
    rf"\s*(?:{_OPEN}\s*(?:사진|자료|그래픽|영상|출처|이미지)[^\])〉>】]{{0,40}}{_CLOSE}?"
    rf"|{_OPEN}[^\])〉>】]{{1,30}}(?:제공|캡처|캡쳐|촬영|DB){_CLOSE}"
    rf"|(?:사진|자료|그래픽)\s*(?:제공)?\s*[=:：]\s*[^.。]{{1,30}}"
    rf"|(?<=[.。]\s)[가-힣A-Za-z]{{1,12}}\s*제공"
    rf"|(?:(?:19|20)\d{{2}}\.\d{{1,2}}\.\d{{1,2}}\.?\s*/|/)\s*[가-힣A-Za-z0-9]{{1,10}}(?:\s*DB)?)\s*$")
_OUTLET_TAIL = re.compile(r"(?<=[.다])\s+(?:연합뉴스|뉴시스|뉴스1|AP|AFP|로이터|EPA|신화)(?:\s*=\s*\S+)?\s*$")
_LEAD_TAG = re.compile(r"^\s*[\[【(]\s*[^\]】()=]{1,20}=\s*[^\]】()]{0,20}[\]】)]\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*)?")
_SENT_STOP = re.compile(r"(?:다|요|음|함|임)\s*[.!?]|[.!?](?=\s|$)")


def _content(s: str) -> bool:
    """What is left holds a dated item or a labelled value ("국교 수립일 : 1992년 01월 28일"): keep it."""
    from coopgraph.clean.lines import protected

    return protected(s) or bool(re.search(r"[:：]\s*\S", s))


def _sentences(s: str) -> int:
    return len(_SENT_STOP.findall(s))


def trim_line(s: str) -> str | None:
    """The line with file names, caption marks, credits and lead tags cut; None when nothing but those
    (or a short caption phrase such as "▲행사장 전경") is left.

    A caption that tells an act in a sentence keeps that sentence: the crawl keeps only the head of
    a page, and the caption may be the only telling of an act the body no longer reaches.
    """
    if _NUMBERED_FILE.match(s) and not _SENT_STOP.search(s):
        return None  # "2_협약식_행사모습": a picture's file name, words joined by underscores
    filed = bool(_FILE_LEAD.match(s))
    if filed or _CAPTION_MARK.match(s) and s.count("▲") + s.count("△") == 1:
        body = _CAPTION_MARK.sub("", _FILE_LEAD.sub("", s, count=1), count=1).strip()
        m = _CREDIT_TAIL.search(body)
        if m:
            body = body[:m.start()].rstrip()
        if not body or _sentences(body) == 0 and len(body) <= 40 and not _content(body):
            return None  # "IMG_1382", "▲행사장 전경", "▲ (사진=시 제공)"
        if filed:
            s = body
    m = _CREDIT_TAIL.search(s) or _OUTLET_TAIL.search(s)
    if m and m.start() < len(s):
        head = s[:m.start()].rstrip()
        if not head or _sentences(head) == 0 and len(head) <= 40 and not _content(head):
            return None  # "〈사진=외교부 제공〉", "사진=홍길동 기자", "'기업인 간담회' 2019.11.27/뉴스1 DB"
        s = head
    s = _cut_widget_tail(s)
    lead = _LEAD_TAG.match(s)
    if lead and len(s) - lead.end() >= 20:
        s = s[lead.end():].lstrip()  # "[매체=지역] 구는 …", "(서울=뉴스1) 홍길동 기자 = …"
    return s


# a person's place in a photo: "(왼쪽)", "(오른쪽 두 번째)", "(앞줄 좌측 넷째)", "(사진 오른쪽)"
_POSITION = re.compile(r"[(（]\s*(?:사진\s*)?(?:왼쪽|오른쪽|좌측|우측|가운데|앞줄|뒷줄|좌|우)(?:\s*(?:부터|에서))?"
                       r"(?:\s*(?:첫|두|세|네|다섯|여섯|\d)\s*(?:번째|째))?\s*[)）]")
# a picture's wording: "기념촬영을 하고 있다", "포즈를 취하고 있다", "악수하고 있다", "사진은 …", "… 모습."
_PHOTO = re.compile(r"기념\s?촬영|포즈를\s?취|악수하고\s?있다|^사진은\s|(?:^|\s)사진은\s|모습\.?\s*$")
_BIGRAM_CHARS = re.compile(r"[^가-힣A-Za-z0-9]")


def caption_sign(raw: str) -> bool:
    """The line as the page gave it bears a sign of a photo caption: a file name or a caption mark
    before it, a credit after it, a person's place in the picture, or a picture's wording."""
    return bool(_FILE_LEAD.match(raw) or _CAPTION_MARK.match(raw) or _CREDIT_TAIL.search(raw)
                or _OUTLET_TAIL.search(raw) or _POSITION.search(raw) or _PHOTO.search(raw))


def bigrams(s: str) -> set[str]:
    """The character bigrams of ``s`` over its letters and digits (a page's body: built once for all
    its captions)."""
    s = _BIGRAM_CHARS.sub("", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def retold(caption: str, body: set[str], share: float = 0.9) -> bool:
    """A caption whose words the body already tells: at least ``share`` of its character bigrams
    occur in ``body`` (:func:`bigrams` of the kept lines that are no captions). Dropping it
    loses nothing the body does not say, and it no longer retells the act as a second event."""
    grams = bigrams(caption)
    return len(grams) >= 4 and len(grams & body) >= share * len(grams)


_AFTER_STOP = re.compile(r"[.!?。][\"'”’」』)\]]*\s+")


def _cut_widget_tail(s: str) -> str:
    """A sentence with page furniture glued after it ("…이동하고 있다. 한빛통신 AD 원본보기 아이콘"): the
    tail goes when it is short, ends no sentence and holds a sure furniture word."""
    from coopgraph.clean.lines import furniture_tail

    stops = list(_AFTER_STOP.finditer(s))
    if not stops:
        return s
    tail = s[stops[-1].end():]
    if 0 < len(tail) <= 40 and not _SENT_STOP.search(tail) and furniture_tail(tail):
        return s[:stops[-1].end()].rstrip()
    return s
