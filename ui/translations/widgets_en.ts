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
        <source>&amp;Keep with reasons</source>
        <translation>&amp;Keep with reasons</translation>
    </message>
    <message>
        <source>Keep with reasons</source>
        <translation>Keep with reasons</translation>
    </message>
    <message>
        <source>Why may this stay? e.g. 'pseudonym used by the IND'</source>
        <translation>Why may this stay? e.g. 'pseudonym used by the IND'</translation>
    </message>
    <message>
        <source>Reason for keeping this finding</source>
        <translation>Reason for keeping this finding</translation>
    </message>
    <message>
        <source>Remove it from the text, or keep it deliberately: give a reason for each finding. The reasons go into the audit log; do not repeat the data itself in them.</source>
        <translation>Remove it from the text, or keep it deliberately: give a reason for each finding. The reasons go into the audit log; do not repeat the data itself in them.</translation>
    </message>
    <message>
        <source>A valid BSN, V-number or document number can never be kept, not even with a reason: remove it from the text.</source>
        <translation>A valid BSN, V-number or document number can never be kept, not even with a reason: remove it from the text.</translation>
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
