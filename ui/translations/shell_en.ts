<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Overlegtafel</source>
        <translation>About Overlegtafel</translation>
    </message>
    <message>
        <source>Overlegtafel {version}</source>
        <translation>Overlegtafel {version}</translation>
    </message>
    <message>
        <source>Encrypted meeting tool for the periodic IND–OM consultation on 1F cases. Uses no network.</source>
        <translation>Encrypted meeting tool for the periodic IND–OM consultation on 1F cases. Uses no network.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Qt is used under the GNU Lesser General Public License v3. You may replace the Qt libraries shipped with this application by your own build; the Qt source code is available from qt.io.</source>
        <translation>Qt is used under the GNU Lesser General Public License v3. You may replace the Qt libraries shipped with this application by your own build; the Qt source code is available from qt.io.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
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
        <source>Changing the passphrase</source>
        <translation>Changing the passphrase</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to Overlegtafel</source>
        <translation>Welcome to Overlegtafel</translation>
    </message>
    <message>
        <source>Overlegtafel keeps the anonymised cases, agendas, minutes, decisions and action items of the IND–OM consultation on 1F cases in an encrypted store on this computer, and prints the official records.</source>
        <translation>Overlegtafel keeps the anonymised cases, agendas, minutes, decisions and action items of the IND–OM consultation on 1F cases in an encrypted store on this computer, and prints the official records.</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>Create a new store</translation>
    </message>
    <message>
        <source>Open an existing store…</source>
        <translation>Open an existing store…</translation>
    </message>
    <message>
        <source>Open an existing store</source>
        <translation>Open an existing store</translation>
    </message>
    <message>
        <source>Try the demo (fictitious cases)</source>
        <translation>Try the demo (fictitious cases)</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>The demo opens a separate store with clearly fictitious cases and meetings. Its passphrase is public, so never put real cases in it.</source>
        <translation>The demo opens a separate store with clearly fictitious cases and meetings. Its passphrase is public, so never put real cases in it.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create a new store</source>
        <translation>Create a new store</translation>
    </message>
    <message>
        <source>Choose a passphrase that you will remember: a sentence of four or more words works well. Nobody can reset it for you; the recovery code shown next is the only way back.</source>
        <translation>Choose a passphrase that you will remember: a sentence of four or more words works well. Nobody can reset it for you; the recovery code shown next is the only way back.</translation>
    </message>
    <message>
        <source>Store folder</source>
        <translation>Store folder</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation>Choose the store folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Your name in the audit log</source>
        <translation>Your name in the audit log</translation>
    </message>
    <message>
        <source>e.g. secretary IND</source>
        <translation>e.g. secretary IND</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>Creating the store</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Create store</translation>
    </message>
