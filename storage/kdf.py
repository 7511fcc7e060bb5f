"""Argon2id parameters, stored per key slot so they can be raised later without re-encrypting."""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# One unlock should cost about 0.3–0.5 s on a laptop: enough to slow guessing, short enough to
# unlock several times a day.
TARGET_SECONDS = 0.4
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_LANES = 4
MIN_ITERATIONS = 3
MAX_ITERATIONS = 32
# Below these a slot counts as weak (doctor reports it); tests use them to stay fast.
MIN_SECURE_MEMORY_KIB = 64 * 1024
MIN_SECURE_ITERATIONS = 2
# Parameters read from disk must lie in this window: a tampered key file must neither hang the
# program (t = 100000), exhaust memory (m = 2^32 KiB) nor crash Argon2 (p = 0).
BOUND_ITERATIONS = (1, 64)
BOUND_MEMORY_KIB = (8, 4 * 1024 * 1024)
BOUND_LANES = (1, 16)
TEST_MODE_ENV = "OVERLEGTAFEL_KDF"


class UnsafeParams(ValueError):
    """Parameters from disk outside the allowed window (the key file is damaged or tampered)."""


@dataclass(frozen=True)
class KdfParams:
    iterations: int
    memory_kib: int
    lanes: int
    name: str = "argon2id"

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError(f"unknown KDF {data.get('name')!r}")
        iterations, memory_kib, lanes = (data.get(k) for k in ("iterations", "memory_kib", "lanes"))
        # type() is int, not isinstance: true and false are no parameters.
        if not (type(iterations) is int and type(memory_kib) is int and type(lanes) is int):
            raise UnsafeParams("Argon2id-parameters zijn geen gehele getallen")
        params = cls(iterations=iterations, memory_kib=memory_kib, lanes=lanes)
        params.check_bounds()
        return params

    def check_bounds(self, *, allow_weak: bool | None = None) -> None:
        """Raise UnsafeParams unless every value lies in its window and, outside the test suite,
        at or above the secure floor."""
        for name, value, (low, high) in (
            ("iterations", self.iterations, BOUND_ITERATIONS),
            ("memory_kib", self.memory_kib, BOUND_MEMORY_KIB),
            ("lanes", self.lanes, BOUND_LANES),
        ):
            if not low <= value <= high:
                raise UnsafeParams(f"Argon2id-parameter {name} = {value} ligt buiten {low}–{high}")
        if self.memory_kib < 8 * self.lanes:
            raise UnsafeParams(f"Argon2id-geheugen {self.memory_kib} KiB is te klein voor {self.lanes} lanes")
        if allow_weak is None:
            allow_weak = test_mode()
        if self.weak and not allow_weak:
            raise UnsafeParams(
                f"Argon2id-parameters onder de veilige ondergrens ({self.memory_kib} KiB, "
                f"{self.iterations} rondes)"
            )

    @property
    def weak(self) -> bool:
        return self.memory_kib < MIN_SECURE_MEMORY_KIB or self.iterations < MIN_SECURE_ITERATIONS


def test_mode() -> bool:
    """Only the test suite sets ``OVERLEGTAFEL_KDF=fast``; then weak parameters are allowed."""
    return os.environ.get(TEST_MODE_ENV) == "fast"


FAST_TEST_PARAMS = KdfParams(iterations=1, memory_kib=8, lanes=1)


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick the iteration count that makes one derivation take about ``target_seconds`` here."""
    probe = KdfParams(iterations=2, memory_kib=DEFAULT_MEMORY_KIB, lanes=DEFAULT_LANES)
    start = time.perf_counter()
    derive(b"calibration", os.urandom(16), probe)
    per_iteration = max((time.perf_counter() - start) / probe.iterations, 1e-4)
    iterations = round(target_seconds / per_iteration)
    iterations = max(MIN_ITERATIONS, min(MAX_ITERATIONS, iterations))
    return KdfParams(iterations=iterations, memory_kib=DEFAULT_MEMORY_KIB, lanes=DEFAULT_LANES)


def default_params() -> KdfParams:
    """Calibrated parameters; ``OVERLEGTAFEL_KDF=fast`` exists only for the test suite and makes
    slots that ``doctor`` reports as weak."""
    if test_mode():
        return FAST_TEST_PARAMS
    return calibrate()
