<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept your sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says your sign-in is not allowed to do this. Check that the key or session belongs to the right account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not find what was asked for. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy and asked us to wait %n second(s). Please try again then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is busy right now. Please try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a problem on its side: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a problem on its side. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped sending data, so the download was stopped. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. The server address may be wrong, or someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from %1 was larger than the allowed limit and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a web page instead of your data. Your sign-in has probably expired: please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data from %1 was incomplete or damaged, so nothing was saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent something that is not an export, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your data travels encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid. It should look like https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tried to send the request to a different website. It was stopped to keep your sign-in safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in text cannot be used: it must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available to store your sign-in safely. Install or start one (GNOME Keyring, KWallet, or KeePassXC with Secret Service integration) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name or allow replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CronSchedule</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid schedule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour, on the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour at minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a custom schedule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every Monday to Friday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on day %2 of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s), on the hour</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s) at minute %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportShape</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the documented values (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.version: “%1” is newer than the documented “1.0”; some fields may be shown without explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDocument</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends before the JSON value is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “:” must follow the member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma before “%1” is not allowed (trailing comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “,” or “}” after a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “,” or “]” after an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names and text must be in double quotes, not single quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text must be in double quotes, not single quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value larger than 4 GB is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text is never closed with a double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break or control character inside text must be written as an escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“\u” must be followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unpaired surrogate escape (\u%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“\%1” is not a valid escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers cannot have a leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected word; only true, false and null are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>a path starts with “.”, as in .agents[0].name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“[” is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array index must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted key is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the array has only %n element(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonSearch</name>
    <message>
        <source>Type something to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::AccountExportDialog</name>
    <message>
        <source>Export my Agentbot account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The export holds everything Agentbot keeps about your account:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;your profile: name, email address, plan and referral credits&lt;/li&gt;&lt;li&gt;your agents, with their model and status&lt;/li&gt;&lt;li&gt;your scheduled tasks, with their schedules&lt;/li&gt;&lt;li&gt;your workflows&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;You will see it before anything is saved on this computer.&lt;/p&gt;&lt;p&gt;Server: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::AccountTables</name>
    <message>
        <source>Agentbot account contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::AgentBrowser</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xpander.ai agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;xpander.ai agents&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Agentbot&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the export of %1 · agents: %2 · scheduled tasks: %3 · workflows: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your account, or open a saved Agentbot export, to see your agents, scheduled tasks and workflows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to xpander.ai to see your agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading agents… %1 so far (page %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Agentbot first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::AgentTableModel</name>
    <message>
        <source>Icon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::Cli</name>
    <message>
        <source>Agent Takeout: export your data from Agentbot and xpander.ai.

Commands:
  login agentbot|xpander --server URL    store a session or API key (read from stdin)
  logout agentbot|xpander --server URL   delete it from the keychain
  agents --server URL [--json]           list your xpander.ai agents
  export account --server URL [-o FILE | --out-dir DIR]
  export template --server URL --agent ID [--name N] [--description D] [--icon I]
                  [--with-knowledge-bases] [-o FILE | --out-dir DIR]
  serve-demo [--port N] [--fault NAME]   run the demo service in the foreground
  inspect FILE [--json]                  what a saved export holds, and how it departs
                                         from the documented shape
  get FILE PATH                          the value at a jq-style path, as compact JSON

Credentials come from the system keychain, or from AGENT_TAKEOUT_AGENTBOT_SESSION and
AGENT_TAKEOUT_XPANDER_API_KEY when those are set.
Exit codes: 0 success, 1 usage, 2 file problem, 3 authentication, 4 network, 5 server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, logout, agents, export or serve-demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the agent list as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the export to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the export into DIR under the suggested name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The xpander.ai agent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name (default: the agent&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template description (default: the agent&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template icon, an emoji (default: the agent&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include knowledge bases with their documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS without data (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse responses larger than MB megabytes (default 4096).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve-demo: the port to listen on (default: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve-demo: misbehave in this way (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size takes a number of megabytes greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either -o FILE or --out-dir DIR, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to %1 at %2. Run: agent-takeout-cli login %3 --server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your Agentbot session (it is not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your xpander.ai API key (it is not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was entered on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your %1 sign-in for %2 in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Downloading… %1 of %2   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Downloading… %1   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fault. Choose one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 (is the port taken?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo service running at %1. Agentbot session: %2, xpander.ai key: %3. Ctrl+C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run agent-takeout-cli --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::ExportDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::ExportOverview</name>
    <message>
        <source>Show &amp;Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt;&lt;br&gt;Plan: %3 · Role: %4 · Referral code: %5 · Referral credits: %6&lt;br&gt;Exported %7 · format %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role
%1

Goal
%2

General
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a function to see its source code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom functions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base / document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to read its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This file departs from the documented format in %n place(s). It is shown as it is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Knowledge bases (%n document(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::ExportPreview</name>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the export holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON document found inside another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. Nothing is on your disk until you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agentbot account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;JSON document&lt;/b&gt;&lt;br&gt;Not an Agentbot or xpander.ai export; shown as a plain tree.&lt;br&gt;Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;Agent definition: %4&lt;br&gt;Custom functions: %5 · Connectors: %6 · Sub-agents: %7 · Knowledge bases: %8 (documents: %9)&lt;br&gt;Size on disk: %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agentbot account&lt;/b&gt;&lt;br&gt;Profile: %1&lt;br&gt;Exported %2 (format %3)&lt;br&gt;Agents: %4 · Scheduled tasks: %5 · Workflows: %6&lt;br&gt;Size on disk: %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::JsonTreeModel</name>
    <message>
        <source>object {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type / size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::JsonView</name>
    <message>
        <source>Re&amp;gex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as &amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand All Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Pa&amp;th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text of the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a value to see all of it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is itself a JSON document: open it in a tab of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — too large to show here; use Raw or expand it in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… (the first %1 MB of %2 MB are shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::MainWindow</name>
    <message>
        <source>Agent Takeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
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
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agentbot Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;xpander.ai Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gents and Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I find my &amp;Agentbot session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I create an &amp;xpander.ai API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Agent Takeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Agent Takeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Agent Takeout %1&lt;/h3&gt;&lt;p&gt;Get your data out of Agentbot and xpander.ai, look at it before it is saved, and find what you need in it later.&lt;/p&gt;&lt;p&gt;Your sign-in is kept only in the system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: both services are the built-in demo at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: it is not valid JSON.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some exports have not been saved. Quit and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your Agentbot session&lt;/h3&gt;&lt;p&gt;Agentbot has no API keys: it signs you in through your web browser, and Agent Takeout uses that sign-in.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open your Agentbot site in your browser and sign in.&lt;/li&gt;&lt;li&gt;Press F12 to open the developer tools.&lt;/li&gt;&lt;li&gt;Choose &lt;i&gt;Storage&lt;/i&gt; (Firefox) or &lt;i&gt;Application&lt;/i&gt; (Chrome, Edge), then &lt;i&gt;Cookies&lt;/i&gt; and your Agentbot site.&lt;/li&gt;&lt;li&gt;Copy the cookies as &lt;i&gt;name=value; name=value&lt;/i&gt; and paste them into the Agentbot sign-in. If your site gives you a token instead, paste the token.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;It is checked by your first export. Agent Takeout keeps it only in your system keychain, and only if you ask it to.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your xpander.ai API key&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Sign in to the xpander.ai app.&lt;/li&gt;&lt;li&gt;Open &lt;i&gt;Settings&lt;/i&gt;, then &lt;i&gt;API Keys&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Press &lt;i&gt;Create API key&lt;/i&gt;, give it a name you will recognise (for example “Agent Takeout”), and copy it.&lt;/li&gt;&lt;li&gt;Paste it into the xpander.ai sign-in. It is checked right away.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Agent Takeout keeps it only in your system keychain, and only if you ask it to. You can delete the key in xpander.ai at any time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::SignInPanel</name>
    <message>
        <source>Remember on this computer (system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in to Agentbot&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in to xpander.ai&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agentbot has no API keys: the app uses the session of your browser. Sign in to Agentbot in your browser, open the developer tools (F12), go to Storage or Application › Cookies, and copy the cookies of the Agentbot site as &lt;i&gt;name=value; name=value&lt;/i&gt;. Paste them here. The session is checked when you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key in the xpander.ai app: open Settings › API Keys, press &lt;i&gt;Create API key&lt;/i&gt;, and copy it. Paste it here; it is checked right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://your-agentbot-site.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your session cookies or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the sign-in in memory until you quit. Nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your Agentbot session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xpander.ai did not accept this API key. Check that you copied all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with xpander.ai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Your sign-in is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this session only. You will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again, or sign in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takeout::TemplateExportDialog</name>
    <message>
        <source>Include &amp;knowledge bases (document contents can make the file much larger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1” as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template holds the agent&apos;s configuration: instructions, functions, connectors and sub-agents. You will see it before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export and inspect your AI-agent data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the app on a built-in demo service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo service could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
