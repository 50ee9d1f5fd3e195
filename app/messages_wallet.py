"""Messages of the stored-value and package services, in the three shop languages (merged into
app.messages.CATALOG; same shape: code -> {"en", "zh_TW", "zh_CN"})."""
from __future__ import annotations

CATALOG: dict[str, dict[str, str]] = {
    # --- stored value (app/programs/wallet.py)
    "wallet_not_enough": {
        "en": "{name} has {balance} of stored value; {needed} is needed.",
        "zh_TW": "{name} 的儲值餘額只有 {balance}，需要 {needed}。",
        "zh_CN": "{name} 的储值余额只有 {balance}，需要 {needed}。",
    },
    "wallet_walkin": {
        "en": "A walk-in customer has no stored value; find the member first.",
        "zh_TW": "非會員沒有儲值；請先找到會員。",
        "zh_CN": "非会员没有储值；请先找到会员。",
    },
    "wallet_amount_negative": {
        "en": "The amount paid from stored value cannot be negative.",
        "zh_TW": "儲值支付的金額不能是負數。",
        "zh_CN": "储值支付的金额不能是负数。",
    },
    "wallet_exceeds_total": {
        "en": "{wallet} from stored value is more than the {total} to pay.",
        "zh_TW": "儲值支付 {wallet} 超過應付金額 {total}。",
        "zh_CN": "储值支付 {wallet} 超过应付金额 {total}。",
    },
    "wallet_whole_credits": {
        "en": "The amount must buy whole {name} ({price} each).",
        "zh_TW": "金額必須是整數個{name}（每個 {price}）。",
        "zh_CN": "金额必须是整数个{name}（每个 {price}）。",
    },
    "wallet_credits_word": {
        "en": "credits",
        "zh_TW": "遊戲幣",
        "zh_CN": "游戏币",
    },
    "wallet_unit_in_use": {
        "en": "Members still hold stored value, so the wallet's unit and credit price cannot change now.",
        "zh_TW": "仍有會員持有儲值餘額，現在不能更改儲值單位或每個遊戲幣的價格。",
        "zh_CN": "仍有会员持有储值余额，现在不能更改储值单位或每个游戏币的价格。",
    },
    "wallet_entry_not_found": {
        "en": "No stored-value entry {value} for this member.",
        "zh_TW": "此會員沒有第 {value} 筆儲值紀錄。",
        "zh_CN": "此会员没有第 {value} 笔储值记录。",
    },
    "wallet_tiers_invalid": {
        "en": "Each bonus tier needs a top-up amount above zero (each amount once) and a bonus of zero or more.",
        "zh_TW": "每一級加贈都需要大於零的儲值金額（不可重複）及零以上的加贈。",
        "zh_CN": "每一级加赠都需要大于零的储值金额（不可重复）及零以上的加赠。",
    },
    "topup_key_reused": {
        "en": "This top-up was already saved with different details; start a new top-up.",
        "zh_TW": "這筆儲值已用不同內容存過；請重新開始一筆儲值。",
        "zh_CN": "这笔储值已用不同内容存过；请重新开始一笔储值。",
    },
    "topup_not_found": {
        "en": "No top-up {value}.",
        "zh_TW": "找不到儲值單 {value}。",
        "zh_CN": "找不到储值单 {value}。",
    },
    "topup_already_refunded": {
        "en": "This top-up was already refunded on {date}.",
        "zh_TW": "這筆儲值已於 {date} 退款。",
        "zh_CN": "这笔储值已于 {date} 退款。",
    },
    "topup_nothing_unused": {
        "en": "Nothing of this top-up is left unused; there is no money to give back.",
        "zh_TW": "這筆儲值已全部用完，沒有可退的金額。",
        "zh_CN": "这笔储值已全部用完，没有可退的金额。",
    },
    "wallet_balance_desc": {
        "en": "{amount} of stored value",
        "zh_TW": "儲值餘額 {amount}",
        "zh_CN": "储值余额 {amount}",
    },
    # --- session packages (app/programs/packages.py)
    "package_name_required": {
        "en": "Give the package a name.",
        "zh_TW": "請輸入方案名稱。",
        "zh_CN": "请输入方案名称。",
    },
    "package_sessions_invalid": {
        "en": "A package has from 1 to {max} sessions.",
        "zh_TW": "次數必須在 1 到 {max} 次之間。",
        "zh_CN": "次数必须在 1 到 {max} 次之间。",
    },
    "package_validity_both": {
        "en": "Give the validity in days or in months, not both.",
        "zh_TW": "有效期限請填天數或月數，擇一即可。",
        "zh_CN": "有效期限请填天数或月数，二选一。",
    },
    "package_validity_invalid": {
        "en": "The validity must be 1 to 3,650 days or 1 to 120 months.",
        "zh_TW": "有效期限必須是 1 到 3,650 天，或 1 到 120 個月。",
        "zh_CN": "有效期限必须是 1 到 3,650 天，或 1 到 120 个月。",
    },
    "package_type_not_found": {
        "en": "No package type {value}.",
        "zh_TW": "找不到方案 {value}。",
        "zh_CN": "找不到方案 {value}。",
    },
    "package_type_inactive": {
        "en": "{name} is no longer sold.",
        "zh_TW": "「{name}」已停售。",
        "zh_CN": "“{name}”已停售。",
    },
    "package_not_found": {
        "en": "No package {value}.",
        "zh_TW": "找不到套票 {value}。",
        "zh_CN": "找不到套票 {value}。",
    },
    "package_expired": {
        "en": "{name} expired on {date}; its sessions can no longer be used.",
        "zh_TW": "「{name}」已於 {date} 到期，剩餘次數不能再使用。",
        "zh_CN": "“{name}”已于 {date} 到期，剩余次数不能再使用。",
    },
    "package_used_up": {
        "en": "All {sessions} sessions of {name} have been used.",
        "zh_TW": "「{name}」的 {sessions} 次已全部用完。",
        "zh_CN": "“{name}”的 {sessions} 次已全部用完。",
    },
    "package_refunded": {
        "en": "{name} was refunded; it cannot be used or refunded again.",
        "zh_TW": "「{name}」已退款，不能再使用或退款。",
        "zh_CN": "“{name}”已退款，不能再使用或退款。",
    },
    "package_use_key_reused": {
        "en": "This use was already saved for another package; try again.",
        "zh_TW": "這次使用已記在另一張套票上；請再試一次。",
        "zh_CN": "这次使用已记在另一张套票上；请再试一次。",
    },
    "package_refund_elsewhere": {
        "en": "This sale sold the package {name}; refund it from the member's packages, which refunds the unused sessions.",
        "zh_TW": "這筆交易是套票「{name}」；請從會員的套票退款，系統會依未使用次數退費。",
        "zh_CN": "这笔交易是套票“{name}”；请从会员的套票退款，系统会按未使用次数退费。",
    },
    "package_adjust_range": {
        "en": "{name} has {left} of {sessions} sessions left; it cannot go below 0 or above {sessions}.",
        "zh_TW": "「{name}」共 {sessions} 次、剩 {left} 次；調整後不能少於 0 次或多於 {sessions} 次。",
        "zh_CN": "“{name}”共 {sessions} 次、剩 {left} 次；调整后不能少于 0 次或多于 {sessions} 次。",
    },
    "package_balance_desc": {
        "en": "{sessions} session(s) of {name}",
        "zh_TW": "「{name}」{sessions} 次",
        "zh_CN": "“{name}”{sessions} 次",
    },
    "package_balance_expiring": {
        "en": "{sessions} session(s) of {name} (expires {date}, in {days} days)",
        "zh_TW": "「{name}」{sessions} 次（{date} 到期，還有 {days} 天）",
        "zh_CN": "“{name}”{sessions} 次（{date} 到期，还有 {days} 天）",
    },
}
