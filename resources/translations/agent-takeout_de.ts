<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountPictures</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>No enabled scheduled task runs this week.</source>
        <translation>In dieser Woche läuft keine aktivierte geplante Aufgabe.</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>This folder is not a backup made by Agent Takeout.</source>
        <translation>Dieser Ordner ist keine Sicherung von Agent Takeout.</translation>
    </message>
    <message>
        <source>The Agentbot account cannot be put back: Agentbot has no import. Its export stays in the backup.</source>
        <translation>Das Agentbot-Konto kann nicht zurückgespielt werden: Agentbot hat keinen Import. Sein Export bleibt in der Sicherung.</translation>
    </message>
    <message>
        <source>This agent was not saved in the backup.</source>
        <translation>Dieser Agent wurde in der Sicherung nicht gespeichert.</translation>
    </message>
    <message>
        <source>This agent&apos;s file in the backup is damaged: %1</source>
        <translation>Die Datei dieses Agenten in der Sicherung ist beschädigt: %1</translation>
    </message>
    <message>
        <source>There is no backup of Agent Takeout in %1 yet.</source>
        <translation>In %1 gibt es noch keine Sicherung von Agent Takeout.</translation>
    </message>
    <message>
        <source>it cannot be read from the backup</source>
        <translation>sie lässt sich nicht aus der Sicherung lesen</translation>
    </message>
    <message>
        <source>size is %1 bytes, the manifest says %2</source>
        <translation>die Größe beträgt %1 Bytes, laut Manifest %2</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest&apos;s</source>
        <translation>SHA-256 weicht vom Wert im Manifest ab</translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <source>%1 could not be removed completely.</source>
        <translation>%1 konnte nicht vollständig entfernt werden.</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>not a backup manifest of Agent Takeout</source>
        <translation>kein Sicherungsmanifest von Agent Takeout</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>the backup did not run to the end</source>
        <translation>die Sicherung wurde nicht bis zum Ende ausgeführt</translation>
    </message>
    <message>
        <source>Agentbot account</source>
        <translation>Agentbot-Konto</translation>
    </message>
    <message>
        <source>xpander.ai agent list</source>
        <translation>xpander.ai-Agentenliste</translation>
    </message>
    <message>
        <source>xpander.ai agent %1</source>
        <translation>xpander.ai-Agent %1</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>not a file name inside the backup folder</source>
        <translation>kein Dateiname innerhalb des Sicherungsordners</translation>
    </message>
    <message>
        <source>is a link, not the saved file</source>
        <translation>ist eine Verknüpfung, nicht die gespeicherte Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>size is %1 bytes, the manifest says %2</source>
        <translation>die Größe beträgt %1 Bytes, laut Manifest %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest&apos;s</source>
        <translation>SHA-256 weicht vom Wert im Manifest ab</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>BrowserSession</name>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (Profil %2)</translation>
    </message>
    <message>
        <source>The cookie store of %1 could not be read: it is damaged or not a browser&apos;s cookie store.</source>
        <translation>Der Cookie-Speicher von %1 konnte nicht gelesen werden: Er ist beschädigt oder kein Cookie-Speicher eines Browsers.</translation>
    </message>
    <message>
        <source>%1 has no Agentbot sign-in for %2. Sign in there, then press the button again.</source>
        <translation>%1 hat keine Agentbot-Anmeldung für %2. Melden Sie sich dort an und klicken Sie dann erneut auf die Schaltfläche.</translation>
    </message>
    <message>
        <source>%1 was not found on this computer (no profile with cookies).</source>
        <translation>%1 wurde auf diesem Computer nicht gefunden (kein Profil mit Cookies).</translation>
    </message>
    <message>
        <source>No browser on this computer has an Agentbot sign-in for %1. Sign in there, then press the button again.</source>
        <translation>Kein Browser auf diesem Computer hat eine Agentbot-Anmeldung für %1. Melden Sie sich dort an und klicken Sie dann erneut auf die Schaltfläche.</translation>
    </message>
</context>
<context>
    <name>ChangeSentence</name>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Scheduled task %1</source>
        <translation>Geplante Aufgabe %1</translation>
    </message>
    <message>
        <source>Workflow %1</source>
        <translation>Workflow %1</translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>Connector %1</source>
        <translation>Konnektor %1</translation>
    </message>
    <message>
        <source>Sub-agent %1</source>
        <translation>Unteragent %1</translation>
    </message>
    <message>
        <source>Knowledge base %1</source>
        <translation>Wissensdatenbank %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Modellanbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Empfehlungscode</translation>
    </message>
    <message>
        <source>Referral credits</source>
        <translation>Empfehlungsguthaben</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>General instructions</source>
        <translation>Allgemeine Anweisungen</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegierung</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>API description</source>
        <translation>API-Beschreibung</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>eine Liste mit %n Eintrag</numerusform>
            <numerusform>eine Liste mit %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source> › </source>
        <translation> › </translation>
    </message>
    <message>
        <source>Everything added</source>
        <translation>Alles hinzugefügt</translation>
    </message>
    <message>
        <source>Everything removed</source>
        <translation>Alles entfernt</translation>
    </message>
    <message>
        <source>The whole file changed</source>
        <translation>Die ganze Datei hat sich geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 entfernt (war %2)</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Turned on</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <source>%1 turned on</source>
        <translation>%1 eingeschaltet</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 turned off</source>
        <translation>%1 ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ChromiumCookieStore</name>
    <message>
        <source>%1 protects this sign-in so that only %1 itself can read it. Copy the sign-in by hand instead (Other ways).</source>
        <translation>%1 schützt diese Anmeldung so, dass nur %1 selbst sie lesen kann. Kopieren Sie die Anmeldung stattdessen von Hand (Andere Wege).</translation>
    </message>
    <message>
        <source>The sign-in saved by %1 could not be decrypted: its key in your keyring does not fit.</source>
        <translation>Die von %1 gespeicherte Anmeldung konnte nicht entschlüsselt werden: Ihr Schlüssel in Ihrem Schlüsselbund passt nicht.</translation>
    </message>
