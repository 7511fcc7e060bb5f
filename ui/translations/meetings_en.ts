<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>open, overdue</translation>
    </message>
    <message>
        <source>{status} ({meeting})</source>
        <translation>{status} ({meeting})</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} on {date}</translation>
    </message>
</context>
<context>
    <name>ActionsArea</name>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Action items from every meeting. Open items come back on each agenda until they are closed; closed items are struck through.</source>
        <translation>Action items from every meeting. Open items come back on each agenda until they are closed; closed items are struck through.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>Owner organisation</source>
        <translation>Owner organisation</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Search action items</source>
        <translation>Search action items</translation>
    </message>
    <message>
        <source>Search: number, text, owner, case…</source>
        <translation>Search: number, text, owner, case…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Note when closing (optional)</source>
        <translation>Note when closing (optional)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Mark the chosen item as done (Ctrl+Enter)</source>
        <translation>Mark the chosen item as done (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Mark as cancelled</source>
        <translation>Mark as cancelled</translation>
    </message>
    <message>
        <source>Mark the chosen item as cancelled (Ctrl+Shift+Enter)</source>
        <translation>Mark the chosen item as cancelled (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Reopen the chosen item (Ctrl+R)</source>
        <translation>Reopen the chosen item (Ctrl+R)</translation>
    </message>
    <message>
        <source>Note when closing</source>
        <translation>Note when closing</translation>
    </message>
    <message>
        <source>Show open or all</source>
        <translation>Show open or all</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Aangifte not yet filed after the term: {list}</source>
        <translation>Aangifte not yet filed after the term: {list}</translation>
    </message>
    <message>
        <source>{shown} shown · {open} open · {overdue} overdue</source>
        <translation>{shown} shown · {open} open · {overdue} overdue</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add an agenda item</source>
        <translation>Add an agenda item</translation>
    </message>
    <message>
        <source>Title of the agenda item</source>
        <translation>Title of the agenda item</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cases go on the agenda from the suggestions or the register, not as a topic.</source>
        <translation>Cases go on the agenda from the suggestions or the register, not as a topic.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Planned minutes</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Move item up</translation>
    </message>
    <message>
        <source>Move the chosen item up (Ctrl+Up)</source>
        <translation>Move the chosen item up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Move item down</translation>
    </message>
    <message>
        <source>Move the chosen item down (Ctrl+Down)</source>
        <translation>Move the chosen item down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Take off</translation>
    </message>
    <message>
        <source>Take the item off the agenda</source>
        <translation>Take the item off the agenda</translation>
    </message>
    <message>
        <source>Take the chosen item off the agenda (Delete)</source>
        <translation>Take the chosen item off the agenda (Delete)</translation>
    </message>
    <message>
        <source>Topic…</source>
        <translation>Topic…</translation>
    </message>
    <message>
        <source>Add a topic to the agenda</source>
        <translation>Add a topic to the agenda</translation>
    </message>
    <message>
        <source>Add a topic that is not a case (Ctrl+Shift+T)</source>
        <translation>Add a topic that is not a case (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned minutes of the chosen item</source>
        <translation>Planned minutes of the chosen item</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Suggested cases</source>
        <translation>Suggested cases</translation>
    </message>
    <message>
        <source>Search the case register</source>
        <translation>Search the case register</translation>
    </message>
    <message>
        <source>Search the register (reference, country, role…)</source>
        <translation>Search the register (reference, country, role…)</translation>
    </message>
    <message>
        <source>Put on the agenda</source>
        <translation>Put on the agenda</translation>
    </message>
    <message>
        <source>Put the chosen case on the agenda</source>
        <translation>Put the chosen case on the agenda</translation>
    </message>
    <message>
        <source>Put the chosen case on the agenda (Enter or Insert)</source>
        <translation>Put the chosen case on the agenda (Enter or Insert)</translation>
    </message>
    <message>
        <source>They are discussed under the item "Action list".</source>
        <translation>They are discussed under the item "Action list".</translation>
    </message>
    <message>
        <source>Open action items from earlier meetings</source>
        <translation>Open action items from earlier meetings</translation>
    </message>
    <message>
        <source>Move agenda item up</source>
        <translation>Move agenda item up</translation>
    </message>
    <message>
        <source>Move agenda item down</source>
        <translation>Move agenda item down</translation>
    </message>
    <message>
        <source>Take agenda item off</source>
        <translation>Take agenda item off</translation>
    </message>
    <message>
        <source>Put chosen case on the agenda</source>
        <translation>Put chosen case on the agenda</translation>
    </message>
    <message>
        <source>Add a topic…</source>
        <translation>Add a topic…</translation>
    </message>
    <message>
        <source>Drag items to reorder them, or use Ctrl+Up and Ctrl+Down. Change the planned minutes in the table or under it.</source>
        <translation>Drag items to reorder them, or use Ctrl+Up and Ctrl+Down. Change the planned minutes in the table or under it.</translation>
    </message>
    <message>
        <source>The agenda is fixed. Reopen it to change it.</source>
        <translation>The agenda is fixed. Reopen it to change it.</translation>
    </message>
    <message>
        <source>The agenda is part of the meeting's record; it is changed in the live view.</source>
        <translation>The agenda is part of the meeting's record; it is changed in the live view.</translation>
    </message>
    <message>
        <source>Open action items ({n})</source>
        <translation>Open action items ({n})</translation>
    </message>
    <message>
        <source>Start {start} · planned end {end} · {total} in total</source>
        <translation>Start {start} · planned end {end} · {total} in total</translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation>Take off the agenda</translation>
    </message>
    <message>
        <source>Take "{title}" off the agenda?</source>
        <translation>Take "{title}" off the agenda?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Give the item a title.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>{h1}:{m1}–{h2}:{m2}</source>
        <translation>{h1}:{m1}–{h2}:{m2}</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DecisionsArea</name>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Every decision of the table, numbered per meeting. A decision is final once the IND and the OM have confirmed it, or the chair recorded their disagreement.</source>
        <translation>Every decision of the table, numbered per meeting. A decision is final once the IND and the OM have confirmed it, or the chair recorded their disagreement.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>Search decisions</translation>
    </message>
    <message>
        <source>Search: number, case, text, responsible…</source>
        <translation>Search: number, case, text, responsible…</translation>
    </message>
    <message>
        <source>Aangifte only</source>
        <translation>Aangifte only</translation>
    </message>
    <message>
        <source>Show only decisions to file a criminal complaint</source>
        <translation>Show only decisions to file a criminal complaint</translation>
    </message>
    <message>
        <source>Criminal complaints (aangifte) only (Ctrl+Shift+A)</source>
        <translation>Criminal complaints (aangifte) only (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the decision register</source>
        <translation>Print the decision register</translation>
    </message>
    <message>
        <source>Print the decision register of the chosen year, or of all years (Ctrl+P)</source>
        <translation>Print the decision register of the chosen year, or of all years (Ctrl+P)</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <source>Aangifte follow-up of the chosen decision</source>
        <translation>Aangifte follow-up of the chosen decision</translation>
    </message>
    <message>
        <source>Filing date and OM feedback of an aangifte decision</source>
        <translation>Filing date and OM feedback of an aangifte decision</translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation>Decision register</translation>
    </message>
    <message>
        <source>Filter: aangifte only</source>
        <translation>Filter: aangifte only</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>{n} decisions shown · {a} to aangifte · {p} not yet final</source>
        <translation>{n} decisions shown · {a} to aangifte · {p} not yet final</translation>
    </message>
    <message>
        <source>Choose a decision to file an aangifte first; only those have a follow-up.</source>
        <translation>Choose a decision to file an aangifte first; only those have a follow-up.</translation>
    </message>
    <message>
        <source>Choose a decision to see its full text.</source>
        <translation>Choose a decision to see its full text.</translation>
    </message>
    <message>
        <source>{number} · {meeting} item {item} · case {case}</source>
        <translation>{number} · {meeting} item {item} · case {case}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <source>Information asked: {text}</source>
        <translation>Information asked: {text}</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>Reason: {text}</translation>
    </message>
    <message>
        <source>Responsible: {who}</source>
        <translation>Responsible: {who}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Deadline: {date}</translation>
    </message>
    <message>
        <source>Keep monitoring.</source>
        <translation>Keep monitoring.</translation>
    </message>
    <message>
        <source>Disagreement recorded: {text}</source>
        <translation>Disagreement recorded: {text}</translation>
    </message>
    <message>
        <source>Confirmed by the IND and the OM.</source>
        <translation>Confirmed by the IND and the OM.</translation>
    </message>
    <message>
        <source>Not yet confirmed by: {orgs}</source>
        <translation>Not yet confirmed by: {orgs}</translation>
    </message>
    <message>
        <source>Action items: {numbers}</source>
        <translation>Action items: {numbers}</translation>
    </message>
    <message>
        <source>Version {n}; earlier versions:</source>
        <translation>Version {n}; earlier versions:</translation>
    </message>
    <message>
        <source>Version {n} ({outcome}), replaced on {date}; confirmed by: {orgs}</source>
        <translation>Version {n} ({outcome}), replaced on {date}; confirmed by: {orgs}</translation>
    </message>
</context>
<context>
    <name>ItemTitles</name>
    <message>
        <source>Opening and adoption of the agenda</source>
        <translation>Opening and adoption of the agenda</translation>
    </message>
    <message>
        <source>Minutes and decision list of the previous meeting (adoption)</source>
        <translation>Minutes and decision list of the previous meeting (adoption)</translation>
    </message>
    <message>
        <source>Action list</source>
        <translation>Action list</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Any other business</translation>
    </message>
    <message>
        <source>Closing and next meeting</source>
        <translation>Closing and next meeting</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>← Meetings</source>
        <translation>← Meetings</translation>
    </message>
    <message>
        <source>Back to the list of meetings</source>
        <translation>Back to the list of meetings</translation>
    </message>
    <message>
        <source>Back to the list of meetings (Alt+Left)</source>
        <translation>Back to the list of meetings (Alt+Left)</translation>
    </message>
    <message>
        <source>Fix agenda</source>
        <translation>Fix agenda</translation>
    </message>
    <message>
        <source>Fix the agenda</source>
        <translation>Fix the agenda</translation>
    </message>
    <message>
        <source>Fix the agenda so it can be sent out (Ctrl+Shift+F)</source>
        <translation>Fix the agenda so it can be sent out (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Reopen agenda</source>
        <translation>Reopen agenda</translation>
    </message>
    <message>
        <source>Reopen the agenda</source>
        <translation>Reopen the agenda</translation>
    </message>
    <message>
        <source>Reopen the agenda to change it (Ctrl+Shift+R)</source>
        <translation>Reopen the agenda to change it (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <source>Start the meeting and open the live view (Ctrl+Shift+S)</source>
        <translation>Start the meeting and open the live view (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>To the meeting</source>
        <translation>To the meeting</translation>
    </message>
    <message>
        <source>Open the live view of the meeting</source>
        <translation>Open the live view of the meeting</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Print:</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Parts of the meeting</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Save data</translation>
    </message>
    <message>
        <source>Save the meeting data</source>
        <translation>Save the meeting data</translation>
    </message>
    <message>
        <source>Save the meeting data (Ctrl+S)</source>
        <translation>Save the meeting data (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Delete this meeting</source>
        <translation>Delete this meeting</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Data and participants</source>
        <translation>Data and participants</translation>
    </message>
    <message>
        <source>Previous minutes</source>
        <translation>Previous minutes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Print the agenda</translation>
    </message>
    <message>
        <source>{number} · {date}</source>
        <translation>{number} · {date}</translation>
    </message>
    <message>
        <source>{time}, {place}</source>
        <translation>{time}, {place}</translation>
    </message>
    <message>
        <source>place unknown</source>
        <translation>place unknown</translation>
    </message>
    <message>
        <source>chair: {name}</source>
        <translation>chair: {name}</translation>
    </message>
    <message>
        <source>secretary: {name}</source>
        <translation>secretary: {name}</translation>
    </message>
    <message>
        <source>no marking</source>
        <translation>no marking</translation>
    </message>
    <message>
        <source>Previous minutes ({number})</source>
        <translation>Previous minutes ({number})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Delete {number}? Its number is not given out again.</source>
        <translation>Delete {number}? Its number is not given out again.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>e.g. Den Haag, room 4.12</source>
        <translation>e.g. Den Haag, room 4.12</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Classification marking</translation>
    </message>
    <message>
        <source>(no marking)</source>
        <translation>(no marking)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>The chair decides the marking; it is printed on every page of the agenda, the minutes and the decision list.</source>
        <translation>The chair decides the marking; it is printed on every page of the agenda, the minutes and the decision list.</translation>
    </message>
    <message>
        <source>Participants and attendance</source>
        <translation>Participants and attendance</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Plan a new meeting (Ctrl+N)</source>
        <translation>Plan a new meeting (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the chosen meeting</source>
        <translation>Open the chosen meeting</translation>
    </message>
    <message>
        <source>Open the chosen meeting (Enter)</source>
        <translation>Open the chosen meeting (Enter)</translation>
    </message>
    <message>
        <source>Open upcoming meeting</source>
        <translation>Open upcoming meeting</translation>
    </message>
    <message>
        <source>Open the upcoming meeting</source>
        <translation>Open the upcoming meeting</translation>
    </message>
    <message>
        <source>Open the upcoming meeting (Ctrl+Shift+U)</source>
        <translation>Open the upcoming meeting (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>No meetings yet. Plan the first one with "New meeting" (Ctrl+N).</source>
        <translation>No meetings yet. Plan the first one with "New meeting" (Ctrl+N).</translation>
    </message>
    <message>
        <source>Upcoming: {number} on {date} at {time} — {status}</source>
        <translation>Upcoming: {number} on {date} at {time} — {status}</translation>
    </message>
    <message>
        <source>No meeting is planned. Plan the next one with "New meeting".</source>
        <translation>No meeting is planned. Plan the next one with "New meeting".</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>{status} · upcoming</source>
        <translation>{status} · upcoming</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Draft agenda</source>
        <translation>Draft agenda</translation>
    </message>
    <message>
        <source>Agenda fixed</source>
        <translation>Agenda fixed</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>In session</translation>
    </message>
    <message>
        <source>Ended (draft minutes)</source>
        <translation>Ended (draft minutes)</translation>
    </message>
    <message>
        <source>Minutes adopted</source>
        <translation>Minutes adopted</translation>
    </message>
    <message>
        <source>IND</source>
        <translation>IND</translation>
    </message>
    <message>
        <source>OM</source>
        <translation>OM</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent with apologies</source>
        <translation>absent with apologies</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>final (disagreement)</source>
        <translation>final (disagreement)</translation>
    </message>
    <message>
        <source>{hh}:{mm}</source>
        <translation>{hh}:{mm}</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Print the agenda</translation>
    </message>
    <message>
        <source>Chair's agenda</source>
        <translation>Chair's agenda</translation>
    </message>
    <message>
        <source>Print the chair's agenda with planned times and notes</source>
        <translation>Print the chair's agenda with planned times and notes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Print the minutes</source>
        <translation>Print the minutes</translation>
    </message>
    <message>
        <source>Decision list</source>
        <translation>Decision list</translation>
    </message>
    <message>
        <source>Print the decision list</source>
        <translation>Print the decision list</translation>
    </message>
    <message>
        <source>Action list</source>
        <translation>Action list</translation>
    </message>
    <message>
        <source>Print the action list</source>
        <translation>Print the action list</translation>
    </message>
</context>
<context>
    <name>MeetingsArea</name>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Open upcoming meeting</source>
        <translation>Open upcoming meeting</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>The meeting gets the next number of its year and the standard agenda items. The participants of the previous meeting are filled in; adjust them and their attendance.</source>
        <translation>The meeting gets the next number of its year and the standard agenda items. The participants of the previous meeting are filled in; adjust them and their attendance.</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpenActionsList</name>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>No open action items.</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Name or function</source>
        <translation>Name or function</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name or function of the participant</source>
        <translation>Name or function of the participant</translation>
    </message>
    <message>
        <source>Organisation of the participant</source>
        <translation>Organisation of the participant</translation>
    </message>
    <message>
        <source>Name of the other organisation</source>
        <translation>Name of the other organisation</translation>
    </message>
    <message>
        <source>e.g. Politie (TIM)</source>
        <translation>e.g. Politie (TIM)</translation>
    </message>
    <message>
        <source>Role at the table</source>
        <translation>Role at the table</translation>
    </message>
    <message>
        <source>e.g. chair, secretary, member</source>
        <translation>e.g. chair, secretary, member</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Other organisation</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Minutes and decision list</source>
        <translation>Minutes and decision list</translation>
    </message>
    <message>
        <source>Corrections (amendments)</source>
        <translation>Corrections (amendments)</translation>
    </message>
    <message>
        <source>Recorded corrections</source>
        <translation>Recorded corrections</translation>
    </message>
    <message>
        <source>Delete correction</source>
        <translation>Delete correction</translation>
    </message>
    <message>
        <source>Delete the chosen correction</source>
        <translation>Delete the chosen correction</translation>
    </message>
    <message>
        <source>Agenda item of the correction</source>
        <translation>Agenda item of the correction</translation>
    </message>
    <message>
        <source>Decision of the correction</source>
        <translation>Decision of the correction</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Replace the minutes of this item</source>
        <translation>Replace the minutes of this item</translation>
    </message>
    <message>
        <source>New minutes of the item</source>
        <translation>New minutes of the item</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Record correction</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decisions not yet final</source>
        <translation>Decisions not yet final</translation>
    </message>
    <message>
        <source>IND confirms</source>
        <translation>IND confirms</translation>
    </message>
    <message>
        <source>The IND confirms the chosen decision</source>
        <translation>The IND confirms the chosen decision</translation>
    </message>
    <message>
        <source>OM confirms</source>
        <translation>OM confirms</translation>
    </message>
    <message>
        <source>The OM confirms the chosen decision</source>
        <translation>The OM confirms the chosen decision</translation>
    </message>
    <message>
        <source>Disagreement between IND and OM</source>
        <translation>Disagreement between IND and OM</translation>
    </message>
    <message>
        <source>Or: the disagreement between IND and OM, in short</source>
        <translation>Or: the disagreement between IND and OM, in short</translation>
    </message>
    <message>
        <source>Record disagreement</source>
        <translation>Record disagreement</translation>
    </message>
    <message>
        <source>Record the disagreement for the chosen decision</source>
        <translation>Record the disagreement for the chosen decision</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Disagreement</translation>
    </message>
    <message>
        <source>Addendum to the adopted record</source>
        <translation>Addendum to the adopted record</translation>
    </message>
    <message>
        <source>The adopted record does not change. A later correction is kept as an addendum that refers to the sealed version.</source>
        <translation>The adopted record does not change. A later correction is kept as an addendum that refers to the sealed version.</translation>
    </message>
    <message>
        <source>Agenda item of the addendum</source>
        <translation>Agenda item of the addendum</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Add addendum</translation>
    </message>
    <message>
        <source>Minutes of {number} of {date} — {status}</source>
        <translation>Minutes of {number} of {date} — {status}</translation>
    </message>
    <message>
        <source>with corrections</source>
        <translation>with corrections</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Adopted ({kind}) on {date} in {meeting}. Fingerprint (SHA-256): {fp}</source>
        <translation>Adopted ({kind}) on {date} in {meeting}. Fingerprint (SHA-256): {fp}</translation>
    </message>
    <message>
        <source>There is no earlier meeting.</source>
        <translation>There is no earlier meeting.</translation>
    </message>
    <message>
        <source>{number} has not ended yet; its minutes can be adopted after it ends.</source>
        <translation>{number} has not ended yet; its minutes can be adopted after it ends.</translation>
    </message>
    <message>
        <source>These minutes are a draft until the next meeting adopts them (its agenda item 2).</source>
        <translation>These minutes are a draft until the next meeting adopts them (its agenda item 2).</translation>
    </message>
    <message>
        <source>Adopt (with corrections)</source>
        <translation>Adopt (with corrections)</translation>
    </message>
    <message>
        <source>Adopt unchanged</source>
        <translation>Adopt unchanged</translation>
    </message>
    <message>
        <source>{number} has ended without adopting these minutes: reopen {number} to adopt them during it.</source>
        <translation>{number} has ended without adopting these minutes: reopen {number} to adopt them during it.</translation>
    </message>
    <message>
        <source>The minutes are adopted during {number}, at its item 2 (minutes and decision list of the previous meeting). Start that meeting first; corrections can be recorded now.</source>
        <translation>The minutes are adopted during {number}, at its item 2 (minutes and decision list of the previous meeting). Start that meeting first; corrections can be recorded now.</translation>
    </message>
    <message>
        <source>Not yet confirmed by the IND and the OM: {numbers}. Confirm them first.</source>
        <translation>Not yet confirmed by the IND and the OM: {numbers}. Confirm them first.</translation>
    </message>
    <message>
        <source>Adopting seals the minutes and the decision list: they get a fingerprint and can no longer be changed. {n} correction(s) recorded.</source>
        <translation>Adopting seals the minutes and the decision list: they get a fingerprint and can no longer be changed. {n} correction(s) recorded.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>{number} ({case}): {outcome} — IND {ind}, OM {om}</source>
        <translation>{number} ({case}): {outcome} — IND {ind}, OM {om}</translation>
    </message>
    <message>
        <source>Describe the disagreement.</source>
        <translation>Describe the disagreement.</translation>
    </message>
    <message>
        <source>(the minutes as a whole)</source>
        <translation>(the minutes as a whole)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>item {n}</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>No corrections recorded.</source>
        <translation>No corrections recorded.</translation>
    </message>
    <message>
        <source>Describe the correction.</source>
        <translation>Describe the correction.</translation>
    </message>
    <message>
        <source>Choose the agenda item whose minutes change.</source>
        <translation>Choose the agenda item whose minutes change.</translation>
    </message>
    <message>
        <source>Adopt the minutes and decision list of {number} with {n} correction(s)?</source>
        <translation>Adopt the minutes and decision list of {number} with {n} correction(s)?</translation>
    </message>
    <message>
        <source>Adopt the minutes and decision list of {number} unchanged?</source>
        <translation>Adopt the minutes and decision list of {number} unchanged?</translation>
    </message>
    <message>
        <source>Adopt minutes</source>
        <translation>Adopt minutes</translation>
    </message>
    <message>
        <source>After adoption the record can no longer be changed, only supplemented.</source>
        <translation>After adoption the record can no longer be changed, only supplemented.</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>The addendum is empty.</source>
        <translation>The addendum is empty.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent with apologies</source>
        <translation>Absent with apologies</translation>
    </message>
    <message>
        <source>Not present for this item</source>
        <translation>Not present for this item</translation>
    </message>
    <message>
        <source>No minutes for this item.</source>
        <translation>No minutes for this item.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Corrections and addenda</source>
        <translation>Corrections and addenda</translation>
    </message>
    <message>
        <source>{date}, {time}, {place}</source>
        <translation>{date}, {time}, {place}</translation>
    </message>
    <message>
        <source>Decision {number}: {outcome} ({status})</source>
        <translation>Decision {number}: {outcome} ({status})</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>The minutes were adopted with corrections.</source>
        <translation>The minutes were adopted with corrections.</translation>
    </message>
    <message>
        <source>The minutes were adopted unchanged.</source>
        <translation>The minutes were adopted unchanged.</translation>
    </message>
</context>
<context>
    <name>StartDate</name>
    <message>
        <source>{number} was planned for {planned}; today is {today}. Start the meeting today? The minutes, the decision list and the other documents then carry today's date.</source>
        <translation>{number} was planned for {planned}; today is {today}. Start the meeting today? The minutes, the decision list and the other documents then carry today's date.</translation>
    </message>
    <message>
        <source>Start on another day</source>
        <translation>Start on another day</translation>
    </message>
    <message>
        <source>Start today</source>
        <translation>Start today</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Returning from earlier meetings ({n})</source>
        <translation>Returning from earlier meetings ({n})</translation>
    </message>
    <message>
        <source>New in the register ({n})</source>
        <translation>New in the register ({n})</translation>
    </message>
    <message>
        <source>Found in the register ({n})</source>
        <translation>Found in the register ({n})</translation>
    </message>
    <message>
        <source>No matching cases.</source>
        <translation>No matching cases.</translation>
    </message>
    <message>
        <source>No cases waiting for the table.</source>
        <translation>No cases waiting for the table.</translation>
    </message>
</context>
<context>
    <name>SuggestionNotes</name>
    <message>
        <source>deferred since {date} ({meeting})</source>
        <translation>deferred since {date} ({meeting})</translation>
    </message>
    <message>
        <source>awaiting information since {date} ({meeting})</source>
        <translation>awaiting information since {date} ({meeting})</translation>
    </message>
    <message>
        <source>{outcome} since {date} ({meeting})</source>
        <translation>{outcome} since {date} ({meeting})</translation>
    </message>
    <message>
        <source>not discussed on {date} ({meeting})</source>
        <translation>not discussed on {date} ({meeting})</translation>
    </message>
    <message>
        <source>new in the register</source>
        <translation>new in the register</translation>
    </message>
    <message>
        <source>from the register</source>
        <translation>from the register</translation>
    </message>
    <message>
        <source>, until {date}</source>
        <translation>, until {date}</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, due {date}</translation>
    </message>
</context>
</TS>
