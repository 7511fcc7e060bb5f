; Inno Setup 6 script: per-user installer for Overlegtafel on Windows (no administrator rights).
;
; Build on Windows, from the repository root, after the PyInstaller bundle:
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build packaging\overlegtafel.spec
;   iscc packaging\windows\overlegtafel.iss
; Result: dist\overlegtafel-<version>-setup.exe. Another version: iscc /DAppVersion=0.2.0 ...
; (tests/project/test_packaging.py checks that the default below matches pyproject.toml).
;
; The program goes to %LOCALAPPDATA%\Programs\Overlegtafel. The user's data lives elsewhere and is
; never touched by the installer or the uninstaller:
;   %LOCALAPPDATA%\Overlegtafel          encrypted store (opslag\), demo store, logs
;   %APPDATA%\Overlegtafel               preferences (Overlegtafel.ini)
;   Windows Credential Manager           the device secret ("Overlegtafel")

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Overlegtafel"
#define AppId "nl.overlegtafel.Overlegtafel"
#define AppExe "overlegtafel.exe"
#define DistDir "..\..\dist\overlegtafel"

[Setup]
; Never change AppId: it ties updates and the uninstaller to earlier installations.
AppId={{6F0B7C5E-3D1A-4B8E-9C2F-8A4D2E7B1C90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppCopyright=EUPL-1.2
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt, installs into the user's own profile.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
; Fixed place, outside the data folder: no choice to get wrong on a managed laptop.
DisableDirPage=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\icons\overlegtafel.ico
OutputDir=..\..\dist
OutputBaseFilename=overlegtafel-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.12 needs Windows 10 1809 or later.
MinVersion=10.0.17763
; A running Overlegtafel is asked to close (it locks and saves) before files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; Code signing (recommended on managed laptops; SmartScreen and AppLocker policies look at it):
;   iscc /Ssigntool="signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /a $f" ...
; and uncomment:
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.DataKept=Uw gegevens zijn niet verwijderd. De versleutelde opslag staat nog in %1; verwijder die map alleen als u de gegevens zeker niet meer nodig hebt.
en.DataKept=Your data has not been removed. The encrypted store is still in %1; delete that folder only if you are sure you no longer need the data.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder (overlegtafel.exe, overlegtafel-cli.exe and _internal\).
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program folder's libraries completely (no stale DLLs from an older Qt).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{#AppName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what [Files] installed, so the
; store in %LOCALAPPDATA%\Overlegtafel, the preferences and the Credential Manager entry stay.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\{#AppName}');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