</context>
<context>
    <name>CronSchedule</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>not a valid schedule (%1)</source>
        <translation>kein gültiger Zeitplan (%1)</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message>
        <source>every hour, on the hour</source>
        <translation>stündlich zur vollen Stunde</translation>
    </message>
    <message>
        <source>every hour at minute %1</source>
        <translation>stündlich zur Minute %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1 Uhr</translation>
    </message>
    <message>
        <source>on a custom schedule (%1)</source>
        <translation>nach eigenem Zeitplan (%1)</translation>
    </message>
    <message>
        <source>every day %1</source>
        <translation>täglich %1</translation>
    </message>
    <message>
        <source>every Monday to Friday %1</source>
        <translation>montags bis freitags %1</translation>
    </message>
    <message>
        <source>every %1 %2</source>
        <translation>jeden %1 %2</translation>
    </message>
    <message>
        <source>%1 on day %2 of every month</source>
        <translation>jeden Monat am Tag %2 %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>im Abstand von %n Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s), on the hour</source>
        <translation>
            <numerusform>im Abstand von %n Stunde zur vollen Stunde</numerusform>
            <numerusform>alle %n Stunden zur vollen Stunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s) at minute %1</source>
        <translation>
            <numerusform>im Abstand von %n Stunde zur Minute %1</numerusform>
            <numerusform>alle %n Stunden zur Minute %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffSummary</name>
    <message numerus="yes">
        <source>%n agent(s) added</source>
        <translation>
            <numerusform>%n Agent hinzugefügt</numerusform>
            <numerusform>%n Agenten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) removed</source>
        <translation>
            <numerusform>%n Agent entfernt</numerusform>
            <numerusform>%n Agenten entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) changed</source>
        <translation>
            <numerusform>%n Agent geändert</numerusform>
            <numerusform>%n Agenten geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled task(s) added</source>
        <translation>
            <numerusform>%n geplante Aufgabe hinzugefügt</numerusform>
            <numerusform>%n geplante Aufgaben hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled task(s) removed</source>
        <translation>
            <numerusform>%n geplante Aufgabe entfernt</numerusform>
            <numerusform>%n geplante Aufgaben entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled task(s) changed</source>
        <translation>
            <numerusform>%n geplante Aufgabe geändert</numerusform>
            <numerusform>%n geplante Aufgaben geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) added</source>
        <translation>
            <numerusform>%n Workflow hinzugefügt</numerusform>
            <numerusform>%n Workflows hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) removed</source>
        <translation>
            <numerusform>%n Workflow entfernt</numerusform>
            <numerusform>%n Workflows entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) changed</source>
        <translation>
            <numerusform>%n Workflow geändert</numerusform>
            <numerusform>%n Workflows geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) added</source>
        <translation>
            <numerusform>%n Funktion hinzugefügt</numerusform>
            <numerusform>%n Funktionen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) removed</source>
        <translation>
            <numerusform>%n Funktion entfernt</numerusform>
            <numerusform>%n Funktionen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) changed</source>
        <translation>
            <numerusform>%n Funktion geändert</numerusform>
            <numerusform>%n Funktionen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) added</source>
        <translation>
            <numerusform>%n Konnektor hinzugefügt</numerusform>
            <numerusform>%n Konnektoren hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) removed</source>
        <translation>
            <numerusform>%n Konnektor entfernt</numerusform>
            <numerusform>%n Konnektoren entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) changed</source>
        <translation>
            <numerusform>%n Konnektor geändert</numerusform>
            <numerusform>%n Konnektoren geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-agent(s) added</source>
        <translation>
            <numerusform>%n Unteragent hinzugefügt</numerusform>
            <numerusform>%n Unteragenten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-agent(s) removed</source>
        <translation>
            <numerusform>%n Unteragent entfernt</numerusform>
            <numerusform>%n Unteragenten entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-agent(s) changed</source>
        <translation>
            <numerusform>%n Unteragent geändert</numerusform>
            <numerusform>%n Unteragenten geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge base(s) added</source>
        <translation>
            <numerusform>%n Wissensdatenbank hinzugefügt</numerusform>
            <numerusform>%n Wissensdatenbanken hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge base(s) removed</source>
        <translation>
            <numerusform>%n Wissensdatenbank entfernt</numerusform>
            <numerusform>%n Wissensdatenbanken entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge base(s) changed</source>
        <translation>
            <numerusform>%n Wissensdatenbank geändert</numerusform>
            <numerusform>%n Wissensdatenbanken geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n Dokument hinzugefügt</numerusform>
            <numerusform>%n Dokumente hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed</source>
        <translation>
            <numerusform>%n Dokument entfernt</numerusform>
            <numerusform>%n Dokumente entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) changed</source>
        <translation>
            <numerusform>%n Dokument geändert</numerusform>
            <numerusform>%n Dokumente geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) added</source>
        <translation>
            <numerusform>%n Wert hinzugefügt</numerusform>
            <numerusform>%n Werte hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) removed</source>
        <translation>
            <numerusform>%n Wert entfernt</numerusform>
            <numerusform>%n Werte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed</source>
        <translation>
            <numerusform>%n Wert geändert</numerusform>
            <numerusform>%n Werte geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more changed value(s)</source>
        <translation>
            <numerusform>%n weiterer geänderter Wert</numerusform>
            <numerusform>%n weitere geänderte Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n weitere Änderung</numerusform>
            <numerusform>%n weitere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Scheduled task %1: %2 → %3</source>
        <translation>Geplante Aufgabe %1: %2 → %3</translation>
    </message>
    <message>
        <source>Instructions changed</source>
        <translation>Anweisungen geändert</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save as Document</source>
        <translation>Als Dokument speichern</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Das Dokument wird geschrieben …</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>Der Druck wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>DocumentContent</name>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>When scheduled tasks run</source>
        <translation>Wann geplante Aufgaben laufen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Empfehlungscode</translation>
    </message>
    <message>
        <source>Referral credits</source>
        <translation>Empfehlungsguthaben</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Agents (%1)</source>
        <translation>Agenten (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Scheduled tasks (%1)</source>
        <translation>Geplante Aufgaben (%1)</translation>
    </message>
    <message>
        <source>Times are in UTC. The week grid counts the hours in which each enabled task runs, in the week of %1.</source>
        <translation>Zeiten in UTC. Das Wochenraster zählt die Stunden, in denen jede aktivierte Aufgabe läuft, in der Woche vom %1.</translation>
    </message>
    <message>
        <source>Workflows (%1)</source>
        <translation>Workflows (%1)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegierung</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Modellanbieter</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>This agent has no instructions.</source>
        <translation>Dieser Agent hat keine Anweisungen.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Custom functions (%1)</source>
        <translation>Eigene Funktionen (%1)</translation>
    </message>
    <message>
        <source>This agent has no custom functions.</source>
        <translation>Dieser Agent hat keine eigenen Funktionen.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Connectors (%1)</source>
        <translation>Konnektoren (%1)</translation>
    </message>
    <message>
        <source>This agent uses no connectors.</source>
        <translation>Dieser Agent verwendet keine Konnektoren.</translation>
    </message>
    <message>
        <source>Operations: %1</source>
        <translation>Operationen: %1</translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation>Unteragenten (%1)</translation>
    </message>
    <message>
        <source>This agent delegates to no other agent.</source>
        <translation>Dieser Agent gibt an keinen anderen Agenten ab.</translation>
    </message>
    <message>
        <source>Knowledge bases (%1)</source>
        <translation>Wissensdatenbanken (%1)</translation>
    </message>
    <message>
        <source>No knowledge bases: the agent has none, or the template was exported without them.</source>
        <translation>Keine Wissensdatenbanken: Der Agent hat keine, oder die Vorlage wurde ohne sie exportiert.</translation>
    </message>
    <message>
        <source>Agentbot account</source>
        <translation>Agentbot-Konto</translation>
    </message>
    <message>
        <source>Agentbot account of %1</source>
        <translation>Agentbot-Konto von %1</translation>
    </message>
    <message>
        <source>xpander.ai template</source>
        <translation>xpander.ai-Vorlage</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>JSON-Dokument</translation>
    </message>
    <message>
        <source>This file is neither an Agentbot account nor an xpander.ai template export; here is its JSON, indented.</source>
        <translation>Diese Datei ist weder ein Export eines Agentbot-Kontos noch einer xpander.ai-Vorlage; hier ist ihr JSON, eingerückt.</translation>
    </message>
    <message>
        <source>The rest of the file is left out.</source>
        <translation>Der Rest der Datei ist weggelassen.</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ExportShape</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>Text oder null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: erwartet wurde %2, gefunden wurde %3</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the documented values (%3)</source>
        <translation>%1: „%2“ ist keiner der dokumentierten Werte (%3)</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: erwartet wurde ein Objekt, gefunden wurde %2</translation>
    </message>
    <message>
        <source>.version: “%1” is newer than the documented “1.0”; some fields may be shown without explanation</source>
        <translation>.version: „%1“ ist neuer als die dokumentierte Version „1.0“; einige Felder werden möglicherweise ohne Erklärung angezeigt</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Scheduled tasks</source>
        <translation>Geplante Aufgaben</translation>
    </message>
    <message>
        <source>scheduled tasks</source>
        <translation>geplante Aufgaben</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Custom functions</source>
        <translation>Eigene Funktionen</translation>
    </message>
    <message>
        <source>custom functions</source>
        <translation>eigene Funktionen</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <source>connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <source>Sub-agents</source>
        <translation>Unteragenten</translation>
    </message>
    <message>
        <source>sub-agents</source>
        <translation>Unteragenten</translation>
    </message>
    <message>
        <source>Knowledge bases</source>
        <translation>Wissensdatenbanken</translation>
    </message>
    <message>
        <source>knowledge bases</source>
        <translation>Wissensdatenbanken</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Scheduled tasks</source>
        <translation>Geplante Aufgaben</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Custom functions</source>
        <translation>Eigene Funktionen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Knowledge documents</source>
        <translation>Wissensdokumente</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <source>The disk is full: saving needs %1, and %2 is free.</source>
        <translation>Der Datenträger ist voll: Zum Speichern werden %1 gebraucht, frei sind %2.</translation>
    </message>
    <message>
        <source>The file is too large for this disk or for the limits set on this computer: saving needs %1.</source>
        <translation>Die Datei ist zu groß für diesen Datenträger oder für die Grenzen, die auf diesem Computer gesetzt sind: Zum Speichern werden %1 gebraucht.</translation>
    </message>
    <message>
        <source>“%1” is a link to another place; Agent Takeout does not write through links. Choose another name.</source>
        <translation>„%1“ ist eine Verknüpfung zu einem anderen Ort; Agent Takeout schreibt nicht durch Verknüpfungen. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>The service</source>
        <translation>Der Dienst</translation>
    </message>
    <message>
        <source>%1 did not accept your sign-in. Please sign in again.</source>
        <translation>%1 hat Ihre Anmeldung nicht akzeptiert. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 says your sign-in is not allowed to do this. Check that the key or session belongs to the right account.</source>
        <translation>%1 meldet, dass Ihre Anmeldung dafür nicht berechtigt ist. Prüfen Sie, ob der Schlüssel oder die Sitzung zum richtigen Konto gehört.</translation>
    </message>
    <message>
        <source>%1 could not find what was asked for. It may have been deleted.</source>
        <translation>%1 konnte das Angeforderte nicht finden. Möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>%1 did not accept the request.</source>
        <translation>%1 hat die Anfrage nicht akzeptiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy and asked us to wait %n second(s). Please try again then.</source>
        <translation>
            <numerusform>%1 ist gerade ausgelastet und bittet, %n Sekunde zu warten. Bitte versuchen Sie es danach erneut.</numerusform>
            <numerusform>%1 ist gerade ausgelastet und bittet, %n Sekunden zu warten. Bitte versuchen Sie es danach erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is busy right now. Please try again in a minute.</source>
        <translation>%1 ist gerade ausgelastet. Bitte versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection and the server address.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>%1 stopped sending data, so the download was stopped. Please try again.</source>
        <translation>%1 hat keine Daten mehr gesendet, daher wurde der Download abgebrochen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. The server address may be wrong, or someone may be intercepting the connection.</source>
        <translation>%1: Die sichere Verbindung konnte nicht überprüft werden, daher wurde nichts gesendet. Möglicherweise ist die Serveradresse falsch, oder jemand fängt die Verbindung ab.</translation>
    </message>
    <message>
        <source>The download from %1 was larger than the allowed limit and was stopped.</source>
        <translation>%1 hat mehr Daten gesendet als erlaubt, daher wurde der Download abgebrochen.</translation>
    </message>
    <message>
        <source>%1 sent a web page instead of your data. Your sign-in has probably expired: please sign in again.</source>
        <translation>%1 hat eine Webseite statt Ihrer Daten gesendet. Ihre Anmeldung ist wahrscheinlich abgelaufen: Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The data from %1 was incomplete or damaged, so nothing was saved. Please try again.</source>
        <translation>%1 hat unvollständige oder beschädigte Daten gesendet, daher wurde nichts gespeichert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 sent something that is not an export, so nothing was saved.</source>
        <translation>%1 hat etwas gesendet, das kein Export ist, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your data travels encrypted.</source>
        <translation>Die Serveradresse muss mit https:// beginnen, damit Ihre Daten verschlüsselt übertragen werden.</translation>
    </message>
    <message>
        <source>The server address is not valid. It should look like https://example.com.</source>
        <translation>Die Serveradresse ist ungültig. Sie sollte etwa so aussehen: https://example.com.</translation>
    </message>
    <message>
        <source>%1 tried to send the request to a different website. It was stopped to keep your sign-in safe.</source>
        <translation>%1 wollte die Anfrage an eine andere Website weiterleiten. Das wurde verhindert, um Ihre Anmeldung zu schützen.</translation>
    </message>
    <message>
        <source>You are not signed in to %1 yet.</source>
        <translation>%1: Sie sind noch nicht angemeldet.</translation>
    </message>
    <message>
        <source>The sign-in text cannot be used: it must be a single line.</source>
        <translation>Der Anmeldetext kann nicht verwendet werden: Er muss aus einer einzigen Zeile bestehen.</translation>
    </message>
    <message>
        <source>No system keychain is available to store your sign-in safely. Install or start one (GNOME Keyring, KWallet, or KeePassXC with Secret Service integration) and try again.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, in dem Ihre Anmeldung sicher gespeichert werden kann. Installieren oder starten Sie einen (GNOME Keyring, KWallet oder KeePassXC mit Integration für Secret Service) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem.</source>
        <translation>Der Schlüsselbund des Systems hat ein Problem gemeldet.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name or allow replacing it.</source>
        <translation>Es gibt bereits eine Datei mit diesem Namen. Wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen.</translation>
    </message>
    <message>
        <source>The file could not be saved. Check that the folder exists and that you may write to it.</source>
        <translation>Die Datei konnte nicht gespeichert werden. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>No browser with a sign-in was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Browser mit einer Anmeldung gefunden.</translation>
    </message>
    <message>
        <source>The browser has no sign-in for %1. Sign in there, then try again.</source>
        <translation>Der Browser hat keine Anmeldung für %1. Melden Sie sich dort an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The browser&apos;s cookie store could not be read: it is damaged or not a browser&apos;s cookie store.</source>
        <translation>Der Cookie-Speicher des Browsers konnte nicht gelesen werden: Er ist beschädigt oder kein Cookie-Speicher eines Browsers.</translation>
    </message>
    <message>
        <source>The browser&apos;s saved sign-in could not be decrypted.</source>
        <translation>Die im Browser gespeicherte Anmeldung konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The connection to %1 closed after the request was sent and before its answer: what it creates may or may not have been created. Look at your agent list.</source>
        <translation>Die Verbindung zu %1 wurde nach dem Senden der Anfrage und vor der Antwort beendet: Was sie anlegt, wurde vielleicht angelegt, vielleicht nicht. Sehen Sie in Ihrer Agentenliste nach.</translation>
    </message>
    <message>
        <source>%1 could not do this just now. This is a problem at %1, not on your computer. Your sign-in is fine. Try again in a few minutes.</source>
        <translation>%1 konnte das gerade nicht erledigen. Das Problem liegt bei %1, nicht an Ihrem Computer. Ihre Anmeldung ist in Ordnung. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 has not shared this with your account, and signing in again does not change that.</source>
        <translation>%1 hat dies nicht mit Ihrem Konto geteilt, und erneutes Anmelden ändert daran nichts.</translation>
    </message>
</context>
<context>
    <name>JsonDocument</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the text ends before the JSON value is complete</source>
        <translation>der Text endet, bevor der JSON-Wert vollständig ist</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>a “:” must follow the member name</source>
        <translation>auf den Schlüssel muss ein „:“ folgen</translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON value</source>
        <translation>nach dem Ende des JSON-Werts folgt noch weiterer Text</translation>
    </message>
    <message>
        <source>a comma before “%1” is not allowed (trailing comma)</source>
        <translation>ein Komma vor „%1“ ist nicht erlaubt (überzähliges Komma)</translation>
    </message>
    <message>
        <source>expected “,” or “}” after a member</source>
        <translation>nach einem Eintrag wird „,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>expected “,” or “]” after an element</source>
        <translation>nach einem Element wird „,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>names and text must be in double quotes, not single quotes</source>
        <translation>Schlüssel und Text müssen in doppelten Anführungszeichen stehen, nicht in einfachen</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>erwartet wird ein Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>text must be in double quotes, not single quotes</source>
        <translation>Text muss in doppelten Anführungszeichen stehen, nicht in einfachen</translation>
    </message>
    <message>
        <source>unexpected character “%1”</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>this text is never closed with a double quote</source>
        <translation>dieser Text wird nie mit einem doppelten Anführungszeichen abgeschlossen</translation>
    </message>
    <message>
        <source>a line break or control character inside text must be written as an escape</source>
        <translation>ein Zeilenumbruch oder Steuerzeichen in einem Text muss als Escape-Sequenz geschrieben werden</translation>
    </message>
    <message>
        <source>“\u” must be followed by four hexadecimal digits</source>
        <translation>auf „\u“ müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>an unpaired surrogate escape (\u%1)</source>
        <translation>eine Surrogat-Escape-Sequenz ohne Gegenstück (\u%1)</translation>
    </message>
    <message>
        <source>“\%1” is not a valid escape</source>
        <translation>„\%1“ ist keine gültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>numbers cannot have a leading zero</source>
        <translation>Zahlen dürfen keine führende Null haben</translation>
    </message>
    <message>
        <source>a number needs digits</source>
        <translation>eine Zahl braucht Ziffern</translation>
    </message>
    <message>
        <source>a number needs digits after the decimal point</source>
        <translation>eine Zahl braucht Ziffern nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>eine Zahl braucht Ziffern im Exponenten</translation>
    </message>
    <message>
        <source>unexpected word; only true, false and null are allowed</source>
        <translation>unerwartetes Wort; erlaubt sind nur true, false und null</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 here</source>
        <translation>der Text ist hier kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>This file is too large to open with the memory this computer has free: it needs about %1, %2 is free.</source>
        <translation>Diese Datei ist zu groß, um sie mit dem freien Arbeitsspeicher dieses Computers zu öffnen: Sie braucht etwa %1, frei sind %2.</translation>
    </message>
    <message>
        <source>it is not a regular file (it is a folder, a pipe, a device or a system file), so it cannot be opened</source>
        <translation>es ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe, ein Gerät oder eine Systemdatei) und kann daher nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>a path starts with “.”, as in .agents[0].name</source>
        <translation>ein Pfad beginnt mit „.“, wie in .agents[0].name</translation>
    </message>
    <message>
        <source>%1 (at “%2”)</source>
        <translation>%1 (bei „%2“)</translation>
    </message>
    <message>
        <source>“[” is never closed</source>
        <translation>„[“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>there is no such key</source>
        <translation>diesen Schlüssel gibt es nicht</translation>
    </message>
    <message>
        <source>an array index must be a number</source>
        <translation>ein Array-Index muss eine Zahl sein</translation>
    </message>
    <message>
        <source>this is not an array</source>
        <translation>das ist kein Array</translation>
    </message>
    <message>
        <source>a quoted key is never closed</source>
        <translation>ein Schlüssel in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>this is not an object</source>
        <translation>das ist kein Objekt</translation>
    </message>
    <message numerus="yes">
        <source>the array has only %n element(s)</source>
        <translation>
            <numerusform>das Array hat nur %n Element</numerusform>
            <numerusform>das Array hat nur %n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonSearch</name>
    <message>
        <source>Type something to find.</source>
        <translation>Geben Sie einen Suchbegriff ein.</translation>
    </message>
    <message>
        <source>The pattern is not valid: %1</source>
        <translation>Das Muster ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>LineDiff</name>
    <message>
        <source>(too long to show line by line)</source>
        <translation>(zu lang, um Zeile für Zeile gezeigt zu werden)</translation>
    </message>
</context>
<context>
    <name>RcloneRemotes</name>
    <message>
        <source>rclone is not installed: install the package “rclone” (sudo apt install rclone) to back up to a cloud.</source>
        <translation>rclone ist nicht installiert: Installieren Sie das Paket „rclone“ (sudo apt install rclone), um in eine Cloud zu sichern.</translation>
    </message>
    <message>
        <source>rclone could not list its clouds. Run “rclone config” in a terminal to check its settings.</source>
        <translation>rclone konnte seine Clouds nicht auflisten. Prüfen Sie seine Einstellungen mit „rclone config“ in einem Terminal.</translation>
    </message>
</context>
<context>
    <name>ResticPassword</name>
    <message>
        <source>There is no password for this backup in the keychain: set RESTIC_PASSWORD_FILE or RESTIC_PASSWORD_COMMAND to give it.</source>
        <translation>Für diese Sicherung ist kein Passwort im Schlüsselbund: Geben Sie es mit RESTIC_PASSWORD_FILE oder RESTIC_PASSWORD_COMMAND an.</translation>
    </message>
</context>
<context>
    <name>ResticRepository</name>
    <message>
        <source>The password for this backup is not right.</source>
        <translation>Das Passwort für diese Sicherung stimmt nicht.</translation>
    </message>
    <message>
        <source>Another program is using this backup right now. Try again when it has finished.</source>
        <translation>Ein anderes Programm verwendet diese Sicherung gerade. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>There is no room left where the backup is kept.</source>
        <translation>Wo die Sicherung liegt, ist kein Platz mehr frei.</translation>
    </message>
    <message>
        <source>The backup at %1 cannot be reached.</source>
        <translation>Die Sicherung unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>There is no restic backup at %1.</source>
        <translation>Unter %1 gibt es keine restic-Sicherung.</translation>
    </message>
    <message>
        <source>The installed restic is too old for this. Install restic 0.14 or newer.</source>
        <translation>Das installierte restic ist dafür zu alt. Installieren Sie restic 0.14 oder neuer.</translation>
    </message>
    <message>
        <source>%1 is not a restic backup.</source>
        <translation>%1 ist keine restic-Sicherung.</translation>
    </message>
    <message>
        <source>restic was stopped before it finished.</source>
        <translation>restic wurde angehalten, bevor es fertig war.</translation>
    </message>
    <message>
        <source>restic could not finish: %1</source>
        <translation>restic konnte nicht fertig werden: %1</translation>
    </message>
    <message>
        <source>restic is not installed: install the package “restic” (sudo apt install restic) or get it from restic.net.</source>
        <translation>restic ist nicht installiert: Installieren Sie das Paket „restic“ (sudo apt install restic) oder laden Sie es von restic.net.</translation>
    </message>
    <message>
        <source>restic could not be started.</source>
        <translation>restic konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>This snapshot is not a backup of Agent Takeout.</source>
        <translation>Dieser Snapshot ist keine Sicherung von Agent Takeout.</translation>
    </message>
    <message>
        <source>There is no backup of Agent Takeout in %1 yet.</source>
        <translation>In %1 gibt es noch keine Sicherung von Agent Takeout.</translation>
    </message>
    <message>
        <source>restic&apos;s check found damage: %1</source>
        <translation>Die Prüfung von restic hat Schäden gefunden: %1</translation>
    </message>
    <message>
        <source>the backup did not run to the end</source>
        <translation>die Sicherung wurde nicht bis zum Ende ausgeführt</translation>
    </message>
    <message>
        <source>cannot be read from the backup: %1</source>
        <translation>kann nicht aus der Sicherung gelesen werden: %1</translation>
    </message>
    <message>
        <source>size is %1 bytes, the manifest says %2</source>
        <translation>die Größe beträgt %1 Bytes, laut Manifest %2</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest&apos;s</source>
        <translation>SHA-256 weicht vom Wert im Manifest ab</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The backup at %1 has no snapshot with that ID.</source>
        <translation>Die Sicherung in %1 hat keinen Snapshot mit dieser ID.</translation>
    </message>
</context>
<context>
    <name>SafeStoragePassword</name>
    <message>
        <source>Your keyring is locked. Unlock it (or sign in to your desktop again) and press the button again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt. Entsperren Sie ihn (oder melden Sie sich erneut an Ihrem Desktop an) und klicken Sie dann erneut auf die Schaltfläche.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>xpander.ai did not accept this API key. Check that you copied all of it.</source>
        <translation>xpander.ai hat diesen API-Schlüssel nicht akzeptiert. Prüfen Sie, ob Sie ihn vollständig kopiert haben.</translation>
    </message>
    <message>
        <source>Agentbot did not accept this sign-in. Sign in there again, then try again.</source>
        <translation>Agentbot hat diese Anmeldung nicht angenommen. Melden Sie sich dort erneut an und versuchen Sie es dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the table…</source>
        <translation>Die Tabelle wird exportiert …</translation>
    </message>
</context>
<context>
    <name>Takeout::AccountCharts</name>
    <message>
        <source>Agents by status</source>
        <translation>Agenten nach Status</translation>
    </message>
    <message>
        <source>Agents by model</source>
        <translation>Agenten nach Modell</translation>
    </message>
</context>
<context>
    <name>Takeout::AccountExportDialog</name>
    <message>
        <source>Export my Agentbot account</source>
        <translation>Mein Agentbot-Konto exportieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;The export holds everything Agentbot keeps about your account:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;your profile: name, email address, plan and referral credits&lt;/li&gt;&lt;li&gt;your agents, with their model and status&lt;/li&gt;&lt;li&gt;your scheduled tasks, with their schedules&lt;/li&gt;&lt;li&gt;your workflows&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;You will see it before anything is saved on this computer.&lt;/p&gt;&lt;p&gt;Server: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Export enthält alles, was Agentbot über Ihr Konto speichert:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Ihr Profil: Name, E-Mail-Adresse, Tarif und Empfehlungsguthaben&lt;/li&gt;&lt;li&gt;Ihre Agenten mit Modell und Status&lt;/li&gt;&lt;li&gt;Ihre geplanten Aufgaben mit ihren Zeitplänen&lt;/li&gt;&lt;li&gt;Ihre Workflows&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Sie sehen ihn, bevor etwas auf diesem Computer gespeichert wird.&lt;/p&gt;&lt;p&gt;Server: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Takeout::AccountTables</name>
    <message>
        <source>Agentbot account contents</source>
        <translation>Inhalt des Agentbot-Kontos</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Scheduled tasks</source>
        <translation>Geplante Aufgaben</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>This account has no agents.</source>
        <translation>Dieses Konto hat keine Agenten.</translation>
    </message>
    <message>
        <source>This account has no scheduled tasks.</source>
        <translation>Dieses Konto hat keine geplanten Aufgaben.</translation>
    </message>
    <message>
        <source>This account has no workflows.</source>
        <translation>Dieses Konto hat keine Workflows.</translation>
    </message>
</context>
<context>
    <name>Takeout::AgentBrowser</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Export as &amp;template…</source>
        <translation>Als &amp;Vorlage exportieren…</translation>
    </message>
    <message>
        <source>xpander.ai agents</source>
        <translation>xpander.ai-Agenten</translation>
    </message>
    <message>
        <source>Filter agents</source>
        <translation>Agenten filtern</translation>
    </message>
    <message>
        <source>&lt;h3&gt;xpander.ai agents&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;xpander.ai-Agenten&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Agentbot&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Agentbot&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>Export your account, or open a saved Agentbot export, to see your agents, scheduled tasks and workflows here.</source>
        <translation>Exportieren Sie Ihr Konto oder öffnen Sie einen gespeicherten Agentbot-Export, um hier Ihre Agenten, geplanten Aufgaben und Workflows zu sehen.</translation>
    </message>
    <message>
        <source>Sign in to xpander.ai to see your agents.</source>
        <translation>Melden Sie sich bei xpander.ai an, um Ihre Agenten zu sehen.</translation>
    </message>
    <message>
        <source>Loading agents… %1 so far (page %2)</source>
        <translation>Agenten werden geladen… bisher %1 (Seite %2)</translation>
    </message>
    <message>
        <source>Loading agents…</source>
        <translation>Agenten werden geladen…</translation>
    </message>
    <message>
        <source>Sign in to Agentbot first.</source>
        <translation>Melden Sie sich zuerst bei Agentbot an.</translation>
    </message>
    <message>
        <source>From the export of %1 · %2</source>
        <translation>Aus dem Export vom %1 · %2</translation>
    </message>
    <message>
        <source>No agents yet. Agents you create in xpander.ai appear here; press Refresh.</source>
        <translation>Noch keine Agenten. Agenten, die Sie in xpander.ai anlegen, erscheinen hier; klicken Sie auf die Schaltfläche „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Sign in to xpander.ai first.</source>
        <translation>Melden Sie sich zuerst bei xpander.ai an.</translation>
    </message>
    <message>
        <source>Export my Agentbot &amp;account…</source>
        <translation>Mein Agentbot-&amp;Konto exportieren…</translation>
    </message>
    <message>
        <source>Choose an agent first.</source>
        <translation>Wählen Sie zuerst einen Agenten.</translation>
    </message>
    <message>
        <source>Export the chosen agent as a template.</source>
        <translation>Den gewählten Agenten als Vorlage exportieren.</translation>
    </message>
    <message>
        <source>Your profile, agents, scheduled tasks and workflows, in one file.</source>
        <translation>Ihr Profil, Ihre Agenten, geplanten Aufgaben und Workflows, in einer Datei.</translation>
    </message>
    <message>
        <source>Sign in to xpander.ai to see your agents here.</source>
        <translation>Melden Sie sich bei xpander.ai an, um Ihre Agenten hier zu sehen.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>No agent matches “%1”.</source>
        <translation>Kein Agent passt zu „%1“.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>No agents yet. The agents you create in xpander.ai appear here.</source>
        <translation>Noch keine Agenten. Die Agenten, die Sie in xpander.ai anlegen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Create from Template &amp;ID…</source>
        <translation>Aus Vorlagen-&amp;ID erstellen…</translation>
    </message>
    <message>
        <source>Create agent from a template ID someone sent you</source>
        <translation>Einen Agenten aus einer Vorlagen-ID erstellen, die Ihnen jemand geschickt hat</translation>
    </message>
</context>
<context>
    <name>Takeout::AgentTableModel</name>
    <message>
        <source>Icon %1</source>
        <translation>Symbol %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>Takeout::AgentsCommand</name>
    <message>
        <source>list your xpander.ai agents</source>
        <translation>Ihre xpander.ai-Agenten auflisten</translation>
    </message>
    <message>
        <source>Lists your xpander.ai agents: id, icon and name, status, model.</source>
        <translation>Listet Ihre xpander.ai-Agenten auf: ID, Symbol und Name, Status, Modell.</translation>
    </message>
    <message>
        <source>Print the agent list as JSON.</source>
        <translation>Die Agentenliste als JSON ausgeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s).</source>
        <translation>
            <numerusform>%n Agent.</numerusform>
            <numerusform>%n Agenten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::BackupChangesButton</name>
    <message>
        <source>What &amp;changed?</source>
        <translation>Was hat sich &amp;geändert?</translation>
    </message>
    <message>
        <source>What changed since the last backup</source>
        <translation>Was sich seit der letzten Sicherung geändert hat</translation>
    </message>
    <message>
        <source>Compare the newest two complete backups.</source>
        <translation>Die beiden neuesten vollständigen Sicherungen vergleichen.</translation>
    </message>
    <message>
        <source>Agentbot account</source>
        <translation>Agentbot-Konto</translation>
    </message>
    <message>
        <source>%1 — changed</source>
        <translation>%1 — geändert</translation>
    </message>
    <message>
        <source>%1 — no changes</source>
        <translation>%1 — unverändert</translation>
    </message>
    <message>
        <source>Needs two complete backups to compare.</source>
        <translation>Zum Vergleichen braucht es zwei vollständige Sicherungen.</translation>
    </message>
    <message>
        <source>Reading both backups…</source>
        <translation>Beide Sicherungen werden gelesen…</translation>
    </message>
    <message>
        <source>The file in the backup is not valid JSON: %1</source>
        <translation>Die Datei in der Sicherung ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>The backups cannot be read. %1</source>
        <translation>Die Sicherungen lassen sich nicht lesen. %1</translation>
    </message>
    <message>
        <source>Encrypted, in %1</source>
        <translation>Verschlüsselt, in %1</translation>
    </message>
</context>
<context>
    <name>Takeout::BackupCommand</name>
    <message>
        <source>everything into a new dated folder, with a manifest</source>
        <translation>alles in einen neuen, datierten Ordner sichern, mit Manifest</translation>
    </message>
    <message>
        <source>Backs up your Agentbot account and every xpander.ai agent&apos;s template into a new folder DIR/&lt;UTC time&gt;/ with manifest.json (sizes and SHA-256 of every file). Without --agentbot-server, xpander.ai alone at its default address.</source>
        <translation>Sichert Ihr Agentbot-Konto und die Vorlage jedes xpander.ai-Agenten in einen neuen Ordner DIR/&lt;UTC-Zeit&gt;/ mit manifest.json (Größe und SHA-256 jeder Datei). Ohne --agentbot-server wird nur xpander.ai unter seiner Standardadresse gesichert.</translation>
    </message>
    <message>
        <source>The address of your Agentbot site (Agentbot is backed up only with it).</source>
        <translation>Die Adresse Ihrer Agentbot-Website (nur damit wird Agentbot gesichert).</translation>
    </message>
    <message>
        <source>Base URL of xpander.ai (default %1).</source>
        <translation>Basis-URL von xpander.ai (Standard %1).</translation>
    </message>
    <message>
        <source>Include knowledge bases with their documents.</source>
        <translation>Wissensdatenbanken mit ihren Dokumenten einbeziehen.</translation>
    </message>
    <message>
        <source>--to DIR is required.</source>
        <translation>--to DIR ist erforderlich.</translation>
    </message>
    <message>
        <source>Agentbot account</source>
        <translation>Agentbot-Konto</translation>
    </message>
    <message>
        <source>xpander.ai agents</source>
        <translation>xpander.ai-Agenten</translation>
    </message>
    <message>
        <source>xpander.ai agent %1</source>
        <translation>xpander.ai-Agent %1</translation>
    </message>
    <message>
        <source>Saved %1 of %2 items.</source>
        <translation>%1 von %2 Elementen gespeichert.</translation>
    </message>
    <message>
        <source>Removed the old backup %1</source>
        <translation>Alte Sicherung %1 entfernt</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>%1 … %2 of %3   </source>
        <translation>%1 … %2 von %3   </translation>
    </message>
    <message>
        <source>%1 … %2   </source>
        <translation>%1 … %2   </translation>
    </message>
    <message>
        <source>When something fails, also show a desktop notification (for backups that run by themselves).</source>
        <translation>Wenn etwas fehlschlägt, auch eine Desktop-Benachrichtigung zeigen (für Sicherungen, die von selbst laufen).</translation>
    </message>
    <message>
        <source>The folder that holds the backups, or restic:REPOSITORY for an encrypted, deduplicated restic repository (a folder, sftp:, rest:, s3:, rclone:…; made on first use). A repository&apos;s password comes from RESTIC_PASSWORD, RESTIC_PASSWORD_FILE or RESTIC_PASSWORD_COMMAND, else from the keychain; a new repository gets a new password kept in the keychain.</source>
        <translation>Der Ordner, der die Sicherungen enthält, oder restic:REPOSITORY für ein verschlüsseltes, dedupliziertes restic-Repository (ein Ordner, sftp:, rest:, s3:, rclone:…; wird beim ersten Mal angelegt). Das Passwort eines Repositorys kommt aus RESTIC_PASSWORD, RESTIC_PASSWORD_FILE oder RESTIC_PASSWORD_COMMAND, sonst aus dem Schlüsselbund; ein neues Repository bekommt ein neues Passwort, das im Schlüsselbund bleibt.</translation>
    </message>
    <message>
        <source>restic: needs the repository after it, as in restic:/media/usb/agents.</source>
        <translation>Nach restic: muss das Repository folgen, etwa restic:/media/usb/agents.</translation>
    </message>
    <message>
        <source>A new password for this backup is kept in the keychain as “%1”. Keep a copy somewhere safe: without it the backups cannot be read.</source>
        <translation>Ein neues Passwort für diese Sicherung liegt im Schlüsselbund als „%1“. Bewahren Sie eine Kopie sicher auf: ohne sie können die Sicherungen nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Storing in the repository … %1 %</source>
        <translation>Wird im Repository gespeichert … %1 %</translation>
    </message>
    <message>
        <source>Made the new repository.</source>
        <translation>Das neue Repository wurde angelegt.</translation>
    </message>
    <message>
        <source>Nothing was added to the repository.</source>
        <translation>Dem Repository wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed the old snapshot %1</source>
        <translation>Alter Snapshot %1 entfernt</translation>
    </message>
</context>
<context>
    <name>Takeout::BackupDialog</name>
    <message>
        <source>Include &amp;knowledge bases</source>
        <translation>Wissensdatenbanken &amp;einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Zu behaltende Sicherungen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Automatisch sichern</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>&amp;Automatisch sichern:</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Ergebnis der Sicherung</translation>
    </message>
    <message>
        <source>Back up into</source>
        <translation>Sichern in</translation>
    </message>
    <message>
        <source>Sign in to a service first.</source>
        <translation>Melden Sie sich zuerst bei einem Dienst an.</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Automatische Sicherungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Backups run by themselves from now on.</source>
        <translation>Sicherungen laufen ab jetzt automatisch.</translation>
    </message>
    <message>
        <source>Backups run by themselves from your next session on.</source>
        <translation>Sicherungen laufen ab Ihrer nächsten Sitzung automatisch.</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Wählen Sie zuerst einen Ordner.</translation>
    </message>
    <message>
        <source>Agentbot account</source>
        <translation>Agentbot-Konto</translation>
    </message>
    <message>
        <source>xpander.ai agents</source>
        <translation>xpander.ai-Agenten</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>A&amp;gentbot account</source>
        <translation>A&amp;gentbot-Konto</translation>
    </message>
    <message>
        <source>&amp;xpander.ai agents, each as a template</source>
        <translation>&amp;xpander.ai-Agenten, jeder als Vorlage</translation>
    </message>
    <message>
        <source>Back up:</source>
        <translation>Sichern:</translation>
    </message>
    <message>
        <source>Sign in to %1 first.</source>
        <translation>Melden Sie sich zuerst bei %1 an.</translation>
    </message>
    <message>
        <source>Tick what to back up first.</source>
        <translation>Kreuzen Sie zuerst an, was gesichert werden soll.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;See What Changed</source>
        <translation>Änderungen &amp;ansehen</translation>
    </message>
    <message>
        <source>Your first backup. Choose where it goes and how often to back up; you can change this later with Change… on Home.</source>
        <translation>Ihre erste Sicherung. Wählen Sie, wohin sie geht und wie oft gesichert wird; ändern können Sie das später mit Ändern… auf der Startseite.</translation>
    </message>
    <message>
        <source>What to back up, where, and how often.</source>
        <translation>Was gesichert wird, wohin und wie oft.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Den Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>All backups</source>
        <translation>Alle Sicherungen</translation>
    </message>
    <message>
        <source>The last 5</source>
        <translation>Die letzten 5</translation>
    </message>
    <message>
        <source>The last 10</source>
        <translation>Die letzten 10</translation>
    </message>
    <message numerus="yes">
        <source>The last %n</source>
        <translation>
            <numerusform>Nur die letzte</numerusform>
            <numerusform>Die letzten %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>K&amp;eep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Saving %1 (%2 of %3)</source>
        <translation>Wird gespeichert: %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. %2</source>
        <translation>Nicht gespeichert: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) saved.</source>
        <translation>
            <numerusform>Der eine Eintrag wurde gespeichert.</numerusform>
            <numerusform>Alle %n Einträge gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) saved. The list says what was not saved and why.</source>
        <translation>
            <numerusform>%1 von %n Eintrag gespeichert. Die Liste sagt, was nicht gespeichert wurde und warum.</numerusform>
            <numerusform>%1 von %n Einträgen gespeichert. Die Liste sagt, was nicht gespeichert wurde und warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the folder “%1”.</source>
        <translation>Im Ordner „%1“.</translation>
    </message>
    <message>
        <source>Where the backups go</source>
        <translation>Wohin die Sicherungen gehen</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Ein Ordner</translation>
    </message>
    <message>
        <source>Encrypted, on this computer or a drive</source>
        <translation>Verschlüsselt, auf diesem Computer oder einem Laufwerk</translation>
    </message>
    <message>
        <source>Encrypted, on a server (SFTP)</source>
        <translation>Verschlüsselt, auf einem Server (SFTP)</translation>
    </message>
    <message>
        <source>Encrypted, in a cloud (through rclone)</source>
        <translation>Verschlüsselt, in einer Cloud (über rclone)</translation>
    </message>
    <message>
        <source>Server of the encrypted backup</source>
        <translation>Server der verschlüsselten Sicherung</translation>
    </message>
    <message>
        <source>sftp:user@host:/path</source>
        <translation>sftp:benutzer@host:/pfad</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Folder in the cloud</source>
        <translation>Ordner in der Cloud</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Password of the encrypted backup</source>
        <translation>Passwort der verschlüsselten Sicherung</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Without this password the backups cannot be read. It is kept in your keychain and shown only now: keep a copy somewhere else.</source>
        <translation>Ohne dieses Passwort lassen sich die Sicherungen nicht lesen. Es liegt in Ihrem Schlüsselbund und wird nur jetzt angezeigt: Bewahren Sie eine Kopie an einem anderen Ort auf.</translation>
    </message>
    <message>
        <source>The password of your encrypted backup</source>
        <translation>Das Passwort Ihrer verschlüsselten Sicherung</translation>
    </message>
    <message>
        <source>Save a Copy of the Password</source>
        <translation>Kopie des Passworts speichern</translation>
    </message>
    <message>
        <source>backup-password.txt</source>
        <translation>sicherungs-passwort.txt</translation>
    </message>
    <message>
        <source>Folder of the encrypted backup</source>
        <translation>Ordner der verschlüsselten Sicherung</translation>
    </message>
    <message>
        <source>Looking for the clouds rclone knows…</source>
        <translation>Suche nach den Clouds, die rclone kennt…</translation>
    </message>
    <message>
        <source>rclone knows no cloud yet: add one with “rclone config” in a terminal, then open this dialog again.</source>
        <translation>rclone kennt noch keine Cloud: Fügen Sie mit „rclone config“ in einem Terminal eine hinzu und öffnen Sie diesen Dialog dann erneut.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first, as in sftp:me@host:/backups.</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein, etwa sftp:ich@host:/sicherungen.</translation>
    </message>
    <message>
        <source>Choose a cloud first.</source>
        <translation>Wählen Sie zuerst eine Cloud.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is kept in the keychain.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg: Es wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Opening the encrypted backup…</source>
        <translation>Verschlüsselte Sicherung wird geöffnet…</translation>
    </message>
    <message>
        <source>Storing the encrypted backup…</source>
        <translation>Verschlüsselte Sicherung wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) saved, so nothing was stored in the encrypted backup. The list says what was not saved and why.</source>
        <translation>
            <numerusform>%1 von %n Element gesichert, daher wurde nichts in der verschlüsselten Sicherung gespeichert. Die Liste zeigt, was nicht gesichert wurde und warum.</numerusform>
            <numerusform>%1 von %n Elementen gesichert, daher wurde nichts in der verschlüsselten Sicherung gespeichert. Die Liste zeigt, was nicht gesichert wurde und warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the encrypted backup “%1” (snapshot %2).</source>
        <translation>In der verschlüsselten Sicherung „%1“ (Snapshot %2).</translation>
    </message>
    <message>
        <source>A copy of the password is in “%1”. Keep it somewhere safe, apart from the backups.</source>
        <translation>Eine Kopie des Passworts liegt in „%1“. Bewahren Sie sie sicher und getrennt von den Sicherungen auf.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>the last %n</source>
        <translation>
            <numerusform>nur die letzte</numerusform>
            <numerusform>die letzten %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a day for %n day(s)</source>
        <translation>
            <numerusform>eine pro Tag für %n Tag</numerusform>
            <numerusform>eine pro Tag für %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a week for %n week(s)</source>
        <translation>
            <numerusform>eine pro Woche für %n Woche</numerusform>
            <numerusform>eine pro Woche für %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a month for %n month(s)</source>
        <translation>
            <numerusform>eine pro Monat für %n Monat</numerusform>
            <numerusform>eine pro Monat für %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Thin out: one a day for a week, one a week for a month, one a month for a year</source>
        <translation>Ausdünnen: eine pro Tag für eine Woche, eine pro Woche für einen Monat, eine pro Monat für ein Jahr</translation>
    </message>
