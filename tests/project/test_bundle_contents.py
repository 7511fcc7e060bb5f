"""What the bundle leaves out (issue 17): Qt modules and plugins off the allow-list, Pillow's codecs,
stdnum's data for formats we do not check, test data. The build filters with packaging/bundle_data.py;
``make smoke`` (after ``make bundle``, also in CI) runs packaging/check_bundle.py on the built folder,
and the last test here does the same when a built bundle is present.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))
import bundle_data as bd  # noqa: E402
import icu_data  # noqa: E402

sys.path.remove(str(PACKAGING))

DIST = REPO / "dist" / bd.EXE_NAME


def _touch(path: Path, size: int = 10) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\0" * size)


def test_qt_libraries_bindings_and_plugins_are_recognised_on_every_platform():
    assert bd.qt_library_module("PySide6/Qt/lib/libQt6Quick.so.6") == "Quick"
    assert bd.qt_library_module("libQt6VirtualKeyboard.so.6") == "VirtualKeyboard"
    assert bd.qt_library_module("PySide6\\Qt6Qml.dll") == "Qml"
    assert bd.qt_library_module("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick") == "Quick"
    assert bd.qt_library_module("PySide6/QtQuick.abi3.so") is None
    assert bd.qt_library_module("libqxcb.so") is None
    assert bd.pyside_module("PySide6/QtNetwork.abi3.so") == "QtNetwork"
    assert bd.pyside_module("PySide6\\QtNetwork.pyd") == "QtNetwork"
    assert bd.qt_plugin("PySide6/Qt/plugins/platformthemes/libqgtk3.so") == ("platformthemes", "qgtk3")
    assert bd.qt_plugin("PySide6\\plugins\\platforms\\qwindows.dll") == ("platforms", "qwindows")


def test_only_allowed_qt_modules_and_plugins_pass_the_build_filter():
    for kept in (
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6PdfWidgets.so.6",
        "PySide6/QtPrintSupport.abi3.so",
        "PySide6/QtCharts.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
        "libcrypto.so.3",
    ):
        assert bd.keep_binary(kept), kept
    for dropped in (
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6\\Qt6Quick.dll",
        "PySide6/QtNetwork.abi3.so",
        "PySide6/QtQml.abi3.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "libcups.so.2",
    ):
        assert not bd.keep_binary(dropped), dropped


def test_libraries_only_dropped_plugins_linked_to_go_with_them():
    def entry(name: str) -> tuple[str, str, str]:
        return (name, f"/src/{name}", "BINARY")

    links = {
        "/src/PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6", "libfreetype.so.6"],
        "/src/PySide6/Qt/plugins/platformthemes/libqgtk3.so": [
            "libgtk-3.so.0",
            "libcairo.so.2",
            "libfreetype.so.6",
        ],
        "/src/libgtk-3.so.0": ["libcairo.so.2", "libpango-1.0.so.0"],
        "/src/PySide6/Qt/plugins/platforms/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0"],
    }
    kept = [
        entry(n)
        for n in (
            "PySide6/QtGui.abi3.so",
            "libQt6Gui.so.6",
            "libQt6Core.so.6",
            "libfreetype.so.6",
            "libgtk-3.so.0",
            "libcairo.so.2",
            "libpango-1.0.so.0",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "libQt6XcbQpa.so.6",
            "libxcb-cursor.so.0",
            "libpython3.11.so.1.0",  # loaded by name by the bootloader: nothing links to it
        )
    ]
    dropped = [entry("PySide6/Qt/plugins/platformthemes/libqgtk3.so")]
    result = {e[0] for e in bd.drop_unlinked(kept, dropped, lambda src: links.get(src, []))}
    assert result == {
        "PySide6/QtGui.abi3.so",
        "libQt6Gui.so.6",
        "libQt6Core.so.6",
        "libfreetype.so.6",  # the GTK theme linked it too, but so does QtGui
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
        "libpython3.11.so.1.0",
    }


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF")
def test_direct_links_only_are_followed():
    import PySide6

    binding = Path(PySide6.__file__).parent / "QtCore.abi3.so"
    needed = bd.elf_needed(str(binding))
    if needed is None:
        pytest.skip("no readelf")
    assert "libQt6Core.so.6" in needed
    # ICU is what Qt links to, not the binding: ldd would list it for the binding too.
    assert not any(n.startswith("libicu") for n in needed)


def test_links_to_libraries_left_out_are_left_out_too():
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("reports/fonts/DejaVuSans.ttf", "/src/DejaVuSans.ttf", "DATA"),
    ]
    assert [e[0] for e in bd.drop_dangling_links(datas, binaries)] == [
        "libQt6Core.so.6",
        "reports/fonts/DejaVuSans.ttf",
    ]


def test_collected_data_keeps_qtbase_in_our_languages_and_stdnum_iban_only():
    assert bd.keep_collected_data("PySide6/Qt/translations/qtbase_nl.qm")
    assert bd.keep_collected_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not bd.keep_collected_data("PySide6/Qt/translations/qt_nl.qm")
    assert not bd.keep_collected_data("PySide6/Qt/translations/qt_help_nl.qm")
    assert not bd.keep_collected_data("PySide6/Qt/translations/qtbase_de.qm")
    assert bd.keep_collected_data("stdnum/iban.dat")
    assert not bd.keep_collected_data("stdnum/oui.dat")
    assert not bd.keep_collected_data("stdnum/be/banks.dat")
    assert not bd.keep_collected_data("somepackage/tests/data/sample.bin")
    assert bd.keep_collected_data("storage/guard/data/common_words.txt")
    assert bd.keep_collected_data("reports/fonts/DejaVuSans.ttf")
    assert bd.keep_collected_data("ui/translations/shell_nl.qm")


def test_stdnum_data_kept_covers_every_number_format_the_guard_checks():
    # Every stdnum module the project imports, and the data files those modules open.
    script = textwrap.dedent(
        """
        import importlib, inspect, re, sys
        sys.path.insert(0, "packaging")
        import bundle_data as bd
        for name in bd.expected_modules():
            if name.startswith(("storage", "reports")):
                importlib.import_module(name)
        for name, module in sorted(sys.modules.items()):
            if name.startswith("stdnum.") and module is not None:
                for db in re.findall(r"numdb\\.get\\(['\\"]([^'\\"]+)['\\"]\\)", inspect.getsource(module)):
                    print(db.replace(".", "/") + ".dat")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True, timeout=120
    )
    used = set(out.stdout.split())
    assert "iban.dat" in used  # the guard checks IBANs: the scan above does see the data files
    assert used <= bd.STDNUM_DATA


