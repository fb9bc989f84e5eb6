"""The store subcommands of `coopgraph`, end to end (SQLite; PostgreSQL for ingest and events)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from kb_records import corpus

from coopgraph.cli import build_parser, main

STORE_COMMANDS = ("ingest", "events", "timeline", "entities-top", "search", "export")


@pytest.fixture
def records_file(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in corpus()), encoding="utf-8")
    return path


def test_every_store_command_and_option_is_documented():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in STORE_COMMANDS:
        assert name in sub.choices, name
        p = sub.choices[name]
        for action in p._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"{name} {action.option_strings} has no help"


@pytest.mark.postgres
def test_ingest_records_then_query(db_url, records_file, capsys):
    assert main(["ingest", "--records", str(records_file), "--db", db_url, "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "5 documents stored" in err and "4 canonical events" in err
    assert main(["ingest", "--records", str(records_file), "--db", db_url, "--no-progress"]) == 0
    assert "0 documents stored, 5 already present" in capsys.readouterr().err

    assert main(["events", "--db", db_url, "--pair", "KR-BY", "--type", "meeting", "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["date"]["start"] for r in rows] == ["2019-04-09", "2021-06-15"]
    assert rows[0]["num_sources"] == 2

    assert main(["events", "--db", db_url, "--org", "KISTI", "--from", "2018", "--to", "2018",
                 "--text", "양해각서", "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == 1 and table[0]["cameo"] == "057" and table[0]["plover"] == "AGREE"


def test_query_commands_print_tables(tmp_path, records_file, capsys):
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    main(["ingest", "--records", str(records_file), "--db", db, "--no-progress"])
    capsys.readouterr()
    assert main(["events", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "2019-04-09~2019-04-10" in out and "과학기술정보통신부" in out
    assert main(["timeline", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["year", "agreement", "meeting", "total"]
    assert main(["entities-top", "--db", db, "--pair", "KR-UZ"]) == 0
    out = capsys.readouterr().out
    assert "KR-UZ" in out and "한국과학기술정보연구원" in out and "벨라루스" not in out
    assert main(["search", "국가과학기술위원회", "--db", db, "--format", "jsonl"]) == 0
    assert {json.loads(x)["doc_id"] for x in capsys.readouterr().out.splitlines()} == {"d-ministry", "d-2021"}
    out_file = tmp_path / "net.graphml"
    assert main(["export", "--db", db, "--format", "graphml", "-o", str(out_file)]) == 0
    assert out_file.read_text(encoding="utf-8").startswith("<?xml")


def test_db_defaults_to_coopgraph_db_env(tmp_path, records_file, monkeypatch, capsys):
    monkeypatch.setenv("COOPGRAPH_DB", f"sqlite:///{tmp_path / 'env.db'}")
    assert main(["ingest", "--records", str(records_file), "--no-progress"]) == 0
    assert (tmp_path / "env.db").exists()


def test_bad_arguments_are_refused(capsys):
    for argv in (["events", "--pair", "KRBY"], ["events", "--from", "2019-13"], ["events", "--country", "KOR"],
                 ["export", "--format", "xlsx", "-o", "x"]):
        with pytest.raises(SystemExit):
            main(argv)


@pytest.mark.slow
def test_ingest_runs_the_pipeline_on_text_files(tmp_path, capsys):
    """The real pipeline end to end; how many events it finds depends on the extractor."""
    (tmp_path / "a.txt").write_text(
        "한국과학기술정보연구원(KISTI)은 2019년 4월 9일 민스크에서 벨라루스 국립과학아카데미와 "
        "과학기술 정보 협력에 관한 양해각서를 체결했다고 10일 밝혔다.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "과학기술정보통신부는 2021년 6월 15일 서울에서 제4차 한-벨라루스 과학기술공동위원회를 개최했다.\n",
        encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    rc = main(["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "empty.txt"),
               "--db", db, "--no-progress", "--jobs", "2"])
    err = capsys.readouterr().err
    assert "2 documents stored" in err
    assert rc == 1 and "empty.txt" in err  # some documents failed: exit 1, the rest stored
    main(["ingest", str(tmp_path), "--db", db, "--no-progress"])
    assert "0 documents stored" in capsys.readouterr().err  # resumable: nothing is stored twice
    main(["search", "국립과학아카데미", "--db", db, "--format", "jsonl"])
    assert len(capsys.readouterr().out.splitlines()) == 1
    main(["events", "--db", db, "--format", "jsonl"])
    for line in capsys.readouterr().out.splitlines():
        ev = json.loads(line)
        assert ev["sources"] and ev["type"] in {"agreement", "meeting", "visit", "forum", "opening", "project", "award"}


def test_ingest_takes_the_reading_limits(tmp_path, capsys):
    """ingest reads with the same limits as extract: a document over --max-bytes is an error record, the rest stored."""
    (tmp_path / "small.txt").write_text("한국과 베트남은 2020년 3월 5일 하노이에서 양해각서를 체결했다.\n", encoding="utf-8")
    (tmp_path / "big.txt").write_text("가" * 4000 + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    rc = main(["ingest", str(tmp_path), "--db", db, "--no-progress", "--jobs", "1", "--max-bytes", "2K"])
    err = capsys.readouterr().err
    assert rc == 1
    assert "1 documents stored" in err or "1 document stored" in err
    assert "big.txt" in err and "too_large" in err
