<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>DocumentDetails</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message numerus="yes">
        <source>Sent “{title}” to the printer (%n pages).</source>
        <translation>
            <numerusform>Sent “{title}” to the printer (%n page).</numerusform>
            <numerusform>Sent “{title}” to the printer (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message numerus="yes">
        <source>{progress} — %n more drops waiting</source>
        <translation>
            <numerusform>{progress} — %n more drop waiting</numerusform>
            <numerusform>{progress} — %n more drops waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Stopped: %n files were not added, because you pressed Cancel. Drop them again to add them.</source>
        <translation>
            <numerusform>Stopped: %n file was not added, because you pressed Cancel. Drop it again to add it.</numerusform>
            <numerusform>Stopped: %n files were not added, because you pressed Cancel. Drop them again to add them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n other drops that were waiting were not added either.</source>
        <translation>
            <numerusform>The other drop that was waiting was not added either.</numerusform>
            <numerusform>The %n other drops that were waiting were not added either.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary} %n files are saved with the request “{request}”.</source>
        <translation>
            <numerusform>{summary} It is saved with the request “{request}”.</numerusform>
            <numerusform>{summary} %n files are saved with the request “{request}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanReading</name>
    <message numerus="yes">
        <source>Reading the documents just added… %n to go</source>
        <translation>
            <numerusform>Reading the documents just added… %n to go</numerusform>
            <numerusform>Reading the documents just added… %n to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the letter… page {page} of {pages} (%n letters waiting)</source>
        <translation>
            <numerusform>Reading the letter… page {page} of {pages} (%n letter waiting)</numerusform>
            <numerusform>Reading the letter… page {page} of {pages} (%n letters waiting)</numerusform>
        </translation>
    </message>
</context>
</TS>
