<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Errors</name>
    <message>
        <source>Internal error ({name}). Nothing that was saved is lost. Please report this to the administrator.</source>
        <translation>Interne fout ({name}). Niets van wat was opgeslagen is verloren. Meld dit aan de beheerder.</translation>
    </message>
</context>
<context>
    <name>GuardPanel</name>
    <message>
        <source>Possible personal data: not saved</source>
        <translation>Mogelijk persoonsgegevens: niet opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Show the first finding in its field</source>
        <translation>Toon de eerste bevinding in het veld</translation>
    </message>
    <message>
        <source>&amp;Keep with reasons</source>
        <translation>&amp;Bewaren met redenen</translation>
    </message>
    <message>
        <source>Keep with reasons</source>
        <translation>Bewaren met redenen</translation>
    </message>
    <message>
        <source>Why may this stay? e.g. &apos;pseudonym used by the IND&apos;</source>
        <translation>Waarom mag dit blijven? Bijv. &apos;schuilnaam van de IND&apos;</translation>
    </message>
    <message>
        <source>Reason for keeping this finding</source>
        <translation>Reden om deze vondst te bewaren</translation>
    </message>
    <message>
        <source>Remove it from the text, or keep it deliberately: give a reason for each finding. The reasons go into the audit log; do not repeat the data itself in them.</source>
        <translation>Haal het uit de tekst, of bewaar het bewust: geef per vondst een reden. De redenen komen in het logboek; herhaal het gegeven zelf daarin niet.</translation>
    </message>
    <message>
        <source>A valid BSN, V-number or document number can never be kept, not even with a reason: remove it from the text.</source>
        <translation>Een geldig BSN, V-nummer of documentnummer kan nooit worden bewaard, ook niet met een reden: haal het uit de tekst.</translation>
    </message>
    <message>
        <source>{field}: checking…</source>
        <translation>{field}: wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>{field}: {kind} (characters {start}–{end}) — {reason}</source>
        <translation>{field}: {kind} (teken {start}–{end}) — {reason}</translation>
    </message>
</context>
<context>
    <name>GuardedTextEdit</name>
    <message>
        <source>Possible personal data: {kinds}</source>
        <translation>Mogelijk persoonsgegevens: {kinds}</translation>
    </message>
    <message>
        <source>Kept with a reason: {kinds}</source>
        <translation>Bewaard met reden: {kinds}</translation>
    </message>
    <message>
        <source>Kept with a reason</source>
        <translation>Bewaard met reden</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Wachtwoord tonen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van het wachtwoord</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
</TS>
