import json

from coopgraph.records import DateExpr, DocRecord, ErrorRecord, Event, Evidence, Participant

SPEC_DOC_KEYS = {"doc_id", "url", "title", "doc_date", "lang", "text", "events", "entities"}
SPEC_EVENT_KEYS = {"type", "date", "location", "participants", "countries", "figures", "evidence",
                   "confidence", "status"}


def test_doc_record_serialises_to_spec_keys():
    ev = Event(type="agreement", evidence=Evidence("두 기관이 양해각서를 체결했다.", 0, 17),
               date=DateExpr(0, 9, "2019년 4월", "2019-04", "2019-04"),
               participants=(Participant("한국과학기술정보연구원", "org", "KR", ("KISTI",)),))
    rec = DocRecord(doc_id="0123456789abcdef", source="x.txt", text="두 기관이 양해각서를 체결했다.", events=(ev,))
    j = json.loads(json.dumps(rec.to_json(), ensure_ascii=False))
    assert SPEC_DOC_KEYS <= set(j)
    (e,) = j["events"]
    assert set(e) == SPEC_EVENT_KEYS
    assert e["date"] == {"start": "2019-04", "end": "2019-04", "text": "2019년 4월"}
    assert e["participants"][0] == {"name": "한국과학기술정보연구원", "aliases": ["KISTI"], "kind": "org",
                                    "country": "KR"}
    assert e["evidence"] == {"sentence": "두 기관이 양해각서를 체결했다.", "start": 0, "end": 17}


def test_error_record_shape():
    j = ErrorRecord(source="a.html", code="empty", message="no bytes").to_json()
    assert j == {"source": "a.html", "error": {"code": "empty", "message": "no bytes"}}


def test_participant_role_is_optional_and_round_trips():
    from coopgraph.store.records_io import record_from_json

    plain = Participant("한국국제협력단", "org", "KR")
    assert "role" not in plain.to_json()  # older consumers see the same keys as before
    giver = Participant("한국국제협력단", "org", "KR", ("KOICA",), role="giver")
    assert giver.to_json()["role"] == "giver"
    ev = Event(type="project", evidence=Evidence("한국국제협력단이 장비를 지원했다.", 0, 18), participants=(giver,))
    rec = DocRecord(doc_id="0123456789abcdef", source="x.txt", text="한국국제협력단이 장비를 지원했다.", events=(ev,))
    back = record_from_json(json.loads(json.dumps(rec.to_json(), ensure_ascii=False)))
    assert back.events[0].participants[0].role == "giver"
