<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AppealRules</name>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar days</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupInfo</name>
    <message numerus="yes">
        <source>%n documents are missing from the backup.</source>
        <translation>
            <numerusform>%n document is missing from the backup.</numerusform>
            <numerusform>%n documents are missing from the backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n documents is missing from the backup.</source>
        <translation>
            <numerusform>The text of %n document is missing from the backup.</numerusform>
            <numerusform>The text of %n documents is missing from the backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallQuestions</name>
    <message numerus="yes">
        <source>%n questions for {name}</source>
        <translation>
            <numerusform>%n question for {name}</numerusform>
            <numerusform>%n questions for {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n days</source>
        <translation>
            <numerusform>ends in %n day</numerusform>
            <numerusform>ends in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>ended %n day ago</numerusform>
            <numerusform>ended %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineExport</name>
    <message numerus="yes">
        <source>Wrote %n deadlines ({open} still to do) to {file}.</source>
        <translation>
            <numerusform>Wrote %n deadline ({open} still to do) to {file}.</numerusform>
            <numerusform>Wrote %n deadlines ({open} still to do) to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <source>The server cannot be reached. %n changes are kept and will be saved when it is back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is back: %n kept changes are saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordChanges</name>
    <message numerus="yes">
        <source>Deleted %n things from the trash for good.</source>
        <translation>
            <numerusform>Deleted %n thing from the trash for good.</numerusform>
            <numerusform>Deleted %n things from the trash for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message numerus="yes">
        <source>… and %n more questions to ask (see them all under Questions to ask)</source>
        <translation>
            <numerusform>… and %n more question to ask (see them all under Questions to ask)</numerusform>
            <numerusform>… and %n more questions to ask (see them all under Questions to ask)</numerusform>
        </translation>
    </message>
</context>
</TS>
