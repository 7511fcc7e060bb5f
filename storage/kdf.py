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
        return cls(
            iterations=int(data["iterations"]),  # type: ignore[arg-type]
            memory_kib=int(data["memory_kib"]),  # type: ignore[arg-type]
            lanes=int(data["lanes"]),  # type: ignore[arg-type]
        )

    @property
    def weak(self) -> bool:
        return self.memory_kib < MIN_SECURE_MEMORY_KIB or self.iterations < 2


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
    if os.environ.get("OVERLEGTAFEL_KDF") == "fast":
        return FAST_TEST_PARAMS
    return calibrate()
