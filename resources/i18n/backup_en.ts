<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BackupPage</name>
        <message>
            <source>Regulars backs up the shop when the window closes and once a day, with a copy that is consistent even while the counter sells. It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months. Choose a folder on a USB stick or another disk, so a broken PC does not take the backups with it.</source>
            <translation>Regulars backs up the shop when the window closes and once a day, with a copy that is consistent even while the counter sells. It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months. Choose a folder on a USB stick or another disk, so a broken PC does not take the backups with it.</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>Use the default</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <source>The backup was restored. The data as it was before is kept beside the database.</source>
            <translation>The backup was restored. The data as it was before is kept beside the database.</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>Taken at</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>No backup yet.</source>
            <translation>No backup yet.</translation>
        </message>
        <message>
            <source>Backup saved: %1</source>
            <translation>Backup saved: %1</translation>
        </message>
        <message>
            <source>Last backup: %1 (%2).</source>
            <translation>Last backup: %1 (%2).</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change the backup folder or restore a backup.</source>
            <translation>Only an owner or a manager can change the backup folder or restore a backup.</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>The shop database is damaged</source>
            <translation>The shop database is damaged</translation>
        </message>
        <message>
            <source>Regulars can go back to the latest backup that passes the check. Sales recorded after that backup are not in it. The damaged file is kept beside it under a new name; nothing is deleted.</source>
            <translation>Regulars can go back to the latest backup that passes the check. Sales recorded after that backup are not in it. The damaged file is kept beside it under a new name; nothing is deleted.</translation>
        </message>
        <message>
            <source>Looking for the latest good backup…</source>
            <translation>Looking for the latest good backup…</translation>
        </message>
        <message>
            <source>Choose another backup…</source>
            <translation>Choose another backup…</translation>
        </message>
        <message>
            <source>Restore the latest good backup</source>
            <translation>Restore the latest good backup</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>No backup that passes the check was found in %1. Choose a backup file yourself, or quit and ask for help; the damaged file is left as it is.</source>
            <translation>No backup that passes the check was found in %1. Choose a backup file yourself, or quit and ask for help; the damaged file is left as it is.</translation>
        </message>
        <message>
            <source>Latest good backup: %1 (%2), in %3.</source>
            <translation>Latest good backup: %1 (%2), in %3.</translation>
        </message>
        <message>
            <source>The restore failed unexpectedly: %1</source>
            <translation>The restore failed unexpectedly: %1</translation>
        </message>
        <message>
            <source>First problem: %1</source>
            <translation>First problem: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. It is checked first; a backup that fails the check is refused. Everything recorded after the backup was taken is replaced, so the database as it is now is kept as a copy beside it.</source>
            <translation>Choose the backup to go back to. It is checked first; a backup that fails the check is refused. Everything recorded after the backup was taken is replaced, so the database as it is now is kept as a copy beside it.</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Other file…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <source>Backups (*.db);;All files (*)</source>
            <translation>Backups (*.db);;All files (*)</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restore this backup</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>Taken at</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Checking the backup…</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>No backups were found in %1.</source>
            <translation>No backups were found in %1.</translation>
        </message>
        <message>
            <source>The backup of %1 passed the check. Press “Restore this backup” to go back to it.</source>
            <translation>The backup of %1 passed the check. Press “Restore this backup” to go back to it.</translation>
        </message>
        <message>
            <source>The restore failed unexpectedly: %1</source>
            <translation>The restore failed unexpectedly: %1</translation>
        </message>
        <message>
            <source>First problem: %1</source>
            <translation>First problem: %1</translation>
        </message>
    </context>
</TS>
