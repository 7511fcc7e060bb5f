<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Adopt the minutes of {number}</source>
        <translation>Adopt the minutes of {number}</translation>
    </message>
    <message>
        <source>Read the minutes and the decision list of {number}. Record each correction (Ctrl+Enter in the correction); then adopt (Ctrl+Enter elsewhere). Esc closes.</source>
        <translation>Read the minutes and the decision list of {number}. Record each correction (Ctrl+Enter in the correction); then adopt (Ctrl+Enter elsewhere). Esc closes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChairView</name>
    <message>
        <source>Chair's view</source>
        <translation>Chair's view</translation>
    </message>
    <message>
        <source>Meeting clock</source>
        <translation>Meeting clock</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <source>Question to the OM</source>
        <translation>Question to the OM</translation>
    </message>
    <message>
        <source>Item timer</source>
        <translation>Item timer</translation>
    </message>
    <message>
        <source>Timer status</source>
        <translation>Timer status</translation>
    </message>
    <message>
        <source>Next on the agenda</source>
        <translation>Next on the agenda</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the item timer</source>
        <translation>Pause or resume the item timer</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Take the selected item now</source>
        <translation>Take the selected item now</translation>
    </message>
    <message>
        <source>Screen for the presentation</source>
        <translation>Screen for the presentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Show the presentation screen</source>
        <translation>Show the presentation screen</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Blank the presentation screen</source>
        <translation>Blank the presentation screen</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Preview of the presentation</source>
        <translation>Preview of the presentation</translation>
    </message>
    <message>
        <source>Only one screen: the presentation is shown here. Connect a projector to show it there.</source>
        <translation>Only one screen: the presentation is shown here. Connect a projector to show it there.</translation>
    </message>
    <message>
        <source>Close the meeting…</source>
        <translation>Close the meeting…</translation>
    </message>
    <message>
        <source>Reopen the meeting</source>
        <translation>Reopen the meeting</translation>
    </message>
    <message>
        <source>Screen {n}: {name} ({w}×{h})</source>
        <translation>Screen {n}: {name} ({w}×{h})</translation>
    </message>
    <message>
        <source>{screen}, this laptop</source>
        <translation>{screen}, this laptop</translation>
    </message>
    <message>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>no decision</translation>
    </message>
    <message>
        <source>{outcome}, final</source>
        <translation>{outcome}, final</translation>
    </message>
    <message>
        <source>{outcome}, draft</source>
        <translation>{outcome}, draft</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>discussed</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>The meeting has not started yet.</source>
        <translation>The meeting has not started yet.</translation>
    </message>
    <message>
        <source>The meeting has ended.</source>
        <translation>The meeting has ended.</translation>
    </message>
    <message>
        <source>No item taken yet: choose Next or an item from the agenda.</source>
        <translation>No item taken yet: choose Next or an item from the agenda.</translation>
    </message>
    <message>
        <source>Question to the OM: {question}</source>
        <translation>Question to the OM: {question}</translation>
    </message>
    <message>
        <source>Now {now}</source>
        <translation>Now {now}</translation>
    </message>
    <message>
        <source>Meeting {elapsed} · now {now}</source>
        <translation>Meeting {elapsed} · now {now}</translation>
    </message>
    <message>
        <source>Planned end {planned}</source>
        <translation>Planned end {planned}</translation>
    </message>
    <message>
        <source>Expected end {time} — {delta}</source>
        <translation>Expected end {time} — {delta}</translation>
    </message>
    <message>
        <source>Next: {item} ({minutes} min planned)</source>
        <translation>Next: {item} ({minutes} min planned)</translation>
    </message>
