<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Adopt the minutes of {number}</source>
        <translation>Verslag van {number} vaststellen</translation>
    </message>
    <message>
        <source>Read the minutes and the decision list of {number}. Record each correction (Ctrl+Enter in the correction); then adopt (Ctrl+Enter elsewhere). Esc closes.</source>
        <translation>Lees het verslag en de besluitenlijst van {number}. Leg elke wijziging vast (Ctrl+Enter in de wijziging); stel daarna vast (Ctrl+Enter elders). Esc sluit.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ChairView</name>
    <message>
        <source>Chair's view</source>
        <translation>Voorzittersscherm</translation>
    </message>
    <message>
        <source>Meeting clock</source>
        <translation>Vergaderklok</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Verwacht einde</translation>
    </message>
    <message>
        <source>Question to the OM</source>
        <translation>Vraag aan het OM</translation>
    </message>
    <message>
        <source>Item timer</source>
        <translation>Tijd van het agendapunt</translation>
    </message>
    <message>
        <source>Timer status</source>
        <translation>Stand van de tijd</translation>
    </message>
    <message>
        <source>Next on the agenda</source>
        <translation>Volgende op de agenda</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Vergadering openen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorig agendapunt</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend agendapunt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Pause or resume the item timer</source>
        <translation>Tijd van het agendapunt pauzeren of hervatten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Take the selected item now</source>
        <translation>Gekozen punt nu behandelen</translation>
    </message>
    <message>
        <source>Screen for the presentation</source>
        <translation>Scherm voor de presentatie</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Show the presentation screen</source>
        <translation>Presentatiescherm tonen</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Zwart</translation>
    </message>
    <message>
        <source>Blank the presentation screen</source>
        <translation>Presentatiescherm op zwart</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Preview of the presentation</source>
        <translation>Voorbeeld van de presentatie</translation>
    </message>
    <message>
        <source>Only one screen: the presentation is shown here. Connect a projector to show it there.</source>
        <translation>Eén scherm: de presentatie staat hier. Sluit een beamer aan om haar daar te tonen.</translation>
    </message>
    <message>
        <source>Close the meeting…</source>
        <translation>Vergadering sluiten…</translation>
    </message>
    <message>
        <source>Reopen the meeting</source>
        <translation>Vergadering heropenen</translation>
    </message>
    <message>
        <source>Screen {n}: {name} ({w}×{h})</source>
        <translation>Scherm {n}: {name} ({w}×{h})</translation>
    </message>
    <message>
        <source>{screen}, this laptop</source>
        <translation>{screen}, deze laptop</translation>
    </message>
    <message>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>geen besluit</translation>
    </message>
    <message>
        <source>{outcome}, final</source>
        <translation>{outcome}, definitief</translation>
    </message>
    <message>
        <source>{outcome}, draft</source>
        <translation>{outcome}, concept</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>besproken</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>The meeting has not started yet.</source>
        <translation>De vergadering is nog niet begonnen.</translation>
    </message>
    <message>
        <source>The meeting has ended.</source>
        <translation>De vergadering is afgelopen.</translation>
    </message>
    <message>
        <source>No item taken yet: choose Next or an item from the agenda.</source>
        <translation>Nog geen agendapunt: kies Volgende of een punt uit de agenda.</translation>
    </message>
    <message>
        <source>Question to the OM: {question}</source>
        <translation>Vraag aan het OM: {question}</translation>
    </message>
    <message>
        <source>Now {now}</source>
        <translation>Nu {now}</translation>
    </message>
    <message>
        <source>Meeting {elapsed} · now {now}</source>
        <translation>Vergadering {elapsed} · nu {now}</translation>
    </message>
    <message>
        <source>Planned end {planned}</source>
        <translation>Gepland einde {planned}</translation>
    </message>
    <message>
        <source>Expected end {time} — {delta}</source>
        <translation>Verwacht einde {time} — {delta}</translation>
    </message>
    <message>
        <source>Next: {item} ({minutes} min planned)</source>
        <translation>Hierna: {item} ({minutes} min gepland)</translation>
    </message>