</context>
<context>
    <name>Takeout::BackupFailureNotice</name>
    <message>
        <source>The automatic backup failed: %1. Open Agent Takeout to try again.</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1. Öffnen Sie Agent Takeout, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>your Agentbot account</source>
        <translation>Ihres Agentbot-Kontos</translation>
    </message>
    <message>
        <source>your xpander.ai agents</source>
        <translation>Ihrer xpander.ai-Agenten</translation>
    </message>
    <message numerus="yes">
        <source>%n of your xpander.ai agents</source>
        <translation>
            <numerusform>%n Ihrer xpander.ai-Agenten</numerusform>
            <numerusform>%n Ihrer xpander.ai-Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>The automatic backup of %1 failed: %2. Open Agent Takeout to try again.</source>
        <translation>Die automatische Sicherung %1 ist fehlgeschlagen: %2. Öffnen Sie Agent Takeout, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The automatic backup was saved, but old backups could not be removed: %1.</source>
        <translation>Die automatische Sicherung wurde gespeichert, aber alte Sicherungen konnten nicht entfernt werden: %1.</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Automatische Sicherung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Takeout::BackupItemModel</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Takeout::BackupJob</name>
    <message>
        <source>Agentbot account</source>
        <translation>Agentbot-Konto</translation>
    </message>
    <message>
        <source>xpander.ai agent “%1”</source>
        <translation>xpander.ai-Agent „%1“</translation>
    </message>
