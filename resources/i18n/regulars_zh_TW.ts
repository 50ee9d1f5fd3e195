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
        <name>AssignDialog</name>
        <message>
            <source>Share out the calls</source>
            <translation>分派回訪</translation>
        </message>
        <message numerus="yes">
            <source>Spread the %n call(s) of the day evenly over the staff on shift. Rows already assigned stay where they are.</source>
            <translation>
                <numerusform>把這一天的 %n 通回訪平均分給當班同事。已經分派的不會變動。</numerusform>
            </translation>
        </message>
        <message>
            <source>At most, per person:</source>
            <translation>每人最多：</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>分派</translation>
        </message>
    </context>
    <context>
        <name>BatchTableModel</name>
        <message>
            <source>Batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Run / channel</source>
            <translation>活動／通路</translation>
        </message>
        <message>
            <source>Printed as</source>
            <translation>印製形式</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期間</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>已發出</translation>
        </message>
        <message>
            <source>Redeemed</source>
            <translation>已使用</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已過期</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>使用率</translation>
        </message>
        <message>
            <source>Coupons</source>
            <translation>優惠券</translation>
        </message>
        <message>
            <source>Scratch cards</source>
            <translation>刮刮卡</translation>
        </message>
        <message>
            <source>Flyers</source>
            <translation>傳單</translation>
        </message>
        <message>
            <source>Postcards</source>
            <translation>明信片</translation>
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
        <name>CallDialog</name>
        <message>
            <source>Log a call — %1</source>
            <translation>記錄通話 — %1</translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>卡號 %1</translation>
        </message>
        <message>
            <source>no purchase yet</source>
            <translation>尚未消費</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last purchase</source>
            <translation>
                <numerusform>%n 天未消費</numerusform>
            </translation>
        </message>
        <message>
            <source>last call: %1 on %2</source>
            <translation>上次：%2 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n unanswered so far</source>
            <translation>
                <numerusform>已 %n 次未接</numerusform>
            </translation>
        </message>
        <message>
            <source>Offer: %1. When they hear it (reached, will come in) the voucher is recorded, waiting to be printed.</source>
            <translation>優惠：%1。對方聽到優惠時（已聯絡上、會再來），這張券會記錄下來，等待列印。</translation>
        </message>
        <message>
            <source>What happened?</source>
            <translation>通話結果？</translation>
        </message>
        <message>
            <source>Press %1</source>
            <translation>按 %1</translation>
        </message>
        <message>
            <source>Notes (optional): what they said, best time to call…</source>
            <translation>備註（選填）：對方說了什麼、方便接電話的時間…</translation>
        </message>
        <message>
            <source>Call again on</source>
            <translation>下次聯絡日</translation>
        </message>
        <message>
            <source>Save  Enter</source>
            <translation>儲存  Enter</translation>
        </message>
        <message>
            <source>They will be taken off every call list until the owner lifts it.</source>
            <translation>這位會員會從所有回訪名單移除，直到老闆解除為止。</translation>
        </message>
        <message>
            <source>They leave the list until their phone number is corrected.</source>
            <translation>電話號碼更正之前，不會再出現在名單上。</translation>
        </message>
        <message>
            <source>They come back on the list tomorrow (up to 3 tries).</source>
            <translation>明天會再出現在名單上（最多再試 3 次）。</translation>
        </message>
        <message>
            <source>Choose what happened first (1–6).</source>
            <translation>請先選擇通話結果（1–6）。</translation>
        </message>
        <message>
            <source>The call could not be saved; nothing was changed.</source>
            <translation>通話紀錄無法儲存，資料沒有任何變更。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <source>Complaints — %1</source>
            <translation>客訴 — %1</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>登記時間</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>客訴內容</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>How it was put right (e.g. redid the colour for free)</source>
            <translation>處理方式（例如：免費重新染色）</translation>
        </message>
        <message>
            <source>Resolve selected</source>
            <translation>所選客訴結案</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新增客訴</translation>
        </message>
        <message>
            <source>What happened, in the customer's words</source>
            <translation>發生了什麼事（盡量用客人的原話）</translation>
        </message>
        <message>
            <source>Severity:</source>
            <translation>嚴重程度：</translation>
        </message>
        <message>
            <source>Log complaint</source>
            <translation>登記客訴</translation>
        </message>
        <message>
            <source>An open complaint puts the member at the top of the call list, to be called within 2 days, until it is resolved.</source>
            <translation>未結案的客訴會讓會員排在回訪名單最前面，須在 2 天內聯絡，直到結案為止。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>處理中</translation>
        </message>
        <message>
            <source>Resolved: %1</source>
            <translation>已結案：%1</translation>
        </message>
        <message>
            <source>That could not be saved; nothing was changed.</source>
            <translation>無法儲存，資料沒有任何變更。</translation>
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
            <source>(merged from %1)</source>
            <translation>（由 %1 合併）</translation>
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
        <message>
            <source>Remove the coupon (Esc)</source>
            <translation>移除優惠券（Esc）</translation>
        </message>
        <message>
            <source>Coupon</source>
            <translation>優惠券</translation>
        </message>
        <message>
            <source>Coupon %1 applied: %2</source>
            <translation>已套用優惠券 %1：%2</translation>
        </message>
        <message>
            <source>Only for %1 (card %2)</source>
            <translation>限 %1（卡號 %2）使用</translation>
        </message>
        <message>
            <source>(coupon -%1)</source>
            <translation>（優惠券 -%1）</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>謝謝光臨！</translation>
        </message>
        <message>
            <source>coupon -%1</source>
            <translation>優惠券 -%1</translation>
        </message>
    </context>
    <context>
        <name>DeviceManager</name>
        <message numerus="yes">
            <source>%n receipt(s) waiting to print</source>
            <translation>
                <numerusform>%n 張收據等待列印</numerusform>
            </translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>已列印</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>列印中…</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>已開啟</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>連線中…</translation>
        </message>
        <message>
            <source>Keyboard scanner</source>
            <translation>鍵盤式掃描器</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>已連線</translation>
        </message>
    </context>
    <context>
        <name>DevicesPage</name>
        <message>
            <source>Devices of this computer (%1). Each counter computer keeps its own settings.</source>
            <translation>本機（%1）的周邊設備。每台櫃檯電腦各自保存設定。</translation>
        </message>
        <message>
            <source>Receipt printer and cash drawer</source>
            <translation>收據印表機與錢櫃</translation>
        </message>
        <message>
            <source>Not used</source>
            <translation>不使用</translation>
        </message>
        <message>
            <source>Serial port (COM / tty)</source>
            <translation>序列埠（COM／tty）</translation>
        </message>
        <message>
            <source>Network (port 9100)</source>
            <translation>網路（連接埠 9100）</translation>
        </message>
        <message>
            <source>USB (vendor:product)</source>
            <translation>USB（廠商:產品）</translation>
        </message>
        <message>
            <source>Windows printer (raw)</source>
            <translation>Windows 印表機（原始資料）</translation>
        </message>
        <message>
            <source>COM3, /dev/ttyUSB0, 192.168.1.50 …</source>
            <translation>COM3、/dev/ttyUSB0、192.168.1.50 …</translation>
        </message>
        <message>
            <source>Chinese, Big5 (Traditional)</source>
            <translation>中文 Big5（繁體）</translation>
        </message>
        <message>
            <source>Chinese, GB18030</source>
            <translation>中文 GB18030</translation>
        </message>
        <message>
            <source>Chinese, GBK</source>
            <translation>中文 GBK</translation>
        </message>
        <message>
            <source>Print text as an image (any printer)</source>
            <translation>文字以圖片列印（任何印表機皆可）</translation>
        </message>
        <message>
            <source>English only (ASCII)</source>
            <translation>僅英文（ASCII）</translation>
        </message>
        <message>
            <source>80 mm</source>
            <translation>80 公釐</translation>
        </message>
        <message>
            <source>58 mm</source>
            <translation>58 公釐</translation>
        </message>
        <message>
            <source>Cut after each receipt</source>
            <translation>每張收據印完自動裁切</translation>
        </message>
        <message>
            <source>Pin 2 (most drawers)</source>
            <translation>第 2 腳（多數錢櫃）</translation>
        </message>
        <message>
            <source>Pin 5</source>
            <translation>第 5 腳</translation>
        </message>
        <message>
            <source>Open the drawer for cash sales</source>
            <translation>現金交易時開啟錢櫃</translation>
        </message>
        <message>
            <source>Address, phone … (printed under the shop name)</source>
            <translation>地址、電話…（印在店名下方）</translation>
        </message>
        <message>
            <source>Thank-you line (empty: the standard one)</source>
            <translation>致謝語（空白則用預設）</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>連線方式</translation>
        </message>
        <message>
            <source>Port or address</source>
            <translation>連接埠或位址</translation>
        </message>
        <message>
            <source>Baud rate</source>
            <translation>鮑率</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>字元編碼</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>紙張</translation>
        </message>
        <message>
            <source>Cash drawer</source>
            <translation>錢櫃</translation>
        </message>
        <message>
            <source>Receipt header</source>
            <translation>收據抬頭</translation>
        </message>
        <message>
            <source>Receipt footer</source>
            <translation>收據頁尾</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>列印測試頁</translation>
        </message>
        <message>
            <source>Open drawer</source>
            <translation>開啟錢櫃</translation>
        </message>
        <message>
            <source>Barcode / QR scanner</source>
            <translation>條碼／QR 掃描器</translation>
        </message>
        <message>
            <source>USB keyboard scanner</source>
            <translation>USB 鍵盤式掃描器</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>連接埠</translation>
        </message>
        <message>
            <source>Shortest code</source>
            <translation>最短條碼長度</translation>
        </message>
        <message>
            <source>Test: scan something</source>
            <translation>測試：掃描任一條碼</translation>
        </message>
        <message>
            <source>Customer display (2 × 20)</source>
            <translation>客顯（2 × 20）</translation>
        </message>
        <message>
            <source>ESC/POS (Epson)</source>
            <translation>ESC/POS（Epson）</translation>
        </message>
        <message>
            <source>CD5220</source>
            <translation>CD5220</translation>
        </message>
        <message>
            <source>Commands</source>
            <translation>指令集</translation>
        </message>
        <message>
            <source>Show test text</source>
            <translation>顯示測試文字</translation>
        </message>
        <message>
            <source>Receipt queue</source>
            <translation>收據佇列</translation>
        </message>
        <message>
            <source>Sales are saved even when a receipt does not print. Receipts that did not print wait here.</source>
            <translation>收據沒印出來時，消費仍已儲存。未印出的收據會在這裡等待。</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重試</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>重印</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>略過</translation>
        </message>
        <message>
            <source>Print all waiting</source>
            <translation>全部列印</translation>
        </message>
        <message>
            <source>Reprint last receipt</source>
            <translation>重印上一張收據</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>就緒</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>處理中…</translation>
        </message>
        <message>
            <source>Receipts waiting</source>
            <translation>有收據待印</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>有問題</translation>
        </message>
        <message>
            <source>Not set up</source>
            <translation>尚未設定</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>問題：%1</translation>
        </message>
        <message>
            <source>Scan a barcode or QR code now…</source>
            <translation>請現在掃描條碼或 QR 碼…</translation>
        </message>
        <message>
            <source>Read: %1</source>
            <translation>讀到：%1</translation>
        </message>
        <message>
            <source>Nothing was scanned. Check the cable and the settings above.</source>
            <translation>沒有掃到任何東西。請檢查連接線和上面的設定。</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change the receipt header and footer.</source>
            <translation>只有店主或店長可以修改收據抬頭與頁尾。</translation>
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
        <name>FollowupModel</name>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>昨天</translation>
        </message>
        <message>
            <source>Click to sort; click a third time to go back to most urgent first</source>
            <translation>按一下排序；按第三下回到依急迫程度排列</translation>
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
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>未消費天數</translation>
        </message>
        <message>
            <source>Last call</source>
            <translation>上次結果</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>負責人</translation>
        </message>
        <message>
            <source>What to say</source>
            <translation>建議話術</translation>
        </message>
        <message>
            <source>Also due: %1</source>
            <translation>另有：%1</translation>
        </message>
        <message>
            <source>No purchase yet</source>
            <translation>尚未消費</translation>
        </message>
        <message>
            <source>Days since the last purchase</source>
            <translation>距離上次消費的天數</translation>
        </message>
        <message numerus="yes">
            <source>%n unanswered so far</source>
            <translation>
                <numerusform>已 %n 次未接</numerusform>
            </translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>卡號 %1</translation>
        </message>
    </context>
    <context>
        <name>FollowupRulesDialog</name>
        <message>
            <source>Follow-up rules</source>
            <translation>回訪規則</translation>
        </message>
        <message>
            <source>Retail shop</source>
            <translation>零售店</translation>
        </message>
        <message>
            <source>Hair or beauty salon</source>
            <translation>美髮／美容院</translation>
        </message>
        <message>
            <source>Arcade or game centre</source>
            <translation>電玩遊樂場</translation>
        </message>
        <message>
            <source>Mother and baby shop</source>
            <translation>母嬰用品店</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自訂</translation>
        </message>
        <message>
            <source>Kind of shop:</source>
            <translation>店家類型：</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>step %1</source>
            <translation>第%1步</translation>
        </message>
        <message>
            <source>No purchase for:</source>
            <translation>多久沒消費：</translation>
        </message>
        <message>
            <source>Lost after step 3 plus:</source>
            <translation>第3步之後再過多久視為流失：</translation>
        </message>
        <message>
            <source>Offers:</source>
            <translation>優惠：</translation>
        </message>
        <message>
            <source>Call this long before:</source>
            <translation>提前幾天聯絡：</translation>
        </message>
        <message>
            <source>Offer:</source>
            <translation>優惠：</translation>
        </message>
        <message>
            <source>At least this many visits:</source>
            <translation>至少消費次數：</translation>
        </message>
        <message>
            <source>Usual gap from:</source>
            <translation>平常間隔最短：</translation>
        </message>
        <message>
            <source>Usual gap up to:</source>
            <translation>平常間隔最長：</translation>
        </message>
        <message>
            <source>Steadiness (spread of the gaps, at most):</source>
            <translation>規律程度（間隔差異上限）：</translation>
        </message>
        <message>
            <source>Call this long before they are due:</source>
            <translation>預計回購前幾天聯絡：</translation>
        </message>
        <message>
            <source>Keep calling this long after:</source>
            <translation>逾期後繼續聯絡幾天：</translation>
        </message>
        <message>
            <source>No visit for:</source>
            <translation>多久沒來店：</translation>
        </message>
        <message>
            <source>Call within:</source>
            <translation>幾天內聯絡：</translation>
        </message>
        <message>
            <source>Call again every:</source>
            <translation>每隔幾天再聯絡：</translation>
        </message>
        <message>
            <source>Best customers by spend, top:</source>
            <translation>消費金額排名前：</translation>
        </message>
        <message>
            <source>Call this long after the first visit:</source>
            <translation>第一次來店後幾天聯絡：</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>聯絡期間：</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>通話</translation>
        </message>
        <message>
            <source>Retries after no answer:</source>
            <translation>未接時重試次數：</translation>
        </message>
        <message>
            <source>Retry after:</source>
            <translation>隔幾天重試：</translation>
        </message>
        <message>
            <source>A purchase counts as a win-back within:</source>
            <translation>通話後幾天內消費算成功回流：</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>%1, valid for %2 days</source>
            <translation>%1，%2 天內有效</translation>
        </message>
        <message>
            <source>step %1: %2</source>
            <translation>第%1步：%2</translation>
        </message>
        <message>
            <source>The win-back steps must grow: step 1 &lt; step 2 &lt; step 3.</source>
            <translation>久未光顧的天數必須逐步增加：第1步 &lt; 第2步 &lt; 第3步。</translation>
        </message>
        <message>
            <source>The usual gap cannot start above where it ends.</source>
            <translation>平常間隔的最短天數不能大於最長天數。</translation>
        </message>
        <message>
            <source>The rules could not be saved; nothing was changed.</source>
            <translation>規則無法儲存，資料沒有任何變更。</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change these.</source>
            <translation>只有店主或店長可以修改。</translation>
        </message>
    </context>
    <context>
        <name>FollowupsTab</name>
        <message>
            <source>Call list</source>
            <translation>回訪名單</translation>
        </message>
        <message>
            <source>Staff results</source>
            <translation>員工成績</translation>
        </message>
        <message>
            <source>The day the list is for (today unless you are planning ahead)</source>
            <translation>名單的日期（預設今天，也可以先看之後的日子）</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Show only the rows whose name, phone or card number contains this (Ctrl+F)</source>
            <translation>只顯示姓名、電話或卡號含有這些字的會員（Ctrl+F）</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Work out the list again (F5)</source>
            <translation>重新產生名單（F5）</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>分派…</translation>
        </message>
        <message>
            <source>Spread the day's calls evenly over the staff on shift</source>
            <translation>把這一天的回訪平均分給當班同事</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>匯出 CSV…</translation>
        </message>
        <message>
            <source>Save the rows shown as a CSV file (Excel opens it)</source>
            <translation>把目前顯示的名單存成 CSV 檔（可用 Excel 開啟）</translation>
        </message>
        <message>
            <source>Print call sheet…</source>
            <translation>列印回訪單…</translation>
        </message>
        <message>
            <source>Save the rows shown as a PDF call sheet to print (Ctrl+P)</source>
            <translation>把目前顯示的名單存成 PDF 回訪單，方便列印（Ctrl+P）</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>載入中…</translation>
        </message>
        <message>
            <source>Log call…</source>
            <translation>記錄通話…</translation>
        </message>
        <message>
            <source>Complaint…</source>
            <translation>客訴…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>消費紀錄…</translation>
        </message>
        <message>
            <source>Open at counter</source>
            <translation>在櫃檯開啟</translation>
        </message>
        <message>
            <source>Log call  Enter</source>
            <translation>記錄通話  Enter</translation>
        </message>
        <message>
            <source>Purchases, points and rewards (Ctrl+H)</source>
            <translation>消費、點數與兌換紀錄（Ctrl+H）</translation>
        </message>
        <message>
            <source>Show this member at the counter (Ctrl+O)</source>
            <translation>在櫃檯顯示這位會員（Ctrl+O）</translation>
        </message>
        <message>
            <source>Reassign…</source>
            <translation>改派…</translation>
        </message>
        <message>
            <source>Give this call to someone else (owner or manager)</source>
            <translation>把這通回訪改派給其他同事（限老闆或店長）</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Step %1</source>
            <translation>第%1步</translation>
        </message>
        <message>
            <source>The list could not be loaded.</source>
            <translation>名單無法載入。</translation>
        </message>
        <message>
            <source>My calls today</source>
            <translation>只看我的回訪</translation>
        </message>
        <message>
            <source>Choose who you are in the status bar first</source>
            <translation>請先在下方狀態列選擇你是誰</translation>
        </message>
        <message>
            <source>My calls today (%1)</source>
            <translation>只看我的回訪（%1）</translation>
        </message>
        <message>
            <source>Only the calls assigned to you</source>
            <translation>只顯示分派給你的回訪</translation>
        </message>
        <message>
            <source>%1 to call</source>
            <translation>共 %1 位待聯絡</translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>顯示 %1 位（共 %2 位）</translation>
        </message>
        <message>
            <source>%1 called</source>
            <translation>已打 %1 位</translation>
        </message>
        <message>
            <source>No one in this group matches.</source>
            <translation>這一類沒有符合的會員。</translation>
        </message>
        <message>
            <source>Nothing is assigned to you for this day.
