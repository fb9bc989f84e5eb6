"""Photo captions, credits and outlet tags inside otherwise kept lines.

A crawler glues a photo's file name, its caption and its credit into the
text ("IMG_1382▲ 리셉션이 열렸다.", "…악수하고 있다. (사진=외교부 제공)",
"[매체=지역] 구는 …"). Captions retell the article's acts and make
duplicate events; credits and tags are names that are no participants.

:func:`trim_line` decides for one line: the whole line is a caption (drop
it), or a credit/tag at its edges is cut and the rest kept. A line that
tells more than a caption does (two or more sentences of running text
before the credit) keeps its sentences: only the credit goes.
"""

from __future__ import annotations

import re

__all__ = ["trim_line"]

_FILE = r"(?:#?(?:IMG|DSC|DSCN|KakaoTalk|photo|image|P)_?\d{3,}\w*(?:\.(?:jpe?g|png|gif))?|\S+\.(?:jpe?g|png|gif|webp))"
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
_CAPTION_END = re.compile(r"(?:있다|했다|열렸다|보이고\s*있다|하고\s*있다)?\s*[.]?\s*$")


def _sentences(s: str) -> int:
    return len(_SENT_STOP.findall(s))


def _is_caption_body(head: str) -> bool:
    """What stands before a credit reads like a caption: one sentence, a progressive (…하고 있다.), or a phrase."""
    head = head.strip()
    if not head:
        return True
    n = _sentences(head)
    return n <= 1 or bool(re.search(r"(?:고|며)\s*있다\s*\.?\s*$", head)) and n <= 2


def trim_line(s: str) -> str | None:
    """The line with credits and tags cut; None when the whole line is a caption or a credit."""
    filed = bool(_FILE_LEAD.match(s))
    if filed or _CAPTION_MARK.match(s) and s.count("▲") + s.count("△") == 1:
        body = _CAPTION_MARK.sub("", _FILE_LEAD.sub("", s, count=1), count=1).strip()
        n = _sentences(body)
        if not body or _CREDIT_TAIL.search(body) or filed and n <= 1 or n == 0 and len(body) <= 40 \
                or n == 1 and re.search(r"(?:고|며)\s*있다\s*\.?\s*$", body):
            return None  # "IMG_1382▲ 리셉션이 열렸다.", "▲행사장 전경", "▲ 참석자들이 촬영하고 있다."
        if filed:
            s = body
    m = _CREDIT_TAIL.search(s) or _OUTLET_TAIL.search(s)
    if m and m.start() < len(s):
        head = s[:m.start()].rstrip()
        if _is_caption_body(head):
            return None
        s = head
    lead = _LEAD_TAG.match(s)
    if lead and len(s) - lead.end() >= 20:
        s = s[lead.end():].lstrip()  # "[매체=지역] 구는 …", "(서울=뉴스1) 홍길동 기자 = …"
    return s
