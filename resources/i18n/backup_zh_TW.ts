<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>BackupPage</name>
        <message>
            <source>Regulars backs up the shop when the window closes and once a day, with a copy that is consistent even while the counter sells. It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months. Choose a folder on a USB stick or another disk, so a broken PC does not take the backups with it.</source>
            <translation>熟客會在關閉視窗時和每天一次自動備份商店資料，即使櫃台正在結帳，備份也完整一致。系統保留最近 7 天、4 週與 12 個月中每段期間最新的一份備份。請選擇 USB 隨身碟或另一顆硬碟上的資料夾，電腦壞了備份也不會跟著不見。</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>備份資料夾</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>使用預設資料夾</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即備份</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>還原…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>選擇備份資料夾</translation>
        </message>
        <message>
            <source>The backup was restored. The data as it was before is kept beside the database.</source>
            <translation>備份已還原。還原前的資料已另存一份在資料庫旁邊。</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>備份時間</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在備份…</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>備份</translation>
        </message>
        <message>
            <source>No backup yet.</source>
            <translation>尚無備份。</translation>
        </message>
        <message>
            <source>Backup saved: %1</source>
            <translation>備份已儲存：%1</translation>
        </message>
        <message>
            <source>Last backup: %1 (%2).</source>
            <translation>最近一次備份：%1（%2）。</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change the backup folder or restore a backup.</source>
            <translation>只有店主或店長可以更改備份資料夾或還原備份。</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>The shop database is damaged</source>
            <translation>商店資料庫已損壞</translation>
        </message>
        <message>
            <source>Regulars can go back to the latest backup that passes the check. Sales recorded after that backup are not in it. The damaged file is kept beside it under a new name; nothing is deleted.</source>
            <translation>熟客可以回復到最近一份通過檢查的備份；該備份之後記錄的銷售不在其中。損壞的檔案會改名保留在旁邊，不會刪除任何東西。</translation>
        </message>
        <message>
            <source>Looking for the latest good backup…</source>
            <translation>正在尋找最近一份完好的備份…</translation>
        </message>
        <message>
            <source>Choose another backup…</source>
            <translation>選擇其他備份…</translation>
        </message>
        <message>
            <source>Restore the latest good backup</source>
            <translation>還原最近一份完好的備份</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在還原…</translation>
        </message>
        <message>
            <source>No backup that passes the check was found in %1. Choose a backup file yourself, or quit and ask for help; the damaged file is left as it is.</source>
            <translation>在 %1 找不到通過檢查的備份。請自行選擇備份檔，或結束程式並尋求協助；損壞的檔案會原樣保留。</translation>
        </message>
        <message>
            <source>Latest good backup: %1 (%2), in %3.</source>
            <translation>最近一份完好的備份：%1（%2），位於 %3。</translation>
        </message>
        <message>
            <source>The restore failed unexpectedly: %1</source>
            <translation>還原意外失敗：%1</translation>
        </message>
        <message>
            <source>First problem: %1</source>
            <translation>第一個問題：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Backups</source>
            <translation>備份</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>還原備份</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. It is checked first; a backup that fails the check is refused. Everything recorded after the backup was taken is replaced, so the database as it is now is kept as a copy beside it.</source>
            <translation>請選擇要回復到哪一份備份。系統會先檢查備份，未通過檢查的備份一律拒絕。備份之後記錄的資料都會被取代，因此目前的資料庫會先另存一份在旁邊。</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>其他檔案…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>檢查</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>選擇備份檔</translation>
        </message>
        <message>
            <source>Backups (*.db);;All files (*)</source>
            <translation>備份檔 (*.db);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>還原這份備份</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>備份時間</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>正在檢查備份…</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在還原…</translation>
        </message>
        <message>
            <source>No backups were found in %1.</source>
            <translation>在 %1 找不到備份。</translation>
        </message>
        <message>
            <source>The backup of %1 passed the check. Press “Restore this backup” to go back to it.</source>
            <translation>%1 的備份已通過檢查。按「還原這份備份」即可回復到該時間點。</translation>
        </message>
        <message>
            <source>The restore failed unexpectedly: %1</source>
            <translation>還原意外失敗：%1</translation>
        </message>
        <message>
            <source>First problem: %1</source>
            <translation>第一個問題：%1</translation>
        </message>
    </context>
</TS>
