<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>BackupPage</name>
        <message>
            <source>Regulars backs up the shop when the window closes and once a day, with a copy that is consistent even while the counter sells. It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months. Choose a folder on a USB stick or another disk, so a broken PC does not take the backups with it.</source>
            <translation>熟客会在关闭窗口时和每天一次自动备份店铺数据，即使收银台正在结账，备份也完整一致。系统保留最近 7 天、4 周与 12 个月中每段期间最新的一份备份。请选择 U 盘或另一块硬盘上的文件夹，电脑坏了备份也不会跟着丢失。</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>使用默认文件夹</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>还原…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>选择备份文件夹</translation>
        </message>
        <message>
            <source>The backup was restored. The data as it was before is kept beside the database.</source>
            <translation>备份已还原。还原前的数据已另存一份在数据库旁边。</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>No backup yet.</source>
            <translation>尚无备份。</translation>
        </message>
        <message>
            <source>Backup saved: %1</source>
            <translation>备份已保存：%1</translation>
        </message>
        <message>
            <source>Last backup: %1 (%2).</source>
            <translation>最近一次备份：%1（%2）。</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change the backup folder or restore a backup.</source>
            <translation>只有店主或店长可以更改备份文件夹或还原备份。</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>The shop database is damaged</source>
            <translation>店铺数据库已损坏</translation>
        </message>
        <message>
            <source>Regulars can go back to the latest backup that passes the check. Sales recorded after that backup are not in it. The damaged file is kept beside it under a new name; nothing is deleted.</source>
            <translation>熟客可以恢复到最近一份通过检查的备份；该备份之后记录的销售不在其中。损坏的文件会改名保留在旁边，不会删除任何东西。</translation>
        </message>
        <message>
            <source>Looking for the latest good backup…</source>
            <translation>正在寻找最近一份完好的备份…</translation>
        </message>
        <message>
            <source>Choose another backup…</source>
            <translation>选择其他备份…</translation>
        </message>
        <message>
            <source>Restore the latest good backup</source>
            <translation>还原最近一份完好的备份</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在还原…</translation>
        </message>
        <message>
            <source>No backup that passes the check was found in %1. Choose a backup file yourself, or quit and ask for help; the damaged file is left as it is.</source>
            <translation>在 %1 找不到通过检查的备份。请自行选择备份文件，或退出程序并寻求帮助；损坏的文件会原样保留。</translation>
        </message>
        <message>
            <source>Latest good backup: %1 (%2), in %3.</source>
            <translation>最近一份完好的备份：%1（%2），位于 %3。</translation>
        </message>
        <message>
            <source>The restore failed unexpectedly: %1</source>
            <translation>还原意外失败：%1</translation>
        </message>
        <message>
            <source>First problem: %1</source>
            <translation>第一个问题：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>还原备份</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. It is checked first; a backup that fails the check is refused. Everything recorded after the backup was taken is replaced, so the database as it is now is kept as a copy beside it.</source>
            <translation>请选择要恢复到哪一份备份。系统会先检查备份，未通过检查的备份一律拒绝。备份之后记录的数据都会被替换，因此当前的数据库会先另存一份在旁边。</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>其他文件…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>选择备份文件</translation>
        </message>
        <message>
            <source>Backups (*.db);;All files (*)</source>
            <translation>备份文件 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>还原这份备份</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>正在检查备份…</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在还原…</translation>
        </message>
        <message>
            <source>No backups were found in %1.</source>
            <translation>在 %1 找不到备份。</translation>
        </message>
        <message>
            <source>The backup of %1 passed the check. Press “Restore this backup” to go back to it.</source>
            <translation>%1 的备份已通过检查。按“还原这份备份”即可恢复到该时间点。</translation>
        </message>
        <message>
            <source>The restore failed unexpectedly: %1</source>
            <translation>还原意外失败：%1</translation>
        </message>
        <message>
            <source>First problem: %1</source>
            <translation>第一个问题：%1</translation>
        </message>
    </context>
</TS>
