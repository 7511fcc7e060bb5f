<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseEditor</name>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>Choose a case in the register, or make a new one with Ctrl+N.</source>
        <translation>Choose a case in the register, or make a new one with Ctrl+N.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Undo: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {what} (Ctrl+Shift+Z)</source>
        <translation>Redo: {what} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>Case sections</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>year, year-month or date</source>
        <translation>year, year-month or date</translation>
    </message>
    <message>
        <source>A year (1994), year and month (1994-04) or a date (1994-04-07)</source>
        <translation>A year (1994), year and month (1994-04) or a date (1994-04-07)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>History of the case</translation>
    </message>
    <message>
        <source>Discussions in meetings, decisions and action items appear here once the case has been on the agenda.</source>
        <translation>Discussions in meetings, decisions and action items appear here once the case has been on the agenda.</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(not saved)</translation>
    </message>
    <message>
        <source>No 1F ground chosen yet.</source>
        <translation>No 1F ground chosen yet.</translation>
    </message>
    <message>
        <source>Give the reason for the urgency.</source>
        <translation>Give the reason for the urgency.</translation>
    </message>
    <message>
        <source>What does the IND ask of the OM?</source>
        <translation>What does the IND ask of the OM?</translation>
    </message>
    <message>
        <source>Closed on {closed}; keep until {until} (retention rule of the store).</source>
        <translation>Closed on {closed}; keep until {until} (retention rule of the store).</translation>
    </message>
    <message>
        <source>The retention date is set when the case is closed.</source>
        <translation>The retention date is set when the case is closed.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved (see above).</source>
        <translation>Not saved (see above).</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>All changes saved.</translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <source>Will be imported</source>
        <translation>Will be imported</translation>
    </message>
    <message>
        <source>Held back: possible personal data</source>
        <translation>Held back: possible personal data</translation>
    </message>
    <message>
        <source>Will be imported (confirmed)</source>
        <translation>Will be imported (confirmed)</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Cannot be imported</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Imported after confirmation</source>
        <translation>Imported after confirmation</translation>
    </message>
    <message>
        <source>Held back, not stored</source>
        <translation>Held back, not stored</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>{field}: {kind} (characters {start}–{end}) — {reason}</source>
        <translation>{field}: {kind} (characters {start}–{end}) — {reason}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>On agenda</source>
        <translation>On agenda</translation>
    </message>
    <message>
        <source>Under discussion</source>
        <translation>Under discussion</translation>
    </message>
    <message>
        <source>Awaiting information</source>
        <translation>Awaiting information</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Criminal complaint (aangifte)</source>
        <translation>Criminal complaint (aangifte)</translation>
    </message>
    <message>
        <source>No criminal complaint</source>
        <translation>No criminal complaint</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Asylum refused with 1F</source>
        <translation>Asylum refused with 1F</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Naturalisation request pending</source>
        <translation>Naturalisation request pending</translation>
    </message>
    <message>
        <source>Departure imminent</source>
        <translation>Departure imminent</translation>
    </message>
    <message>
        <source>Not removable (art. 3 ECHR)</source>
        <translation>Not removable (art. 3 ECHR)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>1F(a): crime against peace, war crime, crime against humanity</source>
        <translation>1F(a): crime against peace, war crime, crime against humanity</translation>
    </message>
    <message>
        <source>1F(b): serious non-political crime</source>
        <translation>1F(b): serious non-political crime</translation>
    </message>
    <message>
        <source>1F(c): acts contrary to the purposes of the UN</source>
        <translation>1F(c): acts contrary to the purposes of the UN</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Awaiting the OM</source>
        <translation>Awaiting the OM</translation>
    </message>
    <message>
        <source>Aangifte</source>
        <translation>Aangifte</translation>
    </message>
    <message>
        <source>Retention date passed</source>
        <translation>Retention date passed</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>1F ground</source>
        <translation>1F ground</translation>
    </message>
    <message>
        <source>Country or conflict</source>
        <translation>Country or conflict</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Alleged role</source>
        <translation>Alleged role</translation>
    </message>
    <message>
        <source>Organisation(s)</source>
        <translation>Organisation(s)</translation>
    </message>
    <message>
        <source>Procedural status at the IND</source>
        <translation>Procedural status at the IND</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>Status note</translation>
    </message>
    <message>
        <source>Reason for urgency</source>
        <translation>Reason for urgency</translation>
    </message>
    <message>
        <source>Question to the OM</source>
        <translation>Question to the OM</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>CaseRegister</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
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
        <translation>Country or conflict</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Alleged role</source>
        <translation>Alleged role</translation>
    </message>
    <message>
        <source>At the IND</source>
        <translation>At the IND</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>{date} (passed)</source>
        <translation>{date} (passed)</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Number of cases shown</translation>
    </message>
    <message>
        <source>Search cases and minutes (Ctrl+F)</source>
        <translation>Search cases and minutes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases and minutes</source>
        <translation>Search cases and minutes</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Saved filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation>Import cases from CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export the register to CSV</source>
        <translation>Export the register to CSV</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Retention…</translation>
    </message>
    <message>
        <source>Retention periods and purging</source>
        <translation>Retention periods and purging</translation>
    </message>
    <message>
        <source>Retention periods and purging…</source>
        <translation>Retention periods and purging…</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Case register</translation>
    </message>
    <message>
        <source>Import cases from CSV…</source>
        <translation>Import cases from CSV…</translation>
    </message>
    <message>
        <source>Export the register to CSV…</source>
        <translation>Export the register to CSV…</translation>
    </message>
    <message>
        <source>Reload the register</source>
        <translation>Reload the register</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <source>{n} case(s) found</source>
        <translation>{n} case(s) found</translation>
    </message>
    <message>
        <source>{n} case(s)</source>
        <translation>{n} case(s)</translation>
    </message>
    <message>
        <source>The open case has changes that are not saved (see the editor). Save or undo them before you open another case.</source>
        <translation>The open case has changes that are not saved (see the editor). Save or undo them before you open another case.</translation>
    </message>
    <message>
        <source>Case {reference} created.</source>
        <translation>Case {reference} created.</translation>
    </message>
    <message>
        <source>Save or undo the open changes first.</source>
        <translation>Save or undo the open changes first.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>{n} case(s) exported to {path}. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation>{n} case(s) exported to {path}. The file is not encrypted: keep it safe and delete it when done.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import cases from CSV</source>
        <translation>Import cases from CSV</translation>
    </message>
    <message>
        <source>Nothing is stored until you choose Import. Every row is checked by the anonymity guard; rows with possible personal data are held back unless you confirm them one by one, with a reason that goes into the audit log.</source>
        <translation>Nothing is stored until you choose Import. Every row is checked by the anonymity guard; rows with possible personal data are held back unless you confirm them one by one, with a reason that goes into the audit log.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <source>Columns in the file and the case fields they fill</source>
        <translation>Columns in the file and the case fields they fill</translation>
    </message>
    <message>
        <source>Report per row</source>
        <translation>Report per row</translation>
    </message>
    <message>
        <source>&amp;Store this row anyway</source>
        <translation>&amp;Store this row anyway</translation>
    </message>
    <message>
        <source>Store this row anyway</source>
        <translation>Store this row anyway</translation>
    </message>
    <message>
        <source>Reason, e.g. 'pseudonym used by the IND, not a real name'</source>
        <translation>Reason, e.g. 'pseudonym used by the IND, not a real name'</translation>
    </message>
    <message>
        <source>Reason for storing this row</source>
        <translation>Reason for storing this row</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>{name}: {rows} row(s), {columns} column(s).</source>
        <translation>{name}: {rows} row(s), {columns} column(s).</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Field for column {column}</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>column {n}</translation>
    </message>
    <message>
        <source>Each field can take only one column.</source>
        <translation>Each field can take only one column.</translation>
    </message>
    <message>
        <source>Choose a row to see its findings.</source>
        <translation>Choose a row to see its findings.</translation>
    </message>
    <message>
        <source>Row {line} cannot be imported:</source>
        <translation>Row {line} cannot be imported:</translation>
    </message>
    <message>
        <source>Row {line} may contain personal data:</source>
        <translation>Row {line} may contain personal data:</translation>
    </message>
    <message>
        <source>Row {line}: no findings.</source>
        <translation>Row {line}: no findings.</translation>
    </message>
    <message>
        <source>{store} row(s) will be imported, {held} held back, {invalid} cannot be imported.</source>
        <translation>{store} row(s) will be imported, {held} held back, {invalid} cannot be imported.</translation>
    </message>
    <message>
        <source>Imported {stored} case(s); {held} row(s) held back and not stored; {invalid} invalid.</source>
        <translation>Imported {stored} case(s); {held} row(s) held back and not stored; {invalid} invalid.</translation>
    </message>
</context>
<context>
    <name>RiskHint</name>
    <message>
        <source>1F ground</source>
        <translation>1F ground</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>procedural status</source>
        <translation>procedural status</translation>
    </message>
    <message>
        <source>Re-identification hint</source>
        <translation>Re-identification hint</translation>
    </message>
    <message>
        <source>Advice only: nothing is blocked, the chair decides.</source>
        <translation>Advice only: nothing is blocked, the chair decides.</translation>
    </message>
    <message>
        <source>Specific phrases</source>
        <translation>Specific phrases</translation>
    </message>
    <message>
        <source>This combination of characteristics occurs {k}× in the register.</source>
        <translation>This combination of characteristics occurs {k}× in the register.</translation>
    </message>
    <message>
        <source>Rare because of the {field} (more general: {k}×).</source>
        <translation>Rare because of the {field} (more general: {k}×).</translation>
    </message>
    <message>
        <source>Consider:</source>
        <translation>Consider:</translation>
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
        <translation>Generalise the {field}</translation>
    </message>
    <message>
        <source>Fill in the more general value; Ctrl+Z undoes it.</source>
        <translation>Fill in the more general value; Ctrl+Z undoes it.</translation>
    </message>
</context>
</TS>
