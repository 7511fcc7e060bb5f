"""The case register (anonymised 1F cases)."""
