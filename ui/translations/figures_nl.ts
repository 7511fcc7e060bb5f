<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FigureCharts</name>
    <message>
        <source>not shown (&lt; 5 or x)</source>
        <translation>niet getoond (&lt; 5 of x)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Aangifte decided</source>
        <translation>Besloten tot aangifte</translation>
    </message>
    <message>
        <source>Aangifte filed</source>
        <translation>Aangifte gedaan</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
</context>
<context>
    <name>FiguresArea</name>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Unprotected figures: for the chair only. Do not publish or pass them on.</source>
        <translation>Onbeschermde cijfers: alleen voor de voorzitter. Niet publiceren of doorgeven.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Heel het jaar</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>Kwartaal {n}</translation>
    </message>
    <message>
        <source>Unprotected (chair only)</source>
        <translation>Onbeschermd (alleen voorzitter)</translation>
    </message>
    <message>
        <source>Show unprotected figures (chair only)</source>
        <translation>Toon onbeschermde cijfers (alleen voorzitter)</translation>
    </message>
    <message>
        <source>Shows the real small numbers. Only for the chair; the audit log records it.</source>
        <translation>Toont de echte kleine aantallen. Alleen voor de voorzitter; het logboek legt dit vast.</translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation>Kopieer als tabel</translation>
    </message>
    <message>
        <source>Copy the figures as a table</source>
        <translation>Kopieer de cijfers als tabel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Pipeline chart</source>
        <translation>Grafiek van casus tot aangifte</translation>
    </message>
    <message>
        <source>Decisions by outcome per quarter, chart</source>
        <translation>Grafiek besluiten naar uitkomst per kwartaal</translation>
    </message>
    <message>
        <source>Decisions by outcome per quarter</source>
        <translation>Besluiten naar uitkomst per kwartaal</translation>
    </message>
    <message>
        <source>Decisions by 1F ground</source>
        <translation>Besluiten naar 1F-grond</translation>
    </message>
    <message>
        <source>Decisions by conflict region</source>
        <translation>Besluiten naar conflictregio</translation>
    </message>
    <message>
        <source>Deferred cases</source>
        <translation>Aangehouden casussen</translation>
    </message>
    <message>
        <source>OM feedback</source>
        <translation>Terugkoppeling OM</translation>
    </message>
    <message>
        <source>Lead times chart</source>
        <translation>Grafiek doorlooptijden</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <source>By ground and region</source>
        <translation>Naar grond en regio</translation>
    </message>
    <message>
        <source>Deferrals and feedback</source>
        <translation>Aanhouden en terugkoppeling</translation>
    </message>
    <message>
        <source>Lead times</source>
        <translation>Doorlooptijden</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kerncijfer</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>{period}: every count as it is.</source>
        <translation>{period}: elk aantal zoals het is.</translation>
    </message>
    <message>
        <source>{period}: counts from 1 to {last} show as “&lt; {t}”; “x” is hidden as well, so that a hidden count cannot be worked out from the totals. Hatched bars are the hidden part of a total.</source>
        <translation>{period}: aantallen van 1 tot en met {last} staan als ‘&lt; {t}’; ‘x’ is ook verborgen, zodat een verborgen aantal niet uit de totalen volgt. Gearceerde balken zijn het verborgen deel van een totaal.</translation>
    </message>
    <message>
        <source>{label}: not shown ({n} cases).</source>
        <translation>{label}: niet getoond ({n} casussen).</translation>
    </message>
    <message>
        <source>{label}: median {median} days, quartiles {p25}–{p75} days ({n} cases).</source>
        <translation>{label}: mediaan {median} dagen, kwartielen {p25}–{p75} dagen ({n} casussen).</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Aangifte follow-up</source>
        <translation>Opvolging aangifte</translation>
    </message>
    <message>
        <source>Not filed yet</source>
        <translation>Nog geen aangifte gedaan</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Aangifte gedaan op</translation>
    </message>
    <message>
        <source>Not filed, because</source>
        <translation>Geen aangifte gedaan, omdat</translation>
    </message>
    <message>
        <source>Date the aangifte was filed</source>
        <translation>Datum waarop aangifte is gedaan</translation>
    </message>
    <message>
        <source>Why no aangifte was filed</source>
        <translation>Waarom geen aangifte is gedaan</translation>
    </message>
    <message>
        <source>Feedback from the OM</source>
        <translation>Terugkoppeling van het OM</translation>
    </message>
    <message>
        <source>on</source>
        <translation>op</translation>
    </message>
    <message>
        <source>The date of the feedback is known</source>
        <translation>De datum van de terugkoppeling is bekend</translation>
    </message>
    <message>
        <source>Date of the OM's feedback</source>
        <translation>Datum van de terugkoppeling van het OM</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Aangifte</source>
        <translation>Aangifte</translation>
    </message>
    <message>
        <source>OM feedback</source>
        <translation>Terugkoppeling OM</translation>
    </message>
    <message>
        <source>Decision {number} of {date}, case {case}. The case status stays “aangifte”.</source>
        <translation>Besluit {number} van {date}, casus {case}. De status van de casus blijft ‘aangifte’.</translation>
    </message>
</context>
</TS>
