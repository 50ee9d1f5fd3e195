"""Messages from the shop's logic, in the three shop languages.

app/ cannot use Qt's translator (it must run without Qt: command line,
scripts), so the few messages the services produce live here; every screen
string lives in the Qt .ts files under resources/i18n.
"""
from __future__ import annotations

LANGS = ("zh_TW", "zh_CN", "en")
_current = "en"


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGS else "en"


def current_language() -> str:
    return _current


CATALOG: dict[str, dict[str, str]] = {
    "name_required": {
        "en": "Enter the member's name.",
        "zh_TW": "請輸入會員姓名。",
        "zh_CN": "请输入会员姓名。",
    },
    "name_too_long": {
        "en": "The name is too long (at most {max} characters).",
        "zh_TW": "姓名太長（最多 {max} 個字）。",
        "zh_CN": "姓名太长（最多 {max} 个字）。",
    },
    "name_bad_chars": {
        "en": "The name has characters that cannot be printed (such as emoji or control characters).",
        "zh_TW": "姓名含有無法列印的字元（例如表情符號或控制字元）。",
        "zh_CN": "姓名含有无法打印的字符（例如表情符号或控制字符）。",
    },
    "phone_required": {
        "en": "Enter a phone number.",
        "zh_TW": "請輸入電話號碼。",
        "zh_CN": "请输入电话号码。",
    },
    "phone_invalid": {
        "en": "“{value}” is not a phone number: use digits, spaces, dashes, brackets and an optional leading +.",
        "zh_TW": "「{value}」不是電話號碼：只能用數字、空格、橫線、括號，開頭可加 +。",
        "zh_CN": "“{value}”不是电话号码：只能用数字、空格、横线、括号，开头可加 +。",
    },
    "phone_length": {
        "en": "A phone number has 6 to 15 digits; “{value}” has {digits}.",
        "zh_TW": "電話號碼應有 6 到 15 位數字；「{value}」有 {digits} 位。",
        "zh_CN": "电话号码应有 6 到 15 位数字；“{value}”有 {digits} 位。",
    },
    "phone_taken": {
        "en": "This phone number already belongs to {name} (card {member_no}).",
        "zh_TW": "此電話號碼已屬於 {name}（卡號 {member_no}）。",
        "zh_CN": "此电话号码已属于 {name}（卡号 {member_no}）。",
    },
    "member_no_taken": {
        "en": "Card number {member_no} is already used by {name}.",
        "zh_TW": "卡號 {member_no} 已由 {name} 使用。",
        "zh_CN": "卡号 {member_no} 已由 {name} 使用。",
    },
    "member_no_invalid": {
        "en": "“{value}” is not a valid card number.",
        "zh_TW": "「{value}」不是有效的卡號。",
        "zh_CN": "“{value}”不是有效的卡号。",
    },
    "card_check_failed": {
        "en": "Card number {value} looks mistyped (its check character does not match). Please check it.",
        "zh_TW": "卡號 {value} 似乎輸入錯誤（檢查碼不符），請再確認。",
        "zh_CN": "卡号 {value} 似乎输入错误（校验码不符），请再确认。",
    },
    "gender_invalid": {
        "en": "Gender must be F, M, 女, 男 or blank; got “{value}”.",
        "zh_TW": "性別須為 F、M、女、男 或留空；收到「{value}」。",
        "zh_CN": "性别须为 F、M、女、男 或留空；收到“{value}”。",
    },
    "birthday_invalid": {
        "en": "“{value}” is not a birthday: use YYYY-MM-DD, or MM-DD when the year is unknown.",
        "zh_TW": "「{value}」不是有效生日：請用 YYYY-MM-DD，不知年份時用 MM-DD。",
        "zh_CN": "“{value}”不是有效生日：请用 YYYY-MM-DD，不知年份时用 MM-DD。",
    },
    "birthday_future": {
        "en": "The birthday {value} is in the future.",
        "zh_TW": "生日 {value} 在未來。",
        "zh_CN": "生日 {value} 在未来。",
    },
    "date_invalid": {
        "en": "“{value}” is not a date: use YYYY-MM-DD.",
        "zh_TW": "「{value}」不是日期：請用 YYYY-MM-DD。",
        "zh_CN": "“{value}”不是日期：请用 YYYY-MM-DD。",
    },
    "datetime_invalid": {
        "en": "“{value}” is not a date and time: use YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS].",
        "zh_TW": "「{value}」不是日期時間：請用 YYYY-MM-DD 或 YYYY-MM-DD HH:MM[:SS]。",
        "zh_CN": "“{value}”不是日期时间：请用 YYYY-MM-DD 或 YYYY-MM-DD HH:MM[:SS]。",
    },
    "amount_required": {
        "en": "Enter an amount.",
        "zh_TW": "請輸入金額。",
        "zh_CN": "请输入金额。",
    },
    "amount_invalid": {
        "en": "“{value}” is not an amount (for example 128.50 or 1,280).",
        "zh_TW": "「{value}」不是金額（例如 128.50 或 1,280）。",
        "zh_CN": "“{value}”不是金额（例如 128.50 或 1,280）。",
    },
    "amount_decimals": {
        "en": "“{value}” has more than two decimals.",
        "zh_TW": "「{value}」的小數超過兩位。",
        "zh_CN": "“{value}”的小数超过两位。",
    },
    "amount_not_positive": {
        "en": "The amount must be more than zero.",
        "zh_TW": "金額必須大於零。",
        "zh_CN": "金额必须大于零。",
    },
    "amount_too_large": {
        "en": "{value} is more than the largest amount allowed for one sale ({max}). Check the amount.",
        "zh_TW": "{value} 超過單筆上限（{max}），請檢查金額。",
        "zh_CN": "{value} 超过单笔上限（{max}），请检查金额。",
    },
    "points_invalid": {
        "en": "“{value}” is not a whole number of points.",
        "zh_TW": "「{value}」不是整數點數。",
        "zh_CN": "“{value}”不是整数积分。",
    },
    "points_not_positive": {
        "en": "The number of points must be more than zero.",
        "zh_TW": "點數必須大於零。",
        "zh_CN": "积分必须大于零。",
    },
    "points_step": {
        "en": "Points are spent in steps of {step}.",
        "zh_TW": "點數須以 {step} 點為單位折抵。",
        "zh_CN": "积分须以 {step} 分为单位抵扣。",
    },
    "not_enough_points": {
        "en": "{name} has {balance} points; {needed} are needed.",
        "zh_TW": "{name} 只有 {balance} 點，需要 {needed} 點。",
        "zh_CN": "{name} 只有 {balance} 积分，需要 {needed} 积分。",
    },
    "discount_exceeds_total": {
        "en": "The points discount ({discount}) is more than the sale ({total}).",
        "zh_TW": "點數折抵（{discount}）超過消費金額（{total}）。",
        "zh_CN": "积分抵扣（{discount}）超过消费金额（{total}）。",
    },
    "walkin_no_points": {
        "en": "A walk-in customer has no points to spend.",
        "zh_TW": "非會員沒有點數可折抵。",
        "zh_CN": "非会员没有积分可抵扣。",
    },
    "member_not_found": {
        "en": "No member found for “{value}”.",
        "zh_TW": "找不到「{value}」的會員。",
        "zh_CN": "找不到“{value}”的会员。",
    },
    "sale_not_found": {
        "en": "Sale {value} was not found.",
        "zh_TW": "找不到交易 {value}。",
        "zh_CN": "找不到交易 {value}。",
    },
    "sale_key_reused": {
        "en": "This sale was already saved with different details; start a new sale.",
        "zh_TW": "這筆交易已以不同內容儲存，請開新交易。",
        "zh_CN": "这笔交易已以不同内容保存，请开新交易。",
    },
    "refund_nothing_left": {
        "en": "This sale has already been refunded in full.",
        "zh_TW": "這筆交易已全額退款。",
        "zh_CN": "这笔交易已全额退款。",
    },
    "refund_too_much": {
        "en": "At most {max} can still be refunded on this sale.",
        "zh_TW": "這筆交易最多還能退 {max}。",
        "zh_CN": "这笔交易最多还能退 {max}。",
    },
    "refund_points_only": {
        "en": "This sale was paid entirely with points; void it to give the points back.",
        "zh_TW": "這筆交易全額以點數折抵，請作廢以退回點數。",
        "zh_CN": "这笔交易全额以积分抵扣，请作废以退回积分。",
    },
    "reason_required": {
        "en": "Give a reason.",
        "zh_TW": "請填寫原因。",
        "zh_CN": "请填写原因。",
    },
    "reward_not_found": {
        "en": "That reward does not exist.",
        "zh_TW": "找不到這個兌換品。",
        "zh_CN": "找不到这个兑换品。",
    },
    "reward_inactive": {
        "en": "“{name}” is not offered at the moment.",
        "zh_TW": "「{name}」目前未開放兌換。",
        "zh_CN": "“{name}”目前未开放兑换。",
    },
    "reward_out_of_stock": {
        "en": "“{name}” is out of stock.",
        "zh_TW": "「{name}」已無庫存。",
        "zh_CN": "“{name}”已无库存。",
    },
    "reward_name_required": {
        "en": "Enter the reward's name.",
        "zh_TW": "請輸入兌換品名稱。",
        "zh_CN": "请输入兑换品名称。",
    },
    "redemption_not_found": {
        "en": "That redemption was not found.",
        "zh_TW": "找不到這筆兌換。",
        "zh_CN": "找不到这笔兑换。",
    },
    "redemption_already_undone": {
        "en": "This redemption was already undone.",
        "zh_TW": "這筆兌換已經取消過了。",
        "zh_CN": "这笔兑换已经取消过了。",
    },
    "adjust_zero": {
        "en": "An adjustment must change the balance.",
        "zh_TW": "調整點數不可為 0。",
        "zh_CN": "调整积分不可为 0。",
    },
    "staff_name_required": {
        "en": "Enter the staff member's name.",
        "zh_TW": "請輸入員工姓名。",
        "zh_CN": "请输入员工姓名。",
    },
    "text_too_long": {
        "en": "The text is too long (at most {max} characters).",
        "zh_TW": "文字太長（最多 {max} 個字）。",
        "zh_CN": "文字太长（最多 {max} 个字）。",
    },
    # --- coupons and printing (app/coupons.py, app/printing) ---
    "coupon_name_required": {
        "en": "Give the coupon batch a name (for example “December win-back”).",
        "zh_TW": "請為這批優惠券命名（例如「十二月回購」）。",
        "zh_CN": "请为这批优惠券命名（例如“十二月回购”）。",
    },
    "coupon_kind_invalid": {
        "en": "“{value}” is not a coupon kind: use amount off, percent off or free item.",
        "zh_TW": "「{value}」不是優惠種類：請選折抵金額、折扣或免費兌換。",
        "zh_CN": "“{value}”不是优惠类型：请选立减金额、折扣或免费兑换。",
    },
    "coupon_percent_invalid": {
        "en": "A percentage off must be a whole number from 1 to 100; got “{value}”.",
        "zh_TW": "折扣百分比須為 1 到 100 的整數；收到「{value}」。",
        "zh_CN": "折扣百分比须为 1 到 100 的整数；收到“{value}”。",
    },
    "coupon_item_required": {
        "en": "Say which item is free.",
        "zh_TW": "請填寫免費兌換的品項。",
        "zh_CN": "请填写免费兑换的品项。",
    },
    "coupon_dates_invalid": {
        "en": "The last valid day ({valid_until}) is before the first ({valid_from}).",
        "zh_TW": "有效期限的最後一天（{valid_until}）早於第一天（{valid_from}）。",
        "zh_CN": "有效期的最后一天（{valid_until}）早于第一天（{valid_from}）。",
    },
    "coupon_count_invalid": {
        "en": "The number of coupons must be from 1 to {max}; got “{value}”.",
        "zh_TW": "優惠券張數須為 1 到 {max}；收到「{value}」。",
        "zh_CN": "优惠券张数须为 1 到 {max}；收到“{value}”。",
    },
    "coupon_batch_not_found": {
        "en": "Coupon batch {value} was not found.",
        "zh_TW": "找不到優惠券批次 {value}。",
        "zh_CN": "找不到优惠券批次 {value}。",
    },
    "coupon_not_found": {
        "en": "No coupon has the code “{coupon}”.",
        "zh_TW": "沒有代碼為「{coupon}」的優惠券。",
        "zh_CN": "没有代码为“{coupon}”的优惠券。",
    },
    "coupon_check_failed": {
        "en": "Coupon code {coupon} looks mistyped (its check character does not match). Please check it.",
        "zh_TW": "優惠券代碼 {coupon} 似乎輸入錯誤（檢查碼不符），請再確認。",
        "zh_CN": "优惠券代码 {coupon} 似乎输入错误（校验码不符），请再确认。",
    },
    "coupon_used": {
        "en": "Coupon {coupon} was already used on {when} at counter “{counter}”.",
        "zh_TW": "優惠券 {coupon} 已於 {when} 在櫃台「{counter}」使用過。",
        "zh_CN": "优惠券 {coupon} 已于 {when} 在收银台“{counter}”使用过。",
    },
    "coupon_not_yet": {
        "en": "Coupon {coupon} can be used from {date}.",
        "zh_TW": "優惠券 {coupon} 要到 {date} 才能使用。",
        "zh_CN": "优惠券 {coupon} 要到 {date} 才能使用。",
    },
    "coupon_expired": {
        "en": "Coupon {coupon} expired after {date}.",
        "zh_TW": "優惠券 {coupon} 已於 {date} 後過期。",
        "zh_CN": "优惠券 {coupon} 已于 {date} 后过期。",
    },
    "coupon_wrong_member": {
        "en": "Coupon {coupon} is only for {name} (card {member_no}).",
        "zh_TW": "優惠券 {coupon} 限 {name}（卡號 {member_no}）使用。",
        "zh_CN": "优惠券 {coupon} 限 {name}（卡号 {member_no}）使用。",
    },
    "coupon_min_spend": {
        "en": "This coupon needs a purchase of at least {min}; this sale is {total}.",
        "zh_TW": "此優惠券須消費滿 {min}；這筆消費為 {total}。",
        "zh_CN": "此优惠券须消费满 {min}；这笔消费为 {total}。",
    },
    "print_done": {
        "en": "Wrote {path}: {pages} page(s), {count} item(s).",
        "zh_TW": "已寫入 {path}：共 {pages} 頁、{count} 份。",
        "zh_CN": "已写入 {path}：共 {pages} 页、{count} 份。",
    },
    "print_batch_issued": {
        "en": "Issued coupon batch #{batch_id} “{name}” with {count} code(s).",
        "zh_TW": "已發出優惠券批次 #{batch_id}「{name}」，共 {count} 組代碼。",
        "zh_CN": "已发出优惠券批次 #{batch_id}“{name}”，共 {count} 组代码。",
    },
    "print_no_members": {
        "en": "No members match this list, so there is nothing to print.",
        "zh_TW": "沒有符合這份名單的會員，沒有東西可以列印。",
        "zh_CN": "没有符合这份名单的会员，没有东西可以打印。",
    },
    "print_image_unreadable": {
        "en": "The picture “{path}” cannot be read; choose a PNG or JPEG file.",
        "zh_TW": "無法讀取圖片「{path}」；請選擇 PNG 或 JPEG 檔。",
        "zh_CN": "无法读取图片“{path}”；请选择 PNG 或 JPEG 文件。",
    },
    "print_file_unwritable": {
        "en": "Cannot write “{path}”: {reason}. Choose another folder or file name.",
        "zh_TW": "無法寫入「{path}」：{reason}。請換一個資料夾或檔名。",
        "zh_CN": "无法写入“{path}”：{reason}。请换一个文件夹或文件名。",
    },
    "print_text_required": {
        "en": "Fill in the {what}.",
        "zh_TW": "請填寫{what}。",
        "zh_CN": "请填写{what}。",
    },
    "printer_failed": {
        "en": "The printer “{printer}” could not print: {reason}. Check that it is on and has paper, then try again.",
        "zh_TW": "印表機「{printer}」無法列印：{reason}。請確認已開機且有紙，再試一次。",
        "zh_CN": "打印机“{printer}”无法打印：{reason}。请确认已开机且有纸，再试一次。",
    },
    "setting_invalid": {
        "en": "The value for {key} is not valid: {value}.",
        "zh_TW": "{key} 的設定值無效：{value}。",
        "zh_CN": "{key} 的设置值无效：{value}。",
    },
    "referrer_not_found": {
        "en": "The referrer “{value}” is not a member.",
        "zh_TW": "推薦人「{value}」不是會員。",
        "zh_CN": "推荐人“{value}”不是会员。",
    },
    "csv_missing_column": {
        "en": "the required column “{column}” is missing from the header",
        "zh_TW": "標題列缺少必要欄位「{column}」",
        "zh_CN": "标题行缺少必要列“{column}”",
    },
    "csv_duplicate_in_file": {
        "en": "“{value}” appears again in this file (line {line})",
        "zh_TW": "「{value}」在檔案中重複出現（第 {line} 行）",
        "zh_CN": "“{value}”在文件中重复出现（第 {line} 行）",
    },
    "csv_not_utf8": {
        "en": "the file is not UTF-8 text; save it from Excel as “CSV UTF-8”",
        "zh_TW": "檔案不是 UTF-8 文字；請在 Excel 另存為「CSV UTF-8」",
        "zh_CN": "文件不是 UTF-8 文本；请在 Excel 另存为“CSV UTF-8”",
    },
    "database_not_empty": {
        "en": "The database already has members; the demo shop is only loaded into an empty one.",
        "zh_TW": "資料庫已有會員；示範商店只能載入空的資料庫。",
        "zh_CN": "数据库已有会员；示范商店只能载入空的数据库。",
    },
    "refund_key_reused": {
        "en": "This refund was already saved with different details; start a new refund.",
        "zh_TW": "這筆退款已以不同內容儲存，請重新開始退款。",
        "zh_CN": "这笔退款已以不同内容保存，请重新开始退款。",
    },
    "redemption_key_reused": {
        "en": "This redemption was already saved with different details; start a new one.",
        "zh_TW": "這筆兌換已以不同內容儲存，請重新開始兌換。",
        "zh_CN": "这笔兑换已以不同内容保存，请重新开始兑换。",
    },
    "line_invalid": {
        "en": "The line “{description}” needs a quantity of at least 1 and a price of zero or more.",
        "zh_TW": "品項「{description}」的數量至少為 1，單價不可為負。",
        "zh_CN": "品项“{description}”的数量至少为 1，单价不可为负。",
    },
    "stock_invalid": {
        "en": "Stock must be a whole number, zero or more (blank for unlimited); got “{value}”.",
        "zh_TW": "庫存須為 0 或以上的整數（留空表示不限）；收到「{value}」。",
        "zh_CN": "库存须为 0 或以上的整数（留空表示不限）；收到“{value}”。",
    },
    # --- follow-ups (app/followups.py, app/calls.py, app/complaints.py, app/segments.py) ---
    "followup_outcome_invalid": {
        "en": "“{value}” is not a call outcome: use reached, no answer, wrong number, will come in, not interested or do not call.",
        "zh_TW": "「{value}」不是通話結果：請選已聯絡上、未接、號碼錯誤、會再來、沒興趣或勿再來電。",
        "zh_CN": "“{value}”不是通话结果：请选已联系上、未接、号码错误、会再来、没兴趣或勿再来电。",
    },
    "followup_reason_invalid": {
        "en": "“{value}” is not a follow-up reason.",
        "zh_TW": "「{value}」不是追蹤原因。",
        "zh_CN": "“{value}”不是跟进原因。",
    },
    "followup_next_call_past": {
        "en": "The next call ({date}) must be after today.",
        "zh_TW": "下次聯絡日（{date}）必須在今天之後。",
        "zh_CN": "下次联系日（{date}）必须在今天之后。",
    },
    "followup_staff_not_found": {
        "en": "Staff member {value} was not found or no longer works here.",
        "zh_TW": "找不到員工 {value}，或此員工已離職。",
        "zh_CN": "找不到员工 {value}，或该员工已离职。",
    },
    "followup_no_staff": {
        "en": "Choose at least one staff member on shift to share the calls.",
        "zh_TW": "請至少選一位當班員工來分配電話。",
        "zh_CN": "请至少选一位当班员工来分配电话。",
    },
    "followup_owner_only": {
        "en": "Only the owner or a manager can do this.",
        "zh_TW": "只有店長或管理者可以執行此操作。",
        "zh_CN": "只有店长或管理者可以执行此操作。",
    },
    "followup_not_lost": {
        "en": "This member is not lost, so there is nothing to revive; they are still on the win-back calls.",
        "zh_TW": "這位會員並未流失，不需要恢復；他仍在喚回名單中。",
        "zh_CN": "这位会员并未流失，不需要恢复；他仍在唤回名单中。",
    },
    "followup_preset_unknown": {
        "en": "“{value}” is not a kind of shop; choose one of: {choices}.",
        "zh_TW": "「{value}」不是可選的店型；請選：{choices}。",
        "zh_CN": "“{value}”不是可选的店型；请选：{choices}。",
    },
    "followup_voucher_not_found": {
        "en": "Voucher {value} was not found.",
        "zh_TW": "找不到優惠券 {value}。",
        "zh_CN": "找不到优惠券 {value}。",
    },
    "complaint_what_required": {
        "en": "Describe what happened.",
        "zh_TW": "請描述發生了什麼事。",
        "zh_CN": "请描述发生了什么事。",
    },
    "complaint_severity_invalid": {
        "en": "“{value}” is not a severity: use low, medium or high.",
        "zh_TW": "「{value}」不是嚴重程度：請選輕微、一般或嚴重。",
        "zh_CN": "“{value}”不是严重程度：请选轻微、一般或严重。",
    },
    "complaint_resolution_required": {
        "en": "Say how the complaint was resolved.",
        "zh_TW": "請填寫客訴的處理結果。",
        "zh_CN": "请填写投诉的处理结果。",
    },
    "complaint_not_found": {
        "en": "Complaint {value} was not found.",
        "zh_TW": "找不到客訴 {value}。",
        "zh_CN": "找不到投诉 {value}。",
    },
    "complaint_already_resolved": {
        "en": "This complaint is already resolved.",
        "zh_TW": "這件客訴已經處理完畢。",
        "zh_CN": "这件投诉已经处理完毕。",
    },
    "segment_unknown": {
        "en": "“{value}” is not a member segment; choose one of: {choices}.",
        "zh_TW": "「{value}」不是會員分群；請選：{choices}。",
        "zh_CN": "“{value}”不是会员分群；请选：{choices}。",
    },
    # --- command line, import/export, demo, backup (app/cli.py, app/importexport.py, ...) ---
    "csv_empty": {
        "en": "the file is empty: the first line must be the header row",
        "zh_TW": "檔案是空的：第一行必須是標題列",
        "zh_CN": "文件是空的：第一行必须是标题行",
    },
    "csv_duplicate_column": {
        "en": "the column “{column}” appears twice in the header",
        "zh_TW": "標題列中「{column}」欄位出現兩次",
        "zh_CN": "标题行中“{column}”列出现两次",
    },
    "csv_unknown_column": {
        "en": "unknown column “{column}” is ignored",
        "zh_TW": "無法辨識的欄位「{column}」，已略過",
        "zh_CN": "无法识别的列“{column}”，已忽略",
    },
    "csv_extra_cells": {
        "en": "this row has {cells} cells but the header has {columns}; a value with a comma in it must be in double quotes",
        "zh_TW": "這一列有 {cells} 格，標題列只有 {columns} 欄；含逗號的內容須以雙引號括起來",
        "zh_CN": "这一行有 {cells} 格，标题行只有 {columns} 列；含逗号的内容须用双引号括起来",
    },
    "csv_malformed": {
        "en": "the file cannot be read as CSV: {detail}",
        "zh_TW": "無法以 CSV 格式讀取檔案：{detail}",
        "zh_CN": "无法按 CSV 格式读取文件：{detail}",
    },
    "csv_encoding_guess": {
        "en": "the file is not UTF-8 text (it looks like {encoding}); save it from Excel as “CSV UTF-8”",
        "zh_TW": "檔案不是 UTF-8 文字（看起來是 {encoding}）；請在 Excel 另存為「CSV UTF-8」",
        "zh_CN": "文件不是 UTF-8 文本（看起来是 {encoding}）；请在 Excel 另存为“CSV UTF-8”",
    },
    "csv_member_ref_required": {
        "en": "give the member's member_no or phone",
        "zh_TW": "請填寫會員的卡號（member_no）或電話（phone）",
        "zh_CN": "请填写会员的卡号（member_no）或电话（phone）",
    },
    "referrer_self": {
        "en": "a member cannot be their own referrer (“{value}”)",
        "zh_TW": "會員不能推薦自己（「{value}」）",
        "zh_CN": "会员不能推荐自己（“{value}”）",
    },
    "points_negative": {
        "en": "an opening points balance cannot be negative ({value})",
        "zh_TW": "期初點數不可為負數（{value}）",
        "zh_CN": "期初积分不能为负数（{value}）",
    },
    "date_future": {
        "en": "the date {value} is in the future",
        "zh_TW": "日期 {value} 在未來",
        "zh_CN": "日期 {value} 在未来",
    },
    "datetime_future": {
        "en": "{value} is in the future",
        "zh_TW": "{value} 是未來的時間",
        "zh_CN": "{value} 是未来的时间",
    },
    "file_unreadable": {
        "en": "Cannot read “{path}”: {reason}.",
        "zh_TW": "無法讀取「{path}」：{reason}。",
        "zh_CN": "无法读取“{path}”：{reason}。",
    },
    "file_unwritable": {
        "en": "Cannot write “{path}”: {reason}. Choose another folder or file name.",
        "zh_TW": "無法寫入「{path}」：{reason}。請換一個資料夾或檔名。",
        "zh_CN": "无法写入“{path}”：{reason}。请换一个文件夹或文件名。",
    },
    "import_refused": {
        "en": "{path}: {count} problem(s); nothing was imported. Fix the file and import it again.",
        "zh_TW": "{path}：有 {count} 個問題，未匯入任何資料。請修正檔案後再匯入。",
        "zh_CN": "{path}：有 {count} 个问题，未导入任何数据。请修正文件后再导入。",
    },
    "import_members_done": {
        "en": "Added {added} members from {path}.",
        "zh_TW": "已從 {path} 新增 {added} 位會員。",
        "zh_CN": "已从 {path} 新增 {added} 位会员。",
    },
    "import_members_dry_run": {
        "en": "{path} is fine: {added} members would be added (dry run, nothing written).",
        "zh_TW": "{path} 檢查無誤：將新增 {added} 位會員（試算，未寫入）。",
        "zh_CN": "{path} 检查无误：将新增 {added} 位会员（试运行，未写入）。",
    },
    "import_purchases_done": {
        "en": "Added {added} purchases from {path}; {skipped} already imported were skipped.",
        "zh_TW": "已從 {path} 新增 {added} 筆消費紀錄；{skipped} 筆先前已匯入，略過。",
        "zh_CN": "已从 {path} 新增 {added} 条消费记录；{skipped} 条先前已导入，已跳过。",
    },
    "import_purchases_dry_run": {
        "en": "{path} is fine: {added} purchases would be added, {skipped} already imported would be skipped (dry run, nothing written).",
        "zh_TW": "{path} 檢查無誤：將新增 {added} 筆消費紀錄，{skipped} 筆先前已匯入將略過（試算，未寫入）。",
        "zh_CN": "{path} 检查无误：将新增 {added} 条消费记录，{skipped} 条先前已导入将跳过（试运行，未写入）。",
    },
    "import_staff_added": {
        "en": "New staff added (as cashiers): {names}",
        "zh_TW": "已新增員工（身分為收銀員）：{names}",
        "zh_CN": "已新增员工（身份为收银员）：{names}",
    },
    "import_staff_would_add": {
        "en": "These staff would be added (as cashiers): {names}",
        "zh_TW": "將新增以下員工（身分為收銀員）：{names}",
        "zh_CN": "将新增以下员工（身份为收银员）：{names}",
    },
    "export_members_done": {
        "en": "Wrote {count} members to {path}.",
        "zh_TW": "已將 {count} 位會員寫入 {path}。",
        "zh_CN": "已将 {count} 位会员写入 {path}。",
    },
    "export_purchases_done": {
        "en": "Wrote {count} purchases to {path}.",
        "zh_TW": "已將 {count} 筆消費紀錄寫入 {path}。",
        "zh_CN": "已将 {count} 条消费记录写入 {path}。",
    },
    "export_walkins_skipped": {
        "en": "{count} walk-in sales (no member) were left out.",
        "zh_TW": "{count} 筆非會員消費未匯出。",
        "zh_CN": "{count} 笔非会员消费未导出。",
    },
    "init_done": {
        "en": "The database is ready: {url}",
        "zh_TW": "資料庫已就緒：{url}",
        "zh_CN": "数据库已就绪：{url}",
    },
    "check_ok": {
        "en": "ok: the database file and every ledger are consistent",
        "zh_TW": "ok：資料庫檔案與所有點數帳目皆一致",
        "zh_CN": "ok：数据库文件与所有积分账目均一致",
    },
    "check_problems": {
        "en": "{count} problem(s) found.",
        "zh_TW": "發現 {count} 個問題。",
        "zh_CN": "发现 {count} 个问题。",
    },
    "demo_done": {
        "en": "Demo shop “{shop_name}” as of {as_of}: {members} members, {purchases} purchases, {redemptions} redemptions, {refunds} refunds, {staff} staff, {rewards} rewards ({seconds:.1f} s).",
        "zh_TW": "示範商店「{shop_name}」（截至 {as_of}）：{members} 位會員、{purchases} 筆消費、{redemptions} 次兌換、{refunds} 筆退款、{staff} 位員工、{rewards} 項兌換品（{seconds:.1f} 秒）。",
        "zh_CN": "示范商店“{shop_name}”（截至 {as_of}）：{members} 位会员、{purchases} 笔消费、{redemptions} 次兑换、{refunds} 笔退款、{staff} 位员工、{rewards} 项兑换品（{seconds:.1f} 秒）。",
    },
    "backup_done": {
        "en": "Backup written to {path} ({size}).",
        "zh_TW": "備份已寫入 {path}（{size}）。",
        "zh_CN": "备份已写入 {path}（{size}）。",
    },
    "backup_not_sqlite": {
        "en": "Backup and restore here work on a SQLite database; for PostgreSQL use pg_dump and pg_restore.",
        "zh_TW": "這裡的備份與還原只適用於 SQLite 資料庫；PostgreSQL 請使用 pg_dump 與 pg_restore。",
        "zh_CN": "这里的备份与还原只适用于 SQLite 数据库；PostgreSQL 请使用 pg_dump 与 pg_restore。",
    },
    "backup_same_file": {
        "en": "“{path}” is the shop database itself; choose another file for the backup.",
        "zh_TW": "「{path}」就是商店資料庫本身；請選擇別的備份檔。",
        "zh_CN": "“{path}”就是商店数据库本身；请选择别的备份文件。",
    },
    "restore_done": {
        "en": "Restored the database from {path}.",
        "zh_TW": "已從 {path} 還原資料庫。",
        "zh_CN": "已从 {path} 还原数据库。",
    },
    "restore_kept": {
        "en": "The database as it was before is kept in {path}.",
        "zh_TW": "還原前的資料庫已保留在 {path}。",
        "zh_CN": "还原前的数据库已保留在 {path}。",
    },
    "restore_not_sqlite": {
        "en": "“{path}” is not a SQLite database file; nothing was restored.",
        "zh_TW": "「{path}」不是 SQLite 資料庫檔；未還原任何資料。",
        "zh_CN": "“{path}”不是 SQLite 数据库文件；未还原任何数据。",
    },
    "restore_unreadable": {
        "en": "“{path}” cannot be read as a database ({reason}); nothing was restored.",
        "zh_TW": "「{path}」無法讀取為資料庫（{reason}）；未還原任何資料。",
        "zh_CN": "“{path}”无法作为数据库读取（{reason}）；未还原任何数据。",
    },
    "restore_not_regulars": {
        "en": "“{path}” is a SQLite database but not a Regulars shop; nothing was restored.",
        "zh_TW": "「{path}」是 SQLite 資料庫，但不是熟客的商店資料；未還原任何資料。",
        "zh_CN": "“{path}”是 SQLite 数据库，但不是熟客的店铺数据；未还原任何数据。",
    },
    "restore_newer_schema": {
        "en": "“{path}” was made by a newer version of Regulars; update the app, then restore it.",
        "zh_TW": "「{path}」來自較新版本的熟客；請先更新程式再還原。",
        "zh_CN": "“{path}”来自较新版本的熟客；请先更新程序再还原。",
    },
    "restore_check_failed": {
        "en": "“{path}” fails the consistency check ({count} problem(s), listed above); nothing was restored.",
        "zh_TW": "「{path}」未通過一致性檢查（{count} 個問題，如上所列）；未還原任何資料。",
        "zh_CN": "“{path}”未通过一致性检查（{count} 个问题，如上所列）；未还原任何数据。",
    },
    "followups_unavailable": {
        "en": "The follow-up list is not available in this version of Regulars.",
        "zh_TW": "此版本的熟客尚未提供回訪名單。",
        "zh_CN": "此版本的熟客尚未提供回访名单。",
    },
    "gui_unavailable": {
        "en": "The window cannot open ({detail}). The commands still work: see “main.py --help”.",
        "zh_TW": "無法開啟視窗（{detail}）。指令仍可使用：請見「main.py --help」。",
        "zh_CN": "无法打开窗口（{detail}）。命令仍可使用：请见“main.py --help”。",
    },
    "database_unavailable": {
        "en": "Cannot open the database {url}: {reason}",
        "zh_TW": "無法開啟資料庫 {url}：{reason}",
        "zh_CN": "无法打开数据库 {url}：{reason}",
    },
    "internal_error": {
        "en": "Unexpected error (a bug in Regulars; nothing was saved by the interrupted step): {detail}",
        "zh_TW": "發生非預期的錯誤（熟客程式的錯誤；中斷的步驟未儲存任何資料）：{detail}",
        "zh_CN": "发生意外错误（熟客程序的错误；中断的步骤未保存任何数据）：{detail}",
    },
    # --- counter hardware (app/devices, app/receipts) ---
    "printer_not_set_up": {
        "en": "No receipt printer is set up on this computer. Set one up on the Devices page; the sale is saved either way.",
        "zh_TW": "這台電腦尚未設定收據印表機。請在「裝置」頁設定；交易已照常儲存。",
        "zh_CN": "这台电脑尚未设置小票打印机。请在“设备”页设置；交易已照常保存。",
    },
    "display_not_set_up": {
        "en": "No customer display is set up on this computer.",
        "zh_TW": "這台電腦尚未設定客顯。",
        "zh_CN": "这台电脑尚未设置客显。",
    },
    "device_target_required": {
        "en": "Enter where the device is connected: a port such as COM3 or /dev/ttyUSB0, a network address, or a printer name.",
        "zh_TW": "請輸入裝置的連接位置：連接埠（如 COM3 或 /dev/ttyUSB0）、網路位址或印表機名稱。",
        "zh_CN": "请输入设备的连接位置：端口（如 COM3 或 /dev/ttyUSB0）、网络地址或打印机名称。",
    },
    "device_baud_invalid": {
        "en": "{value} is not a baud rate the device can use; choose one from the list.",
        "zh_TW": "{value} 不是裝置可用的鮑率；請從清單中選擇。",
        "zh_CN": "{value} 不是设备可用的波特率；请从列表中选择。",
    },
    "device_host_invalid": {
        "en": "“{value}” is not a network address: use host or host:port (for example 192.168.1.50:9100).",
        "zh_TW": "「{value}」不是網路位址：請用 主機 或 主機:埠（例如 192.168.1.50:9100）。",
        "zh_CN": "“{value}”不是网络地址：请用 主机 或 主机:端口（例如 192.168.1.50:9100）。",
    },
    "device_usb_invalid": {
        "en": "“{value}” is not a USB printer id: use vendor:product in hexadecimal (for example 0416:5011).",
        "zh_TW": "「{value}」不是 USB 印表機代碼：請用十六進位的 廠商:產品（例如 0416:5011）。",
        "zh_CN": "“{value}”不是 USB 打印机代码：请用十六进制的 厂商:产品（例如 0416:5011）。",
    },
    "device_option_invalid": {
        "en": "The device setting “{name}” cannot be “{value}”.",
        "zh_TW": "裝置設定「{name}」不能是「{value}」。",
        "zh_CN": "设备设置“{name}”不能是“{value}”。",
    },
    "device_port_missing": {
        "en": "{port} was not found. Check the cable, and the port name on the Devices page.",
        "zh_TW": "找不到 {port}。請檢查連接線，以及「裝置」頁上的連接埠名稱。",
        "zh_CN": "找不到 {port}。请检查连接线，以及“设备”页上的端口名称。",
    },
    "device_port_busy": {
        "en": "{port} is in use by another program (or another copy of Regulars). Close it, then try again.",
        "zh_TW": "{port} 正被其他程式（或另一個熟客視窗）使用。請關閉後再試一次。",
        "zh_CN": "{port} 正被其他程序（或另一个熟客窗口）使用。请关闭后再试一次。",
    },
    "device_port_denied": {
        "en": "Regulars is not allowed to open {port} (on Linux, add this user to the “dialout” group).",
        "zh_TW": "熟客沒有權限開啟 {port}（Linux 請將此使用者加入「dialout」群組）。",
        "zh_CN": "熟客没有权限打开 {port}（Linux 请将此用户加入“dialout”组）。",
    },
    "device_disconnected": {
        "en": "The connection to {port} was lost (cable pulled or device turned off). Reconnect it, then try again.",
        "zh_TW": "與 {port} 的連線中斷（連接線脫落或裝置關機）。請重新連接後再試一次。",
        "zh_CN": "与 {port} 的连接中断（连接线脱落或设备关机）。请重新连接后再试一次。",
    },
    "device_timeout": {
        "en": "The device on {port} is not responding: check that it is on, has paper and its lid is closed, then try again.",
        "zh_TW": "{port} 上的裝置沒有回應：請確認已開機、有紙且上蓋已關好，再試一次。",
        "zh_CN": "{port} 上的设备没有响应：请确认已开机、有纸且上盖已关好，再试一次。",
    },
    "device_unreachable": {
        "en": "Cannot reach the printer at {port} ({reason}). Check that it is on and connected to the network.",
        "zh_TW": "無法連到位於 {port} 的印表機（{reason}）。請確認已開機並連上網路。",
        "zh_CN": "无法连接位于 {port} 的打印机（{reason}）。请确认已开机并连上网络。",
    },
    "device_unsupported": {
        "en": "Printing over {connection} needs {package}, which is not installed on this computer.",
        "zh_TW": "透過 {connection} 列印需要 {package}，這台電腦尚未安裝。",
        "zh_CN": "通过 {connection} 打印需要 {package}，这台电脑尚未安装。",
    },
    "device_error": {
        "en": "The device on {port} failed: {reason}",
        "zh_TW": "{port} 上的裝置發生問題：{reason}",
        "zh_CN": "{port} 上的设备出现问题：{reason}",
    },
    "print_job_interrupted": {
        "en": "Regulars closed while this was printing; part of it may have come out. Retry or skip it.",
        "zh_TW": "列印途中熟客被關閉，可能只印出一部分。請重印或略過。",
        "zh_CN": "打印途中熟客被关闭，可能只打印出一部分。请重试或跳过。",
    },
    "print_job_not_found": {
        "en": "That print job no longer exists.",
        "zh_TW": "該列印工作已不存在。",
        "zh_CN": "该打印任务已不存在。",
    },
    "print_job_already_printed": {
        "en": "This has already printed; use Reprint for another copy.",
        "zh_TW": "這張已經印好；要再印一張請用「補印」。",
        "zh_CN": "这张已经打印好；要再打印一张请用“补打”。",
    },
    "print_job_printing": {
        "en": "This is printing right now; wait for it to finish.",
        "zh_TW": "正在列印中，請稍候。",
        "zh_CN": "正在打印中，请稍候。",
    },
    "nothing_to_reprint": {
        "en": "There is no receipt to reprint yet.",
        "zh_TW": "目前沒有可補印的收據。",
        "zh_CN": "目前没有可补打的小票。",
    },
    "refund_not_found": {
        "en": "Refund {value} was not found.",
        "zh_TW": "找不到退款 {value}。",
        "zh_CN": "找不到退款 {value}。",
    },
    "scan_garbage": {
        "en": "A scan was ignored: the scanner sent unreadable data. Scan again (if this keeps happening, check the scanner's baud rate).",
        "zh_TW": "已忽略一次掃描：掃描器傳來無法辨識的資料。請再掃一次（若一直發生，請檢查掃描器的鮑率）。",
        "zh_CN": "已忽略一次扫描：扫描器传来无法识别的数据。请再扫一次（若一直发生，请检查扫描器的波特率）。",
    },
    "scan_incomplete": {
        "en": "A scan was ignored: only part of a code arrived (“{text}”). Scan again.",
        "zh_TW": "已忽略一次掃描：只收到部分條碼（「{text}」）。請再掃一次。",
        "zh_CN": "已忽略一次扫描：只收到部分条码（“{text}”）。请再扫一次。",
    },
}

# Feature areas keep their messages in their own module (fewer edits to one
# shared file); a code may be defined once only.
from app import messages_backup as _backup  # noqa: E402
from app import messages_programs as _programs  # noqa: E402
from app import messages_trust as _trust  # noqa: E402
from app import messages_wallet as _wallet  # noqa: E402

for _extra in (_trust.CATALOG, _backup.CATALOG, _programs.CATALOG, _wallet.CATALOG):
    _clash = CATALOG.keys() & _extra.keys()
    assert not _clash, f"message codes defined twice: {sorted(_clash)}"
    CATALOG.update(_extra)


def text(code: str, lang: str | None = None, **params) -> str:
    """The message ``code`` in ``lang`` (default: the current language)."""
    entry = CATALOG[code]
    template = entry.get(lang or _current) or entry["en"]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
