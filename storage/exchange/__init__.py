"""Exchange between paired stores (issue 14). Deliberately imports nothing: the schema migration
imports ``storage.exchange.kinds`` and must not pull in the store itself. See the modules:
``identity`` (keys, fingerprint, pairing), ``records`` (global ids, mapping rows to records),
``package`` (the ``.otpak`` file), ``importing`` (preview and apply).
"""
