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
; - the office's data is NOT in the install folder: by default each Windows user's %LOCALAPPDATA%\CounselorOfficeDesk
;   (platformdirs, counselor_app/store/location.py), or a folder the office chooses on the "data folder" page (e.g.
;   D:\心理辅导室数据, shared by the office's Windows accounts), which this script records in {app}\data-dir.txt
;   for the program to read; --data-dir or COUNSELOR_DATA_DIR still come first. Logs go to
;   %LOCALAPPDATA%\CounselorOfficeDesk-Logs. This script creates the chosen folder but never moves or deletes data;
; - a running copy of the program is found by its named mutex (AppMutex, counselor_app/running.py) before an
;   upgrade or an uninstall, and the user is asked to close it;
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
; a running copy is detected by the mutexes the program creates (counselor_app/running.py: keep the names equal);
; Setup and Uninstall both ask to close it first. Restart Manager then closes anything still holding a file.
AppMutex=CounselorOfficeDesk.Running,Global\CounselorOfficeDesk.Running
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

[Dirs]
; the folder the office chose: created, never removed; for a per-machine install every local account of the office
; may write in it (the database inside is encrypted; the passwords decide who reads it)
Name: "{code:ChosenDataFolder}"; Permissions: users-modify; Flags: uninsneveruninstall; Check: UsesChosenFolder and IsAdminInstallMode
Name: "{code:ChosenDataFolder}"; Flags: uninsneveruninstall; Check: UsesChosenFolder and not IsAdminInstallMode

[UninstallDelete]
; the pointer to the chosen data folder is the program's, not the office's data
Type: files; Name: "{app}\data-dir.txt"

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DataChoicePage: TInputOptionWizardPage;
  DataDirPage: TInputDirWizardPage;
  UninstallDataFolder: String;

function DefaultDataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\CounselorOfficeDesk');
end;

function LogFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\CounselorOfficeDesk-Logs');
end;

function PointerFile(): String;
begin
  Result := ExpandConstant('{app}\data-dir.txt');
end;

function UsesChosenFolder(): Boolean;
begin
  Result := DataChoicePage.SelectedValueIndex = 1;
end;

function ChosenDataFolder(Param: String): String;
begin
  Result := RemoveBackslashUnlessRoot(Trim(DataDirPage.Values[0]));
end;

function DataFolder(): String;
begin
  if UsesChosenFolder() then
    Result := ChosenDataFolder('')
  else
    Result := DefaultDataFolder();
end;

procedure InitializeWizard();
begin
  { after the program folder: where the office's data lives (never inside the program folder) }
  DataChoicePage := CreateInputOptionPage(wpSelectDir, CustomMessage('DataPageCaption'),
    CustomMessage('DataPageDescription'), CustomMessage('DataPageText'), True, False);
  DataChoicePage.Add(FmtMessage(CustomMessage('DataPerUser'), [DefaultDataFolder()]));
  DataChoicePage.Add(CustomMessage('DataChosen'));
  DataDirPage := CreateInputDirPage(DataChoicePage.ID, CustomMessage('DataPageCaption'),
    CustomMessage('DataDirDescription'), CustomMessage('DataDirText'), False, '');
  DataDirPage.Add('');
  { an upgrade offers what was chosen before }
  if GetPreviousData('DataChoice', 'user') = 'chosen' then
    DataChoicePage.SelectedValueIndex := 1
  else
    DataChoicePage.SelectedValueIndex := 0;
  DataDirPage.Values[0] := GetPreviousData('DataDir', ExpandConstant('{sd}\CounselorOfficeDesk-Data'));
end;

procedure RegisterPreviousData(PreviousDataKey: Integer);
begin
  if UsesChosenFolder() then
    SetPreviousData(PreviousDataKey, 'DataChoice', 'chosen')
  else
    SetPreviousData(PreviousDataKey, 'DataChoice', 'user');
  SetPreviousData(PreviousDataKey, 'DataDir', ChosenDataFolder(''));
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  Result := (PageID = DataDirPage.ID) and not UsesChosenFolder();
end;

function IsInside(const Folder, Parent: String): Boolean;
var
  F, P: String;
begin
  F := Lowercase(AddBackslash(Folder));
  P := Lowercase(AddBackslash(Parent));
  Result := Copy(F, 1, Length(P)) = P;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
var
  Folder: String;
begin
  Result := True;
  if CurPageID = DataDirPage.ID then
  begin
    Folder := ChosenDataFolder('');
    { a full path with a drive or a network share, outside the program folder (replaced by every upgrade) }
    if (Length(Folder) < 3) or not ((Copy(Folder, 2, 2) = ':\') or (Copy(Folder, 1, 2) = '\\')) then
    begin
      MsgBox(CustomMessage('DataDirNotFull'), mbError, MB_OK);
      Result := False;
    end
    else if IsInside(Folder, WizardDirValue()) then
    begin
      MsgBox(CustomMessage('DataDirInsideApp'), mbError, MB_OK);
      Result := False;
    end
    else if FileExists(AddBackslash(Folder) + 'office.db') then
      { an office is already there (a reinstall, or a folder moved from another computer): it will be opened }
      Result := MsgBox(FmtMessage(CustomMessage('DataDirHasOffice'), [Folder]), mbConfirmation, MB_YESNO) = IDYES;
  end;
end;

function UpdateReadyMemo(Space, NewLine, MemoUserInfoInfo, MemoDirInfo, MemoTypeInfo, MemoComponentsInfo,
  MemoGroupInfo, MemoTasksInfo: String): String;
begin
  Result := MemoDirInfo + NewLine + NewLine + CustomMessage('DataPageCaption') + NewLine + Space + DataFolder();
  if MemoGroupInfo <> '' then
    Result := Result + NewLine + NewLine + MemoGroupInfo;
  if MemoTasksInfo <> '' then
    Result := Result + NewLine + NewLine + MemoTasksInfo;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Lines: TArrayOfString;
begin
  if CurStep = ssPostInstall then
  begin
    if UsesChosenFolder() then
    begin
      SetArrayLength(Lines, 1);
      Lines[0] := ChosenDataFolder('');
      if not SaveStringsToUTF8File(PointerFile(), Lines, False) then
        MsgBox(FmtMessage(CustomMessage('PointerNotWritten'), [PointerFile()]), mbError, MB_OK);
    end
    else
      { back to each user's own folder (an upgrade that changed the choice): the program reads no pointer }
      DeleteFile(PointerFile());
  end;
end;

procedure CurPageChanged(CurPageID: Integer);
begin
  { the last page says where the office's data lives: not in the install folder }
  if (CurPageID = wpFinished) and UsesChosenFolder() then
    WizardForm.FinishedLabel.Caption := WizardForm.FinishedLabel.Caption + #13#10#13#10 +
      FmtMessage(CustomMessage('DataFolderChosenNote'), [DataFolder()])
  else if CurPageID = wpFinished then
    WizardForm.FinishedLabel.Caption := WizardForm.FinishedLabel.Caption + #13#10#13#10 +
      FmtMessage(CustomMessage('DataFolderNote'), [DataFolder()]);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Lines: TArrayOfString;
begin
  { read the chosen folder before the pointer file goes with the program }
  if CurUninstallStep = usUninstall then
  begin
    UninstallDataFolder := ExpandConstant('{localappdata}\CounselorOfficeDesk');
    if LoadStringsFromFile(ExpandConstant('{app}\data-dir.txt'), Lines) and (GetArrayLength(Lines) > 0) then
      UninstallDataFolder := Trim(Lines[0]);
  end;
  { nothing of the office is deleted; the user is told where it stays }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataStays'), [UninstallDataFolder, LogFolder()]), mbInformation, MB_OK);
end;
