<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>BackupActions</name>
    <message>
        <source>Backed up today&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: it needs about {0}, and the place for backups has {1} free. Make room there, or choose another place (File &gt; Backup location…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made because the folder was busy. It will be made the next time the folder is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made because the folder looks damaged. Keep your older backups (Help &gt; Check this folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: the place for backups cannot be found. Check that the backup disk or USB stick is plugged in (File &gt; Backup location…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: the place for backups cannot be written to. Choose another place (File &gt; Backup location…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: the backup disk is full. Make room there, or choose another place (File &gt; Backup location…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the backup back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is already empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying the trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptied the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete without a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged; your records are fine. This folder is open for reading only, so the index cannot be rebuilt here: open the folder for changes to rebuild it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt the search index: {0} records and documents can be found again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderOpening</name>
    <message>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder was updated for this version. A copy of the old one is saved as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s name (the folder is named after them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new folder as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a new folder for {0}. Add the therapy and insurance plans on the Overview tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this. Nothing is left half-done: what was finished stays, the rest is not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something went wrong. Nothing was lost. The details were written to the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saved the folder packet as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for reading only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The search index is damaged; your records are fine. Rebuild it?

It is made again from the records, which are not changed. Until then, searching may not find everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this folder are kept in {0}. Choose the moment to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this folder yet. One is made each day the folder is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Find anything (Ctrl+F): a name, a reference number, a word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for “{0}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} found for “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · page {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page to bring to an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export folder packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;scans that have no text yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again the scanned letters and photos whose words could not be read, so that search finds what they say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Save button: everything you type or change is kept in the folder file at once. Deleted things go to the trash and can be brought back with Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
