<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Cli</name>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Password for the new office head:</source>
            <translation>Password for the new office head:</translation>
        </message>
        <message>
            <source>The office was created in {path}.</source>
            <translation>The office was created in {path}.</translation>
        </message>
        <message>
            <source>RECOVERY KEY (shown only this once):</source>
            <translation>RECOVERY KEY (shown only this once):</translation>
        </message>
        <message>
            <source>Write it down or print it, seal it in an envelope and keep it in the office safe. It unlocks the office when every password is forgotten; anyone who holds it can read the records.</source>
            <translation>Write it down or print it, seal it in an envelope and keep it in the office safe. It unlocks the office when every password is forgotten; anyone who holds it can read the records.</translation>
        </message>
        <message>
            <source>A demo office with {count} synthetic students was created in {path}.</source>
            <translation>A demo office with {count} synthetic students was created in {path}.</translation>
        </message>
        <message>
            <source>  login {login} ({role}), password {password}</source>
            <translation>  login {login} ({role}), password {password}</translation>
        </message>
        <message>
            <source>Integrity check FAILED: {count} problem(s).</source>
            <translation>Integrity check FAILED: {count} problem(s).</translation>
        </message>
        <message>
            <source>Integrity check passed (SQLCipher page check, SQLite integrity check, foreign keys).</source>
            <translation>Integrity check passed (SQLCipher page check, SQLite integrity check, foreign keys).</translation>
        </message>
        <message>
            <source>Audit trail BROKEN at row {row}.</source>
            <translation>Audit trail BROKEN at row {row}.</translation>
        </message>
        <message>
            <source>Audit trail intact: {count} rows.</source>
            <translation>Audit trail intact: {count} rows.</translation>
        </message>
        <message>
            <source>Audit chain head: {hash}</source>
            <translation>Audit chain head: {hash}</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>Restored the backup {name}. The replaced database was kept in the data folder.</source>
            <translation>Restored the backup {name}. The replaced database was kept in the data folder.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>The password was changed.</source>
            <translation>The password was changed.</translation>
        </message>
        <message>
            <source>Recovery key:</source>
            <translation>Recovery key:</translation>
        </message>
        <message>
            <source>A new password was set for {login}.</source>
            <translation>A new password was set for {login}.</translation>
        </message>
        <message>
            <source>WARNING: this key opens every record of the office. Do not save it in a file, do not send it; this export was recorded in the audit trail.</source>
            <translation>WARNING: this key opens every record of the office. Do not save it in a file, do not send it; this export was recorded in the audit trail.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>First password of the new user:</source>
            <translation>First password of the new user:</translation>
        </message>
        <message>
            <source>The account {login} was added.</source>
            <translation>The account {login} was added.</translation>
        </message>
        <message>
            <source>The account {login} was deactivated.</source>
            <translation>The account {login} was deactivated.</translation>
        </message>
        <message>
            <source>New first password of the user:</source>
            <translation>New first password of the user:</translation>
        </message>
        <message>
            <source>The account {login} was reactivated.</source>
            <translation>The account {login} was reactivated.</translation>
        </message>
        <message>
            <source>the office's data folder</source>
            <translation>the office's data folder</translation>
        </message>
        <message>
            <source>language of messages</source>
            <translation>language of messages</translation>
        </message>
        <message>
            <source>your login</source>
            <translation>your login</translation>
        </message>
        <message>
            <source>read the password from standard input</source>
            <translation>read the password from standard input</translation>
        </message>
        <message>
            <source>Counseling Office Desk. Without a command, the application starts.</source>
            <translation>Counseling Office Desk. Without a command, the application starts.</translation>
        </message>
        <message>
            <source>create a new office</source>
            <translation>create a new office</translation>
        </message>
        <message>
            <source>unit name printed on forms (default: the school name)</source>
            <translation>unit name printed on forms (default: the school name)</translation>
        </message>
        <message>
            <source>create a demo office with synthetic students</source>
            <translation>create a demo office with synthetic students</translation>
        </message>
        <message>
            <source>check integrity and the audit chain</source>
            <translation>check integrity and the audit chain</translation>
        </message>
        <message>
            <source>write an encrypted backup</source>
            <translation>write an encrypted backup</translation>
        </message>
        <message>
            <source>backup folder (default: the configured one)</source>
            <translation>backup folder (default: the configured one)</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>restore a backup</translation>
        </message>
        <message>
            <source>change your password (two lines: old, new)</source>
            <translation>change your password (two lines: old, new)</translation>
        </message>
        <message>
            <source>set a new password with the recovery key (two lines: key, new password)</source>
            <translation>set a new password with the recovery key (two lines: key, new password)</translation>
        </message>
        <message>
            <source>print the raw database key (needs the recovery key)</source>
            <translation>print the raw database key (needs the recovery key)</translation>
        </message>
        <message>
            <source>manage accounts (office head)</source>
            <translation>manage accounts (office head)</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>list accounts</translation>
        </message>
        <message>
            <source>add an account (its first password on the next input line)</source>
            <translation>add an account (its first password on the next input line)</translation>
        </message>
        <message>
            <source>deactivate an account</source>
            <translation>deactivate an account</translation>
        </message>
        <message>
            <source>reactivate an account (its new first password on the next input line)</source>
            <translation>reactivate an account (its new first password on the next input line)</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <source>Unexpected error ({kind}). Nothing was changed that had not been confirmed. Please report it to the developers.</source>
            <translation>Unexpected error ({kind}). Nothing was changed that had not been confirmed. Please report it to the developers.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Expected {count} line(s) on standard input.</source>
            <translation>Expected {count} line(s) on standard input.</translation>
        </message>
        <message>
            <source>The operation failed.</source>
            <translation>The operation failed.</translation>
        </message>
        <message>
            <source>No office exists in this data folder.</source>
            <translation>No office exists in this data folder.</translation>
        </message>
        <message>
            <source>An office already exists in this data folder.</source>
            <translation>An office already exists in this data folder.</translation>
        </message>
        <message>
            <source>Wrong login or password. {remaining} attempt(s) left before this login is locked.</source>
            <translation>Wrong login or password. {remaining} attempt(s) left before this login is locked.</translation>
        </message>
        <message>
            <source>The recovery key is not correct.</source>
            <translation>The recovery key is not correct.</translation>
        </message>
        <message>
            <source>This login is locked after too many wrong passwords. Try again in {minutes} minute(s).</source>
            <translation>This login is locked after too many wrong passwords. Try again in {minutes} minute(s).</translation>
        </message>
        <message>
            <source>This account has been deactivated. Ask the office head.</source>
            <translation>This account has been deactivated. Ask the office head.</translation>
        </message>
        <message>
            <source>The office data is damaged ({what}). Nothing was changed. Restore a backup.</source>
            <translation>The office data is damaged ({what}). Nothing was changed. Restore a backup.</translation>
        </message>
        <message>
            <source>Your role does not allow this: {permission}.</source>
            <translation>Your role does not allow this: {permission}.</translation>
        </message>
        <message>
            <source>The input is not valid.</source>
            <translation>The input is not valid.</translation>
        </message>
        <message>
            <source>Could not write to the disk ({reason}). The previous data is intact.</source>
            <translation>Could not write to the disk ({reason}). The previous data is intact.</translation>
        </message>
        <message>
            <source>This backup cannot be used ({reason}). Nothing was replaced.</source>
            <translation>This backup cannot be used ({reason}). Nothing was replaced.</translation>
        </message>
        <message>
            <source>This office was saved by a newer version of the application (schema {found}, this version knows {known}). Install the newer version.</source>
            <translation>This office was saved by a newer version of the application (schema {found}, this version knows {known}). Install the newer version.</translation>
        </message>
        <message>
            <source>The password is too weak.</source>
            <translation>The password is too weak.</translation>
        </message>
        <message>
            <source>The password must have at least {min} characters.</source>
            <translation>The password must have at least {min} characters.</translation>
        </message>
        <message>
            <source>This password is one of the most common passwords. Choose another.</source>
            <translation>This password is one of the most common passwords. Choose another.</translation>
        </message>
        <message>
            <source>The password must not contain the login name.</source>
            <translation>The password must not contain the login name.</translation>
        </message>
        <message>
            <source>The password must not repeat a single character.</source>
            <translation>The password must not repeat a single character.</translation>
        </message>
        <message>
            <source>The password must not contain line breaks.</source>
            <translation>The password must not contain line breaks.</translation>
        </message>
        <message>
            <source>A recovery key has 8 groups of 6 digits, like 123456-234567-… ; this one has {digits} digits.</source>
            <translation>A recovery key has 8 groups of 6 digits, like 123456-234567-… ; this one has {digits} digits.</translation>
        </message>
        <message>
            <source>Group {group} of the recovery key is mistyped.</source>
            <translation>Group {group} of the recovery key is mistyped.</translation>
        </message>
        <message>
            <source>it belongs to another office</source>
            <translation>it belongs to another office</translation>
        </message>
        <message>
            <source>neither the current password nor the backup's opens it</source>
            <translation>neither the current password nor the backup's opens it</translation>
        </message>
        <message>
            <source>its database fails the integrity check</source>
            <translation>its database fails the integrity check</translation>
        </message>
        <message>
            <source>its audit trail is broken at row {row}</source>
            <translation>its audit trail is broken at row {row}</translation>
        </message>
        <message>
            <source>it was made by a newer version of the application</source>
            <translation>it was made by a newer version of the application</translation>
        </message>
        <message>
            <source>There is no account with this login.</source>
            <translation>There is no account with this login.</translation>
        </message>
        <message>
            <source>The new password must differ from the old one.</source>
            <translation>The new password must differ from the old one.</translation>
        </message>
        <message>
            <source>A login has 2 to 32 characters: Latin letters, digits, dot, underscore or hyphen.</source>
            <translation>A login has 2 to 32 characters: Latin letters, digits, dot, underscore or hyphen.</translation>
        </message>
        <message>
            <source>The name must not be empty.</source>
            <translation>The name must not be empty.</translation>
        </message>
        <message>
            <source>The school name must not be empty.</source>
            <translation>The school name must not be empty.</translation>
        </message>
        <message>
            <source>This login is already used by another account.</source>
            <translation>This login is already used by another account.</translation>
        </message>
        <message>
            <source>The office must keep at least one active office head.</source>
            <translation>The office must keep at least one active office head.</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>You cannot deactivate your own account.</translation>
        </message>
        <message>
            <source>The account is already in that state.</source>
            <translation>The account is already in that state.</translation>
        </message>
        <message>
            <source>no backup manifest in the folder</source>
            <translation>no backup manifest in the folder</translation>
        </message>
        <message>
            <source>the manifest is unreadable</source>
            <translation>the manifest is unreadable</translation>
        </message>
        <message>
            <source>a file of the backup is missing</source>
            <translation>a file of the backup is missing</translation>
        </message>
        <message>
            <source>a file of the backup was changed or damaged</source>
            <translation>a file of the backup was changed or damaged</translation>
        </message>
        <message>
            <source>database file</source>
            <translation>database file</translation>
        </message>
        <message>
            <source>key-slot file</source>
            <translation>key-slot file</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>manage users</source>
            <translation>manage users</translation>
        </message>
        <message>
            <source>view the audit trail</source>
            <translation>view the audit trail</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>make backups</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>restore a backup</translation>
        </message>
        <message>
            <source>change office settings</source>
            <translation>change office settings</translation>
        </message>
        <message>
            <source>export the data key</source>
            <translation>export the data key</translation>
        </message>
        <message>
            <source>view the school register</source>
            <translation>view the school register</translation>
        </message>
        <message>
            <source>edit the school register</source>
            <translation>edit the school register</translation>
        </message>
        <message>
            <source>manage appointments</source>
            <translation>manage appointments</translation>
        </message>
        <message>
            <source>manage duty rosters</source>
            <translation>manage duty rosters</translation>
        </message>
        <message>
            <source>view the watch list</source>
            <translation>view the watch list</translation>
        </message>
        <message>
            <source>edit the watch list</source>
            <translation>edit the watch list</translation>
        </message>
        <message>
            <source>view intervention plans</source>
            <translation>view intervention plans</translation>
        </message>
        <message>
            <source>view counseling notes</source>
            <translation>view counseling notes</translation>
        </message>
        <message>
            <source>view screening answers</source>
            <translation>view screening answers</translation>
        </message>
        <message>
            <source>manage screening</source>
            <translation>manage screening</translation>
        </message>
        <message>
            <source>view crisis incidents</source>
            <translation>view crisis incidents</translation>
        </message>
        <message>
            <source>manage crisis incidents</source>
            <translation>manage crisis incidents</translation>
        </message>
        <message>
            <source>manage review meetings</source>
            <translation>manage review meetings</translation>
        </message>
        <message>
            <source>manage referrals</source>
            <translation>manage referrals</translation>
        </message>
        <message>
            <source>make bureau reports</source>
            <translation>make bureau reports</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Office head</source>
            <translation>Office head</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistant</translation>
        </message>
    </context>
    <context>
        <name>SchoolType</name>
        <message>
            <source>Primary school</source>
            <translation>Primary school</translation>
        </message>
        <message>
            <source>Middle school</source>
            <translation>Middle school</translation>
        </message>
        <message>
            <source>High school</source>
            <translation>High school</translation>
        </message>
        <message>
            <source>Nine-year school</source>
            <translation>Nine-year school</translation>
        </message>
        <message>
            <source>Complete middle school</source>
            <translation>Complete middle school</translation>
        </message>
        <message>
            <source>Vocational school</source>
            <translation>Vocational school</translation>
        </message>
        <message>
            <source>University</source>
            <translation>University</translation>
        </message>
    </context>
</TS>
