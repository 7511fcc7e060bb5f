<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfirmPurgeDialog</name>
    <message>
        <source>Confirm purge</source>
        <translation>Confirm purge</translation>
    </message>
    <message>
        <source>Purging cannot be undone. Everything below is removed from this store; only a tombstone with the reference and dates remains.</source>
        <translation>Purging cannot be undone. Everything below is removed from this store; only a tombstone with the reference and dates remains.</translation>
    </message>
    <message>
        <source>What the purge removes</source>
        <translation>What the purge removes</translation>
    </message>
    <message>
        <source>Checking what the purge removes…</source>
        <translation>Checking what the purge removes…</translation>
    </message>
    <message>
        <source>Type the reference {reference} to confirm</source>
        <translation>Type the reference {reference} to confirm</translation>
    </message>
    <message>
        <source>Type the number of cases ({count}) to confirm</source>
        <translation>Type the number of cases ({count}) to confirm</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Afterwards the store is compacted (VACUUM), so that no deleted page keeps the text. Backups made earlier keep the content until they are rotated out.</source>
        <translation>Afterwards the store is compacted (VACUUM), so that no deleted page keeps the text. Backups made earlier keep the content until they are rotated out.</translation>
    </message>
    <message>
        <source>Not every case can be purged now; see the reasons above.</source>
        <translation>Not every case can be purged now; see the reasons above.</translation>
    </message>
    <message>
        <source>Purging and compacting the store…</source>
        <translation>Purging and compacting the store…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention periods</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>&amp;Cases due for purging</source>
        <translation>&amp;Cases due for purging</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest decision</source>
        <translation>Latest decision</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>Cases due for purging</source>
        <translation>Cases due for purging</translation>
    </message>
    <message>
        <source>No case has passed its retention period.</source>
        <translation>No case has passed its retention period.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Select all due cases</source>
        <translation>Select all due cases</translation>
    </message>
    <message>
        <source>&amp;Purge selected…</source>
        <translation>&amp;Purge selected…</translation>
    </message>
    <message>
        <source>Purge the selected cases</source>
        <translation>Purge the selected cases</translation>
    </message>
    <message>
        <source>P&amp;urged cases (tombstones)</source>
        <translation>P&amp;urged cases (tombstones)</translation>
    </message>
    <message>
        <source>Purged cases</source>
        <translation>Purged cases</translation>
    </message>
    <message>
        <source>A purge removes the case's content everywhere in this store (case, minutes, decisions, actions, search index) and leaves a tombstone with its reference and dates. Adopted minutes are marked as redacted. Backups made earlier keep the content until they are rotated out.</source>
        <translation>A purge removes the case's content everywhere in this store (case, minutes, decisions, actions, search index) and leaves a tombstone with its reference and dates. Adopted minutes are marked as redacted. Backups made earlier keep the content until they are rotated out.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No case has been purged yet.</source>
        <translation>No case has been purged yet.</translation>
    </message>
    <message>
        <source>Purged: {references}. The store was compacted.</source>
        <translation>Purged: {references}. The store was compacted.</translation>
    </message>
    <message>
        <source>Marked as redacted: {meetings}.</source>
        <translation>Marked as redacted: {meetings}.</translation>
    </message>
    <message>
        <source>Purged: {references}, but compacting the store failed: {error}</source>
        <translation>Purged: {references}, but compacting the store failed: {error}</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>Retention periods</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>How long a closed case is kept, counted from its latest decision (or from the day it closed, if that is later). Open cases are never purged. Set the periods your organisation has decided on; the defaults are only a starting point.</source>
        <translation>How long a closed case is kept, counted from its latest decision (or from the day it closed, if that is later). Open cases are never purged. Set the periods your organisation has decided on; the defaults are only a starting point.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Retention period for status {status}</source>
        <translation>Retention period for status {status}</translation>
    </message>
    <message>
        <source>Apply periods</source>
        <translation>Apply periods</translation>
    </message>
    <message>
        <source>Apply retention periods</source>
        <translation>Apply retention periods</translation>
    </message>
    <message>
        <source>Cases due for purging…</source>
        <translation>Cases due for purging…</translation>
    </message>
    <message>
        <source>Show the cases due for purging</source>
        <translation>Show the cases due for purging</translation>
    </message>
    <message>
        <source>Saved. {n} retention date(s) recomputed.</source>
        <translation>Saved. {n} retention date(s) recomputed.</translation>
    </message>
</context>
<context>
    <name>RetentionTexts</name>
    <message>
        <source>{status} {years} years</source>
        <translation>{status} {years} years</translation>
    </message>
    <message>
        <source>Retention periods (after the latest decision): {periods}; open cases are never purged.</source>
        <translation>Retention periods (after the latest decision): {periods}; open cases are never purged.</translation>
    </message>
</context>
</TS>
