<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Errors</name>
    <message>
        <source>Overlegtafel</source>
        <translation>Overlegtafel</translation>
    </message>
    <message>
        <source>Copy error report</source>
        <translation>Foutrapport kopiëren</translation>
    </message>
</context>
</TS>
