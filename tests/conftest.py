from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from tests.helpers.common import PASSPHRASE, REPO, installed_translators

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OVERLEGTAFEL_LANG"] = "nl"

import keyring
import pytest
from hypothesis import HealthCheck, settings

from storage.kdf import FAST_TEST_PARAMS, KdfParams
from tests.helpers.memory_keyring import MemoryKeyring

# Shared, loaded machines make wall-clock deadlines meaningless; CI runs a fixed example sequence so
# a red build always reproduces (HYPOTHESIS_PROFILE=ci in .ci/run).
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", parent=settings.get_profile("dev"), derandomize=True, database=None, print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    # The explicit, test-only allowance for this one class (see storage.keyring_access).
    monkeypatch.setenv("OVERLEGTAFEL_TEST_KEYRING", "tests.helpers.memory_keyring.MemoryKeyring")
    return backend


@pytest.fixture(autouse=True)
def _no_process_hardening_here(monkeypatch: pytest.MonkeyPatch) -> None:
    # desktop.cli.main hardens the process it runs in (umask 077, no core dumps, not dumpable):
    # right for the application, wrong for the shared pytest process, where it would stick for
    # every later test. Tests that run the CLI in a subprocess get the real thing.
    import desktop.cli

    monkeypatch.setattr(desktop.cli, "harden_process", dict)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> KdfParams:
    # Calibrated Argon2id costs ~0.4 s per slot; the suite would crawl. Slots made with these
    # parameters are reported as weak by doctor, so they cannot leak into real use unnoticed.
    monkeypatch.setenv("OVERLEGTAFEL_KDF", "fast")
    return FAST_TEST_PARAMS


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("OVERLEGTAFEL_STORE", raising=False)
    monkeypatch.delenv("OVERLEGTAFEL_PASSPHRASE_FILE", raising=False)
    return home


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "opslag"


@pytest.fixture
def store(store_dir: Path):
    from storage.access import create_store

    st, _code = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    yield st
    st.close()


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for running the real CLI in a subprocess with a file-backed test keyring."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memory_keyring.FileKeyring"
    env["OVERLEGTAFEL_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    env["OVERLEGTAFEL_TEST_KEYRING"] = "tests.helpers.memory_keyring.FileKeyring"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["OVERLEGTAFEL_KDF"] = "fast"
    env["OVERLEGTAFEL_LANG"] = "nl"
    return env


@pytest.fixture(autouse=True)
def _dutch_ui(request: pytest.FixtureRequest):
    """GUI tests run in Dutch, the default language, with the application's style."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    if not installed_translators:
        app = request.getfixturevalue("qapp")
        from ui.i18n import install_translators, qm_files
        from ui.style import LIGHT, apply_style

        if not qm_files("nl"):
            import subprocess

            subprocess.run([sys.executable, str(REPO / "scripts" / "i18n.py"), "build"], check=True)
        installed_translators.extend(install_translators(app, "nl"))
        apply_style(app, LIGHT)


# --- the project's log: a warning or error nobody expected fails the test (as in qutebrowser) ------
PROJECT_LOGGERS = ("storage", "reports", "ui", "desktop")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "expected_log(*loggers): warnings/errors from these loggers (name or dotted prefix) are "
        "expected in this test and do not fail it",
    )


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class ExpectedLog:
    """``expected_log.allow("ui.worker")`` in a test: that logger's warnings are part of the test."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = list(names)
        self.handler = _Collect()

    def allow(self, *names: str) -> None:
        self.names.extend(names)

    def allowed(self, record: logging.LogRecord) -> bool:
        return any(record.name == n or record.name.startswith(n + ".") for n in self.names)

    @property
    def records(self) -> list[logging.LogRecord]:
        return list(self.handler.records)


@pytest.fixture(autouse=True)
def expected_log(request: pytest.FixtureRequest):
    names = tuple(n for m in request.node.iter_markers("expected_log") for n in m.args)
    expected = ExpectedLog(names)
    loggers = [logging.getLogger(name) for name in PROJECT_LOGGERS]
    for logger in loggers:
        logger.addHandler(expected.handler)
    yield expected
    for logger in loggers:
        logger.removeHandler(expected.handler)
    unexpected = [r for r in expected.records if not expected.allowed(r)]
    if unexpected:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in unexpected)
        pytest.fail(f"unexpected warnings/errors in the project's log:\n{lines}", pytrace=False)
