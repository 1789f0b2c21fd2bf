<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <source>Delete %n things in the trash for good, for everyone who shares this folder? This cannot be undone here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n things in the trash for good? A backup is made first.</source>
        <translation>
            <numerusform>Delete %n thing in the trash for good? A backup is made first.</numerusform>
            <numerusform>Delete %n things in the trash for good? A backup is made first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{why}

Delete %n things in the trash for good anyway, without a backup?</source>
        <translation>
            <numerusform>{why}

Delete %n thing in the trash for good anyway, without a backup?</numerusform>
            <numerusform>{why}

Delete %n things in the trash for good anyway, without a backup?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message numerus="yes">
        <source>Drop to add %n letters and attach them to this request: “{0}”</source>
        <translation>
            <numerusform>Drop to add %n letter and attach it to this request: “{0}”</numerusform>
            <numerusform>Drop to add %n letters and attach them to this request: “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n letters</source>
        <translation>
            <numerusform>Drop to add %n letter</numerusform>
            <numerusform>Drop to add %n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeptChanges</name>
    <message numerus="yes">
        <source>The server still cannot be reached, so %n changes you made are not saved yet. If you close now, they will be lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server still cannot be reached, so %n changes you made are not saved yet. Opening another folder closes this one, and they will be lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
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
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n found for “{0}”</source>
        <translation>
            <numerusform>%n found for “{0}”</numerusform>
            <numerusform>%n found for “{0}”</numerusform>
        </translation>
    </message>
</context>
</TS>