</context>
<context>
    <name>KeyringChoice</name>
    <message>
        <source>Checking the keyring of this computer…</source>
        <translation>Checking the keyring of this computer…</translation>
    </message>
    <message>
        <source>Protect the store with the passphrase only</source>
        <translation>Protect the store with the passphrase only</translation>
    </message>
    <message>
        <source>Without a keyring, anyone with a copy of the store and the passphrase can open it.</source>
        <translation>Without a keyring, anyone with a copy of the store and the passphrase can open it.</translation>
    </message>
    <message>
        <source>Passphrase only on this computer</source>
        <translation>Passphrase only on this computer</translation>
    </message>
    <message>
        <source>The store key is protected by your passphrase and by this computer's keyring ({backend}). A copy of the store plus the passphrase is not enough to open it.</source>
        <translation>The store key is protected by your passphrase and by this computer's keyring ({backend}). A copy of the store plus the passphrase is not enough to open it.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring (the protected password store of the operating system) for the store's key. Tick the box below to protect the store with your passphrase only: then anyone who has a copy of the store and the passphrase can open it. Without the tick you cannot create the store here.</source>
        <translation>This computer has no secure keyring (the protected password store of the operating system) for the store's key. Tick the box below to protect the store with your passphrase only: then anyone who has a copy of the store and the passphrase can open it. Without the tick you cannot create the store here.</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Checking the keyring…</translation>
    </message>
    <message>
        <source>Tick the box to use the passphrase only on this computer.</source>
        <translation>Tick the box to use the passphrase only on this computer.</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <source>Store created</source>
        <translation>Store created</translation>
    </message>
    <message>
        <source>Store unlocked</source>
        <translation>Store unlocked</translation>
    </message>
    <message>
        <source>Access recovered with recovery code</source>
        <translation>Access recovered with recovery code</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>New recovery code made</source>
        <translation>New recovery code made</translation>
    </message>
    <message>
        <source>Database key replaced</source>
        <translation>Database key replaced</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>Document exported</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <source>Anonymity finding kept with reason</source>
        <translation>Anonymity finding kept with reason</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Store and keys</source>
        <translation>Store and keys</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Anonymity guard</source>
        <translation>Anonymity guard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>LogbookArea</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Who did what and when. The log never holds case content; each entry is chained to the previous one, so changes are detectable.</source>
        <translation>Who did what and when. The log never holds case content; each entry is chained to the previous one, so changes are detectable.</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Kind of action</translation>
    </message>
    <message>
        <source>Object, e.g. C-2026-014</source>
        <translation>Object, e.g. C-2026-014</translation>
    </message>
    <message>
        <source>Filter on object</source>
        <translation>Filter on object</translation>
    </message>
    <message>
        <source>Check chain</source>
        <translation>Check chain</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Chain intact: {n} entries checked.</source>
        <translation>Chain intact: {n} entries checked.</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {n}: {reason}</source>
        <translation>Chain BROKEN at entry {n}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sheet saved to {path}. Print it, then delete the file.</source>
        <translation>Sheet saved to {path}. Print it, then delete the file.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Overlegtafel</source>
        <translation>&amp;About Overlegtafel</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation>Choose the store folder</translation>
    </message>
    <message>
        <source>No store here</source>
        <translation>No store here</translation>
    </message>
    <message>
        <source>The folder {path} does not contain an Overlegtafel store.</source>
        <translation>The folder {path} does not contain an Overlegtafel store.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>{actor} · {path}</source>
        <translation>{actor} · {path}</translation>
    </message>
    <message>
        <source>You have not confirmed that the recovery code is stored safely. It is shown only now; without it and without the passphrase the data is lost for good. Quit anyway?</source>
        <translation>You have not confirmed that the recovery code is stored safely. It is shown only now; without it and without the passphrase the data is lost for good. Quit anyway?</translation>
    </message>
    <message>
        <source>Meeting {number} is in progress. Quit anyway? The minutes typed so far are saved; the meeting stays open and continues after the next start.</source>
        <translation>Meeting {number} is in progress. Quit anyway? The minutes typed so far are saved; the meeting stays open and continues after the next start.</translation>
    </message>
    <message>
        <source>Quit Overlegtafel</source>
        <translation>Quit Overlegtafel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one: the old sheet stops working. Enter your passphrase to continue.</source>
        <translation>A new recovery code replaces the old one: the old sheet stops working. Enter your passphrase to continue.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Recover access with the recovery code</source>
        <translation>Recover access with the recovery code</translation>
    </message>
    <message>
        <source>Enter the recovery code from the sheet (spaces and dashes do not matter), then choose a new passphrase for this computer. The data and its key stay the same.</source>
        <translation>Enter the recovery code from the sheet (spaces and dashes do not matter), then choose a new passphrase for this computer. The data and its key stay the same.</translation>
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
        <source>Recovering</source>
        <translation>Recovering</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Recover access</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <source>Enter the recovery code.</source>
        <translation>Enter the recovery code.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>This code opens the store on a new laptop, or when this computer's keyring loses its key. It is shown only now. Write it down or print the sheet, and keep it in a safe place away from this laptop. Without passphrase and recovery code the data is lost for good: there is no back door.</source>
        <translation>This code opens the store on a new laptop, or when this computer's keyring loses its key. It is shown only now. Write it down or print the sheet, and keep it in a safe place away from this laptop. Without passphrase and recovery code the data is lost for good: there is no back door.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>Save sheet as PDF…</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Print sheet…</translation>
    </message>
    <message>
        <source>I have stored the recovery code safely</source>
        <translation>I have stored the recovery code safely</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>RecoveryReminder</name>
    <message>
        <source>The recovery code of this store was never confirmed as stored safely. Without it and without the passphrase the data is lost for good. If you no longer have the code, make a new one in Settings › Security.</source>
        <translation>The recovery code of this store was never confirmed as stored safely. Without it and without the passphrase the data is lost for good. If you no longer have the code, make a new one in Settings › Security.</translation>
    </message>
    <message>
        <source>I have stored the recovery code safely</source>
        <translation>I have stored the recovery code safely</translation>
    </message>