</context>
<context>
    <name>Takeout::BackupView</name>
    <message>
        <source>&amp;Open Export</source>
        <translation>Export ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore &amp;All</source>
        <translation>&amp;Alle wiederherstellen</translation>
    </message>
    <message>
        <source>Items of the backup</source>
        <translation>Elemente der Sicherung</translation>
    </message>
    <message>
        <source>This backup holds no items. Back up again to fill a new one.</source>
        <translation>Diese Sicherung enthält keine Elemente. Sichern Sie erneut, um eine neue zu füllen.</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>Create an agent from this item&apos;s template</source>
        <translation>Einen Agenten aus der Vorlage dieses Elements erstellen</translation>
    </message>
    <message>
        <source>Create every xpander.ai agent of this backup again</source>
        <translation>Jeden xpander.ai-Agenten dieser Sicherung neu erstellen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup of %1</source>
        <translation>Sicherung vom %1</translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation>Keine Sicherung</translation>
    </message>
    <message>
        <source>Backup of %1, %2</source>
        <translation>Sicherung vom %1, %2</translation>
    </message>
    <message>
        <source>Agentbot account</source>
        <translation>Agentbot-Konto</translation>
    </message>
    <message>
        <source>This backup did not save everything: the items marked “Not saved” cannot be restored from it.</source>
        <translation>Diese Sicherung hat nicht alles gespeichert: Die Elemente mit „Nicht gespeichert“ lassen sich aus ihr nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The Agentbot account cannot be put back: Agentbot has no way to bring an account in. You can still open the export and look at everything in it.</source>
        <translation>Das Agentbot-Konto lässt sich nicht zurückspielen: Agentbot kann kein Konto aufnehmen. Sie können den Export trotzdem öffnen und alles darin ansehen.</translation>
    </message>
    <message>
        <source>This item cannot be restored: %1</source>
        <translation>Dieses Element lässt sich nicht wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Looking in your agent list…</source>
        <translation>Ihre Agentenliste wird durchgesehen…</translation>
    </message>
    <message>
        <source>Create them again?</source>
        <translation>Erneut erstellen?</translation>
    </message>
    <message numerus="yes">
        <source>Your agent list already has an agent named %1. Create it again, or skip it?</source>
        <translation>
            <numerusform>Ihre Agentenliste hat schon einen Agenten namens %1. Erneut erstellen oder überspringen?</numerusform>
            <numerusform>Ihre Agentenliste hat schon Agenten namens %1. Erneut erstellen oder überspringen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Skip Them</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Create &amp;Again</source>
        <translation>&amp;Erneut erstellen</translation>
    </message>
    <message>
        <source>Creating the agents…</source>
        <translation>Die Agenten werden erstellt…</translation>
    </message>
    <message>
        <source>Creating “%1” (%2 of %3)…</source>
        <translation>„%1“ wird erstellt (%2 von %3)…</translation>
    </message>
    <message>
        <source>Created as “%1”</source>
        <translation>Erstellt als „%1“</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <source>%1 created, %2 skipped, %3 failed.</source>
        <translation>%1 erstellt, %2 übersprungen, %3 nicht erstellt.</translation>
    </message>
    <message>
        <source>&amp;Backup of:</source>
        <translation>Sicherung &amp;vom:</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Verschlüsselte Sicherung</translation>
    </message>
    <message>
        <source>Encrypted backup in %1</source>
        <translation>Verschlüsselte Sicherung in %1</translation>
    </message>
    <message>
        <source>Reading the encrypted backup…</source>
        <translation>Die verschlüsselte Sicherung wird gelesen…</translation>
    </message>
    <message>
        <source>There is no backup in %1 yet.</source>
        <translation>In %1 gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Snapshot %1, %2</source>
        <translation>Snapshot %1, %2</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Die Sicherung wird gelesen…</translation>
    </message>
    <message>
        <source>Reading “%1” from the backup…</source>
        <translation>„%1“ wird aus der Sicherung gelesen…</translation>
    </message>
    <message>
        <source>This item of the backup is not valid JSON: %1</source>
        <translation>Dieses Element der Sicherung ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Encrypted backup of %1, %2</source>
        <translation>Verschlüsselte Sicherung vom %1, %2</translation>
    </message>
    <message>
        <source>Encrypted backup of %1</source>
        <translation>Verschlüsselte Sicherung vom %1</translation>
    </message>
</context>
<context>
    <name>Takeout::BrowserPicker</name>
    <message>
        <source>Other browsers</source>
        <translation>Andere Browser</translation>
    </message>
    <message>
        <source>Other ways</source>
        <translation>Andere Wege</translation>
    </message>
    <message>
        <source>No browser was found on this computer to take the Agentbot sign-in from (Firefox, Chrome, Chromium, Edge, Brave, Vivaldi). Paste it under Other ways.</source>
        <translation>Auf diesem Computer wurde kein Browser gefunden, aus dem die Agentbot-Anmeldung genommen werden kann (Firefox, Chrome, Chromium, Edge, Brave, Vivaldi). Fügen Sie sie unter „Andere Wege“ ein.</translation>
    </message>
    <message>
        <source>Take the sign-in from %1 again</source>
        <translation>Die Anmeldung erneut aus %1 nehmen</translation>
    </message>
    <message>
        <source>Use my sign-in from %1</source>
        <translation>Meine Anmeldung aus %1 verwenden</translation>
    </message>
    <message>
        <source>Reads only the Agentbot cookies from %1 when you press the button; the sign-in is kept in your keychain, never in a file.</source>
        <translation>Liest nur die Agentbot-Cookies aus %1, wenn Sie auf die Schaltfläche klicken; die Anmeldung wird in Ihrem Schlüsselbund aufbewahrt, nie in einer Datei.</translation>
    </message>
</context>
<context>
    <name>Takeout::BrowsersCommand</name>
    <message>
        <source>list the browser profiles a sign-in can come from</source>
        <translation>die Browserprofile auflisten, aus denen eine Anmeldung kommen kann</translation>
    </message>
    <message>
        <source>Lists the browser profiles on this computer whose cookies login --from-browser can read: browser, profile and cookie database, tab-separated. With --server, a fourth column says whether the profile holds cookies for that Agentbot site (yes or no); no cookie is shown.</source>
        <translation>Listet die Browserprofile auf diesem Computer, deren Cookies login --from-browser lesen kann: Browser, Profil und Cookie-Datenbank, durch Tabulatoren getrennt. Mit --server sagt eine vierte Spalte, ob das Profil Cookies für diese Agentbot-Seite hat (yes oder no); kein Cookie wird gezeigt.</translation>
    </message>
    <message>
        <source>The address of your Agentbot site.</source>
        <translation>Die Adresse Ihrer Agentbot-Seite.</translation>
    </message>
    <message>
        <source>No browser profile with cookies was found (Firefox, Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi).</source>
        <translation>Es wurde kein Browserprofil mit Cookies gefunden (Firefox, Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi).</translation>
    </message>
</context>
<context>
    <name>Takeout::ChangeListModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>%1
Path: %2</source>
        <translation>%1
Pfad: %2</translation>
    </message>
</context>
<context>
    <name>Takeout::Cli</name>
    <message>
        <source>Agent Takeout: export your data from Agentbot and xpander.ai.</source>
        <translation>Agent Takeout: Exportieren Sie Ihre Daten aus Agentbot und xpander.ai.</translation>
    </message>
    <message>
        <source>download an export into a file</source>
        <translation>einen Export in eine Datei herunterladen</translation>
    </message>
    <message>
        <source>Downloads an export into a file.</source>
        <translation>Lädt einen Export in eine Datei herunter.</translation>
    </message>
    <message>
        <source>create an agent from a template</source>
        <translation>einen Agenten aus einer Vorlage anlegen</translation>
    </message>
    <message>
        <source>Creates an agent from a template.</source>
        <translation>Legt einen Agenten aus einer Vorlage an.</translation>
    </message>
    <message>
        <source>Run agent-takeout-cli COMMAND --help for the options of a command.

Credentials come from the system keychain, or from AGENT_TAKEOUT_AGENTBOT_SESSION and
AGENT_TAKEOUT_XPANDER_API_KEY when those are set.
Exit codes: 0 success, 1 usage, 2 file problem, 3 authentication, 4 network, 5 server,
6 created, but --verify found differences.</source>
        <translation>Mit agent-takeout-cli BEFEHL --help sehen Sie die Optionen eines Befehls.

Anmeldedaten kommen aus dem Schlüsselbund des Systems oder aus AGENT_TAKEOUT_AGENTBOT_SESSION und
AGENT_TAKEOUT_XPANDER_API_KEY, wenn diese gesetzt sind.
Exit-Codes: 0 Erfolg, 1 Aufruf, 2 Dateiproblem, 3 Anmeldung, 4 Netzwerk, 5 Server,
6 angelegt, aber --verify hat Unterschiede gefunden.</translation>
    </message>
</context>
<context>
    <name>Takeout::Command</name>
    <message>
        <source>Missing %1.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>the file changed on disk while it was being read</source>
        <translation>die Datei wurde auf dem Datenträger geändert, während sie gelesen wurde</translation>
    </message>
    <message>
        <source>Run agent-takeout-cli --help for the commands.</source>
        <translation>Mit agent-takeout-cli --help sehen Sie die Befehle.</translation>
    </message>
    <message>
        <source>Run agent-takeout-cli %1 --help for its options.</source>
        <translation>Mit agent-takeout-cli %1 --help sehen Sie seine Optionen.</translation>
    </message>
    <message>
        <source>After a backup where everything was saved, keep the newest N complete backups in DIR and delete older complete ones. Complete: the run got to the end and saved every item. Failed or partial runs do not count toward N and are never deleted; newest goes by the time in the folder name.</source>
        <translation>Nach einer Sicherung, bei der alles gespeichert wurde, die neuesten N vollständigen Sicherungen in DIR behalten und ältere vollständige löschen. Vollständig: Der Lauf kam bis zum Ende und hat jedes Element gespeichert. Fehlgeschlagene oder teilweise Läufe zählen nicht zu N und werden nie gelöscht; was die neueste ist, bestimmt die Zeit im Ordnernamen.</translation>
    </message>
    <message>
        <source>After a complete backup, also keep the newest backup of each of the last D days that have one.</source>
        <translation>Nach einer vollständigen Sicherung auch die neueste Sicherung jedes der letzten D Tage behalten, an denen es eine gibt.</translation>
    </message>
    <message>
        <source>The same for the last W weeks.</source>
        <translation>Dasselbe für die letzten W Wochen.</translation>
    </message>
    <message>
        <source>The same for the last M months. The --keep options together keep every backup one of them keeps; in a repository through restic forget --prune.</source>
        <translation>Dasselbe für die letzten M Monate. Die --keep-Optionen zusammen behalten jede Sicherung, die eine von ihnen behält; in einem Repository über restic forget --prune.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number greater than 0.</source>
        <translation>--%1 erwartet eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>The repository&apos;s address holds a password. Leave it out of the address: there it would show in the list of running programs and in logs.</source>
        <translation>Die Adresse des Repositorys enthält ein Passwort. Lassen Sie es aus der Adresse weg: Dort wäre es in der Liste der laufenden Programme und in Protokollen zu sehen.</translation>
    </message>
