<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>AuditModel</name>
        <message>
            <source>System</source>
            <translation>系統</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>命令列</translation>
        </message>
        <message>
            <source>First start</source>
            <translation>首次啟動</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>員工</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>動作</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>About</source>
            <translation>對象</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>櫃檯</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>消費</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消費紀錄</translation>
        </message>
        <message>
            <source>paid balance</source>
            <translation>儲值餘額</translation>
        </message>
        <message>
            <source>bonus balance</source>
            <translation>贈送餘額</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>儲值</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>贈送</translation>
        </message>
        <message>
            <source>stamps</source>
            <translation>印章</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>次數</translation>
        </message>
        <message>
            <source>sessions left</source>
            <translation>剩餘次數</translation>
        </message>
        <message>
            <source>points balance</source>
            <translation>點數餘額</translation>
        </message>
        <message>
            <source>balance</source>
            <translation>餘額</translation>
        </message>
        <message>
            <source>points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>refunded (cents)</source>
            <translation>已退款（分）</translation>
        </message>
        <message>
            <source>amount (cents)</source>
            <translation>金額（分）</translation>
        </message>
        <message>
            <source>status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>筆數</translation>
        </message>
        <message>
            <source>wrong PINs</source>
            <translation>PIN 錯誤次數</translation>
        </message>
        <message>
            <source>permission</source>
            <translation>權限</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>role</source>
            <translation>職位</translation>
        </message>
        <message>
            <source>active</source>
            <translation>在職</translation>
        </message>
        <message>
            <source>locked until</source>
            <translation>鎖定至</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>所有動作</translation>
        </message>
        <message>
            <source>Points ledger only</source>
            <translation>只看點數帳</translation>
        </message>
        <message>
            <source>Stored value ledger only</source>
            <translation>只看儲值帳</translation>
        </message>
        <message>
            <source>Package ledger only</source>
            <translation>只看套票帳</translation>
        </message>
        <message>
            <source>Stamp ledger only</source>
            <translation>只看集點卡帳</translation>
        </message>
        <message>
            <source>Member: card, phone or name</source>
            <translation>會員：卡號、電話或姓名</translation>
        </message>
        <message>
            <source>Show ledger entries</source>
            <translation>一併顯示帳目</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>From</source>
            <translation>從</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Only an owner or a manager may see the audit trail.</source>
            <translation>只有店主或店長可以查看稽核紀錄。</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>登出</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>登入失敗</translation>
        </message>
        <message>
            <source>Locked out</source>
            <translation>已鎖定</translation>
        </message>
        <message>
            <source>Cashier switch</source>
            <translation>換人收銀</translation>
        </message>
        <message>
            <source>Points adjusted</source>
            <translation>手動調整點數</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>作廢</translation>
        </message>
        <message>
            <source>Drawer opened</source>
            <translation>開錢櫃</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>變更設定</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>還原</translation>
        </message>
        <message>
            <source>Members merged</source>
            <translation>合併會員</translation>
        </message>
        <message>
            <source>Member deleted</source>
            <translation>刪除會員</translation>
        </message>
        <message>
            <source>Staff added</source>
            <translation>新增員工</translation>
        </message>
        <message>
            <source>Staff changed</source>
            <translation>變更員工</translation>
        </message>
        <message>
            <source>Staff deactivated</source>
            <translation>停用員工</translation>
        </message>
        <message>
            <source>PIN set</source>
            <translation>設定 PIN 碼</translation>
        </message>
        <message>
            <source>PIN reset</source>
            <translation>重設 PIN 碼</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>被拒絕</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>獲得點數</translation>
        </message>
        <message>
            <source>Points spent</source>
            <translation>使用點數</translation>
        </message>
        <message>
            <source>Points taken back</source>
            <translation>收回點數</translation>
        </message>
        <message>
            <source>Points returned</source>
            <translation>退回點數</translation>
        </message>
        <message>
            <source>Reward redeemed</source>
            <translation>兌換贈品</translation>
        </message>
        <message>
            <source>Redemption undone</source>
            <translation>取消兌換</translation>
        </message>
        <message>
            <source>Points adjustment</source>
            <translation>點數調整</translation>
        </message>
        <message>
            <source>Opening points</source>
            <translation>期初點數</translation>
        </message>
        <message>
            <source>Points from a merged card</source>
            <translation>合併轉入的點數</translation>
        </message>
        <message>
            <source>Points moved to the kept card</source>
            <translation>合併轉出的點數</translation>
        </message>
        <message>
            <source>Stored value topped up</source>
            <translation>儲值</translation>
        </message>
        <message>
            <source>Stored value bonus</source>
            <translation>儲值贈送</translation>
        </message>
        <message>
            <source>Paid from stored value</source>
            <translation>以儲值付款</translation>
        </message>
        <message>
            <source>Stored value given back</source>
            <translation>退回儲值</translation>
        </message>
        <message>
            <source>Top-up refunded</source>
            <translation>儲值退款</translation>
        </message>
        <message>
            <source>Bonus forfeited</source>
            <translation>收回贈送額</translation>
        </message>
        <message>
            <source>Stored value adjusted</source>
            <translation>調整儲值</translation>
        </message>
        <message>
            <source>Package sold</source>
            <translation>售出套票</translation>
        </message>
        <message>
            <source>Package session used</source>
            <translation>使用套票一次</translation>
        </message>
        <message>
            <source>Package expired</source>
            <translation>套票到期</translation>
        </message>
        <message>
            <source>Package refunded</source>
            <translation>套票退款</translation>
        </message>
        <message>
            <source>Package adjusted</source>
            <translation>調整套票</translation>
        </message>
        <message>
            <source>Stamps at sign-up</source>
            <translation>入會贈章</translation>
        </message>
        <message>
            <source>Stamp earned</source>
            <translation>獲得印章</translation>
        </message>
        <message>
            <source>Stamp taken back</source>
            <translation>收回印章</translation>
        </message>
        <message>
            <source>Stamp card redeemed</source>
            <translation>集點卡兌換</translation>
        </message>
        <message>
            <source>Stamps adjusted</source>
            <translation>調整印章</translation>
        </message>
        <message>
            <source>No member matches “%1”.</source>
            <translation>找不到符合「%1」的會員。</translation>
        </message>
        <message>
            <source>%1 row(s) shown</source>
            <translation>顯示 %1 筆</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Moved from a merged card</source>
            <translation>由合併的卡轉入</translation>
        </message>
        <message>
            <source>Moved to the kept card</source>
            <translation>轉到保留的卡</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Staff</source>
            <translation>員工</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>稽核</translation>
        </message>
        <message>
            <source>Nobody is signed in: press F12 or the button to sign in.</source>
            <translation>目前沒有人登入：請按 F12 或按鈕登入。</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店長</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>收銀員</translation>
        </message>
        <message>
            <source>%1 (%2) · Switch F12</source>
            <translation>%1（%2）· 換人 F12</translation>
        </message>
        <message>
            <source>Sign in (F12)</source>
            <translation>登入 (F12)</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Merge duplicate…</source>
            <translation>合併重複會員…</translation>
        </message>
        <message>
            <source>Merge a duplicate of the selected member into it (owner)</source>
            <translation>把選取會員的重複資料合併進來（店主）</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge a duplicate member</source>
            <translation>合併重複會員</translation>
        </message>
        <message>
            <source>The duplicate's purchases, history and points move to the member kept here. The duplicate is kept for the record, marked merged; its card and phone then find this member.</source>
            <translation>重複資料的消費、紀錄和點數會轉到這裡保留的會員。重複資料仍會保存並標記為已合併；之後用它的卡號或電話也會找到這位會員。</translation>
        </message>
        <message>
            <source>card number or phone of the duplicate</source>
            <translation>重複資料的卡號或電話</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>重複</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合併</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>%1 · card %2 · %3 · %4 points</source>
            <translation>%1 · 卡號 %2 · %3 · %4 點</translation>
        </message>
        <message>
            <source>Merged %1 into %2.</source>
            <translation>已將 %1 合併到 %2。</translation>
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 到 8 位數字</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>您的 PIN 碼</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再輸入一次 PIN 碼</translation>
        </message>
        <message>
            <source>The two PINs differ; type the same PIN twice.</source>
            <translation>兩次輸入的 PIN 碼不同；請輸入相同的 PIN 碼。</translation>
        </message>
    </context>
    <context>
        <name>OwnerPinDialog</name>
        <message>
            <source>Choose the owner's PIN</source>
            <translation>設定店主 PIN 碼</translation>
        </message>
        <message>
            <source>Staff now sign in with a PIN. %1, choose your owner PIN (4 to 8 digits); then give each staff member theirs on the Staff page.</source>
            <translation>現在員工要用 PIN 碼登入。%1，請設定您的店主 PIN 碼（4 到 8 位數字），再到「員工」頁面為每位員工設定。</translation>
        </message>
        <message>
            <source>This shop has no staff yet. Enter the owner's name and choose a PIN (4 to 8 digits).</source>
            <translation>這家店還沒有員工。請輸入店主姓名並設定 PIN 碼（4 到 8 位數字）。</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 碼</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再輸入一次 PIN 碼</translation>
        </message>
        <message>
            <source>Save and sign in</source>
            <translation>儲存並登入</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The two PINs differ; type the same PIN twice.</source>
            <translation>兩次輸入的 PIN 碼不同；請輸入相同的 PIN 碼。</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>刪除最後一位</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Switch cashier</source>
            <translation>換人收銀</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>Who is at the counter?</source>
            <translation>誰在櫃檯？</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 碼</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店長</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>收銀員</translation>
        </message>
        <message>
            <source>No PIN yet: the owner sets one on the Staff page.</source>
            <translation>尚未設定 PIN 碼：請店主在「員工」頁面設定。</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>請先選擇您的名字。</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>職位</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 碼</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>PIN, 4 to 8 digits</source>
            <translation>PIN 碼，4 到 8 位數字</translation>
        </message>
        <message>
            <source>Add staff member</source>
            <translation>新增員工</translation>
        </message>
        <message>
            <source>New staff member</source>
            <translation>新員工</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>變更職位</translation>
        </message>
        <message>
            <source>new PIN</source>
            <translation>新 PIN 碼</translation>
        </message>
        <message>
            <source>current PIN</source>
            <translation>目前 PIN 碼</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>設定 PIN 碼</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Selected staff member</source>
            <translation>選取的員工</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>目前 PIN 碼</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新 PIN 碼</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Refunds a cashier may give alone</source>
            <translation>收銀員可自行退款的上限</translation>
        </message>
        <message>
            <source>Up to</source>
            <translation>最多</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>收銀員</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店長</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <source>Refund limit saved.</source>
            <translation>已儲存退款上限。</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>鎖定至 %1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在職</translation>
        </message>
        <message>
            <source>set</source>
            <translation>已設定</translation>
        </message>
        <message>
            <source>none</source>
            <translation>未設定</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>重新啟用</translation>
        </message>
        <message>
            <source>Only the owner adds staff, changes roles and resets PINs. You can change your own PIN here.</source>
            <translation>只有店主可以新增員工、變更職位和重設 PIN 碼。您可以在這裡變更自己的 PIN 碼。</translation>
        </message>
        <message>
            <source>%1 added.</source>
            <translation>已新增 %1。</translation>
        </message>
        <message>
            <source>PIN saved for %1.</source>
            <translation>已儲存 %1 的 PIN 碼。</translation>
        </message>
    </context>
</TS>
