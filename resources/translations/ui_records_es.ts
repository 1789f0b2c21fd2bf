<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>PageTextDialog</name>
    <message>
        <source>The text of page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words were read from the picture. Check them against the letter and put right what was misread; search then finds your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed or corrected these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words were read on this page. You can type what it says, so that search finds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Patient and therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug or therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ertapenem 1 g IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the therapy treats, as the doctor wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sulfa drugs (rash), or: none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every allergy, and what it does. Write &quot;none known&quot; if the doctor says there are none: an empty field is printed as &quot;not filled in&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the doctor who ordered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home infusion pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 6 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr. Okafor, 10:15 a.m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drug or therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dia&amp;gnosis (what it treats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;infusion pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned d&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosing schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. once a day over 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PICC line, right arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who comes, and on which days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
