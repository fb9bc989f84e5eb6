"""The speed paths change no output (issue #12).

The sentence splitter's Kiwi morphemes (one Kiwi call per line, ``split_sentences_with_tokens``)
are the same morphemes, with the same unknown-word flags, as the entity stage's own pass
(``line_tokens``), so entity mentions - patterns and NER features - are identical whether
``find_mentions`` is handed the splitter's tokens or tokenises alone. Checked on team-written
sentences, the seeds, the dev set and a sample of corpus pages (blocks r0, r1, r2, r4).
``--jobs 2`` against ``--jobs 1`` is tests/test_jobs.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path

from coopgraph.clean import clean
from coopgraph.ingest import read_inputs
from coopgraph.recognise.entities import find_mentions, line_tokens
from coopgraph.records import ErrorRecord, RawDoc, Token
from coopgraph.settings import Settings
from coopgraph.text.sentences import split_sentences, split_sentences_with_tokens

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "golden" / "dev"

OWN = (
    "한국국제협력단(KOICA)은 2023년 3월 14일 하노이에서 베트남 농업농촌개발부와 스마트팜 협력 "
    "양해각서를 체결했다. 김민수 이사장은 \"양국 협력이 더 깊어지길 바란다\"고 말했다.\n"
    "\n"
    "  짧은 줄\n"
    "몽골 울란바토르시 대표단이 서울시청을 방문했다. 대표단은 오세훈 서울시장을 면담했다! 다음 일정은?\n"
    "2019. 4. 9. 한-우즈벡 과학기술 공동위원회 개최 (타슈켄트)\n"
    "과학기술정보통신부와 우즈베키스탄 혁신개발부는 공동연구센터를 세우기로 합의했다"
)


def _texts(folder: Path, keep=lambda p: True) -> list[tuple[str, str]]:
    out = []
    for raw in read_inputs([str(folder)]):
        if isinstance(raw, ErrorRecord) or not keep(Path(raw.source)):
            continue
        out.append((raw.source, clean(raw, Settings()).text))
    return out


def _key(t) -> tuple:
    return (t.form, t.tag, t.begin, t.stop, t.oov)


def _check(source: str, text: str, use_ner: bool = True) -> None:
    sentences, tokens = split_sentences_with_tokens(text)
    assert sentences == split_sentences(text), source
    assert all(isinstance(t, Token) for t in tokens), source  # the events stage reads them as Tokens
    assert [_key(t) for t in tokens] == [_key(t) for t in line_tokens(text)], source
    own = find_mentions(text, sentences, use_ner=use_ner)
    shared = find_mentions(text, sentences, use_ner=use_ner, tokens=tokens)
    assert shared == own, f"{source}: {set(shared) ^ set(own)}"


def test_own_text_tokens_and_mentions_identical():
    _check("own", OWN)
    _check("own", OWN, use_ner=False)
    _, tokens = split_sentences_with_tokens(OWN)
    assert any(t.form == "KOICA" for t in tokens)  # morphemes of every line, not only of long ones
    assert any(t.form == "짧은" or t.form == "짧" for t in tokens)


def test_splitter_tokens_cover_every_line_offsets_exact():
    text = "첫 줄이다.\n\n   둘째 줄에서 회의가 열렸다. 셋째 문장이다.\n마지막"
    _, tokens = split_sentences_with_tokens(text)
    assert [_key(t) for t in tokens] == [_key(t) for t in line_tokens(text)]
    assert tokens[-1].stop == len(text)
    assert all(0 <= t.begin < t.stop <= len(text) and "\n" not in text[t.begin:t.stop] for t in tokens)


def test_empty_and_blank_texts():
    for text in ("", "\n\n", "   \n \t"):
        sentences, tokens = split_sentences_with_tokens(text)
        assert sentences == () and tokens == ()
        assert find_mentions(text, sentences, tokens=tokens) == find_mentions(text, sentences) == ()


@pytest.mark.slow
def test_dev_set_identical():
    docs = _texts(DEV)
    assert len(docs) >= 30
    for source, text in docs:
        _check(source, text)


@pytest.mark.slow
def test_seeds_identical():
    docs = _texts(shared_path("seeds"))
    assert docs
    for source, text in docs:
        _check(source, text)


@pytest.mark.slow
def test_corpus_sample_identical():
    # every third page of the tuning blocks (the held-out block r3 is never read)
    folder = shared_path("corpus", "texts")
    pages = sorted(p for p in folder.glob("r*.txt") if p.name[1] in "0124")
    keep = {str(p) for p in pages[::3]}
    docs = _texts(folder, keep=lambda p: str(p) in keep or str(folder / p.name) in keep)
    assert len(docs) >= 25
    for source, text in docs:
        _check(source, text)


@pytest.mark.slow
def test_pipeline_with_shared_tokens_gives_the_same_records():
    """The whole pipeline, entity stage handed the splitter's tokens (the one-pass path) = as it runs now."""
    import coopgraph.recognise.entities as ent
    import coopgraph.text.sentences as sent_mod
    from coopgraph.pipeline import Pipeline

    raws = [RawDoc(source=f"d{i}.txt", doc_id=f"{i:016x}", kind="text", data=t.encode())
            for i, (_, t) in enumerate(_texts(DEV)[:12])]
    raws.append(RawDoc(source="own.txt", doc_id="f" * 16, kind="text", data=OWN.encode()))
    pipe = Pipeline()
    before = [pipe.run(r).to_json() for r in raws]
    last: dict = {}
    orig_split = sent_mod.split_sentences_with_tokens
    orig_find = ent.find_mentions

    def split(text):
        out = orig_split(text)
        last[text] = out[1]
        return out

    def find(text, sentences, use_ner=True, tokens=None):
        return orig_find(text, sentences, use_ner=use_ner, tokens=last[text])

    try:
        sent_mod.split_sentences_with_tokens, ent.find_mentions = split, find
        after = [pipe.run(r).to_json() for r in raws]
    finally:
        sent_mod.split_sentences_with_tokens, ent.find_mentions = orig_split, orig_find
    assert len(last) == len(raws)  # the one-pass path really ran
    assert after == before


