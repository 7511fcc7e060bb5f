"""Meeting preparation and the registers across meetings.

* ``area`` — Overleggen: the list of meetings, the "Nieuw overleg" dialog and a meeting's detail page
  (data and participants, the agenda builder, status transitions, adoption of the previous minutes,
  documents).
* ``decisions_area`` — Besluiten: the decision register across meetings, with filters.
* ``actions_area`` — Actiepunten: the action list across meetings; close and reopen by keyboard.
* ``case_history`` — the meetings' part of a case's history panel.

Every store call runs on the worker (``ctx.worker.with_store``); no SQL here.
"""
