<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <source>Programs</source>
            <translation>會員方案</translation>
        </message>
    </context>
    <context>
        <name>ProgramsPage</name>
        <message>
            <source>Membership tiers</source>
            <translation>會員等級</translation>
        </message>
        <message>
            <source>From lowest to highest. A member moves up at the sale that reaches a threshold (spend or visits in the last 12 months; imported history counts) and is reviewed, down as well as up, on the date below.</source>
            <translation>由低到高排列。會員在達到門檻的那筆消費當下升級（近 12 個月的消費金額或來店次數，匯入的歷史消費也算），並在下方的日期重新評定，可升也可降。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>顏色</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>計算依據</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>門檻</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數倍數</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>會員數</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>新增等級</translation>
        </message>
        <message>
            <source>Remove tier</source>
            <translation>刪除等級</translation>
        </message>
        <message>
            <source>Review tiers:</source>
            <translation>重新評定等級：</translation>
        </message>
        <message>
            <source>never</source>
            <translation>不評定</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>every quarter</source>
            <translation>每季</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>每年</translation>
        </message>
        <message>
            <source>month </source>
            <translation>月份 </translation>
        </message>
        <message>
            <source>day </source>
            <translation>日期 </translation>
        </message>
        <message>
            <source>Points rules</source>
            <translation>點數規則</translation>
        </message>
        <message>
            <source>Multipliers multiply: a member day ×2 on the birthday ×2 of a ×1.5 tier earns ×6, up to the cap. Points are rounded once, at the end, by the shop's earning rule.</source>
            <translation>倍數相乘：×1.5 等級的會員在生日（×2）遇上會員日（×2）可得 ×6，最多到上限。點數依本店的集點規則在最後進位一次。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>a day of the month</source>
            <translation>每月的某一天</translation>
        </message>
        <message>
            <source>a weekday</source>
            <translation>每週的某一天</translation>
        </message>
        <message>
            <source>In a shorter month its last day is the member day.</source>
            <translation>當月沒有這一天時，以月底最後一天為會員日。</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <source>Member day:</source>
            <translation>會員日：</translation>
        </message>
        <message>
            <source>on the day</source>
            <translation>生日當天</translation>
        </message>
        <message>
            <source>that week (3 days either side)</source>
            <translation>生日週（前後各 3 天）</translation>
        </message>
        <message>
            <source>that month</source>
            <translation>生日當月</translation>
        </message>
        <message>
            <source>Birthday:</source>
            <translation>生日：</translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>無上限</translation>
        </message>
        <message>
            <source>At most:</source>
            <translation>倍數上限：</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Add category</source>
            <translation>新增類別</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Per category:</source>
            <translation>依類別：</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>活動</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>開始日</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>結束日</translation>
        </message>
        <message>
            <source>Category (blank: all)</source>
            <translation>類別（空白為全部）</translation>
        </message>
        <message>
            <source>Add promotion</source>
            <translation>新增活動</translation>
        </message>
        <message>
            <source>Promotions:</source>
            <translation>限期活動：</translation>
        </message>
        <message>
            <source>Expiry, stamps, referrals, check-in</source>
            <translation>點數期限、集點卡、推薦、簽到</translation>
        </message>
        <message>
            <source> months after earning</source>
            <translation> 個月後到期（自獲得起算）</translation>
        </message>
        <message>
            <source>Points expire:</source>
            <translation>點數期限：</translation>
        </message>
        <message>
            <source> days ahead</source>
            <translation> 天前提醒</translation>
        </message>
        <message>
            <source>Warn the cashier:</source>
            <translation>提醒收銀員：</translation>
        </message>
        <message>
            <source>no stamp card</source>
            <translation>不使用集點卡</translation>
        </message>
        <message>
            <source> stamps a card</source>
            <translation> 點集滿一張</translation>
        </message>
        <message>
            <source> given at sign-up</source>
            <translation> 點入會即送</translation>
        </message>
        <message>
            <source>Stamp card:</source>
            <translation>集點卡：</translation>
        </message>
        <message>
            <source>A stamp for a sale of at least:</source>
            <translation>單筆消費滿此金額蓋一點：</translation>
        </message>
        <message>
            <source>e.g. a free wash</source>
            <translation>例如：免費洗髮一次</translation>
        </message>
        <message>
            <source>A full card gives:</source>
            <translation>集滿可換：</translation>
        </message>
        <message>
            <source>off</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source> points</source>
            <translation> 點</translation>
        </message>
        <message>
            <source>Referrer earns at the first purchase:</source>
            <translation>被推薦人首次消費時，推薦人可得：</translation>
        </message>
        <message>
            <source>Daily check-in:</source>
            <translation>每日簽到：</translation>
        </message>
        <message>
            <source>Save programmes</source>
            <translation>儲存方案</translation>
        </message>
        <message>
            <source>12-month spend</source>
            <translation>近 12 個月消費</translation>
        </message>
        <message>
            <source>12-month visits</source>
            <translation>近 12 個月來店次數</translation>
        </message>
        <message>
            <source>Tier colour</source>
            <translation>等級顏色</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change these.</source>
            <translation>只有店主或店長可以修改。</translation>
        </message>
        <message>
            <source>Programmes saved.</source>
            <translation>會員方案已儲存。</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Expired</source>
            <translation>點數到期</translation>
        </message>
        <message>
            <source>Referral bonus</source>
            <translation>推薦獎勵</translation>
        </message>
        <message>
            <source>Daily check-in</source>
            <translation>每日簽到</translation>
        </message>
    </context>
    <context>
        <name>ProgramsStrip</name>
        <message>
            <source>%1 more to %2</source>
            <translation>再消費 %1 升級%2</translation>
        </message>
        <message numerus="yes">
            <source>%n more visit(s) to %1</source>
            <translation>
                <numerusform>再來店 %n 次升級%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Stamps %1/%2</source>
            <translation>集點 %1/%2</translation>
        </message>
        <message>
            <source>%1 reward(s) to hand over: %2</source>
            <translation>有 %1 份獎勵待領取：%2</translation>
        </message>
        <message>
            <source>%1 points expire after %2</source>
            <translation>%1 點將於 %2 後到期</translation>
        </message>
        <message>
            <source>Checked in today</source>
            <translation>今日已簽到</translation>
        </message>
        <message>
            <source>Check in +%1  Ctrl+K</source>
            <translation>簽到 +%1 點  Ctrl+K</translation>
        </message>
        <message>
            <source>(%1 -%2)</source>
            <translation>（%1 -%2）</translation>
        </message>
        <message>
            <source>member day ×%1</source>
            <translation>會員日 ×%1</translation>
        </message>
        <message>
            <source>birthday ×%1</source>
            <translation>生日 ×%1</translation>
        </message>
        <message>
            <source>capped at ×%1</source>
            <translation>上限 ×%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <source>Points: %1</source>
            <translation>點數倍數：%1</translation>
        </message>
        <message>
            <source>Tier discount -%1</source>
            <translation>等級折扣 -%1</translation>
        </message>
        <message>
            <source>Upgraded to %1!</source>
            <translation>升級為%1！</translation>
        </message>
        <message>
            <source>Stamp card complete: %1</source>
            <translation>集點卡集滿：%1</translation>
        </message>
        <message>
            <source>%1 earns %2 points for the referral</source>
            <translation>推薦人 %1 獲得 %2 點</translation>
        </message>
        <message>
            <source>Checked in: +%1 points</source>
            <translation>簽到成功：+%1 點</translation>
        </message>
        <message>
            <source>Give reward: %1</source>
            <translation>兌換獎勵：%1</translation>
        </message>
        <message>
            <source>Last 12 months: %1 spent, %2 visits</source>
            <translation>近 12 個月：消費 %1，來店 %2 次</translation>
        </message>
        <message>
            <source>Reward given: %1</source>
            <translation>已兌換：%1</translation>
        </message>
    </context>
</TS>