</context>
<context>
    <name>DecisionChange</name>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Decision {number} ({outcome}) is already recorded.</source>
        <translation>Besluit {number} ({outcome}) is al vastgelegd.</translation>
    </message>
    <message>
        <source>Decision {number} ({outcome}) is final: the chair recorded a disagreement. Changing it withdraws that note.</source>
        <translation>Besluit {number} ({outcome}) is definitief: de voorzitter heeft een verschil van inzicht vastgelegd. Wijzigen trekt die aantekening in.</translation>
    </message>
    <message>
        <source>Decision {number} ({outcome}) is final: confirmed by the IND and the OM. Changing it withdraws both confirmations; the IND and the OM must confirm it again.</source>
        <translation>Besluit {number} ({outcome}) is definitief: bevestigd door het IND en het OM. Wijzigen trekt beide bevestigingen in; het IND en het OM moeten het opnieuw bevestigen.</translation>
    </message>
    <message>
        <source>Decision {number} ({outcome}) is confirmed by {who}. Changing it withdraws that confirmation.</source>
        <translation>Besluit {number} ({outcome}) is bevestigd door {who}. Wijzigen trekt die bevestiging in.</translation>
    </message>
    <message>
        <source>The new version ({outcome}) replaces version {version}; that version stays in the decision's history and in the log.</source>
        <translation>De nieuwe versie ({outcome}) vervangt versie {version}; die versie blijft bewaard in de geschiedenis van het besluit en in het logboek.</translation>
    </message>
    <message>
        <source>Change decision {number}</source>
        <translation>Besluit {number} wijzigen</translation>
    </message>
    <message>
        <source>Change decision…</source>
        <translation>Besluit wijzigen…</translation>
    </message>
    <message>
        <source>Do not change</source>
        <translation>Niet wijzigen</translation>
    </message>
    <message>
        <source>Replaces version {version} of {number} ({outcome}); that version is kept.</source>
        <translation>Vervangt versie {version} van {number} ({outcome}); die versie blijft bewaard.</translation>
    </message>
    <message>
        <source>Saving withdraws the confirmation of {who}.</source>
        <translation>Opslaan trekt de bevestiging van {who} in.</translation>
    </message>
    <message>
        <source>Saving withdraws the recorded disagreement.</source>
        <translation>Opslaan trekt het vastgelegde verschil van inzicht in.</translation>
    </message>
    <message>
        <source>Decision {number} is unchanged.</source>
        <translation>Besluit {number} is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Decision {number} changed to version {version}; the previous version is kept.</source>
        <translation>Besluit {number} gewijzigd naar versie {version}; de vorige versie blijft bewaard.</translation>
    </message>
    <message>
        <source>Confirmation withdrawn: {who}.</source>
        <translation>Bevestiging ingetrokken: {who}.</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Criminal complaint (aangifte)</source>
        <translation>Aangifte</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Nadere informatie</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Aanhouden</translation>
    </message>
    <message>
        <source>No complaint</source>
        <translation>Geen aangifte</translation>
    </message>
    <message>
        <source>Closed / withdrawn</source>
        <translation>Afgesloten / ingetrokken</translation>
    </message>
    <message>
        <source>draft agenda</source>
        <translation>conceptagenda</translation>
    </message>
    <message>
        <source>agenda fixed</source>
        <translation>agenda vastgesteld</translation>
    </message>
    <message>
        <source>in session</source>
        <translation>in vergadering</translation>
    </message>
    <message>
        <source>ended (draft minutes)</source>
        <translation>afgelopen (verslag concept)</translation>
    </message>
    <message>
        <source>minutes adopted</source>
        <translation>verslag vastgesteld</translation>
    </message>
    <message>
        <source>{hh}:{mm}</source>
        <translation>{hh}.{mm} uur</translation>
    </message>
    <message>
        <source>No time planned</source>
        <translation>Geen tijd gepland</translation>
    </message>
    <message>
        <source>Overrun +{time}</source>
        <translation>Uitloop +{time}</translation>
    </message>
    <message>
        <source>Last minutes: {time} left</source>
        <translation>Laatste minuten: nog {time}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>nog {time}</translation>
    </message>
    <message>
        <source>{status} (paused)</source>
        <translation>{status} (gepauzeerd)</translation>
    </message>
    <message>
        <source>{n} min later than planned ({planned})</source>
        <translation>{n} min later dan gepland ({planned})</translation>
    </message>
    <message>
        <source>{n} min earlier than planned ({planned})</source>
        <translation>{n} min eerder dan gepland ({planned})</translation>
    </message>
    <message>
        <source>on schedule (planned {planned})</source>
        <translation>volgens planning ({planned})</translation>
    </message>