The owner can share out the list with Assign.</source>
            <translation>這一天沒有分派給你的回訪。
老闆可以按「分派」把名單分給大家。</translation>
        </message>
        <message>
            <source>No one to call on this day.</source>
            <translation>這一天沒有需要聯絡的會員。</translation>
        </message>
        <message>
            <source>Log the call for the selected row (Enter or double-click)</source>
            <translation>記錄所選會員的通話（Enter 或按兩下）</translation>
        </message>
        <message>
            <source>Calls are logged for today: set the date back to today</source>
            <translation>通話只能記在今天：請把日期改回今天</translation>
        </message>
        <message>
            <source>Select a row to see what to say.</source>
            <translation>選一位會員，這裡會顯示建議話術。</translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>卡號 %1</translation>
        </message>
        <message>
            <source>no purchase yet</source>
            <translation>尚未消費</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last purchase</source>
            <translation>
                <numerusform>%n 天未消費</numerusform>
            </translation>
        </message>
        <message>
            <source>also: %1</source>
            <translation>另有：%1</translation>
        </message>
        <message>
            <source>last call: %1</source>
            <translation>上次：%1</translation>
        </message>
        <message>
            <source>assigned to %1</source>
            <translation>負責：%1</translation>
        </message>
        <message numerus="yes">
            <source>%1, valid for %n day(s)</source>
            <translation>
                <numerusform>%1，%n 天內有效</numerusform>
            </translation>
        </message>
        <message>
            <source>Logged: %1 — %2</source>
            <translation>已記錄：%1 — %2</translation>
        </message>
        <message>
            <source>voucher %1 (%2) is waiting to be printed</source>
            <translation>優惠券 %1（%2）待列印</translation>
        </message>
        <message>
            <source>Calls shared out: %1</source>
            <translation>已分派：%1</translation>
        </message>
        <message>
            <source>%1 now calls %2</source>
            <translation>%2 改由 %1 聯絡</translation>
        </message>
        <message>
            <source>Export the call list</source>
            <translation>匯出回訪名單</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) saved to %1</source>
            <translation>
                <numerusform>已把 %n 筆存到 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the call sheet</source>
            <translation>儲存回訪單</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔 (*.pdf)</translation>
        </message>
        <message>
            <source>Call sheet saved to %1</source>
            <translation>回訪單已存到 %1</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>無法儲存 %1：%2</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Rules…</source>
            <translation>規則…</translation>
        </message>
        <message>
            <source>Who is due when, and what the calls offer (presets for salons, arcades, retail and mother-and-baby shops)</source>
            <translation>什麼時候該聯絡誰、電話裡送什麼優惠（有美髮、電玩、零售、母嬰店的預設）</translation>
        </message>
        <message>
            <source>Name, phone, card</source>
            <translation>姓名、電話、卡號</translation>
        </message>
        <message numerus="yes">
            <source>The call sheet would have %1 rows, about %n page(s). Print them all?