</context>
<context>
    <name>DecisionChange</name>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Decision {number} ({outcome}) is already recorded.</source>
        <translation>Decision {number} ({outcome}) is already recorded.</translation>
    </message>
    <message>
        <source>Decision {number} ({outcome}) is final: the chair recorded a disagreement. Changing it withdraws that note.</source>
        <translation>Decision {number} ({outcome}) is final: the chair recorded a disagreement. Changing it withdraws that note.</translation>
    </message>
    <message>
        <source>Decision {number} ({outcome}) is final: confirmed by the IND and the OM. Changing it withdraws both confirmations; the IND and the OM must confirm it again.</source>
        <translation>Decision {number} ({outcome}) is final: confirmed by the IND and the OM. Changing it withdraws both confirmations; the IND and the OM must confirm it again.</translation>
    </message>
    <message>
        <source>Decision {number} ({outcome}) is confirmed by {who}. Changing it withdraws that confirmation.</source>
        <translation>Decision {number} ({outcome}) is confirmed by {who}. Changing it withdraws that confirmation.</translation>
    </message>
    <message>
        <source>The new version ({outcome}) replaces version {version}; that version stays in the decision's history and in the log.</source>
        <translation>The new version ({outcome}) replaces version {version}; that version stays in the decision's history and in the log.</translation>
    </message>
    <message>
        <source>Change decision {number}</source>
        <translation>Change decision {number}</translation>
    </message>
    <message>
        <source>Change decision…</source>
        <translation>Change decision…</translation>
    </message>
    <message>
        <source>Do not change</source>
        <translation>Do not change</translation>
    </message>
    <message>
        <source>Replaces version {version} of {number} ({outcome}); that version is kept.</source>
        <translation>Replaces version {version} of {number} ({outcome}); that version is kept.</translation>
    </message>
    <message>
        <source>Saving withdraws the confirmation of {who}.</source>
        <translation>Saving withdraws the confirmation of {who}.</translation>
    </message>
    <message>
        <source>Saving withdraws the recorded disagreement.</source>
        <translation>Saving withdraws the recorded disagreement.</translation>
    </message>
    <message>
        <source>Decision {number} is unchanged.</source>
        <translation>Decision {number} is unchanged.</translation>
    </message>
    <message>
        <source>Decision {number} changed to version {version}; the previous version is kept.</source>
        <translation>Decision {number} changed to version {version}; the previous version is kept.</translation>
    </message>
    <message>
        <source>Confirmation withdrawn: {who}.</source>
        <translation>Confirmation withdrawn: {who}.</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Criminal complaint (aangifte)</source>
        <translation>Criminal complaint (aangifte)</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Further information</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Defer</translation>
    </message>
    <message>
        <source>No complaint</source>
        <translation>No complaint</translation>
    </message>
    <message>
        <source>Closed / withdrawn</source>
        <translation>Closed / withdrawn</translation>
    </message>
    <message>
        <source>draft agenda</source>
        <translation>draft agenda</translation>
    </message>
    <message>
        <source>agenda fixed</source>
        <translation>agenda fixed</translation>
    </message>
    <message>
        <source>in session</source>
        <translation>in session</translation>
    </message>
    <message>
        <source>ended (draft minutes)</source>
        <translation>ended (draft minutes)</translation>
    </message>
    <message>
        <source>minutes adopted</source>
        <translation>minutes adopted</translation>
    </message>
    <message>
        <source>{hh}:{mm}</source>
        <translation>{hh}:{mm}</translation>
    </message>
    <message>
        <source>No time planned</source>
        <translation>No time planned</translation>
    </message>
    <message>
        <source>Overrun +{time}</source>
        <translation>Overrun +{time}</translation>
    </message>
    <message>
        <source>Last minutes: {time} left</source>
        <translation>Last minutes: {time} left</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} left</translation>
    </message>
    <message>
        <source>{status} (paused)</source>
        <translation>{status} (paused)</translation>
    </message>
    <message>
        <source>{n} min later than planned ({planned})</source>
        <translation>{n} min later than planned ({planned})</translation>
    </message>
    <message>
        <source>{n} min earlier than planned ({planned})</source>
        <translation>{n} min earlier than planned ({planned})</translation>
    </message>
    <message>
        <source>on schedule (planned {planned})</source>
        <translation>on schedule (planned {planned})</translation>
    </message>
</context>
<context>
    <name>LiveActionDialog</name>
    <message>
        <source>New action item</source>
        <translation>New action item</translation>
    </message>
    <message>
        <source>Action *</source>
        <translation>Action *</translation>
    </message>
    <message>
        <source>Owner (organisation) *</source>
        <translation>Owner (organisation) *</translation>
    </message>
    <message>
        <source>e.g. unit 1F, officer of justice</source>
        <translation>e.g. unit 1F, officer of justice</translation>
    </message>
    <message>
        <source>Owner (role)</source>
        <translation>Owner (role)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>LiveAdoption</name>
    <message>
        <source>There is no earlier meeting.</source>
        <translation>There is no earlier meeting.</translation>
    </message>
    <message>
        <source>The minutes of {number} are adopted ({kind}) in {meeting}.</source>
        <translation>The minutes of {number} are adopted ({kind}) in {meeting}.</translation>
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
        <source>{number} has not ended yet; its minutes can be adopted after it ends.</source>
        <translation>{number} has not ended yet; its minutes can be adopted after it ends.</translation>
    </message>
    <message>
        <source>The minutes of {number} are a draft; they are adopted while this meeting is in session.</source>
        <translation>The minutes of {number} are a draft; they are adopted while this meeting is in session.</translation>
    </message>
    <message>
        <source>The minutes and decision list of {number} are a draft: adopt them now ({keys}).</source>
        <translation>The minutes and decision list of {number} are a draft: adopt them now ({keys}).</translation>
    </message>
