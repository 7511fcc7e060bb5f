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
