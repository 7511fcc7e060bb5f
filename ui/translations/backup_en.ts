<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>Use the default folder</translation>
    </message>
    <message>
        <source>Use the default backup folder beside the store</source>
        <translation>Use the default backup folder beside the store</translation>
    </message>
    <message>
        <source>Last successful backup</source>
        <translation>Last successful backup</translation>
    </message>
    <message>
        <source>Back up automatically when Overlegtafel locks or closes</source>
        <translation>Back up automatically when Overlegtafel locks or closes</translation>
    </message>
    <message>
        <source>Only after changes, and only if the store passes its quick check. Kept: the 5 newest, one per day for the last 7 days and one per week for the last 4 weeks. Backups are encrypted: they open with your passphrase on this computer or with the recovery code.</source>
        <translation>Only after changes, and only if the store passes its quick check. Kept: the 5 newest, one per day for the last 7 days and one per week for the last 4 weeks. Backups are encrypted: they open with your passphrase on this computer or with the recovery code.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>Restore a backup into a new folder</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Backup status</translation>
    </message>
    <message>
        <source>Copy error report</source>
        <translation>Copy error report</translation>
    </message>
    <message>
        <source>Copy the error report for the administrator</source>
        <translation>Copy the error report for the administrator</translation>
    </message>
    <message>
        <source>{path} (default, beside the store)</source>
        <translation>{path} (default, beside the store)</translation>
    </message>
    <message>
        <source>None yet in this folder.</source>
        <translation>None yet in this folder.</translation>
    </message>
    <message>
        <source>{when} ({size}); the only backup in this folder</source>
        <translation>{when} ({size}); the only backup in this folder</translation>
    </message>
    <message>
        <source>{when} ({size}); {count} backups in this folder</source>
        <translation>{when} ({size}); {count} backups in this folder</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>The last automatic backup failed: {reason}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Backup saved: {file} ({size}).</source>
        <translation>Backup saved: {file} ({size}).</translation>
    </message>
    <message>
        <source>Backups now go to {path}.</source>
        <translation>Backups now go to {path}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Error report copied. It holds no case content.</source>
        <translation>Error report copied. It holds no case content.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The backup is restored into the folder you choose. The open store is never replaced; to replace it, close Overlegtafel and use the command 'overlegtafel restore'.</source>
        <translation>The backup is restored into the folder you choose. The open store is never replaced; to replace it, close Overlegtafel and use the command 'overlegtafel restore'.</translation>
    </message>
    <message>
        <source>The backup replaces the store in {path}; that store is kept aside, not deleted. Or choose another folder.</source>
        <translation>The backup replaces the store in {path}; that store is kept aside, not deleted. Or choose another folder.</translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation>No backup chosen.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Choose backup…</source>
        <translation>Choose backup…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Replace the store in its folder</source>
        <translation>Replace the store in its folder</translation>
    </message>
    <message>
        <source>Replace the closed store</source>
        <translation>Replace the closed store</translation>
    </message>
    <message>
        <source>Into another folder:</source>
        <translation>Into another folder:</translation>
    </message>
    <message>
        <source>Restore into another folder</source>
        <translation>Restore into another folder</translation>
    </message>
    <message>
        <source>No folder chosen.</source>
        <translation>No folder chosen.</translation>
    </message>
    <message>
        <source>Folder for the restored store</source>
        <translation>Folder for the restored store</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Choose the folder for the restored store</source>
        <translation>Choose the folder for the restored store</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>With the passphrase (this computer)</source>
        <translation>With the passphrase (this computer)</translation>
    </message>
    <message>
        <source>Open the backup with the passphrase</source>
        <translation>Open the backup with the passphrase</translation>
    </message>
    <message>
        <source>With the recovery code (another computer)</source>
        <translation>With the recovery code (another computer)</translation>
    </message>
    <message>
        <source>Open the backup with the recovery code</source>
        <translation>Open the backup with the recovery code</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <source>Overlegtafel backups (*{suffix})</source>
        <translation>Overlegtafel backups (*{suffix})</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Backup of {when}, schema version {version}, made by Overlegtafel {app}; the file is intact.</source>
        <translation>Backup of {when}, schema version {version}, made by Overlegtafel {app}; the file is intact.</translation>
    </message>
    <message>
        <source>Choose the folder for the restored store.</source>
        <translation>Choose the folder for the restored store.</translation>
    </message>
    <message>
        <source>That is the open store. Choose another folder, or lock Overlegtafel first.</source>
        <translation>That is the open store. Choose another folder, or lock Overlegtafel first.</translation>
    </message>
    <message>
        <source>There is already a store in that folder. Choose an empty folder.</source>
        <translation>There is already a store in that folder. Choose an empty folder.</translation>
    </message>
    <message>
        <source>Choose the backup first.</source>
        <translation>Choose the backup first.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>The backup of {when} was restored into {path} and checked.</source>
        <translation>The backup of {when} was restored into {path} and checked.</translation>
    </message>
    <message>
        <source>The replaced store was kept aside in {path}.</source>
        <translation>The replaced store was kept aside in {path}.</translation>
    </message>
    <message>
        <source>To work in it, lock Overlegtafel and choose 'Other store…'.</source>
        <translation>To work in it, lock Overlegtafel and choose 'Other store…'.</translation>
    </message>
</context>
</TS>
