<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>SummaryDeadlines</name>
        <message numerus="yes">
            <source>%n deadlines are {where} of the app.</source>
            <translation>
                <numerusform>%n deadline is {where} of the app.</numerusform>
                <numerusform>%n deadlines are {where} of the app.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryLists</name>
        <message numerus="yes">
            <source>%n more {things}</source>
            <translation>
                <numerusform>%n more {things}</numerusform>
                <numerusform>%n more {things}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more {things} are {where} of the app.</source>
            <translation>
                <numerusform>%n more {things} is {where} of the app.</numerusform>
                <numerusform>%n more {things} are {where} of the app.</numerusform>
            </translation>
        </message>
    </context>
</TS>
