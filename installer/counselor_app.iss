; Inno Setup 6 script: the Windows installer of Counseling Office Desk (心理辅导室工作台).
;
;   iscc /DAppVersion=0.1.0 /DBundleDir=C:\path\to\dist\counselor-app installer\counselor_app.iss
;
; Input: the one-folder build of installer/counselor_app.spec (counselor-app.exe, counselor-app-cli.exe, _internal\).
; Output: build\installer\CounselorOfficeDesk-<version>-setup.exe. Compiled by .github/workflows/windows-installer.yml
; on a Windows runner; this repository's CI runs on Linux and cannot compile it (README "Installing on Windows").
;
; What it promises (README "Installing on Windows"):
; - per-machine (Program Files, the default, for IT staff) or per-user (no administrator) install, chosen in a dialog
;   or with /ALLUSERS or /CURRENTUSER;
; - start-menu and (optional) desktop shortcuts;
; - the office's data is NOT in the install folder: the application keeps it in %LOCALAPPDATA%\CounselorOfficeDesk
;   (platformdirs, counselor_app/store/location.py; --data-dir or COUNSELOR_DATA_DIR choose another folder) and its
;   logs in %LOCALAPPDATA%\CounselorOfficeDesk-Logs. This script never writes, moves or deletes either;
; - an upgrade installs over the previous version in place (same AppId): the program files are replaced, the
;   office's files are not touched; the application migrates the database at the next login (with a backup first);
; - uninstalling removes the program only and says where the office's data stays.
; The script file is UTF-8 with a byte-order mark (Chinese text below).

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\build\pyinstaller\dist\counselor-app"
#endif
#define AppExe "counselor-app.exe"
#ifndef AppVersion
  ; the version PyInstaller wrote into the program (from counselor_app.__version__)
  #define AppVersion GetVersionNumbersString(AddBackslash(BundleDir) + AppExe)
#endif

[Setup]
; The AppId identifies the application across versions: never change it, or upgrades install side by side.
AppId={{7C3E1B52-6A0D-4E8F-9B71-2D4C5A8E0F13}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppVerName={cm:AppName} {#AppVersion}
AppPublisher=Counseling Office Desk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Counseling Office Desk
DefaultDirName={autopf}\CounselorOfficeDesk
DefaultGroupName={cm:AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; per machine by default (IT staff, from a USB stick); the dialog offers "only for me" without administrator rights
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; a running copy of the program is closed (Restart Manager) before its files are replaced
CloseApplications=yes
RestartApplications=no
SetupIconFile=app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\build\installer
OutputBaseFilename=CounselorOfficeDesk-{#AppVersion}-setup
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; Chinese first: the default when Windows' language is neither Chinese nor English is the first listed.
; ChineseSimplified.isl is an official Inno Setup language file in recent releases (Languages\), and was an
; "unofficial" one (Languages\Unofficial\ in the source, downloaded separately) before. Without it, the wizard's
; standard texts fall back to English while this installer's own texts (counselor_zh_CN.isl) stay Chinese.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl,counselor_zh_CN.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl,counselor_zh_CN.isl"
#else
  #pragma message "ChineseSimplified.isl not found in the compiler's Languages folder: Chinese wizard texts fall back to English"
Name: "chinesesimplified"; MessagesFile: "compiler:Default.isl,counselor_zh_CN.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl,counselor_en.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Upgrade in place: the previous version's program files go first, so that nothing of an older build lingers
; beside the new one. Only the install folder: the office's data is never in it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\CounselorOfficeDesk');
end;

function LogFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\CounselorOfficeDesk-Logs');
end;

procedure CurPageChanged(CurPageID: Integer);
begin
  { the last page says where the office's data lives: not in the install folder }
  if CurPageID = wpFinished then
    WizardForm.FinishedLabel.Caption := WizardForm.FinishedLabel.Caption + #13#10#13#10 +
      FmtMessage(CustomMessage('DataFolderNote'), [DataFolder()]);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { nothing of the office is deleted; the user is told where it stays }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataStays'), [DataFolder(), LogFolder()]), mbInformation, MB_OK);
end;
