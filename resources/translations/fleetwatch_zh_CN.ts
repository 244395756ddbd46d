<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fleetwatch</source>
        <translation>关于 Fleetwatch</translation>
    </message>
    <message>
        <source>Fleetwatch %1</source>
        <translation>Fleetwatch %1</translation>
    </message>
    <message>
        <source>Live status of virtual machines across JD Cloud, Zenlayer Cloud, Alibaba Cloud ECS and Tencent Cloud CVM.</source>
        <translation>实时查看京东云、Zenlayer、阿里云 ECS 和腾讯云 CVM 上虚拟机的运行状态。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Fleetwatch is free software under the MIT License.
Copyright © the Fleetwatch authors.

It is built with:
• Qt %1 — GNU Lesser General Public License v3 (LGPLv3). Qt is linked dynamically; you may replace its libraries. Source: https://download.qt.io/
• QtKeychain — BSD 3-Clause License. Source: https://github.com/frankosterfeld/qtkeychain

THE SOFTWARE IS PROVIDED &quot;AS IS&quot;, WITHOUT WARRANTY OF ANY KIND.</source>
        <translation>Fleetwatch 是自由软件，以 MIT 许可证发布。
版权所有 © Fleetwatch 作者。

使用了以下组件：
• Qt %1 — GNU 宽通用公共许可证第 3 版（LGPLv3）。Qt 以动态方式链接，您可以替换其库文件。源代码：https://download.qt.io/
• QtKeychain — BSD 三条款许可证。源代码：https://github.com/frankosterfeld/qtkeychain

本软件按“原样”提供，不附带任何形式的担保。</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>e.g. Production (Hangzhou)</source>
        <translation>例如：生产环境（杭州）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Cl&amp;oud:</source>
        <translation>云平台(&amp;O)：</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>Show the secret you typed (a stored secret is never shown)</source>
        <translation>显示刚输入的密钥（已保存的密钥永远不会显示）</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>Empty: the cloud&apos;s public endpoint</source>
        <translation>留空：使用云平台的公共接入点</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>API 3.0 (TC3-HMAC-SHA256 signature)</source>
        <translation>API 3.0（TC3-HMAC-SHA256 签名）</translation>
    </message>
    <message>
        <source>Legacy API (HmacSHA256 signature)</source>
        <translation>旧版 API（HmacSHA256 签名）</translation>
    </message>
    <message>
        <source>API st&amp;yle:</source>
        <translation>API 版本(&amp;Y)：</translation>
    </message>
    <message>
        <source>Optional, e.g. PROD_SECRET (headless use)</source>
        <translation>可选，例如 PROD_SECRET（无界面运行时使用）</translation>
    </message>
    <message>
        <source>When set, the secret is read from this environment variable instead of the keychain (for --once and scripts).</source>
        <translation>设置后，将从此环境变量读取密钥，而不是从钥匙串读取（用于 --once 和脚本）。</translation>
    </message>
    <message>
        <source>Secret &amp;from environment variable:</source>
        <translation>从环境变量读取密钥(&amp;F)：</translation>
    </message>
    <message>
        <source>Application default</source>
        <translation>使用应用默认值</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>刷新间隔(&amp;P)：</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>从环境变量 %1 读取</translation>
    </message>
    <message>
        <source>Stored in the keychain (type to replace it)</source>
        <translation>已保存在钥匙串中（输入新值即可替换）</translation>
    </message>
    <message>
        <source>Kept in memory for this session (type to replace it)</source>
        <translation>仅在本次会话的内存中保留（输入新值即可替换）</translation>
    </message>
    <message>
        <source>Paste the %1</source>
        <translation>粘贴 %1</translation>
    </message>
    <message>
        <source>must be a URL such as https://ecs.aliyuncs.com</source>
        <translation>必须是网址，例如 https://ecs.aliyuncs.com</translation>
    </message>
    <message>
        <source>enter the %1, or name an environment variable that holds it below</source>
        <translation>请输入 %1，或在下方填写保存它的环境变量名</translation>
    </message>
    <message>
        <source>Region %1 %2</source>
        <translation>地域 %1 %2</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>all zones</source>
        <translation>所有可用区</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Add an account (Ctrl+N)</source>
        <translation>添加账号（Ctrl+N）</translation>
    </message>
    <message>
        <source>Import keys from the Alibaba Cloud and Tencent Cloud command-line tools and from environment variables</source>
        <translation>从阿里云、腾讯云命令行工具和环境变量导入密钥</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID：%1</translation>
    </message>