</context>
<context>
    <name>Takeout::CommandGroup</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>Takeout::CompareView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen anzeigen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Old and new text of the selected change</source>
        <translation>Alter und neuer Text der gewählten Änderung</translation>
    </message>
    <message>
        <source>Lines of the selected change</source>
        <translation>Zeilen der gewählten Änderung</translation>
    </message>
    <message>
        <source>Show both files (for experts)</source>
        <translation>Beide Dateien zeigen (für Fachleute)</translation>
    </message>
    <message>
        <source>Before: %1 · After: %2</source>
        <translation>Vorher: %1 · Nachher: %2</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Takeout::CreateAgentDialog</name>
    <message>
        <source>Include &amp;knowledge bases</source>
        <translation>&amp;Wissensdatenbanken einbeziehen</translation>
    </message>
    <message>
        <source>C&amp;heck that it came back whole</source>
        <translation>&amp;Prüfen, ob er vollständig zurückkam</translation>
    </message>
    <message>
        <source>Show in &amp;Agent List</source>
        <translation>In der &amp;Agentenliste zeigen</translation>
    </message>
    <message>
        <source>&amp;Open Comparison</source>
        <translation>Vergleich ö&amp;ffnen</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create Agent from a Template</source>
        <translation>Agent aus einer Vorlage erstellen</translation>
    </message>
    <message>
        <source>Create Agent from “%1”</source>
        <translation>Agent aus „%1“ erstellen</translation>
    </message>
    <message>
        <source>Name of the new agent</source>
        <translation>Name des neuen Agenten</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Description of the new agent</source>
        <translation>Beschreibung des neuen Agenten</translation>
    </message>
    <message>
        <source>Icon of the new agent</source>
        <translation>Symbol des neuen Agenten</translation>
    </message>
    <message>
        <source>An emoji</source>
        <translation>Ein Emoji</translation>
    </message>
    <message>
        <source>If the template holds knowledge bases, they come along.</source>
        <translation>Enthält die Vorlage Wissensdatenbanken, kommen sie mit.</translation>
    </message>
    <message>
        <source>The new agent gets copies of the template&apos;s documents.</source>
        <translation>Der neue Agent bekommt Kopien der Dokumente der Vorlage.</translation>
    </message>
    <message>
        <source>This template was exported without its knowledge bases, so the new agent starts without them.</source>
        <translation>Diese Vorlage wurde ohne ihre Wissensdatenbanken exportiert, daher beginnt der neue Agent ohne sie.</translation>
    </message>
    <message>
        <source>Goes to: your xpander.ai account at %1</source>
        <translation>Ziel: Ihr xpander.ai-Konto bei %1</translation>
    </message>
    <message>
        <source>This creates a new agent in your xpander.ai organization. Tools that need credentials will ask for them again.</source>
        <translation>Damit entsteht ein neuer Agent in Ihrer xpander.ai-Organisation. Werkzeuge, die Zugangsdaten brauchen, fragen erneut danach.</translation>
    </message>
    <message>
        <source>The check exports the new agent and compares it with the template. xpander.ai keeps that export as a template, like any other.</source>
        <translation>Die Prüfung exportiert den neuen Agenten und vergleicht ihn mit der Vorlage. xpander.ai behält diesen Export als Vorlage, wie jeden anderen.</translation>
    </message>
    <message>
        <source>A template known only by its ID cannot be checked: there is no file to compare with.</source>
        <translation>Eine Vorlage, von der nur die ID bekannt ist, lässt sich nicht prüfen: Es gibt keine Datei zum Vergleichen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>Differences between the new agent and the template</source>
        <translation>Unterschiede zwischen dem neuen Agenten und der Vorlage</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Show &amp;Agent List</source>
        <translation>&amp;Agentenliste zeigen</translation>
    </message>
    <message>
        <source>The new agent needs a name.</source>
        <translation>Der neue Agent braucht einen Namen.</translation>
    </message>
    <message>
        <source>Creating the agent…</source>
        <translation>Der Agent wird erstellt…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>“%1” was created in your xpander.ai organization.</source>
        <translation>„%1“ wurde in Ihrer xpander.ai-Organisation erstellt.</translation>
    </message>
    <message>
        <source>The check could not compare the two: %1</source>
        <translation>Die Prüfung konnte die beiden nicht vergleichen: %1</translation>
    </message>
    <message>
        <source>The new agent matches the template.</source>
        <translation>Der neue Agent stimmt mit der Vorlage überein.</translation>
    </message>
    <message numerus="yes">
        <source>The new agent differs from the template in %n place(s):</source>
        <translation>
            <numerusform>Der neue Agent unterscheidet sich an %n Stelle von der Vorlage:</numerusform>
            <numerusform>Der neue Agent unterscheidet sich an %n Stellen von der Vorlage:</numerusform>
        </translation>
    </message>
    <message>
        <source>It could not be checked: %1</source>
        <translation>Er ließ sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>It was not checked.</source>
        <translation>Er wurde nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>Takeout::DiffCommand</name>
    <message>
        <source>what changed between two exports</source>
        <translation>was sich zwischen zwei Exporten geändert hat</translation>
    </message>
    <message>
        <source>Compares two exports (or any two JSON files) by value and prints what changed: a summary in words, then one line per change (&apos;+ path  value&apos;, &apos;- path  value&apos;, &apos;~ path  old → new&apos;). Records with an id are matched by id, so a reordering is no change. Exit code 0 when the two are the same, 1 when they differ, 2 when a file cannot be read or is not JSON.</source>
        <translation>Vergleicht zwei Exporte (oder zwei beliebige JSON-Dateien) nach ihren Werten und gibt aus, was sich geändert hat: eine Zusammenfassung in Worten, dann eine Zeile je Änderung („+ Pfad  Wert“, „- Pfad  Wert“, „~ Pfad  alt → neu“). Datensätze mit einer ID werden über ihre ID zugeordnet, eine geänderte Reihenfolge ist also keine Änderung. Exit-Code 0, wenn beide gleich sind, 1, wenn sie sich unterscheiden, 2, wenn eine Datei nicht gelesen werden kann oder kein JSON ist.</translation>
    </message>
    <message>
        <source>The earlier file.</source>
        <translation>Die frühere Datei.</translation>
    </message>
    <message>
        <source>The later file.</source>
        <translation>Die spätere Datei.</translation>
    </message>
    <message>
        <source>Print the changes as one JSON array of {&quot;op&quot;, &quot;path&quot;, &quot;old_path&quot;, &quot;old&quot;, &quot;new&quot;}.</source>
        <translation>Die Änderungen als ein JSON-Array aus {&quot;op&quot;, &quot;path&quot;, &quot;old_path&quot;, &quot;old&quot;, &quot;new&quot;} ausgeben.</translation>
    </message>
    <message>
        <source>Print every change, however long the output (without it, the change lines stop after about %1 characters and one line counts the rest).</source>
        <translation>Jede Änderung ausgeben, wie lang die Ausgabe auch wird (ohne diese Option enden die Änderungszeilen nach etwa %1 Zeichen, und eine Zeile zählt den Rest).</translation>
    </message>
    <message numerus="yes">
        <source>… %n more change(s) not shown (--all shows every one)</source>
        <translation>
            <numerusform>… %n weitere Änderung nicht gezeigt (--all zeigt jede)</numerusform>
            <numerusform>… %n weitere Änderungen nicht gezeigt (--all zeigt jede)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::DocumentCommand</name>
    <message>
        <source>a saved export as a PDF, a web page or Markdown</source>
        <translation>ein gespeicherter Export als PDF, Webseite oder Markdown</translation>
    </message>
    <message>
        <source>Writes a saved export as a document people can read without the app: a PDF, a single-file web page or Markdown, laid out as the app&apos;s overview. The format follows OUT&apos;s suffix (.pdf, .html, .md) unless --format names it. A file that is no export is shown as its indented JSON.</source>
        <translation>Schreibt einen gespeicherten Export als Dokument, das man ohne die App lesen kann: als PDF, als Webseite in einer Datei oder als Markdown, aufgebaut wie die Übersicht der App. Das Format folgt der Endung von OUT (.pdf, .html, .md), wenn --format es nicht nennt. Eine Datei, die kein Export ist, erscheint als eingerücktes JSON.</translation>
    </message>
    <message>
        <source>The saved export.</source>
        <translation>Der gespeicherte Export.</translation>
    </message>
    <message>
        <source>Write the document to OUT.</source>
        <translation>Das Dokument nach OUT schreiben.</translation>
    </message>
    <message>
        <source>pdf, html or md.</source>
        <translation>pdf, html oder md.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Die Ausgabedatei ersetzen, falls sie schon existiert.</translation>
    </message>
    <message>
        <source>Name the document&apos;s file with -o OUT.</source>
        <translation>Nennen Sie die Datei des Dokuments mit -o OUT.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use pdf, html or md.</source>
        <translation>Unbekanntes Format „%1“: verwenden Sie pdf, html oder md.</translation>
    </message>
    <message>
        <source>Cannot tell the format from “%1”: end it in .pdf, .html or .md, or use --format.</source>
        <translation>Das Format ist an „%1“ nicht zu erkennen: Lassen Sie den Namen auf .pdf, .html oder .md enden, oder verwenden Sie --format.</translation>
    </message>
    <message>
        <source>%1 is neither an Agentbot account nor an xpander.ai template export; the document shows its JSON.</source>
        <translation>%1 ist weder ein Export eines Agentbot-Kontos noch einer xpander.ai-Vorlage; das Dokument zeigt ihr JSON.</translation>
    </message>
</context>
<context>
    <name>Takeout::ExportAccountCommand</name>
    <message>
        <source>your whole Agentbot account</source>
        <translation>Ihr ganzes Agentbot-Konto</translation>
    </message>
    <message>
        <source>Downloads your Agentbot account export (agents, scheduled tasks, workflows) into a file.</source>
        <translation>Lädt den Export Ihres Agentbot-Kontos (Agenten, geplante Aufgaben, Workflows) in eine Datei herunter.</translation>
    </message>
</context>
<context>
    <name>Takeout::ExportCommand</name>
    <message>
        <source>Write the export to FILE.</source>
        <translation>Den Export in die Datei FILE schreiben.</translation>
    </message>
    <message>
        <source>Write the export into DIR under the suggested name.</source>
        <translation>Den Export unter dem vorgeschlagenen Namen in den Ordner DIR schreiben.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Die Ausgabedatei ersetzen, falls sie schon existiert.</translation>
    </message>
    <message>
        <source>Use either -o FILE or --out-dir DIR, not both.</source>
        <translation>Verwenden Sie entweder -o FILE oder --out-dir DIR, nicht beides.</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 gespeichert unter %2</translation>
    </message>
    <message>
        <source><byte value="xd"/>Downloading… %1 of %2   </source>
        <translation><byte value="xd"/>Wird heruntergeladen… %1 von %2   </translation>
    </message>
    <message>
        <source><byte value="xd"/>Downloading… %1   </source>
        <translation><byte value="xd"/>Wird heruntergeladen… %1   </translation>
    </message>
</context>
<context>
    <name>Takeout::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Downloaded %1 of %2</source>
        <translation>%1 von %2 heruntergeladen</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>%1 heruntergeladen</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Takeout::ExportOverview</name>
    <message>
        <source>Show &amp;Differences</source>
        <translation>Abweichungen an&amp;zeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt;&lt;br&gt;Plan: %3 · Role: %4 · Referral code: %5 · Referral credits: %6&lt;br&gt;Exported %7 · format %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt;&lt;br&gt;Tarif: %3 · Rolle: %4 · Empfehlungscode: %5 · Empfehlungsguthaben: %6&lt;br&gt;Exportiert am %7 · Format %8</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegierung</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Modellanbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Select a function to see its source code.</source>
        <translation>Wählen Sie eine Funktion aus, um ihren Quellcode zu sehen.</translation>
    </message>
    <message>
        <source>Knowledge bases</source>
        <translation>Wissensdatenbanken</translation>
    </message>
    <message>
        <source>Select a document to read its content.</source>
        <translation>Wählen Sie ein Dokument aus, um seinen Inhalt zu lesen.</translation>
    </message>
    <message>
        <source>Copy Content</source>
        <translation>Inhalt kopieren</translation>
    </message>
    <message numerus="yes">
        <source>This file departs from the documented format in %n place(s). It is shown as it is.</source>
        <translation>
            <numerusform>Diese Datei weicht an %n Stelle vom dokumentierten Format ab. Sie wird so angezeigt, wie sie ist.</numerusform>
            <numerusform>Diese Datei weicht an %n Stellen vom dokumentierten Format ab. Sie wird so angezeigt, wie sie ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>This agent has no instructions.</source>
        <translation>Dieser Agent hat keine Anweisungen.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Custom functions</source>
        <translation>Eigene Funktionen</translation>
    </message>
    <message>
        <source>This agent has no custom functions.</source>
        <translation>Dieser Agent hat keine eigenen Funktionen.</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <source>(%1 operations)</source>
        <translation>(%1 Operationen)</translation>
    </message>
    <message>
        <source>This agent uses no connectors.</source>
        <translation>Dieser Agent verwendet keine Konnektoren.</translation>
    </message>
    <message>
        <source>Sub-agents</source>
        <translation>Unteragenten</translation>
    </message>
    <message>
        <source>This agent delegates to no other agent.</source>
        <translation>Dieser Agent gibt an keinen anderen Agenten ab.</translation>
    </message>
    <message>
        <source>No knowledge bases: the agent has none, or the template was exported without them.</source>
        <translation>Keine Wissensdatenbanken: Der Agent hat keine, oder die Vorlage wurde ohne sie exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s). Select one to read it.</source>
        <translation>
            <numerusform>%n Dokument. Wählen Sie es aus, um es zu lesen.</numerusform>
            <numerusform>%n Dokumente. Wählen Sie eines aus, um es zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document content</source>
        <translation>Inhalt des Dokuments</translation>
    </message>
    <message>
        <source>Exported %1 · format %2</source>
        <translation>Exportiert am %1 · Format %2</translation>
    </message>
</context>
<context>
    <name>Takeout::ExportPreview</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>What the export holds</source>
        <translation>Inhalt des Exports</translation>
    </message>
    <message>
        <source>A JSON document found inside another one.</source>
        <translation>Ein JSON-Dokument, das in einem anderen gefunden wurde.</translation>
    </message>
    <message>
        <source>Not saved yet. Nothing is on your disk until you press Save.</source>
        <translation>Noch nicht gespeichert. Erst wenn Sie auf „Speichern“ klicken, wird etwas auf Ihrem Datenträger abgelegt.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Agentbot account</source>
        <translation>Agentbot-Konto</translation>
    </message>
    <message>
        <source>&lt;b&gt;JSON document&lt;/b&gt;&lt;br&gt;Not an Agentbot or xpander.ai export; shown as a plain tree.&lt;br&gt;Size: %1</source>
        <translation>&lt;b&gt;JSON-Dokument&lt;/b&gt;&lt;br&gt;Kein Export von Agentbot oder xpander.ai; wird als einfacher Baum angezeigt.&lt;br&gt;Größe: %1</translation>
    </message>
    <message>
        <source>, plan %1</source>
        <translation>, Tarif %1</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;Agent definition: %4&lt;br&gt;%5&lt;br&gt;Size on disk: %6</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;Agentendefinition: %4&lt;br&gt;%5&lt;br&gt;Größe auf dem Datenträger: %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agentbot account&lt;/b&gt;&lt;br&gt;Profile: %1&lt;br&gt;Exported %2 (format %3)&lt;br&gt;%4&lt;br&gt;Size on disk: %5</source>
        <translation>&lt;b&gt;Agentbot-Konto&lt;/b&gt;&lt;br&gt;Profil: %1&lt;br&gt;Exportiert am %2 (Format %3)&lt;br&gt;%4&lt;br&gt;Größe auf dem Datenträger: %5</translation>
    </message>
    <message>
        <source>Agentbot account export</source>
        <translation>Export des Agentbot-Kontos</translation>
    </message>
    <message>
        <source>xpander.ai template</source>
        <translation>xpander.ai-Vorlage</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>JSON-Dokument</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Save this export to a file (%1)</source>
        <translation>Diesen Export in einer Datei speichern (%1)</translation>
    </message>
    <message>
        <source>Discard this export (%1)</source>
        <translation>Diesen Export verwerfen (%1)</translation>
    </message>
    <message>
        <source>Close this export (%1)</source>
        <translation>Diesen Export schließen (%1)</translation>
    </message>
    <message>
        <source>Show the file as it is</source>
        <translation>Die Datei so zeigen, wie sie ist</translation>
    </message>
    <message>
        <source>Create A&amp;gent…</source>
        <translation>A&amp;gent erstellen…</translation>
    </message>
    <message>
        <source>Copy Template &amp;ID</source>
        <translation>Vorlagen-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Create agent from this template…</source>
        <translation>Agent aus dieser Vorlage erstellen…</translation>
    </message>
    <message>
        <source>Whoever gets the template ID can create the agent in their own xpander.ai organization.</source>
        <translation>Wer die Vorlagen-ID bekommt, kann den Agenten in der eigenen xpander.ai-Organisation erstellen.</translation>
    </message>
    <message>
        <source>From your encrypted backup. It stays there; Save writes a copy that is not encrypted.</source>
        <translation>Aus Ihrer verschlüsselten Sicherung. Dort bleibt es; Speichern schreibt eine unverschlüsselte Kopie.</translation>
    </message>
</context>
<context>
    <name>Takeout::ExportTemplateCommand</name>
    <message>
        <source>one xpander.ai agent as a template</source>
        <translation>einen xpander.ai-Agenten als Vorlage</translation>
    </message>
    <message>
        <source>Downloads an xpander.ai agent as a template into a file. Name, description and icon default to the agent&apos;s own.</source>
        <translation>Lädt einen xpander.ai-Agenten als Vorlage in eine Datei herunter. Name, Beschreibung und Symbol sind standardmäßig die des Agenten.</translation>
    </message>
    <message>
        <source>The xpander.ai agent id.</source>
        <translation>Die ID des xpander.ai-Agenten.</translation>
    </message>
    <message>
        <source>Template name (default: the agent&apos;s).</source>
        <translation>Name der Vorlage (Standard: der des Agenten).</translation>
    </message>
    <message>
        <source>Template description (default: the agent&apos;s).</source>
        <translation>Beschreibung der Vorlage (Standard: die des Agenten).</translation>
    </message>
    <message>
        <source>Template icon, an emoji (default: the agent&apos;s).</source>
        <translation>Symbol der Vorlage, ein Emoji (Standard: das des Agenten).</translation>
    </message>
    <message>
        <source>Include knowledge bases with their documents.</source>
        <translation>Wissensdatenbanken mit ihren Dokumenten einbeziehen.</translation>
    </message>
    <message>
        <source>--agent ID is required.</source>
        <translation>--agent ID ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>Takeout::FindBar</name>
    <message>
        <source>Re&amp;gex</source>
        <translation>Regulärer Ausdru&amp;ck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find in keys and values</source>
        <translation>In Schlüsseln und Werten suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Takeout::GetCommand</name>
    <message>
        <source>the value at a jq-style path, as compact JSON</source>
        <translation>der Wert an einem Pfad im jq-Stil, als kompaktes JSON</translation>
    </message>
    <message>
        <source>Prints the value at a jq-style path as compact JSON, numbers and strings exactly as the file writes them (e.g. &apos;.scheduledTasks[0].cronSchedule&apos;, &apos;.&quot;a key&quot;&apos;).</source>
        <translation>Gibt den Wert an einem Pfad im jq-Stil als kompaktes JSON aus, Zahlen und Zeichenketten genau so, wie die Datei sie schreibt (z. B. &apos;.scheduledTasks[0].cronSchedule&apos;, &apos;.&quot;a key&quot;&apos;).</translation>
    </message>
    <message>
        <source>A JSON file.</source>
        <translation>Eine JSON-Datei.</translation>
    </message>
    <message>
        <source>Where the value is, e.g. .agents[0].name</source>
        <translation>Wo der Wert steht, z. B. .agents[0].name</translation>
    </message>
    <message>
        <source>No value at %1: %2</source>
        <translation>Kein Wert bei %1: %2</translation>
    </message>
