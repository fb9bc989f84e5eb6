"""``POST /api/documents`` (only with ``--allow-ingest``): run the pipeline on the body and store it.

The body is one HTML page (``text/html``), one plain text (``text/plain``)
or JSON Lines of ``{url, html|text}`` (``application/x-ndjson`` or
``application/jsonl``); without a known content type the bytes are sniffed
like a file. Every request needs ``Authorization: Bearer TOKEN``.
"""

from __future__ import annotations

import io
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse

from coopgraph.web import queries as wq

JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/json-lines", "application/x-jsonlines")


def _raw_docs(body: bytes, content_type: str, url: str | None, settings):
    from coopgraph.ingest import doc_id_of
    from coopgraph.ingest.jsonl import read_jsonl
    from coopgraph.ingest.sniff import sniff_container
    from coopgraph.records import RawDoc

    ctype = content_type.split(";")[0].strip().lower()
    if ctype in JSONL_TYPES or (not ctype or ctype == "application/octet-stream") and \
            sniff_container(body[:65536], "") == "jsonl":
        return list(read_jsonl(io.BytesIO(body), "api", settings))
    kind = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}.get(ctype)
    if kind is None and ctype not in ("", "application/octet-stream"):
        raise ValueError(f"unsupported content type {ctype!r}: send text/html, text/plain or application/x-ndjson")
    return [RawDoc(source="api", doc_id=doc_id_of(body), data=body, kind=kind, url=url)]


def ingest_raws(store, raws, pipeline) -> dict[str, Any]:
    """Run the pipeline on the posted documents, store them; return each document's events."""
    from coopgraph.records import ErrorRecord
    from coopgraph.store import queries as store_queries

    records = list(pipeline.stream(raws))
    stats = store.ingest(records)
    out = []
    for rec in records:
        if isinstance(rec, ErrorRecord):
            out.append({"source": rec.source, "doc_id": rec.doc_id, "status": "error",
                        "error": {"code": rec.code, "message": rec.message}})
            continue
        ids = wq.doc_event_ids(store, rec.doc_id)
        out.append({"source": rec.source, "doc_id": rec.doc_id, "status": "stored", "title": rec.title,
                    "events": store_queries.materialise(store, ids)})
    return {"stored": stats.stored, "present": stats.present, "failed": stats.failed, "documents": out}


def install(app: FastAPI, pool, token: str, compare) -> None:
    from coopgraph.pipeline import Pipeline
    from coopgraph.settings import Settings

    settings = Settings()
    limit = settings.max_bytes
    pipeline = Pipeline(settings)

    @app.post("/api/documents", tags=["documents"], status_code=201,
              summary="run the pipeline on raw HTML, text or JSON Lines and store the documents (bearer token)")
    async def post_documents(request: Request, url: str | None = Query(None, description="the page's URL")):
        auth = request.headers.get("authorization", "")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not compare(given.strip().encode(), token.encode()):
            return JSONResponse({"error": "a valid bearer token is needed (Authorization: Bearer TOKEN)"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        body = await request.body()
        if not body.strip():
            return JSONResponse({"error": "empty body: send a document", "parameter": "body"}, status_code=422)
        if len(body) > limit:
            return JSONResponse({"error": f"{len(body):,} bytes is over the limit of {limit:,} bytes"},
                                status_code=413)
        ctype = request.headers.get("content-type", "")
        try:
            raws = _raw_docs(body, ctype, url, settings)
        except ValueError as exc:
            return JSONResponse({"error": str(exc), "parameter": "content-type"}, status_code=415)
        result = await pool.run(ingest_raws, raws, pipeline)
        return JSONResponse(result, status_code=201)
