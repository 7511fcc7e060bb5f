"""The installer definitions agree with each other and with the code, without building anything.

The real build and the run of the bundled binary are ``make bundle`` and ``make smoke`` (CI does both).
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))
import bundle_data as bd  # noqa: E402

sys.path.remove(str(PACKAGING))

APP_ID = "nl.overlegtafel.Overlegtafel"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "overlegtafel.iss"
SPEC = PACKAGING / "overlegtafel.spec"
ICONS = PACKAGING / "icons"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def pyproject() -> dict:
    with (REPO / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


# -- files and identity ----------------------------------------------------------------------------------


def test_every_packaging_file_exists():
    for path in (
        SPEC,
        PACKAGING / "entry.py",
        PACKAGING / "smoke-test.sh",
        PACKAGING / "make_icons.py",
        PACKAGING / "linux" / "install.sh",
        PACKAGING / "macos" / "entitlements.plist",
        PACKAGING / "macos" / "README.md",
        DESKTOP,
        METAINFO,
        ISS,
        ICONS / f"{APP_ID}.svg",
        ICONS / "overlegtafel.ico",
        ICONS / "overlegtafel.icns",
    ):
        assert path.is_file(), path


def test_one_application_id_everywhere():
    assert bd.APP_ID == APP_ID
    # Qt tells Wayland/X11 which .desktop file the window belongs to.
    assert f'setDesktopFileName("{APP_ID}")' in (REPO / "ui" / "app.py").read_text(encoding="utf-8")
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert "bundle_identifier=bd.APP_ID" in SPEC.read_text(encoding="utf-8")
    assert re.search(
        r'^#define AppId "nl\.overlegtafel\.Overlegtafel"$', ISS.read_text(encoding="utf-8"), re.M
    )


def test_versions_come_from_pyproject():
    version = pyproject()["version"]
    assert bd.project_version(REPO) == version
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None
    assert releases[0].get("version") == version, (
        "newest <release> in the metainfo must be the current version"
    )
    iss_version = re.search(r'#define AppVersion "([^"]+)"', ISS.read_text(encoding="utf-8"))
    assert iss_version and iss_version.group(1) == version
    assert bd.numeric_version(version)[:3] == tuple(int(x) for x in version.split(".")[:3])
    assert bd.numeric_version("1.2.0rc1") == (1, 2, 0, 0)


def test_licence_is_the_same_everywhere():
    licence = pyproject()["license"]["text"]
    assert ET.parse(METAINFO).getroot().findtext("project_license") == licence
    assert f"AppCopyright={licence}" in ISS.read_text(encoding="utf-8")


# -- Linux -------------------------------------------------------------------------------------------------


def test_desktop_file_parses_and_has_the_required_keys():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == bd.APP_NAME
    assert entry["Exec"].split()[0] == bd.EXE_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert "Comment" in entry and "Comment[nl]" in entry
    for key in ("Categories", "Keywords", "Keywords[nl]"):
        assert entry[key].endswith(";"), key


def test_metainfo_describes_the_desktop_application():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("name") == bd.APP_NAME
    assert root.findtext("provides/binary") == bd.EXE_NAME
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {s.get(lang) for s in root.findall("summary")} == {None, "nl"}
    assert root.find("content_rating") is not None


def test_icons_exist_in_every_size():
    for size in PNG_SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png) == (size, size), png
    assert (ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == (
        ICONS / f"{APP_ID}.svg"
    ).read_bytes()
    ET.parse(ICONS / f"{APP_ID}.svg")  # well-formed


def test_windows_and_macos_icons_hold_the_usual_sizes():
    ico = (ICONS / "overlegtafel.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes
    icns = (ICONS / "overlegtafel.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # 1024 px (512@2x)


def test_icons_are_up_to_date_with_the_svg():
    # Rendering is deterministic for one Qt and Pillow version; regenerate with the script.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), "--check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, (
        "Pictogrammen verouderd; draai '.venv/bin/python packaging/make_icons.py':\n" + result.stderr
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script")
def test_linux_install_script_installs_and_uninstalls_without_touching_data(tmp_path):
    # A fake bundle with the shape the spec produces.
    bundle = tmp_path / "dist" / "overlegtafel"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "overlegtafel"
    exe.write_text("#!/bin/sh\necho overlegtafel test\n")
    exe.chmod(0o755)
    (bundle / "share" / "applications").mkdir(parents=True)
    (bundle / "share" / "metainfo").mkdir(parents=True)
    (bundle / "share" / "applications" / DESKTOP.name).write_bytes(DESKTOP.read_bytes())
    (bundle / "share" / "metainfo" / METAINFO.name).write_bytes(METAINFO.read_bytes())
    icon_dir = bundle / "share" / "icons" / "hicolor" / "48x48" / "apps"
    icon_dir.mkdir(parents=True)
    (icon_dir / f"{APP_ID}.png").write_bytes(b"png")
    script = bundle / "install.sh"
    script.write_bytes((PACKAGING / "linux" / "install.sh").read_bytes())

    home = tmp_path / "home"
    data_home = home / ".local" / "share"
    env = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(data_home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    store_file = data_home / "Overlegtafel" / "opslag" / "store.db"
    store_file.parent.mkdir(parents=True)
    store_file.write_bytes(b"encrypted")

    subprocess.run(["sh", str(script)], env=env, check=True, capture_output=True, timeout=60)
    appdir = home / ".local" / "lib" / "overlegtafel"
    assert (appdir / "overlegtafel").is_file()
    assert (home / ".local" / "bin" / "overlegtafel").resolve() == (appdir / "overlegtafel").resolve()
    desktop = (data_home / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f"Exec={appdir}/overlegtafel" in desktop
    assert (data_home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (data_home / "metainfo" / METAINFO.name).is_file()

    out = subprocess.run(
        ["sh", str(appdir / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert not appdir.exists()
    assert not (home / ".local" / "bin" / "overlegtafel").exists()
    assert not (data_home / "applications" / DESKTOP.name).exists()
    assert store_file.read_bytes() == b"encrypted"


# -- Windows and macOS -------------------------------------------------------------------------------------


def test_inno_setup_script_installs_per_user_and_keeps_the_data():
    text = ISS.read_text(encoding="utf-8")
    sections = re.findall(r"^\[(\w+)\]", text, re.M)
    assert "PrivilegesRequired=lowest" in text
    assert "DefaultDirName={localappdata}\\Programs\\{#AppName}" in text
    assert 'MessagesFile: "compiler:Languages\\Dutch.isl"' in text
    assert 'MessagesFile: "compiler:Default.isl"' in text
    assert "{autoprograms}" in text  # Start menu entry
    # The uninstaller removes only what it installed: nothing may point at the data folder.
    assert "UninstallDelete" not in sections
    assert not re.search(r"^Type:.*\{localappdata\}\\\{#AppName\}", text, re.M)
    assert not re.search(r"^Type:.*\{userappdata\}", text, re.M)
    # Files the script refers to exist where it looks for them (relative to the .iss).
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M).group(1).strip()
    assert (ISS.parent / icon.replace("\\", "/")).resolve() == (ICONS / "overlegtafel.ico").resolve()
    dist = re.search(r'^#define DistDir "(.+)"$', text, re.M).group(1).replace("\\", "/")
    assert (ISS.parent / dist).resolve() == (REPO / "dist" / bd.EXE_NAME).resolve()
    assert f'#define AppExe "{bd.EXE_NAME}.exe"' in text


def test_spec_is_valid_python_and_declares_the_platform_bundles():
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text, filename=str(SPEC))
    assert 'copy_metadata("keyring")' in text
    assert 'copy_metadata("overlegtafel")' in text
    assert "hiddenimports += EXPECTED_MODULES" in text
    assert "collect_submodules(package" in text
    assert "bd.app_datas(ROOT)" in text and "bd.qt_translation_datas(" in text
    for key in ("NSHighResolutionCapable", "LSMinimumSystemVersion", "CFBundleShortVersionString"):
        assert f'"{key}"' in text
    assert "entitlements.plist" in text
    assert "bd.runtime_distributions(ROOT)" in text
    assert {"keyring", "PySide6-Essentials", "sqlcipher3"} <= set(bd.runtime_distributions(REPO))
    # Qt is used under the LGPL v3: its text (and the GPL v3 it builds on) goes along.
    assert (
        (PACKAGING / "licenses" / "LGPL-3.0.txt")
        .read_text(encoding="utf-8")
        .lstrip()
        .startswith("GNU LESSER GENERAL PUBLIC LICENSE")
    )
    assert (PACKAGING / "licenses" / "GPL-3.0.txt").is_file()
    ET.parse(PACKAGING / "macos" / "entitlements.plist")
    assert (PACKAGING / "entry.py").read_text(encoding="utf-8").count("from desktop.cli import main") == 1


# -- what goes into the bundle -------------------------------------------------------------------------------


def test_every_translation_source_has_its_compiled_catalogue_in_the_bundle():
    ts_files = sorted((REPO / "ui" / "translations").glob("*.ts"))
    assert ts_files
    entries = bd.translation_datas(REPO, require_built=False)
    bundled = {Path(src).name: dest for src, dest in entries}
    for ts in ts_files:
        assert bundled.get(ts.with_suffix(".qm").name) == "ui/translations", ts.name


def test_unbuilt_or_stale_translations_stop_the_build(tmp_path):
    folder = tmp_path / "ui" / "translations"
    folder.mkdir(parents=True)
    (folder / "shell_nl.ts").write_text("<TS/>")
    with pytest.raises(bd.BundleDataError, match="make translations"):
        bd.translation_datas(tmp_path)
    qm = folder / "shell_nl.qm"
    qm.write_bytes(b"qm")
    os.utime(qm, (1_000_000, 1_000_000))  # older than its source
    with pytest.raises(bd.BundleDataError, match=r"shell_nl\.qm"):
        bd.translation_datas(tmp_path)
    os.utime(qm, None)
    os.utime(folder / "shell_nl.ts", (1_000_000, 1_000_000))
    assert bd.translation_datas(tmp_path) == [(str(qm), "ui/translations")]


def test_package_data_carries_fonts_profile_and_word_lists_but_no_sources():
    entries = bd.package_datas(REPO)
    bundled = {f"{dest}/{Path(src).name}" for src, dest in entries}
    for font in (REPO / "reports" / "fonts").glob("*.ttf"):
        assert f"reports/fonts/{font.name}" in bundled
    assert "reports/fonts/LICENSE-DejaVu.txt" in bundled
    for icc in (REPO / "reports" / "icc").glob("*.icc"):
        assert f"reports/icc/{icc.name}" in bundled
    for words in (REPO / "storage" / "guard" / "data").glob("*.txt"):
        assert f"storage/guard/data/{words.name}" in bundled
    assert not [name for name in bundled if name.endswith((".py", ".pyc", ".ts", ".qm"))]
    assert not [name for name in bundled if "__pycache__" in name or "/." in name]


def test_missing_fonts_stop_the_build(tmp_path):
    for package in bd.PROJECT_PACKAGES:
        (tmp_path / package).mkdir()
    with pytest.raises(bd.BundleDataError, match=r"DejaVuSans\.ttf"):
        bd.app_datas(tmp_path)


def test_only_our_languages_of_qt_catalogues_are_kept(tmp_path):
    assert bd.keep_data("PySide6/Qt/translations/qtbase_nl.qm")
    assert bd.keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not bd.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bd.keep_data("PySide6\\translations\\qt_help_fr.qm")
    assert bd.keep_data("ui/translations/shell_nl.qm")
    assert bd.keep_data("reports/fonts/DejaVuSans.ttf")
    qt_dir = tmp_path / "PySide6" / "Qt" / "translations"
    qt_dir.mkdir(parents=True)
    for name in ("qtbase_nl.qm", "qtbase_en.qm", "qtbase_de.qm"):
        (qt_dir / name).write_bytes(b"")
    entries = bd.qt_translation_datas(qt_dir, tmp_path / "PySide6")
    assert sorted(Path(src).name for src, _ in entries) == ["qtbase_en.qm", "qtbase_nl.qm"]
    assert {dest for _, dest in entries} == {"PySide6/Qt/translations"}


def test_modules_imported_late_are_bundled():
    """Nothing is imported by name since issue 13 (tests/project/test_layers.py), but modules imported
    inside functions after the first paint, and the CLI's command modules, must still be bundled."""
    expected = set(bd.expected_modules(REPO))
    by_name = [f"desktop.{p.stem}" for p in (REPO / "desktop").glob("cli_*.py")]
    by_name += ["ui.shell.area_screens", "ui.shell.workspace", "ui.cases.area", "ui.figures.area"]
    by_name += ["storage.cases.demo", "storage.meetings.demo", "storage.followup.demo", "ui.cases.editor"]
    assert len(by_name) >= 12, by_name
    for module in by_name:
        path = REPO.joinpath(*module.split("."))
        if path.with_suffix(".py").is_file() or (path / "__init__.py").is_file():
            assert module in expected, module
    assert "desktop.cli_store" in expected
    assert not [m for m in expected if m.endswith("__main__") or m.startswith("tests")]
    for backend in ("Windows", "macOS", "SecretService", "kwallet"):
        assert f"keyring.backends.{backend}" in expected


# -- build and CI wiring -----------------------------------------------------------------------------------


def test_make_and_ci_build_and_smoke_test_the_bundle():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^bundle: .*setup", makefile, re.M)
    assert "packaging/overlegtafel.spec" in makefile
    assert re.search(r"^smoke:", makefile, re.M)
    assert "packaging/smoke-test.sh dist/overlegtafel" in makefile
    ci = [
        line.strip()
        for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("make ")
    ]
    assert ci[0] == "make test"
    assert ci.index("make bundle") < ci.index("make smoke")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script")
def test_smoke_test_script_is_valid_and_fails_clearly_without_a_bundle(tmp_path):
    subprocess.run(["sh", "-n", str(PACKAGING / "smoke-test.sh")], check=True)
    result = subprocess.run(
        ["sh", str(PACKAGING / "smoke-test.sh"), str(tmp_path / "niets")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "make bundle" in result.stderr


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
