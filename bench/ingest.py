"""Benchmark: documents/second for reading + cleaning HTML and stripped text, vs trafilatura alone.

    .venv/bin/python -m bench.ingest [--docs 300] [--seed 7]

A corpus of invented Korean news pages is generated in a temporary directory
(HTML with menus, a weather widget, related-news lists and a footer; and the
same pages as stripped text), then timed three ways:

* ``coopgraph html``: read_inputs + clean on the HTML files (decode, trafilatura,
  htmldate checked against bylines, the line remover on trafilatura's output);
* ``trafilatura``: ``trafilatura.extract`` alone on the same HTML strings;
* ``coopgraph text``: read_inputs + clean on the stripped-text files.

Results go in docs/benchmarks.md, "Ingest and cleaning".
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

SUBJECTS = ["한국과학기술정보연구원", "한국국제협력단", "과학기술정보통신부", "부산시", "농촌진흥청", "한국연구재단"]
PARTNERS = ["벨라루스 국립과학아카데미", "우즈베키스탄 혁신개발부", "몽골 교육과학부", "베트남 과학기술부",
            "칠레 과학기술혁신부", "케냐 교육부"]
ACTS = ["양해각서를 체결했다", "공동위원회를 개최했다", "공동연구 과제를 승인했다", "협력센터 개소식을 열었다",
        "비즈니스 상담회를 열었다", "대표단을 파견했다"]
FILLER = ["양측은 앞으로 인력 교류와 공동연구를 확대하기로 했다.", "행사에는 양국 관계자 50여 명이 참석했다.",
          "관계자는 \"실질적인 성과를 내겠다\"고 말했다.", "이번 협력은 지난해 정상회담의 후속 조치다.",
          "양 기관은 내년 상반기에 실무협의를 이어갈 계획이다."]


def make_article(rnd: random.Random, i: int) -> tuple[str, list[str], str]:
    subj, part, act = rnd.choice(SUBJECTS), rnd.choice(PARTNERS), rnd.choice(ACTS)
    title = f"{subj}, {part}와 협력 강화 ({i})"
    paras = [f"[협력신문=기자{i}] {subj}은 지난 {rnd.randint(1, 28)}일 {part}와 {act}고 밝혔다."]
    paras += [" ".join(rnd.sample(FILLER, 3)) for _ in range(rnd.randint(3, 8))]
    date = f"20{rnd.randint(10, 24)}.{rnd.randint(1, 12):02d}.{rnd.randint(1, 28):02d}"
    return title, paras, date


def make_html(title: str, paras: list[str], date: str) -> str:
    weather = "".join(f"<li>맑음도시{k} {k}.{k}℃</li>" for k in range(30))
    related = "".join(f"<li><a href='/r/{k}'>관련 소식 제목 {k}</a></li>" for k in range(8))
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | 협력신문</title>"
            f"<script>var x = {{}};</script></head><body>"
            f"<div class='today'>2026년 02월 17일 (화)</div><ul class='weather'>{weather}</ul>"
            "<nav><a>홈</a><a>정치</a><a>경제</a><a>국제</a></nav>"
            f"<h1>{title}</h1><div class='byline'>입력 {date} 10:00</div>"
            f"<div class='article'>{body}</div>"
            f"<aside><h3>관련기사</h3><ul>{related}</ul><h3>많이 본 뉴스</h3><ul>{related}</ul></aside>"
            "<footer>저작권자 © 협력신문 무단전재 및 재배포 금지</footer></body></html>")


def make_text(title: str, paras: list[str], date: str) -> str:
    weather = "\n".join(f"  • 맑음도시{k}{k}.{k}℃" for k in range(30))
    related = "\n".join(f"관련 소식 제목 {k}" for k in range(8))
    return (f"{weather}\n기상청 제공\n\n2026년 02월 17일 (화)\n\n{title}\n\n입력 {date} 10:00\n\n"
            + "\n\n".join(paras) + f"\n\n관련기사\n{related}\n\n가장 많이 본 뉴스\n{related}\n\n더보기\n"
            "Copyright © 협력신문. All rights reserved.\n")


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:8.1f} docs/s  ({seconds * 1000 / n:6.2f} ms/doc)"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)

    import trafilatura

    from coopgraph.clean import clean
    from coopgraph.ingest import read_inputs
    from coopgraph.records import RawDoc
    from coopgraph.settings import Settings

    rnd = random.Random(a.seed)
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "html").mkdir()
        (root / "text").mkdir()
        htmls = []
        for i in range(a.docs):
            title, paras, date = make_article(rnd, i)
            html = make_html(title, paras, date)
            htmls.append(html)
            (root / "html" / f"{i:05d}.html").write_text(html, encoding="utf-8")
            (root / "text" / f"{i:05d}.txt").write_text(make_text(title, paras, date), encoding="utf-8")
        size = sum(len(h.encode()) for h in htmls) / len(htmls)
        print(f"corpus: {a.docs} pages, mean HTML size {size / 1024:.1f} KiB")

        # warm-up (imports, lxml, htmldate caches)
        for h in htmls[:5]:
            trafilatura.extract(h)
        clean(RawDoc(source="w", doc_id="w", data=htmls[0].encode()), settings)

        results = {}
        for name, sub in (("coopgraph html", "html"), ("coopgraph text", "text")):
            t = time.perf_counter()
            n = ok = 0
            for raw in read_inputs([str(root / sub)], settings):
                doc = clean(raw, settings)
                n += 1
                ok += doc.doc_date is not None
            results[name] = time.perf_counter() - t
            print(f"{name:16} {_rate(n, results[name])}   doc_date found {ok}/{n}")
        t = time.perf_counter()
        for h in htmls:
            trafilatura.extract(h)
        results["trafilatura"] = time.perf_counter() - t
        print(f"{'trafilatura':16} {_rate(len(htmls), results['trafilatura'])}")
        print(f"overhead on HTML: x{results['coopgraph html'] / results['trafilatura']:.2f} of trafilatura alone")


if __name__ == "__main__":
    main()
