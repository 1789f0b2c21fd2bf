<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>HelpBox</name>
    <message>
        <source>What this means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMark</name>
    <message>
        <source>What “{0}” means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>How far it has got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <source>Papers we sent (double-click one to open it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers kept with it, not sent yet (double-click one to open it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTrack</name>
    <message>
        <source>Where things stand: the coverage steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Chosen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>set_combo_value</name>
    <message>
        <source>This was chosen in a newer version of Infusion Desk. It is kept as it is unless you choose something else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
