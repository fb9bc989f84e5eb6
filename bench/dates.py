"""Dates benchmark: accuracy on the case table (ours vs dateparser vs korean-datetime) and speed.

Run:  .venv/bin/python -m bench.dates            (add --speed-mb 2 for a larger speed text)

Accuracy: a case counts as right when the values a tool finds, in text order,
equal the table's expected values (tests/date_cases.tsv notation). The other
tools are scored leniently: their values are compared at the precision the
table expects (dateparser reports no precision at all), and two consecutive
single dates may stand for one expected range. An expression that fixes no
date ('?') is right when the tool gives no date for it; a tool that fills it
from the clock is wrong. Negative cases are right only when nothing is found.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "date_cases.tsv"


def load_cases() -> list[tuple[str, str, str, list[str]]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cat, text, ref, expected = line.split("\t")
        rows.append((cat, text, ref, expected.split(";") if expected else []))
    return rows


# Each tool returns a list of (start, end) ISO strings at its own precision, or (None, None).
def ours(text: str, ref: date | None) -> list[tuple[str | None, str | None]]:
    from coopgraph.recognise.dates import find_dates

    return [(d.start, d.end) for d in find_dates(text, ref)]


def with_dateparser(text: str, ref: date | None) -> list[tuple[str | None, str | None]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)} if ref else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["ko"], settings=settings) or []
    return [(dt.date().isoformat(), dt.date().isoformat()) for _, dt in found]


def with_korean_datetime(text: str, ref: date | None) -> list[tuple[str | None, str | None]]:
    from korean_datetime import Grain, parse_all

    out = []
    now = datetime(ref.year, ref.month, ref.day, 12) if ref else None
    for r in parse_all(text, now=now):
        if r.start is None:
            out.append((None, None))
            continue
        n = 4 if r.grain == Grain.YEAR else 7 if r.grain in (Grain.HALF_YEAR, Grain.QUARTER, Grain.MONTH) else 10
        end = (r.end - timedelta(microseconds=1)) if r.end is not None else r.start
        out.append((r.start.date().isoformat()[:n], end.date().isoformat()[:n]))
    return out


def _same(value: str | None, want: str) -> bool:
    """A value equals the wanted one at the wanted precision (lenient for other tools)."""
    return value is not None and value[: len(want)] == want


def correct(pred: list[tuple[str | None, str | None]], expected: list[str], lenient: bool) -> bool:
    if not lenient:
        rendered = ["?" if s is None else (s if s == e else f"{s}..{e}") for s, e in pred]
        return rendered == expected

    def match(i: int, j: int) -> bool:
        if j == len(expected):
            return i == len(pred)
        want = expected[j]
        if want == "?":  # nothing fixed: right when the tool gives nothing or no date here
            if match(i, j + 1):
                return True
            return i < len(pred) and pred[i][0] is None and match(i + 1, j + 1)
        s_w, _, e_w = want.partition("..")
        e_w = e_w or s_w
        if i < len(pred) and _same(pred[i][0], s_w) and _same(pred[i][1], e_w) and match(i + 1, j + 1):
            return True
        return (i + 1 < len(pred) and s_w != e_w and _same(pred[i][0], s_w) and _same(pred[i + 1][1], e_w)
                and match(i + 2, j + 1))

    return match(0, 0)


TOOLS = {"coopgraph": ours, "dateparser": with_dateparser, "korean-datetime": with_korean_datetime}


def accuracy() -> None:
    rows = load_cases()
    right: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    failures: dict[str, list[str]] = defaultdict(list)
    for cat, text, ref_s, expected in rows:
        ref = date.fromisoformat(ref_s) if ref_s else None
        total[cat] += 1
        for name, tool in TOOLS.items():
            try:
                pred = tool(text, ref)
            except Exception as exc:  # a crash is a wrong answer
                pred = [("crash:" + type(exc).__name__, None)]
            if correct(pred, expected, lenient=name != "coopgraph"):
                right[name][cat] += 1
            elif name == "coopgraph":
                failures[name].append(f"  {text!r} ref={ref_s or '-'} expected={';'.join(expected)} got={pred}")
    names = list(TOOLS)
    print(f"{'category':<16}{'cases':>6}" + "".join(f"{n:>17}" for n in names))
    for cat in sorted(total):
        print(f"{cat:<16}{total[cat]:>6}" + "".join(f"{right[n][cat] / total[cat]:>17.1%}" for n in names))
    n_all = sum(total.values())
    print(f"{'ALL':<16}{n_all:>6}" + "".join(f"{sum(right[n].values()) / n_all:>17.1%}" for n in names))
    if failures["coopgraph"]:
        print("\ncoopgraph failures:")
        print("\n".join(failures["coopgraph"]))


def speed_text(n_chars: int, seed: int = 7) -> str:
    """Generated news-like text: dates in many forms between filler and number noise."""
    rnd = random.Random(seed)
    forms = [
        lambda d: f"{d.year}년 {d.month}월 {d.day}일", lambda d: f"{d.year}. {d.month}. {d.day}.",
        lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}", lambda d: f"{d.year} {d.month} {d.day}일",
        lambda d: f"{d.month}월 {d.day}일", lambda d: f"지난 {d.day}일", lambda d: f"{d.year}년 상반기",
        lambda d: f"{d.year}~{d.year + 1}년", lambda d: f"{d.day}~{min(d.day + 2, 28)}일",
        lambda d: "이날", lambda d: "지난해 11월", lambda d: f"{d.year}년 {d.month}월 초",
    ]
    filler = ["양국은", "서울에서", "협정을 체결했다.", "13 대학이 참가했으며", "총 160만 달러를 지원하고",
              "121건의 상담이 이뤄졌다.", "제2차 회의에서", "연구기관과 기업이", "전화 02-123-4567로 문의",
              "포럼이 열렸다.", "6개의 기관과", "v2.1 규격을", "기온은 7.6℃였다.", "대표단이 방문했다."]
    parts: list[str] = []
    size = 0
    while size < n_chars:
        d = date(2000, 1, 1) + timedelta(days=rnd.randrange(365 * 30))
        piece = " ".join(rnd.sample(filler, 3)) + " " + rnd.choice(forms)(d) + " " + rnd.choice(filler)
        parts.append(piece)
        size += len(piece) + 1
    return "\n".join(parts)


def speed(mb: float) -> None:
    from coopgraph.recognise.dates import find_dates

    text = speed_text(int(mb * 1_000_000))
    find_dates("2019년 4월 9일")  # build the lexicon outside the timing
    t0 = time.perf_counter()
    found = find_dates(text, ref=date(2020, 6, 15))
    dt = time.perf_counter() - t0
    # also per-line calls, as the pipeline calls it per document
    lines = text.split("\n")
    t1 = time.perf_counter()
    n_lines = sum(len(find_dates(line)) for line in lines)
    dt_lines = time.perf_counter() - t1
    print(f"\nspeed: {len(text):,} chars, {len(found):,} expressions in {dt:.2f} s = "
          f"{len(text) / dt:,.0f} chars/s, {len(found) / dt:,.0f} expressions/s (one call)")
    print(f"       {len(lines):,} short calls: {n_lines:,} expressions in {dt_lines:.2f} s = "
          f"{len(text) / dt_lines:,.0f} chars/s, {n_lines / dt_lines:,.0f} expressions/s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--speed-mb", type=float, default=1.0, help="size of the generated speed text (MB of chars)")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)
    accuracy()
    if not args.no_speed:
        speed(args.speed_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
