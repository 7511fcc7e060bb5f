"""About: version, and the licences of what the application is built on (including Qt's LGPL)."""

from __future__ import annotations

from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

COMPONENTS = [
    ("PySide6 / Qt", "LGPL-3.0", "https://www.qt.io/licensing"),
    ("SQLCipher (sqlcipher3)", "BSD-3-Clause / zlib", "https://www.zetetic.net/sqlcipher/license/"),
    ("sqlite-utils", "Apache-2.0", "https://github.com/simonw/sqlite-utils"),
    ("cryptography", "Apache-2.0 / BSD-3-Clause", "https://github.com/pyca/cryptography"),
    ("keyring", "MIT", "https://github.com/jaraco/keyring"),
    ("python-stdnum", "LGPL-2.1-or-later", "https://arthurdejong.org/python-stdnum/"),
    ("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("reportlab", "BSD-3-Clause", "https://www.reportlab.com/"),
    ("zxcvbn", "MIT", "https://github.com/dwolfhub/zxcvbn-python"),
    ("DejaVu fonts", "Bitstream Vera / public domain", "https://dejavu-fonts.github.io/"),
]


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Overlegtafel"))
        title = QLabel(self.tr("Overlegtafel {version}").format(version=_version("overlegtafel")), self)
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Encrypted meeting tool for the periodic IND–OM consultation on 1F cases. Uses no network."
            ),
            self,
        )
        intro.setWordWrap(True)
        licences = QTextBrowser(self)
        licences.setAccessibleName(self.tr("Licences"))
        licences.setOpenExternalLinks(False)
        rows = "".join(
            f"<tr><td>{name}</td><td>{lic}</td><td>{url}</td></tr>" for name, lic, url in COMPONENTS
        )
        lgpl = self.tr(
            "Qt is used under the GNU Lesser General Public License v3. You may replace the Qt "
            "libraries shipped with this application by your own build; the Qt source code is "
            "available from qt.io."
        )
        licences.setHtml(
            f"<p>Qt {qVersion()} · PySide6 {pyside_version}</p>"
            f"<table cellpadding='3'>{rows}</table><p>{lgpl}</p>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(licences, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
