<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Overlegtafel</source>
        <translation>Over Overlegtafel</translation>
    </message>
    <message>
        <source>Overlegtafel {version}</source>
        <translation>Overlegtafel {version}</translation>
    </message>
    <message>
        <source>Encrypted meeting tool for the periodic IND–OM consultation on 1F cases. Uses no network.</source>
        <translation>Versleutelde vergadertool voor het periodieke IND–OM-overleg over 1F-zaken. Gebruikt geen netwerk.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>Qt is used under the GNU Lesser General Public License v3. You may replace the Qt libraries shipped with this application by your own build; the Qt source code is available from qt.io.</source>
        <translation>Qt wordt gebruikt onder de GNU Lesser General Public License v3. U mag de meegeleverde Qt-bibliotheken vervangen door een eigen build; de broncode van Qt is verkrijgbaar via qt.io.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidig wachtwoord</translation>
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
        <source>Changing the passphrase</source>
        <translation>Wachtwoord wordt gewijzigd</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to Overlegtafel</source>
        <translation>Welkom bij Overlegtafel</translation>
    </message>
    <message>
        <source>Overlegtafel keeps the anonymised cases, agendas, minutes, decisions and action items of the IND–OM consultation on 1F cases in an encrypted store on this computer, and prints the official records.</source>
        <translation>Overlegtafel bewaart de geanonimiseerde casussen, agenda's, verslagen, besluiten en actiepunten van het IND–OM-overleg over 1F-zaken in een versleutelde opslag op deze computer, en drukt de officiële stukken af.</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>Nieuwe opslag maken</translation>
    </message>
    <message>
        <source>Open an existing store…</source>
        <translation>Bestaande opslag openen…</translation>
    </message>
    <message>
        <source>Open an existing store</source>
        <translation>Bestaande opslag openen</translation>
    </message>
    <message>
        <source>Try the demo (fictitious cases)</source>
        <translation>Demo proberen (fictieve casussen)</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo proberen</translation>
    </message>
    <message>
        <source>The demo opens a separate store with clearly fictitious cases and meetings. Its passphrase is public, so never put real cases in it.</source>
        <translation>De demo opent een aparte opslag met duidelijk fictieve casussen en overleggen. Het wachtwoord daarvan is openbaar: zet er dus nooit echte casussen in.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create a new store</source>
        <translation>Nieuwe opslag maken</translation>
    </message>
    <message>
        <source>Choose a passphrase that you will remember: a sentence of four or more words works well. Nobody can reset it for you; the recovery code shown next is the only way back.</source>
        <translation>Kies een wachtwoord dat u onthoudt: een zin van vier of meer woorden werkt goed. Niemand kan het voor u herstellen; de herstelcode die hierna verschijnt is de enige weg terug.</translation>
    </message>
    <message>
        <source>Store folder</source>
        <translation>Map van de opslag</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation>Kies de map van de opslag</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Your name in the audit log</source>
        <translation>Uw naam in het logboek</translation>
    </message>
    <message>
        <source>e.g. secretary IND</source>
        <translation>bijv. secretaris IND</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Herhaal wachtwoord</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>Opslag wordt gemaakt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Opslag maken</translation>
    </message>
