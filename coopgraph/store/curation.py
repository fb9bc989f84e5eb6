"""User curations: corrections an analyst makes to entities, kept in the store and reapplied.

A curation file is YAML (every section optional)::

    aliases:                      # more names for an entity (named by any of its names, or its id)
      한국과학기술정보연구원: [과학기술정보원]
    countries:                    # an entity's country, fixed for good
      우즈베키스탄 과학아카데미: UZ
    merge:                        # each list is one entity; the first name's entity is kept
      - [과학기술정보통신부, 과기부]
    split:                        # names that belong to another entity than the one they were linked to
      - from: 과학기술정보통신부
        names: [미래창조과학부]
        country: KR               # optional, also kind: org|person
    not_entities: [서명식]          # names that are never an entity (dropped from participants)

:func:`load` parses and checks a file (a :class:`~coopgraph.errors.UsageError`
for anything wrong); :meth:`Curation.apply_to_record` corrects one document
record before it is stored (ingest, reprocess); :func:`apply_to_store` corrects
what is already stored. Every curation given to ``ingest --curation`` or
``coopgraph curate`` is kept in the store (table ``curations``) and applied
again after every ingest and reprocess, so corrections survive reprocessing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from coopgraph.errors import UsageError
from coopgraph.link.fusion import name_key
from coopgraph.records import DocRecord, Event, Participant

if TYPE_CHECKING:
    from coopgraph.store.sql import SQLStore

SECTIONS = ("aliases", "countries", "merge", "split", "not_entities")
KINDS = ("org", "person")


@dataclass(frozen=True, slots=True)
class Split:
    source: str  # a name (or id) of the entity the names were wrongly linked to
    names: tuple[str, ...]
    kind: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Curation:
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    countries: tuple[tuple[str, str], ...] = ()
    merge: tuple[tuple[str, ...], ...] = ()
    split: tuple[Split, ...] = ()
    not_entities: tuple[str, ...] = ()
    _groups: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        groups: dict[str, tuple[str, ...]] = {}  # name key -> every name of its group (aliases, merges)
        for name, more in self.aliases:
            for n in (name, *more):
                groups[name_key(n)] = tuple(dict.fromkeys(groups.get(name_key(n), ()) + (name, *more)))
        for names in self.merge:
            for n in names:
                groups[name_key(n)] = tuple(dict.fromkeys(groups.get(name_key(n), ()) + names))
        self._groups.update(groups)

    def __bool__(self) -> bool:
        return any((self.aliases, self.countries, self.merge, self.split, self.not_entities))

    def __add__(self, other: Curation) -> Curation:
        return Curation(aliases=self.aliases + other.aliases, countries=self.countries + other.countries,
                        merge=self.merge + other.merge, split=self.split + other.split,
                        not_entities=self.not_entities + other.not_entities)

    # ---------------------------------------------------------------- records
    def apply_to_record(self, rec: DocRecord) -> DocRecord:
        """``rec`` with the curation applied to its participants and entities (a new record)."""
        if not self:
            return rec
        events = tuple(self._event(ev) for ev in rec.events)
        drop = {name_key(n) for n in self.not_entities}
        entities = tuple(e for e in rec.entities if name_key(e.name) not in drop)
        return replace(rec, events=events, entities=entities)

    def _event(self, ev: Event) -> Event:
        drop = {name_key(n) for n in self.not_entities}
        parts = tuple(self._participant(p) for p in ev.participants if name_key(p.name) not in drop)
        return replace(ev, participants=parts) if parts != ev.participants else ev

    def _participant(self, p: Participant) -> Participant:
        drop = {name_key(n) for n in self.not_entities}
        own = name_key(p.name)
        aliases = [a for a in p.aliases if name_key(a) not in drop]
        names = [p.name, *aliases]
        country = p.country
        kind = p.kind
        for sp in self.split:
            split_keys = {name_key(n) for n in sp.names}
            if own in split_keys:  # the split-off entity: none of the old entity's names
                aliases = [a for a in aliases if name_key(a) in split_keys]
                country = sp.country or country
                kind = sp.kind or kind
            else:  # another entity: the split-off names are not its aliases
                aliases = [a for a in aliases if name_key(a) not in split_keys]
        for n in list(names):
            for extra in self._groups.get(name_key(n), ()):
                if extra not in aliases and name_key(extra) != own:
                    aliases.append(extra)
        fixed = dict((name_key(n), cc) for n, cc in self.countries)
        for n in (p.name, *aliases):
            if name_key(n) in fixed:
                country = fixed[name_key(n)]
                break
        new = replace(p, aliases=tuple(dict.fromkeys(aliases)), country=country, kind=kind)
        return new if new != p else p


# -------------------------------------------------------------------- parsing
def _names(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and name_key(v) for v in value):
        raise UsageError(f"curation: {where} must be a name or a list of names", "see coopgraph curate --help")
    return tuple(v.strip() for v in value)


def _country(value: Any, where: str) -> str:
    from coopgraph.store.validate import country

    try:
        return country(value if isinstance(value, str) else repr(value))
    except ValueError as exc:
        raise UsageError(f"curation: {where}: {exc}", "fix the file") from None


def parse(text: str, where: str = "curation") -> Curation:
    """A :class:`Curation` from YAML text; UsageError naming the first problem."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise UsageError(f"{where} is not valid YAML: {str(exc).splitlines()[0]}", "fix the file") from None
    if not isinstance(data, dict):
        raise UsageError(f"{where} must be a YAML mapping with sections {', '.join(SECTIONS)}", "fix the file")
    unknown = set(data) - set(SECTIONS)
    if unknown:
        raise UsageError(f"{where}: unknown section {sorted(unknown)[0]!r} (known: {', '.join(SECTIONS)})",
                         "fix the file")

    def mapping(key):
        value = data.get(key) or {}
        if not isinstance(value, dict):
            raise UsageError(f"{where}: {key} must be a mapping of entity name to value", "fix the file")
        return value

    aliases = tuple((str(k), _names(v, f"aliases of {k}")) for k, v in mapping("aliases").items())
    countries = tuple((str(k), _country(v, f"country of {k}")) for k, v in mapping("countries").items())
    merge = []
    for i, group in enumerate(data.get("merge") or []):
        names = _names(group, f"merge item {i + 1}")
        if len(names) < 2:
            raise UsageError(f"{where}: merge item {i + 1} needs at least two names", "fix the file")
        merge.append(names)
    split = []
    for i, item in enumerate(data.get("split") or []):
        if not isinstance(item, dict) or "from" not in item or "names" not in item:
            raise UsageError(f"{where}: split item {i + 1} needs 'from' and 'names'", "fix the file")
        kind = item.get("kind")
        if kind is not None and kind not in KINDS:
            raise UsageError(f"{where}: split item {i + 1}: kind must be org or person", "fix the file")
        country = _country(item["country"], f"split item {i + 1}") if item.get("country") else None
        split.append(Split(source=_names(item["from"], f"split item {i + 1} from")[0],
                           names=_names(item["names"], f"split item {i + 1} names"), kind=kind, country=country))
    not_entities = _names(data["not_entities"], "not_entities") if data.get("not_entities") else ()
    return Curation(aliases=aliases, countries=countries, merge=tuple(merge), split=tuple(split),
                    not_entities=not_entities)


