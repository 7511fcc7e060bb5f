"""A third-party keyring backend that keeps secrets in a plain JSON file, as some do: the keyring
check must not call it secure just because nobody put its name on a deny-list."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class PlaintextKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["ATTACK_PLAINTEXT_KEYRING_FILE"])

    def get_password(self, service: str, username: str) -> str | None:
        try:
            return json.loads(self.path.read_text()).get(f"{service}/{username}")
        except FileNotFoundError:
            return None

    def set_password(self, service: str, username: str, password: str) -> None:
        data = json.loads(self.path.read_text()) if self.path.exists() else {}
        data[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:  # pragma: no cover
        raise NotImplementedError
