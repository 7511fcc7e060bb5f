<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ExchangeFlows</name>
    <message>
        <source>Offer cases</source>
        <translation>Casussen aanbieden</translation>
    </message>
    <message>
        <source>Send agenda</source>
        <translation>Agenda sturen</translation>
    </message>
    <message>
        <source>Send draft minutes</source>
        <translation>Conceptverslag sturen</translation>
    </message>
    <message>
        <source>Send adopted records</source>
        <translation>Vastgestelde stukken sturen</translation>
    </message>
    <message>
        <source>Send decisions and actions</source>
        <translation>Besluiten en acties sturen</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <source>IND case officer</source>
        <translation>IND-casusbehandelaar</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaris</translation>
    </message>
    <message>
        <source>Public prosecution (OM)</source>
        <translation>Openbaar Ministerie (OM)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>case</source>
        <translation>casus</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>vergadering</translation>
    </message>
    <message>
        <source>meeting record</source>
        <translation>verloop vergadering</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>agendapunt</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>verslag</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>actiepunt</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>zegel</translation>
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
        <translation>Uitwisseling met andere laptops</translation>
    </message>
    <message>
        <source>Role of this laptop</source>
        <translation>Rol van deze laptop</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>This laptop's role</source>
        <translation>Rol van deze laptop</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Fingerprint of this laptop</source>
        <translation>Vingerafdruk van deze laptop</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Copy identity</source>
        <translation>Identiteit kopiëren</translation>
    </message>
    <message>
        <source>Copy the public identity of this laptop</source>
        <translation>De publieke identiteit van deze laptop kopiëren</translation>
    </message>
    <message>
        <source>Save identity…</source>
        <translation>Identiteit opslaan…</translation>
    </message>
    <message>
        <source>Save the public identity of this laptop to a file</source>
        <translation>De publieke identiteit van deze laptop in een bestand opslaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Paired on</source>
        <translation>Gekoppeld op</translation>
    </message>
    <message>
        <source>Paired laptops</source>
        <translation>Gekoppelde laptops</translation>
    </message>
    <message>
        <source>Pair…</source>
        <translation>Koppelen…</translation>
    </message>
    <message>
        <source>Pair with another laptop</source>
        <translation>Koppelen met een andere laptop</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <source>Unpair the selected laptop</source>
        <translation>De gekozen laptop ontkoppelen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Pakket inlezen…</translation>
    </message>
    <message>
        <source>Import a package from another laptop</source>
        <translation>Een pakket van een andere laptop inlezen</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Exchange status</source>
        <translation>Status van de uitwisseling</translation>
    </message>
    <message>
        <source>Identity copied. It holds no secret; send it to the other laptop.</source>
        <translation>Identiteit gekopieerd. Er staat niets geheims in; stuur haar naar de andere laptop.</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>Identiteit opslaan</translation>
    </message>
    <message>
        <source>Identity saved: {file}</source>
        <translation>Identiteit opgeslagen: {file}</translation>
    </message>
    <message>
        <source>Paired with {name}.</source>
        <translation>Gekoppeld met {name}.</translation>
    </message>
    <message>
        <source>Select a paired laptop first.</source>
        <translation>Kies eerst een gekoppelde laptop.</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Pakket inlezen</translation>
    </message>
    <message>
        <source>Overlegtafel packages (*.otpak)</source>
        <translation>Overlegtafel-pakketten (*.otpak)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Meeting to send</source>
        <translation>Te versturen vergadering</translation>
    </message>
    <message>
        <source>Cases to send</source>
        <translation>Te versturen casussen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Laptops that receive the package</source>
        <translation>Laptops die het pakket ontvangen</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Versturen naar</translation>
    </message>
    <message>
        <source>Status of sending</source>
        <translation>Status van het versturen</translation>
    </message>
    <message>
        <source>Save package…</source>
        <translation>Pakket opslaan…</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <source>Overlegtafel packages (*.otpak)</source>
        <translation>Overlegtafel-pakketten (*.otpak)</translation>
    </message>
    <message>
        <source>Choose at least one laptop and what to send.</source>
        <translation>Kies ten minste één laptop en wat u wilt versturen.</translation>
    </message>
    <message>
        <source>Package no. {seq} saved: {file} ({count} records) for {names}.</source>
        <translation>Pakket nr. {seq} opgeslagen: {file} ({count} gegevens) voor {names}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import package</source>
        <translation>Pakket inlezen</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <source>Summary of the package</source>
        <translation>Samenvatting van het pakket</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation>Gegevens in het pakket</translation>
    </message>
    <message>
        <source>Reason to import the selected record anyway</source>
        <translation>Reden om het gekozen gegeven toch in te lezen</translation>
    </message>
    <message>
        <source>Reason, e.g. 'fictitious test number, agreed with the IND'</source>
        <translation>Reden, bv. 'fictief testnummer, afgestemd met de IND'</translation>
    </message>
    <message>
        <source>Import anyway with this reason</source>
        <translation>Toch inlezen met deze reden</translation>
    </message>
    <message>
        <source>Import the selected record anyway with this reason</source>
        <translation>Het gekozen gegeven toch inlezen met deze reden</translation>
    </message>
    <message>
        <source>Status of the import</source>
        <translation>Status van het inlezen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Het bestand is niet te lezen: {reason}</translation>
    </message>
    <message>
        <source>Package no. {seq} from {sender}: {new} new, {changed} changed, {deleted} deleted, {unchanged} unchanged, {refused} refused. Nothing has been written yet.</source>
        <translation>Pakket nr. {seq} van {sender}: {new} nieuw, {changed} gewijzigd, {deleted} verwijderd, {unchanged} ongewijzigd, {refused} geweigerd. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing in this package can be imported; nothing will change.</source>
        <translation>Niets uit dit pakket kan worden ingelezen; er verandert niets.</translation>
    </message>
    <message>
        <source>Imported: {count} records. Refused: {refused}.</source>
        <translation>Ingelezen: {count} gegevens. Geweigerd: {refused}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Pair with another laptop</source>
        <translation>Koppelen met een andere laptop</translation>
    </message>
    <message>
        <source>Paste the identity of the other laptop (Settings → Exchange → Copy identity) or open its file. Then read the fingerprints aloud to each other: both must match exactly.</source>
        <translation>Plak de identiteit van de andere laptop (Instellingen → Uitwisseling → Identiteit kopiëren) of open het bestand. Lees daarna elkaar de vingerafdrukken voor: beide moeten precies kloppen.</translation>
    </message>
    <message>
        <source>Identity of the other laptop</source>
        <translation>Identiteit van de andere laptop</translation>
    </message>
    <message>
        <source>Open identity file…</source>
        <translation>Identiteitsbestand openen…</translation>
    </message>
    <message>
        <source>Open the identity file of the other laptop</source>
        <translation>Het identiteitsbestand van de andere laptop openen</translation>
    </message>
    <message>
        <source>(no identity yet)</source>
        <translation>(nog geen identiteit)</translation>
    </message>
    <message>
        <source>Fingerprint of the other laptop</source>
        <translation>Vingerafdruk van de andere laptop</translation>
    </message>
    <message>
        <source>Their fingerprint</source>
        <translation>Vingerafdruk van de ander</translation>
    </message>
    <message>
        <source>Fingerprint of this laptop</source>
        <translation>Vingerafdruk van deze laptop</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Deze laptop</translation>
    </message>
    <message>
        <source>Name of the other laptop</source>
        <translation>Naam van de andere laptop</translation>
    </message>
    <message>
        <source>e.g. Secretaris</source>
        <translation>bv. Secretaris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role of the other laptop</source>
        <translation>Rol van de andere laptop</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>We read the fingerprints aloud and they match</source>
        <translation>We hebben de vingerafdrukken voorgelezen en ze kloppen</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Open identity file</source>
        <translation>Identiteitsbestand openen</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Het bestand is niet te lezen: {reason}</translation>
    </message>
</context>
</TS>