</context>
<context>
    <name>AccountReader</name>
    <message>
        <source>is not allowed: Fleetwatch never keeps secrets in this file. Remove it, then store the secret in the system keychain (Accounts dialog) or put it in an environment variable and name that variable in &quot;secretEnv&quot;.</source>
        <translation>不允许出现：Fleetwatch 从不在此文件中保存密钥。请删除它，然后把密钥保存到系统钥匙串（“账号”对话框），或放入环境变量并在 &quot;secretEnv&quot; 中填写该变量名。</translation>
    </message>
    <message>
        <source>is not a known field (known fields: %1)</source>
        <translation>不是已知字段（已知字段：%1）</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>must be a list of region ids, such as [&quot;cn-hangzhou&quot;]</source>
        <translation>必须是地域 ID 列表，例如 [&quot;cn-hangzhou&quot;]</translation>
    </message>
    <message>
        <source>must be a region id: letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>必须是地域 ID：字母、数字、&apos;-&apos; 或 &apos;_&apos;</translation>
    </message>
    <message>
        <source>repeats a region already listed</source>
        <translation>与已列出的地域重复</translation>
    </message>
    <message>
        <source>must list at least one region</source>
        <translation>至少要列出一个地域</translation>
    </message>
    <message>
        <source>must be a URL such as https://ecs.aliyuncs.com</source>
        <translation>必须是网址，例如 https://ecs.aliyuncs.com</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>不能包含用户名或密码</translation>
    </message>
    <message>
        <source>must not contain a query (?...) or fragment (#...)</source>
        <translation>不能包含查询（?...）或片段（#...）</translation>
    </message>
    <message>
        <source>must use https:// (plain http:// is accepted only for localhost, 127.0.0.1 and ::1)</source>
        <translation>必须使用 https://（只有 localhost、127.0.0.1 和 ::1 才接受 http://）</translation>
    </message>
    <message>
        <source>must be an object: { &quot;id&quot;: ..., &quot;cloud&quot;: ... }</source>
        <translation>必须是对象：{ &quot;id&quot;: ..., &quot;cloud&quot;: ... }</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>必须是 1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，并以字母或数字开头</translation>
    </message>
    <message>
        <source>must be 1 to 200 characters on one line</source>
        <translation>必须是单行、1 到 200 个字符</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>must be 1 to 256 printable characters without spaces</source>
        <translation>必须是 1 到 256 个不含空格的可打印字符</translation>
    </message>
    <message>
        <source>must be &quot;v3&quot; or &quot;legacy&quot;</source>
        <translation>必须是 &quot;v3&quot; 或 &quot;legacy&quot;</translation>
    </message>
    <message>
        <source>applies only to Tencent Cloud accounts</source>
        <translation>只适用于腾讯云账号</translation>
    </message>
    <message>
        <source>must be the name of an environment variable (letters, digits and &apos;_&apos;), not the secret itself</source>
        <translation>必须是环境变量名（字母、数字和 &apos;_&apos;），而不是密钥本身</translation>
    </message>
</context>
<context>
    <name>AccountRegistry</name>
    <message>
        <source>The accounts file %1 was written by a newer version of Fleetwatch (format version %2). Its accounts are used as far as this version understands them, but nothing can be changed here, so nothing the newer version saved is lost. Use the newer version to edit accounts.</source>
        <translation>账号文件 %1 由更新版本的 Fleetwatch 写入（格式版本 %2）。本版本会尽量使用其中能理解的账号，但这里不能做任何修改，以免丢失新版本保存的内容。请使用新版本编辑账号。</translation>
    </message>
    <message>
        <source>The accounts file %1 cannot be read, so nothing can be changed here. Check its permissions, then open Accounts again.
%2</source>
        <translation>无法读取账号文件 %1，因此这里不能做任何修改。请检查文件权限，然后重新打开“账号”。
%2</translation>
    </message>
    <message>
        <source>The accounts file %1 has errors. The accounts without errors are used, but nothing can be changed here until the file is fixed, so your file stays exactly as it is. Fix these lines, then open Accounts again:
%2</source>
        <translation>账号文件 %1 有错误。没有错误的账号仍会使用，但在文件修复之前这里不能做任何修改，您的文件会保持原样。请修正以下各行，然后重新打开“账号”：
%2</translation>
    </message>
    <message>
        <source>is already used by another account; ids must be unique</source>
        <translation>已被其他账号使用；ID 必须唯一</translation>
    </message>
    <message>
        <source>no longer exists; it may have been removed</source>
        <translation>已不存在，可能已被删除</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>已不存在</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save this account (Ctrl+S)</source>
        <translation>保存此账号（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Not saved: the secret is still in the form. Save again once the keychain is available.</source>
        <translation>未保存：密钥仍在表单中。钥匙串可用后请再次保存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the new account?</source>
        <translation>保存新账号吗？</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Not saved: fix what is marked in red, then save again.</source>
        <translation>未保存：请修正标红的内容，然后再次保存。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>正在把密钥存入钥匙串…</translation>
    </message>
    <message>
        <source>Not saved yet: the keychain cannot be used.</source>
        <translation>尚未保存：无法使用钥匙串。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>删除账号“%1”吗？</translation>
    </message>
    <message>
        <source>Its secret is deleted from the keychain as well.</source>
        <translation>它的密钥也会从钥匙串中删除。</translation>
    </message>
    <message>
        <source>Its secret stays in the environment variable %1.</source>
        <translation>它的密钥仍保留在环境变量 %1 中。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Removed “%1” and its secret.</source>
        <translation>已删除“%1”及其密钥。</translation>
    </message>
    <message>
        <source>Removed “%1”, but its secret could not be deleted from the keychain: %2</source>
        <translation>已删除“%1”，但无法从钥匙串中删除它的密钥：%2</translation>
    </message>
    <message>
        <source>Copying “%1”…</source>
        <translation>正在复制“%1”…</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>未复制：%1</translation>
    </message>
    <message>
        <source>Copied. Rename the copy and change what differs.</source>
        <translation>已复制。请重命名副本并修改不同之处。</translation>
    </message>
    <message>
        <source>Copied. The original has no secret stored, so neither has the copy: type it into the secret field.</source>
        <translation>已复制。原账号没有保存密钥，副本也没有：请在密钥栏中输入。</translation>
    </message>
    <message>
        <source>Copied, but not its secret: %1 Type the secret into the secret field.</source>
        <translation>已复制，但未复制其密钥：%1 请在密钥栏中输入密钥。</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新账号</translation>
    </message>
    <message>
        <source>Not saved yet. Its id is made from the name when it is saved and never changes afterwards.</source>
        <translation>尚未保存。保存时会根据名称生成 ID，之后不再改变。</translation>
    </message>
    <message>
        <source>Id: %1 · %2</source>
        <translation>ID：%1 · %2</translation>
    </message>
</context>
<context>
    <name>AccountsDocument</name>
    <message>
        <source>is too large (more than 4 MiB): not an accounts file</source>
        <translation>过大（超过 4 MiB）：不是账号文件</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON 语法错误：%1</translation>
    </message>
    <message>
        <source>must be a whole number, 1 or more</source>
        <translation>必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>was written by a newer Fleetwatch (format version %1; this version knows format %2). Fleetwatch reads what it understands and will not save over this file, so nothing the newer version wrote is lost.</source>
        <translation>由更新版本的 Fleetwatch 写入（格式版本 %1；本版本支持格式 %2）。Fleetwatch 只读取能理解的内容，并且不会覆盖此文件，因此新版本写入的内容不会丢失。</translation>
    </message>
    <message>
        <source>is not allowed: secrets never go in this file</source>
        <translation>不允许出现：密钥永远不能写入此文件</translation>
    </message>
    <message>
        <source>is not a known field (known: version, accounts)</source>
        <translation>不是已知字段（已知：version、accounts）</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a list of accounts</source>
        <translation>必须是账号列表</translation>
    </message>
    <message>
        <source>lists more than 10000 accounts</source>
        <translation>列出的账号超过 10000 个</translation>
    </message>
    <message>
        <source>repeats the id of the account at line %1; ids must be unique</source>
        <translation>与第 %1 行账号的 ID 重复；ID 必须唯一</translation>
    </message>
    <message>
        <source>appears twice in the same object; keep one</source>
        <translation>在同一对象中出现了两次；请只保留一个</translation>
    </message>
</context>
<context>
    <name>AccountsFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1; it was not replaced</source>
        <translation>%1；原文件未被替换</translation>
    </message>
    <message>
        <source>has errors, so it was not overwritten and your changes were not saved. Fix the file (or move it away) first:</source>
        <translation>有错误，因此没有被覆盖，您的更改也未保存。请先修正该文件（或将其移走）：</translation>
    </message>
    <message>
        <source>was written by a newer Fleetwatch (format version %1); this version will not overwrite it. Use the newer version, or save to another file.</source>
        <translation>由更新版本的 Fleetwatch 写入（格式版本 %1）；本版本不会覆盖它。请使用新版本，或另存为其他文件。</translation>
    </message>
    <message>
        <source>cannot be saved: the folder %1 cannot be created. Check that nothing else has its name and that you may write to the folder above it, then save again</source>
        <translation>无法保存：无法创建文件夹 %1。请确认没有其他文件占用这个名称、且您可以写入它的上级文件夹，然后重新保存</translation>
    </message>
    <message>
        <source>cannot be saved in %1: %2. The previous file is unchanged. Check that you may write to this folder and that the disk has room, then save again.</source>
        <translation>无法保存到 %1：%2。原文件未改变。请确认您可以写入此文件夹且磁盘还有空间，然后重新保存。</translation>
    </message>
</context>
<context>
    <name>AccountsFileIssue</name>
    <message>
        <source>account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;</source>
        <translation>账号“%1”</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>字段“%1”</translation>
    </message>
</context>
<context>
    <name>AliyunCliImport</name>
    <message>
        <source>is not valid JSON (line %1: %2); nothing was imported from it.</source>
        <translation>不是有效的 JSON（第 %1 行：%2）；未从中导入任何内容。</translation>
    </message>
    <message>
        <source>does not look like an Alibaba Cloud CLI configuration (no &quot;profiles&quot; list); nothing was imported from it.</source>
        <translation>看起来不是阿里云 CLI 配置（没有 &quot;profiles&quot; 列表）；未从中导入任何内容。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; uses %2 credentials, which are temporary or tied to a role; only AccessKey (&quot;AK&quot;) profiles can be imported.</source>
        <translation>配置“%1”使用 %2 凭证，这类凭证是临时的或绑定到角色；只能导入 AccessKey（&quot;AK&quot;）配置。</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no complete AccessKey (ID and secret).</source>
        <translation>配置“%1”没有完整的 AccessKey（ID 和密钥）。</translation>
    </message>
</context>
<context>
    <name>AtomicFileWrite</name>
    <message>
        <source>only %1 of %2 bytes could be written (the disk may be full)</source>
        <translation>%2 字节中只写入了 %1 字节（磁盘可能已满）</translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>JD Cloud</source>
        <translation>京东云</translation>
    </message>
    <message>
        <source>Zenlayer Cloud</source>
        <translation>Zenlayer</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
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
        <translation>Fleetwatch 需要显示器，但没有找到（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。
  在虚拟 X 服务器下运行：   xvfb-run -a fleetwatch %1
  不使用任何窗口系统：      QT_QPA_PLATFORM=offscreen fleetwatch %1
  无界面列出：              fleetwatch --once --json
</translation>
    </message>
    <message>
        <source>Live status of virtual machines across JD Cloud, Zenlayer Cloud, Alibaba Cloud ECS and Tencent Cloud CVM.

Without options, opens the window. With --once, lists every account and region once, prints the result and exits: 0 when every scope succeeded, 2 when any failed (what was listed is still printed), 1 on a usage or configuration error.</source>
        <translation>实时查看京东云、Zenlayer、阿里云 ECS 和腾讯云 CVM 上虚拟机的运行状态。

不带选项时打开窗口。使用 --once 时，对每个账号和地域各列出一次，打印结果后退出：全部成功返回 0，有任何失败返回 2（已列出的内容仍会打印），用法或配置错误返回 1。</translation>
    </message>
    <message>
        <source>Show a live demo fleet served by the built-in cloud emulator: no account, no network, nothing saved.</source>
        <translation>显示由内置云模拟器提供的实时演示机群：无需账号、无需网络，也不保存任何内容。</translation>
    </message>
    <message>
        <source>Refresh every account and region once, print the instances and errors to standard output, and exit.</source>
        <translation>对每个账号和地域各刷新一次，把实例和错误打印到标准输出，然后退出。</translation>
    </message>
    <message>
        <source>With --once: print JSON (the default).</source>
        <translation>与 --once 一起使用：输出 JSON（默认）。</translation>
    </message>
    <message>
        <source>With --once: output format, json or csv.</source>
        <translation>与 --once 一起使用：输出格式，json 或 csv。</translation>
    </message>
    <message>
        <source>Read accounts from FILE instead of the default accounts.json in the configuration directory.</source>
        <translation>从 FILE 读取账号，而不是配置目录中默认的 accounts.json。</translation>
    </message>
    <message>
        <source>Log debug messages to standard error (secrets are never logged).</source>
        <translation>把调试信息输出到标准错误（从不记录密钥）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>意外的参数：%1
</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use json or csv.
</source>
        <translation>未知的 --format &quot;%1&quot;：请使用 json 或 csv。
</translation>
    </message>
    <message>
        <source>--json and --format csv contradict each other.
</source>
        <translation>--json 与 --format csv 相互矛盾。
</translation>
    </message>
    <message>
        <source>--json and --format only apply with --once.
</source>
        <translation>--json 和 --format 只能与 --once 一起使用。
</translation>
    </message>
    <message>
        <source>--demo uses its own accounts: drop --accounts.
</source>
        <translation>--demo 使用自己的账号：请去掉 --accounts。
</translation>
    </message>
</context>
<context>
    <name>ConnectionCheckResult</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>all zones</source>
        <translation>所有可用区</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n instance(s) in the account.</source>
        <translation>
            <numerusform>连接成功：该账号中有 %n 个实例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n instance(s) in %1.</source>
        <translation>
            <numerusform>连接成功：%1 中有 %n 个实例。</numerusform>
        </translation>
    </message>
    <message>
        <source>The test ended without an answer.</source>
        <translation>测试结束，但没有收到应答。</translation>
    </message>
    <message>
        <source>%1 refused the key (%2). Check the %3 and the %4; also check that the key is allowed to list instances.</source>
        <translation>%1 拒绝了该密钥（%2）。请检查 %3 和 %4，并确认该密钥有权限列出实例。</translation>
    </message>
    <message>
        <source>%1 refused the request time (%2): this computer&apos;s clock is off by about %3. Turn on automatic time setting, then test again.</source>
        <translation>%1 拒绝了请求时间（%2）：这台电脑的时钟偏差约 %3。请开启自动设置时间，然后再测试。</translation>
    </message>
    <message>
        <source>%1 refused the request time (%2): this computer&apos;s clock is off. Turn on automatic time setting, then test again.</source>
        <translation>%1 拒绝了请求时间（%2）：这台电脑的时钟不准。请开启自动设置时间，然后再测试。</translation>
    </message>
    <message>
        <source>%1 rejected the request for region %2 (%3). %2 is not a region Fleetwatch knows for %1: check its spelling.</source>
        <translation>%1 拒绝了地域 %2 的请求（%3）。Fleetwatch 不认识 %1 的 %2 地域：请检查拼写。</translation>
    </message>
    <message>
        <source>%1 rejected the request for %2 (%3). Check the region, the endpoint and, for Tencent Cloud, the API style.</source>
        <translation>%1 拒绝了 %2 的请求（%3）。请检查地域、接入点；如果是腾讯云，还要检查 API 版本。</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (%2). Wait a moment and test again.</source>
        <translation>%1 当前正在限制请求（%2）。请稍候再测试。</translation>
    </message>
    <message>
        <source>%1 had a server error (%2). Test again later; if it lasts, check the endpoint.</source>
        <translation>%1 出现服务器错误（%2）。请稍后再测试；如果持续出现，请检查接入点。</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the network connection, a proxy or firewall, and the endpoint.</source>
        <translation>无法连接 %1（%2）。请检查网络连接、代理或防火墙，以及接入点。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network connection, a proxy or firewall, and the endpoint.</source>
        <translation>%1 没有及时应答。请检查网络连接、代理或防火墙，以及接入点。</translation>
    </message>
    <message>
        <source>%1 answered with something that is not its API&apos;s answer (%2), often a proxy&apos;s page or a wrong endpoint.</source>
        <translation>%1 返回的不是其 API 的应答（%2），通常是代理页面或接入点错误。</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>钥匙串：%1</translation>
    </message>
    <message>
        <source>Enter the %1 to test the connection.</source>
        <translation>请输入 %1 以测试连接。</translation>
    </message>
    <message>
        <source>Choose a region to test the connection with.</source>
        <translation>请选择用于测试连接的地域。</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>取消测试(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CredentialImport</name>
    <message>
        <source>Alibaba Cloud CLI</source>
        <translation>阿里云 CLI</translation>
    </message>
    <message>
        <source>Tencent Cloud CLI</source>
        <translation>腾讯云 CLI</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;</source>
        <translation>%1，配置“%2”</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot; (%3)</source>
        <translation>%1，配置“%2”（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; not a CLI configuration.</source>
        <translation>大于 1 MiB；不是 CLI 配置。</translation>
    </message>
</context>
<context>
    <name>CredentialResolution</name>
    <message>
        <source>The environment variable %1, which account &quot;%2&quot; names for its secret, is not set or is empty. Set it before starting Fleetwatch, or remove &quot;secretEnv&quot; from the account to use the keychain.</source>
        <translation>账号“%2”指定用于保存密钥的环境变量 %1 未设置或为空。请在启动 Fleetwatch 前设置它，或从该账号中删除 &quot;secretEnv&quot; 以改用钥匙串。</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Accounts file</source>
        <translation>账号文件</translation>
    </message>
    <message>
        <source>The demo&apos;s built-in cloud emulator could not start: %1</source>
        <translation>演示用的内置云模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>Fleetwatch — demo fleet</source>
        <translation>Fleetwatch — 演示机群</translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation>演示机群</translation>
    </message>
    <message>
        <source>This window shows a demo fleet served by Fleetwatch&apos;s built-in cloud emulator; its accounts cannot be changed. Start Fleetwatch without --demo to add your own accounts.</source>
        <translation>此窗口显示由 Fleetwatch 内置云模拟器提供的演示机群，其账号无法修改。不带 --demo 启动 Fleetwatch 即可添加您自己的账号。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No accounts yet</source>
        <translation>还没有账号</translation>
    </message>
    <message>
        <source>Fleetwatch shows the virtual machines of your JD Cloud, Zenlayer, Alibaba Cloud and Tencent Cloud accounts in one live table. Add an account to begin, import the profiles your cloud command-line tools already use, or look around a demo fleet first.</source>
        <translation>Fleetwatch 把您在京东云、Zenlayer、阿里云和腾讯云账号中的虚拟机集中显示在一张实时表格里。添加一个账号即可开始，也可以导入云命令行工具中已有的配置，或者先看看演示机群。</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import from CLI profiles…</source>
        <translation>从 CLI 配置导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>Credentials are kept in your system&apos;s keychain, never in a file.</source>
        <translation>凭证保存在系统钥匙串中，从不写入文件。</translation>
    </message>
</context>
<context>
    <name>EnvironmentImport</name>
    <message>
        <source>%1 is set but %2 is not; %3 was not imported.</source>
        <translation>已设置 %1，但未设置 %2；未导入 %3。</translation>
    </message>
    <message>
        <source>%1 is set, so the %2 key in %3 is temporary and would soon stop working; it was not imported.</source>
        <translation>已设置 %1，因此 %3 中的 %2 密钥是临时的，很快就会失效；未导入。</translation>
    </message>
    <message>
        <source>%1 key from the environment (%2)</source>
        <translation>来自环境变量的 %1 密钥（%2）</translation>
    </message>
    <message>
        <source>%1 (environment)</source>
        <translation>%1（环境变量）</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export the instances shown</source>
        <translation>导出当前显示的实例</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was changed.</source>
        <translation>无法写入 %1：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FilterEntries</name>
    <message>
        <source>Region not known yet</source>
        <translation>地域未知</translation>
    </message>
    <message>
        <source>Instances whose region is not known yet (Zenlayer learns it from instance details)</source>
        <translation>地域尚未得知的实例（Zenlayer 的地域来自实例详情）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Show every instance again</source>
        <translation>重新显示所有实例</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云平台</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · 已选 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>The demo emulator could not start: %1</source>
        <translation>演示模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>No accounts file at %1. Add accounts in Fleetwatch&apos;s window, or pass --accounts FILE.</source>
        <translation>%1 处没有账号文件。请在 Fleetwatch 窗口中添加账号，或使用 --accounts FILE。</translation>
    </message>
    <message>
        <source>%1 lists no accounts.</source>
        <translation>%1 中没有账号。</translation>
    </message>
    <message>
        <source>Names and addresses unavailable for %1, %2: %3 (%4)
</source>
        <translation>%1，%2 的名称和地址不可用：%3（%4）
</translation>
    </message>
</context>
<context>
    <name>HealthDetailsDialog</name>
    <message>
        <source>Account health</source>
        <translation>账号健康状况</translation>
    </message>
    <message>
        <source>Every account and region Fleetwatch polls. Select one to read what happened and what to do; the text below can be copied.</source>
        <translation>Fleetwatch 轮询的每个账号和地域。选中一项即可查看发生了什么以及该怎么做；下方文字可以复制。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云平台</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last complete listing</source>
        <translation>上次完整列出</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Details of the selected scope</source>
        <translation>所选范围的详情</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Accounts…</source>
        <translation>打开账号(&amp;A)…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>HealthPill</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>Accounts:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>All &amp;scopes…</source>
        <translation>全部范围(&amp;S)…</translation>
    </message>
    <message>
        <source>Every account and region with its status, errors and request ids</source>
        <translation>每个账号和地域的状态、错误和请求 ID</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>+%n more with problems</source>
        <translation>
            <numerusform>另有 %n 项有问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every account and region with its status</source>
        <translation>显示每个账号和地域的状态</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) OK · refreshed within %1</source>
        <translation>
            <numerusform>%n 个范围正常 · %1 内已刷新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) paused</source>
        <translation>
            <numerusform>%n 个范围已暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) waiting for a first listing</source>
        <translation>
            <numerusform>%n 个范围等待首次列出</numerusform>
        </translation>
    </message>
    <message>
        <source>Details unavailable</source>
        <translation>详情不可用</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>导入账号</translation>
    </message>
    <message>
        <source>No keys were found in the Alibaba Cloud CLI (~/.aliyun/config.json), the Tencent Cloud CLI (~/.tccli) or the clouds&apos; environment variables.</source>
        <translation>在阿里云 CLI（~/.aliyun/config.json）、腾讯云 CLI（~/.tccli）以及各云平台的环境变量中都没有找到密钥。</translation>
    </message>
    <message>
        <source>Choose the keys to add as accounts. Their secrets are stored in the system keychain; keys found in environment variables are read from the variable instead, as scripts do. Secrets are never shown here.</source>
        <translation>请选择要添加为账号的密钥。它们的密钥会保存到系统钥匙串中；在环境变量中找到的密钥则像脚本一样直接从环境变量读取。这里从不显示密钥。</translation>
    </message>
    <message>
        <source>Keys found</source>
        <translation>找到的密钥</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Secret goes to</source>
        <translation>密钥保存到</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>读取自</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>all zones</source>
        <translation>所有可用区</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>No region was configured there; change it in Accounts after importing.</source>
        <translation>那里没有配置地域；导入后请在“账号”中修改。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>The account reads its secret from the environment variable %1 (nothing goes into the keychain).</source>
        <translation>该账号从环境变量 %1 读取密钥（不写入钥匙串）。</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Already an account</source>
        <translation>已是账号</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) met while reading</source>
        <translation>
            <numerusform>读取时遇到 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems met while reading</source>
        <translation>读取时遇到的问题</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation>已添加为 %1</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>未添加：</translation>
    </message>
