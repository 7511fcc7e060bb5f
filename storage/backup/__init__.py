"""Encrypted backups: one file each, made and restored without plaintext ever touching the disk.

Import the module that does the job you need; this package re-exports nothing, so importing one
part never drags in the others (restoring needs ``storage.access``, which wires ``at_close``):

* ``archive``: the backup file format; reading, verifying and authenticating a file; writing one.
* ``pointer``: where backups lie (the default folder, the pointer file next to the database).
* ``catalogue``: the backups in a folder, newest first; the newest good backup of a store.
* ``preferences``: the chosen folder, automatic on or off, and the status shown in Settings.
* ``making``: making a backup (``create_backup``, ``backup_now``).
* ``rotation``: which backups are kept.
* ``at_close``: the automatic backup when a store closes (a store's ``on_close``).
* ``restoring``: restoring a backup into a folder (``restore_backup``).
* ``keyfile_restore``: putting back a damaged key file from a backup's copy.
* ``rewrap``: a new recovery code reaches the existing backups.
"""
