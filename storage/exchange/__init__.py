"""Exchange between paired stores (issue 14): encrypted, signed ``.otpak`` packages that carry
domain records from one laptop to another, imported after a preview.

Deliberately imports nothing: the schema migration imports ``storage.exchange.kinds`` and must not
pull in the store itself. Modules:

``identity``   key pairs, fingerprint, public identity text, paired stores, rotation, own role
``kinds``      which rows travel, in which ownership groups (data only; used by migration m0005)
``records``    rows ↔ records with global ids; scopes (a meeting, cases, changes since, all)
``package``    the file format: signed header, per-recipient wrapped key, padded encrypted body
``exporting``  make a package (sequence number, audit entry, the seals' log entries)
``importing``  open and judge a package (the preview; reads only)
``applying``   write what was accepted, in one transaction, one audit entry per record
``verdicts``   the preview's results and the refusal reasons (Dutch and English)
``ownership``  explicit hand-over of records to another store
``overview``   what the exchange screens show
``service``    the API: ``preview_package``, ``import_package``, ``export_package``, ``scope``
"""