</context>
<context>
    <name>LiveActionDialog</name>
    <message>
        <source>New action item</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <source>Action *</source>
        <translation>Actie *</translation>
    </message>
    <message>
        <source>Owner (organisation) *</source>
        <translation>Actiehouder (organisatie) *</translation>
    </message>
    <message>
        <source>e.g. unit 1F, officer of justice</source>
        <translation>bijv. unit 1F, officier van justitie</translation>
    </message>
    <message>
        <source>Owner (role)</source>
        <translation>Actiehouder (rol)</translation>
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
        <translation>Er is geen eerdere vergadering.</translation>
    </message>
    <message>
        <source>The minutes of {number} are adopted ({kind}) in {meeting}.</source>
        <translation>Het verslag van {number} is vastgesteld ({kind}) in {meeting}.</translation>
    </message>
    <message>
        <source>with corrections</source>
        <translation>met wijzigingen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>{number} has not ended yet; its minutes can be adopted after it ends.</source>
        <translation>{number} is nog niet afgelopen; het verslag kan worden vastgesteld als de vergadering is afgelopen.</translation>
    </message>
    <message>
        <source>The minutes of {number} are a draft; they are adopted while this meeting is in session.</source>
        <translation>Het verslag van {number} is een concept; het wordt vastgesteld terwijl deze vergadering loopt.</translation>
    </message>
    <message>
        <source>The minutes and decision list of {number} are a draft: adopt them now ({keys}).</source>
        <translation>Het verslag en de besluitenlijst van {number} zijn een concept: stel ze nu vast ({keys}).</translation>
    </message>
</context>
<context>
    <name>LiveClosingDialog</name>
    <message>
        <source>Close the meeting</source>
        <translation>Vergadering sluiten</translation>
    </message>
    <message>
        <source>Back to the meeting</source>
        <translation>Terug naar de vergadering</translation>
    </message>
</context>
<context>
    <name>LiveDateField</name>
    <message>
        <source>Set a date</source>
        <translation>Datum invullen</translation>
    </message>
    <message>
        <source>Set a date: {name}</source>
        <translation>Datum invullen: {name}</translation>
    </message>
</context>
<context>
    <name>LiveFormDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>LiveForms</name>
    <message>
        <source>Who files the complaint</source>
        <translation>Wie doet aangifte</translation>
    </message>
    <message>
        <source>Files by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Organisation filing</source>
        <translation>Organisatie die aangifte doet</translation>
    </message>
    <message>
        <source>Which information</source>
        <translation>Welke informatie</translation>
    </message>
    <message>
        <source>From whom (organisation)</source>
        <translation>Van wie (organisatie)</translation>
    </message>
    <message>
        <source>From whom (role)</source>
        <translation>Van wie (rol)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Deferred until</source>
        <translation>Aangehouden tot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Keep monitoring (e.g. a naturalisation request)</source>
        <translation>Blijven volgen (bijv. bij een naturalisatieverzoek)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Wording of the decision</source>
        <translation>Tekst van het besluit</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Responsible (role)</source>
        <translation>Verantwoordelijke (rol)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Keep monitoring</source>
        <translation>Blijven volgen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
