"""Screens for working with several laptops (issue 14): pairing, sending and importing packages."""