def load(path: str | Path) -> tuple[Curation, str]:
    """(curation, its text) from a file; UsageError when it cannot be read or is not a curation."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the curation file {path}: {getattr(exc, 'strerror', None) or exc}",
                         "check the path") from None
    return parse(text, where=str(path)), text


# ---------------------------------------------------------------------- store
def keep(store: SQLStore, text: str, name: str) -> bool:
    """Keep a curation's text in the store (once); True when it was new."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with store.conn.transaction():
        return bool(store.conn.execute(
            "INSERT INTO curations (digest, name, body, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (digest) DO NOTHING",
            (digest, name, text, datetime.now(UTC).isoformat(timespec="seconds"))))


def stored_curation(store: SQLStore) -> Curation:
    """Every curation kept in the store, combined in the order they were added."""
    total = Curation()
    for name, body in store.conn.query("SELECT name, body FROM curations ORDER BY n"):
        total = total + parse(body, where=f"stored curation {name}")
    return total


def stored_names(store: SQLStore) -> list[str]:
    return [r[0] for r in store.conn.query("SELECT name FROM curations ORDER BY n")]


def _entity(store: SQLStore, ref: str) -> str | None:
    """The entity a curation names: its id, else the oldest entity known under that name."""
    if store.conn.query("SELECT 1 FROM entities WHERE id = ?", (ref,)):
        return ref
    rows = store.conn.query("SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                            "WHERE a.key = ? ORDER BY e.created_seq, e.id", (name_key(ref),))
    return rows[0][0] if rows else None


def _events_of(store: SQLStore, eids: set[str]) -> set[str]:
    out: set[str] = set()
    for eid in eids:
        out |= {r[0] for r in store.conn.query(
            "SELECT DISTINCT m.event_id FROM participants p JOIN mentions m ON m.doc_id = p.doc_id AND m.idx = p.idx "
            "WHERE p.entity_id = ?", (eid,))}
        out |= {r[0] for r in store.conn.query("SELECT event_id FROM event_entities WHERE entity_id = ?", (eid,))}
    return out


def apply_to_store(store: SQLStore, cur: Curation) -> dict[str, Any]:
    """Correct what is stored; idempotent. Returns what was done and which names were not found."""
    done: dict[str, Any] = {"aliases": 0, "countries": 0, "merged": 0, "split": 0, "removed": 0,
                            "events_refreshed": 0, "not_found": []}
    if not cur:
        return done
    conn = store.conn
    touched: set[str] = set()
    with conn.transaction():
        store._load_seq()
        store._merged = {}
        for name in cur.not_entities:
            key = name_key(name)
            for (eid,) in conn.query("SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ?", (key,)):
                rows = [r for r in conn.query("SELECT doc_id, idx, pos, name FROM participants WHERE entity_id = ?",
                                              (eid,)) if name_key(r[3]) == key]
                for doc_id, idx, pos, _ in rows:
                    touched |= {r[0] for r in conn.query("SELECT event_id FROM mentions WHERE doc_id = ? AND idx = ?",
                                                         (doc_id, idx))}
                    conn.execute("DELETE FROM participants WHERE doc_id = ? AND idx = ? AND pos = ?", (doc_id, idx, pos))
                done["removed"] += len(rows)
                for doc_id, local, n in conn.query("SELECT doc_id, local_id, name FROM doc_entities "
                                                   "WHERE entity_id = ?", (eid,)):
                    if name_key(n) == key:
                        conn.execute("DELETE FROM doc_entities WHERE doc_id = ? AND local_id = ?", (doc_id, local))
                conn.execute("DELETE FROM entity_aliases WHERE key = ? AND entity_id = ?", (key, eid))
                if not conn.query("SELECT 1 FROM entity_aliases WHERE entity_id = ?", (eid,)):
                    touched |= _events_of(store, {eid})
                    conn.execute("DELETE FROM event_entities WHERE entity_id = ?", (eid,))
                    conn.execute("DELETE FROM entities WHERE id = ?", (eid,))
        for name, more in cur.aliases:
            eid = _entity(store, name)
            if eid is None:
                done["not_found"].append(name)
                continue
            before = conn.query("SELECT count(*) FROM entity_aliases WHERE entity_id = ?", (eid,))[0][0]
            store._add_aliases(eid, more)
            done["aliases"] += conn.query("SELECT count(*) FROM entity_aliases WHERE entity_id = ?", (eid,))[0][0] - before
        for names in cur.merge:
            ids = [e for e in (_entity(store, n) for n in names) if e]
            done["not_found"] += [n for n in names if _entity(store, n) is None]
            ids = list(dict.fromkeys(store._alive(i) for i in ids))
            for other in ids[1:]:
                keep_id = store._alive(ids[0])
                conn.execute("DELETE FROM entity_apart WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)",
                             (keep_id, other, other, keep_id))
                touched |= _events_of(store, {other})
                store._merge_entities(keep_id, other)
                done["merged"] += 1
        for sp in cur.split:
            done["split"] += _split(store, sp, touched, done)
        for name, cc in cur.countries:
            eid = _entity(store, name)
            if eid is None:
                done["not_found"].append(name)
                continue
            changed = conn.execute("UPDATE entities SET country = ?, country_fixed = 1 WHERE id = ? AND "
                                   "(country IS NULL OR country <> ? OR country_fixed = 0)", (cc, eid, cc))
            moved = conn.execute("UPDATE participants SET country = ? WHERE entity_id = ? AND "
                                 "(country IS NULL OR country <> ?)", (cc, eid, cc))
            done["countries"] += changed
            if changed or moved:  # events only change when a participant's country did
                touched |= _events_of(store, {eid})
        for ev in sorted(touched):
            if conn.query("SELECT 1 FROM mentions WHERE event_id = ?", (ev,)):
                store._refresh(ev)
                done["events_refreshed"] += 1
        store._save_seq()
    store._entity_cache = {}
    done["not_found"] = list(dict.fromkeys(done["not_found"]))
    return done


def _split(store: SQLStore, sp: Split, touched: set[str], done: dict[str, Any]) -> int:
    """Move ``sp.names`` off the entity ``sp.source`` onto an entity of their own (kept apart from it)."""
    from coopgraph.store.sql import _digest

    conn = store.conn
    src = _entity(store, sp.source)
    if src is None:
        done["not_found"].append(sp.source)
        return 0
    keys = {name_key(n) for n in sp.names}
    apart = store._apart(src)
    new = next((e for (e,) in conn.query("SELECT entity_id FROM entity_aliases WHERE key = ?", (name_key(sp.names[0]),))
                if e in apart), None)
    kind, country = conn.query("SELECT kind, country FROM entities WHERE id = ?", (src,))[0]
    kind = sp.kind or kind
    if new is None:
        new = "E" + _digest(kind, sp.country or country or "", name_key(sp.names[0]), "split", n=12)
        conn.execute("INSERT INTO entities (id, name, kind, country, created_seq, country_fixed) VALUES (?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (id) DO NOTHING",
                     (new, sp.names[0], kind, sp.country or country, store._next(), 1 if sp.country else 0))
        conn.execute("INSERT INTO entity_apart (a, b) VALUES (?, ?), (?, ?) ON CONFLICT (a, b) DO NOTHING",
                     (src, new, new, src))
    moved = 0
    for key in keys:
        moved += conn.execute("DELETE FROM entity_aliases WHERE key = ? AND entity_id = ?", (key, src))
    store._add_aliases(new, sp.names)
    for doc_id, idx, pos, name in conn.query("SELECT doc_id, idx, pos, name FROM participants WHERE entity_id = ?",
                                             (src,)):
        if name_key(name) in keys:
            conn.execute("UPDATE participants SET entity_id = ? WHERE doc_id = ? AND idx = ? AND pos = ?",
                         (new, doc_id, idx, pos))
            if sp.country:
                conn.execute("UPDATE participants SET country = ? WHERE doc_id = ? AND idx = ? AND pos = ?",
                             (sp.country, doc_id, idx, pos))
            touched |= {r[0] for r in conn.query("SELECT event_id FROM mentions WHERE doc_id = ? AND idx = ?",
                                                 (doc_id, idx))}
            moved += 1
    for doc_id, local, name in conn.query("SELECT doc_id, local_id, name FROM doc_entities WHERE entity_id = ?", (src,)):
        if name_key(name) in keys:
            conn.execute("UPDATE doc_entities SET entity_id = ? WHERE doc_id = ? AND local_id = ?", (new, doc_id, local))
    return 1 if moved else 0
