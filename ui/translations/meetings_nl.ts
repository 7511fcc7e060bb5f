<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
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
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>open, verlopen</translation>
    </message>
    <message>
        <source>{status} ({meeting})</source>
        <translation>{status} ({meeting})</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} op {date}</translation>
    </message>
</context>
<context>
    <name>ActionsArea</name>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Action items from every meeting. Open items come back on each agenda until they are closed; closed items are struck through.</source>
        <translation>Actiepunten uit alle overleggen. Open actiepunten komen op elke agenda terug tot ze zijn afgehandeld; afgehandelde zijn doorgestreept.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open actiepunten</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle actiepunten</translation>
    </message>
    <message>
        <source>Owner organisation</source>
        <translation>Organisatie van de actiehouder</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Alleen verlopen</translation>
    </message>
    <message>
        <source>Search action items</source>
        <translation>Actiepunten zoeken</translation>
    </message>
    <message>
        <source>Search: number, text, owner, case…</source>
        <translation>Zoeken: nummer, tekst, actiehouder, casus…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Note when closing (optional)</source>
        <translation>Toelichting bij afsluiten (optioneel)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markeren als afgehandeld</translation>
    </message>
    <message>
        <source>Mark the chosen item as done (Ctrl+Enter)</source>
        <translation>Het gekozen actiepunt afhandelen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Mark as cancelled</source>
        <translation>Laten vervallen</translation>
    </message>
    <message>
        <source>Mark the chosen item as cancelled (Ctrl+Shift+Enter)</source>
        <translation>Het gekozen actiepunt laten vervallen (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Reopen the chosen item (Ctrl+R)</source>
        <translation>Het gekozen actiepunt heropenen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Note when closing</source>
        <translation>Toelichting bij afsluiten</translation>
    </message>
    <message>
        <source>Show open or all</source>
        <translation>Open of alle tonen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Aangifte not yet filed after the term: {list}</source>
        <translation>Aangifte nog niet gedaan na de termijn: {list}</translation>
    </message>
    <message>
        <source>{shown} shown · {open} open · {overdue} overdue</source>
        <translation>{shown} getoond · {open} open · {overdue} verlopen</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add an agenda item</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <source>Title of the agenda item</source>
        <translation>Titel van het agendapunt</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Geplande minuten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Cases go on the agenda from the suggestions or the register, not as a topic.</source>
        <translation>Casussen komen op de agenda via de voorstellen of het register, niet als los onderwerp.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Planned minutes</source>
        <translation>Geplande minuten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Agendapunt omhoog</translation>
    </message>
    <message>
        <source>Move the chosen item up (Ctrl+Up)</source>
        <translation>Het gekozen punt omhoog (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Agendapunt omlaag</translation>
    </message>
    <message>
        <source>Move the chosen item down (Ctrl+Down)</source>
        <translation>Het gekozen punt omlaag (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Van de agenda</translation>
    </message>
    <message>
        <source>Take the item off the agenda</source>
        <translation>Het punt van de agenda halen</translation>
    </message>
    <message>
        <source>Take the chosen item off the agenda (Delete)</source>
        <translation>Het gekozen punt van de agenda halen (Del)</translation>
    </message>
    <message>
        <source>Topic…</source>
        <translation>Onderwerp…</translation>
    </message>
    <message>
        <source>Add a topic to the agenda</source>
        <translation>Een onderwerp aan de agenda toevoegen</translation>
    </message>
    <message>
        <source>Add a topic that is not a case (Ctrl+Shift+T)</source>
        <translation>Een onderwerp toevoegen dat geen casus is (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned minutes of the chosen item</source>
        <translation>Geplande minuten van het gekozen punt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Suggested cases</source>
        <translation>Voorgestelde casussen</translation>
    </message>
    <message>
        <source>Search the case register</source>
        <translation>Zoeken in het casusregister</translation>
    </message>
    <message>
        <source>Search the register (reference, country, role…)</source>
        <translation>Zoek in het register (kenmerk, land, rol…)</translation>
    </message>
    <message>
        <source>Put on the agenda</source>
        <translation>Op de agenda</translation>
    </message>
    <message>
        <source>Put the chosen case on the agenda</source>
        <translation>De gekozen casus op de agenda zetten</translation>
    </message>
    <message>
        <source>Put the chosen case on the agenda (Enter or Insert)</source>
        <translation>De gekozen casus op de agenda zetten (Return of Ins)</translation>
    </message>
    <message>
        <source>They are discussed under the item &quot;Action list&quot;.</source>
        <translation>Ze worden besproken onder het punt &quot;Actielijst&quot;.</translation>
    </message>
    <message>
        <source>Open action items from earlier meetings</source>
        <translation>Open actiepunten uit eerdere overleggen</translation>
    </message>
    <message>
        <source>Move agenda item up</source>
        <translation>Agendapunt omhoog</translation>
    </message>
    <message>
        <source>Move agenda item down</source>
        <translation>Agendapunt omlaag</translation>
    </message>
    <message>
        <source>Take agenda item off</source>
        <translation>Agendapunt van de agenda halen</translation>
    </message>
    <message>
        <source>Put chosen case on the agenda</source>
        <translation>Gekozen casus op de agenda zetten</translation>
    </message>
    <message>
        <source>Add a topic…</source>
        <translation>Onderwerp toevoegen…</translation>
    </message>
    <message>
        <source>Drag items to reorder them, or use Ctrl+Up and Ctrl+Down. Change the planned minutes in the table or under it.</source>
        <translation>Sleep punten om de volgorde te wijzigen, of gebruik Ctrl+Omhoog en Ctrl+Omlaag. Wijzig de geplande minuten in de tabel of eronder.</translation>
    </message>
    <message>
        <source>The agenda is fixed. Reopen it to change it.</source>
        <translation>De agenda is vastgesteld. Heropen hem om hem te wijzigen.</translation>
    </message>
    <message>
        <source>The agenda is part of the meeting&apos;s record; it is changed in the live view.</source>
        <translation>De agenda hoort bij het verslag van de vergadering; wijzigingen gaan via de vergaderweergave.</translation>
    </message>
    <message>
        <source>Open action items ({n})</source>
        <translation>Open actiepunten ({n})</translation>
    </message>
    <message>
        <source>Start {start} · planned end {end} · {total} in total</source>
        <translation>Aanvang {start} · gepland einde {end} · totaal {total}</translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation>Van de agenda halen</translation>
    </message>
    <message>
        <source>Take &quot;{title}&quot; off the agenda?</source>
        <translation>&quot;{title}&quot; van de agenda halen?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Geef het punt een titel.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>{h1}:{m1}–{h2}:{m2}</source>
        <translation>{h1}.{m1}–{h2}.{m2}</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
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
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Every decision of the table, numbered per meeting. A decision is final once the IND and the OM have confirmed it, or the chair recorded their disagreement.</source>
        <translation>Alle besluiten van de overlegtafel, genummerd per overleg. Een besluit is definitief zodra IND en OM het hebben bevestigd, of de voorzitter hun verschil van inzicht heeft vastgelegd.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle uitkomsten</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Alle overleggen</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>Besluiten zoeken</translation>
    </message>
    <message>
        <source>Search: number, case, text, responsible…</source>
        <translation>Zoeken: nummer, casus, tekst, verantwoordelijke…</translation>
    </message>
    <message>
        <source>Aangifte only</source>
        <translation>Alleen aangifte</translation>
    </message>
    <message>
        <source>Show only decisions to file a criminal complaint</source>
        <translation>Alleen besluiten tot aangifte tonen</translation>
    </message>
    <message>
        <source>Criminal complaints (aangifte) only (Ctrl+Shift+A)</source>
        <translation>Alleen besluiten tot aangifte (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print the decision register</source>
        <translation>Het besluitenregister afdrukken</translation>
    </message>
    <message>
        <source>Print the decision register of the chosen year, or of all years (Ctrl+P)</source>
        <translation>Het besluitenregister van het gekozen jaar of van alle jaren afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Opvolging…</translation>
    </message>
    <message>
        <source>Aangifte follow-up of the chosen decision</source>
        <translation>Opvolging van de aangifte bij het gekozen besluit</translation>
    </message>
    <message>
        <source>Filing date and OM feedback of an aangifte decision</source>
        <translation>Datum van aangifte en terugkoppeling van het OM bij een besluit tot aangifte</translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation>Besluitenregister</translation>
    </message>
    <message>
        <source>Filter: aangifte only</source>
        <translation>Filter: alleen aangifte</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>{n} decisions shown · {a} to aangifte · {p} not yet final</source>
        <translation>{n} besluiten getoond · {a} tot aangifte · {p} nog niet definitief</translation>
    </message>
    <message>
        <source>Choose a decision to file an aangifte first; only those have a follow-up.</source>
        <translation>Kies een besluit tot aangifte; alleen die hebben een opvolging.</translation>
    </message>
    <message>
        <source>Choose a decision to see its full text.</source>
        <translation>Kies een besluit om de volledige tekst te zien.</translation>
    </message>
    <message>
        <source>{number} · {meeting} item {item} · case {case}</source>
        <translation>{number} · {meeting} agendapunt {item} · casus {case}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Uitkomst: {outcome}</translation>
    </message>
    <message>
        <source>Information asked: {text}</source>
        <translation>Gevraagde informatie: {text}</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>Reden: {text}</translation>
    </message>
    <message>
        <source>Responsible: {who}</source>
        <translation>Verantwoordelijk: {who}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Deadline: {date}</translation>
    </message>
    <message>
        <source>Keep monitoring.</source>
        <translation>Blijven volgen.</translation>
    </message>
    <message>
        <source>Disagreement recorded: {text}</source>
        <translation>Verschil van inzicht vastgelegd: {text}</translation>
    </message>
    <message>
        <source>Confirmed by the IND and the OM.</source>
        <translation>Bevestigd door IND en OM.</translation>
    </message>
    <message>
        <source>Not yet confirmed by: {orgs}</source>
        <translation>Nog niet bevestigd door: {orgs}</translation>
    </message>
    <message>
        <source>Action items: {numbers}</source>
        <translation>Actiepunten: {numbers}</translation>
    </message>
    <message>
        <source>Version {n}; earlier versions:</source>
        <translation>Versie {n}; eerdere versies:</translation>
    </message>
    <message>
        <source>Version {n} ({outcome}), replaced on {date}; confirmed by: {orgs}</source>
        <translation>Versie {n} ({outcome}), vervangen op {date}; bevestigd door: {orgs}</translation>
    </message>
</context>
<context>
    <name>ItemTitles</name>
    <message>
        <source>Opening and adoption of the agenda</source>
        <translation>Opening en vaststelling agenda</translation>
    </message>
    <message>
        <source>Minutes and decision list of the previous meeting (adoption)</source>
        <translation>Verslag en besluitenlijst vorige vergadering (vaststellen)</translation>
    </message>
    <message>
        <source>Action list</source>
        <translation>Actielijst</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Rondvraag</translation>
    </message>
    <message>
        <source>Closing and next meeting</source>
        <translation>Sluiting en volgende vergadering</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>← Meetings</source>
        <translation>← Overleggen</translation>
    </message>
    <message>
        <source>Back to the list of meetings</source>
        <translation>Terug naar de lijst met overleggen</translation>
    </message>
    <message>
        <source>Back to the list of meetings (Alt+Left)</source>
        <translation>Terug naar de lijst met overleggen (Alt+Links)</translation>
    </message>
    <message>
        <source>Fix agenda</source>
        <translation>Agenda vaststellen</translation>
    </message>
    <message>
        <source>Fix the agenda</source>
        <translation>De agenda vaststellen</translation>
    </message>
    <message>
        <source>Fix the agenda so it can be sent out (Ctrl+Shift+F)</source>
        <translation>De agenda vaststellen zodat hij kan worden verstuurd (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Reopen agenda</source>
        <translation>Agenda heropenen</translation>
    </message>
    <message>
        <source>Reopen the agenda</source>
        <translation>De agenda heropenen</translation>
    </message>
    <message>
        <source>Reopen the agenda to change it (Ctrl+Shift+R)</source>
        <translation>De agenda heropenen om hem te wijzigen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Vergadering starten</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>De vergadering starten</translation>
    </message>
    <message>
        <source>Start the meeting and open the live view (Ctrl+Shift+S)</source>
        <translation>De vergadering starten en de vergaderweergave openen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>To the meeting</source>
        <translation>Naar de vergadering</translation>
    </message>
    <message>
        <source>Open the live view of the meeting</source>
        <translation>De vergaderweergave openen</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Afdrukken:</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Onderdelen van het overleg</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Gegevens opslaan</translation>
    </message>
    <message>
        <source>Save the meeting data</source>
        <translation>De gegevens van het overleg opslaan</translation>
    </message>
    <message>
        <source>Save the meeting data (Ctrl+S)</source>
        <translation>De gegevens van het overleg opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Overleg verwijderen</translation>
    </message>
    <message>
        <source>Delete this meeting</source>
        <translation>Dit overleg verwijderen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Data and participants</source>
        <translation>Gegevens en deelnemers</translation>
    </message>
    <message>
        <source>Previous minutes</source>
        <translation>Vorig verslag</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Agenda afdrukken</translation>
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
        <translation>plaats onbekend</translation>
    </message>
    <message>
        <source>chair: {name}</source>
        <translation>voorzitter: {name}</translation>
    </message>
    <message>
        <source>secretary: {name}</source>
        <translation>secretaris: {name}</translation>
    </message>
    <message>
        <source>no marking</source>
        <translation>geen rubricering</translation>
    </message>
    <message>
        <source>Previous minutes ({number})</source>
        <translation>Vorig verslag ({number})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Delete {number}? Its number is not given out again.</source>
        <translation>{number} verwijderen? Het nummer wordt niet opnieuw uitgegeven.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Aanvangstijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>e.g. Den Haag, room 4.12</source>
        <translation>bijv. Den Haag, zaal 4.12</translation>
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
        <source>Classification marking</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <source>(no marking)</source>
        <translation>(geen rubricering)</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <source>The chair decides the marking; it is printed on every page of the agenda, the minutes and the decision list.</source>
        <translation>De voorzitter bepaalt de rubricering; die staat op elke pagina van de agenda, het verslag en de besluitenlijst.</translation>
    </message>
    <message>
        <source>Participants and attendance</source>
        <translation>Deelnemers en aanwezigheid</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nieuw overleg…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuw overleg</translation>
    </message>
    <message>
        <source>Plan a new meeting (Ctrl+N)</source>
        <translation>Een nieuw overleg plannen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the chosen meeting</source>
        <translation>Het gekozen overleg openen</translation>
    </message>
    <message>
        <source>Open the chosen meeting (Enter)</source>
        <translation>Het gekozen overleg openen (Return)</translation>
    </message>
    <message>
        <source>Open upcoming meeting</source>
        <translation>Eerstvolgend overleg openen</translation>
    </message>
    <message>
        <source>Open the upcoming meeting</source>
        <translation>Het eerstvolgende overleg openen</translation>
    </message>
    <message>
        <source>Open the upcoming meeting (Ctrl+Shift+U)</source>
        <translation>Het eerstvolgende overleg openen (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>No meetings yet. Plan the first one with &quot;New meeting&quot; (Ctrl+N).</source>
        <translation>Nog geen overleggen. Plan het eerste met &quot;Nieuw overleg&quot; (Ctrl+N).</translation>
    </message>
    <message>
        <source>Upcoming: {number} on {date} at {time} — {status}</source>
        <translation>Eerstvolgend: {number} op {date} om {time} — {status}</translation>
    </message>
    <message>
        <source>No meeting is planned. Plan the next one with &quot;New meeting&quot;.</source>
        <translation>Er is geen overleg gepland. Plan het volgende met &quot;Nieuw overleg&quot;.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aanvang</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>{status} · upcoming</source>
        <translation>{status} · eerstvolgend</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Draft agenda</source>
        <translation>Agenda in concept</translation>
    </message>
    <message>
        <source>Agenda fixed</source>
        <translation>Agenda vastgesteld</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>In vergadering</translation>
    </message>
    <message>
        <source>Ended (draft minutes)</source>
        <translation>Afgelopen (verslag concept)</translation>
    </message>
    <message>
        <source>Minutes adopted</source>
        <translation>Verslag vastgesteld</translation>
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
        <translation>anders</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>absent with apologies</source>
        <translation>afwezig met bericht</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <source>final (disagreement)</source>
        <translation>definitief (verschil van inzicht)</translation>
    </message>
    <message>
        <source>{hh}:{mm}</source>
        <translation>{hh}.{mm} uur</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} u {m} min</translation>
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
        <translation>Agenda afdrukken</translation>
    </message>
    <message>
        <source>Chair&apos;s agenda</source>
        <translation>Agenda voorzitter</translation>
    </message>
    <message>
        <source>Print the chair&apos;s agenda with planned times and notes</source>
        <translation>Agenda voor de voorzitter afdrukken, met geplande tijden en aantekeningen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Print the minutes</source>
        <translation>Verslag afdrukken</translation>
    </message>
    <message>
        <source>Decision list</source>
        <translation>Besluitenlijst</translation>
    </message>
    <message>
        <source>Print the decision list</source>
        <translation>Besluitenlijst afdrukken</translation>
    </message>
    <message>
        <source>Action list</source>
        <translation>Actielijst</translation>
    </message>
    <message>
        <source>Print the action list</source>
        <translation>Actielijst afdrukken</translation>
    </message>
</context>
<context>
    <name>MeetingsArea</name>
    <message>
        <source>New meeting…</source>
        <translation>Nieuw overleg…</translation>
    </message>
    <message>
        <source>Open upcoming meeting</source>
        <translation>Eerstvolgend overleg openen</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nieuw overleg</translation>
    </message>
    <message>
        <source>The meeting gets the next number of its year and the standard agenda items. The participants of the previous meeting are filled in; adjust them and their attendance.</source>
        <translation>Het overleg krijgt het volgende nummer van zijn jaar en de vaste agendapunten. De deelnemers van het vorige overleg zijn ingevuld; pas ze en hun aanwezigheid zo nodig aan.</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Overleg aanmaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OpenActionsList</name>
    <message>
        <source>no deadline</source>
        <translation>geen deadline</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (verlopen)</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Geen open actiepunten.</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Name or function</source>
        <translation>Naam of functie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Name or function of the participant</source>
        <translation>Naam of functie van de deelnemer</translation>
    </message>
    <message>
        <source>Organisation of the participant</source>
        <translation>Organisatie van de deelnemer</translation>
    </message>
    <message>
        <source>Name of the other organisation</source>
        <translation>Naam van de andere organisatie</translation>
    </message>
    <message>
        <source>e.g. Politie (TIM)</source>
        <translation>bijv. Politie (TIM)</translation>
    </message>
    <message>
        <source>Role at the table</source>
        <translation>Rol aan tafel</translation>
    </message>
    <message>
        <source>e.g. chair, secretary, member</source>
        <translation>bijv. voorzitter, secretaris, lid</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Andere organisatie</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Minutes and decision list</source>
        <translation>Verslag en besluitenlijst</translation>
    </message>
    <message>
        <source>Corrections (amendments)</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Recorded corrections</source>
        <translation>Vastgelegde wijzigingen</translation>
    </message>
    <message>
        <source>Delete correction</source>
        <translation>Wijziging verwijderen</translation>
    </message>
    <message>
        <source>Delete the chosen correction</source>
        <translation>De gekozen wijziging verwijderen</translation>
    </message>
    <message>
        <source>Agenda item of the correction</source>
        <translation>Agendapunt van de wijziging</translation>
    </message>
    <message>
        <source>Decision of the correction</source>
        <translation>Besluit van de wijziging</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Replace the minutes of this item</source>
        <translation>De verslagtekst van dit punt vervangen</translation>
    </message>
    <message>
        <source>New minutes of the item</source>
        <translation>Nieuwe verslagtekst van het punt</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Wijziging vastleggen</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decisions not yet final</source>
        <translation>Besluiten die nog niet definitief zijn</translation>
    </message>
    <message>
        <source>IND confirms</source>
        <translation>IND bevestigt</translation>
    </message>
    <message>
        <source>The IND confirms the chosen decision</source>
        <translation>De IND bevestigt het gekozen besluit</translation>
    </message>
    <message>
        <source>OM confirms</source>
        <translation>OM bevestigt</translation>
    </message>
    <message>
        <source>The OM confirms the chosen decision</source>
        <translation>Het OM bevestigt het gekozen besluit</translation>
    </message>
    <message>
        <source>Disagreement between IND and OM</source>
        <translation>Verschil van inzicht tussen IND en OM</translation>
    </message>
    <message>
        <source>Or: the disagreement between IND and OM, in short</source>
        <translation>Of: het verschil van inzicht tussen IND en OM, in het kort</translation>
    </message>
    <message>
        <source>Record disagreement</source>
        <translation>Verschil van inzicht vastleggen</translation>
    </message>
    <message>
        <source>Record the disagreement for the chosen decision</source>
        <translation>Het verschil van inzicht bij het gekozen besluit vastleggen</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Verschil van inzicht</translation>
    </message>
    <message>
        <source>Addendum to the adopted record</source>
        <translation>Addendum bij het vastgestelde verslag</translation>
    </message>
    <message>
        <source>The adopted record does not change. A later correction is kept as an addendum that refers to the sealed version.</source>
        <translation>Het vastgestelde verslag verandert niet. Een latere correctie wordt bewaard als addendum dat naar de verzegelde versie verwijst.</translation>
    </message>
    <message>
        <source>Agenda item of the addendum</source>
        <translation>Agendapunt van het addendum</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Addendum toevoegen</translation>
    </message>
    <message>
        <source>Minutes of {number} of {date} — {status}</source>
        <translation>Verslag van {number} van {date} — {status}</translation>
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
        <source>Adopted ({kind}) on {date} in {meeting}. Fingerprint (SHA-256): {fp}</source>
        <translation>Vastgesteld ({kind}) op {date} in {meeting}. Vingerafdruk (SHA-256): {fp}</translation>
    </message>
    <message>
        <source>There is no earlier meeting.</source>
        <translation>Er is geen eerder overleg.</translation>
    </message>
    <message>
        <source>{number} has not ended yet; its minutes can be adopted after it ends.</source>
        <translation>{number} is nog niet afgelopen; het verslag kan pas daarna worden vastgesteld.</translation>
    </message>
    <message>
        <source>These minutes are a draft until the next meeting adopts them (its agenda item 2).</source>
        <translation>Dit verslag is een concept tot het volgende overleg het vaststelt (agendapunt 2).</translation>
    </message>
    <message>
        <source>Adopt (with corrections)</source>
        <translation>Vaststellen (met wijzigingen)</translation>
    </message>
    <message>
        <source>Adopt unchanged</source>
        <translation>Ongewijzigd vaststellen</translation>
    </message>
    <message>
        <source>{number} has ended without adopting these minutes: reopen {number} to adopt them during it.</source>
        <translation>{number} is afgelopen zonder dit verslag vast te stellen: heropen {number} om het daarin vast te stellen.</translation>
    </message>
    <message>
        <source>The minutes are adopted during {number}, at its item 2 (minutes and decision list of the previous meeting). Start that meeting first; corrections can be recorded now.</source>
        <translation>Het verslag wordt vastgesteld tijdens {number}, bij agendapunt 2 (verslag en besluitenlijst vorige vergadering). Start eerst die vergadering; correcties kunt u nu al vastleggen.</translation>
    </message>
    <message>
        <source>Not yet confirmed by the IND and the OM: {numbers}. Confirm them first.</source>
        <translation>Nog niet bevestigd door IND en OM: {numbers}. Laat ze eerst bevestigen.</translation>
    </message>
    <message>
        <source>Adopting seals the minutes and the decision list: they get a fingerprint and can no longer be changed. {n} correction(s) recorded.</source>
        <translation>Vaststellen verzegelt het verslag en de besluitenlijst: ze krijgen een vingerafdruk en kunnen daarna niet meer worden gewijzigd. {n} wijziging(en) vastgelegd.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>niet bevestigd</translation>
    </message>
    <message>
        <source>{number} ({case}): {outcome} — IND {ind}, OM {om}</source>
        <translation>{number} ({case}): {outcome} — IND {ind}, OM {om}</translation>
    </message>
    <message>
        <source>Describe the disagreement.</source>
        <translation>Beschrijf het verschil van inzicht.</translation>
    </message>
    <message>
        <source>(the minutes as a whole)</source>
        <translation>(het verslag als geheel)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>punt {n}</translation>
    </message>
    <message>
        <source>general</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <source>No corrections recorded.</source>
        <translation>Geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <source>Describe the correction.</source>
        <translation>Beschrijf de wijziging.</translation>
    </message>
    <message>
        <source>Choose the agenda item whose minutes change.</source>
        <translation>Kies het agendapunt waarvan de verslagtekst wijzigt.</translation>
    </message>
    <message>
        <source>Adopt the minutes and decision list of {number} with {n} correction(s)?</source>
        <translation>Het verslag en de besluitenlijst van {number} met {n} wijziging(en) vaststellen?</translation>
    </message>
    <message>
        <source>Adopt the minutes and decision list of {number} unchanged?</source>
        <translation>Het verslag en de besluitenlijst van {number} ongewijzigd vaststellen?</translation>
    </message>
    <message>
        <source>Adopt minutes</source>
        <translation>Verslag vaststellen</translation>
    </message>
    <message>
        <source>After adoption the record can no longer be changed, only supplemented.</source>
        <translation>Na vaststelling kan het verslag niet meer worden gewijzigd, alleen aangevuld met een addendum.</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Vaststellen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>The addendum is empty.</source>
        <translation>Het addendum is leeg.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Absent with apologies</source>
        <translation>Afwezig met bericht</translation>
    </message>
    <message>
        <source>Not present for this item</source>
        <translation>Niet aanwezig bij dit punt</translation>
    </message>
    <message>
        <source>No minutes for this item.</source>
        <translation>Geen verslag bij dit punt.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Corrections and addenda</source>
        <translation>Wijzigingen en addenda</translation>
    </message>
    <message>
        <source>{date}, {time}, {place}</source>
        <translation>{date}, {time}, {place}</translation>
    </message>
    <message>
        <source>Decision {number}: {outcome} ({status})</source>
        <translation>Besluit {number}: {outcome} ({status})</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>The minutes were adopted with corrections.</source>
        <translation>Het verslag is met wijzigingen vastgesteld.</translation>
    </message>
    <message>
        <source>The minutes were adopted unchanged.</source>
        <translation>Het verslag is ongewijzigd vastgesteld.</translation>
    </message>
</context>
<context>
    <name>StartDate</name>
    <message>
        <source>{number} was planned for {planned}; today is {today}. Start the meeting today? The minutes, the decision list and the other documents then carry today&apos;s date.</source>
        <translation>{number} was gepland op {planned}; vandaag is het {today}. De vergadering vandaag beginnen? Het verslag, de besluitenlijst en de andere documenten krijgen dan de datum van vandaag.</translation>
    </message>
    <message>
        <source>Start on another day</source>
        <translation>Op een andere dag beginnen</translation>
    </message>
    <message>
        <source>Start today</source>
        <translation>Vandaag beginnen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Returning from earlier meetings ({n})</source>
        <translation>Terugkerend uit eerdere overleggen ({n})</translation>
    </message>
    <message>
        <source>New in the register ({n})</source>
        <translation>Nieuw in het register ({n})</translation>
    </message>
    <message>
        <source>Found in the register ({n})</source>
        <translation>Gevonden in het register ({n})</translation>
    </message>
    <message>
        <source>No matching cases.</source>
        <translation>Geen passende casussen.</translation>
    </message>
    <message>
        <source>No cases waiting for the table.</source>
        <translation>Geen casussen die op bespreking wachten.</translation>
    </message>
</context>
<context>
    <name>SuggestionNotes</name>
    <message>
        <source>deferred since {date} ({meeting})</source>
        <translation>aangehouden sinds {date} ({meeting})</translation>
    </message>
    <message>
        <source>awaiting information since {date} ({meeting})</source>
        <translation>wacht op nadere informatie sinds {date} ({meeting})</translation>
    </message>
    <message>
        <source>{outcome} since {date} ({meeting})</source>
        <translation>{outcome} sinds {date} ({meeting})</translation>
    </message>
    <message>
        <source>not discussed on {date} ({meeting})</source>
        <translation>niet behandeld op {date} ({meeting})</translation>
    </message>
    <message>
        <source>new in the register</source>
        <translation>nieuw in het register</translation>
    </message>
    <message>
        <source>from the register</source>
        <translation>uit het register</translation>
    </message>
    <message>
        <source>, until {date}</source>
        <translation>, tot {date}</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, uiterlijk {date}</translation>
    </message>
</context>
</TS>
