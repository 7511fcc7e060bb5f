"""Purging cases whose retention period has passed (issue 6, "Bewaartermijnen").

The chair sees the due cases (``PurgeService.due``), looks at what a purge would remove
(``plan``: a dry run of the real purge, rolled back) and confirms it (``purge``). A purge removes the
case's content everywhere and leaves a tombstone:

* the case record: every text field, the 1F ground, period, IND status and urgency are cleared; the
  summary becomes "Verwijderd wegens bewaartermijn op <datum>."; reference, status and dates stay,
  and ``case_tombstones`` keeps reference, dates, the latest decision and its outcome type;
* the minutes of every agenda item about the case, the texts of its decisions (text, responsible,
  reason, information asked, disagreement), of its actions (text, owner role, closing note) and of
  amendments and addenda tied to those items or decisions: replaced by the same sentence;
* the full-text index: the case's documents (its own and its minutes) are deleted with FTS5
  ``secure-delete`` on, so their tokens leave the index b-tree too; the case is indexed again under
  its reference only (the register still finds the tombstone);
* the anonymity guard's kept-finding hashes of the case, its items, decisions and actions, and
  those of the purged amendment and addendum texts;
* sealed records whose content changed are marked redacted: the original fingerprint stays, the
  fingerprint of the redacted record is stored next to it and logged (``meeting.redact``), and
  ``overlegtafel verify`` reports them as redacted, not broken.

Everything for one batch of cases is one transaction with its audit entries (``case.purge``:
reference, counts, redacted meetings; never content). Afterwards ``compact`` merges the index,
vacuums the store (``temp_store = MEMORY``, so the transient copy stays in memory) and
checkpoints the WAL with TRUNCATE, so that no freed page and no old WAL frame still holds the text.
``secure_delete`` is on for every connection (``storage.connection``).

What a purge cannot reach: backups made before it (they age out with the backup rotation), PDFs
or CSV files saved outside the store, and other minutes that mention the case's reference (the plan
lists them as ``mentions`` so the chair can check them).

A case can be purged when it is closed, its retention date (``storage.retention_rules``) has passed,
it is not on the agenda of a meeting that has not ended, and every sealed record it touches still
verifies; otherwise the plan lists the blockers and ``purge`` raises ``PurgeBlocked``.

The parts: ``service`` (``PurgeService``: the due list, plans, the purge, its audit entries),
``scope`` (what one case's purge reaches, its sealed records and mentions), ``plan`` (blockers and
the plan), ``content`` (removing the content), ``redaction`` (marking changed seals),
``tombstones`` and ``texts`` (what stays), ``results`` (what is reported), ``compaction``.
"""

from storage.purge.results import (
    Blocker,
    CompactReport,
    DueCase,
    PurgeBlocked,
    PurgeListChanged,
    PurgePlan,
    PurgeReport,
)
from storage.purge.service import PurgeService
from storage.purge.texts import TOMBSTONE_SENTENCE, tombstone_sentence
from storage.purge.tombstones import Tombstone

__all__ = [
    "TOMBSTONE_SENTENCE",
    "Blocker",
    "CompactReport",
    "DueCase",
    "PurgeBlocked",
    "PurgeListChanged",
    "PurgePlan",
    "PurgeReport",
    "PurgeService",
    "Tombstone",
    "tombstone_sentence",
]
