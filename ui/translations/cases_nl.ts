<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseEditor</name>
    <message>
        <source>No case selected</source>
        <translation>Geen casus gekozen</translation>
    </message>
    <message>
        <source>Choose a case in the register, or make a new one with Ctrl+N.</source>
        <translation>Kies een casus in het register, of maak een nieuwe met Ctrl+N.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Ongedaan maken: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {what} (Ctrl+Shift+Z)</source>
        <translation>Opnieuw: {what} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Opnieuw (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>Onderdelen van de casus</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ges&amp;chiedenis</translation>
    </message>
    <message>
        <source>year, year-month or date</source>
        <translation>jaar, jaar-maand of datum</translation>
    </message>
    <message>
        <source>A year (1994), year and month (1994-04) or a date (1994-04-07)</source>
        <translation>Een jaar (1994), jaar en maand (1994-04) of een datum (1994-04-07)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Geschiedenis van de casus</translation>
    </message>
    <message>
        <source>Discussions in meetings, decisions and action items appear here once the case has been on the agenda.</source>
        <translation>Besprekingen in overleggen, besluiten en actiepunten verschijnen hier zodra de casus op de agenda heeft gestaan.</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(niet opgeslagen)</translation>
    </message>
    <message>
        <source>No 1F ground chosen yet.</source>
        <translation>Nog geen 1F-grond gekozen.</translation>
    </message>
    <message>
        <source>Give the reason for the urgency.</source>
        <translation>Geef de reden van de spoed.</translation>
    </message>
    <message>
        <source>What does the IND ask of the OM?</source>
        <translation>Wat vraagt de IND aan het OM?</translation>
    </message>
    <message>
        <source>Closed on {closed}; keep until {until} (retention rule of the store).</source>
        <translation>Afgesloten op {closed}; bewaren tot {until} (bewaartermijn van de opslag).</translation>
    </message>
    <message>
        <source>The retention date is set when the case is closed.</source>
        <translation>De bewaartermijn gaat in zodra de casus is afgesloten.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Not saved (see above).</source>
        <translation>Niet opgeslagen (zie boven).</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Niet opgeslagen: {message}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle wijzigingen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <source>Will be imported</source>
        <translation>Wordt geïmporteerd</translation>
    </message>
    <message>
        <source>Held back: possible personal data</source>
        <translation>Tegengehouden: mogelijk persoonsgegevens</translation>
    </message>
    <message>
        <source>Will be imported (confirmed)</source>
        <translation>Wordt geïmporteerd (bevestigd)</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Imported after confirmation</source>
        <translation>Geïmporteerd na bevestiging</translation>
    </message>
    <message>
        <source>Held back, not stored</source>
        <translation>Tegengehouden, niet opgeslagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>{field}: {kind} (characters {start}–{end}) — {reason}</source>
        <translation>{field}: {kind} (teken {start}–{end}) — {reason}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>On agenda</source>
        <translation>Geagendeerd</translation>
    </message>
    <message>
        <source>Under discussion</source>
        <translation>In bespreking</translation>
    </message>
    <message>
        <source>Awaiting information</source>
        <translation>Wacht op informatie</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aangehouden</translation>
    </message>
    <message>
        <source>Criminal complaint (aangifte)</source>
        <translation>Aangifte</translation>
    </message>
    <message>
        <source>No criminal complaint</source>
        <translation>Geen aangifte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>Asylum refused with 1F</source>
        <translation>Asiel afgewezen met 1F</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <source>Naturalisation request pending</source>
        <translation>Naturalisatieverzoek in behandeling</translation>
    </message>
    <message>
        <source>Departure imminent</source>
        <translation>Vertrek aanstaande</translation>
    </message>
    <message>
        <source>Not removable (art. 3 ECHR)</source>
        <translation>Niet verwijderbaar (art. 3 EVRM)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>1F(a): crime against peace, war crime, crime against humanity</source>
        <translation>1F(a): misdrijf tegen de vrede, oorlogsmisdrijf, misdrijf tegen de menselijkheid</translation>
    </message>
    <message>
        <source>1F(b): serious non-political crime</source>
        <translation>1F(b): ernstig niet-politiek misdrijf</translation>
    </message>
    <message>
        <source>1F(c): acts contrary to the purposes of the UN</source>
        <translation>1F(c): handelingen in strijd met de doelstellingen van de VN</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Spoed</translation>
    </message>
    <message>
        <source>Awaiting the OM</source>
        <translation>Wacht op het OM</translation>
    </message>
    <message>
        <source>Aangifte</source>
        <translation>Aangifte</translation>
    </message>
    <message>
        <source>Retention date passed</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>1F ground</source>
        <translation>1F-grond</translation>
    </message>
    <message>
        <source>Country or conflict</source>
        <translation>Land of conflict</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>Alleged role</source>
        <translation>Vermeende rol</translation>
    </message>
    <message>
        <source>Organisation(s)</source>
        <translation>Organisatie(s)</translation>
    </message>
    <message>
        <source>Procedural status at the IND</source>
        <translation>Procedurele status IND</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>Toelichting status</translation>
    </message>
    <message>
        <source>Reason for urgency</source>
        <translation>Reden van spoed</translation>
    </message>
    <message>
        <source>Question to the OM</source>
        <translation>Vraag aan het OM</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>CaseRegister</name>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>1F</source>
        <translation>1F</translation>
    </message>
    <message>
        <source>Country or conflict</source>
        <translation>Land of conflict</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Alleged role</source>
        <translation>Vermeende rol</translation>
    </message>
    <message>
        <source>At the IND</source>
        <translation>Bij de IND</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Spoed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <source>{date} (passed)</source>
        <translation>{date} (verstreken)</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Aantal getoonde casussen</translation>
    </message>
    <message>
        <source>Search cases and minutes (Ctrl+F)</source>
        <translation>Zoek in casussen en verslagen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases and minutes</source>
        <translation>Zoek in casussen en verslagen</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Opgeslagen filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nieuwe casus</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Nieuwe casus (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation>Casussen importeren uit CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the register to CSV</source>
        <translation>Register exporteren naar CSV</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>Be&amp;waartermijnen…</translation>
    </message>
    <message>
        <source>Retention periods and purging</source>
        <translation>Bewaartermijnen en verwijderen</translation>
    </message>
    <message>
        <source>Retention periods and purging…</source>
        <translation>Bewaartermijnen en verwijderen…</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Casusregister</translation>
    </message>
    <message>
        <source>Import cases from CSV…</source>
        <translation>Casussen importeren uit CSV…</translation>
    </message>
    <message>
        <source>Export the register to CSV…</source>
        <translation>Register exporteren naar CSV…</translation>
    </message>
    <message>
        <source>Reload the register</source>
        <translation>Register opnieuw laden</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Casussen zoeken</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <source>{n} case(s) found</source>
        <translation>{n} casus(sen) gevonden</translation>
    </message>
    <message>
        <source>{n} case(s)</source>
        <translation>{n} casus(sen)</translation>
    </message>
    <message>
        <source>The open case has changes that are not saved (see the editor). Save or undo them before you open another case.</source>
        <translation>De geopende casus heeft wijzigingen die niet zijn opgeslagen (zie de editor). Sla ze op of maak ze ongedaan voordat u een andere casus opent.</translation>
    </message>
    <message>
        <source>Case {reference} created.</source>
        <translation>Casus {reference} aangemaakt.</translation>
    </message>
    <message>
        <source>Save or undo the open changes first.</source>
        <translation>Sla eerst de openstaande wijzigingen op of maak ze ongedaan.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>{n} case(s) exported to {path}. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation>{n} casus(sen) geëxporteerd naar {path}. Het bestand is niet versleuteld: bewaar het veilig en verwijder het na gebruik.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import cases from CSV</source>
        <translation>Casussen importeren uit CSV</translation>
    </message>
    <message>
        <source>Nothing is stored until you choose Import. Every row is checked by the anonymity guard; rows with possible personal data are held back unless you confirm them one by one, with a reason that goes into the audit log.</source>
        <translation>Er wordt niets opgeslagen tot u op Importeren drukt. De anonimiteitscontrole bekijkt elke regel; regels met mogelijke persoonsgegevens worden tegengehouden, tenzij u ze één voor één bevestigt met een reden die in het logboek komt.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Geen bestand gekozen.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Kies het CSV-bestand</translation>
    </message>
    <message>
        <source>Columns in the file and the case fields they fill</source>
        <translation>Kolommen in het bestand en de casusvelden die ze vullen</translation>
    </message>
    <message>
        <source>Report per row</source>
        <translation>Rapport per regel</translation>
    </message>
    <message>
        <source>&amp;Store this row anyway</source>
        <translation>Deze regel &amp;toch opslaan</translation>
    </message>
    <message>
        <source>Store this row anyway</source>
        <translation>Deze regel toch opslaan</translation>
    </message>
    <message>
        <source>Reason, e.g. 'pseudonym used by the IND, not a real name'</source>
        <translation>Reden, bijv. 'pseudoniem van de IND, geen echte naam'</translation>
    </message>
    <message>
        <source>Reason for storing this row</source>
        <translation>Reden om deze regel op te slaan</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wordt gelezen…</translation>
    </message>
    <message>
        <source>{name}: {rows} row(s), {columns} column(s).</source>
        <translation>{name}: {rows} regel(s), {columns} kolom(men).</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Veld voor kolom {column}</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>kolom {n}</translation>
    </message>
    <message>
        <source>Each field can take only one column.</source>
        <translation>Elk veld kan maar één kolom krijgen.</translation>
    </message>
    <message>
        <source>Choose a row to see its findings.</source>
        <translation>Kies een regel om de bevindingen te zien.</translation>
    </message>
    <message>
        <source>Row {line} cannot be imported:</source>
        <translation>Regel {line} kan niet worden geïmporteerd:</translation>
    </message>
    <message>
        <source>Row {line} may contain personal data:</source>
        <translation>Regel {line} bevat mogelijk persoonsgegevens:</translation>
    </message>
    <message>
        <source>Row {line}: no findings.</source>
        <translation>Regel {line}: geen bevindingen.</translation>
    </message>
    <message>
        <source>{store} row(s) will be imported, {held} held back, {invalid} cannot be imported.</source>
        <translation>{store} regel(s) worden geïmporteerd, {held} tegengehouden, {invalid} kunnen niet worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Imported {stored} case(s); {held} row(s) held back and not stored; {invalid} invalid.</source>
        <translation>{stored} casus(sen) geïmporteerd; {held} regel(s) tegengehouden en niet opgeslagen; {invalid} ongeldig.</translation>
    </message>
</context>
<context>
    <name>RiskHint</name>
    <message>
        <source>1F ground</source>
        <translation>1F-grond</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>procedural status</source>
        <translation>procedurele status</translation>
    </message>
    <message>
        <source>Re-identification hint</source>
        <translation>Hint over herleidbaarheid</translation>
    </message>
    <message>
        <source>Advice only: nothing is blocked, the chair decides.</source>
        <translation>Alleen advies: er wordt niets tegengehouden, de voorzitter beslist.</translation>
    </message>
    <message>
        <source>Specific phrases</source>
        <translation>Specifieke formuleringen</translation>
    </message>
    <message>
        <source>This combination of characteristics occurs {k}× in the register.</source>
        <translation>Deze combinatie van kenmerken komt {k}× voor in het register.</translation>
    </message>
    <message>
        <source>Rare because of the {field} (more general: {k}×).</source>
        <translation>Zeldzaam door het veld {field} (algemener: {k}×).</translation>
    </message>
    <message>
        <source>Consider:</source>
        <translation>Overweeg:</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>{field} {current} → {proposal} ({k}×)</source>
        <translation>{field} {current} → {proposal} ({k}×)</translation>
    </message>
    <message>
        <source>Generalise the {field}</source>
        <translation>Veld {field} algemener maken</translation>
    </message>
    <message>
        <source>Fill in the more general value; Ctrl+Z undoes it.</source>
        <translation>Vult de algemenere waarde in; Ctrl+Z maakt het ongedaan.</translation>
    </message>
</context>
</TS>
