<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Dutch for the few texts of Qt's own dialogs that Qt's qtbase_nl leaves in English
     (found by opening the file dialog in Dutch mode). Loaded after qtbase_nl; compiled
     by `make translations`. -->
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>
