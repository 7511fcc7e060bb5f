<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Copies</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Each copy is numbered on its pages: “Copy n of N”.</source>
        <translation>Each copy is numbered on its pages: “Copy n of N”.</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Fit the page width</translation>
    </message>
    <message>
        <source>Whole &amp;page</source>
        <translation>Whole &amp;page</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <source>Making the document</source>
        <translation>Making the document</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>Making the document… page {page}</source>
        <translation>Making the document… page {page}</translation>
    </message>
    <message>
        <source>Preview: {title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>pages: {pages}</source>
        <translation>pages: {pages}</translation>
    </message>
    <message>
        <source>copies: {copies}</source>
        <translation>copies: {copies}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>Printing page {page}…</source>
        <translation>Printing page {page}…</translation>
    </message>
    <message>
        <source>The printer could not be opened. Nothing was printed.</source>
        <translation>The printer could not be opened. Nothing was printed.</translation>
    </message>
    <message>
        <source>Sent to the printer (copies: {copies}).</source>
        <translation>Sent to the printer (copies: {copies}).</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>Save {title}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
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
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Chair's version (internal notes and durations)</source>
        <translation>Chair's version (internal notes and durations)</translation>
    </message>
    <message>
        <source>Chair's version</source>
        <translation>Chair's version</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation>C&amp;ase</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>C&amp;opies</source>
        <translation>C&amp;opies</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Open the preview</source>
        <translation>Open the preview</translation>
    </message>
    <message>
        <source>Choose a meeting.</source>
        <translation>Choose a meeting.</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>Choose a case from the list.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <source>Agenda, minutes, decision list, action list, case excerpt or decision register</source>
        <translation>Agenda, minutes, decision list, action list, case excerpt or decision register</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes (verslag)</source>
        <translation>Minutes (verslag)</translation>
    </message>
    <message>
        <source>Decision list (besluitenlijst)</source>
        <translation>Decision list (besluitenlijst)</translation>
    </message>
    <message>
        <source>Action list (actielijst)</source>
        <translation>Action list (actielijst)</translation>
    </message>
    <message>
        <source>Case excerpt (uittreksel)</source>
        <translation>Case excerpt (uittreksel)</translation>
    </message>
    <message>
        <source>Decision register (besluitenregister)</source>
        <translation>Decision register (besluitenregister)</translation>
    </message>
    <message>
        <source>Annual overview (jaaroverzicht)</source>
        <translation>Annual overview (jaaroverzicht)</translation>
    </message>
</context>
</TS>
