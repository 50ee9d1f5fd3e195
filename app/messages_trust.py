"""Messages of the trust services, in the three shop languages (merged into
app.messages.CATALOG; same shape: code -> {"en", "zh_TW", "zh_CN"})."""
from __future__ import annotations

CATALOG: dict[str, dict[str, str]] = {
    "not_permitted": {
        "en": "Only an owner or a manager may do this; ask one to sign in.",
        "zh_TW": "只有店主或店長可以執行此操作；請他們登入。",
        "zh_CN": "只有店主或店长可以执行此操作；请他们登录。",
    },
    "not_permitted_owner": {
        "en": "Only the owner may do this; ask the owner to sign in.",
        "zh_TW": "只有店主可以執行此操作；請店主登入。",
        "zh_CN": "只有店主可以执行此操作；请店主登录。",
    },
    "not_signed_in": {
        "en": "Nobody is signed in; sign in with your PIN first.",
        "zh_TW": "目前沒有人登入；請先用您的 PIN 碼登入。",
        "zh_CN": "目前没有人登录；请先用您的 PIN 码登录。",
    },
    "pin_required": {
        "en": "Enter the PIN.",
        "zh_TW": "請輸入 PIN 碼。",
        "zh_CN": "请输入 PIN 码。",
    },
    "pin_invalid": {
        "en": "A PIN is {min} to {max} digits.",
        "zh_TW": "PIN 碼須為 {min} 到 {max} 位數字。",
        "zh_CN": "PIN 码须为 {min} 到 {max} 位数字。",
    },
    "pin_wrong": {
        "en": "Wrong PIN. {tries} more tries before this staff member is locked out for 5 minutes.",
        "zh_TW": "PIN 碼錯誤。再錯 {tries} 次，此員工將被鎖定 5 分鐘。",
        "zh_CN": "PIN 码错误。再错 {tries} 次，此员工将被锁定 5 分钟。",
    },
    "pin_locked": {
        "en": "Too many wrong PINs: {name} is locked out; try again in {minutes} minute(s).",
        "zh_TW": "PIN 碼錯誤次數過多：{name} 已被鎖定，請於 {minutes} 分鐘後再試。",
        "zh_CN": "PIN 码错误次数过多：{name} 已被锁定，请于 {minutes} 分钟后再试。",
    },
    "pin_wrong_current": {
        "en": "The current PIN is wrong.",
        "zh_TW": "目前的 PIN 碼不正確。",
        "zh_CN": "当前的 PIN 码不正确。",
    },
    "pin_not_set": {
        "en": "{name} has no PIN yet; the owner sets one on the Staff page.",
        "zh_TW": "{name} 尚未設定 PIN 碼；請店主在「員工」頁面設定。",
        "zh_CN": "{name} 尚未设置 PIN 码；请店主在“员工”页面设置。",
    },
    "staff_inactive": {
        "en": "{name} is no longer active and cannot sign in.",
        "zh_TW": "{name} 已停用，無法登入。",
        "zh_CN": "{name} 已停用，无法登录。",
    },
    "staff_not_found": {
        "en": "No staff member {value}.",
        "zh_TW": "找不到員工 {value}。",
        "zh_CN": "找不到员工 {value}。",
    },
    "last_owner": {
        "en": "The shop needs at least one active owner; make someone else owner first.",
        "zh_TW": "店裡至少要有一位在職店主；請先將其他人設為店主。",
        "zh_CN": "店里至少要有一位在职店主；请先将其他人设为店主。",
    },
    "owner_pin_already_set": {
        "en": "The owner already has a PIN; sign in instead.",
        "zh_TW": "店主已設定 PIN 碼；請直接登入。",
        "zh_CN": "店主已设置 PIN 码；请直接登录。",
    },
    "merge_same_member": {
        "en": "Choose two different members to merge.",
        "zh_TW": "請選擇兩位不同的會員進行合併。",
        "zh_CN": "请选择两位不同的会员进行合并。",
    },
    "member_already_merged": {
        "en": "Card {member_no} was already merged into another member.",
        "zh_TW": "卡號 {member_no} 已合併到其他會員。",
        "zh_CN": "卡号 {member_no} 已合并到其他会员。",
    },
    "merge_done": {
        "en": "Merged {duplicate} into {keep}: {points} points moved; {keep} now has {balance} points.",
        "zh_TW": "已將 {duplicate} 合併到 {keep}：轉入 {points} 點；{keep} 現有 {balance} 點。",
        "zh_CN": "已将 {duplicate} 合并到 {keep}：转入 {points} 积分；{keep} 现有 {balance} 积分。",
    },
    "refund_limit_needs_manager": {
        "en": "A refund above {limit} needs an owner or a manager; ask one to sign in.",
        "zh_TW": "超過 {limit} 的退款需要店主或店長；請他們登入。",
        "zh_CN": "超过 {limit} 的退款需要店主或店长；请他们登录。",
    },
}