</context>
<context>
    <name>LiveOutcomeDialog</name>
    <message>
        <source>Decision: {outcome}</source>
        <translation>Besluit: {outcome}</translation>
    </message>
    <message>
        <source>Change decision: {outcome}</source>
        <translation>Besluit wijzigen: {outcome}</translation>
    </message>
    <message>
        <source>{item} — fields marked * are required.</source>
        <translation>{item} — velden met * zijn verplicht.</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>[left out: possible personal data]</source>
        <translation>[weggelaten: mogelijk persoonsgegeven]</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaris</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Show: {view}</source>
        <translation>Tonen: {view}</translation>
    </message>
    <message>
        <source>Close the meeting? The minutes stay a draft until the next meeting adopts them.</source>
        <translation>De vergadering sluiten? Het verslag blijft een concept tot de volgende vergadering het vaststelt.</translation>
    </message>
    <message>
        <source>Case items without a decision: {items}.</source>
        <translation>Casussen zonder besluit: agendapunt {items}.</translation>
    </message>
    <message>
        <source>Decisions not yet confirmed by IND and OM: {numbers}.</source>
        <translation>Besluiten nog niet bevestigd door IND en OM: {numbers}.</translation>
    </message>
    <message>
        <source>Decisions are recorded for case items.</source>
        <translation>Besluiten worden per casus vastgelegd.</translation>
    </message>
    <message>
        <source>Disagreement between IND and OM</source>
        <translation>Verschil van inzicht tussen IND en OM</translation>
    </message>
    <message>
        <source>What do they disagree on</source>
        <translation>Waarover verschillen zij van inzicht</translation>
    </message>
    <message>
        <source>The chair records the disagreement; the decision {number} is then final with this note.</source>
        <translation>De voorzitter legt het verschil van inzicht vast; besluit {number} is daarmee definitief, met deze aantekening.</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Besluit verwijderen</translation>
    </message>
    <message>
        <source>Delete decision {number}? Its number is not used again.</source>
        <translation>Besluit {number} verwijderen? Het nummer wordt niet opnieuw gebruikt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Niet verwijderen</translation>
    </message>
    <message>
        <source>The current line of the minutes is empty.</source>
        <translation>De huidige regel van de notulen is leeg.</translation>
    </message>
    <message>
        <source>Meeting {number}</source>
        <translation>Vergadering {number}</translation>
    </message>
    <message>
        <source>Starts at {time}</source>
        <translation>Begint om {time}</translation>
    </message>
    <message>
        <source>{meeting} · item {number}</source>
        <translation>{meeting} · agendapunt {number}</translation>
    </message>
    <message>
        <source>&amp;Open the meeting</source>
        <translation>Vergadering &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Vorig agendapunt</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Vo&amp;lgend agendapunt</translation>
    </message>
    <message>
        <source>&amp;Take the selected agenda item now</source>
        <translation>Gekozen agendapunt nu &amp;behandelen</translation>
    </message>
    <message>
        <source>Pause or resume the &amp;timer</source>
        <translation>&amp;Tijd pauzeren of hervatten</translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation>Vergadering &amp;sluiten…</translation>
    </message>
    <message>
        <source>&amp;Reopen the meeting</source>
        <translation>Vergadering &amp;heropenen</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>Nu op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Current &amp;line to action…</source>
        <translation>Huidige &amp;regel wordt actiepunt…</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nieuw actiepunt…</translation>
    </message>
    <message>
        <source>&amp;Keep marked text with a reason…</source>
        <translation>Gemarkeerde tekst &amp;bewaren met reden…</translation>
    </message>
    <message>
        <source>&amp;Presence for this item</source>
        <translation>&amp;Aanwezigheid bij dit agendapunt</translation>
    </message>
    <message>
        <source>A&amp;dopt previous minutes…</source>
        <translation>Vorig verslag vas&amp;tstellen…</translation>
    </message>
    <message>
        <source>Minutes of the p&amp;revious item</source>
        <translation>Notulen van het &amp;vorige punt</translation>
    </message>
    <message>
        <source>Minutes of the ne&amp;xt item</source>
        <translation>Notulen van het vo&amp;lgende punt</translation>
    </message>
    <message>
        <source>&amp;IND confirms</source>
        <translation>&amp;IND bevestigt</translation>
    </message>
    <message>
        <source>&amp;OM confirms</source>
        <translation>&amp;OM bevestigt</translation>
    </message>
    <message>
        <source>&amp;Disagreement…</source>
        <translation>&amp;Verschil van inzicht…</translation>
    </message>
    <message>
        <source>C&amp;hange decision…</source>
        <translation>Besluit &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Delete decision…</source>
        <translation>Besluit verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Show or hide the presentation</source>
        <translation>Presentatie &amp;tonen of verbergen</translation>
    </message>
    <message>
        <source>&amp;Blank the presentation</source>
        <translation>Presentatie op &amp;zwart</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Voorzitter</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>&amp;Secretaris</translation>
    </message>
    <message>
        <source>&amp;Both side by side</source>
        <translation>&amp;Beide naast elkaar</translation>
    </message>
    <message>
        <source>To the &amp;agenda</source>
        <translation>Naar de &amp;agenda</translation>
    </message>
    <message>
        <source>To the &amp;minutes</source>
        <translation>Naar de &amp;notulen</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Vergadering</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>&amp;Notulen</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Be&amp;sluit</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentatie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>Overlegtafel — meeting</source>
        <translation>Overlegtafel — vergadering</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Close this window</source>
        <translation>Dit venster &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit Overlegtafel</source>
        <translation>Overlegtafel &amp;afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <source>Blank or show again</source>
        <translation>Zwart of weer tonen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Take the selected item now</source>
        <translation>Gekozen punt nu behandelen</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Tick or untick</source>
        <translation>Aan- of uitvinken</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Back to the minutes</source>
        <translation>Terug naar het verslag</translation>
    </message>
    <message>
        <source>Close the presentation</source>
        <translation>Presentatie sluiten</translation>
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
        <translation>typen</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Overlegtafel — presentation</source>
        <translation>Overlegtafel — presentatie</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Presentatiescherm</translation>
    </message>