# --- one Kiwi analysis per line: the entity stage's tokenize(line) answered from the splitter's analysis ---
_ATTRS = ("form", "tag", "start", "len", "id", "word_position", "sent_position", "sub_sent_position",
          "line_number", "score", "typo_cost", "base_form", "regularity", "user_value")


def test_kept_lines_are_kiwis_own_reading_every_attribute():
    from coopgraph.text.kiwi import get_kiwi

    kiwi = get_kiwi()
    fresh = super(type(kiwi), kiwi).tokenize  # Kiwi's own tokenize: always a new analysis
    docs = [OWN] + [t for _, t in _texts(DEV)[:10]]
    checked = 0
    for text in docs:
        split_sentences_with_tokens(text)
        assert kiwi.shared_lines, "the splitter kept no line"
        for line in [s for s in (x.strip() for x in text.split("\n")) if s]:
            hits = kiwi.shared_hits
            kept = kiwi.tokenize(line)
            assert kiwi.shared_hits == hits + 1, line  # answered from the splitter's analysis
            new = fresh(line)
            assert [tuple(getattr(t, a) for a in _ATTRS) for t in kept] == \
                [tuple(getattr(t, a) for a in _ATTRS) for t in new], line
            checked += 1
    assert checked > 30


def test_the_memo_holds_one_document_and_options_bypass_it():
    from coopgraph.text.kiwi import get_kiwi

    kiwi = get_kiwi()
    split_sentences_with_tokens("첫 문서의 줄이다.\n둘째 줄")
    assert set(kiwi.shared_lines) == {"첫 문서의 줄이다.", "둘째 줄"}
    split_sentences_with_tokens("다른 문서다.")
    assert set(kiwi.shared_lines) == {"다른 문서다."}  # the last document's lines are forgotten
    hits = kiwi.shared_hits
    kiwi.tokenize("다른 문서다.", normalize_coda=True)  # other options: a real analysis
    kiwi.tokenize("다른 문서")  # another string: a real analysis
    assert kiwi.shared_hits == hits
    split_sentences("세 번째 문서다.")  # sentences alone keep nothing
    assert set(kiwi.shared_lines) == {"다른 문서다."}