</context>
<context>
    <name>LiveClosingDialog</name>
    <message>
        <source>Close the meeting</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>Back to the meeting</source>
        <translation>Back to the meeting</translation>
    </message>
</context>
<context>
    <name>LiveDateField</name>
    <message>
        <source>Set a date</source>
        <translation>Set a date</translation>
    </message>
    <message>
        <source>Set a date: {name}</source>
        <translation>Set a date: {name}</translation>
    </message>
</context>
<context>
    <name>LiveFormDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LiveForms</name>
    <message>
        <source>Who files the complaint</source>
        <translation>Who files the complaint</translation>
    </message>
    <message>
        <source>Files by</source>
        <translation>Files by</translation>
    </message>
    <message>
        <source>Organisation filing</source>
        <translation>Organisation filing</translation>
    </message>
    <message>
        <source>Which information</source>
        <translation>Which information</translation>
    </message>
    <message>
        <source>From whom (organisation)</source>
        <translation>From whom (organisation)</translation>
    </message>
    <message>
        <source>From whom (role)</source>
        <translation>From whom (role)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Deferred until</source>
        <translation>Deferred until</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Keep monitoring (e.g. a naturalisation request)</source>
        <translation>Keep monitoring (e.g. a naturalisation request)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Wording of the decision</source>
        <translation>Wording of the decision</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Responsible (role)</source>
        <translation>Responsible (role)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Keep monitoring</source>
        <translation>Keep monitoring</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>LiveOutcomeDialog</name>
    <message>
        <source>Decision: {outcome}</source>
        <translation>Decision: {outcome}</translation>
    </message>
    <message>
        <source>Change decision: {outcome}</source>
        <translation>Change decision: {outcome}</translation>
    </message>
    <message>
        <source>{item} — fields marked * are required.</source>
        <translation>{item} — fields marked * are required.</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>[left out: possible personal data]</source>
        <translation>[left out: possible personal data]</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
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
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Show: {view}</source>
        <translation>Show: {view}</translation>
    </message>
    <message>
        <source>Close the meeting? The minutes stay a draft until the next meeting adopts them.</source>
        <translation>Close the meeting? The minutes stay a draft until the next meeting adopts them.</translation>
    </message>
    <message>
        <source>Case items without a decision: {items}.</source>
        <translation>Case items without a decision: {items}.</translation>
    </message>
    <message>
        <source>Decisions not yet confirmed by IND and OM: {numbers}.</source>
        <translation>Decisions not yet confirmed by IND and OM: {numbers}.</translation>
    </message>
    <message>
        <source>Decisions are recorded for case items.</source>
        <translation>Decisions are recorded for case items.</translation>
    </message>
    <message>
        <source>Disagreement between IND and OM</source>
        <translation>Disagreement between IND and OM</translation>
    </message>
    <message>
        <source>What do they disagree on</source>
        <translation>What do they disagree on</translation>
    </message>
    <message>
        <source>The chair records the disagreement; the decision {number} is then final with this note.</source>
        <translation>The chair records the disagreement; the decision {number} is then final with this note.</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <source>Delete decision {number}? Its number is not used again.</source>
        <translation>Delete decision {number}? Its number is not used again.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>The current line of the minutes is empty.</source>
        <translation>The current line of the minutes is empty.</translation>
    </message>
    <message>
        <source>Meeting {number}</source>
        <translation>Meeting {number}</translation>
    </message>
    <message>
        <source>Starts at {time}</source>
        <translation>Starts at {time}</translation>
    </message>
    <message>
        <source>{meeting} · item {number}</source>
        <translation>{meeting} · item {number}</translation>
    </message>
    <message>
        <source>&amp;Open the meeting</source>
        <translation>&amp;Open the meeting</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Previous item</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Next item</translation>
    </message>
    <message>
        <source>&amp;Take the selected agenda item now</source>
        <translation>&amp;Take the selected agenda item now</translation>
    </message>
    <message>
        <source>Pause or resume the &amp;timer</source>
        <translation>Pause or resume the &amp;timer</translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation>&amp;Close the meeting…</translation>
    </message>
    <message>
        <source>&amp;Reopen the meeting</source>
        <translation>&amp;Reopen the meeting</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Current &amp;line to action…</source>
        <translation>Current &amp;line to action…</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;New action…</translation>
    </message>
    <message>
        <source>&amp;Keep marked text with a reason…</source>
        <translation>&amp;Keep marked text with a reason…</translation>
    </message>
    <message>
        <source>&amp;Presence for this item</source>
        <translation>&amp;Presence for this item</translation>
    </message>
    <message>
        <source>A&amp;dopt previous minutes…</source>
        <translation>A&amp;dopt previous minutes…</translation>
    </message>
    <message>
        <source>Minutes of the p&amp;revious item</source>
        <translation>Minutes of the p&amp;revious item</translation>
    </message>
    <message>
        <source>Minutes of the ne&amp;xt item</source>
        <translation>Minutes of the ne&amp;xt item</translation>
    </message>
    <message>
        <source>&amp;IND confirms</source>
        <translation>&amp;IND confirms</translation>
    </message>
    <message>
        <source>&amp;OM confirms</source>
        <translation>&amp;OM confirms</translation>
    </message>
    <message>
        <source>&amp;Disagreement…</source>
        <translation>&amp;Disagreement…</translation>
    </message>
    <message>
        <source>C&amp;hange decision…</source>
        <translation>C&amp;hange decision…</translation>
    </message>
    <message>
        <source>Delete decision…</source>
        <translation>Delete decision…</translation>
    </message>
    <message>
        <source>&amp;Show or hide the presentation</source>
        <translation>&amp;Show or hide the presentation</translation>
    </message>
    <message>
        <source>&amp;Blank the presentation</source>
        <translation>&amp;Blank the presentation</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>&amp;Secretary</translation>
    </message>
    <message>
        <source>&amp;Both side by side</source>
        <translation>&amp;Both side by side</translation>
    </message>
    <message>
        <source>To the &amp;agenda</source>
        <translation>To the &amp;agenda</translation>
    </message>
    <message>
        <source>To the &amp;minutes</source>
        <translation>To the &amp;minutes</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>M&amp;inutes</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>Overlegtafel — meeting</source>
        <translation>Overlegtafel — meeting</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Close this window</source>
        <translation>&amp;Close this window</translation>
    </message>
    <message>
        <source>&amp;Quit Overlegtafel</source>
        <translation>&amp;Quit Overlegtafel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Presentation screen</translation>
    </message>
    <message>
        <source>Blank or show again</source>
        <translation>Blank or show again</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Take the selected item now</source>
        <translation>Take the selected item now</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Tick or untick</source>
        <translation>Tick or untick</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Back to the minutes</source>
        <translation>Back to the minutes</translation>
    </message>
    <message>
        <source>Close the presentation</source>
        <translation>Close the presentation</translation>
    </message>
    <message>
        <source>{number} — Overlegtafel</source>
        <translation>{number} — Overlegtafel</translation>
    </message>
