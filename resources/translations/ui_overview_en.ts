<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>Wrote %n deadlines to “{0}”. Import it into your calendar; exporting again later updates the same events instead of adding new ones.</source>
        <translation>
            <numerusform>Wrote %n deadline to “{0}”. Import it into your calendar; exporting again later updates the same events instead of adding new ones.</numerusform>
            <numerusform>Wrote %n deadlines to “{0}”. Import it into your calendar; exporting again later updates the same events instead of adding new ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineNotices</name>
    <message numerus="yes">
        <source>%n deadlines are near</source>
        <translation>
            <numerusform>%n deadline is near</numerusform>
            <numerusform>%n deadlines are near</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines are near — see the Overview.</source>
        <translation>
            <numerusform>%n deadline is near — see the Overview.</numerusform>
            <numerusform>%n deadlines are near — see the Overview.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message numerus="yes">
        <source>Show the %n deadlines already done</source>
        <translation>
            <numerusform>Show the %n deadline already done</numerusform>
            <numerusform>Show the %n deadlines already done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalLeadTime</name>
    <message numerus="yes">
        <source>Re&amp;mind me to renew an approval %n days before it ends</source>
        <translation>
            <numerusform>Re&amp;mind me to renew an approval %n day before it ends</numerusform>
            <numerusform>Re&amp;mind me to renew an approval %n days before it ends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal deadlines now fall %n days before an approval ends; the ones you changed stay as they were.</source>
        <translation>
            <numerusform>Renewal deadlines now fall %n day before an approval ends; the ones you changed stay as they were.</numerusform>
            <numerusform>Renewal deadlines now fall %n days before an approval ends; the ones you changed stay as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <source>Show all %n lines for today</source>
        <translation>
            <numerusform>Show the %n line for today</numerusform>
            <numerusform>Show all %n lines for today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most urgent are shown.</source>
        <translation>
            <numerusform>The %n most urgent is shown.</numerusform>
            <numerusform>The %n most urgent are shown.</numerusform>
        </translation>
    </message>
</context>
</TS>