</context>
<context>
    <name>Takeout::HelpWindow</name>
    <message>
        <source>Agent Takeout User Guide</source>
        <translation>Agent Takeout – Anleitung</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Anleitung durchsuchen</translation>
    </message>
    <message>
        <source>Shows the topics that hold every word; Enter goes to the next place in the page.</source>
        <translation>Zeigt die Themen, die jedes Wort enthalten; die Eingabetaste springt zur nächsten Stelle auf der Seite.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>No topic holds these words.</source>
        <translation>Kein Thema enthält diese Wörter.</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Seite der Anleitung</translation>
    </message>
    <message>
        <source>en</source>
        <comment>The folder of the user guide in this translation&apos;s language: resources/help/&lt;code&gt;</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>Takeout::HomePage</name>
    <message>
        <source>Choose one of your agents and keep its definition, to reuse or share.</source>
        <translation>Wählen Sie einen Ihrer Agenten und behalten Sie seine Definition, um sie wiederzuverwenden oder zu teilen.</translation>
    </message>
    <message>
        <source>Look inside an export you saved before, without signing in.</source>
        <translation>Sehen Sie in einen früher gespeicherten Export, ohne sich anzumelden.</translation>
    </message>
    <message>
        <source>Get your AI-agent data out, and look inside it.</source>
        <translation>Holen Sie Ihre Daten aus KI-Agenten-Diensten und sehen Sie hinein.</translation>
    </message>
    <message>
        <source>Recent exports</source>
        <translation>Letzte Exporte</translation>
    </message>
    <message>
        <source>No recent exports yet. The exports you save or open will be listed here.</source>
        <translation>Noch keine Exporte. Die Exporte, die Sie speichern oder öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation>Ihre Konten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no longer there</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in to export from it.</source>
        <translation>Nicht bei %1 angemeldet. Melden Sie sich an, um daraus zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in to %1 — %n agent(s)</source>
        <translation>
            <numerusform>Angemeldet bei %1 — %n Agent</numerusform>
            <numerusform>Angemeldet bei %1 — %n Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation>Angemeldet bei %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Manage the %1 sign-in</source>
        <translation>Die Anmeldung bei %1 verwalten</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Everything of the services you are signed in to, into your backup folder.</source>
        <translation>Alles aus den Diensten, bei denen Sie angemeldet sind, in Ihren Sicherungsordner.</translation>
    </message>
    <message>
        <source>No backup yet. Back up now keeps a copy of everything in one folder.</source>
        <translation>Noch keine Sicherung. „Jetzt sichern“ legt eine Kopie von allem in einem Ordner ab.</translation>
    </message>
    <message>
        <source>not complete: it stopped before the end</source>
        <translation>nicht vollständig: sie hat vor dem Ende aufgehört</translation>
    </message>
    <message numerus="yes">
        <source>not complete: %n item(s) not saved</source>
        <translation>
            <numerusform>nicht vollständig: %n Element nicht gespeichert</numerusform>
            <numerusform>nicht vollständig: %n Elemente nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>Last backup %1, %2.
%3</source>
        <translation>Letzte Sicherung %1, %2.
%3</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>Nicht vollständig</translation>
    </message>
    <message>
        <source>Open the folder of the last backup</source>
        <translation>Den Ordner der letzten Sicherung öffnen</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Open a saved export (%1)</source>
        <translation>Einen gespeicherten Export öffnen (%1)</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Export my Agentbot account…</source>
        <translation>Mein Agentbot-Konto &amp;exportieren…</translation>
    </message>
    <message>
        <source>Your profile, agents, scheduled tasks and workflows, in one file to look at and save.</source>
        <translation>Ihr Profil, Ihre Agenten, geplanten Aufgaben und Workflows, in einer Datei zum Ansehen und Speichern.</translation>
    </message>
    <message>
        <source>E&amp;xport an xpander.ai agent as a template…</source>
        <translation>Einen xpander.ai-Agenten als &amp;Vorlage exportieren…</translation>
    </message>
    <message>
        <source>&amp;Open a saved export…</source>
        <translation>Gespeicherten Export ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Change the backup settings</source>
        <translation>Die Einstellungen der Sicherung ändern</translation>
    </message>
    <message>
        <source>Where the backups go, what they hold, how often they run and how many to keep.</source>
        <translation>Wohin die Sicherungen gehen, was sie enthalten, wie oft sie laufen und wie viele bleiben.</translation>
    </message>
    <message>
        <source>More tasks</source>
        <translation>Weitere Aufgaben</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Automatische Sicherungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>Automatic backups are on: every day. Next: %1 at %2.</source>
        <translation>Automatische Sicherungen sind an: jeden Tag. Die nächste: %1 um %2.</translation>
    </message>
    <message>
        <source>Automatic backups are on: every week. Next: %1 at %2.</source>
        <translation>Automatische Sicherungen sind an: jede Woche. Die nächste: %1 um %2.</translation>
    </message>
    <message>
        <source>If the computer is off then, the backup runs when you next sign in.</source>
        <translation>Ist der Computer dann aus, läuft die Sicherung, wenn Sie sich das nächste Mal anmelden.</translation>
    </message>
    <message>
        <source>Open, not saved yet</source>
        <translation>Geöffnet, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Show it; nothing is on your disk until you save it.</source>
        <translation>Anzeigen; erst wenn Sie speichern, wird etwas auf Ihrem Datenträger abgelegt.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Create &amp;Agent from This Template…</source>
        <translation>&amp;Agent aus dieser Vorlage erstellen…</translation>
    </message>
    <message>
        <source>See the items of the last backup and bring agents back from it</source>
        <translation>Die Elemente der letzten Sicherung ansehen und Agenten daraus zurückholen</translation>
    </message>
    <message>
        <source>No backup yet. Back up now keeps an encrypted copy of everything in %1.</source>
        <translation>Noch keine Sicherung. „Jetzt sichern“ legt eine verschlüsselte Kopie von allem in %1 ab.</translation>
    </message>
    <message>
        <source>The last backup could not be read. %1</source>
        <translation>Die letzte Sicherung konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Encrypted, in %1</source>
        <translation>Verschlüsselt, in %1</translation>
    </message>
</context>
<context>
    <name>Takeout::ImportAndVerifyJob</name>
    <message>
        <source>Creating the agent…</source>
        <translation>Der Agent wird angelegt …</translation>
    </message>
    <message>
        <source>Exporting the new agent to compare it with the template…</source>
        <translation>Der neue Agent wird exportiert, um ihn mit der Vorlage zu vergleichen …</translation>
    </message>
    <message>
        <source>The agent was created, but exporting it for the comparison failed: %1</source>
        <translation>Der Agent wurde angelegt, aber sein Export für den Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Comparing the new agent with the template…</source>
        <translation>Der neue Agent wird mit der Vorlage verglichen …</translation>
    </message>
</context>
<context>
    <name>Takeout::ImportJob</name>
    <message>
        <source>The template no longer exists on %1: it was deleted, or it is not shared with this organization. Export the agent again.</source>
        <translation>Die Vorlage gibt es auf %1 nicht mehr: Sie wurde gelöscht oder ist nicht mit dieser Organisation geteilt. Exportieren Sie den Agenten erneut.</translation>
    </message>
    <message>
        <source>A name is required for the new agent.</source>
        <translation>Der neue Agent braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 did not accept the new agent: %2</source>
        <translation>%1 hat den neuen Agenten nicht angenommen: %2</translation>
    </message>
    <message>
        <source>%1 did not accept your sign-in. Sign in again, then create the agent.</source>
        <translation>%1 hat Ihre Anmeldung nicht angenommen. Melden Sie sich erneut an und legen Sie den Agenten dann an.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before it answered: the agent may or may not have been created. Look at your agent list.</source>
        <translation>Die Verbindung zu %1 wurde vor der Antwort beendet: Der Agent wurde vielleicht angelegt, vielleicht nicht. Sehen Sie in Ihrer Agentenliste nach.</translation>
    </message>
    <message>
        <source>Cancelled. No agent was created.</source>
        <translation>Abgebrochen. Es wurde kein Agent angelegt.</translation>
    </message>
    <message>
        <source>Your %1 organization has no access to this template, so signing in again does not help: ask whoever shared it to share it with your organization.</source>
        <translation>Ihre %1-Organisation hat keinen Zugriff auf diese Vorlage, erneutes Anmelden hilft also nicht: Bitten Sie die Person, die sie geteilt hat, sie mit Ihrer Organisation zu teilen.</translation>
    </message>
</context>
<context>
    <name>Takeout::ImportTemplateCommand</name>
    <message>
        <source>create an xpander.ai agent from a template</source>
        <translation>einen xpander.ai-Agenten aus einer Vorlage anlegen</translation>
    </message>
    <message>
        <source>Creates a new xpander.ai agent from a template: the file an export wrote, or a template id someone shared. Prints the new agent&apos;s id. The request is sent once: when the connection is cut before the answer, the agent may or may not have been created (exit 4).</source>
        <translation>Legt einen neuen xpander.ai-Agenten aus einer Vorlage an: aus der Datei eines Exports oder aus einer geteilten Vorlagen-ID. Gibt die ID des neuen Agenten aus. Die Anfrage wird nur einmal gesendet: Bricht die Verbindung vor der Antwort ab, wurde der Agent vielleicht angelegt, vielleicht nicht (Exit-Code 4).</translation>
    </message>
    <message>
        <source>An xpander.ai template export.</source>
        <translation>Ein xpander.ai-Vorlagenexport.</translation>
    </message>
    <message>
        <source>The template&apos;s id, instead of a file.</source>
        <translation>Die ID der Vorlage, statt einer Datei.</translation>
    </message>
    <message>
        <source>The new agent&apos;s name (default: the template&apos;s).</source>
        <translation>Name des neuen Agenten (Standard: der der Vorlage).</translation>
    </message>
    <message>
        <source>The new agent&apos;s description (default: the template&apos;s).</source>
        <translation>Beschreibung des neuen Agenten (Standard: die der Vorlage).</translation>
    </message>
    <message>
        <source>The new agent&apos;s icon, an emoji (default: the template&apos;s).</source>
        <translation>Symbol des neuen Agenten, ein Emoji (Standard: das der Vorlage).</translation>
    </message>
    <message>
        <source>Create the knowledge bases with their documents (default: when the template holds them).</source>
        <translation>Die Wissensdatenbanken mit ihren Dokumenten anlegen (Standard: wenn die Vorlage sie enthält).</translation>
    </message>
    <message>
        <source>Leave the knowledge bases out.</source>
        <translation>Die Wissensdatenbanken weglassen.</translation>
    </message>
    <message>
        <source>Export the new agent (the service keeps that template too) and compare it with the template; exit 6 when they differ. Needs FILE.</source>
        <translation>Den neuen Agenten exportieren (der Dienst behält auch diese Vorlage) und mit der Vorlage vergleichen; Exit-Code 6, wenn sie sich unterscheiden. Braucht DATEI.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Give either a template FILE or --template-id ID.</source>
        <translation>Geben Sie entweder eine Vorlagen-DATEI oder --template-id ID an.</translation>
    </message>
    <message>
        <source>--with-knowledge-bases and --without-knowledge-bases exclude each other.</source>
        <translation>--with-knowledge-bases und --without-knowledge-bases schließen einander aus.</translation>
    </message>
    <message>
        <source>--name N is required with --template-id.</source>
        <translation>Mit --template-id ist --name N nötig.</translation>
    </message>
    <message>
        <source>--verify compares with the template, so it needs the template FILE.</source>
        <translation>--verify vergleicht mit der Vorlage und braucht daher die Vorlagen-DATEI.</translation>
    </message>
    <message>
        <source>The template file cannot be read.</source>
        <translation>Die Vorlagendatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The template has no name: give the new agent one with --name N.</source>
        <translation>Die Vorlage hat keinen Namen: Geben Sie dem neuen Agenten einen mit --name N.</translation>
    </message>
    <message>
        <source>The new agent matches the template.</source>
        <translation>Der neue Agent stimmt mit der Vorlage überein.</translation>
    </message>
    <message>
        <source>The new agent differs from the template:</source>
        <translation>Der neue Agent unterscheidet sich von der Vorlage:</translation>
    </message>
</context>
<context>
    <name>Takeout::InspectCommand</name>
    <message>
        <source>what a saved export holds, and how it departs from the documented shape</source>
        <translation>was ein gespeicherter Export enthält und wie er vom dokumentierten Aufbau abweicht</translation>
    </message>
    <message>
        <source>Shows what a saved export holds (kind, size, values, depth, counts) and how it departs from the documented shape.</source>
        <translation>Zeigt, was ein gespeicherter Export enthält (Art, Größe, Werte, Tiefe, Anzahlen) und wie er vom dokumentierten Aufbau abweicht.</translation>
    </message>
    <message>
        <source>The saved export.</source>
        <translation>Der gespeicherte Export.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
</context>
<context>
    <name>Takeout::JsonTreeModel</name>
    <message>
        <source>object {%1}</source>
        <translation>Objekt {%1}</translation>
    </message>
    <message>
        <source>array [%1]</source>
        <translation>Array [%1]</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type / size</source>
        <translation>Typ / Größe</translation>
    </message>
</context>
<context>
    <name>Takeout::JsonView</name>
    <message>
        <source>Open as &amp;Document</source>
        <translation>Als Dokument &amp;öffnen</translation>
    </message>
    <message>
        <source>Path of the selected value</source>
        <translation>Pfad des ausgewählten Werts</translation>
    </message>
    <message>
        <source>E&amp;xpand All Below</source>
        <translation>Alles darunter aus&amp;klappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Alles &amp;einklappen</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>Wer&amp;t kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>Sch&amp;lüssel kopieren</translation>
    </message>
    <message>
        <source>Copy Pa&amp;th</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Rohtext</translation>
    </message>
    <message>
        <source>Show the text of the whole document</source>
        <translation>Den Text des ganzen Dokuments anzeigen</translation>
    </message>
    <message>
        <source>Document tree</source>
        <translation>Dokumentbaum</translation>
    </message>
    <message>
        <source>Whole value</source>
        <translation>Ganzer Wert</translation>
    </message>
    <message>
        <source>Select a value to see all of it here.</source>
        <translation>Wählen Sie einen Wert aus, um ihn hier vollständig zu sehen.</translation>
    </message>
    <message>
        <source>This text is itself a JSON document: open it in a tab of its own</source>
        <translation>Dieser Text ist selbst ein JSON-Dokument: in einem eigenen Tab öffnen</translation>
    </message>
    <message>
        <source>%1 — too large to show here; use Raw or expand it in the tree.</source>
        <translation>%1 — zu groß, um hier angezeigt zu werden; verwenden Sie „Rohtext“ oder klappen Sie es im Baum aus.</translation>
    </message>
    <message>
        <source>%1

[… The text goes on: %2 in all. Copy Value copies all of it.]</source>
        <translation>%1

[… Der Text geht weiter: %2 insgesamt. „Wert kopieren“ kopiert ihn ganz.]</translation>
    </message>
    <message>
        <source>This file changed on disk.</source>
        <translation>Diese Datei wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>More actions on the document</source>
        <translation>Weitere Aktionen für das Dokument</translation>
    </message>