def test_every_document_renders_without_the_pillow_modules_left_out(tmp_path):
    # The documents are rendered in a fresh interpreter in which every module the bundle leaves out
    # cannot be imported, exactly as in the bundle.
    script = textwrap.dedent(
        f"""
        import importlib.abc, io, sys
        from datetime import date
        sys.path.insert(0, "packaging")
        import bundle_data as bd

        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name in bd.EXCLUDED_MODULES or name.startswith(tuple(m + "." for m in bd.EXCLUDED_MODULES)):
                    raise ImportError("left out of the bundle: " + name)
                return None

        sys.meta_path.insert(0, Block())
        from pypdf import PdfReader
        from bench.bench_reports import fill_meetings
        from reports.documents import DocumentRequest, build_document
        from reports.recovery_sheet import build_recovery_sheet
        from storage.access import create_store
        from storage.kdf import FAST_TEST_PARAMS
        from storage.meetings import MeetingQueries

        store, _ = create_store(r"{tmp_path / "opslag"}", "correct paard batterij nietje",
                                use_keyring=False, kdf_params=FAST_TEST_PARAMS)
        fill_meetings(store, 6)
        q = MeetingQueries(store)
        requests = []
        for m in q.list_meetings():
            requests += [DocumentRequest(k, meeting_id=m.id) for k in ("agenda", "verslag", "besluitenlijst", "actielijst")]
            requests.append(DocumentRequest("agenda", meeting_id=m.id, chair_version=True))
        for case_id in sorted({{d.case_id for d in q.decisions()}}):
            requests.append(DocumentRequest("uittreksel", case_id=case_id))
        requests.append(DocumentRequest("register", year=q.list_meetings()[0].date.year))
        kinds = set()
        for request in requests:
            doc = build_document(store, request)
            assert len(PdfReader(io.BytesIO(doc.pdf)).pages) == doc.pages * doc.copies >= 1, request
            kinds.add(request.kind)
        sheet = build_recovery_sheet(code="7KQ2M-ABCDE-FGH23-JK456-MNPQR-STWXY-Z2345-6789A", store_id="st-1",
                                     store_label="Overlegtafel", created=date(2026, 3, 2), marking=None)
        assert len(PdfReader(io.BytesIO(sheet)).pages) == 1
        import PIL.Image  # reportlab needs it; it stays
        assert not any(m in sys.modules for m in bd.EXCLUDED_MODULES)
        print(" ".join(sorted(kinds)))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == sorted(
        ["actielijst", "agenda", "besluitenlijst", "register", "uittreksel", "verslag"]
    )


def test_icu_keeps_structure_and_dutch_and_english_only():
    for kept in (
        "root.res",
        "nl.res",
        "nl_BE.res",
        "en_GB.res",
        "en_001.res",
        "pool.res",
        "res_index.res",
        "zoneinfo64.res",
        "metaZones.res",
        "likelySubtags.res",
        "plurals.res",
        "coll/root.res",
        "coll/nl.res",
        "coll/ucadata.icu",
        "zone/nl.res",
        "zone/root.res",
        "brkitr/line.brk",
        "nfkc.nrm",
        "cnvalias.icu",
    ):
        assert icu_data.keep_item(kept), kept
    for dropped in (
        "de.res",
        "zh_Hant_TW.res",
        "coll/sv.res",
        "coll/de__PHONEBOOK.res",
        "zone/fr.res",
        "lang/fr.res",
        "curr/de.res",
        "unit/ja.res",
        "rbnf/de.res",
        "brkitr/cjdict.dict",
        "gb18030.cnv",
        "unames.icu",
    ):
        assert not icu_data.keep_item(dropped), dropped


ICU_PROBE = textwrap.dedent(
    """
    import functools, sys
    from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone
    words = ["zebra", "Appel", "ééntje", "eend", "IJsland", "ijs", "Zürich", "école", "ça", "C-2026-014",
             "c-2026-2", "10", "9", "Öcalan", "ä"]
    for name in sys.argv[1:]:
        loc = QLocale(name)
        for numeric in (False, True):
            c = QCollator(loc)
            c.setNumericMode(numeric)
            print(name, sorted(words, key=functools.cmp_to_key(c.compare)))
        print(loc.toUpper("ijs straße ééntje"), loc.toLower("ÉÉN İ"), loc.toString(1234567.891, "f", 2))
        when = QDateTime.fromSecsSinceEpoch(1700000000, QTimeZone(b"Europe/Amsterdam"))
        print(loc.toString(when, "dddd d MMMM yyyy HH:mm t"))
        tz = QTimeZone(b"Europe/Amsterdam")
        print(tz.isValid(), tz.offsetFromUtc(when), tz.displayName(when, QTimeZone.NameType.LongName, loc))
    """
)


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and icu_data.tools_available()), reason="Linux, icupkg, gcc"
)
def test_qt_sorts_cases_and_formats_dates_in_dutch_and_english_as_with_the_full_icu(tmp_path):
    import PySide6

    library = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"
    if not library.exists():
        library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    slim = icu_data.slim_library(library, tmp_path / "icu")
    assert slim is not None and slim.stat().st_size < library.stat().st_size / 4

    def probe(locales: list[str], preload: Path | None) -> str:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if preload is not None:
            env["LD_PRELOAD"] = str(preload)  # the slim library answers for libicudata.so.NN
        out = subprocess.run(
            [sys.executable, "-c", ICU_PROBE, *locales], env=env, capture_output=True, text=True, timeout=120
        )
        assert out.returncode == 0, out.stderr
        return out.stdout

    ours = ["nl_NL", "nl_BE", "en_GB", "en_US"]
    assert probe(ours, slim) == probe(ours, None)
    # The slim data is really in use: Swedish collation (ä after z) is gone with it.
    assert probe(["sv_SE"], slim) != probe(["sv_SE"], None)


def test_bundle_check_names_every_qt_module_or_plugin_off_the_list_and_the_size(tmp_path):
    dist = tmp_path / "overlegtafel"
    internal = dist / "_internal"
    for name in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6Charts.so.6"):
        _touch(internal / "PySide6" / "Qt" / "lib" / name)
    _touch(internal / "PySide6" / "QtCore.abi3.so")
    _touch(internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so")
    _touch(dist / "overlegtafel", 1000)
    assert bd.check_bundle(dist) == []
    assert bd.bundle_size(dist) == (1000 + 6 * 10, 7)
    assert bd.bundle_qt_modules(dist) == {"Core", "Gui", "Widgets", "Charts", "QtCore"}

    _touch(internal / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6")
    _touch(internal / "PySide6" / "QtQml.abi3.so")
    _touch(internal / "PySide6" / "Qt" / "plugins" / "platformthemes" / "libqgtk3.so")
    problems = bd.check_bundle(dist, max_bytes=1000)
    assert "Qt-module niet toegestaan: Quick" in problems
    assert "Qt-module niet toegestaan: QtQml" in problems
    assert "Qt-plugin niet toegestaan: PySide6/Qt/plugins/platformthemes/libqgtk3.so" in problems
    assert any(p.startswith("bundel is ") for p in problems)


def test_smoke_test_checks_the_built_bundle_and_ci_runs_it():
    smoke = (PACKAGING / "smoke-test.sh").read_text(encoding="utf-8")
    assert "packaging/check_bundle.py" in smoke
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("make bundle") < ci.index("make smoke")
    cli = subprocess.run(
        [sys.executable, str(PACKAGING / "check_bundle.py"), str(REPO / "no-such-bundle")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert cli.returncode == 1 and "bestaat niet" in cli.stderr


@pytest.mark.skipif(not (DIST / "_internal").is_dir(), reason="no built bundle (make bundle)")
def test_the_built_bundle_carries_only_allowed_qt_modules_and_fits():
    assert bd.check_bundle(DIST) == []
