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
        <source>Remove it from the text, or keep it deliberately: why may it stay? The reason goes into the audit log; do not repeat the data itself in it.</source>
        <translation>Haal het uit de tekst, of bewaar het bewust: waarom mag het blijven staan? De reden komt in het logboek; herhaal het gegeven zelf daarin niet.</translation>
    </message>
    <message>
        <source>Reason, e.g. &apos;pseudonym used by the IND, not a real name&apos;</source>
        <translation>Reden, bijv. &apos;pseudoniem van de IND, geen echte naam&apos;</translation>
    </message>
    <message>
        <source>Reason for keeping possible personal data</source>
        <translation>Reden om mogelijke persoonsgegevens te bewaren</translation>
    </message>
    <message>
        <source>&amp;Keep with reason</source>
        <translation>&amp;Bewaren met reden</translation>
    </message>
    <message>
        <source>Keep with reason</source>
        <translation>Bewaren met reden</translation>
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
