"""Cijfers (issue 15): the figures of a year or quarter as tables and charts, protected against
small numbers; the chair can switch to the unprotected view (marked, and recorded in the audit
log). Everything is computed on the worker; the GUI only draws."""
