<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>FirstLookPage</name>
    <message>
        <source>Opening the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Where things stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage steps, in the order they usually happen. Click a “?” to see what a step means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a coverage step, such as prior authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen step to the trash. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step above to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can stop the therapy comes first. Click a line to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
