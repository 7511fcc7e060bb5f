"""Re-identification risk of a case: how many cases share its quasi-identifiers (k).

Even without names, a rare combination of 1F ground, country, organisation, role, place, period
and IND status can point to one person. For each case this module counts the cases in the
register with the same combination (k, the case itself included), finds the field whose
generalisation raises k most (the field that makes it rare) and proposes generalisations along
the hierarchies in ``risk_hierarchy``. It is read-only advice: nothing is changed or blocked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from storage.cases.model import Case
from storage.cases.risk_hierarchy import (
    ANY,
    country_levels,
    organisation_levels,
    period_bounds,
    period_levels,
    place_levels,
    place_of,
    role_levels,
)
from storage.cases.service import CaseService
from storage.errors import ValidationError
from storage.i18n import pick
from storage.store import Store

FIELDS: tuple[str, ...] = ("ground", "country", "organisation", "role", "place", "period", "status")
# Fields the editor can generalise with one click, in the order the hint offers them.
SUGGESTED: tuple[str, ...] = ("period", "role", "place", "organisation")
DESCRIPTIVE: tuple[str, ...] = ("country", "organisation", "role", "period")
MIN_FILLED = 2
THRESHOLD_SETTING = "risk_k_threshold"
DEFAULT_THRESHOLD = 2

_FIELD_LABELS: dict[str, tuple[str, str]] = {
    "ground": ("1F-grond", "1F ground"),
    "country": ("land", "country"),
    "organisation": ("organisatie", "organisation"),
    "role": ("rol", "role"),
    "place": ("plaats", "place"),
    "period": ("periode", "period"),
    "status": ("procedurele status", "procedural status"),
}


def risk_field_label(name: str, lang: str | None = None) -> str:
    nl, en = _FIELD_LABELS.get(name, (name, name))
    return pick(nl, en, lang)


DEPTH = 6  # every hierarchy padded to this many levels, the last one ANY


@dataclass(frozen=True, slots=True)
class Profile:
    """A case's quasi-identifiers, each as its hierarchy from the value itself up to ANY."""

    case_id: int
    reference: str
    levels: dict[str, tuple[str, ...]]
    # Per field (in FIELDS order) the chain padded to DEPTH, and the combination as it is.
    chains: tuple[tuple[str, ...], ...] = ()
    base: tuple[str, ...] = ()

    def at(self, field: str, level: int) -> str:
        chain = self.levels[field]
        return chain[min(level, len(chain) - 1)]


@dataclass(frozen=True, slots=True)
class Suggestion:
    field: str
    current: str
    proposal: str
    k_after: int
    # Case fields and their new values, for the editor's one-click generalisation.
    changes: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class CaseRisk:
    case_id: int
    reference: str
    k: int
    rare_field: str | None
    rare_k: int
    suggestions: tuple[Suggestion, ...]
    # False while fewer than MIN_FILLED of the descriptive fields are filled in (a new case):
    # then every combination is "rare" and the count says nothing yet.
    informative: bool = True


def profile(case: Case) -> Profile:
    levels = _levels(
        ",".join(case.grounds),
        case.country,
        case.organisations,
        case.role,
        case.period_from,
        case.period_to,
        case.ind_status,
    )
    chains = tuple(levels[f] + (levels[f][-1],) * (DEPTH - len(levels[f])) for f in FIELDS)
    return Profile(case.id, case.reference, levels, chains, tuple(c[0] for c in chains))


@lru_cache(maxsize=4096)
def _levels(
    grounds: str, country: str, organisations: str, role: str, start: str, end: str, status: str
) -> dict[str, tuple[str, ...]]:
    # Cached: in a register many cases share their country, organisation and role texts.
    return {
        "ground": (grounds, ANY),
        "country": country_levels(country),
        "organisation": organisation_levels(organisations),
        "role": role_levels(role),
        "place": place_levels(country, role, organisations),
        "period": period_levels(start, end),
        "status": (status, ANY),
    }


# What counting needs of a profile: its combination as it is, and per field its padded chain.
_Key = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]

# (case id, reference, levels per field in FIELDS order, chains, base): no dict, so that the collector
# can stop tracking the whole tuple in one look.
_Fields = tuple[int, str, tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], tuple[str, ...]]


