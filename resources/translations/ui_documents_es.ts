<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>AudienceChoice</name>
    <message>
        <source>What is this page for?</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Which doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescriber: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>Where the text came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the words read from the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the words read from the picture of this page and put right what was misread. Search then finds your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being read: its pages and words come in a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text read from the picture; check it against the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was typed or corrected by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words could be read on this picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scan could not be read; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add the PDFs and pictures inside as documents of their own, choose “Add the files inside”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLetterDialog</name>
    <message>
        <source>Reading the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message>
        <source>The archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerDrop</name>
    <message>
        <source>Did you send it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you send “%1” today, with the paper you just added?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you send “%1” today, with the papers you just added?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper stays with this request whatever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The papers stay with this request whatever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I sent it today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I sent it another day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with “%1”. It is not marked as sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketExport</name>
    <message>
        <source>Export folder packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet is one PDF with everything in the folder: the patient, plans, steps, every request, call and question, and the list of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add every stored letter, scan and photo at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packet as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the folder packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet could not be saved there ({0}). Try another place, like your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet could not be made. Nothing in the folder was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Print this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be printed from here. Use “Open with…” and print it from that program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReading</name>
    <message>
        <source>Reading the scanned letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the letter… page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the letter… page {0} of {1} ({2} letters waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the documents just added… {0} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned letters cannot be read on this computer, so their words are not searched. They are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scanned letter has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the scanned letters again, in the background.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page to bring along, made for the meeting you choose: what that meeting needs comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be made. Nothing in the folder was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Open with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy with the program this computer uses for this kind of file (to zoom, print or send it from there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file exactly as it was added, for example to email it or put it on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each PDF and picture inside this ZIP archive as a document of its own. The archive itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
