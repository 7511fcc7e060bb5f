"""The aangifte follow-up track in the case excerpt and the decision register (issue 15): one
table after the decisions (decision, filing, OM feedback, note). A separate part of the record:
the sealed decision itself does not change, so the section states when it was last updated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportlab.platypus import Flowable

from reports.document_info import DocumentInfo
from reports.documents._common import Words, content_version, table_heading
from reports.escape import para
from reports.styles import STYLES
from reports.tables import data_table
from storage.followup import FollowUp, OverdueFollowUp
from storage.i18n import pick


def _filing(track: FollowUp, words: Words) -> str:
    if track.filed_on is not None:
        return pick("gedaan op ", "filed on ", words.lang) + words.date(track.filed_on)
    if track.not_filed:
        return pick("niet gedaan", "not filed", words.lang) + (
            f": {track.not_filed_reason}" if track.not_filed_reason else ""
        )
    return pick("nog niet gedaan", "not yet filed", words.lang)


def _feedback(track: FollowUp, words: Words) -> str:
    if not track.om_feedback:
        return ""
    text = track.feedback_label(words.lang)
    return text + (f" ({words.date(track.om_feedback_on)})" if track.om_feedback_on else "")


def followup_flow(tracks: Sequence[FollowUp], words: Words, *, with_case: bool = False) -> list[Flowable]:
    """The section, or nothing when there is no aangifte decision."""
    if not tracks:
        return []
    header = [pick("Besluit", "Decision", words.lang)]
    if with_case:
        header.append(pick("Casus", "Case", words.lang))
    header += [
        pick("Aangifte", "Filing", words.lang),
        pick("Terugkoppeling OM", "OM feedback", words.lang),
        pick("Toelichting", "Note", words.lang),
    ]
    rows = []
    for t in tracks:
        row: list[object] = [t.decision_number]
        if with_case:
            row.append(t.case_reference)
        row += [_filing(t, words), _feedback(t, words), t.note]
        rows.append(row)
    widths = [0.17, 0.14, 0.22, 0.2, 0.27] if with_case else [0.17, 0.25, 0.23, 0.35]
    return [
        *table_heading(pick("Opvolging aangifte", "Aangifte follow-up", words.lang)),
        para(
            pick(
                "Wat na het besluit tot aangifte gebeurde; dit deel staat los van het vastgestelde besluit.",
                "What happened after the decision to file; this part is separate from the adopted decision.",
                words.lang,
            ),
            STYLES.small,
        ),
        data_table(header, rows, widths),
    ]


def with_tracks(info: DocumentInfo, tracks: Sequence[FollowUp]) -> DocumentInfo:
    """The version also changes when a track changes (nothing changes without tracks)."""
    return replace(info, version=content_version(info.version, tuple(tracks))) if tracks else info


def overdue_flow(overdue: Sequence[OverdueFollowUp], weeks: int, words: Words) -> list[Flowable]:
    """For the action list: aangiftes decided more than ``weeks`` weeks ago, not yet filed."""
    if not overdue:
        return []
    rows = [
        [o.decision_number, o.case_reference, words.date(o.decided_on), words.date(o.due_on)] for o in overdue
    ]
    return [
        *table_heading(pick("Aangiftes nog niet gedaan", "Aangiftes not yet filed", words.lang)),
        para(
            pick(
                f"Besluiten tot aangifte van meer dan {weeks} weken geleden zonder datum van aangifte.",
                f"Decisions to file taken more than {weeks} weeks ago without a filing date.",
                words.lang,
            ),
            STYLES.small,
        ),
        data_table(
            [
                pick("Besluit", "Decision", words.lang),
                pick("Casus", "Case", words.lang),
                pick("Besloten op", "Decided on", words.lang),
                pick("Termijn verstreken op", "Term ended on", words.lang),
            ],
            rows,
            [0.22, 0.22, 0.28, 0.28],
        ),
    ]