</context>
<context>
    <name>MinutesKeeper</name>
    <message>
        <source>typing</source>
        <translation>typing</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Overlegtafel — presentation</source>
        <translation>Overlegtafel — presentation</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Presentation screen</translation>
    </message>
</context>
<context>
    <name>SecretaryView</name>
    <message>
        <source>Secretary's view</source>
        <translation>Secretary's view</translation>
    </message>
    <message>
        <source>Agenda item of the minutes</source>
        <translation>Agenda item of the minutes</translation>
    </message>
    <message>
        <source>Minutes of</source>
        <translation>Minutes of</translation>
    </message>
    <message>
        <source>Save state of the minutes</source>
        <translation>Save state of the minutes</translation>
    </message>
    <message>
        <source>Item timer</source>
        <translation>Item timer</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minutes of this item. Ctrl+Shift+A turns the current line into an action item.</source>
        <translation>Minutes of this item. Ctrl+Shift+A turns the current line into an action item.</translation>
    </message>
    <message>
        <source>Present for this item</source>
        <translation>Present for this item</translation>
    </message>
    <message>
        <source>Space ticks or unticks (Ctrl+Shift+P)</source>
        <translation>Space ticks or unticks (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Previous minutes</source>
        <translation>Previous minutes</translation>
    </message>
    <message>
        <source>State of the previous minutes</source>
        <translation>State of the previous minutes</translation>
    </message>
    <message>
        <source>Adopt previous minutes…</source>
        <translation>Adopt previous minutes…</translation>
    </message>
    <message>
        <source>Adopt the minutes of the previous meeting</source>
        <translation>Adopt the minutes of the previous meeting</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decision of this item</source>
        <translation>Decision of this item</translation>
    </message>
    <message>
        <source>Confirmation of the decision</source>
        <translation>Confirmation of the decision</translation>
    </message>
    <message>
        <source>IND confirms</source>
        <translation>IND confirms</translation>
    </message>
    <message>
        <source>OM confirms</source>
        <translation>OM confirms</translation>
    </message>
    <message>
        <source>Disagreement…</source>
        <translation>Disagreement…</translation>
    </message>
    <message>
        <source>Record a disagreement between IND and OM</source>
        <translation>Record a disagreement between IND and OM</translation>
    </message>
    <message>
        <source>Delete decision…</source>
        <translation>Delete decision…</translation>
    </message>
    <message>
        <source>Decisions are recorded for case items.</source>
        <translation>Decisions are recorded for case items.</translation>
    </message>
    <message>
        <source>Action items of this item</source>
        <translation>Action items of this item</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Line to action…</source>
        <translation>Line to action…</translation>
    </message>
    <message>
        <source>Turn the current line of the minutes into an action</source>
        <translation>Turn the current line of the minutes into an action</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>The selected action is done</source>
        <translation>The selected action is done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The selected action is cancelled</source>
        <translation>The selected action is cancelled</translation>
    </message>
    <message>
        <source>The chair is at item {number}</source>
        <translation>The chair is at item {number}</translation>
    </message>
    <message>
        <source>{person} — not at the meeting</source>
        <translation>{person} — not at the meeting</translation>
    </message>
    <message>
        <source>IND withdraws</source>
        <translation>IND withdraws</translation>
    </message>
    <message>
        <source>Withdraw IND confirmation</source>
        <translation>Withdraw IND confirmation</translation>
    </message>
    <message>
        <source>OM withdraws</source>
        <translation>OM withdraws</translation>
    </message>
    <message>
        <source>Withdraw OM confirmation</source>
        <translation>Withdraw OM confirmation</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>Responsible: {who}</source>
        <translation>Responsible: {who}</translation>
    </message>
    <message>
        <source>Information: {what}</source>
        <translation>Information: {what}</translation>
    </message>
    <message>
        <source>Reason: {why}</source>
        <translation>Reason: {why}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <source>Action: {numbers}</source>
        <translation>Action: {numbers}</translation>
    </message>
    <message>
        <source>Final: disagreement recorded by the chair.</source>
        <translation>Final: disagreement recorded by the chair.</translation>
    </message>
    <message>
        <source>Final: confirmed by the IND and the OM.</source>
        <translation>Final: confirmed by the IND and the OM.</translation>
    </message>
    <message>
        <source>Draft: awaiting confirmation by {who}.</source>
        <translation>Draft: awaiting confirmation by {who}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Action list</source>
        <translation>Action list</translation>
    </message>
    <message>
        <source>{number} · {text} — {owner}, {deadline}</source>
        <translation>{number} · {text} — {owner}, {deadline}</translation>
    </message>
    <message>
        <source>{action} ({status})</source>
        <translation>{action} ({status})</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>No action items yet.</translation>
    </message>
    <message>
        <source>Not saved yet: {error}</source>
        <translation>Not saved yet: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saved, without {n} marked part(s)</source>
        <translation>Saved, without {n} marked part(s)</translation>
    </message>
    <message>
        <source>The rest of the minutes is saved; each underlined part is stored as {placeholder} until you change it or keep it with a reason (Ctrl+Shift+K).</source>
        <translation>The rest of the minutes is saved; each underlined part is stored as {placeholder} until you change it or keep it with a reason (Ctrl+Shift+K).</translation>
    </message>
</context>
</TS>
