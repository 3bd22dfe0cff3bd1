<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%1 is busy and asked us to wait %n second(s). Please try again then.</source>
        <translation>
            <numerusform>%1 is busy and asked us to wait %n second. Please try again then.</numerusform>
            <numerusform>%1 is busy and asked us to wait %n seconds. Please try again then.</numerusform>
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
    <name>Takeout::ExportOverview</name>
    <message numerus="yes">
        <source>This file departs from the documented format in %n place(s). It is shown as it is.</source>
        <translation>
            <numerusform>This file departs from the documented format in %n place. It is shown as it is.</numerusform>
            <numerusform>This file departs from the documented format in %n places. It is shown as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Knowledge bases (%n document(s))</source>
        <translation>
            <numerusform>Knowledge bases (%n document)</numerusform>
            <numerusform>Knowledge bases (%n documents)</numerusform>
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
</context>
</TS>
