<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChildrenPage</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n on the waitlist</numerusform>
            <numerusform>%n on the waitlist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Nothing can be imported until the %n problem(s) are corrected in the file.</source>
        <translation>
            <numerusform>Nothing can be imported until the problem is corrected in the file.</numerusform>
            <numerusform>Nothing can be imported until the %n problems are corrected in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>%n child(ren) had no activity for longer than the retention period. Anonymise their data now? (Names, IIN, contacts and notes are removed; statistics stay.)</source>
        <translation>
            <numerusform>%n child had no activity for longer than the retention period. Anonymise their data now? (Names, IIN, contacts and notes are removed; statistics stay.)</numerusform>
            <numerusform>%n children had no activity for longer than the retention period. Anonymise their data now? (Names, IIN, contacts and notes are removed; statistics stay.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
</TS>
