<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fleetwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetwatch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live status of virtual machines across JD Cloud, Zenlayer Cloud, Alibaba Cloud ECS and Tencent Cloud CVM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetwatch is free software under the MIT License.
Copyright © the Fleetwatch authors.

It is built with:
• Qt %1 — GNU Lesser General Public License v3 (LGPLv3). Qt is linked dynamically; you may replace its libraries. Source: https://download.qt.io/
• QtKeychain — BSD 3-Clause License. Source: https://github.com/frankosterfeld/qtkeychain

THE SOFTWARE IS PROVIDED &quot;AS IS&quot;, WITHOUT WARRANTY OF ANY KIND.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>e.g. Production (Hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;oud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret you typed (a stored secret is never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the cloud&apos;s public endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API 3.0 (TC3-HMAC-SHA256 signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy API (HmacSHA256 signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API st&amp;yle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. PROD_SECRET (headless use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When set, the secret is read from this environment variable instead of the keychain (for --once and scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;from environment variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain (type to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for this session (type to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a URL such as https://ecs.aliyuncs.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the %1, or name an environment variable that holds it below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>all zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import keys from the Alibaba Cloud and Tencent Cloud command-line tools and from environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AccountRegistry</name>
    <message>
        <source>The accounts file %1 was written by a newer version of Fleetwatch (format version %2). Its accounts are used as far as this version understands them, but nothing can be changed here, so nothing the newer version saved is lost. Use the newer version to edit accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file %1 cannot be read, so nothing can be changed here. Check its permissions, then open Accounts again.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file %1 has errors. The accounts without errors are used, but nothing can be changed here until the file is fixed, so your file stays exactly as it is. Fix these lines, then open Accounts again:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another account; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer exists; it may have been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this account (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the secret is still in the form. Save again once the keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix what is marked in red, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the keychain cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret is deleted from the keychain as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret stays in the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”, but its secret could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Rename the copy and change what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The original has no secret stored, so neither has the copy: type it into the secret field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied, but not its secret: %1 Type the secret into the secret field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. Its id is made from the name when it is saved and never changes afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1 · %2</source>
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
        <source>cannot be saved: the folder %1 cannot be created. Check that nothing else has its name and that you may write to the folder above it, then save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved in %1: %2. The previous file is unchanged. Check that you may write to this folder and that the disk has room, then save again.</source>
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
    <name>AliyunCliImport</name>
    <message>
        <source>is not valid JSON (line %1: %2); nothing was imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not look like an Alibaba Cloud CLI configuration (no &quot;profiles&quot; list); nothing was imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; uses %2 credentials, which are temporary or tied to a role; only AccessKey (&quot;AK&quot;) profiles can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no complete AccessKey (ID and secret).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFileWrite</name>
    <message>
        <source>only %1 of %2 bytes could be written (the disk may be full)</source>
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
    <name>ConnectionCheckResult</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n instance(s) in the account.</source>
        <translation>
            <numerusform>Connected: %n instance in the account.</numerusform>
            <numerusform>Connected: %n instances in the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n instance(s) in %1.</source>
        <translation>
            <numerusform>Connected: %n instance in %1.</numerusform>
            <numerusform>Connected: %n instances in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>all zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test ended without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key (%2). Check the %3 and the %4; also check that the key is allowed to list instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request time (%2): this computer&apos;s clock is off by about %3. Turn on automatic time setting, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request time (%2): this computer&apos;s clock is off. Turn on automatic time setting, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request for region %2 (%3). %2 is not a region Fleetwatch knows for %1: check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request for %2 (%3). Check the region, the endpoint and, for Tencent Cloud, the API style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (%2). Wait a moment and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server error (%2). Test again later; if it lasts, check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the network connection, a proxy or firewall, and the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network connection, a proxy or firewall, and the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something that is not its API&apos;s answer (%2), often a proxy&apos;s page or a wrong endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region to test the connection with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialImport</name>
    <message>
        <source>Alibaba Cloud CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than 1 MiB; not a CLI configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialResolution</name>
    <message>
        <source>The environment variable %1, which account &quot;%2&quot; names for its secret, is not set or is empty. Set it before starting Fleetwatch, or remove &quot;secretEnv&quot; from the account to use the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Accounts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s built-in cloud emulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetwatch — demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window shows a demo fleet served by Fleetwatch&apos;s built-in cloud emulator; its accounts cannot be changed. Start Fleetwatch without --demo to add your own accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetwatch shows the virtual machines of your JD Cloud, Zenlayer, Alibaba Cloud and Tencent Cloud accounts in one live table. Add an account to begin, import the profiles your cloud command-line tools already use, or look around a demo fleet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CLI profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are kept in your system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentImport</name>
    <message>
        <source>%1 is set but %2 is not; %3 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set, so the %2 key in %3 is temporary and would soon stop working; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key from the environment (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (environment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the instances shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterEntries</name>
    <message>
        <source>Region not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances whose region is not known yet (Zenlayer learns it from instance details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every instance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · %n selected</numerusform>
            <numerusform>%1 · %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>The demo emulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts file at %1. Add accounts in Fleetwatch&apos;s window, or pass --accounts FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and addresses unavailable for %1, %2: %3 (%4)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthDetailsDialog</name>
    <message>
        <source>Account health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account and region Fleetwatch polls. Select one to read what happened and what to do; the text below can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last complete listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPill</name>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;scopes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account and region with its status, errors and request ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more with problems</source>
        <translation>
            <numerusform>+%n more with problems</numerusform>
            <numerusform>+%n more with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every account and region with its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) OK · refreshed within %1</source>
        <translation>
            <numerusform>%n scope OK · refreshed within %1</numerusform>
            <numerusform>%n scopes OK · refreshed within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) paused</source>
        <translation>
            <numerusform>%n scope paused</numerusform>
            <numerusform>%n scopes paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) waiting for a first listing</source>
        <translation>
            <numerusform>%n scope waiting for a first listing</numerusform>
            <numerusform>%n scopes waiting for a first listing</numerusform>
        </translation>
    </message>
    <message>
        <source>Details unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s) met while reading</source>
        <translation>
            <numerusform>%n problem met while reading</numerusform>
            <numerusform>%n problems met while reading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) added.</source>
        <translation>
            <numerusform>%n account added.</numerusform>
            <numerusform>%n accounts added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys were found in the Alibaba Cloud CLI (~/.aliyun/config.json), the Tencent Cloud CLI (~/.tccli) or the clouds&apos; environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the keys to add as accounts. Their secrets are stored in the system keychain; keys found in environment variables are read from the variable instead, as scripts do. Secrets are never shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region was configured there; change it in Accounts after importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account reads its secret from the environment variable %1 (nothing goes into the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems met while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
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
    <name>InstanceTableModel</name>
    <message>
        <source>Reported by the cloud as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed: the last listing failed (%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[request id %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceTableView</name>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy instance &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the instance in its cloud&apos;s web console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n instance id(s).</source>
        <translation>
            <numerusform>Copied %n instance id.</numerusform>
            <numerusform>Copied %n instance ids.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console&apos;s page for this region is not known: opened the instance list instead. The instance id is on the clipboard to paste into its search box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>No secret is stored in the system keychain for account &quot;%1&quot;. Enter it in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to the secret of account &quot;%1&quot;. Unlock the keychain or allow Fleetwatch to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not complete the request for account &quot;%1&quot; (%2). Try again; if it keeps failing, log out and back in to restart the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session is running, so no keychain service can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked or has not been set up; unlock or create it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system has no keychain Fleetwatch can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer in time (it may be waiting for a password prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetwatch could not use the system keychain for account &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep the secret in memory for this session only (Accounts offers this when you save it); Fleetwatch will ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <source>Keep in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every account and region now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the instances shown as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove cloud accounts (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CLI profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fleetwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filter panel (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Fleetwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume refreshing (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause refreshing; rows keep their last known state (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
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
        <source>Settings were saved by a newer Fleetwatch: they are used as far as understood and left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search id, name or IP  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n instance(s) to %1.</source>
        <translation>
            <numerusform>Exported %n instance to %1.</numerusform>
            <numerusform>Exported %n instances to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message>
        <source>China (Hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Qingdao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Zhangjiakou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Hohhot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Ulanqab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Shenzhen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Heyuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Guangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Chengdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan (Tokyo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Korea (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia (Kuala Lumpur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia (Jakarta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippines (Manila)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand (Bangkok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US (Silicon Valley)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US (Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK (London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAE (Dubai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi Arabia (Riyadh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South China (Guangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East China (Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East China (Nanjing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southwest China (Chengdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southwest China (Chongqing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong/Macao/Taiwan (Hong Kong, China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southeast Asia (Singapore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southeast Asia (Jakarta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southeast Asia (Bangkok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northeast Asia (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northeast Asia (Tokyo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Asia (Mumbai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US West (Silicon Valley)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US East (Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South America (São Paulo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East China (Suqian)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionList</name>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another region id, e.g. cn-wulanchabu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another region id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenlayer Cloud has no regions to choose: its status API lists every instance of the account at once, in all zones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeHealthText</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK · %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled · retrying in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable · retrying in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing · retrying in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · details unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2 has not been listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing is paused; rows of “%1” in %2 keep their last known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2 was listed completely %3 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2 is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 is limiting requests for “%1” in %2 (%4). Fleetwatch slows down and retries in %5; nothing to do unless it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 refused the request time for “%1” in %2 (%4): this computer&apos;s clock is off. Turn on automatic time setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference is about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 did not answer in time for “%1” in %2. Retrying in %4; check the network or proxy if it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %3 for “%1” in %2 (%4). Retrying in %5; check the network, proxy or firewall if it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 rejected the request for “%1” in %2 (%4). Check that the region is right for this account in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 answered for “%1” in %2 with something that is not its API&apos;s answer (%4), often a proxy&apos;s page. Retrying in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 had a server error for “%1” in %2 (%4). Retrying in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its rows are stale: last confirmed %1 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its rows have never been confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, zones and addresses are unavailable (%1); the key may not be allowed to describe instances. States still refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1 · Region: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last complete listing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleetwatch has no %2 secret for “%1”, so %3 is not polled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %2 key for “%1” was refused in %5 (%3). Check the %4 and secret in Accounts; polling of this account stays stopped until they change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often every account and region is listed. Accounts can set their own interval in the accounts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many changes at once arrive as one notification, and at most one notification a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Fleetwatch starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimised to the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings were saved by a newer version of Fleetwatch. This version shows them but does not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryLine</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rebooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TencentCliImport</name>
    <message>
        <source>is not valid JSON (line %1: %2); profile &quot;%3&quot; was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a JSON object; profile &quot;%1&quot; was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; uses %2 credentials, which hold no key to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; holds temporary credentials (with a token), which expire; only permanent keys can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no complete key (secretId and secretKey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON; profile &quot;%1&quot; is imported without a region.</source>
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
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) changed state</source>
        <translation>
            <numerusform>%n instance changed state</numerusform>
            <numerusform>%n instances changed state</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more group(s)</source>
        <translation>
            <numerusform>and %n more group</numerusform>
            <numerusform>and %n more groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 stopped</source>
        <translation>
            <numerusform>%n instance in %1 stopped</numerusform>
            <numerusform>%n instances in %1 stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 entered Error</source>
        <translation>
            <numerusform>%n instance in %1 entered Error</numerusform>
            <numerusform>%n instances in %1 entered Error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 started running</source>
        <translation>
            <numerusform>%n instance in %1 started running</numerusform>
            <numerusform>%n instances in %1 started running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 went into maintenance</source>
        <translation>
            <numerusform>%n instance in %1 went into maintenance</numerusform>
            <numerusform>%n instances in %1 went into maintenance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 are being deleted</source>
        <translation>
            <numerusform>%n instance in %1 is being deleted</numerusform>
            <numerusform>%n instances in %1 are being deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 were deleted</source>
        <translation>
            <numerusform>%n instance in %1 was deleted</numerusform>
            <numerusform>%n instances in %1 were deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 changed to %2</source>
        <translation>
            <numerusform>%n instance in %1 changed to %2</numerusform>
            <numerusform>%n instances in %1 changed to %2</numerusform>
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
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Fleetwatch — %1 running · %2 stopped · %3 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not up to date</source>
        <translation>
            <numerusform>%n account not up to date</numerusform>
            <numerusform>%n accounts not up to date</numerusform>
        </translation>
    </message>
</context>
</TS>
