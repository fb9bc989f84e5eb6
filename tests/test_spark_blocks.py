"""Fusion by blocks (coopgraph/spark/fusion.py) equals the store's fusion over everything: no Spark needed.

The Spark job cuts documents into blocks that share no key the store looks things up by, hashes
blocks to partitions and fuses each partition in its own in-memory store. Here the same functions
run in one process over records written by the team (tests/kb_records.py), in several partitions,
and the canonical events must equal those of one store that ingested every record in order.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from kb_records import corpus, doc, event, generated

from coopgraph.spark.fusion import blocks_of, event_row, fuse_partition, partition_of
from coopgraph.store import open_store


def _store_events(records) -> list[dict]:
    store = open_store("sqlite://")
    try:
        store.ingest(records)
        return sorted(store.events(), key=lambda e: e["id"])
    finally:
        store.close()


def _partitioned_events(records, n: int) -> tuple[list[dict], int]:
    blocks = blocks_of(records)
    parts: list[list] = [[] for _ in range(n)]
    for rec in records:  # reading order kept inside each partition
        parts[partition_of(blocks[rec.doc_id], n)].append(rec)
    events = [item for part in parts for kind, item in fuse_partition(part) if kind == "event"]
    return sorted(events, key=lambda e: e["id"]), len(set(blocks.values()))


PORT_A = "부산항만공사는 2022년 3월 14일 하이퐁에서 베트남 하이퐁항만청과 스마트항만 협력 양해각서를 체결했다."
PORT_B = "부산항만공사가 지난 14일 베트남 하이퐁에서 하이퐁항만청과 항만 운영 협력 양해각서를 맺었다."
UNI = "전북대학교는 2023년 9월 5일 몽골 다르한에서 다르한농업대학과 공동연구 사업을 시작했다."


def _separate() -> list:
    """Reports about bodies and places no generated record names: blocks of their own."""
    port = [("부산항만공사", "KR", ("BPA",)), ("하이퐁항만청", "VN", ())]
    return [
        doc("port-a", PORT_A, [event("agreement", PORT_A, PORT_A, "2022-03-14", parts=port, countries=["KR", "VN"],
                                     place="하이퐁", place_country="VN", date_text="2022년 3월 14일")],
            doc_date="2022-03-15"),
        doc("port-b", PORT_B, [event("agreement", PORT_B, PORT_B, "2022-03-14", parts=port, countries=["KR", "VN"],
                                     place="하이퐁", place_country="VN", date_text="지난 14일")],
            doc_date="2022-03-16"),
        doc("uni", UNI, [event("project", UNI, UNI, "2023-09-05", parts=[("전북대학교", "KR", ()),
                                                                          ("다르한농업대학", "MN", ())],
                               countries=["KR", "MN"], place="다르한", place_country="MN", date_text="2023년 9월 5일")],
            doc_date="2023-09-06"),
    ]


def _records():
    recs = corpus() + generated(120, seed=3)[:60] + _separate() + generated(120, seed=3)[60:]
    # a copy of a report under another id (a near-copy: one story) and a report far from the rest
    first = recs[0]
    recs.append(replace(first, doc_id="copy-of-" + first.doc_id, source="copy.txt", url="https://other.example/1"))
    return recs


@pytest.mark.parametrize("n", [1, 3, 8])
def test_block_fusion_equals_one_store(n):
    records = _records()
    expected = _store_events(records)
    got, n_blocks = _partitioned_events(records, n)
    assert got == expected
    assert any(e["num_mentions"] > 1 for e in expected)
    assert n_blocks > 1  # the records really fall into several blocks


def test_blocks_split_unrelated_documents_and_join_related_ones():
    records = _records()
    blocks = blocks_of(records)
    by_block: dict[str, set[str]] = {}
    for doc_id, b in blocks.items():
        by_block.setdefault(b, set()).add(doc_id)
    # every canonical event's reports lie in one block
    for ev in _store_events(records):
        assert len({blocks[s["doc_id"]] for s in ev["sources"]}) == 1, ev["id"]
    first = records[0]
    assert blocks[first.doc_id] == blocks["copy-of-" + first.doc_id]
    assert blocks["port-a"] == blocks["port-b"] != blocks["uni"]
    assert blocks["port-a"] != blocks[first.doc_id] and blocks["uni"] != blocks[first.doc_id]


def test_event_row_keeps_the_store_record():
    import json

    ev = _store_events(corpus())[0]
    row = event_row(ev)
    assert json.loads(row["json"]) == ev
    assert row["id"] == ev["id"] and row["year"] == (ev["date"]["start"][:4] if ev["date"] else "undated")
