from __future__ import annotations

from importlib import metadata


def app_version() -> str:
    try:
        return metadata.version("overlegtafel")
    except metadata.PackageNotFoundError:
        return "0.1.0"
