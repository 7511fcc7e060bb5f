"""Screenshot scenes. Each module has ``SCENES: list[tuple[str, Callable[[Shooter], None]]]``; a
scene drives the real application into a state and calls ``shooter.shoot(name)``."""
