<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="28"/>
        <source>enrol — the centre&apos;s front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="29"/>
        <source>&lt;h2&gt;enrol&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="31"/>
        <source>Database: %1&lt;br&gt;Rooms: %2 · Groups: %3 · Children: %4 · Enrolments: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="35"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