</context>
<context>
    <name>SecretaryView</name>
    <message>
        <source>Secretary's view</source>
        <translation>Secretarisscherm</translation>
    </message>
    <message>
        <source>Agenda item of the minutes</source>
        <translation>Agendapunt van de notulen</translation>
    </message>
    <message>
        <source>Minutes of</source>
        <translation>Notulen bij</translation>
    </message>
    <message>
        <source>Save state of the minutes</source>
        <translation>Opslagstand van de notulen</translation>
    </message>
    <message>
        <source>Item timer</source>
        <translation>Tijd van het agendapunt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Minutes of this item. Ctrl+Shift+A turns the current line into an action item.</source>
        <translation>Notulen bij dit agendapunt. Ctrl+Shift+A maakt van de huidige regel een actiepunt.</translation>
    </message>
    <message>
        <source>Present for this item</source>
        <translation>Aanwezig bij dit agendapunt</translation>
    </message>
    <message>
        <source>Space ticks or unticks (Ctrl+Shift+P)</source>
        <translation>Spatie vinkt aan of uit (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Previous minutes</source>
        <translation>Vorig verslag</translation>
    </message>
    <message>
        <source>State of the previous minutes</source>
        <translation>Stand van het vorige verslag</translation>
    </message>
    <message>
        <source>Adopt previous minutes…</source>
        <translation>Vorig verslag vaststellen…</translation>
    </message>
    <message>
        <source>Adopt the minutes of the previous meeting</source>
        <translation>Het verslag van de vorige vergadering vaststellen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decision of this item</source>
        <translation>Besluit bij dit agendapunt</translation>
    </message>
    <message>
        <source>Confirmation of the decision</source>
        <translation>Bevestiging van het besluit</translation>
    </message>
    <message>
        <source>IND confirms</source>
        <translation>IND bevestigt</translation>
    </message>
    <message>
        <source>OM confirms</source>
        <translation>OM bevestigt</translation>
    </message>
    <message>
        <source>Disagreement…</source>
        <translation>Verschil van inzicht…</translation>
    </message>
    <message>
        <source>Record a disagreement between IND and OM</source>
        <translation>Verschil van inzicht tussen IND en OM vastleggen</translation>
    </message>
    <message>
        <source>Delete decision…</source>
        <translation>Besluit verwijderen…</translation>
    </message>
    <message>
        <source>Decisions are recorded for case items.</source>
        <translation>Besluiten worden per casus vastgelegd.</translation>
    </message>
    <message>
        <source>Action items of this item</source>
        <translation>Actiepunten bij dit agendapunt</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nieuw actiepunt…</translation>
    </message>
    <message>
        <source>Line to action…</source>
        <translation>Regel wordt actiepunt…</translation>
    </message>
    <message>
        <source>Turn the current line of the minutes into an action</source>
        <translation>Maak van de huidige regel van de notulen een actiepunt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>The selected action is done</source>
        <translation>Het gekozen actiepunt is afgehandeld</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>The selected action is cancelled</source>
        <translation>Het gekozen actiepunt is vervallen</translation>
    </message>
    <message>
        <source>The chair is at item {number}</source>
        <translation>De voorzitter is bij agendapunt {number}</translation>
    </message>
    <message>
        <source>{person} — not at the meeting</source>
        <translation>{person} — niet bij de vergadering</translation>
    </message>
    <message>
        <source>IND withdraws</source>
        <translation>IND trekt in</translation>
    </message>
    <message>
        <source>Withdraw IND confirmation</source>
        <translation>Bevestiging IND intrekken</translation>
    </message>
    <message>
        <source>OM withdraws</source>
        <translation>OM trekt in</translation>
    </message>
    <message>
        <source>Withdraw OM confirmation</source>
        <translation>Bevestiging OM intrekken</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>versie {n}</translation>
    </message>
    <message>
        <source>Responsible: {who}</source>
        <translation>Verantwoordelijk: {who}</translation>
    </message>
    <message>
        <source>Information: {what}</source>
        <translation>Informatie: {what}</translation>
    </message>
    <message>
        <source>Reason: {why}</source>
        <translation>Reden: {why}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Action: {numbers}</source>
        <translation>Actiepunt: {numbers}</translation>
    </message>
    <message>
        <source>Final: disagreement recorded by the chair.</source>
        <translation>Definitief: verschil van inzicht vastgelegd door de voorzitter.</translation>
    </message>
    <message>
        <source>Final: confirmed by the IND and the OM.</source>
        <translation>Definitief: bevestigd door IND en OM.</translation>
    </message>
    <message>
        <source>Draft: awaiting confirmation by {who}.</source>
        <translation>Concept: wacht op bevestiging door {who}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Action list</source>
        <translation>Actielijst</translation>
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
        <translation>Nog geen actiepunten.</translation>
    </message>
    <message>
        <source>Not saved yet: {error}</source>
        <translation>Nog niet opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Opgeslagen {time}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Saved, without {n} marked part(s)</source>
        <translation>Opgeslagen zonder gemarkeerde tekst ({n})</translation>
    </message>
    <message>
        <source>The rest of the minutes is saved; each underlined part is stored as {placeholder} until you change it or keep it with a reason (Ctrl+Shift+K).</source>
        <translation>De rest van de notulen is opgeslagen; elk onderstreept deel wordt opgeslagen als {placeholder} tot u het aanpast of met een reden bewaart (Ctrl+Shift+K).</translation>
    </message>
</context>
</TS>
