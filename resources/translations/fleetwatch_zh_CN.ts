<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountReader</name>
    <message>
        <source>is not allowed: Fleetwatch never keeps secrets in this file. Remove it, then store the secret in the system keychain (Accounts dialog) or put it in an environment variable and name that variable in &quot;secretEnv&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field (known fields: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of region ids, such as [&quot;cn-hangzhou&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a region id: letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats a region already listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a URL such as https://ecs.aliyuncs.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a query (?...) or fragment (#...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use https:// (plain http:// is accepted only for localhost, 127.0.0.1 and ::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object: { &quot;id&quot;: ..., &quot;cloud&quot;: ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 200 characters on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 256 printable characters without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;v3&quot; or &quot;legacy&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to Tencent Cloud accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the name of an environment variable (letters, digits and &apos;_&apos;), not the secret itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDocument</name>
    <message>
        <source>is too large (more than 4 MiB): not an accounts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer Fleetwatch (format version %1; this version knows format %2). Fleetwatch reads what it understands and will not save over this file, so nothing the newer version wrote is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not allowed: secrets never go in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field (known: version, accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists more than 10000 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the id of the account at line %1; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in the same object; keep one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it was not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has errors, so it was not overwritten and your changes were not saved. Fix the file (or move it away) first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer Fleetwatch (format version %1); this version will not overwrite it. Use the newer version, or save to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved in %1: %2. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsFileIssue</name>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>JD Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenlayer Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Fleetwatch needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset).
  Under a virtual X server:   xvfb-run -a fleetwatch %1
  Without any window system:  QT_QPA_PLATFORM=offscreen fleetwatch %1
  Headless listing:           fleetwatch --once --json
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live status of virtual machines across JD Cloud, Zenlayer Cloud, Alibaba Cloud ECS and Tencent Cloud CVM.

Without options, opens the window. With --once, lists every account and region once, prints the result and exits: 0 when every scope succeeded, 2 when any failed (what was listed is still printed), 1 on a usage or configuration error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a live demo fleet served by the built-in cloud emulator: no account, no network, nothing saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every account and region once, print the instances and errors to standard output, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --once: print JSON (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --once: output format, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read accounts from FILE instead of the default accounts.json in the configuration directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages to standard error (secrets are never logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use json or csv.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --format csv contradict each other.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --format only apply with --once.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo uses its own accounts: drop --accounts.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceState</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fleetwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionDigest</name>
    <message>
        <source>An instance stops being Running (any state it goes to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance enters Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance becomes Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance becomes Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance goes into maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance is being deleted or was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) changed state</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 stopped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 entered Error</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 started running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 went into maintenance</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 are being deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 were deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 changed to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 entered Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 started running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 went into maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 changed to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
