; 审查通 Windows installer (NSIS 3, Unicode). Built by installer/build-windows.ps1:
;   makensis /DVERSION=0.1.0 /DDIST_DIR=build\dist\reviewer /DICON=build\reviewer.ico /DOUTFILE=dist\审查通-0.1.0-setup.exe installer\windows\reviewer.nsi
; Installs the PyInstaller folder for all users, adds Start-menu shortcuts (the window, and a
; command prompt in the program folder for reviewer.exe) and an entry in 应用和功能.
; Uninstalling removes the program and the shortcuts, never the users' data (%APPDATA%\reviewer:
; the review database and sign-off records must outlive the program).
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef DIST_DIR
  !error "pass /DDIST_DIR=path\to\dist\reviewer"
!endif
!ifndef OUTFILE
  !define OUTFILE "审查通-${VERSION}-setup.exe"
!endif
!define PRODUCT "审查通"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\reviewer"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ShowInstDetails show
ShowUninstDetails show

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\reviewer-gui.exe"
!define MUI_FINISHPAGE_RUN_TEXT "打开审查通"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${PRODUCT} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "${PRODUCT}"

Section "审查通" SectionMain
  SectionIn RO
  SetShellVarContext all
  ; an older version's program files go first, so no stale library outlives an upgrade
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${DIST_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${PRODUCT}"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\${PRODUCT}.lnk" "$INSTDIR\reviewer-gui.exe"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\${PRODUCT} 命令行.lnk" "$SYSDIR\cmd.exe" \
    '/k cd /d "$INSTDIR" && reviewer.exe --help' "$INSTDIR\reviewer.exe"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\卸载${PRODUCT}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\reviewer-gui.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\reviewer-gui.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\${PRODUCT}.lnk"
  RMDir /r "$SMPROGRAMS\${PRODUCT}"
  ; only what the installer put there: a folder the user chose may hold other files
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\reviewer.exe"
  Delete "$INSTDIR\reviewer-gui.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
