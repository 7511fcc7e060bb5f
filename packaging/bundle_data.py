"""What the bundle carries besides Python code, in one place for the spec and for the tests.

Standard library only: ``tests/project/test_packaging.py`` imports this without PyInstaller installed.
Data entries are ``(source file, folder inside the bundle)`` pairs, the form PyInstaller's ``datas``
takes. Every non-Python file inside the project packages is carried along (fonts, the ICC profile,
the guard's word lists, the built ``.qm`` translations, …), so a feature that adds a data file next
to its module is bundled without touching the spec.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

APP_ID = "nl.overlegtafel.Overlegtafel"
APP_NAME = "Overlegtafel"
EXE_NAME = "overlegtafel"
# The Windows build also gets a console executable, for the command-line commands.
CLI_EXE_NAME = "overlegtafel-cli"
PUBLISHER = "Overlegtafel"
MACOS_MINIMUM = "14.4"  # Qt 6.12 supports macOS 14.4 and later

# The project's own packages. Every submodule is bundled: areas, settings sections, demo fillers
# and CLI command modules are imported by name at run time, which PyInstaller cannot follow.
PROJECT_PACKAGES = ("desktop", "ui", "reports", "storage")

# keyring finds its backends through importlib.metadata entry points, which PyInstaller cannot
# follow either; the dist-info of keyring is copied as well (see the spec).
KEYRING_BACKENDS = (
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.macOS.api",
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
)

# Qt's own catalogues (standard buttons, dialogs): only the application's languages.
QT_LANGUAGES = ("nl", "en")
QT_CATALOGUES = ("qtbase",)

# Never bundled from the project packages: sources, caches, build stamps.
_SKIP_SUFFIXES = {".py", ".pyc", ".pyo", ".pyi", ".ts"}


class BundleDataError(RuntimeError):
    pass


def project_version(root: Path = ROOT) -> str:
    with (root / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def runtime_distributions(root: Path = ROOT) -> list[str]:
    """The distributions named in ``[project] dependencies``. Their metadata goes into the bundle:
    it carries their licence files (``*.dist-info/licenses/``), and keyring needs its entry points."""
    with (root / "pyproject.toml").open("rb") as fh:
        deps = tomllib.load(fh)["project"]["dependencies"]
    return [re.match(r"[A-Za-z0-9._-]+", dep).group() for dep in deps]  # type: ignore[union-attr]


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` -> ``(0, 1, 0, 0)`` for the Windows version resource (pre-release tags dropped)."""
    parts: list[int] = []
    for piece in version.split(".")[:4]:
        match = re.match(r"\d+", piece)
        parts.append(int(match.group()) if match else 0)
    while len(parts) < 4:
        parts.append(0)
    return (parts[0], parts[1], parts[2], parts[3])


def _skipped(path: Path, package_dir: Path) -> bool:
    rel = path.relative_to(package_dir)
    if any(part == "__pycache__" or part.startswith(".") for part in rel.parts):
        return True
    return path.suffix in _SKIP_SUFFIXES


def translation_datas(root: Path = ROOT, *, require_built: bool = True) -> list[tuple[str, str]]:
    """One ``.qm`` per ``ui/translations/*.ts``. They are built by ``make translations``."""
    folder = root / "ui" / "translations"
    entries = []
    missing = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            missing.append(qm.name)
        entries.append((str(qm), "ui/translations"))
    if missing and require_built:
        raise BundleDataError(
            "Vertalingen ontbreken of zijn verouderd: "
            + ", ".join(missing)
            + ". Draai eerst 'make translations' (scripts/i18n.py build)."
        )
    return entries


