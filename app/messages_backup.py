"""Messages of the backup, restore and start-up integrity services, in the three shop languages (merged into
app.messages.CATALOG; same shape: code -> {"en", "zh_TW", "zh_CN"})."""
from __future__ import annotations

CATALOG: dict[str, dict[str, str]] = {
    "autobackup_failed": {
        "en": "The backup to “{folder}” failed: {reason}. Every sale is still saved in the shop database; "
              "free some space or choose another backup folder, then press “Back up now”.",
        "zh_TW": "備份到「{folder}」失敗：{reason}。所有銷售仍安全儲存在商店資料庫中；"
                 "請清出空間或換一個備份資料夾，再按「立即備份」。",
        "zh_CN": "备份到“{folder}”失败：{reason}。所有销售仍安全保存在店铺数据库中；"
                 "请腾出空间或换一个备份文件夹，再按“立即备份”。",
    },
    "backup_folder_missing": {
        "en": "The backup folder “{folder}” cannot be found — is the USB stick plugged in? "
              "Every sale is still saved; plug it in or choose another folder, then press “Back up now”.",
        "zh_TW": "找不到備份資料夾「{folder}」——USB 隨身碟插上了嗎？所有銷售仍安全儲存；"
                 "請插上或換一個資料夾，再按「立即備份」。",
        "zh_CN": "找不到备份文件夹“{folder}”——U 盘插上了吗？所有销售仍安全保存；"
                 "请插上或换一个文件夹，再按“立即备份”。",
    },
    "db_damaged": {
        "en": "The shop database “{path}” is damaged and cannot be used safely ({problem}).",
        "zh_TW": "商店資料庫「{path}」已損壞，無法安全使用（{problem}）。",
        "zh_CN": "店铺数据库“{path}”已损坏，无法安全使用（{problem}）。",
    },
}