</context>
<context>
    <name>InstanceState</name>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Reported by the cloud as “%1”</source>
        <translation>云平台报告的状态为“%1”</translation>
    </message>
    <message>
        <source>Not refreshed: the last listing failed (%1</source>
        <translation>未刷新：上次列出失败（%1</translation>
    </message>
    <message>
        <source>[request id %1]</source>
        <translation>[请求 ID %1]</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云平台</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>状态开始于</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>上次确认</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>私网 IP</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>规格</translation>
    </message>
</context>
<context>
    <name>InstanceTableView</name>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>以制表符分隔的文本复制所选行</translation>
    </message>
    <message>
        <source>Copy instance &amp;ID</source>
        <translation>复制实例 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Open in console</source>
        <translation>在控制台中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the instance in its cloud&apos;s web console</source>
        <translation>在云平台的网页控制台中打开该实例</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>重置列(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>已复制 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n instance id(s).</source>
        <translation>
            <numerusform>已复制 %n 个实例 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>The console&apos;s page for this region is not known: opened the instance list instead. The instance id is on the clipboard to paste into its search box.</source>
        <translation>不知道该地域在控制台中的页面：已改为打开实例列表。实例 ID 已复制到剪贴板，可粘贴到其搜索框中。</translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>No secret is stored in the system keychain for account &quot;%1&quot;. Enter it in Accounts.</source>
        <translation>系统钥匙串中没有账号“%1”的密钥。请在“账号”中输入。</translation>
    </message>
    <message>
        <source>The system keychain refused access to the secret of account &quot;%1&quot;. Unlock the keychain or allow Fleetwatch to use it, then try again.</source>
        <translation>系统钥匙串拒绝访问账号“%1”的密钥。请解锁钥匙串或允许 Fleetwatch 使用它，然后重试。</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request for account &quot;%1&quot; (%2). Try again; if it keeps failing, log out and back in to restart the keychain.</source>
        <translation>系统钥匙串无法完成账号“%1”的请求（%2）。请重试；如果一直失败，请注销后重新登录以重启钥匙串。</translation>
    </message>
    <message>
        <source>no D-Bus session is running, so no keychain service can be reached</source>
        <translation>没有运行 D-Bus 会话，因此无法连接任何钥匙串服务</translation>
    </message>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) is running</source>
        <translation>没有运行任何钥匙串服务（例如 GNOME Keyring 或 KWallet）</translation>
    </message>
    <message>
        <source>the keychain is locked or has not been set up; unlock or create it and try again</source>
        <translation>钥匙串已锁定或尚未设置；请解锁或创建后重试</translation>
    </message>
    <message>
        <source>this system has no keychain Fleetwatch can use</source>
        <translation>此系统没有 Fleetwatch 可以使用的钥匙串</translation>
    </message>
    <message>
        <source>the keychain did not answer in time (it may be waiting for a password prompt)</source>
        <translation>钥匙串没有及时应答（可能正在等待输入密码）</translation>
    </message>
    <message>
        <source>the keychain reported: %1</source>
        <translation>钥匙串报告：%1</translation>
    </message>
    <message>
        <source>Fleetwatch could not use the system keychain for account &quot;%1&quot;: %2.</source>
        <translation>Fleetwatch 无法为账号“%1”使用系统钥匙串：%2。</translation>
    </message>
    <message>
        <source>You can keep the secret in memory for this session only (Accounts offers this when you save it); Fleetwatch will ask for it again next time.</source>
        <translation>您可以只在本次会话的内存中保留密钥（在“账号”中保存时可选择此项）；下次 Fleetwatch 会再次询问。</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <source>Keep in memory for this session only</source>
        <translation>仅在本次会话的内存中保留</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh every account and region now (F5)</source>
        <translation>立即刷新所有账号和地域（F5）</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the instances shown as CSV (Ctrl+E)</source>
        <translation>把当前显示的实例保存为 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>管理账号(&amp;M)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Add, edit or remove cloud accounts (Ctrl+Shift+A)</source>
        <translation>添加、编辑或删除云账号（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import from CLI profiles…</source>
        <translation>从 CLI 配置导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Account &amp;health…</source>
        <translation>账号健康状况(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;About Fleetwatch</source>
        <translation>关于 Fleetwatch(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Filter panel</source>
        <translation>筛选面板(&amp;F)</translation>
    </message>
    <message>
        <source>Show or hide the filter panel (Ctrl+L)</source>
        <translation>显示或隐藏筛选面板（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Show Fleetwatch</source>
        <translation>显示 Fleetwatch(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Resume refreshing (Ctrl+P)</source>
        <translation>继续刷新（Ctrl+P）</translation>
    </message>
    <message>
        <source>Pause refreshing; rows keep their last known state (Ctrl+P)</source>
        <translation>暂停刷新；各行保留最后已知的状态（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fleetwatch</source>
        <translation>Fleetwatch</translation>
    </message>
    <message>
        <source>Settings were saved by a newer Fleetwatch: they are used as far as understood and left untouched.</source>
        <translation>设置由更新版本的 Fleetwatch 保存：本版本会尽量使用能理解的部分，并保持其原样不变。</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Search id, name or IP  (Ctrl+F)</source>
        <translation>搜索 ID、名称或 IP（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n instance(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个实例导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message>
        <source>China (Hangzhou)</source>
        <translation>华东1（杭州）</translation>
    </message>
    <message>
        <source>China (Shanghai)</source>
        <translation>华东2（上海）</translation>
    </message>
    <message>
        <source>China (Qingdao)</source>
        <translation>华北1（青岛）</translation>
    </message>
    <message>
        <source>China (Beijing)</source>
        <translation>华北2（北京）</translation>
    </message>
    <message>
        <source>China (Zhangjiakou)</source>
        <translation>华北3（张家口）</translation>
    </message>
    <message>
        <source>China (Hohhot)</source>
        <translation>华北5（呼和浩特）</translation>
    </message>
    <message>
        <source>China (Ulanqab)</source>
        <translation>华北6（乌兰察布）</translation>
    </message>
    <message>
        <source>China (Shenzhen)</source>
        <translation>华南1（深圳）</translation>
    </message>
    <message>
        <source>China (Heyuan)</source>
        <translation>华南2（河源）</translation>
    </message>
    <message>
        <source>China (Guangzhou)</source>
        <translation>华南3（广州）</translation>
    </message>
    <message>
        <source>China (Chengdu)</source>
        <translation>西南1（成都）</translation>
    </message>
    <message>
        <source>China (Hong Kong)</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Japan (Tokyo)</source>
        <translation>日本（东京）</translation>
    </message>
    <message>
        <source>South Korea (Seoul)</source>
        <translation>韩国（首尔）</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia (Kuala Lumpur)</source>
        <translation>马来西亚（吉隆坡）</translation>
    </message>
    <message>
        <source>Indonesia (Jakarta)</source>
        <translation>印度尼西亚（雅加达）</translation>
    </message>
    <message>
        <source>Philippines (Manila)</source>
        <translation>菲律宾（马尼拉）</translation>
    </message>
    <message>
        <source>Thailand (Bangkok)</source>
        <translation>泰国（曼谷）</translation>
    </message>
    <message>
        <source>US (Silicon Valley)</source>
        <translation>美国（硅谷）</translation>
    </message>
    <message>
        <source>US (Virginia)</source>
        <translation>美国（弗吉尼亚）</translation>
    </message>
    <message>
        <source>Germany (Frankfurt)</source>
        <translation>德国（法兰克福）</translation>
    </message>
    <message>
        <source>UK (London)</source>
        <translation>英国（伦敦）</translation>
    </message>
    <message>
        <source>UAE (Dubai)</source>
        <translation>阿联酋（迪拜）</translation>
    </message>
    <message>
        <source>Saudi Arabia (Riyadh)</source>
        <translation>沙特（利雅得）</translation>
    </message>
    <message>
        <source>South China (Guangzhou)</source>
        <translation>华南地区（广州）</translation>
    </message>
    <message>
        <source>East China (Shanghai)</source>
        <translation>华东地区（上海）</translation>
    </message>
    <message>
        <source>East China (Nanjing)</source>
        <translation>华东地区（南京）</translation>
    </message>
    <message>
        <source>North China (Beijing)</source>
        <translation>华北地区（北京）</translation>
    </message>
    <message>
        <source>Southwest China (Chengdu)</source>
        <translation>西南地区（成都）</translation>
    </message>
    <message>
        <source>Southwest China (Chongqing)</source>
        <translation>西南地区（重庆）</translation>
    </message>
    <message>
        <source>Hong Kong/Macao/Taiwan (Hong Kong, China)</source>
        <translation>港澳台地区（中国香港）</translation>
    </message>
    <message>
        <source>Southeast Asia (Singapore)</source>
        <translation>亚太东南（新加坡）</translation>
    </message>
    <message>
        <source>Southeast Asia (Jakarta)</source>
        <translation>亚太东南（雅加达）</translation>
    </message>
    <message>
        <source>Southeast Asia (Bangkok)</source>
        <translation>亚太东南（曼谷）</translation>
    </message>
    <message>
        <source>Northeast Asia (Seoul)</source>
        <translation>亚太东北（首尔）</translation>
    </message>
    <message>
        <source>Northeast Asia (Tokyo)</source>
        <translation>亚太东北（东京）</translation>
    </message>
    <message>
        <source>South Asia (Mumbai)</source>
        <translation>亚太南部（孟买）</translation>
    </message>
    <message>
        <source>US West (Silicon Valley)</source>
        <translation>美国西部（硅谷）</translation>
    </message>
    <message>
        <source>US East (Virginia)</source>
        <translation>美国东部（弗吉尼亚）</translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation>欧洲地区（法兰克福）</translation>
    </message>
    <message>
        <source>South America (São Paulo)</source>
        <translation>南美地区（圣保罗）</translation>
    </message>
    <message>
        <source>East China (Suqian)</source>
        <translation>华东（宿迁）</translation>
    </message>
</context>
<context>
    <name>RegionList</name>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Another region id, e.g. cn-wulanchabu</source>
        <translation>其他地域 ID，例如 cn-wulanchabu</translation>
    </message>
    <message>
        <source>Another region id</source>
        <translation>其他地域 ID</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation>添加地域(&amp;G)</translation>
    </message>
    <message>
        <source>Zenlayer Cloud has no regions to choose: its status API lists every instance of the account at once, in all zones.</source>
        <translation>Zenlayer 无需选择地域：它的状态 API 会一次列出该账号在所有可用区中的全部实例。</translation>
    </message>
</context>
<context>
    <name>ScopeHealthText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>所有地域</translation>
    </message>
    <message>
        <source>Waiting for the first listing</source>
        <translation>等待首次列出</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <source>OK · %1 ago</source>
        <translation>正常 · %1前</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Throttled · retrying in %1</source>
        <translation>被限流 · %1后重试</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>被限流</translation>
    </message>
    <message>
        <source>Auth failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <source>Unreachable · retrying in %1</source>
        <translation>无法连接 · %1后重试</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Failing · retrying in %1</source>
        <translation>出错 · %1后重试</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>出错</translation>
    </message>
    <message>
        <source> · stale %1</source>
        <translation> · 已过期 %1</translation>
    </message>
    <message>
        <source> · details unavailable</source>
        <translation> · 详情不可用</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>片刻</translation>
    </message>
    <message>
        <source>“%1” in %2 has not been listed yet.</source>
        <translation>“%1”在 %2 尚未列出。</translation>
    </message>
    <message>
        <source>Refreshing is paused; rows of “%1” in %2 keep their last known state.</source>
        <translation>刷新已暂停；“%1”在 %2 的各行保留最后已知的状态。</translation>
    </message>
    <message>
        <source>“%1” in %2 was listed completely %3 ago.</source>
        <translation>“%1”在 %2 的实例已于 %3前完整列出。</translation>
    </message>
    <message>
        <source>“%1” in %2 is fine.</source>
        <translation>“%1”在 %2 一切正常。</translation>
    </message>
    <message>
        <source>%3 is limiting requests for “%1” in %2 (%4). Fleetwatch slows down and retries in %5; nothing to do unless it lasts.</source>
        <translation>%3 正在限制“%1”在 %2 的请求（%4）。Fleetwatch 会放慢速度并在 %5后重试；除非持续出现，否则无需处理。</translation>
    </message>
    <message>
        <source>%3 refused the request time for “%1” in %2 (%4): this computer&apos;s clock is off. Turn on automatic time setting.</source>
        <translation>%3 拒绝了“%1”在 %2 的请求时间（%4）：这台电脑的时钟不准。请开启自动设置时间。</translation>
    </message>
    <message>
        <source>The difference is about %1.</source>
        <translation>偏差约为 %1。</translation>
    </message>
    <message>
        <source>%3 did not answer in time for “%1” in %2. Retrying in %4; check the network or proxy if it lasts.</source>
        <translation>%3 没有及时应答“%1”在 %2 的请求。将在 %4后重试；如果持续出现，请检查网络或代理。</translation>
    </message>
    <message>
        <source>Cannot reach %3 for “%1” in %2 (%4). Retrying in %5; check the network, proxy or firewall if it lasts.</source>
        <translation>无法为“%1”在 %2 连接 %3（%4）。将在 %5后重试；如果持续出现，请检查网络、代理或防火墙。</translation>
    </message>
    <message>
        <source>%3 rejected the request for “%1” in %2 (%4). Check that the region is right for this account in Accounts.</source>
        <translation>%3 拒绝了“%1”在 %2 的请求（%4）。请在“账号”中确认该账号的地域是否正确。</translation>
    </message>
    <message>
        <source>%3 answered for “%1” in %2 with something that is not its API&apos;s answer (%4), often a proxy&apos;s page. Retrying in %5.</source>
        <translation>%3 对“%1”在 %2 的请求返回的不是其 API 的应答（%4），通常是代理页面。将在 %5后重试。</translation>
    </message>
    <message>
        <source>%3 had a server error for “%1” in %2 (%4). Retrying in %5.</source>
        <translation>%3 处理“%1”在 %2 的请求时出现服务器错误（%4）。将在 %5后重试。</translation>
    </message>
    <message>
        <source>Its rows are stale: last confirmed %1 ago.</source>
        <translation>其各行数据已过期：上次确认于 %1前。</translation>
    </message>
    <message>
        <source>Its rows have never been confirmed.</source>
        <translation>其各行数据从未被确认。</translation>
    </message>
    <message>
        <source>Names, zones and addresses are unavailable (%1); the key may not be allowed to describe instances. States still refresh.</source>
        <translation>名称、可用区和地址不可用（%1）；该密钥可能没有查询实例详情的权限。状态仍会正常刷新。</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Account: %1 · Region: %2 · %3</source>
        <translation>账号：%1 · 地域：%2 · %3</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>上次错误：</translation>
    </message>
    <message>
        <source>Details error:</source>
        <translation>详情错误：</translation>
    </message>
    <message>
        <source>Last complete listing: %1</source>
        <translation>上次完整列出：%1</translation>
    </message>
    <message>
        <source>No secret</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>Fleetwatch has no %2 secret for “%1”, so %3 is not polled.</source>
        <translation>Fleetwatch 没有“%1”的%2密钥，因此不轮询 %3。</translation>
    </message>
    <message>
        <source>Enter the secret in Accounts.</source>
        <translation>请在“账号”中输入密钥。</translation>
    </message>
    <message>
        <source>The %2 key for “%1” was refused in %5 (%3). Check the %4 and secret in Accounts; polling of this account stays stopped until they change.</source>
        <translation>“%1”的%2密钥在 %5 被拒绝（%3）。请在“账号”中检查 %4 和密钥；在它们被修改之前，此账号将停止轮询。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often every account and region is listed. Accounts can set their own interval in the accounts file.</source>
        <translation>每个账号和地域多久列出一次。账号可以在账号文件中设置自己的间隔。</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>刷新间隔(&amp;P)：</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications when:</source>
        <translation>在以下情况显示桌面通知(&amp;D)：</translation>
    </message>
    <message>
        <source>Many changes at once arrive as one notification, and at most one notification a minute.</source>
        <translation>同时发生的大量变化会合并为一条通知，且每分钟最多一条通知。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used the next time Fleetwatch starts.</source>
        <translation>新语言将在下次启动 Fleetwatch 时生效。</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the system tray</source>
        <translation>启动时最小化到系统托盘(&amp;M)</translation>
    </message>
    <message>
        <source>These settings were saved by a newer version of Fleetwatch. This version shows them but does not change them.</source>
        <translation>这些设置由更新版本的 Fleetwatch 保存。本版本只显示，不会修改。</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>此桌面没有系统托盘。</translation>
    </message>
</context>
<context>
    <name>SummaryLine</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 等待中</translation>
    </message>
    <message>
        <source>%1 starting</source>
        <translation>%1 启动中</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 运行中</translation>
    </message>
    <message>
        <source>%1 stopping</source>
        <translation>%1 停止中</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>%1 rebooting</source>
        <translation>%1 重启中</translation>
    </message>
    <message>
        <source>%1 in maintenance</source>
        <translation>%1 维护中</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 错误</translation>
    </message>
    <message>
        <source>%1 deleting</source>
        <translation>%1 删除中</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 已删除</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 未知</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 stale</source>
        <translation>%1，%2 个数据过期</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>— showing %1 of %2</source>
        <translation>— 显示 %2 个中的 %1 个</translation>
    </message>
</context>
<context>
    <name>TencentCliImport</name>
    <message>
        <source>is not valid JSON (line %1: %2); profile &quot;%3&quot; was not imported.</source>
        <translation>不是有效的 JSON（第 %1 行：%2）；未导入配置“%3”。</translation>
    </message>
    <message>
        <source>is not a JSON object; profile &quot;%1&quot; was not imported.</source>
        <translation>不是 JSON 对象；未导入配置“%1”。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; uses %2 credentials, which hold no key to import.</source>
        <translation>配置“%1”使用 %2 凭证，其中没有可导入的密钥。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; holds temporary credentials (with a token), which expire; only permanent keys can be imported.</source>
        <translation>配置“%1”保存的是会过期的临时凭证（带令牌）；只能导入永久密钥。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no complete key (secretId and secretKey).</source>
        <translation>配置“%1”没有完整的密钥（secretId 和 secretKey）。</translation>
    </message>
    <message>
        <source>is not valid JSON; profile &quot;%1&quot; is imported without a region.</source>
        <translation>不是有效的 JSON；配置“%1”将不带地域导入。</translation>
    </message>
</context>
<context>
    <name>TransitionDigest</name>
    <message>
        <source>An instance stops being Running (any state it goes to)</source>
        <translation>实例不再处于“运行中”（无论变为何种状态）</translation>
    </message>
    <message>
        <source>An instance enters Error</source>
        <translation>实例进入“错误”状态</translation>
    </message>
    <message>
        <source>An instance becomes Stopped</source>
        <translation>实例变为“已停止”</translation>
    </message>
    <message>
        <source>An instance becomes Running</source>
        <translation>实例变为“运行中”</translation>
    </message>
    <message>
        <source>An instance goes into maintenance</source>
        <translation>实例进入维护</translation>
    </message>
    <message>
        <source>An instance is being deleted or was deleted</source>
        <translation>实例正在删除或已被删除</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) changed state</source>
        <translation>
            <numerusform>%n 个实例状态发生变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more group(s)</source>
        <translation>
            <numerusform>另有 %n 组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 stopped</source>
        <translation>
            <numerusform>%1 有 %n 个实例已停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 entered Error</source>
        <translation>
            <numerusform>%1 有 %n 个实例进入错误状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 started running</source>
        <translation>
            <numerusform>%1 有 %n 个实例开始运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 went into maintenance</source>
        <translation>
            <numerusform>%1 有 %n 个实例进入维护</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 are being deleted</source>
        <translation>
            <numerusform>%1 有 %n 个实例正在删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 were deleted</source>
        <translation>
            <numerusform>%1 有 %n 个实例已被删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in %1 changed to %2</source>
        <translation>
            <numerusform>%1 有 %n 个实例变为%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 stopped</source>
        <translation>%2 的 %1 已停止</translation>
    </message>
    <message>
        <source>%1 in %2 entered Error</source>
        <translation>%2 的 %1 进入错误状态</translation>
    </message>
    <message>
        <source>%1 in %2 started running</source>
        <translation>%2 的 %1 开始运行</translation>
    </message>
    <message>
        <source>%1 in %2 went into maintenance</source>
        <translation>%2 的 %1 进入维护</translation>
    </message>
    <message>
        <source>%1 in %2 is being deleted</source>
        <translation>%2 的 %1 正在删除</translation>
    </message>
    <message>
        <source>%1 in %2 was deleted</source>
        <translation>%2 的 %1 已被删除</translation>
    </message>
    <message>
        <source>%1 in %2 changed to %3</source>
        <translation>%2 的 %1 变为%3</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Fleetwatch — %1 running · %2 stopped · %3 error</source>
        <translation>Fleetwatch — %1 运行中 · %2 已停止 · %3 错误</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not up to date</source>
        <translation>
            <numerusform>%n 个账号数据未更新</numerusform>
        </translation>
    </message>
</context>
</TS>
