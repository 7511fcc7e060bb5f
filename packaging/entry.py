"""Entry point of the bundled executable (PyInstaller needs a script, not ``desktop.cli:main``)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