</context>
<context>
    <name>Takeout::KnowledgeModel</name>
    <message>
        <source>Knowledge base / document</source>
        <translation>Wissensdatenbank / Dokument</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Takeout::LoginCommand</name>
    <message>
        <source>store a session or API key (read from stdin)</source>
        <translation>eine Sitzung oder einen API-Schlüssel speichern (von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <source>delete it from the keychain</source>
        <translation>sie aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>Deletes your Agentbot session or xpander.ai API key from the system keychain.</source>
        <translation>Löscht Ihre Agentbot-Sitzung oder Ihren xpander.ai-API-Schlüssel aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>agentbot or xpander</source>
        <translation>agentbot oder xpander</translation>
    </message>
    <message>
        <source>Unknown service: %1. Choose agentbot or xpander.</source>
        <translation>Unbekannter Dienst: %1. Wählen Sie agentbot oder xpander.</translation>
    </message>
    <message>
        <source>Paste your Agentbot session (it is not shown): </source>
        <translation>Fügen Sie Ihre Agentbot-Sitzung ein (sie wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Paste your xpander.ai API key (it is not shown): </source>
        <translation>Fügen Sie Ihren xpander.ai-API-Schlüssel ein (er wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Nothing was entered on standard input.</source>
        <translation>Auf der Standardeingabe wurde nichts eingegeben.</translation>
    </message>
    <message>
        <source>Saved your %1 sign-in for %2 in the system keychain.</source>
        <translation>Ihre %1-Anmeldung für %2 wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Signed out of %1 at %2.</source>
        <translation>Von %1 unter %2 abgemeldet.</translation>
    </message>
    <message>
        <source>Stores your Agentbot session or xpander.ai API key in the system keychain. It is read from standard input, and not shown while you type or paste it; or, for Agentbot, taken from the cookies of a browser you are signed in with (--from-browser).</source>
        <translation>Legt Ihre Agentbot-Sitzung oder Ihren xpander.ai-API-Schlüssel im Schlüsselbund des Systems ab. Er wird von der Standardeingabe gelesen und beim Tippen oder Einfügen nicht gezeigt; oder, für Agentbot, aus den Cookies eines Browsers genommen, in dem Sie angemeldet sind (--from-browser).</translation>
    </message>
    <message>
        <source>Agentbot: take the sign-in from BROWSER&apos;s cookies instead of reading it from stdin: firefox, chromium, chrome, edge, brave, vivaldi, or any.</source>
        <translation>Agentbot: die Anmeldung aus den Cookies von BROWSER nehmen, statt sie von der Standardeingabe zu lesen: firefox, chromium, chrome, edge, brave, vivaldi oder any.</translation>
    </message>
    <message>
        <source>With --from-browser: only this profile (as `agent-takeout-cli browsers` lists it).</source>
        <translation>Mit --from-browser: nur dieses Profil (wie `agent-takeout-cli browsers` es auflistet).</translation>
    </message>
    <message>
        <source>--from-browser is for Agentbot; an xpander.ai API key is read from standard input.</source>
        <translation>--from-browser gilt für Agentbot; ein xpander.ai-API-Schlüssel wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>--browser-profile goes with --from-browser.</source>
        <translation>--browser-profile gehört zu --from-browser.</translation>
    </message>
    <message>
        <source>Unknown browser: %1. Choose firefox, chromium, chrome, edge, brave, vivaldi or any.</source>
        <translation>Unbekannter Browser: %1. Wählen Sie firefox, chromium, chrome, edge, brave, vivaldi oder any.</translation>
    </message>
    <message>
        <source>No browser has a profile named %1; agent-takeout-cli browsers lists them.</source>
        <translation>Kein Browser hat ein Profil namens %1; agent-takeout-cli browsers listet sie auf.</translation>
    </message>
    <message>
        <source>%1 has no profile named %2; agent-takeout-cli browsers lists them.</source>
        <translation>%1 hat kein Profil namens %2; agent-takeout-cli browsers listet sie auf.</translation>
    </message>
    <message>
        <source>Using the sign-in from %1.</source>
        <translation>Die Anmeldung aus %1 wird verwendet.</translation>
    </message>
    <message>
        <source>Saved your %1 sign-in for %2 in the system keychain (session from %3).</source>
        <translation>Ihre %1-Anmeldung für %2 wurde im Schlüsselbund des Systems gespeichert (Sitzung aus %3).</translation>
    </message>
</context>
<context>
    <name>Takeout::MainWindow</name>
    <message>
        <source>Agent Takeout</source>
        <translation>Agent Takeout</translation>
    </message>
    <message>
        <source>Services and views</source>
        <translation>Dienste und Ansichten</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Agentbot Sign-in</source>
        <translation>&amp;Agentbot-Anmeldung</translation>
    </message>
    <message>
        <source>&amp;xpander.ai Sign-in</source>
        <translation>&amp;xpander.ai-Anmeldung</translation>
    </message>
    <message>
        <source>A&amp;gents and Exports</source>
        <translation>A&amp;genten und Exporte</translation>
    </message>
    <message>
        <source>&amp;Refresh Agents</source>
        <translation>Agenten a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>How do I find my &amp;Agentbot session?</source>
        <translation>Wie finde ich meine &amp;Agentbot-Sitzung?</translation>
    </message>
    <message>
        <source>How do I create an &amp;xpander.ai API key?</source>
        <translation>Wie erstelle ich einen &amp;xpander.ai-API-Schlüssel?</translation>
    </message>
    <message>
        <source>&amp;About Agent Takeout</source>
        <translation>&amp;Über Agent Takeout</translation>
    </message>
    <message>
        <source>About Agent Takeout</source>
        <translation>Über Agent Takeout</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Agent Takeout %1&lt;/h3&gt;&lt;p&gt;Get your data out of Agentbot and xpander.ai, look at it before it is saved, and find what you need in it later.&lt;/p&gt;&lt;p&gt;Your sign-in is kept only in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Agent Takeout %1&lt;/h3&gt;&lt;p&gt;Holen Sie Ihre Daten aus Agentbot und xpander.ai heraus, sehen Sie sie sich an, bevor sie gespeichert werden, und finden Sie später darin, was Sie brauchen.&lt;/p&gt;&lt;p&gt;Ihre Anmeldung wird nur im Schlüsselbund des Systems aufbewahrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo mode: both services are the built-in demo at %1.</source>
        <translation>Demo-Modus: Beide Dienste sind die eingebaute Demo unter %1.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Open export</source>
        <translation>Export öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>Fortschritt beim Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened: it is not valid JSON.

%2</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei enthält kein gültiges JSON.

%2</translation>
    </message>
    <message>
        <source>Discard export?</source>
        <translation>Export verwerfen?</translation>
    </message>
    <message>
        <source>“%1” has not been saved. Discard it?</source>
        <translation>„%1“ wurde nicht gespeichert. Möchten Sie den Export verwerfen?</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>Ohne Speichern beenden?</translation>
    </message>
    <message>
        <source>Some exports have not been saved. Quit and discard them?</source>
        <translation>Einige Exporte wurden nicht gespeichert. Möchten Sie beenden und sie verwerfen?</translation>
    </message>
    <message>
        <source>%1 — signed in</source>
        <translation>%1 — angemeldet</translation>
    </message>
    <message>
        <source>%1 — signed out</source>
        <translation>%1 — abgemeldet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your xpander.ai API key&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Sign in to the xpander.ai app.&lt;/li&gt;&lt;li&gt;Open &lt;i&gt;Settings&lt;/i&gt;, then &lt;i&gt;API Keys&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Press &lt;i&gt;Create API key&lt;/i&gt;, give it a name you will recognise (for example “Agent Takeout”), and copy it.&lt;/li&gt;&lt;li&gt;Paste it into the xpander.ai sign-in. It is checked right away.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Agent Takeout keeps it only in your system keychain, and only if you ask it to. You can delete the key in xpander.ai at any time.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ihr xpander.ai-API-Schlüssel&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Melden Sie sich in der xpander.ai-App an.&lt;/li&gt;&lt;li&gt;Öffnen Sie &lt;i&gt;Settings&lt;/i&gt; und dann &lt;i&gt;API Keys&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;i&gt;Create API key&lt;/i&gt;, geben Sie dem Schlüssel einen Namen, an dem Sie ihn wiedererkennen (zum Beispiel „Agent Takeout“), und kopieren Sie ihn.&lt;/li&gt;&lt;li&gt;Fügen Sie ihn in die xpander.ai-Anmeldung ein. Er wird sofort geprüft.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Agent Takeout speichert ihn nur im Schlüsselbund Ihres Systems, und nur, wenn Sie das wünschen. Sie können den Schlüssel in xpander.ai jederzeit löschen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finding your sign-in</source>
        <translation>So finden Sie Ihre Anmeldedaten</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt; — none of this is your data.</source>
        <translation>&lt;b&gt;Demo&lt;/b&gt; — nichts davon sind Ihre Daten.</translation>
    </message>
    <message>
        <source>&amp;Leave demo</source>
        <translation>Demo &amp;verlassen</translation>
    </message>
    <message>
        <source>Sign out of the demo service and start with your own accounts.</source>
        <translation>Vom Demo-Dienst abmelden und mit Ihren eigenen Konten beginnen.</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Agent Takeout — Demo</source>
        <translation>Agent Takeout — Demo</translation>
    </message>
    <message>
        <source>Sign in to %1 first; the export follows.</source>
        <translation>Melden Sie sich zuerst bei %1 an; der Export folgt.</translation>
    </message>
    <message>
        <source>Choose an agent, then press Export as template.</source>
        <translation>Wählen Sie einen Agenten und klicken Sie dann auf die Schaltfläche „Als Vorlage exportieren“.</translation>
    </message>
    <message>
        <source>Co&amp;mpare Two Exports…</source>
        <translation>Zwei Exporte &amp;vergleichen…</translation>
    </message>
    <message>
        <source>The Earlier Export</source>
        <translation>Früherer Export</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The Later Export</source>
        <translation>Späterer Export</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Jetzt si&amp;chern…</translation>
    </message>
    <message>
        <source>Compare “%1” With</source>
        <translation>„%1“ vergleichen mit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your Agentbot session&lt;/h3&gt;&lt;p&gt;Agentbot has no API keys: it signs you in through your web browser, and Agent Takeout uses that sign-in.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open your Agentbot site in your browser and sign in.&lt;/li&gt;&lt;li&gt;In the Agentbot sign-in here, enter the site&apos;s address and press &lt;i&gt;Use my sign-in from Firefox&lt;/i&gt; (or the browser you use). Only the Agentbot cookies are read, and only then.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;If that does not work, open &lt;i&gt;Other ways&lt;/i&gt;: press F12 in your browser, choose &lt;i&gt;Storage&lt;/i&gt; (Firefox) or &lt;i&gt;Application&lt;/i&gt; (Chrome, Edge), then &lt;i&gt;Cookies&lt;/i&gt; and your Agentbot site, and copy the cookies as &lt;i&gt;name=value; name=value&lt;/i&gt; (or the token your site gives you) into the box.&lt;/p&gt;&lt;p&gt;It is checked with Agentbot right away. Agent Takeout keeps it only in your system keychain, and only if you ask it to.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ihre Agentbot-Sitzung&lt;/h3&gt;&lt;p&gt;Agentbot hat keine API-Schlüssel: Es meldet Sie über Ihren Webbrowser an, und Agent Takeout verwendet diese Anmeldung.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie Ihre Agentbot-Seite im Browser und melden Sie sich an.&lt;/li&gt;&lt;li&gt;Geben Sie hier in der Agentbot-Anmeldung die Adresse der Seite ein und klicken Sie auf die Schaltfläche &lt;i&gt;Meine Anmeldung aus Firefox verwenden&lt;/i&gt; (oder den Browser, den Sie verwenden). Nur die Agentbot-Cookies werden gelesen, und nur dann.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Wenn das nicht klappt, öffnen Sie &lt;i&gt;Andere Wege&lt;/i&gt;: Drücken Sie F12 im Browser, wählen Sie &lt;i&gt;Web-Speicher&lt;/i&gt; (Firefox) oder &lt;i&gt;Anwendung&lt;/i&gt; (Chrome, Edge), dann &lt;i&gt;Cookies&lt;/i&gt; und Ihre Agentbot-Seite, und kopieren Sie die Cookies als &lt;i&gt;name=wert; name=wert&lt;/i&gt; (oder das Token, das Ihre Seite Ihnen gibt) in das Feld.&lt;/p&gt;&lt;p&gt;Sie wird sofort bei Agentbot geprüft. Agent Takeout bewahrt sie nur im Schlüsselbund Ihres Systems auf, und nur, wenn Sie es wünschen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open exports</source>
        <translation>Offene Exporte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>An&amp;leitung</translation>
    </message>
    <message>
        <source>&amp;Export My Agentbot Account…</source>
        <translation>Mein Agentbot-Konto &amp;exportieren…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Reiter schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save as &amp;Document…</source>
        <translation>Als &amp;Dokument speichern …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Export &amp;Table</source>
        <translation>&amp;Tabelle exportieren</translation>
    </message>
    <message>
        <source>Open Bac&amp;kup…</source>
        <translation>Sicherung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Backup</source>
        <translation>Sicherung öffnen</translation>
    </message>
    <message>
        <source>Create Agent from a Template &amp;ID…</source>
        <translation>Agent aus einer Vorlagen-&amp;ID erstellen…</translation>
    </message>
    <message>
        <source>Template ID copied. Whoever gets it can create the agent in their own xpander.ai organization.</source>
        <translation>Vorlagen-ID kopiert. Wer sie bekommt, kann den Agenten in der eigenen xpander.ai-Organisation erstellen.</translation>
    </message>
    <message>
        <source>Not a template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>This is not an xpander.ai template with an ID, so no agent can be created from it.</source>
        <translation>Das ist keine xpander.ai-Vorlage mit einer ID, daher lässt sich daraus kein Agent erstellen.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Create Agent from a Template ID</source>
        <translation>Agent aus einer Vorlagen-ID erstellen</translation>
    </message>
    <message>
        <source>The template ID someone sent you:</source>
        <translation>Die Vorlagen-ID, die Ihnen jemand geschickt hat:</translation>
    </message>
    <message>
        <source>Sign in to xpander.ai first; the agent follows.</source>
        <translation>Melden Sie sich zuerst bei xpander.ai an; der Agent folgt.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>der Vorlage</translation>
    </message>
    <message>
        <source>the new agent “%1”</source>
        <translation>dem neuen Agenten „%1“</translation>
    </message>
    <message>
        <source>Template → %1</source>
        <translation>Vorlage → %1</translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation>Ordner lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1 is not a backup made by Agent Takeout: it has no %2.</source>
        <translation>%1 ist keine Sicherung von Agent Takeout: Es fehlt die %2.</translation>
    </message>
</context>
<context>
    <name>Takeout::MessageWidget</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Takeout::OverviewCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, listed under Details (JSON).</source>
        <translation>
            <numerusform>…und %n weiteres, aufgeführt unter Details (JSON).</numerusform>
            <numerusform>…und %n weitere, aufgeführt unter Details (JSON).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takeout::ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Takeout::RawView</name>
    <message>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <source> (the indented text stops here, at %1 MB)</source>
        <translation> (der eingerückte Text endet hier, bei %1 MB)</translation>
    </message>
    <message>
        <source>
… (the first %1 MB of %2 MB are shown)</source>
        <translation>
… (die ersten %1 MB von %2 MB werden angezeigt)</translation>
    </message>
</context>
<context>
    <name>Takeout::ReadOnlyTable</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>Tabelle &amp;exportieren …</translation>
    </message>
</context>
<context>
    <name>Takeout::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>Takeout::ResticBackupJob</name>
    <message>
        <source>There is no private place to prepare the backup in.</source>
        <translation>Es gibt keinen privaten Ort, um die Sicherung vorzubereiten.</translation>
    </message>
    <message>
        <source>restic could not be started.</source>
        <translation>restic konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>restic did not say which snapshot it made.</source>
        <translation>restic hat nicht mitgeteilt, welchen Snapshot es angelegt hat.</translation>
    </message>
</context>
<context>
    <name>Takeout::RestoreCommand</name>
    <message>
        <source>create a backup&apos;s xpander.ai agents again</source>
        <translation>die xpander.ai-Agenten einer Sicherung wieder anlegen</translation>
    </message>
    <message>
        <source>Restore only this agent (its id in the backup); may be repeated.</source>
        <translation>Nur diesen Agenten wiederherstellen (seine ID in der Sicherung); mehrfach möglich.</translation>
    </message>
    <message>
        <source>Create nothing: read the agent list and print what would be done (would create OLD_AGENT_ID NAME, skipped …).</source>
        <translation>Nichts anlegen: die Agentenliste lesen und ausgeben, was geschähe (would create ALTE_AGENT_ID NAME, skipped …).</translation>
    </message>
    <message>
        <source>Export each new agent and compare it with its template; exit 6 when one differs.</source>
        <translation>Jeden neuen Agenten exportieren und mit seiner Vorlage vergleichen; Exit-Code 6, wenn einer abweicht.</translation>
    </message>
    <message>
        <source>Create an agent even when one of the same name exists.</source>
        <translation>Einen Agenten auch dann anlegen, wenn es schon einen mit diesem Namen gibt.</translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>Es gibt keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>The backup holds no xpander.ai agent %1.</source>
        <translation>Die Sicherung enthält keinen xpander.ai-Agenten %1.</translation>
    </message>
    <message>
        <source>%1 differs from its template:</source>
        <translation>%1 unterscheidet sich von seiner Vorlage:</translation>
    </message>
    <message>
        <source>Creates the xpander.ai agents of a backup folder or of a snapshot of an encrypted restic backup again, from the templates it holds: all, or those named with --agent. One request each, and one line per item on stdout: created OLD_AGENT_ID NEW_AGENT_ID NAME, skipped OLD_AGENT_ID NAME: REASON, or failed OLD_AGENT_ID NAME: REASON. The backup is checked first: a damaged item is not restored. An agent whose name is already in the agent list is skipped unless --again. The Agentbot account cannot be put back: Agentbot has no import.</source>
        <translation>Legt die xpander.ai-Agenten eines Sicherungsordners oder eines Snapshots einer verschlüsselten restic-Sicherung wieder an, aus den Vorlagen darin: alle oder die mit --agent genannten. Eine Anfrage je Agent und eine Zeile je Element auf stdout: created ALTE_AGENT_ID NEUE_AGENT_ID NAME, skipped ALTE_AGENT_ID NAME: GRUND oder failed ALTE_AGENT_ID NAME: GRUND. Die Sicherung wird zuerst geprüft: Ein beschädigtes Element wird nicht wiederhergestellt. Ein Agent, dessen Name schon in der Agentenliste steht, wird übersprungen, außer mit --again. Das Agentbot-Konto kann nicht zurückgespielt werden: Agentbot hat keinen Import.</translation>
    </message>
    <message>
        <source>The backup folder (the one with manifest.json), or restic:REPOSITORY (its password as for backup: the keychain, RESTIC_PASSWORD, RESTIC_PASSWORD_FILE or RESTIC_PASSWORD_COMMAND).</source>
        <translation>Der Sicherungsordner (der mit der manifest.json) oder restic:REPOSITORY (das Passwort wie bei backup: aus dem Schlüsselbund, RESTIC_PASSWORD, RESTIC_PASSWORD_FILE oder RESTIC_PASSWORD_COMMAND).</translation>
    </message>
    <message>
        <source>For restic:REPOSITORY: the snapshot to restore from (its ID; default: the newest).</source>
        <translation>Für restic:REPOSITORY: der Snapshot, aus dem wiederhergestellt wird (seine ID; Vorgabe: der neueste).</translation>
    </message>
    <message>
        <source>--snapshot is for restic:REPOSITORY.</source>
        <translation>--snapshot gilt nur für restic:REPOSITORY.</translation>
    </message>
</context>
<context>
    <name>Takeout::RestoreRunJob</name>
    <message>
        <source>An agent named “%1” already exists (%2).</source>
        <translation>Einen Agenten namens „%1“ gibt es schon (%2).</translation>
    </message>
</context>
<context>
    <name>Takeout::ScheduleCommand</name>
    <message>
        <source>back up daily or weekly by itself (systemd user timer)</source>
        <translation>täglich oder wöchentlich selbsttätig sichern (systemd-Benutzer-Timer)</translation>
    </message>
    <message>
        <source>Installs a systemd user timer and service that run agent-takeout-cli backup with these options daily or weekly; off removes them. Credentials come from the keychain.</source>
        <translation>Installiert einen systemd-Benutzer-Timer und -Dienst, die agent-takeout-cli backup mit diesen Optionen täglich oder wöchentlich ausführen; off entfernt sie. Die Anmeldedaten kommen aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>daily, weekly or off.</source>
        <translation>daily, weekly oder off.</translation>
    </message>
    <message>
        <source>The address of your Agentbot site.</source>
        <translation>Die Adresse Ihrer Agentbot-Website.</translation>
    </message>
    <message>
        <source>Base URL of xpander.ai.</source>
        <translation>Basis-URL von xpander.ai.</translation>
    </message>
    <message>
        <source>Include knowledge bases with their documents.</source>
        <translation>Wissensdatenbanken mit ihren Dokumenten einbeziehen.</translation>
    </message>
    <message>
        <source>Say daily, weekly or off.</source>
        <translation>Geben Sie daily, weekly oder off an.</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Automatische Sicherungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>--to DIR is required.</source>
        <translation>--to DIR ist erforderlich.</translation>
    </message>
    <message>
        <source>Backups into %1 run daily.</source>
        <translation>Sicherungen in %1 laufen täglich.</translation>
    </message>
    <message>
        <source>Backups into %1 run weekly.</source>
        <translation>Sicherungen in %1 laufen wöchentlich.</translation>
    </message>
    <message>
        <source>No systemd user session is running now: the timer starts with your next session.</source>
        <translation>Derzeit läuft keine systemd-Benutzersitzung: Der Timer startet mit Ihrer nächsten Sitzung.</translation>
    </message>
    <message>
        <source>The folder that holds the backups, or restic:REPOSITORY (its password is read from the keychain when the backup runs).</source>
        <translation>Der Ordner, der die Sicherungen enthält, oder restic:REPOSITORY (sein Passwort wird beim Sichern aus dem Schlüsselbund gelesen).</translation>
    </message>
</context>
<context>
    <name>Takeout::ServeDemoCommand</name>
    <message>
        <source>run the demo service in the foreground</source>
        <translation>den Demo-Dienst im Vordergrund ausführen</translation>
    </message>
    <message>
        <source>Runs the demo service on 127.0.0.1 until Ctrl+C; its address goes to stdout.</source>
        <translation>Führt den Demo-Dienst auf 127.0.0.1 aus, bis Strg+C gedrückt wird; seine Adresse geht auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>The port to listen on (default: a free one).</source>
        <translation>Der Port, auf dem gelauscht wird (Standard: ein freier).</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 (is the port taken?)</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden (ist der Port belegt?)</translation>
    </message>
    <message>
        <source>Demo service running at %1. Agentbot session: %2, xpander.ai key: %3. Ctrl+C stops it.</source>
        <translation>Der Demo-Dienst läuft unter %1. Agentbot-Sitzung: %2, xpander.ai-Schlüssel: %3. Strg+C beendet ihn.</translation>
    </message>
</context>
<context>
    <name>Takeout::ServiceCommand</name>
    <message>
        <source>Base URL of the service (xpander.ai: default %1; Agentbot: your site, required).</source>
        <translation>Basis-URL des Dienstes (xpander.ai: Standard %1; Agentbot: Ihre Website, erforderlich).</translation>
    </message>
    <message>
        <source>Base URL of the service (default %1).</source>
        <translation>Basis-URL des Dienstes (Standard %1).</translation>
    </message>
    <message>
        <source>The address of your Agentbot site (required).</source>
        <translation>Die Adresse Ihrer Agentbot-Website (erforderlich).</translation>
    </message>
    <message>
        <source>Give up after SECONDS without data (default %1).</source>
        <translation>Nach SECONDS Sekunden ohne Daten aufgeben (Standard %1).</translation>
    </message>
    <message>
        <source>Refuse responses larger than MB megabytes (default %1).</source>
        <translation>Antworten größer als MB Megabyte ablehnen (Standard %1).</translation>
    </message>
    <message>
        <source>The address of your Agentbot site is needed: --server https://your-agentbot-site…</source>
        <translation>Die Adresse Ihrer Agentbot-Website wird gebraucht: --server https://ihre-agentbot-website…</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds greater than 0.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden größer als 0.</translation>
    </message>
    <message>
        <source>--max-size takes a number of megabytes greater than 0.</source>
        <translation>--max-size erwartet eine Anzahl Megabyte größer als 0.</translation>
    </message>
    <message>
        <source>You are not signed in to %1 at %2. Run: agent-takeout-cli login %3 --server %2</source>
        <translation>Sie sind nicht bei %1 unter %2 angemeldet. Führen Sie aus: agent-takeout-cli login %3 --server %2</translation>
    </message>
</context>
<context>
    <name>Takeout::SignInPanel</name>
    <message>
        <source>Remember on this computer (system keychain)</source>
        <translation>Auf diesem Computer merken (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in to Agentbot&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bei Agentbot anmelden&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in to xpander.ai&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bei xpander.ai anmelden&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Create an API key in the xpander.ai app: open Settings › API Keys, press &lt;i&gt;Create API key&lt;/i&gt;, and copy it. Paste it here; it is checked right away.</source>
        <translation>Erstellen Sie in der xpander.ai-App einen API-Schlüssel: Öffnen Sie Settings › API Keys, klicken Sie auf &lt;i&gt;Create API key&lt;/i&gt; und kopieren Sie den Schlüssel. Fügen Sie ihn hier ein; er wird sofort geprüft.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://your-agentbot-site.example</source>
        <translation>https://ihre-agentbot-website.example</translation>
    </message>
    <message>
        <source>Browser session</source>
        <translation>Browsersitzung</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your session cookies or token</source>
        <translation>Sitzungs-Cookies oder Token hier einfügen</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>API-Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Show or hide</source>
        <translation>Anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Keep the sign-in in memory until you quit. Nothing is written to disk.</source>
        <translation>Die Anmeldung nur bis zum Beenden im Arbeitsspeicher behalten. Es wird nichts auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>Si&amp;tzung:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Paste your Agentbot session first.</source>
        <translation>Fügen Sie zuerst Ihre Agentbot-Sitzung ein.</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Fügen Sie zuerst Ihren API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Checking the key with xpander.ai…</source>
        <translation>Schlüssel wird bei xpander.ai geprüft…</translation>
    </message>
    <message>
        <source>Signed in for this session.</source>
        <translation>Für diese Sitzung angemeldet.</translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Signed in. Your sign-in is kept in the system keychain.</source>
        <translation>Angemeldet. Ihre Anmeldung wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Signed in for this session only. You will be asked again next time.</source>
        <translation>Nur für diese Sitzung angemeldet. Beim nächsten Mal werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>You can try again, or sign in for this session only.</source>
        <translation>Sie können es erneut versuchen oder sich nur für diese Sitzung anmelden.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Angemeldet bei %1.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Agentbot has no API keys: the app uses the session of your browser. To copy it by hand, sign in to Agentbot in your browser, open the developer tools (F12), go to Storage or Application › Cookies, and copy the cookies of the Agentbot site as &lt;i&gt;name=value; name=value&lt;/i&gt;. Paste them here; it is checked right away.</source>
        <translation>Agentbot hat keine API-Schlüssel: Die App verwendet die Sitzung Ihres Browsers. Um sie von Hand zu kopieren, melden Sie sich im Browser bei Agentbot an, öffnen Sie die Entwicklerwerkzeuge (F12), gehen Sie zu Web-Speicher bzw. Anwendung › Cookies und kopieren Sie die Cookies der Agentbot-Seite als &lt;i&gt;name=wert; name=wert&lt;/i&gt;. Fügen Sie sie hier ein; sie werden sofort geprüft.</translation>
    </message>
    <message>
        <source>Reading the Agentbot sign-in from %1…</source>
        <translation>Die Agentbot-Anmeldung wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>Checking the sign-in with Agentbot…</source>
        <translation>Die Anmeldung wird bei Agentbot geprüft…</translation>
    </message>
    <message>
        <source>Signed in for this session — session from %1</source>
        <translation>Für diese Sitzung angemeldet — Sitzung aus %1</translation>
    </message>
    <message>
        <source>Signed in — session from %1</source>
        <translation>Angemeldet — Sitzung aus %1</translation>
    </message>
    <message>
        <source>Your Agentbot address</source>
        <translation>Ihre Agentbot-Adresse</translation>
    </message>
    <message>
        <source>Your Agentbot &amp;address (as in your browser&apos;s address bar):</source>
        <translation>Ihre Agentbot-&amp;Adresse (wie in der Adressleiste Ihres Browsers):</translation>
    </message>
    <message>
        <source>Other ways</source>
        <translation>Andere Wege</translation>
    </message>
    <message>
        <source>Sign in to another xpander.ai server than %1.</source>
        <translation>Bei einem anderen xpander.ai-Server als %1 anmelden.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
</context>
<context>
    <name>Takeout::TableCommand</name>
    <message>
        <source>one table of a saved export as CSV</source>
        <translation>eine Tabelle eines gespeicherten Exports als CSV</translation>
    </message>
    <message>
        <source>Writes one table of a saved export as CSV for a spreadsheet: a header row, then one row per record, the columns of the app&apos;s table (times in ISO 8601, UTC; numbers as written). An account has the tables agents, scheduled-tasks and workflows; a template functions, connectors and documents. A text cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so that a spreadsheet shows it as text. A file gets a UTF-8 byte order mark (for spreadsheet programs); standard output does not.</source>
        <translation>Schreibt eine Tabelle eines gespeicherten Exports als CSV für eine Tabellenkalkulation: eine Kopfzeile, dann eine Zeile je Datensatz, mit den Spalten der Tabelle der App (Zeiten in ISO 8601, UTC; Zahlen wie geschrieben). Ein Konto hat die Tabellen agents, scheduled-tasks und workflows, eine Vorlage functions, connectors und documents. Eine Textzelle, die mit =, +, -, @, einem Tabulator oder einem Wagenrücklauf beginnt, bekommt ein Apostroph davor, damit eine Tabellenkalkulation sie als Text zeigt. Eine Datei bekommt eine UTF-8-Bytereihenfolgemarke (für Tabellenkalkulationen), die Standardausgabe nicht.</translation>
    </message>
    <message>
        <source>The saved export.</source>
        <translation>Der gespeicherte Export.</translation>
    </message>
    <message>
        <source>The table: agents, scheduled-tasks, workflows, functions, connectors or documents.</source>
        <translation>Die Tabelle: agents, scheduled-tasks, workflows, functions, connectors oder documents.</translation>
    </message>
    <message>
        <source>Write the CSV to OUT instead of standard output.</source>
        <translation>Die CSV nach OUT statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Die Ausgabedatei ersetzen, falls sie schon existiert.</translation>
    </message>
    <message>
        <source>Unknown table “%1”: use one of %2.</source>
        <translation>Unbekannte Tabelle „%1“: verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>%1 is neither an Agentbot account nor an xpander.ai template export: it has no tables.</source>
        <translation>%1 ist weder ein Export eines Agentbot-Kontos noch einer xpander.ai-Vorlage: sie hat keine Tabellen.</translation>
    </message>
    <message>
        <source>%1 has no table “%2”; its tables are %3.</source>
        <translation>%1 hat keine Tabelle „%2“; ihre Tabellen sind %3.</translation>
    </message>
</context>
<context>
    <name>Takeout::TechnicalDetails</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>Takeout::TemplateExportDialog</name>
    <message>
        <source>Include &amp;knowledge bases (document contents can make the file much larger)</source>
        <translation>&amp;Wissensdatenbanken einbeziehen (Dokumentinhalte können die Datei stark vergrößern)</translation>
    </message>
    <message>
        <source>Export “%1” as a template</source>
        <translation>„%1“ als Vorlage exportieren</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Beschreibung der Vorlage</translation>
    </message>
    <message>
        <source>Template icon</source>
        <translation>Symbol der Vorlage</translation>
    </message>
    <message>
        <source>An emoji</source>
        <translation>Ein Emoji</translation>
    </message>
    <message>
        <source>A template holds the agent&apos;s configuration: instructions, functions, connectors and sub-agents. You will see it before anything is saved.</source>
        <translation>Eine Vorlage enthält die Konfiguration des Agenten: Anweisungen, Funktionen, Konnektoren und Unteragenten. Sie sehen sie, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>&amp;Symbol:</translation>
    </message>
</context>
<context>
    <name>Takeout::TemplateFacts</name>
    <message>
        <source>The file cannot be read as JSON, so it is no template.</source>
        <translation>Die Datei lässt sich nicht als JSON lesen und ist daher keine Vorlage.</translation>
    </message>
    <message>
        <source>The file is not an xpander.ai agent template with a template id, so no agent can be created from it.</source>
        <translation>Die Datei ist keine xpander.ai-Agentenvorlage mit Vorlagen-ID, daher lässt sich daraus kein Agent anlegen.</translation>
    </message>
</context>
<context>
    <name>Takeout::VerifyCommand</name>
    <message>
        <source>check that a backup folder is whole</source>
        <translation>prüfen, ob ein Sicherungsordner vollständig ist</translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>Es gibt keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>%1: whole (files checked: %2).</source>
        <translation>%1: vollständig (geprüfte Dateien: %2).</translation>
    </message>
    <message>
        <source>Checks a backup folder made by the backup command: every file its manifest.json lists is there, with the listed size and SHA-256, and is valid JSON. For restic:REPOSITORY, restic&apos;s own check of the repository first, then every file of the snapshot the same way.</source>
        <translation>Prüft einen mit dem Befehl backup erstellten Sicherungsordner: Jede Datei, die seine manifest.json aufführt, ist vorhanden, hat die angegebene Größe und SHA-256 und ist gültiges JSON. Bei restic:REPOSITORY zuerst die eigene Prüfung des Repositorys durch restic, dann jede Datei des Snapshots ebenso.</translation>
    </message>
    <message>
        <source>The backup folder (the one with manifest.json), or restic:REPOSITORY.</source>
        <translation>Der Sicherungsordner (der mit manifest.json) oder restic:REPOSITORY.</translation>
    </message>
    <message>
        <source>With restic:REPOSITORY, the snapshot to check (default: the newest backup).</source>
        <translation>Bei restic:REPOSITORY der zu prüfende Snapshot (Standard: die neueste Sicherung).</translation>
    </message>
    <message>
        <source>--snapshot is for restic:REPOSITORY.</source>
        <translation>--snapshot gilt nur für restic:REPOSITORY.</translation>
    </message>
    <message>
        <source>Snapshot %1: whole.</source>
        <translation>Snapshot %1: vollständig.</translation>
    </message>
</context>
<context>
    <name>Takeout::WeekGrid</name>
    <message>
        <source>When scheduled tasks run (UTC)</source>
        <translation>Wann geplante Aufgaben laufen (UTC)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>The form of a day and month in a comparison&apos;s title (&quot;30 Nov&quot;), as QDate::toString reads it.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The form of a date of another year in a comparison&apos;s title (&quot;30 Nov 2025&quot;).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Wird analysiert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export and inspect your AI-agent data.</source>
        <translation>Daten Ihrer KI-Agenten exportieren und ansehen.</translation>
    </message>
    <message>
        <source>Try the app on a built-in demo service.</source>
        <translation>Die App mit einem eingebauten Demo-Dienst ausprobieren.</translation>
    </message>
    <message>
        <source>Exports to open.</source>
        <translation>Zu öffnende Exporte.</translation>
    </message>
    <message>
        <source>The demo service could not start.</source>
        <translation>Der Demo-Dienst konnte nicht gestartet werden.</translation>
    </message>
</context>
</TS>
