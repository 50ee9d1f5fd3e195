"""Messages of the programs services, in the three shop languages (merged into
app.messages.CATALOG; same shape: code -> {"en", "zh_TW", "zh_CN"})."""
from __future__ import annotations

CATALOG: dict[str, dict[str, str]] = {
    "tier_name_required": {
        "en": "Tier {row} needs a name (at most 40 characters).",
        "zh_TW": "第 {row} 個等級需要名稱（最多 40 個字）。",
        "zh_CN": "第 {row} 个等级需要名称（最多 40 个字）。",
    },
    "tier_name_taken": {
        "en": "Two tiers are called “{name}”; give each its own name.",
        "zh_TW": "有兩個等級都叫「{name}」，請各取不同名稱。",
        "zh_CN": "有两个等级都叫“{name}”，请各取不同名称。",
    },
    "tier_colour_invalid": {
        "en": "Pick a colour for the tier “{name}”.",
        "zh_TW": "請為等級「{name}」選一個顏色。",
        "zh_CN": "请为等级“{name}”选一个颜色。",
    },
    "tier_threshold_invalid": {
        "en": "The tier “{name}” needs a threshold of 0 or more, on 12-month spend or visits.",
        "zh_TW": "等級「{name}」的門檻須為 0 以上（近 12 個月消費金額或來店次數）。",
        "zh_CN": "等级“{name}”的门槛须为 0 以上（近 12 个月消费金额或到店次数）。",
    },
    "tier_benefit_invalid": {
        "en": "The tier “{name}”: the discount must be 0–100% and the points multiplier at most ×10.",
        "zh_TW": "等級「{name}」：折扣須在 0–100% 之間，點數倍數最多 ×10。",
        "zh_CN": "等级“{name}”：折扣须在 0–100% 之间，积分倍数最多 ×10。",
    },
    "tier_thresholds_order": {
        "en": "The tier “{name}” must ask for more than the tier below it; list tiers from lowest to highest.",
        "zh_TW": "等級「{name}」的門檻須高於下一級；請由低到高排列等級。",
        "zh_CN": "等级“{name}”的门槛须高于下一级；请由低到高排列等级。",
    },
    "checkin_off": {
        "en": "Daily check-in points are switched off (Programs settings).",
        "zh_TW": "每日簽到點數未開啟（請到「會員方案」設定）。",
        "zh_CN": "每日签到积分未开启（请到“会员方案”设置）。",
    },
    "checkin_already": {
        "en": "{name} has already checked in today — see you tomorrow!",
        "zh_TW": "{name} 今天已經簽到過了，明天再來喔！",
        "zh_CN": "{name} 今天已经签到过了，明天再来哦！",
    },
    "stamp_reward_none": {
        "en": "{name} has no stamp-card reward waiting.",
        "zh_TW": "{name} 目前沒有可領取的集點獎勵。",
        "zh_CN": "{name} 目前没有可领取的集章奖励。",
    },
    "promotion_invalid": {
        "en": "The promotion “{name}” needs a name, a first and last day (the last not before the first) and a multiplier.",
        "zh_TW": "活動「{name}」需要名稱、開始與結束日期（結束不可早於開始）及倍數。",
        "zh_CN": "活动“{name}”需要名称、开始与结束日期（结束不可早于开始）及倍数。",
    },
}