@pytest.mark.slow
def test_a_changed_dictionary_or_option_forgets_kept_lines():
    from coopgraph.text.kiwi import SharedKiwi

    kiwi = SharedKiwi()  # a Kiwi of its own: the process's one keeps its dictionary
    kiwi.keep("뽀로롱협회가 왔다", kiwi.tokenize("뽀로롱협회가 왔다"))
    assert kiwi.shared_lines
    kiwi.add_user_word("뽀로롱협회", "NNP", 0)
    assert not kiwi.shared_lines
    assert any(t.form == "뽀로롱협회" for t in kiwi.tokenize("뽀로롱협회가 왔다"))
    kiwi.keep("뽀로롱협회가 왔다", kiwi.tokenize("뽀로롱협회가 왔다"))
    kiwi.global_config.space_tolerance = 1  # an option changed on the config object itself
    hits = kiwi.shared_hits
    kiwi.tokenize("뽀로롱협회가 왔다")
    assert kiwi.shared_hits == hits and not kiwi.shared_lines
    kiwi.keep("뽀로롱협회가 왔다", kiwi.tokenize("뽀로롱협회가 왔다"))
    kiwi.typos = None  # an option set on Kiwi
    assert not kiwi.shared_lines


@pytest.mark.slow
def test_pipeline_records_identical_with_and_without_the_shared_analysis(monkeypatch):
    """The pipeline hands the splitter's morphemes to the entity stage (no second Kiwi pass of the lines);
    with the entity stage analysing every line on its own again (no tokens handed over, no line kept by
    the splitter) the records are the same."""
    from coopgraph.pipeline import Pipeline
    from coopgraph.recognise import entities
    from coopgraph.text.kiwi import get_kiwi

    raws = [RawDoc(source=f"d{i}.txt", doc_id=f"{i:016x}", kind="text", data=t.encode())
            for i, (_, t) in enumerate(_texts(DEV))]
    raws.append(RawDoc(source="own.txt", doc_id="f" * 16, kind="text", data=OWN.encode()))
    pipe = Pipeline()
    kiwi = get_kiwi()
    find_mentions = entities.find_mentions
    handed: list[bool] = []

    def spy(text, sentences, use_ner=True, tokens=None):
        handed.append(bool(tokens) and all(hasattr(t, "oov") for t in tokens))
        return find_mentions(text, sentences, use_ner=use_ner, tokens=tokens)

    monkeypatch.setattr(entities, "find_mentions", spy)
    shared = [pipe.run(r).to_json() for r in raws]
    assert len(handed) == len(raws) and all(handed)  # every entity stage got the splitter's morphemes

    monkeypatch.setattr(entities, "find_mentions",
                        lambda text, sentences, use_ner=True, tokens=None: find_mentions(text, sentences, use_ner))
    hits = kiwi.shared_hits
    kiwi.keep = lambda line, tokens: None  # every stage analyses on its own again
    try:
        own = [pipe.run(r).to_json() for r in raws]
    finally:
        del kiwi.keep
    assert kiwi.shared_hits == hits  # nothing was answered from kept lines
    assert shared == own


# ------------------------------------------------ indexed lookups answer as the linear scans they replace


def test_noun_class_suffix_index_equals_the_longest_first_scan():
    from coopgraph.extract.triggers import load_lexicon

    lex = load_lexicon()

    def scan(compound: str):
        folded = compound.replace(" ", "").casefold()
        return next(((cls, noun) for noun, cls in lex.nouns if folded.endswith(noun)), None)

    nouns = [n for n, _ in lex.nouns]
    cases = ["", " ", "협력", "국제 공동 연구 센터 개소식", "MOU", "한국-몽골 과학기술 공동위원회"]
    cases += [pre + n + post for n in nouns for pre in ("", "한국 ", "AB") for post in ("", " ", "들")]
    cases += [a + " " + b for a in nouns[:40] for b in nouns[-40:]]
    assert [lex.noun_class(c) for c in cases] == [scan(c) for c in cases]


def test_without_country_equals_the_longest_first_scan():
    from coopgraph.extract.base import _country_names, _without_country

    names = _country_names()

    def scan(name: str):
        return next((name[len(c) + 1:] for c in names if name.startswith(c + " ") and len(name) > len(c) + 2), None)

    cases = ["대한민국 행정자치부", "한국 외교부", "한국", "한국 ", "한국 a", "한국 ab", " 한국 외교부", "",
             "한국  외교부", "우리 한국 외교부"]
    for c in list(names)[:150]:
        cases += [c + tail for tail in ("", " ", " 부", " 외교부", "  정부", " 정부 기관")]
    cases += [a + " " + b + " 대사관" for a, b in zip(list(names), reversed(list(names)))]
    assert [_without_country(c) for c in cases] == [scan(c) for c in cases]
    assert all((c in names) == (c in set(names)) for c in cases)  # set-backed ``in`` of the name tuple
    assert isinstance(names, tuple) and list(names) == sorted(names, key=len, reverse=True)


