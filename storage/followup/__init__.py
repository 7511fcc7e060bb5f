"""Aangifte follow-up (issue 15): after a decision "aangifte", did the IND file it, and what did
the OM do with it?

``FollowUpService(store)``
    ``track(decision_id) -> FollowUp`` (``recorded`` False while nothing was entered),
    ``track_by_number("B-2026-03-02")``, ``for_case(case_id)``, ``for_decisions(ids)``,
    ``all_tracks()``; ``record(decision_id, *, filed_on, not_filed, not_filed_reason, om_feedback,
    om_feedback_on, note, keep=())`` sets the whole track (one transaction with ``followup.record``
    in the audit log: decision number and changed field names, never text); ``overdue(on=None)``
    lists aangiftes decided more than N weeks ago without a filing date (N: the store setting
    ``followup_overdue_weeks``, ``set_overdue_weeks`` audited as ``followup.term``).

Rules: only aangifte decisions have a track; dates lie between the decision and today, feedback
after the filing; free text passes ``storage.anonymity`` (object ``followup``/decision number);
a purged case refuses every write (``CasePurged``) and ``storage.purge`` empties its texts.
"""

from storage.followup.model import Feedback, FollowUp, OverdueFollowUp, TrackState
from storage.followup.service import FollowUpService

__all__ = ["Feedback", "FollowUp", "FollowUpService", "OverdueFollowUp", "TrackState"]
