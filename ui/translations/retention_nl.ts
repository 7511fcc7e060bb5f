<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConfirmPurgeDialog</name>
    <message>
        <source>Confirm purge</source>
        <translation>Verwijderen bevestigen</translation>
    </message>
    <message>
        <source>Purging cannot be undone. Everything below is removed from this store; only a tombstone with the reference and dates remains.</source>
        <translation>Verwijderen kan niet ongedaan worden gemaakt. Alles hieronder verdwijnt uit deze opslag; alleen een grafsteen met de referentie en de data blijft over.</translation>
    </message>
    <message>
        <source>What the purge removes</source>
        <translation>Wat er wordt verwijderd</translation>
    </message>
    <message>
        <source>Checking what the purge removes…</source>
        <translation>Nagaan wat er wordt verwijderd…</translation>
    </message>
    <message>
        <source>Type the reference {reference} to confirm</source>
        <translation>Typ ter bevestiging de referentie {reference}</translation>
    </message>
    <message>
        <source>Type the number of cases ({count}) to confirm</source>
        <translation>Typ ter bevestiging het aantal casussen ({count})</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Afterwards the store is compacted (VACUUM), so that no deleted page keeps the text. Backups made earlier keep the content until they are rotated out.</source>
        <translation>Daarna wordt de opslag opgeschoond (VACUUM), zodat geen verwijderde pagina de tekst nog bevat. Eerder gemaakte back-ups bevatten de inhoud nog tot ze volgens de rotatie vervallen.</translation>
    </message>
    <message>
        <source>Not every case can be purged now; see the reasons above.</source>
        <translation>Niet elke casus kan nu worden verwijderd; zie de redenen hierboven.</translation>
    </message>
    <message>
        <source>Purging and compacting the store…</source>
        <translation>Verwijderen en opslag opschonen…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>&amp;Cases due for purging</source>
        <translation>&amp;Casussen aan de beurt voor verwijdering</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest decision</source>
        <translation>Laatste besluit</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <source>Cases due for purging</source>
        <translation>Casussen aan de beurt voor verwijdering</translation>
    </message>
    <message>
        <source>No case has passed its retention period.</source>
        <translation>Geen enkele casus heeft zijn bewaartermijn overschreden.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Select all due cases</source>
        <translation>Alle casussen selecteren die aan de beurt zijn</translation>
    </message>
    <message>
        <source>&amp;Purge selected…</source>
        <translation>Geselecteerde &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Purge the selected cases</source>
        <translation>De geselecteerde casussen verwijderen</translation>
    </message>
    <message>
        <source>P&amp;urged cases (tombstones)</source>
        <translation>Ver&amp;wijderde casussen (grafstenen)</translation>
    </message>
    <message>
        <source>Purged cases</source>
        <translation>Verwijderde casussen</translation>
    </message>
    <message>
        <source>A purge removes the case&apos;s content everywhere in this store (case, minutes, decisions, actions, search index) and leaves a tombstone with its reference and dates. Adopted minutes are marked as redacted. Backups made earlier keep the content until they are rotated out.</source>
        <translation>Verwijderen haalt de inhoud van de casus overal uit deze opslag (casus, verslag, besluiten, actiepunten, zoekindex) en laat een grafsteen achter met de referentie en de data. Vastgestelde verslagen worden als geschoond gemarkeerd. Eerder gemaakte back-ups bevatten de inhoud nog tot ze volgens de rotatie vervallen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No case has been purged yet.</source>
        <translation>Er is nog geen casus verwijderd.</translation>
    </message>
    <message>
        <source>Purged: {references}. The store was compacted.</source>
        <translation>Verwijderd: {references}. De opslag is opgeschoond.</translation>
    </message>
    <message>
        <source>Marked as redacted: {meetings}.</source>
        <translation>Als geschoond gemarkeerd: {meetings}.</translation>
    </message>
    <message>
        <source>Purged: {references}, but compacting the store failed: {error}</source>
        <translation>Verwijderd: {references}, maar het opschonen van de opslag is mislukt: {error}</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>How long a closed case is kept, counted from its latest decision (or from the day it closed, if that is later). Open cases are never purged. Set the periods your organisation has decided on; the defaults are only a starting point.</source>
        <translation>Hoe lang een afgesloten casus wordt bewaard, gerekend vanaf het laatste besluit (of vanaf de dag van afsluiten, als die later ligt). Open casussen worden nooit verwijderd. Stel de termijnen in die uw organisatie heeft vastgesteld; de standaardwaarden zijn alleen een begin.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Retention period for status {status}</source>
        <translation>Bewaartermijn voor status {status}</translation>
    </message>
    <message>
        <source>Apply periods</source>
        <translation>Termijnen toepassen</translation>
    </message>
    <message>
        <source>Apply retention periods</source>
        <translation>Bewaartermijnen toepassen</translation>
    </message>
    <message>
        <source>Cases due for purging…</source>
        <translation>Casussen aan de beurt voor verwijdering…</translation>
    </message>
    <message>
        <source>Show the cases due for purging</source>
        <translation>Toon de casussen die aan de beurt zijn voor verwijdering</translation>
    </message>
    <message>
        <source>Saved. {n} retention date(s) recomputed.</source>
        <translation>Opgeslagen. {n} bewaardatum/-data herberekend.</translation>
    </message>
</context>
<context>
    <name>RetentionTexts</name>
    <message>
        <source>{status} {years} years</source>
        <translation>{status} {years} jaar</translation>
    </message>
    <message>
        <source>Retention periods (after the latest decision): {periods}; open cases are never purged.</source>
        <translation>Bewaartermijnen (na het laatste besluit): {periods}; open casussen worden nooit verwijderd.</translation>
    </message>
</context>
</TS>
