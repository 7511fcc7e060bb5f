<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Kies map…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Kies de back-upmap</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>Standaardmap gebruiken</translation>
    </message>
    <message>
        <source>Use the default backup folder beside the store</source>
        <translation>Gebruik de standaard back-upmap naast de opslag</translation>
    </message>
    <message>
        <source>Last successful backup</source>
        <translation>Laatste geslaagde back-up</translation>
    </message>
    <message>
        <source>Back up automatically when Overlegtafel locks or closes</source>
        <translation>Automatisch een back-up maken bij vergrendelen of afsluiten</translation>
    </message>
    <message>
        <source>Only after changes, and only if the store passes its quick check. Kept: the 5 newest, one per day for the last 7 days and one per week for the last 4 weeks. Backups are encrypted: they open with your passphrase on this computer or with the recovery code.</source>
        <translation>Alleen na wijzigingen, en alleen als de snelle controle van de opslag in orde is. Bewaard worden: de 5 nieuwste, één per dag over de laatste 7 dagen en één per week over de laatste 4 weken. Back-ups zijn versleuteld: ze openen met uw wachtwoord op deze computer of met de herstelcode.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>Een back-up terugzetten in een nieuwe map</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Status van de back-up</translation>
    </message>
    <message>
        <source>Copy error report</source>
        <translation>Foutrapport kopiëren</translation>
    </message>
    <message>
        <source>Copy the error report for the administrator</source>
        <translation>Kopieer het foutrapport voor de beheerder</translation>
    </message>
    <message>
        <source>{path} (default, beside the store)</source>
        <translation>{path} (standaard, naast de opslag)</translation>
    </message>
    <message>
        <source>None yet in this folder.</source>
        <translation>Nog geen in deze map.</translation>
    </message>
    <message>
        <source>{when} ({size}); the only backup in this folder</source>
        <translation>{when} ({size}); de enige back-up in deze map</translation>
    </message>
    <message>
        <source>{when} ({size}); {count} backups in this folder</source>
        <translation>{when} ({size}); {count} back-ups in deze map</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>De laatste automatische back-up is mislukt: {reason}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Backup saved: {file} ({size}).</source>
        <translation>Back-up opgeslagen: {file} ({size}).</translation>
    </message>
    <message>
        <source>Backups now go to {path}.</source>
        <translation>Back-ups gaan nu naar {path}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Error report copied. It holds no case content.</source>
        <translation>Foutrapport gekopieerd. Het bevat geen zaakinhoud.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup is restored into the folder you choose. The open store is never replaced; to replace it, close Overlegtafel and use the command &apos;overlegtafel restore&apos;.</source>
        <translation>De back-up wordt teruggezet in de map die u kiest. De geopende opslag wordt nooit vervangen; wilt u die vervangen, sluit Overlegtafel dan af en gebruik de opdracht &apos;overlegtafel restore&apos;.</translation>
    </message>
    <message>
        <source>The backup replaces the store in {path}; that store is kept aside, not deleted. Or choose another folder.</source>
        <translation>De back-up vervangt de opslag in {path}; die opslag wordt apart bewaard, niet verwijderd. Of kies een andere map.</translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation>Geen back-up gekozen.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>Choose backup…</source>
        <translation>Kies back-up…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Kies het back-upbestand</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Replace the store in its folder</source>
        <translation>De opslag in zijn map vervangen</translation>
    </message>
    <message>
        <source>Replace the closed store</source>
        <translation>Vervang de gesloten opslag</translation>
    </message>
    <message>
        <source>Into another folder:</source>
        <translation>In een andere map:</translation>
    </message>
    <message>
        <source>Restore into another folder</source>
        <translation>Terugzetten in een andere map</translation>
    </message>
    <message>
        <source>No folder chosen.</source>
        <translation>Geen map gekozen.</translation>
    </message>
    <message>
        <source>Folder for the restored store</source>
        <translation>Map voor de teruggezette opslag</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Kies map…</translation>
    </message>
    <message>
        <source>Choose the folder for the restored store</source>
        <translation>Kies de map voor de teruggezette opslag</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>With the passphrase (this computer)</source>
        <translation>Met het wachtwoord (deze computer)</translation>
    </message>
    <message>
        <source>Open the backup with the passphrase</source>
        <translation>Open de back-up met het wachtwoord</translation>
    </message>
    <message>
        <source>With the recovery code (another computer)</source>
        <translation>Met de herstelcode (andere computer)</translation>
    </message>
    <message>
        <source>Open the backup with the recovery code</source>
        <translation>Open de back-up met de herstelcode</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Herhaal nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Bezig met terugzetten</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Zet de back-up terug</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Kies de back-up</translation>
    </message>
    <message>
        <source>Overlegtafel backups (*{suffix})</source>
        <translation>Back-ups van Overlegtafel (*{suffix})</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Back-up controleren…</translation>
    </message>
    <message>
        <source>Backup of {when}, schema version {version}, made by Overlegtafel {app}; the file is intact.</source>
        <translation>Back-up van {when}, schemaversie {version}, gemaakt door Overlegtafel {app}; het bestand is onbeschadigd.</translation>
    </message>
    <message>
        <source>Choose the folder for the restored store.</source>
        <translation>Kies de map voor de teruggezette opslag.</translation>
    </message>
    <message>
        <source>That is the open store. Choose another folder, or lock Overlegtafel first.</source>
        <translation>Dat is de geopende opslag. Kies een andere map, of vergrendel Overlegtafel eerst.</translation>
    </message>
    <message>
        <source>There is already a store in that folder. Choose an empty folder.</source>
        <translation>In die map staat al een opslag. Kies een lege map.</translation>
    </message>
    <message>
        <source>Choose the backup first.</source>
        <translation>Kies eerst de back-up.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The backup of {when} was restored into {path} and checked.</source>
        <translation>De back-up van {when} is teruggezet in {path} en gecontroleerd.</translation>
    </message>
    <message>
        <source>The replaced store was kept aside in {path}.</source>
        <translation>De vervangen opslag is apart bewaard in {path}.</translation>
    </message>
    <message>
        <source>To work in it, lock Overlegtafel and choose &apos;Other store…&apos;.</source>
        <translation>Om erin te werken: vergrendel Overlegtafel en kies &apos;Andere opslag…&apos;.</translation>
    </message>
</context>
</TS>
