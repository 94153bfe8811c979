# Build the frozen Windows app (reviewer.exe for the command line, reviewer-gui.exe windowed)
# and its NSIS installer from a clean checkout, with the same spec as the Linux build:
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
#   ... -Python "py -3.11" -Wheelhouse dist\wheelhouse -PySide6Version 6.12.0
#
# Needs: Python 3.11+ (x64) and NSIS 3 (makensis on PATH or in Program Files). Produces
# build\dist\reviewer\ (the folder, also usable from a USB stick with portable.txt beside
# reviewer.exe) and dist\reviewer-<version>-setup.exe.
# This file stays ASCII: Windows PowerShell 5.1 reads a script without a BOM in the ANSI code
# page, so Chinese text lives in the files it calls (bundle.py, reviewer.nsi), not here.
param(
    [string]$Python = "py -3.11",
    [string]$Wheelhouse = "",
    [string]$PySide6Version = "",
    [switch]$SkipSmoke
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$Root = (Get-Location).Path
$Build = Join-Path $Root "build"
$DistOut = Join-Path $Root "dist"
$Started = Get-Date

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') exited with $LASTEXITCODE" }
}

Write-Host "== fresh venv in build\venv"
if (Test-Path $Build) { Remove-Item -Recurse -Force $Build }
New-Item -ItemType Directory -Force -Path $Build, $DistOut | Out-Null
$PythonParts = $Python.Split(" ")
$PythonExe = $PythonParts[0]
$PythonArgs = @()
if ($PythonParts.Length -gt 1) { $PythonArgs = $PythonParts[1..($PythonParts.Length - 1)] }
Invoke-Checked $PythonExe ($PythonArgs + @("-m", "venv", "$Build\venv"))
$VenvPython = Join-Path $Build "venv\Scripts\python.exe"
Invoke-Checked $VenvPython @("-c", "import sys, struct; sys.exit(sys.version_info < (3, 11) or struct.calcsize('P') != 8)")

$PipArgs = @("-m", "pip", "--disable-pip-version-check", "-q", "install")
if ($Wheelhouse) { $PipArgs += @("--no-index", "--find-links", $Wheelhouse) }
$PipArgs += @($Root, "-r", "installer\requirements-build.txt")
if ($PySide6Version) { $PipArgs += @("PySide6-Essentials==$PySide6Version", "shiboken6==$PySide6Version") }
Invoke-Checked $VenvPython $PipArgs

$Version = (& $VenvPython installer\bundle.py version).Trim()
$Dotted = (& $VenvPython installer\bundle.py version4).Trim()

# the icon for the installer (the spec makes the executables' icon and version resource itself)
$Icon = Join-Path $Build "reviewer.ico"
Invoke-Checked $VenvPython @("-c", "from PIL import Image; Image.open(r'installer\icons\reviewer.png').save(r'$Icon', sizes=[(16,16),(32,32),(48,48),(256,256)])")

Write-Host "== freezing with PyInstaller"
$FreezeStarted = Get-Date
Invoke-Checked (Join-Path $Build "venv\Scripts\pyinstaller.exe") @("--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "$Build\dist", "--workpath", "$Build\pyinstaller", "installer\reviewer.spec")
$AppDir = Join-Path $Build "dist\reviewer"
$FreezeSeconds = [int]((Get-Date) - $FreezeStarted).TotalSeconds

if (-not $SkipSmoke) {
    Write-Host "== smoke test of the frozen app"
    Invoke-Checked $VenvPython @("installer\smoke\smoke_test.py", $AppDir, "--reference-python", $VenvPython)
}

Write-Host "== NSIS installer"
$MakeNsis = (Get-Command makensis.exe -ErrorAction SilentlyContinue).Source
if (-not $MakeNsis) {
    foreach ($Candidate in @("${env:ProgramFiles(x86)}\NSIS\makensis.exe", "$env:ProgramFiles\NSIS\makensis.exe")) {
        if (Test-Path $Candidate) { $MakeNsis = $Candidate; break }
    }
}
if (-not $MakeNsis) { throw "makensis.exe not found: install NSIS 3 (https://nsis.sourceforge.io) or put it on PATH" }
$Setup = Join-Path $DistOut "reviewer-$Version-setup.exe"
Invoke-Checked $MakeNsis @("/V2", "/DVERSION=$Dotted", "/DDIST_DIR=$AppDir", "/DICON=$Icon", "/DOUTFILE=$Setup",
    "installer\windows\reviewer.nsi")

$Seconds = [int]((Get-Date) - $Started).TotalSeconds
$SizeMB = [math]::Round(((Get-ChildItem -Recurse -File $AppDir | Measure-Object Length -Sum).Sum / 1MB), 0)
Write-Host ""
Write-Host "== done in ${Seconds}s (PyInstaller ${FreezeSeconds}s)"
Write-Host "app folder: $AppDir ($SizeMB MB)"
Write-Host "installer:  $Setup ($([math]::Round((Get-Item $Setup).Length / 1MB, 0)) MB)"
