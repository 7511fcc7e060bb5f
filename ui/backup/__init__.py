"""Instellingen → Back-ups: the backup folder, the last backup, "back up now" and restoring."""
