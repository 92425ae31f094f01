<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Cli</name>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Password for the new office head:</source>
            <translation>新办公室负责人的密码：</translation>
        </message>
        <message>
            <source>The office was created in {path}.</source>
            <translation>已在 {path} 创建办公室。</translation>
        </message>
        <message>
            <source>RECOVERY KEY (shown only this once):</source>
            <translation>恢复密钥（仅显示这一次）：</translation>
        </message>
        <message>
            <source>Write it down or print it, seal it in an envelope and keep it in the office safe. It unlocks the office when every password is forgotten; anyone who holds it can read the records.</source>
            <translation>请抄写或打印，装入信封密封，存放在办公室保险柜中。所有密码都遗忘时可用它解锁；持有它的人可以读取全部记录。</translation>
        </message>
        <message>
            <source>A demo office with {count} synthetic students was created in {path}.</source>
            <translation>已在 {path} 创建演示办公室，含 {count} 名虚构学生。</translation>
        </message>
        <message>
            <source>  login {login} ({role}), password {password}</source>
            <translation>  登录名 {login}（{role}），密码 {password}</translation>
        </message>
        <message>
            <source>Integrity check FAILED: {count} problem(s).</source>
            <translation>完整性检查未通过：{count} 个问题。</translation>
        </message>
        <message>
            <source>Integrity check passed (SQLCipher page check, SQLite integrity check, foreign keys).</source>
            <translation>完整性检查通过（SQLCipher 页校验、SQLite 完整性检查、外键）。</translation>
        </message>
        <message>
            <source>Audit trail BROKEN at row {row}.</source>
            <translation>审计日志在第 {row} 行断链。</translation>
        </message>
        <message>
            <source>Audit trail intact: {count} rows.</source>
            <translation>审计日志完整：共 {count} 行。</translation>
        </message>
        <message>
            <source>Audit chain head: {hash}</source>
            <translation>审计链头：{hash}</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>备份已写入：{path}</translation>
        </message>
        <message>
            <source>Restored the backup {name}. The replaced database was kept in the data folder.</source>
            <translation>已恢复备份 {name}。被替换的数据库保留在数据文件夹中。</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>The password was changed.</source>
            <translation>密码已修改。</translation>
        </message>
        <message>
            <source>Recovery key:</source>
            <translation>恢复密钥：</translation>
        </message>
        <message>
            <source>A new password was set for {login}.</source>
            <translation>已为 {login} 设置新密码。</translation>
        </message>
        <message>
            <source>WARNING: this key opens every record of the office. Do not save it in a file, do not send it; this export was recorded in the audit trail.</source>
            <translation>警告：此密钥可打开办公室的全部记录。请勿保存到文件，请勿发送；本次导出已记入审计日志。</translation>
        </message>
        <message>
            <source>active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>First password of the new user:</source>
            <translation>新用户的初始密码：</translation>
        </message>
        <message>
            <source>The account {login} was added.</source>
            <translation>已添加账号 {login}。</translation>
        </message>
        <message>
            <source>The account {login} was deactivated.</source>
            <translation>已停用账号 {login}。</translation>
        </message>
        <message>
            <source>New first password of the user:</source>
            <translation>该用户的新初始密码：</translation>
        </message>
        <message>
            <source>The account {login} was reactivated.</source>
            <translation>已重新启用账号 {login}。</translation>
        </message>
        <message>
            <source>the office's data folder</source>
            <translation>办公室数据文件夹</translation>
        </message>
        <message>
            <source>language of messages</source>
            <translation>提示信息的语言</translation>
        </message>
        <message>
            <source>your login</source>
            <translation>您的登录名</translation>
        </message>
        <message>
            <source>read the password from standard input</source>
            <translation>从标准输入读取密码</translation>
        </message>
        <message>
            <source>Counseling Office Desk. Without a command, the application starts.</source>
            <translation>心理辅导室工作台。不带命令时启动图形界面。</translation>
        </message>
        <message>
            <source>create a new office</source>
            <translation>创建新办公室</translation>
        </message>
        <message>
            <source>unit name printed on forms (default: the school name)</source>
            <translation>表单上打印的单位名称（默认：学校名称）</translation>
        </message>
        <message>
            <source>create a demo office with synthetic students</source>
            <translation>创建含虚构学生的演示办公室</translation>
        </message>
        <message>
            <source>check integrity and the audit chain</source>
            <translation>检查数据完整性和审计链</translation>
        </message>
        <message>
            <source>write an encrypted backup</source>
            <translation>写入加密备份</translation>
        </message>
        <message>
            <source>backup folder (default: the configured one)</source>
            <translation>备份文件夹（默认：设置中的文件夹）</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>change your password (two lines: old, new)</source>
            <translation>修改密码（两行：旧密码、新密码）</translation>
        </message>
        <message>
            <source>set a new password with the recovery key (two lines: key, new password)</source>
            <translation>用恢复密钥设置新密码（两行：恢复密钥、新密码）</translation>
        </message>
        <message>
            <source>print the raw database key (needs the recovery key)</source>
            <translation>输出数据库原始密钥（需要恢复密钥）</translation>
        </message>
        <message>
            <source>manage accounts (office head)</source>
            <translation>管理账号（办公室负责人）</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>列出账号</translation>
        </message>
        <message>
            <source>add an account (its first password on the next input line)</source>
            <translation>添加账号（下一行输入其初始密码）</translation>
        </message>
        <message>
            <source>deactivate an account</source>
            <translation>停用账号</translation>
        </message>
        <message>
            <source>reactivate an account (its new first password on the next input line)</source>
            <translation>重新启用账号（下一行输入其新的初始密码）</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>错误：{message}</translation>
        </message>
        <message>
            <source>Unexpected error ({kind}). Nothing was changed that had not been confirmed. Please report it to the developers.</source>
            <translation>发生意外错误（{kind}）。已确认的数据均未受影响。请向开发人员报告。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Expected {count} line(s) on standard input.</source>
            <translation>标准输入中应有 {count} 行。</translation>
        </message>
        <message>
            <source>The operation failed.</source>
            <translation>操作失败。</translation>
        </message>
        <message>
            <source>No office exists in this data folder.</source>
            <translation>此数据文件夹中没有办公室数据。</translation>
        </message>
        <message>
            <source>An office already exists in this data folder.</source>
            <translation>此数据文件夹中已有办公室数据。</translation>
        </message>
        <message>
            <source>Wrong login or password. {remaining} attempt(s) left before this login is locked.</source>
            <translation>登录名或密码错误。再错 {remaining} 次此登录名将被锁定。</translation>
        </message>
        <message>
            <source>The recovery key is not correct.</source>
            <translation>恢复密钥不正确。</translation>
        </message>
        <message>
            <source>This login is locked after too many wrong passwords. Try again in {minutes} minute(s).</source>
            <translation>密码错误次数过多，此登录名已被锁定。请 {minutes} 分钟后再试。</translation>
        </message>
        <message>
            <source>This account has been deactivated. Ask the office head.</source>
            <translation>此账号已停用。请联系办公室负责人。</translation>
        </message>
        <message>
            <source>The office data is damaged ({what}). Nothing was changed. Restore a backup.</source>
            <translation>办公室数据已损坏（{what}）。未做任何更改。请恢复备份。</translation>
        </message>
        <message>
            <source>Your role does not allow this: {permission}.</source>
            <translation>您的角色无权执行此操作：{permission}。</translation>
        </message>
        <message>
            <source>The input is not valid.</source>
            <translation>输入内容无效。</translation>
        </message>
        <message>
            <source>Could not write to the disk ({reason}). The previous data is intact.</source>
            <translation>无法写入磁盘（{reason}）。原有数据完好。</translation>
        </message>
        <message>
            <source>This backup cannot be used ({reason}). Nothing was replaced.</source>
            <translation>此备份无法使用（{reason}）。未替换任何数据。</translation>
        </message>
        <message>
            <source>This office was saved by a newer version of the application (schema {found}, this version knows {known}). Install the newer version.</source>
            <translation>此办公室数据由更新版本的程序保存（数据结构版本 {found}，本版本支持到 {known}）。请安装新版本。</translation>
        </message>
        <message>
            <source>The password is too weak.</source>
            <translation>密码强度不足。</translation>
        </message>
        <message>
            <source>The password must have at least {min} characters.</source>
            <translation>密码至少需要 {min} 个字符。</translation>
        </message>
        <message>
            <source>This password is one of the most common passwords. Choose another.</source>
            <translation>此密码属于最常见的密码之一。请另选一个。</translation>
        </message>
        <message>
            <source>The password must not contain the login name.</source>
            <translation>密码中不能包含登录名。</translation>
        </message>
        <message>
            <source>The password must not repeat a single character.</source>
            <translation>密码不能由同一个字符重复组成。</translation>
        </message>
        <message>
            <source>The password must not contain line breaks.</source>
            <translation>密码中不能包含换行。</translation>
        </message>
        <message>
            <source>A recovery key has 8 groups of 6 digits, like 123456-234567-… ; this one has {digits} digits.</source>
            <translation>恢复密钥由 8 组 6 位数字组成，如 123456-234567-…；当前输入有 {digits} 位数字。</translation>
        </message>
        <message>
            <source>Group {group} of the recovery key is mistyped.</source>
            <translation>恢复密钥的第 {group} 组输入有误。</translation>
        </message>
        <message>
            <source>it belongs to another office</source>
            <translation>它属于另一个办公室</translation>
        </message>
        <message>
            <source>neither the current password nor the backup's opens it</source>
            <translation>当前密码和备份时的密码都无法打开它</translation>
        </message>
        <message>
            <source>its database fails the integrity check</source>
            <translation>其数据库未通过完整性检查</translation>
        </message>
        <message>
            <source>its audit trail is broken at row {row}</source>
            <translation>其审计日志在第 {row} 行断链</translation>
        </message>
        <message>
            <source>it was made by a newer version of the application</source>
            <translation>它由更新版本的程序生成</translation>
        </message>
        <message>
            <source>There is no account with this login.</source>
            <translation>没有使用此登录名的账号。</translation>
        </message>
        <message>
            <source>The new password must differ from the old one.</source>
            <translation>新密码不能与旧密码相同。</translation>
        </message>
        <message>
            <source>A login has 2 to 32 characters: Latin letters, digits, dot, underscore or hyphen.</source>
            <translation>登录名为 2 到 32 个字符，只能包含英文字母、数字、点、下划线或连字符。</translation>
        </message>
        <message>
            <source>The name must not be empty.</source>
            <translation>姓名不能为空。</translation>
        </message>
        <message>
            <source>The school name must not be empty.</source>
            <translation>学校名称不能为空。</translation>
        </message>
        <message>
            <source>This login is already used by another account.</source>
            <translation>此登录名已被其他账号使用。</translation>
        </message>
        <message>
            <source>The office must keep at least one active office head.</source>
            <translation>办公室必须至少保留一名启用状态的负责人。</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>不能停用自己的账号。</translation>
        </message>
        <message>
            <source>The account is already in that state.</source>
            <translation>该账号已处于此状态。</translation>
        </message>
        <message>
            <source>no backup manifest in the folder</source>
            <translation>文件夹中没有备份清单</translation>
        </message>
        <message>
            <source>the manifest is unreadable</source>
            <translation>备份清单无法读取</translation>
        </message>
        <message>
            <source>a file of the backup is missing</source>
            <translation>备份中缺少文件</translation>
        </message>
        <message>
            <source>a file of the backup was changed or damaged</source>
            <translation>备份中的文件已被改动或损坏</translation>
        </message>
        <message>
            <source>database file</source>
            <translation>数据库文件</translation>
        </message>
        <message>
            <source>key-slot file</source>
            <translation>密钥槽文件</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>manage users</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <source>view the audit trail</source>
            <translation>查看审计日志</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>备份数据</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>change office settings</source>
            <translation>修改办公室设置</translation>
        </message>
        <message>
            <source>export the data key</source>
            <translation>导出数据密钥</translation>
        </message>
        <message>
            <source>view the school register</source>
            <translation>查看学校名册</translation>
        </message>
        <message>
            <source>edit the school register</source>
            <translation>编辑学校名册</translation>
        </message>
        <message>
            <source>manage appointments</source>
            <translation>管理预约</translation>
        </message>
        <message>
            <source>manage duty rosters</source>
            <translation>管理值班表</translation>
        </message>
        <message>
            <source>view the watch list</source>
            <translation>查看重点关注学生清单</translation>
        </message>
        <message>
            <source>edit the watch list</source>
            <translation>编辑重点关注学生清单</translation>
        </message>
        <message>
            <source>view intervention plans</source>
            <translation>查看一人一策方案</translation>
        </message>
        <message>
            <source>view counseling notes</source>
            <translation>查看咨询记录</translation>
        </message>
        <message>
            <source>view screening answers</source>
            <translation>查看测评作答</translation>
        </message>
        <message>
            <source>manage screening</source>
            <translation>管理心理测评</translation>
        </message>
        <message>
            <source>view crisis incidents</source>
            <translation>查看危机事件</translation>
        </message>
        <message>
            <source>manage crisis incidents</source>
            <translation>管理危机事件</translation>
        </message>
        <message>
            <source>manage review meetings</source>
            <translation>管理研判会</translation>
        </message>
        <message>
            <source>manage referrals</source>
            <translation>管理转介</translation>
        </message>
        <message>
            <source>make bureau reports</source>
            <translation>生成教育局报告</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Office head</source>
            <translation>办公室负责人</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>心理老师</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>助理</translation>
        </message>
    </context>
    <context>
        <name>SchoolType</name>
        <message>
            <source>Primary school</source>
            <translation>小学</translation>
        </message>
        <message>
            <source>Middle school</source>
            <translation>初级中学</translation>
        </message>
        <message>
            <source>High school</source>
            <translation>高级中学</translation>
        </message>
        <message>
            <source>Nine-year school</source>
            <translation>九年一贯制学校</translation>
        </message>
        <message>
            <source>Complete middle school</source>
            <translation>完全中学</translation>
        </message>
        <message>
            <source>Vocational school</source>
            <translation>中等职业学校</translation>
        </message>
        <message>
            <source>University</source>
            <translation>高等学校</translation>
        </message>
    </context>
</TS>
