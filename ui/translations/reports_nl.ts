<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Voorbeeld document</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Exemplaren</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Aantal exemplaren</translation>
    </message>
    <message>
        <source>Each copy is numbered on its pages: “Copy n of N”.</source>
        <translation>Elk exemplaar is op de pagina's genummerd: ‘Exemplaar n van N’.</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Passend op &amp;breedte</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Passend op de paginabreedte</translation>
    </message>
    <message>
        <source>Whole &amp;page</source>
        <translation>Hele &amp;pagina</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Toon de hele pagina</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Het document afdrukken</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Het document als PDF opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Het voorbeeld sluiten</translation>
    </message>
    <message>
        <source>Making the document</source>
        <translation>Document wordt opgemaakt</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Pagina's van het document</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Document wordt opgemaakt…</translation>
    </message>
    <message>
        <source>Making the document… page {page}</source>
        <translation>Document wordt opgemaakt… pagina {page}</translation>
    </message>
    <message>
        <source>Preview: {title}</source>
        <translation>Voorbeeld: {title}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versie {version}</translation>
    </message>
    <message>
        <source>pages: {pages}</source>
        <translation>pagina's: {pages}</translation>
    </message>
    <message>
        <source>copies: {copies}</source>
        <translation>exemplaren: {copies}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} afdrukken</translation>
    </message>
    <message>
        <source>Printing page {page}…</source>
        <translation>Pagina {page} wordt afgedrukt…</translation>
    </message>
    <message>
        <source>The printer could not be opened. Nothing was printed.</source>
        <translation>De printer kon niet worden geopend. Er is niets afgedrukt.</translation>
    </message>
    <message>
        <source>Sent to the printer (copies: {copies}).</source>
        <translation>Naar de printer gestuurd (exemplaren: {copies}).</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>{title} opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Chair's version (internal notes and durations)</source>
        <translation>Voorzittersversie (interne aantekeningen en tijdsduur)</translation>
    </message>
    <message>
        <source>Chair's version</source>
        <translation>Voorzittersversie</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Aantal exemplaren</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Vergadering</translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation>C&amp;asus</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>C&amp;opies</source>
        <translation>E&amp;xemplaren</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>Open the preview</source>
        <translation>Het voorbeeld openen</translation>
    </message>
    <message>
        <source>Choose a meeting.</source>
        <translation>Kies een vergadering.</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>Kies een casus uit de lijst.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documenten…</translation>
    </message>
    <message>
        <source>Agenda, minutes, decision list, action list, case excerpt or decision register</source>
        <translation>Agenda, verslag, besluitenlijst, actielijst, uittreksel per casus of besluitenregister</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes (verslag)</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Decision list (besluitenlijst)</source>
        <translation>Besluitenlijst</translation>
    </message>
    <message>
        <source>Action list (actielijst)</source>
        <translation>Actielijst</translation>
    </message>
    <message>
        <source>Case excerpt (uittreksel)</source>
        <translation>Uittreksel per casus</translation>
    </message>
    <message>
        <source>Decision register (besluitenregister)</source>
        <translation>Besluitenregister</translation>
    </message>
    <message>
        <source>Annual overview (jaaroverzicht)</source>
        <translation>Jaaroverzicht</translation>
    </message>
</context>
</TS>