def package_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every data file inside the project packages, at the same place in the bundle.

    ``.qm`` files are left to :func:`translation_datas`, which also checks they are current.
    """
    entries = []
    for package in PROJECT_PACKAGES:
        package_dir = root / package
        for path in sorted(package_dir.rglob("*")):
            if not path.is_file() or _skipped(path, package_dir) or path.suffix == ".qm":
                continue
            dest = PurePosixPath(package, *path.relative_to(package_dir).parent.parts)
            entries.append((str(path), str(dest)))
    return entries


REQUIRED = (
    "reports/fonts/DejaVuSans.ttf",
    "reports/fonts/DejaVuSans-Bold.ttf",
    "reports/fonts/LICENSE-DejaVu.txt",
    "storage/guard/data/first_names.txt",
)


def app_datas(root: Path = ROOT, *, require_built: bool = True) -> list[tuple[str, str]]:
    entries = package_datas(root) + translation_datas(root, require_built=require_built)
    bundled = {str(PurePosixPath(dest, Path(src).name)) for src, dest in entries}
    absent = [name for name in REQUIRED if name not in bundled]
    if absent:
        raise BundleDataError("Onmisbare bestanden ontbreken: " + ", ".join(absent))
    return entries


def expected_modules(root: Path = ROOT) -> list[str]:
    """Every module of the project packages plus the keyring backends: the spec fails the build
    when one of them did not make it into the bundle."""
    names = []
    for package in PROJECT_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            rel = path.relative_to(root).with_suffix("")
            if "__pycache__" in rel.parts or rel.name == "__main__":
                continue
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            names.append(".".join(parts))
    return names + list(KEYRING_BACKENDS)


def qt_translation_datas(qt_translations_dir: Path, pyside_dir: Path) -> list[tuple[str, str]]:
    """Qt's own catalogues for our languages, at the same place relative to the PySide6 package
    (``PySide6/Qt/translations`` on Linux and macOS, ``PySide6/translations`` on Windows), where
    ``QLibraryInfo`` looks for them in the bundle too."""
    dest = str(PurePosixPath("PySide6", *qt_translations_dir.relative_to(pyside_dir).parts))
    entries = []
    for catalogue in QT_CATALOGUES:
        for lang in QT_LANGUAGES:
            qm = qt_translations_dir / f"{catalogue}_{lang}.qm"
            if qm.is_file():
                entries.append((str(qm), dest))
    return entries


def keep_data(dest_name: str) -> bool:
    """Filter for collected data: drop Qt's catalogues for languages the application does not offer
    (the PySide6 hook collects all of them, some megabytes)."""
    path = PurePosixPath(dest_name.replace("\\", "/"))
    if "translations" in path.parts[:-1] and path.parts[0] == "PySide6" and path.suffix == ".qm":
        lang = path.stem.rsplit("_", 1)[-1]
        return lang in QT_LANGUAGES
    return True


# -- what stays out (issue 17) ------------------------------------------------------------------------
# Virus scanners on managed laptops inspect every file at first start, so the bundle carries only what
# the application runs. The PyInstaller hooks collect every plugin of every Qt module they meet (QML,
# virtual keyboard, Wayland, EGL, GTK theme, TLS, …) and the libraries those plugins link to.

# Qt libraries the bundle may carry, by module name (libQt6<Name>.so.6, Qt6<Name>.dll,
# Qt<Name>.framework). tests/project/test_bundle_contents.py and packaging/check_bundle.py fail on any other.
QT_ALLOWED_LIBRARIES = frozenset(
    {
        # what the application uses
        "Core",
        "Gui",
        "Widgets",
        "PrintSupport",
        "Pdf",
        "PdfWidgets",
        "Charts",
        "Svg",
        # what those link to: Gui links DBus on Linux (ui.system_events also hears the screen lock over
        # it), Pdf links Network (we never load a PDF from a URL), Charts links OpenGL and OpenGLWidgets
        "DBus",
        "Network",
        "OpenGL",
        "OpenGLWidgets",
        # the X11 platform plugin's own library (Linux)
        "XcbQpa",
    }
)
# PySide6 binding modules the bundle may carry (PySide6/Qt<Name>.abi3.so or .pyd).
PYSIDE_ALLOWED_MODULES = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtCharts", "QtSvg", "QtDBus"}
)
# Qt plugins kept, by folder and name without "lib" prefix and extension; every other plugin goes.
# Platforms: X11 (also under Wayland, through XWayland), Windows, macOS, and offscreen for the smoke
# test and the screenshots. Compose and IBus keep dead keys and input methods working on Linux.
QT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qxcb", "qoffscreen", "qwindows", "qcocoa"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"qsvg"}),  # the window icon; PNG is built into QtGui
    "iconengines": frozenset({"qsvgicon"}),
    "printsupport": frozenset({"cupsprintersupport"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}
# Shared libraries taken from the system, never bundled: the CUPS client library, and with it what
# only it links to (GnuTLS, Kerberos, Avahi, p11-kit, …: some 9 MB). A machine without libcups has no
# CUPS to print to; Qt's CUPS print plugin then does not load and the print dialog still prints to
# PDF, as Qt does on any system without CUPS.
SYSTEM_LIBRARIES = ("libcups.so",)
# Python modules left out. reportlab imports PIL.Image unconditionally, but renders our documents
# (no bitmaps) without any of Pillow's codecs: those extension modules and their libraries stay out.
# tests/project/test_bundle_contents.py renders every document with these modules blocked.
EXCLUDED_MODULES = (
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._imagingmath",
    "PIL._imagingmorph",
    "PIL._imagingtk",
    "PIL.AvifImagePlugin",
    "PIL.WebPImagePlugin",
    "PIL.ImageCms",
    "PIL.ImageFont",
    "PIL.ImageMath",
    "PIL.ImageMorph",
    "PIL.ImageTk",
    "PIL.ImageQt",
    # stdnum falls back to pkg_resources only on Pythons without importlib.resources; bundling it
    # would also run PyInstaller's pkg_resources start-up hook on every start.
    "pkg_resources",
    "PySide6.QtNetwork",
    # Interactive-interpreter helpers: the line editor (with libreadline, libtinfo) and help() texts.
    "readline",
    "pydoc_data",
)
# python-stdnum's data files: only those of the number formats the guard checks (stdnum.iban; the
# Dutch formats need none). tests/project/test_bundle_contents.py checks this against the guard's imports.
STDNUM_DATA = frozenset({"iban.dat"})
# The largest bundle the smoke test accepts (issue 17), in bytes.
MAX_BUNDLE_BYTES = 150 * 1000 * 1000

_QT_LIBRARY = re.compile(r"^(?:libQt6([A-Za-z]+)\.so[.\d]*|Qt6([A-Za-z]+)\.dll|Qt([A-Za-z]+)\.framework)$")


def _parts(dest_name: str) -> tuple[str, ...]:
    return PurePosixPath(dest_name.replace("\\", "/")).parts


def qt_library_module(dest_name: str) -> str | None:
    """``libQt6Quick.so.6`` / ``Qt6Quick.dll`` / ``QtQuick.framework/…`` -> ``"Quick"``; else None."""
    for part in _parts(dest_name):
        match = _QT_LIBRARY.match(part)
        if match:
            return next(group for group in match.groups() if group)
    return None


def pyside_module(dest_name: str) -> str | None:
    """``PySide6/QtQuick.abi3.so`` or ``PySide6\\QtQuick.pyd`` -> ``"QtQuick"``; else None."""
    parts = _parts(dest_name)
    if len(parts) == 2 and parts[0] == "PySide6":
        match = re.match(r"^(Qt[A-Za-z]+)\.(?:abi3\.so|pyd|cpython-[^.]+\.so)$", parts[1])
        if match:
            return match.group(1)
    return None


def qt_plugin(dest_name: str) -> tuple[str, str] | None:
    """``PySide6/Qt/plugins/platforms/libqxcb.so`` -> ``("platforms", "qxcb")``; else None."""
    parts = _parts(dest_name)
    if parts[:1] != ("PySide6",) or "plugins" not in parts[:-2]:
        return None
    index = parts.index("plugins")
    if len(parts) != index + 3:
        return None
    name = parts[-1].split(".")[0]
    if name.startswith("lib"):
        name = name[3:]
    return parts[index + 1], name


def keep_binary(dest_name: str) -> bool:
    """Filter for collected binaries: Qt libraries, binding modules and plugins on the allow-lists,
    no system libraries of :data:`SYSTEM_LIBRARIES`."""
    if _parts(dest_name)[-1].startswith(SYSTEM_LIBRARIES):
        return False
    module = qt_library_module(dest_name)
    if module is not None:
        return module in QT_ALLOWED_LIBRARIES
    binding = pyside_module(dest_name)
    if binding is not None:
        return binding in PYSIDE_ALLOWED_MODULES
    plugin = qt_plugin(dest_name)
    if plugin is not None:
        folder, name = plugin
        return name in QT_PLUGINS.get(folder, frozenset())
    return True


def drop_unlinked(
    kept: list[tuple[str, str, str]],
    dropped: list[tuple[str, str, str]],
    needed: Callable[[str], Iterable[str]],
) -> list[tuple[str, str, str]]:
    """The kept binaries minus the shared libraries that only dropped binaries linked to.

    ``needed(source path)`` gives the file names a binary links to. A kept binary that nothing links
    to (an extension module, a plugin, libpython, a library loaded by name) is a root; a linked one
    stays when a root reaches it.
    """
    by_name: dict[str, tuple[str, str, str]] = {PurePosixPath(e[0].replace("\\", "/")).name: e for e in kept}
    links: dict[str, set[str]] = {}
    linked: set[str] = set()
    for entry in kept + dropped:
        targets = {name for name in (PurePosixPath(n).name for n in needed(entry[1])) if name in by_name}
        links[entry[0]] = {by_name[name][0] for name in targets}
        linked |= links[entry[0]]
    reached: set[str] = set()
    todo = [e[0] for e in kept if e[0] not in linked]
    while todo:
        dest = todo.pop()
        if dest not in reached:
            reached.add(dest)
            todo.extend(links.get(dest, ()))
    return [e for e in kept if e[0] in reached]


def drop_dangling_links(
    datas: list[tuple[str, str, str]], binaries: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """PyInstaller lists a link next to the program for every Qt library (``SYMLINK`` entries, the
    target relative to the link): those to libraries that stay out go too."""
    kept = {PurePosixPath(e[0].replace("\\", "/")).as_posix() for e in binaries}
    result = []
    for entry in datas:
        if entry[2] == "SYMLINK":
            link = PurePosixPath(entry[0].replace("\\", "/"))
            target = posixpath.normpath((link.parent / entry[1].replace("\\", "/")).as_posix())
            if target not in kept:
                continue
        result.append(entry)
    return result


def elf_needed(path: str) -> list[str] | None:
    """The libraries an ELF file links to directly (its DT_NEEDED entries), read with ``readelf``;
    None when that is not possible. (PyInstaller's own analysis uses ``ldd``, which lists every
    library loaded, also those only a dependency needs: useless for telling what links to what.)"""
    if shutil.which("readelf") is None:
        return None
    try:
        out = subprocess.run(["readelf", "-dW", path], capture_output=True, text=True, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out.stdout)


def keep_collected_data(dest_name: str) -> bool:
    """Filter for collected data besides :func:`keep_data`: only Qt's ``qtbase`` catalogues (the
    ``qt_xx`` meta-catalogues and Qt Help's stay out), stdnum's data for the formats we check, and no
    packages' test data."""
    parts = _parts(dest_name)
    if not keep_data(dest_name):
        return False
    if any(part in ("tests", "test", "testdata", "test_data") for part in parts[:-1]):
        return False
    if parts[0] == "PySide6" and "translations" in parts[:-1] and parts[-1].endswith(".qm"):
        return parts[-1].rsplit("_", 1)[0] in QT_CATALOGUES
    if parts[0] == "stdnum" and parts[-1].endswith(".dat"):
        return len(parts) == 2 and parts[-1] in STDNUM_DATA
    return True