class _Counts:
    """k for every combination "all fields as they are, one field raised by n levels"."""

    def __init__(self, keys: Sequence[_Key], focus: Profile | None = None) -> None:
        if focus is not None:
            # Only cases that differ from the focus in at most one field can ever share its
            # combination with a single field generalised; the rest need not be counted.
            keys = [q for q in keys if sum(a != b for a, b in zip(q[0], focus.base, strict=True)) <= 1]
        self._keys = keys
        self._tables: dict[tuple[str, int], Counter[tuple[str, ...]]] = {}

    @staticmethod
    def key(
        base: tuple[str, ...], chains: tuple[tuple[str, ...], ...], field: str, level: int
    ) -> tuple[str, ...]:
        if not field:
            return base
        i = FIELDS.index(field)
        return (*base[:i], chains[i][min(level, DEPTH - 1)], *base[i + 1 :])

    def k(self, p: Profile, field: str = "", level: int = 0) -> int:
        table = self._tables.get((field, level))
        if table is None:
            table = Counter(self.key(base, chains, field, level) for base, chains in self._keys)
            self._tables[(field, level)] = table
        return table[self.key(p.base, p.chains, field, level)]


def _profile_fields(p: Profile) -> _Fields:
    """A profile as plain tuples (``_profile_of`` makes it again)."""
    return (p.case_id, p.reference, tuple(p.levels[f] for f in FIELDS), p.chains, p.base)


def _key_of(fields: _Fields) -> _Key:
    return fields[4], fields[3]


def _profile_of(fields: _Fields) -> Profile:
    case_id, reference, levels, chains, base = fields
    return Profile(case_id, reference, dict(zip(FIELDS, levels, strict=True)), chains, base)


def _changes(case: Case, field: str, p: Profile, level: int) -> tuple[tuple[str, str], ...]:
    value = p.at(field, level)
    if field == "period":
        start, end = period_bounds(value)
        return (("period_from", start), ("period_to", end))
    if field == "role":
        return (("role", value),)
    if field == "organisation":
        return (("organisations", value),)
    found = place_of(case.country, case.role, case.organisations)
    if found is None:
        return ()
    pattern = re.compile(rf"(?<![\w-]){re.escape(found[0])}(?![\w-])", re.IGNORECASE)
    out = []
    for name in ("country", "role", "organisations"):
        text = str(getattr(case, name))
        if pattern.search(text):
            out.append((name, pattern.sub(value, text)))
    return tuple(out)


def _suggestions(case: Case, p: Profile, counts: _Counts) -> tuple[Suggestion, ...]:
    out: list[Suggestion] = []
    for field in SUGGESTED:
        current = shown = p.at(field, 0)
        for level in range(1, len(p.levels[field])):
            proposal = p.at(field, level)
            if not current or proposal == ANY:
                break
            if proposal == shown:
                continue  # "1994" stays "1994" at month and year level
            shown = proposal
            k_after = counts.k(p, field, level)
            out.append(Suggestion(field, current, proposal, k_after, _changes(case, field, p, level)))
    return tuple(out)


def _first_change(p: Profile, field: str) -> int:
    """The first level at which this case's value of ``field`` becomes more general."""
    chain = p.levels[field]
    return next((i for i in range(1, len(chain)) if chain[i] != chain[0]), len(chain) - 1)


def assess_register(
    cases: Sequence[Case], only: int | None = None, profiles: Sequence[Profile] | None = None
) -> list[CaseRisk]:
    """The risk of every case in ``cases`` (or only of the case with id ``only``), counted
    against all of them. ``profiles``: those of ``cases``, when already made."""
    if profiles is None:
        profiles = [profile(c) for c in cases]
    keys = [(p.base, p.chains) for p in profiles]
    if only is not None:
        return [
            _assess_one(case, p, keys) for case, p in zip(cases, profiles, strict=True) if case.id == only
        ]
    counts = _Counts(keys)
    return [_risk(case, p, counts) for case, p in zip(cases, profiles, strict=True)]


def _assess_one(case: Case, p: Profile, keys: Sequence[_Key]) -> CaseRisk:
    return _risk(case, p, _Counts(keys, p))


def _risk(case: Case, p: Profile, counts: _Counts) -> CaseRisk:
    k = counts.k(p)
    rare, rare_k = None, k
    for field in FIELDS:
        raised = counts.k(p, field, _first_change(p, field))
        if raised > rare_k:
            rare, rare_k = field, raised
    filled = sum(bool(p.at(f, 0)) for f in DESCRIPTIVE)
    suggestions = _suggestions(case, p, counts)
    return CaseRisk(case.id, case.reference, k, rare, rare_k, suggestions, filled >= MIN_FILLED)


def check_threshold(value: object) -> int:
    try:
        number = int(str(value))
    except ValueError:
        number = 0
    if not 1 <= number <= 100:
        raise ValidationError(
            detail=pick(
                "de drempel voor k ligt tussen 1 en 100", "the threshold for k lies between 1 and 100"
            )
        )
    return number


_REGISTER_SQL = (
    "SELECT id, reference, status, grounds, country, period_from, period_to, role, organisations, "
    "ind_status FROM cases ORDER BY reference"
)


