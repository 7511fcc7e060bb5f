<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Errors</name>
    <message>
        <source>Internal error ({name}). Nothing that was saved is lost. Please report this to the administrator.</source>
        <translation>Internal error ({name}). Nothing that was saved is lost. Please report this to the administrator.</translation>
    </message>
</context>
<context>
    <name>GuardPanel</name>
    <message>
        <source>Possible personal data: not saved</source>
        <translation>Possible personal data: not saved</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Show the first finding in its field</source>
        <translation>Show the first finding in its field</translation>
    </message>
    <message>
        <source>Remove it from the text, or keep it deliberately: why may it stay? The reason goes into the audit log; do not repeat the data itself in it.</source>
        <translation>Remove it from the text, or keep it deliberately: why may it stay? The reason goes into the audit log; do not repeat the data itself in it.</translation>
    </message>
    <message>
        <source>Reason, e.g. 'pseudonym used by the IND, not a real name'</source>
        <translation>Reason, e.g. 'pseudonym used by the IND, not a real name'</translation>
    </message>
    <message>
        <source>Reason for keeping possible personal data</source>
        <translation>Reason for keeping possible personal data</translation>
    </message>
    <message>
        <source>&amp;Keep with reason</source>
        <translation>&amp;Keep with reason</translation>
    </message>
    <message>
        <source>Keep with reason</source>
        <translation>Keep with reason</translation>
    </message>
    <message>
        <source>{field}: checking…</source>
        <translation>{field}: checking…</translation>
    </message>
    <message>
        <source>{field}: {kind} (characters {start}–{end}) — {reason}</source>
        <translation>{field}: {kind} (characters {start}–{end}) — {reason}</translation>
    </message>
</context>
<context>
    <name>GuardedTextEdit</name>
    <message>
        <source>Possible personal data: {kinds}</source>
        <translation>Possible personal data: {kinds}</translation>
    </message>
    <message>
        <source>Kept with a reason: {kinds}</source>
        <translation>Kept with a reason: {kinds}</translation>
    </message>
    <message>
        <source>Kept with a reason</source>
        <translation>Kept with a reason</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
</TS>
