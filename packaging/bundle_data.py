"""What the bundle carries besides Python code, in one place for the spec and for the tests.

Standard library only: ``tests/test_packaging.py`` imports this without PyInstaller installed.
Data entries are ``(source file, folder inside the bundle)`` pairs, the form PyInstaller's ``datas``
takes. Every non-Python file inside the project packages is carried along (fonts, the ICC profile,
the guard's word lists, the built ``.qm`` translations, …), so a feature that adds a data file next
to its module is bundled without touching the spec.
"""

from __future__ import annotations

import re
import tomllib
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