</context>
<context>
    <name>KeyringChoice</name>
    <message>
        <source>Checking the keyring of this computer…</source>
        <translation>De sleutelbos van deze computer wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Protect the store with the passphrase only</source>
        <translation>Opslag alleen met het wachtwoord beveiligen</translation>
    </message>
    <message>
        <source>Without a keyring, anyone with a copy of the store and the passphrase can open it.</source>
        <translation>Zonder sleutelbos kan iedereen met een kopie van de opslag en het wachtwoord hem openen.</translation>
    </message>
    <message>
        <source>Passphrase only on this computer</source>
        <translation>Alleen wachtwoord op deze computer</translation>
    </message>
    <message>
        <source>The store key is protected by your passphrase and by this computer's keyring ({backend}). A copy of the store plus the passphrase is not enough to open it.</source>
        <translation>De sleutel van de opslag wordt beschermd door uw wachtwoord én door de sleutelbos van deze computer ({backend}). Een kopie van de opslag plus het wachtwoord is niet genoeg om hem te openen.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring (the protected password store of the operating system) for the store&apos;s key. Tick the box below to protect the store with your passphrase only: then anyone who has a copy of the store and the passphrase can open it. Without the tick you cannot create the store here.</source>
        <translation>Deze computer heeft geen veilige sleutelbos (de beveiligde wachtwoordopslag van het besturingssysteem) voor de sleutel van de opslag. Vink het vakje hieronder aan om de opslag alleen met uw wachtwoord te beveiligen: dan kan iedereen met een kopie van de opslag en het wachtwoord hem openen. Zonder vinkje kunt u de opslag hier niet aanmaken.</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Sleutelbos wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Tick the box to use the passphrase only on this computer.</source>
        <translation>Vink aan dat u alleen het wachtwoord op deze computer wilt gebruiken.</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <source>Store created</source>
        <translation>Opslag gemaakt</translation>
    </message>
    <message>
        <source>Store unlocked</source>
        <translation>Opslag ontgrendeld</translation>
    </message>
    <message>
        <source>Access recovered with recovery code</source>
        <translation>Toegang hersteld met herstelcode</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>New recovery code made</source>
        <translation>Nieuwe herstelcode gemaakt</translation>
    </message>
    <message>
        <source>Database key replaced</source>
        <translation>Databasesleutel vervangen</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Instelling gewijzigd</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>Document geëxporteerd</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Document afgedrukt</translation>
    </message>
    <message>
        <source>Anonymity finding kept with reason</source>
        <translation>Anonimiteitsmelding met reden behouden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Store and keys</source>
        <translation>Opslag en sleutels</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Anonymity guard</source>
        <translation>Anonimiteitscontrole</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>LogbookArea</name>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Who did what and when. The log never holds case content; each entry is chained to the previous one, so changes are detectable.</source>
        <translation>Wie deed wat en wanneer. Het logboek bevat nooit inhoud van casussen; elke regel is aan de vorige gekoppeld, zodat wijzigingen opvallen.</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Soort handeling</translation>
    </message>
    <message>
        <source>Object, e.g. C-2026-014</source>
        <translation>Object, bijv. C-2026-014</translation>
    </message>
    <message>
        <source>Filter on object</source>
        <translation>Filter op object</translation>
    </message>
    <message>
        <source>Check chain</source>
        <translation>Keten controleren</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Regels van het logboek</translation>
    </message>
    <message>
        <source>Chain intact: {n} entries checked.</source>
        <translation>Keten intact: {n} regels gecontroleerd.</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {n}: {reason}</source>
        <translation>Keten GEBROKEN bij regel {n}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sheet saved to {path}. Print it, then delete the file.</source>
        <translation>Blad opgeslagen als {path}. Druk het af en verwijder daarna het bestand.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documenten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Overlegtafel</source>
        <translation>&amp;Over Overlegtafel</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation>Kies de map van de opslag</translation>
    </message>
    <message>
        <source>No store here</source>
        <translation>Hier staat geen opslag</translation>
    </message>
    <message>
        <source>The folder {path} does not contain an Overlegtafel store.</source>
        <translation>De map {path} bevat geen opslag van Overlegtafel.</translation>
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
        <translation>U hebt nog niet bevestigd dat de herstelcode veilig is opgeborgen. De code wordt alleen nu getoond; zonder code en zonder wachtwoordzin zijn de gegevens voorgoed verloren. Toch afsluiten?</translation>
    </message>
    <message>
        <source>Meeting {number} is in progress. Quit anyway? The minutes typed so far are saved; the meeting stays open and continues after the next start.</source>
        <translation>Vergadering {number} is bezig. Toch afsluiten? Het verslag tot nu toe is opgeslagen; de vergadering blijft open en gaat verder na de volgende start.</translation>
    </message>
    <message>
        <source>Quit Overlegtafel</source>
        <translation>Overlegtafel afsluiten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one: the old sheet stops working. Enter your passphrase to continue.</source>
        <translation>Een nieuwe herstelcode vervangt de oude: het oude blad werkt dan niet meer. Voer uw wachtwoord in om door te gaan.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Recover access with the recovery code</source>
        <translation>Toegang herstellen met de herstelcode</translation>
    </message>
    <message>
        <source>Enter the recovery code from the sheet (spaces and dashes do not matter), then choose a new passphrase for this computer. The data and its key stay the same.</source>
        <translation>Voer de herstelcode van het blad in (spaties en streepjes maken niet uit) en kies daarna een nieuw wachtwoord voor deze computer. De gegevens en hun sleutel blijven dezelfde.</translation>
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
        <source>Recovering</source>
        <translation>Bezig met herstellen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Recover access</source>
        <translation>Toegang herstellen</translation>
    </message>
    <message>
        <source>Enter the recovery code.</source>
        <translation>Voer de herstelcode in.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <source>This code opens the store on a new laptop, or when this computer's keyring loses its key. It is shown only now. Write it down or print the sheet, and keep it in a safe place away from this laptop. Without passphrase and recovery code the data is lost for good: there is no back door.</source>
        <translation>Met deze code opent u de opslag op een nieuwe laptop, of als de sleutelbos van deze computer zijn sleutel kwijtraakt. Hij wordt alleen nu getoond. Schrijf hem op of druk het blad af, en bewaar hem op een veilige plek, niet bij deze laptop. Zonder wachtwoord én herstelcode zijn de gegevens voorgoed verloren: er is geen achterdeur.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>Blad opslaan als PDF…</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Blad afdrukken…</translation>
    </message>
    <message>
        <source>I have stored the recovery code safely</source>
        <translation>Ik heb de herstelcode veilig opgeborgen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
</context>
<context>
    <name>RecoveryReminder</name>
    <message>
        <source>The recovery code of this store was never confirmed as stored safely. Without it and without the passphrase the data is lost for good. If you no longer have the code, make a new one in Settings › Security.</source>
        <translation>Er is nooit bevestigd dat de herstelcode van deze opslag veilig is opgeborgen. Zonder code en zonder wachtwoordzin zijn de gegevens voorgoed verloren. Hebt u de code niet meer, maak dan een nieuwe via Instellingen › Beveiliging.</translation>
    </message>
    <message>
        <source>I have stored the recovery code safely</source>
        <translation>Ik heb de herstelcode veilig opgeborgen</translation>
    </message>
