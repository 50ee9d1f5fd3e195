<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>CounterTab</name>
        <message>
            <source>%1 from stored value</source>
            <translation>储值付 %1</translation>
        </message>
        <message>
            <source>%1 went back to stored value; give back %2.</source>
            <translation>其中 %1 退回储值；请退还 %2。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Stored value and packages</source>
            <translation>储值与套票</translation>
        </message>
    </context>
    <context>
        <name>SellPackageDialog</name>
        <message>
            <source>Sell a package</source>
            <translation>卖套票</translation>
        </message>
        <message>
            <source>Package for %1</source>
            <translation>为 %1 购买套票</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>套票</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>No packages are offered yet: the owner adds them under Stored value and packages.</source>
            <translation>还没有可销售的套票：请店主在“储值与套票”页新增。</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Stored value</source>
            <translation>储值</translation>
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
                <numerusform>%n 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>不限期</translation>
        </message>
        <message>
            <source>no stored value</source>
            <translation>没有储值</translation>
        </message>
        <message>
            <source>Pay %1 from stored value (balance %2)</source>
            <translation>用储值付 %1（余额 %2）</translation>
        </message>
        <message>
            <source>; the other %1 by the payment method</source>
            <translation>；其余 %1 以付款方式支付</translation>
        </message>
        <message>
            <source>Choose a package.</source>
            <translation>请选择套票。</translation>
        </message>
    </context>
    <context>
        <name>TopUpDialog</name>
        <message>
            <source>Top up stored value</source>
            <translation>储值</translation>
        </message>
        <message>
            <source>%1 has %2 of stored value.</source>
            <translation>%1 目前储值余额 %2。</translation>
        </message>
        <message>
            <source>e.g. 3,000</source>
            <translation>例如 3,000</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>加赠</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>储值</translation>
        </message>
        <message>
            <source>No top-up bonus is set.</source>
            <translation>尚未设置储值加赠。</translation>
        </message>
        <message>
            <source>%1 → +%2</source>
            <translation>%1 → 送 %2</translation>
        </message>
        <message>
            <source>Bonus tiers: %1</source>
            <translation>加赠级距：%1</translation>
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
            <translation>此金额没有加赠</translation>
        </message>
        <message>
            <source>top up %1 more for +%2</source>
            <translation>再储 %1 可送 %2</translation>
        </message>
        <message>
            <source>Balance after: %1</source>
            <translation>储值后余额：%1</translation>
        </message>
    </context>
    <context>
        <name>WalletAdjustDialog</name>
        <message>
            <source>Adjust stored value</source>
            <translation>调整储值</translation>
        </message>
        <message>
            <source>%1 has %2 of stored value.</source>
            <translation>%1 目前储值余额 %2。</translation>
        </message>
        <message>
            <source>Paid money</source>
            <translation>实付金额</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>加赠</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>部分</translation>
        </message>
        <message>
            <source>e.g. 100 to add, -50 to take away</source>
            <translation>例如 100 为增加，-50 为扣除</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
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
            <translation>调整</translation>
        </message>
    </context>
    <context>
        <name>WalletHistoryDialog</name>
        <message>
            <source>Top-up</source>
            <translation>储值</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>加赠</translation>
        </message>
        <message>
            <source>Paid a sale</source>
            <translation>消费扣款</translation>
        </message>
        <message>
            <source>Refund of a sale</source>
            <translation>消费退款</translation>
        </message>
        <message>
            <source>Top-up refunded</source>
            <translation>储值退款</translation>
        </message>
        <message>
            <source>Bonus forfeited</source>
            <translation>加赠作废</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>手动调整</translation>
        </message>
        <message>
            <source>Stored value and packages of %1</source>
            <translation>%1 的储值与套票</translation>
        </message>
        <message>
            <source>Stored value</source>
            <translation>储值</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>实付</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>余额</translation>
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
            <translation>剩余</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
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
            <translation>储值</translation>
        </message>
        <message>
            <source>Top up  F9</source>
            <translation>储值  F9</translation>
        </message>
        <message>
            <source>Sell package  F10</source>
            <translation>卖套票  F10</translation>
        </message>
        <message>
            <source>More…</source>
            <translation>更多…</translation>
        </message>
        <message>
            <source>Refund a top-up or a package's unused sessions…</source>
            <translation>退还储值或套票未使用次数…</translation>
        </message>
        <message>
            <source>Adjust stored value…</source>
            <translation>调整储值…</translation>
        </message>
        <message>
            <source>Stored value and package history…</source>
            <translation>储值与套票记录…</translation>
        </message>
        <message>
            <source>(paid %1 + bonus %2)</source>
            <translation>（实付 %1 ＋ 加赠 %2）</translation>
        </message>
        <message>
            <source>No packages</source>
            <translation>没有套票</translation>
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
            <translation>使用“%1”一次（F11）</translation>
        </message>
        <message>
            <source>%1 has no package with sessions left.</source>
            <translation>%1 没有还有剩余次数的套票。</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1（剩 %2 次）</translation>
        </message>
        <message>
            <source>Used 1 session of %1: %2 left</source>
            <translation>已使用“%1”1 次：剩 %2 次</translation>
        </message>
        <message>
            <source> (until %1)</source>
            <translation>（%1 到期）</translation>
        </message>
        <message>
            <source>Topped up %1</source>
            <translation>已储值 %1</translation>
        </message>
        <message>
            <source>, bonus %1</source>
            <translation>，加赠 %1</translation>
        </message>
        <message>
            <source>, stored value %1</source>
            <translation>，储值余额 %1</translation>
        </message>
        <message>
            <source>Sold %1: %2 sessions</source>
            <translation>已售出“%1”：%2 次</translation>
        </message>
        <message>
            <source>Top-up refunded: %1 back by its payment method</source>
            <translation>储值已退款：%1 以原付款方式退还</translation>
        </message>
        <message>
            <source>, bonus %1 forfeited</source>
            <translation>，加赠 %1 作废</translation>
        </message>
        <message>
            <source>Package refunded: %1 unused session(s), %2</source>
            <translation>套票已退款：未使用 %1 次，退 %2</translation>
        </message>
        <message>
            <source> (%1 back to stored value)</source>
            <translation>（%1 退回储值）</translation>
        </message>
        <message>
            <source>Stored value adjusted: %1, balance %2</source>
            <translation>储值已调整：%1，余额 %2</translation>
        </message>
    </context>
    <context>
        <name>WalletPayRow</name>
        <message>
            <source>From stored value</source>
            <translation>用储值付</translation>
        </message>
        <message>
            <source>Stored &amp;value</source>
            <translation>储值(&amp;V)</translation>
        </message>
        <message>
            <source>no stored value</source>
            <translation>没有储值</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>最多 %1</translation>
        </message>
        <message>
            <source>balance %1</source>
            <translation>余额 %1</translation>
        </message>
        <message>
            <source>the other %1 by the payment method</source>
            <translation>其余 %1 以付款方式支付</translation>
        </message>
    </context>
    <context>
        <name>WalletRefundDialog</name>
        <message>
            <source>Refund stored value or a package</source>
            <translation>储值／套票退款</translation>
        </message>
        <message>
            <source>What %1 may get back</source>
            <translation>%1 可退的项目</translation>
        </message>
        <message>
            <source>What</source>
            <translation>项目</translation>
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
            <translation>没有可退的项目：没有未用完的储值，也没有使用中的套票。</translation>
        </message>
        <message>
            <source>A top-up gives back at most its unused paid money; its bonus is forfeited. A package gives back what was paid for its unused sessions.</source>
            <translation>储值退款最多退还尚未使用的实付金额，加赠作废；套票按未使用次数按比例退费。</translation>
        </message>
        <message>
            <source>optional, e.g. moving away</source>
            <translation>选填，例如 搬家</translation>
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
            <translation>储值 %1</translation>
        </message>
        <message>
            <source> (bonus %1)</source>
            <translation>（加赠 %1）</translation>
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
            <translation>请选择要退的项目。</translation>
        </message>
    </context>
    <context>
        <name>WalletSettingsPage</name>
        <message>
            <source>Stored value</source>
            <translation>储值</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Game credits (arcade)</source>
            <translation>游戏币（游乐场）</translation>
        </message>
        <message>
            <source>Wallet holds</source>
            <translation>储值单位</translation>
        </message>
        <message>
            <source>e.g. Tokens</source>
            <translation>例如 游戏币</translation>
        </message>
        <message>
            <source>Credit name</source>
            <translation>币名</translation>
        </message>
        <message>
            <source>Price per credit</source>
            <translation>每个币的价格</translation>
        </message>
        <message>
            <source>Paid money and bonus in proportion</source>
            <translation>实付与加赠按比例扣</translation>
        </message>
        <message>
            <source>Bonus first</source>
            <translation>先扣加赠</translation>
        </message>
        <message>
            <source>Paid money first</source>
            <translation>先扣实付</translation>
        </message>
        <message>
            <source>Spend first</source>
            <translation>扣款顺序</translation>
        </message>
        <message>
            <source>On the sale (also when paid from stored value)</source>
            <translation>消费时（用储值付也给积分）</translation>
        </message>
        <message>
            <source>On the top-up (not again when spent)</source>
            <translation>储值时（消费时不再给积分）</translation>
        </message>
        <message>
            <source>Points are earned</source>
            <translation>积分给在</translation>
        </message>
        <message>
            <source>Top-up bonus: the highest tier reached applies</source>
            <translation>储值加赠：按达到的最高级距计算</translation>
        </message>
        <message>
            <source>Top up at least</source>
            <translation>储值满</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>加赠</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>新增级距</translation>
        </message>
        <message>
            <source>Remove tier</source>
            <translation>删除级距</translation>
        </message>
        <message>
            <source>Save stored value rules</source>
            <translation>保存储值规则</translation>
        </message>
        <message>
            <source>Session packages</source>
            <translation>套票（次卡／疗程卡）</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>套票</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>On sale</source>
            <translation>销售中</translation>
        </message>
        <message>
            <source>e.g. Wash x10</source>
            <translation>例如 洗发 10 次卡</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. Wash (the sale category)</source>
            <translation>例如 洗发（消费类别）</translation>
        </message>
        <message>
            <source>months</source>
            <translation>个月</translation>
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
            <translation>在收银台销售</translation>
        </message>
        <message>
            <source>New package</source>
            <translation>新增套票</translation>
        </message>
        <message>
            <source>Save package</source>
            <translation>保存套票</translation>
        </message>
        <message numerus="yes">
            <source>%n package(s) expired.</source>
            <translation>
                <numerusform>%n 张套票已到期。</numerusform>
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
                <numerusform>%n 个月</numerusform>
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
            <translation>加赠（币）</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>已保存“%1”。</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change these.</source>
            <translation>只有店主或店长可以修改。</translation>
        </message>
    </context>
</TS>
