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
