; Inno Setup 6 script of enrol's Windows installer: per-user or all-users install of the PyInstaller bundle,
; Start-menu and desktop shortcuts, Kazakh/Russian/English wizard, an uninstaller that keeps the centre's data
; unless the user asks to delete it.
;
; Built on Windows, after PyInstaller made dist\enrol (installer/build in Git Bash does both), or by hand from
; the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\enrol.iss
; Result: dist\enrol-<version>-setup.exe. Saved as UTF-8 with a byte order mark (Kazakh and Russian texts).

#ifndef AppVersion
  #error Pass the version from pyproject.toml: ISCC /DAppVersion=X.Y.Z installer\windows\enrol.iss
#endif
; The bundle PyInstaller made, and where the setup goes; installer/windows/check passes its own (/DBundle=…).
#ifndef Bundle
  #define Bundle "..\..\dist\enrol"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to earlier installs: never change it.
AppId={{6F3B2A4E-9C1D-4E8B-A7F5-2D0C8E41B9A3}
AppName=enrol
AppVersion={#AppVersion}
AppVerName=enrol {#AppVersion}
AppPublisher=enrol
; Per user (no administrator needed: the front desk PC's staff can install it) unless the user picks
; "for all users" in the dialog or IT runs the installer with /ALLUSERS.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; {autopf}: %LOCALAPPDATA%\Programs for one user, C:\Program Files for all users (DefaultAppDir below). The
; data folder is elsewhere (%LOCALAPPDATA%\enrol), so reinstalling or upgrading never touches the database.
DefaultDirName={code:DefaultAppDir}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=enrol-{#AppVersion}-setup
SetupIconFile=..\..\enrol\resources\icons\enrol.ico
UninstallDisplayIcon={app}\enrol-gui.exe
UninstallDisplayName=enrol {#AppVersion}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; An upgrade closes a running enrol (Windows Restart Manager) instead of failing on locked files.
CloseApplications=yes
ShowLanguageDialog=yes

[Languages]
; Kazakh first: the wizard falls back to the first language when Windows speaks none of the three.
; Inno Setup has no Kazakh translation of its own: Kazakh.isl (beside this file) translates the messages the
; wizard shows, over Default.isl's English for anything it lacks.
Name: "kk"; MessagesFile: "compiler:Default.isl,Kazakh.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
kk.AppComment=Балаларды тіркеу, үйірмелерге қабылдау, қатысу және топ тізімдері
ru.AppComment=Регистрация детей, запись в кружки, посещаемость и списки групп
en.AppComment=Register children, enrol them in clubs, attendance and rosters
kk.DeleteDataQuestion=enrol деректерін де жою керек пе?%n%n%1%n%nБұл қалтада дерекқор (балалар, топтар, қатысу), оның сақтық көшірмелері және журналдар бар. Оларды сақтау үшін «Жоқ» батырмасын басыңыз: enrol қайта орнатылса, бәрі орнында болады.
ru.DeleteDataQuestion=Удалить также данные enrol?%n%n%1%n%nВ этой папке база данных (дети, группы, посещаемость), её резервные копии и журналы. Нажмите «Нет», чтобы сохранить их: при повторной установке enrol всё будет на месте.
en.DeleteDataQuestion=Delete enrol's data too?%n%n%1%n%nThis folder holds the database (children, groups, attendance), its backups and the logs. Click No to keep them: a reinstalled enrol finds everything where it was.

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's library folder whole: files a newer PyInstaller or Qt no longer ships must
; not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Icons]
; enrol-gui.exe is the windowed program (no console window); enrol.exe beside it is the command line for IT.
; Working folder Documents: where file dialogs start and relative paths land, never the program folder.
Name: "{autoprograms}\enrol"; Filename: "{app}\enrol-gui.exe"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\enrol"; Filename: "{app}\enrol-gui.exe"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\enrol-gui.exe"; Description: "{cm:LaunchProgram,enrol}"; WorkingDir: "{userdocs}"; Flags: nowait postinstall skipifsilent

[Code]
// The program folder: {autopf}\enrol. Wine 8 (where installer/windows/check tests this setup) has no known
// folder for a user's programs (FOLDERID_UserProgramFiles), so there {autopf} fails for a per-user install;
// Windows 10 and 11 have it and never reach the fallback, which names the same folder (%LOCALAPPDATA%\Programs).
function DefaultAppDir(Param: String): String;
begin
  try
    Result := ExpandConstant('{autopf}\enrol');
  except
    Result := ExpandConstant('{localappdata}\Programs\enrol');
  end;
end;

{ The uninstaller removes the program only. The centre's data (enrol.sqlite3, backups, logs in
  %LOCALAPPDATA%\enrol, see enrol/paths.py) goes only when the user says so; a silent uninstall (/SILENT,
  /VERYSILENT, as IT's scripts run it) keeps it. Qt's settings of the desk (the chosen language) live in
  HKCU\Software\enrol and go with the data. Another user's data folder is theirs: it stays. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := ExpandConstant('{localappdata}\enrol');
  if UninstallSilent or not DirExists(DataDir) then
    exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataDir, True, True, True);
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\enrol');
  end;
end;