</context>
<context>
    <name>RecoverySheetActions</name>
    <message>
        <source>Save recovery sheet</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Your name in the audit log</source>
        <translation>Your name in the audit log</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Default classification marking</source>
        <translation>Default classification marking</translation>
    </message>
    <message>
        <source>(no marking)</source>
        <translation>(no marking)</translation>
    </message>
    <message>
        <source>The chair or owner decides the marking of each record; Overlegtafel records and prints it.</source>
        <translation>The chair or owner decides the marking of each record; Overlegtafel records and prints it.</translation>
    </message>
    <message>
        <source>Name of the consultation</source>
        <translation>Name of the consultation</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Lock when the screen locks or the computer sleeps</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Checking the keyring…</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>New recovery code…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The language changes when Overlegtafel starts again.</source>
        <translation>The language changes when Overlegtafel starts again.</translation>
    </message>
    <message>
        <source>Passphrase and keyring ({backend}).</source>
        <translation>Passphrase and keyring ({backend}).</translation>
    </message>
    <message>
        <source>Passphrase only on this computer. Available keyring: {backend} ({state}).</source>
        <translation>Passphrase only on this computer. Available keyring: {backend} ({state}).</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>secure</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>not secure</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>Sheet saved to {path}. Print it, then delete the file.</source>
        <translation>Sheet saved to {path}. Print it, then delete the file.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Overlegtafel is locked</source>
        <translation>Overlegtafel is locked</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Recover with recovery code…</source>
        <translation>Recover with recovery code…</translation>
    </message>
    <message>
        <source>Other store…</source>
        <translation>Other store…</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without activity. Nothing you typed was lost.</source>
        <translation>Locked after {minutes} minutes without activity. Nothing you typed was lost.</translation>
    </message>
    <message>
        <source>Locked on request (Ctrl+L). Nothing you typed was lost.</source>
        <translation>Locked on request (Ctrl+L). Nothing you typed was lost.</translation>
    </message>
    <message>
        <source>Locked because the screen was locked. Nothing you typed was lost.</source>
        <translation>Locked because the screen was locked. Nothing you typed was lost.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep. Nothing you typed was lost.</source>
        <translation>Locked because the computer went to sleep. Nothing you typed was lost.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the store.</source>
        <translation>Enter your passphrase to open the store.</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>Store: {path}</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <source>Choose the store folder</source>
        <translation>Choose the store folder</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>AUDIT LOG DAMAGED: %1. This stays visible until a backup is restored; 'overlegtafel verify' gives the details.</source>
        <translation>AUDIT LOG DAMAGED: %1. This stays visible until a backup is restored; 'overlegtafel verify' gives the details.</translation>
    </message>
    <message>
        <source>DEMO — this store holds only fictitious cases. Never enter real cases here.</source>
        <translation>DEMO — this store holds only fictitious cases. Never enter real cases here.</translation>
    </message>
    <message>
        <source>Warning: this store is protected by the passphrase only, without the keyring of this computer. A copy of the store plus the passphrase opens it.</source>
        <translation>Warning: this store is protected by the passphrase only, without the keyring of this computer. A copy of the store plus the passphrase opens it.</translation>
    </message>
    <message>
        <source>A key change was completed after an interruption: make a new recovery code in Settings › Security.</source>
        <translation>A key change was completed after an interruption: make a new recovery code in Settings › Security.</translation>
    </message>
    <message>
        <source>The disk is full: the store was opened read-only. You can view everything, print and make a backup to another disk, but not change anything. Free some space and unlock again.</source>
        <translation>The disk is full: the store was opened read-only. You can view everything, print and make a backup to another disk, but not change anything. Free some space and unlock again.</translation>
    </message>
    <message>
        <source>The previous session did not close normally. The store was checked and is in order.</source>
        <translation>The previous session did not close normally. The store was checked and is in order.</translation>
    </message>
</context>
</TS>
