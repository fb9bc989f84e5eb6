"""The trigger lexicon (``coopgraph/data/triggers.yaml``) parsed once per process: predicates, noun
classes, patterns and the cue word lists the reader and its filters use (see :mod:`.triggers`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from coopgraph.text.yamlfile import data_yaml


@dataclass(frozen=True, slots=True)
class Lexicon:
    predicates: dict[str, dict[str, Any]]
    patterns: tuple[tuple[tuple[str, ...], str], ...]
    nouns: tuple[tuple[str, str], ...]  # (noun folded, class), longest first
    noun_types: dict[str, str]
    governs: dict[str, tuple[str, ...]]
    reference_words: frozenset[str]
    comitative_nominal: frozenset[str]
    planned: tuple[tuple[str, ...], ...]
    abandoned_plan: tuple[tuple[str, ...], ...]
    negated: tuple[tuple[str, ...], ...]
    future_adnominal: frozenset[str]
    continuation: tuple[str, ...]
    report_verbs: frozenset[str]
    clause_endings: frozenset[str]
    generic_group_prefixes: tuple[str, ...]
    group_suffixes: tuple[str, ...]
    place_fillers: frozenset[str]
    locative_particles: tuple[str, ...]
    not_locative_after: tuple[str, ...]
    plural_anaphors: tuple[str, ...] = ()
    topic_nouns: frozenset[str] = frozenset()
    earlier_act_links: tuple[str, ...] = ()
    generic_org_words: frozenset[str] = frozenset()
    non_org_suffixes: tuple[str, ...] = ()
    surname_titles: tuple[str, ...] = ()
    generic_event_nouns: frozenset[str] = frozenset()
    habitual_aux: frozenset[str] = frozenset()
    cues_opening_a_word: frozenset[str] = frozenset()
    purpose_verbs: frozenset[str] = frozenset()
    purpose_exempt: frozenset[str] = frozenset()
    one_to_one_meetings: frozenset[str] = frozenset()
    courtesy_calls: frozenset[str] = frozenset()
    domestic_event_words: frozenset[str] = frozenset()
    visit_frames: frozenset[str] = frozenset()
    foreign_regions: tuple[str, ...] = ()
    group_modifiers: tuple[str, ...] = ()
    body_endings: tuple[str, ...] = ()
    topic_verbs: frozenset[str] = frozenset()
    international_cues: tuple[str, ...] = ()
    international_event_nouns: tuple[str, ...] = ()
    owner_markers: tuple[str, ...] = ()
    venue_halls: tuple[str, ...] = ()
    building_suffixes: tuple[str, ...] = ()
    session_heads: tuple[str, ...] = ()
    background_verbs: tuple[str, ...] = ()
    object_act_nouns: tuple[str, ...] = ()
    series_words: frozenset[str] = frozenset()
    count_units: frozenset[str] = frozenset()
    plan_nouns: frozenset[str] = frozenset()
    content_nouns: frozenset[str] = frozenset()
    total_verbs: frozenset[str] = frozenset()
    content_verbs: frozenset[str] = frozenset()
    visit_groups: tuple[str, ...] = ()
    plan_sharing: frozenset[str] = frozenset()
    plan_times: tuple[str, ...] = ()

    # (length, {noun: (class, noun)}) longest first, built from ``nouns``: noun_class looks up each length's suffix
    noun_suffixes: tuple[tuple[int, dict[str, tuple[str, str]]], ...] = field(default=(), repr=False, compare=False)

    # first form -> the patterns starting with it, in lexicon order (find_triggers tries only those)
    pattern_index: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict, repr=False,
                                                                             compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for forms, cls in self.patterns:
            if forms:
                index.setdefault(forms[0], []).append((forms, cls))
        object.__setattr__(self, "pattern_index", {k: tuple(v) for k, v in index.items()})
        by_len: dict[int, dict[str, tuple[str, str]]] = {}
        for noun, cls in self.nouns:
            by_len.setdefault(len(noun), {}).setdefault(noun, (cls, noun))  # the first of a noun listed twice wins
        object.__setattr__(self, "noun_suffixes", tuple(sorted(by_len.items(), key=lambda kv: -kv[0])))

    def noun_class(self, compound: str) -> tuple[str, str] | None:
        """(class, matched noun) when ``compound`` (spaces removed) ends with a lexicon noun (the longest)."""
        folded = compound.replace(" ", "").casefold()
        n = len(folded)
        for length, nouns in self.noun_suffixes:
            if length <= n:
                hit = nouns.get(folded[n - length:])
                if hit is not None:
                    return hit
        return None


@functools.cache
def load_lexicon() -> Lexicon:
    """The packaged trigger lexicon, parsed once per process."""
    data = data_yaml("triggers.yaml")
    nouns = sorted(((n.casefold(), cls) for cls, ns in data["nouns"].items() for n in ns),
                   key=lambda t: -len(t[0]))
    cues = data["cues"]
    return Lexicon(
        predicates={k: dict(v) for k, v in data["predicates"].items()},
        patterns=tuple((tuple(p["forms"]), p["class"]) for p in data.get("patterns", [])),
        nouns=tuple(nouns),
        noun_types=dict(data["noun_types"]),
        governs={k: tuple(v) for k, v in data["governs"].items()},
        reference_words=frozenset(data["reference_words"]),
        comitative_nominal=frozenset(data["comitative_nominal"]),
        planned=tuple(tuple(c) for c in cues["planned"]),
        abandoned_plan=tuple(tuple(c) for c in cues.get("abandoned_plan", ())),
        negated=tuple(tuple(c) for c in cues["negated"]),
        future_adnominal=frozenset(cues["future_adnominal"]),
        habitual_aux=frozenset(cues.get("habitual_aux", ())),
        purpose_verbs=frozenset(cues.get("purpose_verbs", ())),
        purpose_exempt=frozenset(cues.get("purpose_exempt", ())),
        one_to_one_meetings=frozenset(data.get("one_to_one_meetings", ())),
        courtesy_calls=frozenset(data.get("courtesy_calls", ())),
        domestic_event_words=frozenset(data.get("domestic_event_words", ())),
        cues_opening_a_word=frozenset(data.get("cues_opening_a_word", ())),
        continuation=tuple(cues["continuation"]),
        report_verbs=frozenset(cues["report_verbs"]),
        clause_endings=frozenset(data["clause_endings"]),
        generic_group_prefixes=tuple(data["generic_group_prefixes"]),
        group_suffixes=tuple(data["group_suffixes"]),
        place_fillers=frozenset(data["place_fillers"]),
        locative_particles=tuple(sorted(data["locative_particles"], key=len, reverse=True)),
        not_locative_after=tuple(data["not_locative_after"]),
        plural_anaphors=tuple(data.get("plural_anaphors", ())),
        topic_nouns=frozenset(data.get("topic_nouns", ())),
        earlier_act_links=tuple(data.get("earlier_act_links", ())),
        generic_org_words=frozenset(data.get("generic_org_words", ())),
        non_org_suffixes=tuple(data.get("non_org_suffixes", ())),
        surname_titles=tuple(sorted(data.get("surname_titles", ()), key=len, reverse=True)),
        generic_event_nouns=frozenset(data.get("generic_event_nouns", ())),
        visit_frames=frozenset(data.get("visit_frames", ())),
        foreign_regions=tuple(data.get("foreign_regions", ())),
        group_modifiers=tuple(data.get("group_modifiers", ())),
        body_endings=tuple(data.get("body_endings", ())),
        topic_verbs=frozenset(data.get("topic_verbs", ())),
        international_cues=tuple(data.get("international_cues", ())),
        international_event_nouns=tuple(data.get("international_event_nouns", ())),
        owner_markers=tuple(data.get("owner_markers", ())),
        venue_halls=tuple(sorted(data.get("venue_halls", ()), key=len, reverse=True)),
        building_suffixes=tuple(data.get("building_suffixes", ())),
        session_heads=tuple(data.get("session_heads", ())),
        background_verbs=tuple(data.get("background_verbs", ())),
        object_act_nouns=tuple(data.get("object_act_nouns", ())),
        series_words=frozenset(cues.get("series_words", ())),
        count_units=frozenset(cues.get("count_units", ())),
        plan_nouns=frozenset(cues.get("plan_nouns", ())),
        content_nouns=frozenset(cues.get("content_nouns", ())),
        total_verbs=frozenset(cues.get("total_verbs", ())),
        content_verbs=frozenset(cues.get("content_verbs", ())),
        visit_groups=tuple(data.get("visit_groups", ())),
        plan_sharing=frozenset(cues.get("plan_sharing", ())),
        plan_times=tuple(cues.get("plan_times", ())),
    )
