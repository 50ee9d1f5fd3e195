<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>AdjustPointsDialog</name>
        <message>
            <source>Adjust points</source>
            <translation>調整點數</translation>
        </message>
        <message>
            <source>%1 has %2 points.</source>
            <translation>%1 目前有 %2 點。</translation>
        </message>
        <message>
            <source>e.g. 50 to add, -20 to take away</source>
            <translation>例如 50 為加點，-20 為扣點</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>Goodwill gesture</source>
            <translation>客訴補償／好意贈點</translation>
        </message>
        <message>
            <source>Correction of a mistake</source>
            <translation>更正錯誤</translation>
        </message>
        <message>
            <source>Birthday gift</source>
            <translation>生日禮</translation>
        </message>
        <message>
            <source>Points carried over from a paper card</source>
            <translation>紙本集點卡轉入</translation>
        </message>
        <message>
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Adjust</source>
            <translation>調整</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Regulars</source>
            <translation>熟客</translation>
        </message>
        <message>
            <source>The shop database could not be opened:
%1

Details are in %2.</source>
            <translation>無法開啟店家資料庫：
%1

詳細記錄在 %2。</translation>
        </message>
    </context>
    <context>
        <name>BugDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>發生問題</translation>
        </message>
        <message>
            <source>Regulars ran into a problem it did not expect. What was already saved is safe; the last action may not have been completed, so please check it.</source>
            <translation>熟客遇到了預期外的問題。已儲存的資料都安全；但剛才的操作可能沒有完成，請再確認一次。</translation>
        </message>
        <message>
            <source>Details were written to %1.</source>
            <translation>詳細記錄已寫入 %1。</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>顯示詳細資訊</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>複製詳細資訊</translation>
        </message>
    </context>
    <context>
        <name>CounterTab</name>
        <message>
            <source>Scan a card, or type a phone number, its last 4 digits or a name</source>
            <translation>刷會員卡，或輸入電話、電話末 4 碼或姓名</translation>
        </message>
        <message>
            <source>e.g. 128.50</source>
            <translation>例如 128.50</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>金額(&amp;A)</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>選填</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>類別(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Payment</source>
            <translation>付款方式(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Use points</source>
            <translation>點數折抵(&amp;U)</translation>
        </message>
        <message>
            <source>Record sale  F2</source>
            <translation>記錄消費  F2</translation>
        </message>
        <message>
            <source>Redeem reward  F3</source>
            <translation>兌換贈品  F3</translation>
        </message>
        <message>
            <source>Refund  F4</source>
            <translation>退款  F4</translation>
        </message>
        <message>
            <source>New member  F5</source>
            <translation>新會員  F5</translation>
        </message>
        <message>
            <source>Walk-in  F6</source>
            <translation>散客  F6</translation>
        </message>
        <message>
            <source>History  F7</source>
            <translation>消費紀錄  F7</translation>
        </message>
        <message>
            <source>Adjust points  F8</source>
            <translation>調整點數  F8</translation>
        </message>
        <message>
            <source>%1   %2   %3   %4 pts</source>
            <translation>%1   %2   %3   %4 點</translation>
        </message>
        <message>
            <source>Recent sales</source>
            <translation>最近消費</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>找到 %n 位</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 points = %2 off</source>
            <translation>%1 點可折抵 %2</translation>
        </message>
        <message>
            <source>= %1 off</source>
            <translation>＝折抵 %1</translation>
        </message>
        <message>
            <source>The points discount is more than the amount.</source>
            <translation>點數折抵超過消費金額。</translation>
        </message>
        <message>
            <source>To pay: %1</source>
            <translation>應付：%1</translation>
        </message>
        <message numerus="yes">
            <source>earns %n point(s)</source>
            <translation>
                <numerusform>可得 %n 點</numerusform>
            </translation>
        </message>
        <message>
            <source>Already saved: %1</source>
            <translation>之前已儲存：%1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>已儲存：%1</translation>
        </message>
        <message>
            <source>%1 points used</source>
            <translation>使用 %1 點</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>散客</translation>
        </message>
        <message>
            <source>+%1 points</source>
            <translation>+%1 點</translation>
        </message>
        <message>
            <source>balance %1</source>
            <translation>餘額 %1 點</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Not saved — see the message above.</source>
            <translation>未儲存，請看上方的說明。</translation>
        </message>
        <message>
            <source>Not saved because of an unexpected problem. Press F2 to try again.</source>
            <translation>因預期外的問題未儲存。請按 F2 再試一次。</translation>
        </message>
        <message>
            <source>(refunded)</source>
            <translation>（已退款）</translation>
        </message>
        <message>
            <source>(partly refunded)</source>
            <translation>（部分退款）</translation>
        </message>
        <message>
            <source>Find the member first (scan the card or search).</source>
            <translation>請先找到會員（刷卡或搜尋）。</translation>
        </message>
        <message>
            <source>Redeemed: %1, -%2 points, balance %3</source>
            <translation>已兌換：%1，扣 %2 點，餘額 %3 點</translation>
        </message>
        <message>
            <source>Refunded: %1</source>
            <translation>已退款：%1</translation>
        </message>
        <message>
            <source>-%1 points</source>
            <translation>扣回 %1 點</translation>
        </message>
        <message>
            <source>+%1 points returned</source>
            <translation>退回 %1 點</translation>
        </message>
        <message>
            <source>Points adjusted: %1, balance %2</source>
            <translation>點數已調整：%1，餘額 %2 點</translation>
        </message>
        <message>
            <source>New member: %1, card %2</source>
            <translation>新會員：%1，卡號 %2</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Regulars</source>
            <translation>熟客</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Member history</source>
            <translation>會員紀錄</translation>
        </message>
        <message>
            <source>points</source>
            <translation>點</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折抵</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <source>Points +</source>
            <translation>點數 +</translation>
        </message>
        <message>
            <source>Points −</source>
            <translation>點數 −</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>What</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>餘額</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Shortfall</source>
            <translation>不足扣回</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>贈品</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消費</translation>
        </message>
        <message>
            <source>Points ledger</source>
            <translation>點數明細</translation>
        </message>
        <message>
            <source>Rewards</source>
            <translation>兌換</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>載入中…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>期初點數</translation>
        </message>
        <message>
            <source>Earned on a purchase</source>
            <translation>消費累積</translation>
        </message>
        <message>
            <source>Spent as a discount</source>
            <translation>折抵消費</translation>
        </message>
        <message>
            <source>Taken back (refund)</source>
            <translation>扣回（退款）</translation>
        </message>
        <message>
            <source>Given back (refund)</source>
            <translation>退回（退款）</translation>
        </message>
        <message>
            <source>Reward undone</source>
            <translation>取消兌換</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>手動調整</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Partly refunded</source>
            <translation>部分退款</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>已作廢</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已兌換</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>現金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>行動支付</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>轉帳</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Card %1 · %2 · joined %3 · last visit %4</source>
            <translation>卡號 %1 · %2 · %3 入會 · 上次消費 %4</translation>
        </message>
        <message>
            <source>History: %1</source>
            <translation>消費紀錄：%1</translation>
        </message>
        <message>
            <source>%1 points could not be taken back</source>
            <translation>%1 點無法扣回</translation>
        </message>
        <message>
            <source>Purchases (%1)</source>
            <translation>消費（%1）</translation>
        </message>
        <message>
            <source>Points ledger (%1)</source>
            <translation>點數明細（%1）</translation>
        </message>
        <message>
            <source>Rewards (%1)</source>
            <translation>兌換（%1）</translation>
        </message>
        <message>
            <source>Showing the latest 500 purchases.</source>
            <translation>只顯示最近 500 筆消費。</translation>
        </message>
        <message>
            <source>The history could not be loaded.</source>
            <translation>無法載入紀錄。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Counter</source>
            <translation>櫃檯</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>處理中…</translation>
        </message>
        <message>
            <source>Cashier:</source>
            <translation>收銀員：</translation>
        </message>
        <message>
            <source>Regulars</source>
            <translation>熟客</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Sign up a member</source>
            <translation>新增會員</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>編輯會員</translation>
        </message>
        <message>
            <source>e.g. 0912-345-678</source>
            <translation>例如 0912-345-678</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>不提供</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or MM-DD</source>
            <translation>YYYY-MM-DD 或 MM-DD</translation>
        </message>
        <message>
            <source>Card no. or phone of the referrer</source>
            <translation>推薦人的卡號或電話</translation>
        </message>
        <message>
            <source>Shift+Enter for a new line</source>
            <translation>按 Shift+Enter 換行</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性別</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>推薦人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>The year may be left out: 03-15 is the 15th of March.</source>
            <translation>年份可省略：03-15 就是 3 月 15 日。</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>加入會員</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Card %1 · %2 points · joined %3</source>
            <translation>卡號 %1 · %2 點 · %3 入會</translation>
        </message>
        <message>
            <source>Edit member: %1</source>
            <translation>編輯會員：%1</translation>
        </message>
        <message>
            <source>Something went wrong and nothing was saved. Please try again.</source>
            <translation>發生問題，沒有儲存任何資料。請再試一次。</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message>
            <source>Walk-in customer — scan a card or search to add points.</source>
            <translation>散客（非會員）— 刷卡或搜尋會員即可累積點數。</translation>
        </message>
        <message>
            <source>Card %1 · %2</source>
            <translation>卡號 %1 · %2</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>Last visit: %1</source>
            <translation>上次消費：%1</translation>
        </message>
        <message>
            <source>Birthday today!</source>
            <translation>今天生日！</translation>
        </message>
        <message numerus="yes">
            <source>Birthday in %n day(s)</source>
            <translation>
                <numerusform>%n 天後生日</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Card no.</source>
            <translation>卡號</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>上次消費</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性別</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入會日</translation>
        </message>
        <message>
            <source>No purchases yet</source>
            <translation>尚無消費</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>昨天</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Search by card no., phone, last 4 digits or name</source>
            <translation>以卡號、電話、末 4 碼或姓名搜尋</translation>
        </message>
        <message>
            <source>Any gender</source>
            <translation>不限性別</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Gender not given</source>
            <translation>未填性別</translation>
        </message>
        <message>
            <source>Any last visit</source>
            <translation>不限上次消費</translation>
        </message>
        <message>
            <source>Visited in the last 30 days</source>
            <translation>30 天內來過</translation>
        </message>
        <message>
            <source>Visited in the last 90 days</source>
            <translation>90 天內來過</translation>
        </message>
        <message>
            <source>No visit for 90 days or more</source>
            <translation>90 天以上沒來</translation>
        </message>
        <message>
            <source>No visit for 180 days or more</source>
            <translation>180 天以上沒來</translation>
        </message>
        <message>
            <source>No visit for a year or more</source>
            <translation>一年以上沒來</translation>
        </message>
        <message>
            <source>Never bought anything</source>
            <translation>從未消費</translation>
        </message>
        <message>
            <source>Joined any time</source>
            <translation>不限入會日</translation>
        </message>
        <message>
            <source>Joined this month</source>
            <translation>本月入會</translation>
        </message>
        <message>
            <source>Joined in the last 30 days</source>
            <translation>30 天內入會</translation>
        </message>
        <message>
            <source>Joined this year</source>
            <translation>今年入會</translation>
        </message>
        <message>
            <source>Joined between…</source>
            <translation>入會日介於…</translation>
        </message>
        <message>
            <source>Joined on or after</source>
            <translation>入會日起</translation>
        </message>
        <message>
            <source>Joined on or before</source>
            <translation>入會日止</translation>
        </message>
        <message>
            <source>Birthday this month</source>
            <translation>本月壽星</translation>
        </message>
        <message>
            <source>Has points</source>
            <translation>有點數</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除篩選</translation>
        </message>
        <message>
            <source>Sign up…</source>
            <translation>新增會員…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編輯…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>消費紀錄…</translation>
        </message>
        <message>
            <source>Open at counter</source>
            <translation>到櫃檯結帳</translation>
        </message>
        <message>
            <source>Sign up a new member (Ctrl+N)</source>
            <translation>新增會員（Ctrl+N）</translation>
        </message>
        <message>
            <source>Edit the selected member (Enter or double-click)</source>
            <translation>編輯選取的會員（Enter 或按兩下）</translation>
        </message>
        <message>
            <source>Purchases, points and rewards of the selected member (Ctrl+H)</source>
            <translation>選取會員的消費、點數與兌換紀錄（Ctrl+H）</translation>
        </message>
        <message>
            <source>Show the selected member at the counter (Ctrl+O)</source>
            <translation>在櫃檯顯示選取的會員（Ctrl+O）</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>加入會員</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>History</source>
            <translation>消費紀錄</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>計算中…</translation>
        </message>
        <message>
            <source>No members found</source>
            <translation>找不到會員</translation>
        </message>
        <message>
            <source>No members yet</source>
            <translation>還沒有會員</translation>
        </message>
        <message numerus="yes">
            <source>%1 member(s) found</source>
            <translation>
                <numerusform>找到 %1 位會員</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 member(s)</source>
            <translation>
                <numerusform>共 %1 位會員</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not load the members list: %1</source>
            <translation>無法載入會員清單：%1</translation>
        </message>
        <message>
            <source>New member: %1, card %2</source>
            <translation>新會員：%1，卡號 %2</translation>
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <source>You, the owner</source>
            <translation>店主資料</translation>
        </message>
        <message>
            <source>The first staff member. Add cashiers later; each sale records who made it.</source>
            <translation>第一位員工就是您。之後可再新增收銀員；每筆消費都會記錄經手人。</translation>
        </message>
        <message>
            <source>your name</source>
            <translation>您的姓名</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>姓名</translation>
        </message>
        <message numerus="yes">
            <source>Load the demo shop (%n members with two years of sales) to try things out</source>
            <translation>
                <numerusform>載入示範商店（%n 位會員、兩年的消費紀錄）先試用看看</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo shop is not available in this version.</source>
            <translation>此版本沒有示範商店。</translation>
        </message>
    </context>
    <context>
        <name>Payment</name>
        <message>
            <source>Cash</source>
            <translation>現金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <source>Mobile pay</source>
            <translation>行動支付</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>轉帳</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>PointsPage</name>
        <message>
            <source>Points rule</source>
            <translation>集點規則</translation>
        </message>
        <message>
            <source>How members earn points, and what points are worth. You can change this later.</source>
            <translation>會員如何累積點數，以及點數的價值。之後可以再修改。</translation>
        </message>
        <message>
            <source>For every</source>
            <translation>每消費</translation>
        </message>
        <message>
            <source>spent, earn</source>
            <translation>可累積</translation>
        </message>
        <message>
            <source>point(s)</source>
            <translation>點</translation>
        </message>
        <message>
            <source>Earn</source>
            <translation>累積</translation>
        </message>
        <message>
            <source>Round down (128.50 spent → 128 points)</source>
            <translation>無條件捨去（消費 128.50 → 128 點）</translation>
        </message>
        <message>
            <source>Round to nearest</source>
            <translation>四捨五入</translation>
        </message>
        <message>
            <source>Round up</source>
            <translation>無條件進位</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>尾數處理</translation>
        </message>
        <message>
            <source>Minimum spend to earn</source>
            <translation>最低消費門檻</translation>
        </message>
        <message>
            <source>points give a discount of</source>
            <translation>點可折抵</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>折抵</translation>
        </message>
        <message numerus="yes">
            <source>Example: a sale of %1 earns %n point(s).</source>
            <translation>
                <numerusform>例如：消費 %1 可得 %n 點。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RedeemDialog</name>
        <message>
            <source>Redeem a reward</source>
            <translation>兌換贈品</translation>
        </message>
        <message>
            <source>%1 has %2 points.</source>
            <translation>%1 目前有 %2 點。</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>贈品</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>庫存</translation>
        </message>
        <message>
            <source>No rewards are offered yet.</source>
            <translation>目前還沒有可兌換的贈品。</translation>
        </message>
        <message>
            <source>Redeem</source>
            <translation>兌換</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Out of stock</source>
            <translation>已無庫存</translation>
        </message>
        <message>
            <source>Not enough points</source>
            <translation>點數不足</translation>
        </message>
        <message>
            <source>Choose a reward the member can afford.</source>
            <translation>請選擇會員點數足夠兌換的贈品。</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>Refund a sale</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Recent sales of %1</source>
            <translation>%1 的最近消費</translation>
        </message>
        <message>
            <source>Recent sales at this shop</source>
            <translation>本店最近消費</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Refundable</source>
            <translation>可退金額</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>獲得點數</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>No sales to refund.</source>
            <translation>沒有可退款的消費。</translation>
        </message>
        <message>
            <source>Everything left on the sale</source>
            <translation>整筆退款（剩餘全部）</translation>
        </message>
        <message>
            <source>Part of it:</source>
            <translation>部分退款：</translation>
        </message>
        <message>
            <source>amount to give back</source>
            <translation>退還金額</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>optional, e.g. returned item</source>
            <translation>選填，例如：退貨</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>partly refunded</source>
            <translation>部分退款</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <source>voided</source>
            <translation>已作廢</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>散客</translation>
        </message>
        <message>
            <source>Paid %1; %2 can still be refunded.</source>
            <translation>實付 %1；還可退 %2。</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) used on this sale come back in proportion.</source>
            <translation>
                <numerusform>這筆消費折抵的 %n 點會依比例退回。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a sale to refund.</source>
            <translation>請選擇要退款的消費。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message numerus="yes">
            <source>Refunded %1. %n point(s) earned on this sale could not be taken back because the member had already spent them; the balance is now %2. The shortfall is recorded.</source>
            <translation>
                <numerusform>已退款 %1。這筆消費獲得的點數中有 %n 點已被會員用掉，無法扣回；目前餘額為 %2 點。差額已記錄。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Welcome to Regulars</source>
            <translation>歡迎使用熟客</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>下一步 &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; 上一步</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Setting up the demo shop…</source>
            <translation>正在建立示範商店…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>儲存中…</translation>
        </message>
        <message>
            <source>Setup could not be saved; nothing was changed.</source>
            <translation>設定無法儲存，資料沒有任何變更。</translation>
        </message>
    </context>
    <context>
        <name>ShopPage</name>
        <message>
            <source>Your shop</source>
            <translation>您的店家</translation>
        </message>
        <message>
            <source>This is shown on the screen and, later, on receipts and cards.</source>
            <translation>會顯示在畫面上，之後也會印在收據和會員卡上。</translation>
        </message>
        <message>
            <source>e.g. Lin's Hair Salon</source>
            <translation>例如：小林美髮</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>店名</translation>
        </message>
        <message>
            <source>New Taiwan dollar</source>
            <translation>新臺幣</translation>
        </message>
        <message>
            <source>Chinese yuan</source>
            <translation>人民幣</translation>
        </message>
        <message>
            <source>Hong Kong dollar</source>
            <translation>港幣</translation>
        </message>
        <message>
            <source>Macanese pataca</source>
            <translation>澳門幣</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation>新加坡幣</translation>
        </message>
        <message>
            <source>Malaysian ringgit</source>
            <translation>馬來西亞令吉</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>美元</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>歐元</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>幣別</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>The language changes when you click Finish.</source>
            <translation>按「完成」後切換語言。</translation>
        </message>
        <message>
            <source>Enter the shop's name.</source>
            <translation>請輸入店名。</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>never</source>
            <translation>尚無紀錄</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>昨天</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_ActionDialog</name>
        <message>
            <source>The action could not be completed; nothing was changed.</source>
            <translation>操作未完成，資料沒有任何變更。</translation>
        </message>
    </context>
</TS>
