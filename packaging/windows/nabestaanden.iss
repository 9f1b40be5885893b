; Inno Setup script: Nabestaanden for Windows, installed per user (no administrator
; rights), with a Start-menu entry. Build the one-folder app first on Windows
; (`pyinstaller packaging\nabestaanden.spec --noconfirm --distpath dist --workpath build`),
; then: `iscc packaging\windows\nabestaanden.iss` (Inno Setup 6.3 or later). The installer is
; written to dist\installer\. See packaging\README.md for signing.
;
; Uninstalling removes the program and leaves the user's data (their dossiers, in
; %APPDATA%\Nabestaanden, and the key in Windows Credential Manager) in place, and
; says so: the data is the family's, not the program's.

#define AppName "Nabestaanden"
#define AppVersion "0.1.0"
#define AppId "nl.nabestaanden.Nabestaanden"
#define SourceDir "..\..\dist\nabestaanden"

[Setup]
AppId={{8B7E6C2A-4F1D-4C3B-9E5A-2D6F0A1B7C94}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
; Per user, without administrator rights: installs in %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppName}.exe
SetupIconFile=..\icons\nabestaanden.ico
OutputDir=..\..\dist\installer
OutputBaseFilename=Nabestaanden-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.DataKept=Nabestaanden is verwijderd.%n%nUw gegevens zijn NIET verwijderd. Ze staan nog in:%n%1%n%nDe sleutel staat in Windows Referentiebeheer (Credential Manager). Hebt u de gegevens niet meer nodig? Verwijder die map dan zelf.
english.DataKept=Nabestaanden has been removed.%n%nYour data has NOT been removed. It is still in:%n%1%n%nThe key is in Windows Credential Manager. If you no longer need the data, delete that folder yourself.
dutch.DesktopIcon=Snelkoppeling op het bureaublad
english.DesktopIcon=Shortcut on the desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

; An upgrade starts from a clean program folder: files a new version no longer ships
; (an old letter text, an old library) must not linger and be loaded.
[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppName}.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Only the program's own files are removed; nothing under %APPDATA%\Nabestaanden.
[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{userappdata}\{#AppName}')]),
      mbInformation, MB_OK);
end;
