<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>AppealRules</name>
    <message>
        <source>The date on your letter comes first; confirm with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} from the date on the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} from the day you received the notice, taken as {presumed} days after its date: {total} days from the date on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} from the day you received the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{regulation} (checked {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a redetermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Medicare contractor named on the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt is presumed 5 days after the date on the notice unless shown otherwise. The Medicare Summary Notice&apos;s last page explains how to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qualified Independent Contractor (QIC) named on the redetermination notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on the day the QIC receives it; mail it early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a hearing before a judge (ALJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office named on the reconsideration notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minimum amount in dispute applies; the notice says how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Medicare Appeals Council to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office named on the judge&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the plan for a reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan, at the address on the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from 60 days from the notice&apos;s date to 65 from it for 2025 on (CY2025 rule CMS-4205-F, 89 FR 30448): 60 days after receipt, presumed 5 days after the date. CMS&apos;s guidance page (update of Nov 20, 2024, in force Jan 1, 2025) says 65; some official pages still say 60. Fairly sure of 65; the letter&apos;s own date wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to file: the plan sends its decision on to an independent reviewer by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to file: when the plan keeps its denial, it must send the case on to an independent reviewer. Ask the plan when it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office named on the reviewer&apos;s notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>422.602(b) counts 60 days from the date of the reviewer&apos;s notice (Original Medicare counts from receipt, 405.1002); the earlier reading is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>422.608 applies the Original Medicare rule, 42 CFR 405.1102.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the drug plan for a redetermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drug plan, at the address on the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current text reads 60 calendar days after receipt of the written notice, receipt presumed 5 days after its date: 65 days from the date (CY2025 rule CMS-4205-F). Older pages say 60 from the date. Sure of the current text as mirrored from ecfr.gov (June 2026); the letter&apos;s own date wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the independent review entity (IRE) for a reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the independent review entity named on the redetermination notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the date of the plan&apos;s redetermination, as the text found reads. Not sure whether the 2025 change also reached this level; counting from the date gives the earlier of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>423.1972(b) counts 60 days from the date of the reviewer&apos;s notice; 423.2002 from its receipt (presumed 5 days after). The earlier of the two is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an appeal or a fair hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan or the state, as the letter says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each state sets its own time within federal limits, and a Medicaid managed care plan has its own appeal step first; the app gives no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your state sets this time. Read the letter, or ask your state Medicaid office or the plan, how many days you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the state for a fair hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state Medicaid agency, as the letter says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state sets the time within federal limits; the app gives no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your state sets this time. Read the letter, or ask your state Medicaid office how many days you have to ask for a fair hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the plan for an internal appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the day the denial was received; with no day written down, from the date on the notice (the earlier date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an external review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer named on the final internal decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal process: within 4 months of receiving the final internal decision (with no such day in the fourth month, the first day of the fifth). A state&apos;s own process may give a different time; the letter says which applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>A visit with the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call with the insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home infusion pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, in brief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupErrors</name>
    <message>
        <source>The backup needs about {needed}, and the place where the backups are kept has {free} free, so no backup was made. The folder was left as it was. Make room there, or choose another place for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made because the folder was busy (another program kept it to itself). Nothing was changed. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDirection</name>
    <message>
        <source>We called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Wrote a demo folder to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in order: the file is sound and every document matches its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the search index with: infusion-desk check &quot;{path}&quot; --rebuild-index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder has problems. Do not delete your backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (page {page})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} #{record_id}{where}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a folder file and every stored document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check of every table and index (the search index&apos;s too), check the search index against the records, verify every stored document against its fingerprint (SHA-256) and count the records. Exits 1 if anything is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first make the search index again from the records (when the check says it is damaged; the records are not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} keeps the insurance paperwork for home infusion therapy in one folder file ({FILE_SUFFIX}). Run it with no command, or with a folder file, to open the window. The commands below run without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window on the demo folder (written the first time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that this installation works (uses only temporary files, shows the window briefly) and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a demo folder for an invented patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a realistic demo folder for an invented patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the new folder file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace an existing Infusion Desk folder file at PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find words in every record and document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every record and the text of every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show at most this many hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add files to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents (letters, scans, photos, emails, any file) to a folder. One line per file, printed as soon as that file is stored, says whether it was imported, was already there, or was refused and why. A ZIP archive is kept as one file. Exits 0 only if every file went in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files or folders of files to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a backup snapshot of a folder now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of a folder file (open or not) into its backups: the directory &quot;NAME Backups&quot; beside the folder file, or in the place given with --backups. Each document&apos;s bytes are kept there once, however many snapshots refer to them. Old snapshots are thinned out as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place that holds the backups (default: beside the folder file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a folder&apos;s backups, or put one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list, show a folder&apos;s backups, newest first, numbered. With --from N, rebuild the folder file from backup number N, checking every document; what the file held before is first kept as a backup of its own (or, if it is damaged, moved aside). The folder must not be open. Backups are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore backup number N of the list (1 is the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the restored folder to a new file instead of PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore even if some documents&apos; files are missing from the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a picture of every tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render each tab of a folder (the demo folder by default) to PNG, at normal and 150 %% text size, without showing a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to save the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder to show (default: demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {name} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of {name} in {root}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of {name} in {root} (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup number {number}: run with --list to see them ({backups} found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {target} from the backup of {chosen} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was there before is kept as the backup of {before} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file that was there was moved to {set_aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Document missing from the backup (restored without its file): {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the one-page summary ({value}) to {output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the folder packet to {output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the one-page summary for a meeting (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the one-page summary to bring to a meeting: the patient and therapy essentials and the plan IDs, then what that meeting needs first (its open questions, what that party is waiting on or owes, reference and authorization numbers, approvals ending), then the rest in brief. Always exactly one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who the page is for: a visit with the doctor, a call with the insurance plan, the home infusion pharmacy, or everything in brief (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --for doctor, the doctor or office (a contact&apos;s name); with --for plan, the plan (its company&apos;s name); default: the prescriber, every plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size (default: letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the full folder packet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every record of the folder as a multi-page PDF with a cover, page numbers and bookmarks; with --with-documents, every stored document too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append every stored document (letters, scans, photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadlines to do in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadlines in {name} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines in {name} ({to_do} to do), soonest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a folder&apos;s deadlines; write them for a calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the deadlines still to do (appeal windows, approvals to renew, promised call-backs, her own), soonest first, each with where its date came from; a date worked out from the appeal rules comes with its source. With --ics, also write every deadline to a calendar file that Google, Apple and Outlook calendars import (importing it again updates the same events). The folder is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the calendar file (.ics added when missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the deadlines already done too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{to_ask} to ask, {answered} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateSource</name>
    <message>
        <source>The letter says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out from the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <comment>full month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hour}:{minute} AM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hour}:{minute} PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday}, {month} {day}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {day}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends in %n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %n days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date this field understands. Try 11/3/2026 or Nov 3, 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {month} {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {month} {day}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday}, {month} {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinePurpose</name>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message>
        <source>Appeal by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked out from the rules ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked out from the approval&apos;s end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule: {counted}. Source: {source}, {url}. {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} — {when}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} — {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>{appeal}: {counted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}, {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter gives this date; it comes before any rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules would give {day}; the letter&apos;s date counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule for this plan and letter. Read the letter, or ask the plan how many days you have to appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the date on the letter (and the day it came) to work out the last day to appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the day the letter came: the date on it is not written down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Prescription or referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance card or plan document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior-authorization decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This could not be saved because the disk is full, and the folder was left as it was. Make room on the disk (empty the computer&apos;s trash, for example), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder file is busy (another program is using it), so this was not saved yet. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder file is busy (another program is using it), so this could not be read just now. Wait a moment, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved because the folder file cannot be written to any more (the disk or USB stick may be locked, or set to read only). The folder was left as it was. Copy it to a place you can write to, then open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved because the folder file is no longer where it was (it was moved, renamed or deleted, or its disk or USB stick was taken out). Nothing was changed. Put it back or plug the stick in again, then open the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder file is no longer where it was (it was moved, renamed or deleted, or its disk or USB stick was taken out), so this could not be read. Put it back or plug the stick in again, then open the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk this folder is on is full, so the folder could not be read. Make room on the disk (empty the computer&apos;s trash, for example), then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder file at {path}. It may have been moved or renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}. Nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Infusion Desk. Please update the app to open it. Nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks damaged and cannot be opened safely. Nothing in it was changed; a backup copy may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file changed while it was being added. Try again when it is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of {name} could not be read because the file is damaged there. Nothing in it was changed; restoring the newest good backup usually helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged; your records are fine. Rebuilding the search index from the records repairs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read. Check that the disk or USB stick is plugged in and that you may open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at {path}. Choose another name, or open that folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That {kind} is no longer in the folder. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved, and the folder was left as it was. Check that there is room on the disk and that the folder file is still there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is already open in Infusion Desk on this computer. Switch to that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is open in Infusion Desk on another computer ({host}). Close it there first, or open it for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made, and the folder was left as it was. Check that the backup disk is plugged in and has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place where the backups are kept cannot be found. Check that the backup disk or USB stick is plugged in, then try again. The folder was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place where the backups are kept cannot be written to (it may be a locked USB stick, a CD, or a folder you may only read). The folder was left as it was. Choose another place for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk where the backups are kept is full. The folder was left as it was. Make room on that disk, or choose another place for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup of this folder is being made or put back right now. Wait a minute, then try again. The folder was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put back, and the folder was left as it was. Check that there is room on the disk and that the folder file may be changed, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put back because the folder&apos;s place cannot be written to (a CD, a locked USB stick, or a folder you may only read). The folder was left as it was. Put the backup back into a place you can write to instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put back because the disk the folder is on is full. The folder was left as it was. Make room on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from {name} is damaged and cannot be restored. Nothing was changed; choose an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is open for reading only, so changes cannot be saved. Copy it to a place you can write to, then open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be read from the folder file. Check that the disk or USB stick is still plugged in, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelledEnum</name>
    <message>
        <source>(a kind from a newer version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingErrors</name>
    <message>
        <source>There is no {what} called “{name}” in this folder; it has {names} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {what} called “{name}” in this folder; it has {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {what} called “{name}” in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name goes only with a visit with the doctor or a call with a plan, not with {meeting}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRank</name>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanType</name>
    <message>
        <source>Original Medicare (Part B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare drug plan (Part D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer or commercial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient and therapy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestState</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendMethod</name>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the home infusion pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Benefits verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reauthorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved / done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>Can stop the therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval ending, renewal under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} (was due {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {who} back ({person}) — {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {who} back — {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back — {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name} about the denial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name} about renewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} {day}, {late} ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} {day} ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} {day} — {when}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied on {day}: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval {when} ({day}): {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back — {due}. Last time: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “{what}” — {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and 1 more question to ask (see them all under Questions to ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %n more questions to ask (see them all under Questions to ask)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
