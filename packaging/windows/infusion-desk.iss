; Inno Setup script for the Windows installer of Infusion Desk (Inno Setup 6.3 or newer).
;
; 1. Build the bundle on Windows (Git Bash):  bash packaging/build-bundle.sh
; 2. Check it:                               dist\infusion-desk\infusion-desk.exe --self-test
; 3. Make the installer:                     iscc packaging\windows\infusion-desk.iss
;    -> dist\InfusionDesk-<version>-setup.exe
;
; The version comes from the bundle's own executable (the spec writes pyproject.toml's version into
; its version resource), so there is nothing to keep in step here. It installs for the current user
; by default (no administrator needed), adds a Start-menu entry, and makes a double-click on a
; *.infusiondesk folder file open the app. Uninstalling removes the program, never the folders.

#define AppName "Infusion Desk"
#define AppId "org.infusiondesk.InfusionDesk"
#define ExeName "infusion-desk.exe"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\infusion-desk"
#define AppVersion GetStringFileInfo(BundleDir + "\" + ExeName, "ProductVersion")
#define ProgId "InfusionDesk.Folder"

[Setup]
; The AppId must never change: it is how Windows knows an update from a second app.
AppId={{6F1C2B9E-3D47-4E8A-9B1F-2A7C5D8E4F60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Infusion Desk team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
LicenseFile=..\..\infusion_desk\resources\LICENSE.txt
OutputDir=..\..\dist
OutputBaseFilename=InfusionDesk-{#AppVersion}-setup
SetupIconFile=infusion-desk.ico
UninstallDisplayIcon={app}\{#ExeName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#ExeName}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Registry]
; The folder file type: *.infusiondesk opens with the app ("%1" is the double-clicked file).
; HKA is HKCU for a per-user install and HKLM for an all-users install.
Root: HKA; Subkey: "Software\Classes\.infusiondesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.infusiondesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-infusiondesk"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.infusiondesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Infusion Desk folder"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".infusiondesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