</context>
<context>
    <name>RecoverySheetActions</name>
    <message>
        <source>Save recovery sheet</source>
        <translation>Herstelcodeblad opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Herstelcodeblad</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Your name in the audit log</source>
        <translation>Uw naam in het logboek</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Default classification marking</source>
        <translation>Standaardrubricering</translation>
    </message>
    <message>
        <source>(no marking)</source>
        <translation>(geen rubricering)</translation>
    </message>
    <message>
        <source>The chair or owner decides the marking of each record; Overlegtafel records and prints it.</source>
        <translation>De voorzitter of eigenaar bepaalt de rubricering van elk stuk; Overlegtafel legt die vast en drukt haar af.</translation>
    </message>
    <message>
        <source>Name of the consultation</source>
        <translation>Naam van het overleg</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Vergrendelen na inactiviteit</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Vergrendelen als het scherm vergrendelt of de computer slaapt</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Sleutelbos wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Sleutelbos</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Nieuwe herstelcode…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>The language changes when Overlegtafel starts again.</source>
        <translation>De taal verandert als Overlegtafel opnieuw start.</translation>
    </message>
    <message>
        <source>Passphrase and keyring ({backend}).</source>
        <translation>Wachtwoord en sleutelbos ({backend}).</translation>
    </message>
    <message>
        <source>Passphrase only on this computer. Available keyring: {backend} ({state}).</source>
        <translation>Alleen wachtwoord op deze computer. Beschikbare sleutelbos: {backend} ({state}).</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>veilig</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>niet veilig</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Wachtwoord gewijzigd.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <source>Sheet saved to {path}. Print it, then delete the file.</source>
        <translation>Blad opgeslagen als {path}. Druk het af en verwijder daarna het bestand.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Overlegtafel is locked</source>
        <translation>Overlegtafel is vergrendeld</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Bezig met ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Recover with recovery code…</source>
        <translation>Herstellen met herstelcode…</translation>
    </message>
    <message>
        <source>Other store…</source>
        <translation>Andere opslag…</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without activity. Nothing you typed was lost.</source>
        <translation>Vergrendeld na {minutes} minuten zonder activiteit. Niets van wat u typte is verloren.</translation>
    </message>
    <message>
        <source>Locked on request (Ctrl+L). Nothing you typed was lost.</source>
        <translation>Vergrendeld op verzoek (Ctrl+L). Niets van wat u typte is verloren.</translation>
    </message>
    <message>
        <source>Locked because the screen was locked. Nothing you typed was lost.</source>
        <translation>Vergrendeld omdat het scherm werd vergrendeld. Niets van wat u typte is verloren.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep. Nothing you typed was lost.</source>
        <translation>Vergrendeld omdat de computer in slaapstand ging. Niets van wat u typte is verloren.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the store.</source>
        <translation>Voer uw wachtwoord in om de opslag te openen.</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>Opslag: {path}</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <source>Choose the store folder</source>
        <translation>Kies de map van de opslag</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>AUDIT LOG DAMAGED: %1. This stays visible until a backup is restored; &apos;overlegtafel verify&apos; gives the details.</source>
        <translation>LOGBOEK BESCHADIGD: %1. Deze melding blijft staan tot er een back-up is teruggezet; &apos;overlegtafel verify&apos; geeft de details.</translation>
    </message>
    <message>
        <source>DEMO — this store holds only fictitious cases. Never enter real cases here.</source>
        <translation>DEMO — deze opslag bevat alleen fictieve casussen. Voer hier nooit echte casussen in.</translation>
    </message>
    <message>
        <source>Warning: this store is protected by the passphrase only, without the keyring of this computer. A copy of the store plus the passphrase opens it.</source>
        <translation>Let op: deze opslag wordt alleen door het wachtwoord beschermd, zonder de sleutelbos van deze computer. Een kopie van de opslag plus het wachtwoord opent hem.</translation>
    </message>
    <message>
        <source>A key change was completed after an interruption: make a new recovery code in Settings › Security.</source>
        <translation>Een sleutelwissel is na een onderbreking afgerond: maak een nieuwe herstelcode via Instellingen › Beveiliging.</translation>
    </message>
    <message>
        <source>The disk is full: the store was opened read-only. You can view everything, print and make a backup to another disk, but not change anything. Free some space and unlock again.</source>
        <translation>De schijf is vol: de opslag is alleen-lezen geopend. U kunt alles bekijken, afdrukken en een back-up naar een andere schijf maken, maar niets wijzigen. Maak ruimte vrij en ontgrendel opnieuw.</translation>
    </message>
    <message>
        <source>The previous session did not close normally. The store was checked and is in order.</source>
        <translation>De vorige sessie is niet normaal afgesloten. De opslag is gecontroleerd en in orde.</translation>
    </message>
</context>
</TS>
