"""Printed records of Overlegtafel as PDF/A-2b: page layout, styles, escaping, recovery sheet.

Imports only the standard library, reportlab (with Pillow) and the repo's `storage` package; never
Qt, so records can be produced and tested without a display.
"""
