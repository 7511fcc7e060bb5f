<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Errors</name>
    <message>
        <source>Overlegtafel</source>
        <translation>Overlegtafel</translation>
    </message>
    <message>
        <source>Copy error report</source>
        <translation>Copy error report</translation>
    </message>
</context>
</TS>
