<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>CounterTab</name>
        <message>
            <source>%1 from stored value</source>
            <translation>儲值付 %1</translation>
        </message>
        <message>
            <source>%1 went back to stored value; give back %2.</source>
            <translation>其中 %1 退回儲值；請退還 %2。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Stored value and packages</source>
            <translation>儲值與套票</translation>
        </message>
    </context>
    <context>
        <name>SellPackageDialog</name>
        <message>
            <source>Sell a package</source>
            <translation>賣套票</translation>
        </message>
        <message>
            <source>Package for %1</source>
            <translation>為 %1 購買套票</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>套票</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服務項目</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>次數</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>No packages are offered yet: the owner adds them under Stored value and packages.</source>
            <translation>還沒有可販售的套票：請店主在「儲值與套票」頁新增。</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Stored value</source>
            <translation>儲值</translation>
        </message>
        <message>
            <source>Sell</source>
            <translation>售出</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n 個月</numerusform>
            </translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>不限期</translation>
        </message>
        <message>
            <source>no stored value</source>
            <translation>沒有儲值</translation>
        </message>
        <message>
            <source>Pay %1 from stored value (balance %2)</source>
            <translation>用儲值付 %1（餘額 %2）</translation>
        </message>
        <message>
            <source>; the other %1 by the payment method</source>
            <translation>；其餘 %1 以付款方式支付</translation>
        </message>
        <message>
            <source>Choose a package.</source>
            <translation>請選擇套票。</translation>
        </message>
    </context>
    <context>
        <name>TopUpDialog</name>
        <message>
            <source>Top up stored value</source>
            <translation>儲值</translation>
        </message>
        <message>
            <source>%1 has %2 of stored value.</source>
            <translation>%1 目前儲值餘額 %2。</translation>
        </message>
        <message>
            <source>e.g. 3,000</source>
            <translation>例如 3,000</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>加贈</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>儲值</translation>
        </message>
        <message>
            <source>No top-up bonus is set.</source>
            <translation>尚未設定儲值加贈。</translation>
        </message>
        <message>
            <source>%1 → +%2</source>
            <translation>%1 → 送 %2</translation>
        </message>
        <message>
            <source>Bonus tiers: %1</source>
            <translation>加贈級距：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>+%1</source>
            <translation>送 %1</translation>
        </message>
        <message>
            <source>none at this amount</source>
            <translation>此金額沒有加贈</translation>
        </message>
        <message>
            <source>top up %1 more for +%2</source>
            <translation>再儲 %1 可送 %2</translation>
        </message>
        <message>
            <source>Balance after: %1</source>
            <translation>儲值後餘額：%1</translation>
        </message>
    </context>
    <context>
        <name>WalletAdjustDialog</name>
        <message>
            <source>Adjust stored value</source>
            <translation>調整儲值</translation>
        </message>
        <message>
            <source>%1 has %2 of stored value.</source>
            <translation>%1 目前儲值餘額 %2。</translation>
        </message>
        <message>
            <source>Paid money</source>
            <translation>實付金額</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>加贈</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>部分</translation>
        </message>
        <message>
            <source>e.g. 100 to add, -50 to take away</source>
            <translation>例如 100 為增加，-50 為扣除</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
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
        <name>WalletHistoryDialog</name>
        <message>
            <source>Top-up</source>
            <translation>儲值</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>加贈</translation>
        </message>
        <message>
            <source>Paid a sale</source>
            <translation>消費扣款</translation>
        </message>
        <message>
            <source>Refund of a sale</source>
            <translation>消費退款</translation>
        </message>
        <message>
            <source>Top-up refunded</source>
            <translation>儲值退款</translation>
        </message>
        <message>
            <source>Bonus forfeited</source>
            <translation>加贈作廢</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>手動調整</translation>
        </message>
        <message>
            <source>Stored value and packages of %1</source>
            <translation>%1 的儲值與套票</translation>
        </message>
        <message>
            <source>Stored value</source>
            <translation>儲值</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>What</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>實付</translation>
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
            <source>Packages</source>
            <translation>套票</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>套票</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>剩餘</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>open</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已到期</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>不限期</translation>
        </message>
    </context>
    <context>
        <name>WalletPanel</name>
        <message>
            <source>Stored value</source>
            <translation>儲值</translation>
        </message>
        <message>
            <source>Top up  F9</source>
            <translation>儲值  F9</translation>
        </message>
        <message>
            <source>Sell package  F10</source>
            <translation>賣套票  F10</translation>
        </message>
        <message>
            <source>More…</source>
            <translation>更多…</translation>
        </message>
        <message>
            <source>Refund a top-up or a package's unused sessions…</source>
            <translation>退還儲值或套票未使用次數…</translation>
        </message>
        <message>
            <source>Adjust stored value…</source>
            <translation>調整儲值…</translation>
        </message>
        <message>
            <source>Stored value and package history…</source>
            <translation>儲值與套票紀錄…</translation>
        </message>
        <message>
            <source>(paid %1 + bonus %2)</source>
            <translation>（實付 %1 ＋ 加贈 %2）</translation>
        </message>
        <message>
            <source>No packages</source>
            <translation>沒有套票</translation>
        </message>
        <message>
            <source>%1 of %2 left</source>
            <translation>剩 %1／%2 次</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>%1 到期</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>不限期</translation>
        </message>
        <message>
            <source>Use 1</source>
            <translation>使用 1 次</translation>
        </message>
        <message>
            <source>Use one session of %1 (F11)</source>
            <translation>使用「%1」一次（F11）</translation>
        </message>
        <message>
            <source>%1 has no package with sessions left.</source>
            <translation>%1 沒有還有剩餘次數的套票。</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1（剩 %2 次）</translation>
        </message>
        <message>
            <source>Used 1 session of %1: %2 left</source>
            <translation>已使用「%1」1 次：剩 %2 次</translation>
        </message>
        <message>
            <source> (until %1)</source>
            <translation>（%1 到期）</translation>
        </message>
        <message>
            <source>Topped up %1</source>
            <translation>已儲值 %1</translation>
        </message>
        <message>
            <source>, bonus %1</source>
            <translation>，加贈 %1</translation>
        </message>
        <message>
            <source>, stored value %1</source>
            <translation>，儲值餘額 %1</translation>
        </message>
        <message>
            <source>Sold %1: %2 sessions</source>
            <translation>已售出「%1」：%2 次</translation>
        </message>
        <message>
            <source>Top-up refunded: %1 back by its payment method</source>
            <translation>儲值已退款：%1 以原付款方式退還</translation>
        </message>
        <message>
            <source>, bonus %1 forfeited</source>
            <translation>，加贈 %1 作廢</translation>
        </message>
        <message>
            <source>Package refunded: %1 unused session(s), %2</source>
            <translation>套票已退款：未使用 %1 次，退 %2</translation>
        </message>
        <message>
            <source> (%1 back to stored value)</source>
            <translation>（%1 退回儲值）</translation>
        </message>
        <message>
            <source>Stored value adjusted: %1, balance %2</source>
            <translation>儲值已調整：%1，餘額 %2</translation>
        </message>
    </context>
    <context>
        <name>WalletPayRow</name>
        <message>
            <source>From stored value</source>
            <translation>用儲值付</translation>
        </message>
        <message>
            <source>Stored &amp;value</source>
            <translation>儲值(&amp;V)</translation>
        </message>
        <message>
            <source>no stored value</source>
            <translation>沒有儲值</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>最多 %1</translation>
        </message>
        <message>
            <source>balance %1</source>
            <translation>餘額 %1</translation>
        </message>
        <message>
            <source>the other %1 by the payment method</source>
            <translation>其餘 %1 以付款方式支付</translation>
        </message>
    </context>
    <context>
        <name>WalletRefundDialog</name>
        <message>
            <source>Refund stored value or a package</source>
            <translation>儲值／套票退款</translation>
        </message>
        <message>
            <source>What %1 may get back</source>
            <translation>%1 可退的項目</translation>
        </message>
        <message>
            <source>What</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>可退</translation>
        </message>
        <message>
            <source>Nothing to refund: no top-up with unused money and no open package.</source>
            <translation>沒有可退的項目：沒有未用完的儲值，也沒有使用中的套票。</translation>
        </message>
        <message>
            <source>A top-up gives back at most its unused paid money; its bonus is forfeited. A package gives back what was paid for its unused sessions.</source>
            <translation>儲值退款最多退還尚未使用的實付金額，加贈作廢；套票依未使用次數按比例退費。</translation>
        </message>
        <message>
            <source>optional, e.g. moving away</source>
            <translation>選填，例如 搬家</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Top-up %1</source>
            <translation>儲值 %1</translation>
        </message>
        <message>
            <source> (bonus %1)</source>
            <translation>（加贈 %1）</translation>
        </message>
        <message>
            <source>%1: %2 of %3 unused</source>
            <translation>%1：%3 次中 %2 次未使用</translation>
        </message>
        <message>
            <source>pro rata</source>
            <translation>按比例</translation>
        </message>
        <message>
            <source>Choose what to refund.</source>
            <translation>請選擇要退的項目。</translation>
        </message>
    </context>
    <context>
        <name>WalletSettingsPage</name>
        <message>
            <source>Stored value</source>
            <translation>儲值</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Game credits (arcade)</source>
            <translation>遊戲幣（遊樂場）</translation>
        </message>
        <message>
            <source>Wallet holds</source>
            <translation>儲值單位</translation>
        </message>
        <message>
            <source>e.g. Tokens</source>
            <translation>例如 遊戲幣</translation>
        </message>
        <message>
            <source>Credit name</source>
            <translation>幣名</translation>
        </message>
        <message>
            <source>Price per credit</source>
            <translation>每個幣的價格</translation>
        </message>
        <message>
            <source>Paid money and bonus in proportion</source>
            <translation>實付與加贈按比例扣</translation>
        </message>
        <message>
            <source>Bonus first</source>
            <translation>先扣加贈</translation>
        </message>
        <message>
            <source>Paid money first</source>
            <translation>先扣實付</translation>
        </message>
        <message>
            <source>Spend first</source>
            <translation>扣款順序</translation>
        </message>
        <message>
            <source>On the sale (also when paid from stored value)</source>
            <translation>消費時（用儲值付也給點）</translation>
        </message>
        <message>
            <source>On the top-up (not again when spent)</source>
            <translation>儲值時（消費時不再給點）</translation>
        </message>
        <message>
            <source>Points are earned</source>
            <translation>點數給在</translation>
        </message>
        <message>
            <source>Top-up bonus: the highest tier reached applies</source>
            <translation>儲值加贈：以達到的最高級距計算</translation>
        </message>
        <message>
            <source>Top up at least</source>
            <translation>儲值滿</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>加贈</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>新增級距</translation>
        </message>
        <message>
            <source>Remove tier</source>
            <translation>刪除級距</translation>
        </message>
        <message>
            <source>Save stored value rules</source>
            <translation>儲存儲值規則</translation>
        </message>
        <message>
            <source>Session packages</source>
            <translation>套票（次卡／療程卡）</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>套票</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服務項目</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>次數</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>On sale</source>
            <translation>販售中</translation>
        </message>
        <message>
            <source>e.g. Wash x10</source>
            <translation>例如 洗髮 10 次卡</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>e.g. Wash (the sale category)</source>
            <translation>例如 洗髮（消費類別）</translation>
        </message>
        <message>
            <source>months</source>
            <translation>個月</translation>
        </message>
        <message>
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>不限期</translation>
        </message>
        <message>
            <source>Valid for</source>
            <translation>有效期限</translation>
        </message>
        <message>
            <source>On sale at the counter</source>
            <translation>在櫃檯販售</translation>
        </message>
        <message>
            <source>New package</source>
            <translation>新增套票</translation>
        </message>
        <message>
            <source>Save package</source>
            <translation>儲存套票</translation>
        </message>
        <message numerus="yes">
            <source>%n package(s) expired.</source>
            <translation>
                <numerusform>%n 張套票已到期。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n 個月</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Bonus (credits)</source>
            <translation>加贈（幣）</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>已儲存「%1」。</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change these.</source>
            <translation>只有店主或店長可以修改。</translation>
        </message>
    </context>
</TS>
