"""The statuses a case moves through at the table.

Their labels and groups (open, closed, awaiting the OM) are in ``storage.cases.model``; the one
function other features use to move a case along is ``storage.cases.status_change``.
"""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    NEW = "new"
    ON_AGENDA = "on_agenda"
    UNDER_DISCUSSION = "under_discussion"
    AWAITING_INFORMATION = "awaiting_information"
    DEFERRED = "deferred"
    AANGIFTE = "aangifte"
    GEEN_AANGIFTE = "geen_aangifte"
    CLOSED = "closed"