# Per open store: (the connection's total_changes when made, the register's rows, their profiles'
# fields). Kept as plain tuples of strings and numbers on purpose: Python's garbage collector stops
# tracking such tuples (and dicts of them) after one look, while 10,000 ``Case`` and ``Profile``
# objects kept here were walked by every full collection: 20-35 ms with the interpreter lock held,
# a visible stall while the secretary typed (bench/bench_lean.py --stalls, issue 17).
# Per field (in FIELDS order): the positions in the register by their combination with that field
# left out. Assessing one case needs only the cases that differ from it in at most one field: the
# entries of its own combination in these seven tables (comparing it with all 10,000 took 18 ms of
# pure Python per case opened, holding the interpreter lock the GUI thread waits for; issue 17).
_Neighbours = tuple[dict[tuple[str, ...], tuple[int, ...]], ...]
# (total_changes when made, rows, profiles' fields, position of each case id, neighbours)
_Kept = tuple[int, list[tuple[Any, ...]], list[_Fields], dict[int, int], _Neighbours]
_PROFILED: WeakKeyDictionary[Store, _Kept] = WeakKeyDictionary()


def _without(base: tuple[str, ...], i: int) -> tuple[str, ...]:
    return base[:i] + base[i + 1 :]


def _neighbours(fields: Sequence[_Fields]) -> _Neighbours:
    tables = []
    for i in range(len(FIELDS)):
        found: dict[tuple[str, ...], list[int]] = {}
        for at, f in enumerate(fields):
            found.setdefault(_without(f[4], i), []).append(at)
        tables.append({key: tuple(positions) for key, positions in found.items()})
    return tuple(tables)


def _near(kept: _Kept, at: int) -> list[_Key]:
    """The keys of the cases that differ from the case at ``at`` in at most one field."""
    _changes, _rows, fields, _positions, tables = kept
    base = fields[at][4]
    near: set[int] = set()
    for i, table in enumerate(tables):
        near.update(table.get(_without(base, i), ()))
    return [_key_of(fields[j]) for j in sorted(near)]


def _case_of(row: Sequence[Any]) -> Case:
    """A register row as a case with only the fields the risk reads (not the long texts)."""
    return Case(
        id=int(row[0]),
        reference=row[1],
        status=row[2],
        grounds=tuple(g for g in row[3].split(",") if g),
        country=row[4],
        period_from=row[5],
        period_to=row[6],
        role=row[7],
        organisations=row[8],
        ind_status=row[9],
        ind_status_note="",
        urgent=False,
        urgency_reason="",
        question="",
        summary="",
        created_at="",
        updated_at="",
        closed_at=None,
        retention_until=None,
    )


class RiskService:
    """The risk view over the register of one store; the threshold is a store-wide setting."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def threshold(self) -> int:
        value = self.store.settings.get(THRESHOLD_SETTING, DEFAULT_THRESHOLD)
        try:
            return check_threshold(value)
        except ValidationError:
            return DEFAULT_THRESHOLD

    def set_threshold(self, value: object) -> int:
        number = check_threshold(value)
        self.store.settings.set(THRESHOLD_SETTING, number)
        return number

    def _kept_register(self) -> _Kept:
        """The register and its profiles, kept until the store next writes anything: making the
        profiles is pure Python (a third of a second at 10,000 cases) and holds the interpreter
        lock, which the GUI thread then waits for at every call into Python; reading cases one
        after another must not pay it each time."""
        changes = self.store.db.conn.total_changes
        kept = _PROFILED.get(self.store)
        if kept is not None and kept[0] == changes:
            return kept
        rows = [tuple(r) for r in self.store.db.execute(_REGISTER_SQL).fetchall()]
        fields = [_profile_fields(profile(_case_of(r))) for r in rows]
        positions = {int(r[0]): at for at, r in enumerate(rows)}
        kept = _PROFILED[self.store] = (changes, rows, fields, positions, _neighbours(fields))
        return kept

    def prepare(self) -> None:
        """Make the profiles now (after unlocking, before anyone reads a case)."""
        self._kept_register()

    def assess_all(self) -> list[CaseRisk]:
        _changes, rows, fields, _positions, _tables = self._kept_register()
        return assess_register([_case_of(r) for r in rows], profiles=[_profile_of(f) for f in fields])

    def assess(self, case_id: int) -> CaseRisk:
        CaseService(self.store).get(case_id)  # NotFound for an unknown case
        kept = self._kept_register()
        _changes, rows, fields, positions, _tables = kept
        at = positions[case_id]
        return _assess_one(_case_of(rows[at]), _profile_of(fields[at]), _near(kept, at))

    def below_threshold(self) -> list[CaseRisk]:
        limit = self.threshold()
        return [r for r in self.assess_all() if r.informative and r.k < limit]