Tip: choose a group on the left, or My calls today, to print fewer.</source>
            <translation>
                <numerusform>回訪單會有 %1 筆，大約 %n 頁。全部都要列印嗎？

提示：先在左邊選一類，或勾選「只看我的回訪」，就能印少一點。</numerusform>
            </translation>
        </message>
        <message>
            <source>Print call sheet</source>
            <translation>列印回訪單</translation>
        </message>
        <message>
            <source>Print them all</source>
            <translation>全部列印</translation>
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
        <name>JobModel</name>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收據</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>嘗試次數</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>訊息</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>消費</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Redemption</source>
            <translation>兌換</translation>
        </message>
        <message>
            <source>Top-up</source>
            <translation>儲值</translation>
        </message>
        <message>
            <source>Member card</source>
            <translation>會員卡</translation>
        </message>
        <message>
            <source>Test page</source>
            <translation>測試頁</translation>
        </message>
        <message>
            <source>(copy)</source>
            <translation>（副本）</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>列印中</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>已列印</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>未印出</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已略過</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Manage</source>
            <translation>管理</translation>
        </message>
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
        <message>
            <source>Follow-ups</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>設備</translation>
        </message>
        <message>
            <source>Receipt not printed: %1 — the sale is saved; the receipt waits in the Devices page queue.</source>
            <translation>收據未列印：%1 — 這筆消費已儲存，收據在「設備」頁的佇列中等待列印。</translation>
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
        <name>MemberPicker</name>
        <message>
            <source>Card numbers</source>
            <translation>指定卡號</translation>
        </message>
        <message>
            <source>All members</source>
            <translation>全部會員</translation>
        </message>
        <message>
            <source>Birthdays in month</source>
            <translation>當月壽星</translation>
        </message>
        <message>
            <source>Joined since</source>
            <translation>入會日起</translation>
        </message>
        <message>
            <source>Card numbers, separated by commas</source>
            <translation>卡號，以逗號分隔</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>Segment</source>
            <translation>客群</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>活躍</translation>
        </message>
        <message>
            <source>Marginal</source>
            <translation>邊緣</translation>
        </message>
        <message>
            <source>Sleeping</source>
            <translation>沉睡</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>流失</translation>
        </message>
        <message>
            <source>New (no purchase yet)</source>
            <translation>新會員（未消費）</translation>
        </message>
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
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Members by days since their last purchase</source>
            <translation>依最後一次消費距今的天數分群</translation>
        </message>
        <message>
            <source>Any segment</source>
            <translation>所有客群</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2 人）</translation>
        </message>
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
        <name>OfferFields</name>
        <message>
            <source>e.g. December thank-you</source>
            <translation>例如：12 月感謝回饋</translation>
        </message>
        <message>
            <source>Amount off</source>
            <translation>折抵金額</translation>
        </message>
        <message>
            <source>Percent off</source>
            <translation>打折</translation>
        </message>
        <message>
            <source>Free item</source>
            <translation>贈品</translation>
        </message>
        <message>
            <source>e.g. a hand-drip coffee</source>
            <translation>例如：手沖咖啡一杯</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>anyone (or a card number)</source>
            <translation>不限（或填卡號）</translation>
        </message>
        <message>
            <source>e.g. parcel inserts, December</source>
            <translation>例如：12 月包裹夾頁</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>優惠內容</translation>
        </message>
        <message>
            <source>Minimum spend</source>
            <translation>最低消費</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>生效日</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Only for member</source>
            <translation>限定會員</translation>
        </message>
        <message>
            <source>Run / channel</source>
            <translation>活動／通路</translation>
        </message>
        <message>
            <source>Percent off (%)</source>
            <translation>折扣（%）</translation>
        </message>
        <message>
            <source>Item's worth (optional)</source>
            <translation>贈品價值（選填）</translation>
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
        <name>PerformanceView</name>
        <message>
            <source>This week</source>
            <translation>本週</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>上週</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>上個月</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>自訂日期…</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>員工</translation>
        </message>
        <message>
            <source>Calls made</source>
            <translation>撥打通數</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>聯絡上</translation>
        </message>
        <message>
            <source>Win-backs</source>
            <translation>成功回流</translation>
        </message>
        <message>
            <source>Win-back rate</source>
            <translation>回流率</translation>
        </message>
        <message>
            <source>A win-back is a purchase within 30 days after a call (credited to the latest call before it). Calls from the last 30 days may still turn into win-backs. Reached counts every call where the member came to the phone.</source>
            <translation>「成功回流」是指通話後 30 天內有消費（算給消費前最近一通電話）。最近 30 天的通話之後仍可能變成回流。「聯絡上」是會員有接聽的通話。</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期間：</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>載入中…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>合計</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) in this period</source>
            <translation>
                <numerusform>這段期間共 %n 通</numerusform>
            </translation>
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
        <name>PrintTab</name>
        <message>
            <source>Choose a picture</source>
            <translation>選擇圖片</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation>圖片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>Member cards</source>
            <translation>會員卡</translation>
        </message>
        <message>
            <source>Coupons / vouchers</source>
            <translation>優惠券／禮券</translation>
        </message>
        <message>
            <source>Scratch cards</source>
            <translation>刮刮卡</translation>
        </message>
        <message>
            <source>Flyers / package inserts</source>
            <translation>傳單／包裹夾頁</translation>
        </message>
        <message>
            <source>Postcards</source>
            <translation>明信片</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>儲存 PDF…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Printer and paper</source>
            <translation>印表機與紙張</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>印表機</translation>
        </message>
        <message>
            <source>right</source>
            <translation>向右</translation>
        </message>
        <message>
            <source>down</source>
            <translation>向下</translation>
        </message>
        <message>
            <source>Nudge print (mm)</source>
            <translation>列印微調（公釐）</translation>
        </message>
        <message>
            <source>If the print lands off the cut marks, move it here; negative moves left or up.</source>
            <translation>若印出位置偏離裁切線，可在此調整；負值往左或往上。</translation>
        </message>
        <message>
            <source>Preview with sample codes: the real codes are issued when you save or print.</source>
            <translation>預覽使用範例代碼：儲存或列印時才會發出正式代碼。</translation>
        </message>
        <message>
            <source>Reprint selected batch</source>
            <translation>重印選取的批次</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Coupon batches: issued, redeemed, expired</source>
            <translation>優惠券批次：發出、使用、過期</translation>
        </message>
        <message>
            <source>A4 sheet, 10 cards with cut marks</source>
            <translation>A4 一張 10 卡，含裁切線</translation>
        </message>
        <message>
            <source>Letter sheet, 9 cards with cut marks</source>
            <translation>Letter 一張 9 卡，含裁切線</translation>
        </message>
        <message>
            <source>One card per page (card printer)</source>
            <translation>每頁一張（卡片印表機）</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR 碼</translation>
        </message>
        <message>
            <source>Code 128 barcode</source>
            <translation>Code 128 條碼</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>版面</translation>
        </message>
        <message>
            <source>Card number as</source>
            <translation>卡號呈現方式</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>標誌</translation>
        </message>
        <message>
            <source>New batch</source>
            <translation>新批次</translation>
        </message>
        <message>
            <source>Reprint a batch</source>
            <translation>重印批次</translation>
        </message>
        <message>
            <source>Wallet 85.6 × 54 mm (10 on A4)</source>
            <translation>名片大小 85.6 × 54 公釐（A4 排 10 張）</translation>
        </message>
        <message>
            <source>Small 64 × 40 mm (21 on A4)</source>
            <translation>小張 64 × 40 公釐（A4 排 21 張）</translation>
        </message>
        <message>
            <source>Large 95 × 68 mm (8 on A4)</source>
            <translation>大張 95 × 68 公釐（A4 排 8 張）</translation>
        </message>
        <message>
            <source>A4 with cut marks</source>
            <translation>A4 含裁切線</translation>
        </message>
        <message>
            <source>Letter with cut marks</source>
            <translation>Letter 含裁切線</translation>
        </message>
        <message>
            <source>One per page</source>
            <translation>每頁一張</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>紙張</translation>
        </message>
        <message>
            <source>e.g. Winter special: buy one, get one free</source>
            <translation>例如：冬季限定，買一送一</translation>
        </message>
        <message>
            <source>e.g. Show this at the counter</source>
            <translation>例如：結帳時出示本券</translation>
        </message>
        <message>
            <source>Each on its own paper size</source>
            <translation>依各自紙張大小列印</translation>
        </message>
        <message>
            <source>Tiled on A4 (cut apart)</source>
            <translation>排在 A4 上（再裁開）</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>內文</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>圖片</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>QR web address</source>
            <translation>QR 碼網址</translation>
        </message>
        <message>
            <source>Line under the offer</source>
            <translation>優惠下方說明</translation>
        </message>
        <message>
            <source>A distinct coupon code on each flyer</source>
            <translation>每張傳單附不同的優惠碼</translation>
        </message>
        <message>
            <source>Dear {name}, happy birthday!</source>
            <translation>親愛的 {name}，生日快樂！</translation>
        </message>
        <message>
            <source>A6 cards, one per page</source>
            <translation>A6 卡片，每頁一張</translation>
        </message>
        <message>
            <source>Four on A4 (cut apart)</source>
            <translation>A4 排四張（再裁開）</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>問候語</translation>
        </message>
        <message>
            <source>{name} is replaced by each member's name.</source>
            <translation>{name} 會換成每位會員的姓名。</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>內文</translation>
        </message>
        <message>
            <source>A personal coupon on each card</source>
            <translation>每張附一張個人優惠券</translation>
        </message>
        <message>
            <source>(no printer found)</source>
            <translation>（找不到印表機）</translation>
        </message>
        <message>
            <source>Postcards %1</source>
            <translation>明信片 %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 頁，共 %2 頁</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>儲存 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <source>no printer is installed</source>
            <translation>沒有安裝印表機</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>準備中…</translation>
        </message>
        <message>
            <source>Rendering</source>
            <translation>產生中</translation>
        </message>
        <message>
            <source>%1… %2 of %3</source>
            <translation>%1… %2／%3</translation>
        </message>
        <message>
            <source>Issuing the codes…</source>
            <translation>發出代碼中…</translation>
        </message>
        <message>
            <source>Printing page</source>
            <translation>列印頁面</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>傳送到印表機…</translation>
        </message>
        <message>
            <source>Saved %1 (%2 pages).</source>
            <translation>已儲存 %1（%2 頁）。</translation>
        </message>
        <message>
            <source>Sent %1 pages to %2.</source>
            <translation>已將 %1 頁送到 %2。</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>印表機</translation>
        </message>
        <message>
            <source>Issued batch “%1” with %2 codes.</source>
            <translation>已發出批次「%1」，共 %2 組代碼。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>The codes were already issued; reprint the batch from the list below.</source>
            <translation>代碼已經發出；請從下方清單重印該批次。</translation>
        </message>
        <message>
            <source>Nothing was issued.</source>
            <translation>沒有發出任何代碼。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>取消中…</translation>
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
