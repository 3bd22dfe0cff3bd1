<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangeSentence</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>a list of %n item</numerusform>
            <numerusform>a list of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CronSchedule</name>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s), on the hour</source>
        <translation>
            <numerusform>every hour, on the hour</numerusform>
            <numerusform>every %n hours, on the hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s) at minute %1</source>
        <translation>
            <numerusform>every hour at minute %1</numerusform>
            <numerusform>every %n hours at minute %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffSummary</name>
    <message numerus="yes">
        <source>%n agent(s) added</source>
        <translation>
            <numerusform>%n agent added</numerusform>
            <numerusform>%n agents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) removed</source>
        <translation>
            <numerusform>%n agent removed</numerusform>
            <numerusform>%n agents removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) changed</source>
        <translation>
            <numerusform>%n agent changed</numerusform>
            <numerusform>%n agents changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled task(s) added</source>
        <translation>
            <numerusform>%n scheduled task added</numerusform>
            <numerusform>%n scheduled tasks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled task(s) removed</source>
        <translation>
            <numerusform>%n scheduled task removed</numerusform>
            <numerusform>%n scheduled tasks removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled task(s) changed</source>
        <translation>
            <numerusform>%n scheduled task changed</numerusform>
            <numerusform>%n scheduled tasks changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) added</source>
        <translation>
            <numerusform>%n workflow added</numerusform>
            <numerusform>%n workflows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) removed</source>
        <translation>
            <numerusform>%n workflow removed</numerusform>
            <numerusform>%n workflows removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) changed</source>
        <translation>
            <numerusform>%n workflow changed</numerusform>
            <numerusform>%n workflows changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) added</source>
        <translation>
            <numerusform>%n function added</numerusform>
            <numerusform>%n functions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) removed</source>
        <translation>
            <numerusform>%n function removed</numerusform>
            <numerusform>%n functions removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) changed</source>
        <translation>
            <numerusform>%n function changed</numerusform>
            <numerusform>%n functions changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) added</source>
        <translation>
            <numerusform>%n connector added</numerusform>
            <numerusform>%n connectors added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) removed</source>
        <translation>
            <numerusform>%n connector removed</numerusform>
            <numerusform>%n connectors removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) changed</source>
        <translation>
            <numerusform>%n connector changed</numerusform>
            <numerusform>%n connectors changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-agent(s) added</source>
        <translation>
            <numerusform>%n sub-agent added</numerusform>
            <numerusform>%n sub-agents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-agent(s) removed</source>
        <translation>
            <numerusform>%n sub-agent removed</numerusform>
            <numerusform>%n sub-agents removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-agent(s) changed</source>
        <translation>
            <numerusform>%n sub-agent changed</numerusform>
            <numerusform>%n sub-agents changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge base(s) added</source>
        <translation>
            <numerusform>%n knowledge base added</numerusform>
            <numerusform>%n knowledge bases added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge base(s) removed</source>
        <translation>
            <numerusform>%n knowledge base removed</numerusform>
            <numerusform>%n knowledge bases removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge base(s) changed</source>
        <translation>
            <numerusform>%n knowledge base changed</numerusform>
            <numerusform>%n knowledge bases changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document added</numerusform>
            <numerusform>%n documents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed</source>
        <translation>
            <numerusform>%n document removed</numerusform>
            <numerusform>%n documents removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) changed</source>
        <translation>
            <numerusform>%n document changed</numerusform>
            <numerusform>%n documents changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) added</source>
        <translation>
            <numerusform>%n value added</numerusform>
            <numerusform>%n values added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) removed</source>
        <translation>
            <numerusform>%n value removed</numerusform>
            <numerusform>%n values removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed</source>
        <translation>
            <numerusform>%n value changed</numerusform>
            <numerusform>%n values changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more changed value(s)</source>
        <translation>
            <numerusform>%n more changed value</numerusform>
            <numerusform>%n more changed values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message numerus="yes">
        <source>%1 is busy and asked us to wait %n second(s). Please try again then.</source>
        <translation>
            <numerusform>%1 is busy and asked us to wait %n second. Please try again then.</numerusform>
            <numerusform>%1 is busy and asked us to wait %n seconds. Please try again then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message numerus="yes">
        <source>the array has only %n element(s)</source>
        <translation>
            <numerusform>the array has only %n element</numerusform>
            <numerusform>the array has only %n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::AgentsCommand</name>
    <message numerus="yes">
        <source>%n agent(s).</source>
        <translation>
            <numerusform>%n agent.</numerusform>
            <numerusform>%n agents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::BackupDialog</name>
    <message numerus="yes">
        <source>The last %n</source>
        <translation>
            <numerusform>The last one</numerusform>
            <numerusform>The last %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) saved.</source>
        <translation>
            <numerusform>The one item was saved.</numerusform>
            <numerusform>All %n items saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) saved. The list says what was not saved and why.</source>
        <translation>
            <numerusform>%1 of %n item saved. The list says what was not saved and why.</numerusform>
            <numerusform>%1 of %n items saved. The list says what was not saved and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) saved, so nothing was stored in the encrypted backup. The list says what was not saved and why.</source>
        <translation>
            <numerusform>%1 of %n item saved, so nothing was stored in the encrypted backup. The list says what was not saved and why.</numerusform>
            <numerusform>%1 of %n items saved, so nothing was stored in the encrypted backup. The list says what was not saved and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n</source>
        <translation>
            <numerusform>the last one</numerusform>
            <numerusform>the last %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a day for %n day(s)</source>
        <translation>
            <numerusform>one a day for %n day</numerusform>
            <numerusform>one a day for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a week for %n week(s)</source>
        <translation>
            <numerusform>one a week for %n week</numerusform>
            <numerusform>one a week for %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a month for %n month(s)</source>
        <translation>
            <numerusform>one a month for %n month</numerusform>
            <numerusform>one a month for %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::BackupFailureNotice</name>
    <message numerus="yes">
        <source>%n of your xpander.ai agents</source>
        <translation>
            <numerusform>%n of your xpander.ai agents</numerusform>
            <numerusform>%n of your xpander.ai agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::BackupView</name>
    <message numerus="yes">
        <source>Your agent list already has an agent named %1. Create it again, or skip it?</source>
        <translation>
            <numerusform>Your agent list already has an agent named %1. Create it again, or skip it?</numerusform>
            <numerusform>Your agent list already has agents named %1. Create them again, or skip them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::CreateAgentDialog</name>
    <message numerus="yes">
        <source>The new agent differs from the template in %n place(s):</source>
        <translation>
            <numerusform>The new agent differs from the template in %n place:</numerusform>
            <numerusform>The new agent differs from the template in %n places:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::DiffCommand</name>
    <message numerus="yes">
        <source>… %n more change(s) not shown (--all shows every one)</source>
        <translation>
            <numerusform>… %n more change not shown (--all shows every one)</numerusform>
            <numerusform>… %n more changes not shown (--all shows every one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::ExportOverview</name>
    <message numerus="yes">
        <source>This file departs from the documented format in %n place(s). It is shown as it is.</source>
        <translation>
            <numerusform>This file departs from the documented format in %n place. It is shown as it is.</numerusform>
            <numerusform>This file departs from the documented format in %n places. It is shown as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s). Select one to read it.</source>
        <translation>
            <numerusform>%n document. Select it to read it.</numerusform>
            <numerusform>%n documents. Select one to read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::HomePage</name>
    <message numerus="yes">
        <source>Signed in to %1 — %n agent(s)</source>
        <translation>
            <numerusform>Signed in to %1 — %n agent</numerusform>
            <numerusform>Signed in to %1 — %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not complete: %n item(s) not saved</source>
        <translation>
            <numerusform>not complete: %n item not saved</numerusform>
            <numerusform>not complete: %n items not saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::OverviewCard</name>
    <message numerus="yes">
        <source>…and %n more, listed under Details (JSON).</source>
        <translation>
            <numerusform>…and %n more, listed under Details (JSON).</numerusform>
            <numerusform>…and %n more, listed under Details (JSON).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
</TS>
