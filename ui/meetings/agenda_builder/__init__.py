"""The agenda builder: the agenda of one meeting with its planned times, reordered by drag and drop
or Ctrl+Up/Ctrl+Down, and the suggestions to add (returning cases first — "aangehouden sinds …" —,
then new cases, a search in the register, and the open actions that come up under "Actielijst").

The planned end time is computed here from the start time and the planned minutes, so it follows
every change at once; the change itself is saved on the worker (debounced, flushed before a lock).

``builder``          the ``AgendaBuilder`` widget: layout, worker calls, state
``model``            the agenda table's model (planned times, drag data)
``views``            the agenda table view (drops, Ctrl+Up/Down) and its minutes editor
``suggestion_list``  the suggested cases, grouped, each with its note
``notes``            the wording of a suggestion's reason, in the user's language
``open_actions``     the open action items beside the agenda
``add_item_dialog``  the dialog that adds a topic
``data``             what is read on the worker: agenda, suggestions, register search
"""

from ui.meetings.agenda_builder.builder import AgendaBuilder
from ui.meetings.agenda_builder.data import BuilderData, load_builder, search_register
from ui.meetings.agenda_builder.model import CASE_MIME, ITEM_MIME, AgendaModel, Row

__all__ = [
    "CASE_MIME",
    "ITEM_MIME",
    "AgendaBuilder",
    "AgendaModel",
    "BuilderData",
    "Row",
    "load_builder",
    "search_register",
]
