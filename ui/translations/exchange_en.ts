<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExchangeFlows</name>
    <message>
        <source>Offer cases</source>
        <translation>Offer cases</translation>
    </message>
    <message>
        <source>Send agenda</source>
        <translation>Send agenda</translation>
    </message>
    <message>
        <source>Send draft minutes</source>
        <translation>Send draft minutes</translation>
    </message>
    <message>
        <source>Send adopted records</source>
        <translation>Send adopted records</translation>
    </message>
    <message>
        <source>Send decisions and actions</source>
        <translation>Send decisions and actions</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <source>IND case officer</source>
        <translation>IND case officer</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Public prosecution (OM)</source>
        <translation>Public prosecution (OM)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>meeting record</source>
        <translation>meeting record</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>action item</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>amendment</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>seal</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>addendum</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <source>Exchange with other laptops</source>
        <translation>Exchange with other laptops</translation>
    </message>
    <message>
        <source>Role of this laptop</source>
        <translation>Role of this laptop</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>This laptop's role</source>
        <translation>This laptop's role</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Fingerprint of this laptop</source>
        <translation>Fingerprint of this laptop</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Copy identity</source>
        <translation>Copy identity</translation>
    </message>
    <message>
        <source>Copy the public identity of this laptop</source>
        <translation>Copy the public identity of this laptop</translation>
    </message>
    <message>
        <source>Save identity…</source>
        <translation>Save identity…</translation>
    </message>
    <message>
        <source>Save the public identity of this laptop to a file</source>
        <translation>Save the public identity of this laptop to a file</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Paired on</source>
        <translation>Paired on</translation>
    </message>
    <message>
        <source>Paired laptops</source>
        <translation>Paired laptops</translation>
    </message>
    <message>
        <source>Pair…</source>
        <translation>Pair…</translation>
    </message>
    <message>
        <source>Pair with another laptop</source>
        <translation>Pair with another laptop</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Unpair</translation>
    </message>
    <message>
        <source>Unpair the selected laptop</source>
        <translation>Unpair the selected laptop</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Import package…</translation>
    </message>
    <message>
        <source>Import a package from another laptop</source>
        <translation>Import a package from another laptop</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Exchange status</source>
        <translation>Exchange status</translation>
    </message>
    <message>
        <source>Identity copied. It holds no secret; send it to the other laptop.</source>
        <translation>Identity copied. It holds no secret; send it to the other laptop.</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>Save identity</translation>
    </message>
    <message>
        <source>Identity saved: {file}</source>
        <translation>Identity saved: {file}</translation>
    </message>
    <message>
        <source>Paired with {name}.</source>
        <translation>Paired with {name}.</translation>
    </message>
    <message>
        <source>Select a paired laptop first.</source>
        <translation>Select a paired laptop first.</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>Overlegtafel packages (*.otpak)</source>
        <translation>Overlegtafel packages (*.otpak)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Meeting to send</source>
        <translation>Meeting to send</translation>
    </message>
    <message>
        <source>Cases to send</source>
        <translation>Cases to send</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Laptops that receive the package</source>
        <translation>Laptops that receive the package</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>Status of sending</source>
        <translation>Status of sending</translation>
    </message>
    <message>
        <source>Save package…</source>
        <translation>Save package…</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Save package</translation>
    </message>
    <message>
        <source>Overlegtafel packages (*.otpak)</source>
        <translation>Overlegtafel packages (*.otpak)</translation>
    </message>
    <message>
        <source>Choose at least one laptop and what to send.</source>
        <translation>Choose at least one laptop and what to send.</translation>
    </message>
    <message>
        <source>Package no. {seq} saved: {file} ({count} records) for {names}.</source>
        <translation>Package no. {seq} saved: {file} ({count} records) for {names}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import package</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Summary of the package</source>
        <translation>Summary of the package</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation>Records in the package</translation>
    </message>
    <message>
        <source>Reason to import the selected record anyway</source>
        <translation>Reason to import the selected record anyway</translation>
    </message>
    <message>
        <source>Reason, e.g. 'fictitious test number, agreed with the IND'</source>
        <translation>Reason, e.g. 'fictitious test number, agreed with the IND'</translation>
    </message>
    <message>
        <source>Import anyway with this reason</source>
        <translation>Import anyway with this reason</translation>
    </message>
    <message>
        <source>Import the selected record anyway with this reason</source>
        <translation>Import the selected record anyway with this reason</translation>
    </message>
    <message>
        <source>Status of the import</source>
        <translation>Status of the import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Package no. {seq} from {sender}: {new} new, {changed} changed, {deleted} deleted, {unchanged} unchanged, {refused} refused. Nothing has been written yet.</source>
        <translation>Package no. {seq} from {sender}: {new} new, {changed} changed, {deleted} deleted, {unchanged} unchanged, {refused} refused. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>Nothing in this package can be imported; nothing will change.</source>
        <translation>Nothing in this package can be imported; nothing will change.</translation>
    </message>
    <message>
        <source>Imported: {count} records. Refused: {refused}.</source>
        <translation>Imported: {count} records. Refused: {refused}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Pair with another laptop</source>
        <translation>Pair with another laptop</translation>
    </message>
    <message>
        <source>Paste the identity of the other laptop (Settings → Exchange → Copy identity) or open its file. Then read the fingerprints aloud to each other: both must match exactly.</source>
        <translation>Paste the identity of the other laptop (Settings → Exchange → Copy identity) or open its file. Then read the fingerprints aloud to each other: both must match exactly.</translation>
    </message>
    <message>
        <source>Identity of the other laptop</source>
        <translation>Identity of the other laptop</translation>
    </message>
    <message>
        <source>Open identity file…</source>
        <translation>Open identity file…</translation>
    </message>
    <message>
        <source>Open the identity file of the other laptop</source>
        <translation>Open the identity file of the other laptop</translation>
    </message>
    <message>
        <source>(no identity yet)</source>
        <translation>(no identity yet)</translation>
    </message>
    <message>
        <source>Fingerprint of the other laptop</source>
        <translation>Fingerprint of the other laptop</translation>
    </message>
    <message>
        <source>Their fingerprint</source>
        <translation>Their fingerprint</translation>
    </message>
    <message>
        <source>Fingerprint of this laptop</source>
        <translation>Fingerprint of this laptop</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Name of the other laptop</source>
        <translation>Name of the other laptop</translation>
    </message>
    <message>
        <source>e.g. Secretaris</source>
        <translation>e.g. Secretaris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role of the other laptop</source>
        <translation>Role of the other laptop</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>We read the fingerprints aloud and they match</source>
        <translation>We read the fingerprints aloud and they match</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Open identity file</source>
        <translation>Open identity file</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
</context>
</TS>