def test_trigger_patterns_found_by_first_form_as_by_every_position():
    """The patterns tried only where a token has their first form: the same hits as every pattern at every
    place (own text and the dev set, clauses of 40 morphemes)."""
    from coopgraph.extract import triggers as tr

    lex = tr.load_lexicon()

    def scan(toks, lo, hi):
        hits = {}
        forms_all = [t.form for t in toks[lo:hi]]
        for forms, cls in lex.patterns:
            n = len(forms)
            for k in range(len(forms_all) - n + 1):
                if tuple(forms_all[k:k + n]) == forms and not any(
                        f == "이" and toks[lo + k + j].tag != "VCP" for j, f in enumerate(forms)):
                    hits[lo + k] = (lo + k + n - 1, cls)
        return hits

    found = 0
    for text in [OWN] + [t for _, t in _texts(DEV)]:
        toks = tr.tokenize(text)
        for lo in range(0, len(toks), 40):
            hi = min(len(toks), lo + 40)
            hits = tr._pattern_hits(toks, lo, hi, lex)
            assert hits == scan(toks, lo, hi)
            found += len(hits)
    assert found > 0


def test_data_files_read_the_same_by_the_c_yaml_parser():
    import json

    import yaml

    from coopgraph.text.yamlfile import load_yaml

    data = ROOT / "coopgraph" / "data"
    paths = sorted(data.glob("*.yaml")) + sorted(data.glob("kb/*.yaml"))
    assert len(paths) > 5
    for path in paths:
        text = path.read_text(encoding="utf-8")
        slow, fast = yaml.safe_load(text), load_yaml(text)
        assert fast == slow, path.name
        assert json.dumps(fast, default=str, ensure_ascii=False) == json.dumps(slow, default=str, ensure_ascii=False)


def test_any_of_is_any_word_in_the_line():
    import random

    from coopgraph.clean.markers import any_of, fold, load_markers

    mk = load_markers()
    lists = [mk.copyright, mk.footer, mk.site_labels, mk.temperature_units, ("a.b", "(x", "[", "a|b"), ()]
    rng = random.Random(7)
    alphabet = "가나다 라마.(x)[a|b]℃°C" + "".join(w for words in lists for w in words)
    lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    lines += [fold(w) for words in lists for w in words] + ["", "a"]
    for words in lists:
        rx = any_of(words)
        assert [bool(rx.search(s)) for s in lines] == [any(w in s for w in words) for s in lines]


def test_framed_countries_first_letter_lookahead_finds_what_the_names_alone_find():
    # own sentences: the pattern with its lookahead on a name's first letter against the same one without it
    import re

    from coopgraph.extract.chronology_page import _framing

    fast = _framing()
    plain = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)", "", fast.pattern, count=1))
    assert plain.pattern != fast.pattern
    text = ("한-몽골 협력 포럼과 몽골·한국 정상회담, 칠레-한 FTA 발효, 주몽골 대한민국 대사관, 주 칠레 대표부에서"
            " 열린 한·중·일 회의. 베트남/대한민국 공동위원회, Mongolia-Korea 포럼, 한국 - 페루 협정")
    for t in (text, text.replace(" ", ""), "", "한-"):
        assert [(m.span(), m.groups()) for m in fast.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)]
    assert len(fast.findall(text)) >= 5


def test_list_reading_skipped_only_on_pages_with_no_line_it_could_read():
    # own pages: a news story (nothing for the list reader) and a chronology (dated rows), the same events either way
    import coopgraph.extract.chronology as chronology
    from coopgraph.pipeline import Pipeline

    news = ("가람시는 지난 3일 몽골 울란바토르시와 우호협력 협약을 체결했다고 5일 밝혔다.\n"
            "양 도시는 앞으로 청소년 교류를 늘리기로 했다.")
    rows = "한-칠레 주요 협정\n1996.4.2 과학기술협력협정 서명\n2004.9.15 문화협력협정 서명\n"
    pipe = Pipeline()
    for text, gated in ((news, True), (rows, False)):
        analysis = pipe.analyse(RawDoc(source="t", doc_id="0" * 16, kind="text", data=text.encode()))
        page = chronology.Page(analysis)
        cells = chronology.joined_cells(page, [s for s in analysis.sentences if s.text.strip()])
        assert (not any(chronology._may_list(page, s) for s in cells)) == gated
