<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FigureCharts</name>
    <message>
        <source>not shown (&lt; 5 or x)</source>
        <translation>not shown (&lt; 5 or x)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Aangifte decided</source>
        <translation>Aangifte decided</translation>
    </message>
    <message>
        <source>Aangifte filed</source>
        <translation>Aangifte filed</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>FiguresArea</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Unprotected figures: for the chair only. Do not publish or pass them on.</source>
        <translation>Unprotected figures: for the chair only. Do not publish or pass them on.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <source>Unprotected (chair only)</source>
        <translation>Unprotected (chair only)</translation>
    </message>
    <message>
        <source>Show unprotected figures (chair only)</source>
        <translation>Show unprotected figures (chair only)</translation>
    </message>
    <message>
        <source>Shows the real small numbers. Only for the chair; the audit log records it.</source>
        <translation>Shows the real small numbers. Only for the chair; the audit log records it.</translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation>Copy as table</translation>
    </message>
    <message>
        <source>Copy the figures as a table</source>
        <translation>Copy the figures as a table</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Pipeline chart</source>
        <translation>Pipeline chart</translation>
    </message>
    <message>
        <source>Decisions by outcome per quarter, chart</source>
        <translation>Decisions by outcome per quarter, chart</translation>
    </message>
    <message>
        <source>Decisions by outcome per quarter</source>
        <translation>Decisions by outcome per quarter</translation>
    </message>
    <message>
        <source>Decisions by 1F ground</source>
        <translation>Decisions by 1F ground</translation>
    </message>
    <message>
        <source>Decisions by conflict region</source>
        <translation>Decisions by conflict region</translation>
    </message>
    <message>
        <source>Deferred cases</source>
        <translation>Deferred cases</translation>
    </message>
    <message>
        <source>OM feedback</source>
        <translation>OM feedback</translation>
    </message>
    <message>
        <source>Lead times chart</source>
        <translation>Lead times chart</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation>Per quarter</translation>
    </message>
    <message>
        <source>By ground and region</source>
        <translation>By ground and region</translation>
    </message>
    <message>
        <source>Deferrals and feedback</source>
        <translation>Deferrals and feedback</translation>
    </message>
    <message>
        <source>Lead times</source>
        <translation>Lead times</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>{period}: every count as it is.</source>
        <translation>{period}: every count as it is.</translation>
    </message>
    <message>
        <source>{period}: counts from 1 to {last} show as “&lt; {t}”; “x” is hidden as well, so that a hidden count cannot be worked out from the totals. Hatched bars are the hidden part of a total.</source>
        <translation>{period}: counts from 1 to {last} show as “&lt; {t}”; “x” is hidden as well, so that a hidden count cannot be worked out from the totals. Hatched bars are the hidden part of a total.</translation>
    </message>
    <message>
        <source>{label}: not shown ({n} cases).</source>
        <translation>{label}: not shown ({n} cases).</translation>
    </message>
    <message>
        <source>{label}: median {median} days, quartiles {p25}–{p75} days ({n} cases).</source>
        <translation>{label}: median {median} days, quartiles {p25}–{p75} days ({n} cases).</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Aangifte follow-up</source>
        <translation>Aangifte follow-up</translation>
    </message>
    <message>
        <source>Not filed yet</source>
        <translation>Not filed yet</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Not filed, because</source>
        <translation>Not filed, because</translation>
    </message>
    <message>
        <source>Date the aangifte was filed</source>
        <translation>Date the aangifte was filed</translation>
    </message>
    <message>
        <source>Why no aangifte was filed</source>
        <translation>Why no aangifte was filed</translation>
    </message>
    <message>
        <source>Feedback from the OM</source>
        <translation>Feedback from the OM</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>The date of the feedback is known</source>
        <translation>The date of the feedback is known</translation>
    </message>
    <message>
        <source>Date of the OM's feedback</source>
        <translation>Date of the OM's feedback</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Aangifte</source>
        <translation>Aangifte</translation>
    </message>
    <message>
        <source>OM feedback</source>
        <translation>OM feedback</translation>
    </message>
    <message>
        <source>Decision {number} of {date}, case {case}. The case status stays “aangifte”.</source>
        <translation>Decision {number} of {date}, case {case}. The case status stays “aangifte”.</translation>
    </message>
</context>
</TS>