# -- checking a built bundle -------------------------------------------------------------------------


def bundle_files(dist: Path) -> list[Path]:
    """Every file of a built bundle (symbolic links to files inside it are not counted twice)."""
    return sorted(p for p in dist.rglob("*") if p.is_file() and not p.is_symlink())


def bundle_size(dist: Path) -> tuple[int, int]:
    """(bytes, files) of a built bundle folder."""
    files = bundle_files(dist)
    return sum(p.stat().st_size for p in files), len(files)


def bundle_qt_modules(dist: Path) -> set[str]:
    """The Qt library modules and PySide6 binding modules in a built bundle."""
    found: set[str] = set()
    for path in dist.rglob("*"):
        rel = path.relative_to(dist).as_posix()
        for name in (qt_library_module(rel), pyside_module("/".join(PurePosixPath(rel).parts[-2:]))):
            if name is not None:
                found.add(name)
    return found


def check_bundle(dist: Path, max_bytes: int = MAX_BUNDLE_BYTES) -> list[str]:
    """What is wrong with a built bundle: Qt modules or plugins off the allow-lists, or too large."""
    problems = []
    for name in sorted(bundle_qt_modules(dist)):
        if name not in QT_ALLOWED_LIBRARIES and name not in PYSIDE_ALLOWED_MODULES:
            problems.append(f"Qt-module niet toegestaan: {name}")
    for path in bundle_files(dist):
        rel = path.relative_to(dist).as_posix()
        internal = rel.split("/", 1)[1] if rel.startswith("_internal/") else rel
        plugin = qt_plugin(internal)
        if plugin is not None and plugin[1] not in QT_PLUGINS.get(plugin[0], frozenset()):
            problems.append(f"Qt-plugin niet toegestaan: {internal}")
    size, _files = bundle_size(dist)
    if size > max_bytes:
        problems.append(f"bundel is {size / 1e6:.1f} MB, meer dan {max_bytes / 1e6:.0f} MB")
    return problems
