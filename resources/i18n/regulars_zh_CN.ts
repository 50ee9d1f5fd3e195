<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AdjustPointsDialog</name>
        <message>
            <source>Adjust points</source>
            <translation>调整积分</translation>
        </message>
        <message>
            <source>%1 has %2 points.</source>
            <translation>%1 目前有 %2 积分。</translation>
        </message>
        <message>
            <source>e.g. 50 to add, -20 to take away</source>
            <translation>例如 50 为加分，-20 为扣分</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Goodwill gesture</source>
            <translation>客诉补偿／好意赠分</translation>
        </message>
        <message>
            <source>Correction of a mistake</source>
            <translation>更正错误</translation>
        </message>
        <message>
            <source>Birthday gift</source>
            <translation>生日礼</translation>
        </message>
        <message>
            <source>Points carried over from a paper card</source>
            <translation>纸质积分卡转入</translation>
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
        <name>App</name>
        <message>
            <source>Regulars</source>
            <translation>熟客</translation>
        </message>
        <message>
            <source>The shop database could not be opened:
%1

Details are in %2.</source>
            <translation>无法打开店铺数据库：
%1

详细记录在 %2。</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Share out the calls</source>
            <translation>分派回访</translation>
        </message>
        <message numerus="yes">
            <source>Spread the %n call(s) of the day evenly over the staff on shift. Rows already assigned stay where they are.</source>
            <translation>
                <numerusform>把这一天的 %n 通回访平均分给当班同事。已经分派的不会变动。</numerusform>
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
            <translation>活动／渠道</translation>
        </message>
        <message>
            <source>Printed as</source>
            <translation>印制形式</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>已发出</translation>
        </message>
        <message>
            <source>Redeemed</source>
            <translation>已使用</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>使用率</translation>
        </message>
        <message>
            <source>Coupons</source>
            <translation>优惠券</translation>
        </message>
        <message>
            <source>Scratch cards</source>
            <translation>刮刮卡</translation>
        </message>
        <message>
            <source>Flyers</source>
            <translation>传单</translation>
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
            <translation>出现问题</translation>
        </message>
        <message>
            <source>Regulars ran into a problem it did not expect. What was already saved is safe; the last action may not have been completed, so please check it.</source>
            <translation>熟客遇到了意外的问题。已保存的数据都安全；但刚才的操作可能没有完成，请再确认一次。</translation>
        </message>
        <message>
            <source>Details were written to %1.</source>
            <translation>详细记录已写入 %1。</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>显示详细信息</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
    </context>
    <context>
        <name>CallDialog</name>
        <message>
            <source>Log a call — %1</source>
            <translation>记录通话 — %1</translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>卡号 %1</translation>
        </message>
        <message>
            <source>no purchase yet</source>
            <translation>尚未消费</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last purchase</source>
            <translation>
                <numerusform>%n 天未消费</numerusform>
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
            <translation>优惠：%1。对方听到优惠时（已联系上、会再来），这张券会记录下来，等待打印。</translation>
        </message>
        <message>
            <source>What happened?</source>
            <translation>通话结果？</translation>
        </message>
        <message>
            <source>Press %1</source>
            <translation>按 %1</translation>
        </message>
        <message>
            <source>Notes (optional): what they said, best time to call…</source>
            <translation>备注（选填）：对方说了什么、方便接电话的时间…</translation>
        </message>
        <message>
            <source>Call again on</source>
            <translation>下次联系日</translation>
        </message>
        <message>
            <source>Save  Enter</source>
            <translation>保存  Enter</translation>
        </message>
        <message>
            <source>They will be taken off every call list until the owner lifts it.</source>
            <translation>这位会员会从所有回访名单移除，直到老板解除为止。</translation>
        </message>
        <message>
            <source>They leave the list until their phone number is corrected.</source>
            <translation>电话号码更正之前，不会再出现在名单上。</translation>
        </message>
        <message>
            <source>They come back on the list tomorrow (up to 3 tries).</source>
            <translation>明天会再出现在名单上（最多再试 3 次）。</translation>
        </message>
        <message>
            <source>Choose what happened first (1–6).</source>
            <translation>请先选择通话结果（1–6）。</translation>
        </message>
        <message>
            <source>The call could not be saved; nothing was changed.</source>
            <translation>通话记录无法保存，数据没有任何变更。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <source>Complaints — %1</source>
            <translation>客诉 — %1</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>客诉内容</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>How it was put right (e.g. redid the colour for free)</source>
            <translation>处理方式（例如：免费重新染色）</translation>
        </message>
        <message>
            <source>Resolve selected</source>
            <translation>所选客诉结案</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新增客诉</translation>
        </message>
        <message>
            <source>What happened, in the customer's words</source>
            <translation>发生了什么事（尽量用客人的原话）</translation>
        </message>
        <message>
            <source>Severity:</source>
            <translation>严重程度：</translation>
        </message>
        <message>
            <source>Log complaint</source>
            <translation>登记客诉</translation>
        </message>
        <message>
            <source>An open complaint puts the member at the top of the call list, to be called within 2 days, until it is resolved.</source>
            <translation>未结案的客诉会让会员排在回访名单最前面，须在 2 天内联系，直到结案为止。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Resolved: %1</source>
            <translation>已结案：%1</translation>
        </message>
        <message>
            <source>That could not be saved; nothing was changed.</source>
            <translation>无法保存，数据没有任何变更。</translation>
        </message>
    </context>
    <context>
        <name>CounterTab</name>
        <message>
            <source>Scan a card, or type a phone number, its last 4 digits or a name</source>
            <translation>扫会员卡，或输入电话、手机尾号 4 位或姓名</translation>
        </message>
        <message>
            <source>e.g. 128.50</source>
            <translation>例如 128.50</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>金额(&amp;A)</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>选填</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>类别(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Payment</source>
            <translation>付款方式(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Use points</source>
            <translation>积分抵扣(&amp;U)</translation>
        </message>
        <message>
            <source>Record sale  F2</source>
            <translation>记录消费  F2</translation>
        </message>
        <message>
            <source>Redeem reward  F3</source>
            <translation>兑换礼品  F3</translation>
        </message>
        <message>
            <source>Refund  F4</source>
            <translation>退款  F4</translation>
        </message>
        <message>
            <source>New member  F5</source>
            <translation>新会员  F5</translation>
        </message>
        <message>
            <source>Walk-in  F6</source>
            <translation>散客  F6</translation>
        </message>
        <message>
            <source>History  F7</source>
            <translation>消费记录  F7</translation>
        </message>
        <message>
            <source>Adjust points  F8</source>
            <translation>调整积分  F8</translation>
        </message>
        <message>
            <source>%1   %2   %3   %4 pts</source>
            <translation>%1   %2   %3   %4 分</translation>
        </message>
        <message>
            <source>(merged from %1)</source>
            <translation>（由 %1 合并）</translation>
        </message>
        <message>
            <source>Recent sales</source>
            <translation>最近消费</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>找到 %n 位</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 points = %2 off</source>
            <translation>%1 积分可抵 %2</translation>
        </message>
        <message>
            <source>= %1 off</source>
            <translation>＝抵扣 %1</translation>
        </message>
        <message>
            <source>The points discount is more than the amount.</source>
            <translation>积分抵扣超过消费金额。</translation>
        </message>
        <message>
            <source>To pay: %1</source>
            <translation>应付：%1</translation>
        </message>
        <message numerus="yes">
            <source>earns %n point(s)</source>
            <translation>
                <numerusform>可得 %n 积分</numerusform>
            </translation>
        </message>
        <message>
            <source>Already saved: %1</source>
            <translation>之前已保存：%1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <source>%1 points used</source>
            <translation>使用 %1 积分</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>散客</translation>
        </message>
        <message>
            <source>+%1 points</source>
            <translation>+%1 积分</translation>
        </message>
        <message>
            <source>balance %1</source>
            <translation>余额 %1 积分</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Not saved — see the message above.</source>
            <translation>未保存，请看上方的说明。</translation>
        </message>
        <message>
            <source>Not saved because of an unexpected problem. Press F2 to try again.</source>
            <translation>因意外的问题未保存。请按 F2 再试一次。</translation>
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
            <translation>请先找到会员（扫卡或搜索）。</translation>
        </message>
        <message>
            <source>Redeemed: %1, -%2 points, balance %3</source>
            <translation>已兑换：%1，扣 %2 积分，余额 %3 积分</translation>
        </message>
        <message>
            <source>Refunded: %1</source>
            <translation>已退款：%1</translation>
        </message>
        <message>
            <source>-%1 points</source>
            <translation>扣回 %1 积分</translation>
        </message>
        <message>
            <source>+%1 points returned</source>
            <translation>退回 %1 积分</translation>
        </message>
        <message>
            <source>Points adjusted: %1, balance %2</source>
            <translation>积分已调整：%1，余额 %2 积分</translation>
        </message>
        <message>
            <source>New member: %1, card %2</source>
            <translation>新会员：%1，卡号 %2</translation>
        </message>
        <message>
            <source>Remove the coupon (Esc)</source>
            <translation>移除优惠券（Esc）</translation>
        </message>
        <message>
            <source>Coupon</source>
            <translation>优惠券</translation>
        </message>
        <message>
            <source>Coupon %1 applied: %2</source>
            <translation>已应用优惠券 %1：%2</translation>
        </message>
        <message>
            <source>Only for %1 (card %2)</source>
            <translation>限 %1（卡号 %2）使用</translation>
        </message>
        <message>
            <source>(coupon -%1)</source>
            <translation>（优惠券 -%1）</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>谢谢惠顾！</translation>
        </message>
        <message>
            <source>coupon -%1</source>
            <translation>优惠券 -%1</translation>
        </message>
    </context>
    <context>
        <name>DeviceManager</name>
        <message numerus="yes">
            <source>%n receipt(s) waiting to print</source>
            <translation>
                <numerusform>%n 张小票等待打印</numerusform>
            </translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>打印中…</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>已打开</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>连接中…</translation>
        </message>
        <message>
            <source>Keyboard scanner</source>
            <translation>键盘式扫描枪</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>已连接</translation>
        </message>
    </context>
    <context>
        <name>DevicesPage</name>
        <message>
            <source>Devices of this computer (%1). Each counter computer keeps its own settings.</source>
            <translation>本机（%1）的外接设备。每台收银电脑各自保存设置。</translation>
        </message>
        <message>
            <source>Receipt printer and cash drawer</source>
            <translation>小票打印机与钱箱</translation>
        </message>
        <message>
            <source>Not used</source>
            <translation>不使用</translation>
        </message>
        <message>
            <source>Serial port (COM / tty)</source>
            <translation>串口（COM／tty）</translation>
        </message>
        <message>
            <source>Network (port 9100)</source>
            <translation>网络（端口 9100）</translation>
        </message>
        <message>
            <source>USB (vendor:product)</source>
            <translation>USB（厂商:产品）</translation>
        </message>
        <message>
            <source>Windows printer (raw)</source>
            <translation>Windows 打印机（原始数据）</translation>
        </message>
        <message>
            <source>COM3, /dev/ttyUSB0, 192.168.1.50 …</source>
            <translation>COM3、/dev/ttyUSB0、192.168.1.50 …</translation>
        </message>
        <message>
            <source>Chinese, Big5 (Traditional)</source>
            <translation>中文 Big5（繁体）</translation>
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
            <translation>文字以图片打印（任何打印机都可以）</translation>
        </message>
        <message>
            <source>English only (ASCII)</source>
            <translation>仅英文（ASCII）</translation>
        </message>
        <message>
            <source>80 mm</source>
            <translation>80 毫米</translation>
        </message>
        <message>
            <source>58 mm</source>
            <translation>58 毫米</translation>
        </message>
        <message>
            <source>Cut after each receipt</source>
            <translation>每张小票打完自动切纸</translation>
        </message>
        <message>
            <source>Pin 2 (most drawers)</source>
            <translation>第 2 脚（多数钱箱）</translation>
        </message>
        <message>
            <source>Pin 5</source>
            <translation>第 5 脚</translation>
        </message>
        <message>
            <source>Open the drawer for cash sales</source>
            <translation>现金交易时打开钱箱</translation>
        </message>
        <message>
            <source>Address, phone … (printed under the shop name)</source>
            <translation>地址、电话…（打印在店名下方）</translation>
        </message>
        <message>
            <source>Thank-you line (empty: the standard one)</source>
            <translation>致谢语（留空则用默认）</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>连接方式</translation>
        </message>
        <message>
            <source>Port or address</source>
            <translation>端口或地址</translation>
        </message>
        <message>
            <source>Baud rate</source>
            <translation>波特率</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>字符编码</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <source>Cash drawer</source>
            <translation>钱箱</translation>
        </message>
        <message>
            <source>Receipt header</source>
            <translation>小票抬头</translation>
        </message>
        <message>
            <source>Receipt footer</source>
            <translation>小票页脚</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>打印测试页</translation>
        </message>
        <message>
            <source>Open drawer</source>
            <translation>打开钱箱</translation>
        </message>
        <message>
            <source>Barcode / QR scanner</source>
            <translation>条码／二维码扫描枪</translation>
        </message>
        <message>
            <source>USB keyboard scanner</source>
            <translation>USB 键盘式扫描枪</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Shortest code</source>
            <translation>最短条码长度</translation>
        </message>
        <message>
            <source>Test: scan something</source>
            <translation>测试：扫描任一条码</translation>
        </message>
        <message>
            <source>Customer display (2 × 20)</source>
            <translation>客显（2 × 20）</translation>
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
            <translation>显示测试文字</translation>
        </message>
        <message>
            <source>Receipt queue</source>
            <translation>小票队列</translation>
        </message>
        <message>
            <source>Sales are saved even when a receipt does not print. Receipts that did not print wait here.</source>
            <translation>小票没打出来时，消费仍已保存。未打印的小票会在这里等待。</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>重打</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>Print all waiting</source>
            <translation>全部打印</translation>
        </message>
        <message>
            <source>Reprint last receipt</source>
            <translation>重打上一张小票</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <source>Receipts waiting</source>
            <translation>有小票待打印</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>有问题</translation>
        </message>
        <message>
            <source>Not set up</source>
            <translation>尚未设置</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>问题：%1</translation>
        </message>
        <message>
            <source>Scan a barcode or QR code now…</source>
            <translation>请现在扫描条码或二维码…</translation>
        </message>
        <message>
            <source>Read: %1</source>
            <translation>读到：%1</translation>
        </message>
        <message>
            <source>Nothing was scanned. Check the cable and the settings above.</source>
            <translation>没有扫到任何东西。请检查连接线和上面的设置。</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change the receipt header and footer.</source>
            <translation>只有店主或店长可以修改小票抬头和页脚。</translation>
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
            <translation>点击排序；点第三下恢复按紧急程度排列</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>未消费天数</translation>
        </message>
        <message>
            <source>Last call</source>
            <translation>上次结果</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>What to say</source>
            <translation>建议话术</translation>
        </message>
        <message>
            <source>Also due: %1</source>
            <translation>另有：%1</translation>
        </message>
        <message>
            <source>No purchase yet</source>
            <translation>尚未消费</translation>
        </message>
        <message>
            <source>Days since the last purchase</source>
            <translation>距离上次消费的天数</translation>
        </message>
        <message numerus="yes">
            <source>%n unanswered so far</source>
            <translation>
                <numerusform>已 %n 次未接</numerusform>
            </translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>卡号 %1</translation>
        </message>
    </context>
    <context>
        <name>FollowupRulesDialog</name>
        <message>
            <source>Follow-up rules</source>
            <translation>回访规则</translation>
        </message>
        <message>
            <source>Retail shop</source>
            <translation>零售店</translation>
        </message>
        <message>
            <source>Hair or beauty salon</source>
            <translation>美发／美容院</translation>
        </message>
        <message>
            <source>Arcade or game centre</source>
            <translation>电玩游乐场</translation>
        </message>
        <message>
            <source>Mother and baby shop</source>
            <translation>母婴用品店</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Kind of shop:</source>
            <translation>店铺类型：</translation>
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
            <translation>多久没消费：</translation>
        </message>
        <message>
            <source>Lost after step 3 plus:</source>
            <translation>第3步之后再过多久视为流失：</translation>
        </message>
        <message>
            <source>Offers:</source>
            <translation>优惠：</translation>
        </message>
        <message>
            <source>Call this long before:</source>
            <translation>提前几天联系：</translation>
        </message>
        <message>
            <source>Offer:</source>
            <translation>优惠：</translation>
        </message>
        <message>
            <source>At least this many visits:</source>
            <translation>至少消费次数：</translation>
        </message>
        <message>
            <source>Usual gap from:</source>
            <translation>平常间隔最短：</translation>
        </message>
        <message>
            <source>Usual gap up to:</source>
            <translation>平常间隔最长：</translation>
        </message>
        <message>
            <source>Steadiness (spread of the gaps, at most):</source>
            <translation>规律程度（间隔差异上限）：</translation>
        </message>
        <message>
            <source>Call this long before they are due:</source>
            <translation>预计复购前几天联系：</translation>
        </message>
        <message>
            <source>Keep calling this long after:</source>
            <translation>逾期后继续联系几天：</translation>
        </message>
        <message>
            <source>No visit for:</source>
            <translation>多久没来店：</translation>
        </message>
        <message>
            <source>Call within:</source>
            <translation>几天内联系：</translation>
        </message>
        <message>
            <source>Call again every:</source>
            <translation>每隔几天再联系：</translation>
        </message>
        <message>
            <source>Best customers by spend, top:</source>
            <translation>消费金额排名前：</translation>
        </message>
        <message>
            <source>Call this long after the first visit:</source>
            <translation>第一次来店后几天联系：</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>联系期间：</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>通话</translation>
        </message>
        <message>
            <source>Retries after no answer:</source>
            <translation>未接时重试次数：</translation>
        </message>
        <message>
            <source>Retry after:</source>
            <translation>隔几天重试：</translation>
        </message>
        <message>
            <source>A purchase counts as a win-back within:</source>
            <translation>通话后几天内消费算成功回流：</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>%1, valid for %2 days</source>
            <translation>%1，%2 天内有效</translation>
        </message>
        <message>
            <source>step %1: %2</source>
            <translation>第%1步：%2</translation>
        </message>
        <message>
            <source>The win-back steps must grow: step 1 &lt; step 2 &lt; step 3.</source>
            <translation>久未光顾的天数必须逐步增加：第1步 &lt; 第2步 &lt; 第3步。</translation>
        </message>
        <message>
            <source>The usual gap cannot start above where it ends.</source>
            <translation>平常间隔的最短天数不能大于最长天数。</translation>
        </message>
        <message>
            <source>The rules could not be saved; nothing was changed.</source>
            <translation>规则无法保存，数据没有任何变更。</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change these.</source>
            <translation>只有店主或店长可以修改。</translation>
        </message>
    </context>
    <context>
        <name>FollowupsTab</name>
        <message>
            <source>Call list</source>
            <translation>回访名单</translation>
        </message>
        <message>
            <source>Staff results</source>
            <translation>员工业绩</translation>
        </message>
        <message>
            <source>The day the list is for (today unless you are planning ahead)</source>
            <translation>名单的日期（默认今天，也可以先看之后的日子）</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Show only the rows whose name, phone or card number contains this (Ctrl+F)</source>
            <translation>只显示姓名、电话或卡号含有这些字的会员（Ctrl+F）</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Work out the list again (F5)</source>
            <translation>重新生成名单（F5）</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>分派…</translation>
        </message>
        <message>
            <source>Spread the day's calls evenly over the staff on shift</source>
            <translation>把这一天的回访平均分给当班同事</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Save the rows shown as a CSV file (Excel opens it)</source>
            <translation>把当前显示的名单保存为 CSV 文件（可用 Excel 打开）</translation>
        </message>
        <message>
            <source>Print call sheet…</source>
            <translation>打印回访单…</translation>
        </message>
        <message>
            <source>Save the rows shown as a PDF call sheet to print (Ctrl+P)</source>
            <translation>把当前显示的名单保存为 PDF 回访单，方便打印（Ctrl+P）</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <source>Log call…</source>
            <translation>记录通话…</translation>
        </message>
        <message>
            <source>Complaint…</source>
            <translation>客诉…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>消费记录…</translation>
        </message>
        <message>
            <source>Open at counter</source>
            <translation>在收银台打开</translation>
        </message>
        <message>
            <source>Log call  Enter</source>
            <translation>记录通话  Enter</translation>
        </message>
        <message>
            <source>Purchases, points and rewards (Ctrl+H)</source>
            <translation>消费、积分与兑换记录（Ctrl+H）</translation>
        </message>
        <message>
            <source>Show this member at the counter (Ctrl+O)</source>
            <translation>在收银台显示这位会员（Ctrl+O）</translation>
        </message>
        <message>
            <source>Reassign…</source>
            <translation>改派…</translation>
        </message>
        <message>
            <source>Give this call to someone else (owner or manager)</source>
            <translation>把这通回访改派给其他同事（限老板或店长）</translation>
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
            <translation>名单无法加载。</translation>
        </message>
        <message>
            <source>My calls today</source>
            <translation>只看我的回访</translation>
        </message>
        <message>
            <source>Choose who you are in the status bar first</source>
            <translation>请先在下方状态栏选择你是谁</translation>
        </message>
        <message>
            <source>My calls today (%1)</source>
            <translation>只看我的回访（%1）</translation>
        </message>
        <message>
            <source>Only the calls assigned to you</source>
            <translation>只显示分派给你的回访</translation>
        </message>
        <message>
            <source>%1 to call</source>
            <translation>共 %1 位待联系</translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>显示 %1 位（共 %2 位）</translation>
        </message>
        <message>
            <source>%1 called</source>
            <translation>已打 %1 位</translation>
        </message>
        <message>
            <source>No one in this group matches.</source>
            <translation>这一类没有符合的会员。</translation>
        </message>
        <message>
            <source>Nothing is assigned to you for this day.
The owner can share out the list with Assign.</source>
            <translation>这一天没有分派给你的回访。
老板可以按“分派”把名单分给大家。</translation>
        </message>
        <message>
            <source>No one to call on this day.</source>
            <translation>这一天没有需要联系的会员。</translation>
        </message>
        <message>
            <source>Log the call for the selected row (Enter or double-click)</source>
            <translation>记录所选会员的通话（Enter 或双击）</translation>
        </message>
        <message>
            <source>Calls are logged for today: set the date back to today</source>
            <translation>通话只能记在今天：请把日期改回今天</translation>
        </message>
        <message>
            <source>Select a row to see what to say.</source>
            <translation>选一位会员，这里会显示建议话术。</translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>卡号 %1</translation>
        </message>
        <message>
            <source>no purchase yet</source>
            <translation>尚未消费</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last purchase</source>
            <translation>
                <numerusform>%n 天未消费</numerusform>
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
            <translation>负责：%1</translation>
        </message>
        <message numerus="yes">
            <source>%1, valid for %n day(s)</source>
            <translation>
                <numerusform>%1，%n 天内有效</numerusform>
            </translation>
        </message>
        <message>
            <source>Logged: %1 — %2</source>
            <translation>已记录：%1 — %2</translation>
        </message>
        <message>
            <source>voucher %1 (%2) is waiting to be printed</source>
            <translation>优惠券 %1（%2）待打印</translation>
        </message>
        <message>
            <source>Calls shared out: %1</source>
            <translation>已分派：%1</translation>
        </message>
        <message>
            <source>%1 now calls %2</source>
            <translation>%2 改由 %1 联系</translation>
        </message>
        <message>
            <source>Export the call list</source>
            <translation>导出回访名单</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) saved to %1</source>
            <translation>
                <numerusform>已把 %n 条保存到 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the call sheet</source>
            <translation>保存回访单</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Call sheet saved to %1</source>
            <translation>回访单已保存到 %1</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Rules…</source>
            <translation>规则…</translation>
        </message>
        <message>
            <source>Who is due when, and what the calls offer (presets for salons, arcades, retail and mother-and-baby shops)</source>
            <translation>什么时候该联系谁、电话里送什么优惠（有美发、电玩、零售、母婴店的预设）</translation>
        </message>
        <message>
            <source>Name, phone, card</source>
            <translation>姓名、电话、卡号</translation>
        </message>
        <message numerus="yes">
            <source>The call sheet would have %1 rows, about %n page(s). Print them all?

Tip: choose a group on the left, or My calls today, to print fewer.</source>
            <translation>
                <numerusform>回访单会有 %1 条，大约 %n 页。全部都要打印吗？

提示：先在左边选一类，或勾选“只看我的回访”，就能印少一点。</numerusform>
            </translation>
        </message>
        <message>
            <source>Print call sheet</source>
            <translation>打印回访单</translation>
        </message>
        <message>
            <source>Print them all</source>
            <translation>全部打印</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Member history</source>
            <translation>会员记录</translation>
        </message>
        <message>
            <source>points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>抵扣</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <source>Points +</source>
            <translation>积分 +</translation>
        </message>
        <message>
            <source>Points −</source>
            <translation>积分 −</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>What</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
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
            <source>Shortfall</source>
            <translation>不足扣回</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>礼品</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>Points ledger</source>
            <translation>积分明细</translation>
        </message>
        <message>
            <source>Rewards</source>
            <translation>兑换</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>期初积分</translation>
        </message>
        <message>
            <source>Earned on a purchase</source>
            <translation>消费累积</translation>
        </message>
        <message>
            <source>Spent as a discount</source>
            <translation>抵扣消费</translation>
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
            <translation>取消兑换</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>手动调整</translation>
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
            <translation>已作废</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已兑换</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>移动支付</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>转账</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Card %1 · %2 · joined %3 · last visit %4</source>
            <translation>卡号 %1 · %2 · %3 入会 · 上次消费 %4</translation>
        </message>
        <message>
            <source>History: %1</source>
            <translation>消费记录：%1</translation>
        </message>
        <message>
            <source>%1 points could not be taken back</source>
            <translation>%1 积分无法扣回</translation>
        </message>
        <message>
            <source>Purchases (%1)</source>
            <translation>消费（%1）</translation>
        </message>
        <message>
            <source>Points ledger (%1)</source>
            <translation>积分明细（%1）</translation>
        </message>
        <message>
            <source>Rewards (%1)</source>
            <translation>兑换（%1）</translation>
        </message>
        <message>
            <source>Showing the latest 500 purchases.</source>
            <translation>只显示最近 500 笔消费。</translation>
        </message>
        <message>
            <source>The history could not be loaded.</source>
            <translation>无法加载记录。</translation>
        </message>
    </context>
    <context>
        <name>JobModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>小票</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>尝试次数</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Redemption</source>
            <translation>兑换</translation>
        </message>
        <message>
            <source>Top-up</source>
            <translation>充值</translation>
        </message>
        <message>
            <source>Member card</source>
            <translation>会员卡</translation>
        </message>
        <message>
            <source>Test page</source>
            <translation>测试页</translation>
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
            <translation>打印中</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>未打印</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已跳过</translation>
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
            <translation>收银台</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <source>Cashier:</source>
            <translation>收银员：</translation>
        </message>
        <message>
            <source>Regulars</source>
            <translation>熟客</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Receipt not printed: %1 — the sale is saved; the receipt waits in the Devices page queue.</source>
            <translation>小票未打印：%1 — 这笔消费已保存，小票在“设备”页的队列中等待打印。</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Sign up a member</source>
            <translation>新增会员</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>编辑会员</translation>
        </message>
        <message>
            <source>e.g. 0912-345-678</source>
            <translation>例如 138 0013 8000</translation>
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
            <translation>推荐人的卡号或电话</translation>
        </message>
        <message>
            <source>Shift+Enter for a new line</source>
            <translation>按 Shift+Enter 换行</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>推荐人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The year may be left out: 03-15 is the 15th of March.</source>
            <translation>年份可省略：03-15 就是 3 月 15 日。</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>登记会员</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Card %1 · %2 points · joined %3</source>
            <translation>卡号 %1 · %2 积分 · %3 入会</translation>
        </message>
        <message>
            <source>Edit member: %1</source>
            <translation>编辑会员：%1</translation>
        </message>
        <message>
            <source>Something went wrong and nothing was saved. Please try again.</source>
            <translation>出现问题，没有保存任何数据。请再试一次。</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message>
            <source>Walk-in customer — scan a card or search to add points.</source>
            <translation>散客（非会员）— 扫卡或搜索会员即可累积积分。</translation>
        </message>
        <message>
            <source>Card %1 · %2</source>
            <translation>卡号 %1 · %2</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Last visit: %1</source>
            <translation>上次消费：%1</translation>
        </message>
        <message>
            <source>Birthday today!</source>
            <translation>今天生日！</translation>
        </message>
        <message numerus="yes">
            <source>Birthday in %n day(s)</source>
            <translation>
                <numerusform>%n 天后生日</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberPicker</name>
        <message>
            <source>Card numbers</source>
            <translation>指定卡号</translation>
        </message>
        <message>
            <source>All members</source>
            <translation>全部会员</translation>
        </message>
        <message>
            <source>Birthdays in month</source>
            <translation>当月寿星</translation>
        </message>
        <message>
            <source>Joined since</source>
            <translation>入会日起</translation>
        </message>
        <message>
            <source>Card numbers, separated by commas</source>
            <translation>卡号，以逗号分隔</translation>
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
            <translation>活跃</translation>
        </message>
        <message>
            <source>Marginal</source>
            <translation>边缘</translation>
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
            <translation>新会员（未消费）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Card no.</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>上次消费</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入会日</translation>
        </message>
        <message>
            <source>No purchases yet</source>
            <translation>暂无消费</translation>
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
            <translation>按最后一次消费距今的天数分群</translation>
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
            <translation>按卡号、电话、尾号 4 位或姓名搜索</translation>
        </message>
        <message>
            <source>Any gender</source>
            <translation>不限性别</translation>
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
            <translation>未填性别</translation>
        </message>
        <message>
            <source>Any last visit</source>
            <translation>不限上次消费</translation>
        </message>
        <message>
            <source>Visited in the last 30 days</source>
            <translation>30 天内来过</translation>
        </message>
        <message>
            <source>Visited in the last 90 days</source>
            <translation>90 天内来过</translation>
        </message>
        <message>
            <source>No visit for 90 days or more</source>
            <translation>90 天以上没来</translation>
        </message>
        <message>
            <source>No visit for 180 days or more</source>
            <translation>180 天以上没来</translation>
        </message>
        <message>
            <source>No visit for a year or more</source>
            <translation>一年以上没来</translation>
        </message>
        <message>
            <source>Never bought anything</source>
            <translation>从未消费</translation>
        </message>
        <message>
            <source>Joined any time</source>
            <translation>不限入会日</translation>
        </message>
        <message>
            <source>Joined this month</source>
            <translation>本月入会</translation>
        </message>
        <message>
            <source>Joined in the last 30 days</source>
            <translation>30 天内入会</translation>
        </message>
        <message>
            <source>Joined this year</source>
            <translation>今年入会</translation>
        </message>
        <message>
            <source>Joined between…</source>
            <translation>入会日介于…</translation>
        </message>
        <message>
            <source>Joined on or after</source>
            <translation>入会日起</translation>
        </message>
        <message>
            <source>Joined on or before</source>
            <translation>入会日止</translation>
        </message>
        <message>
            <source>Birthday this month</source>
            <translation>本月寿星</translation>
        </message>
        <message>
            <source>Has points</source>
            <translation>有积分</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>Sign up…</source>
            <translation>新增会员…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>消费记录…</translation>
        </message>
        <message>
            <source>Open at counter</source>
            <translation>到收银台结账</translation>
        </message>
        <message>
            <source>Sign up a new member (Ctrl+N)</source>
            <translation>新增会员（Ctrl+N）</translation>
        </message>
        <message>
            <source>Edit the selected member (Enter or double-click)</source>
            <translation>编辑选中的会员（Enter 或双击）</translation>
        </message>
        <message>
            <source>Purchases, points and rewards of the selected member (Ctrl+H)</source>
            <translation>选中会员的消费、积分与兑换记录（Ctrl+H）</translation>
        </message>
        <message>
            <source>Show the selected member at the counter (Ctrl+O)</source>
            <translation>在收银台显示选中的会员（Ctrl+O）</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>登记会员</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>History</source>
            <translation>消费记录</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>计算中…</translation>
        </message>
        <message>
            <source>No members found</source>
            <translation>找不到会员</translation>
        </message>
        <message>
            <source>No members yet</source>
            <translation>还没有会员</translation>
        </message>
        <message numerus="yes">
            <source>%1 member(s) found</source>
            <translation>
                <numerusform>找到 %1 位会员</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 member(s)</source>
            <translation>
                <numerusform>共 %1 位会员</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not load the members list: %1</source>
            <translation>无法加载会员列表：%1</translation>
        </message>
        <message>
            <source>New member: %1, card %2</source>
            <translation>新会员：%1，卡号 %2</translation>
        </message>
    </context>
    <context>
        <name>OfferFields</name>
        <message>
            <source>e.g. December thank-you</source>
            <translation>例如：12 月感谢回馈</translation>
        </message>
        <message>
            <source>Amount off</source>
            <translation>立减金额</translation>
        </message>
        <message>
            <source>Percent off</source>
            <translation>打折</translation>
        </message>
        <message>
            <source>Free item</source>
            <translation>赠品</translation>
        </message>
        <message>
            <source>e.g. a hand-drip coffee</source>
            <translation>例如：手冲咖啡一杯</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>anyone (or a card number)</source>
            <translation>不限（或填卡号）</translation>
        </message>
        <message>
            <source>e.g. parcel inserts, December</source>
            <translation>例如：12 月包裹插页</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>优惠内容</translation>
        </message>
        <message>
            <source>Minimum spend</source>
            <translation>最低消费</translation>
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
            <translation>数量</translation>
        </message>
        <message>
            <source>Only for member</source>
            <translation>限定会员</translation>
        </message>
        <message>
            <source>Run / channel</source>
            <translation>活动／渠道</translation>
        </message>
        <message>
            <source>Percent off (%)</source>
            <translation>折扣（%）</translation>
        </message>
        <message>
            <source>Item's worth (optional)</source>
            <translation>赠品价值（选填）</translation>
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <source>You, the owner</source>
            <translation>店主资料</translation>
        </message>
        <message>
            <source>The first staff member. Add cashiers later; each sale records who made it.</source>
            <translation>第一位员工就是您。之后可再添加收银员；每笔消费都会记录经手人。</translation>
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
                <numerusform>载入示范店铺（%n 位会员、两年的消费记录）先试用看看</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo shop is not available in this version.</source>
            <translation>此版本没有示范店铺。</translation>
        </message>
    </context>
    <context>
        <name>Payment</name>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <source>Mobile pay</source>
            <translation>移动支付</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>转账</translation>
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
            <translation>本周</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>上周</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>上个月</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>自定义日期…</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Calls made</source>
            <translation>拨打次数</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>联系上</translation>
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
            <translation>“成功回流”是指通话后 30 天内有消费（算给消费前最近一通电话）。最近 30 天的通话之后仍可能变成回流。“联系上”是会员有接听的通话。</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>合计</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) in this period</source>
            <translation>
                <numerusform>这段期间共 %n 通</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PointsPage</name>
        <message>
            <source>Points rule</source>
            <translation>积分规则</translation>
        </message>
        <message>
            <source>How members earn points, and what points are worth. You can change this later.</source>
            <translation>会员如何累积积分，以及积分的价值。之后可以再修改。</translation>
        </message>
        <message>
            <source>For every</source>
            <translation>每消费</translation>
        </message>
        <message>
            <source>spent, earn</source>
            <translation>可累积</translation>
        </message>
        <message>
            <source>point(s)</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Earn</source>
            <translation>累积</translation>
        </message>
        <message>
            <source>Round down (128.50 spent → 128 points)</source>
            <translation>向下取整（消费 128.50 → 128 积分）</translation>
        </message>
        <message>
            <source>Round to nearest</source>
            <translation>四舍五入</translation>
        </message>
        <message>
            <source>Round up</source>
            <translation>向上取整</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>尾数处理</translation>
        </message>
        <message>
            <source>Minimum spend to earn</source>
            <translation>最低消费门槛</translation>
        </message>
        <message>
            <source>points give a discount of</source>
            <translation>积分可抵扣</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>抵扣</translation>
        </message>
        <message numerus="yes">
            <source>Example: a sale of %1 earns %n point(s).</source>
            <translation>
                <numerusform>例如：消费 %1 可得 %n 积分。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintTab</name>
        <message>
            <source>Choose a picture</source>
            <translation>选择图片</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Member cards</source>
            <translation>会员卡</translation>
        </message>
        <message>
            <source>Coupons / vouchers</source>
            <translation>优惠券／礼券</translation>
        </message>
        <message>
            <source>Scratch cards</source>
            <translation>刮刮卡</translation>
        </message>
        <message>
            <source>Flyers / package inserts</source>
            <translation>传单／包裹插页</translation>
        </message>
        <message>
            <source>Postcards</source>
            <translation>明信片</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Printer and paper</source>
            <translation>打印机与纸张</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>打印机</translation>
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
            <translation>打印微调（毫米）</translation>
        </message>
        <message>
            <source>If the print lands off the cut marks, move it here; negative moves left or up.</source>
            <translation>若打印位置偏离裁切线，可在此调整；负值往左或往上。</translation>
        </message>
        <message>
            <source>Preview with sample codes: the real codes are issued when you save or print.</source>
            <translation>预览使用示例代码：保存或打印时才会发出正式代码。</translation>
        </message>
        <message>
            <source>Reprint selected batch</source>
            <translation>重打选中的批次</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Coupon batches: issued, redeemed, expired</source>
            <translation>优惠券批次：发出、使用、过期</translation>
        </message>
        <message>
            <source>A4 sheet, 10 cards with cut marks</source>
            <translation>A4 一张 10 卡，含裁切线</translation>
        </message>
        <message>
            <source>Letter sheet, 9 cards with cut marks</source>
            <translation>Letter 一张 9 卡，含裁切线</translation>
        </message>
        <message>
            <source>One card per page (card printer)</source>
            <translation>每页一张（证卡打印机）</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>二维码</translation>
        </message>
        <message>
            <source>Code 128 barcode</source>
            <translation>Code 128 条码</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>版面</translation>
        </message>
        <message>
            <source>Card number as</source>
            <translation>卡号呈现方式</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>标志</translation>
        </message>
        <message>
            <source>New batch</source>
            <translation>新批次</translation>
        </message>
        <message>
            <source>Reprint a batch</source>
            <translation>重打批次</translation>
        </message>
        <message>
            <source>Wallet 85.6 × 54 mm (10 on A4)</source>
            <translation>卡片大小 85.6 × 54 毫米（A4 排 10 张）</translation>
        </message>
        <message>
            <source>Small 64 × 40 mm (21 on A4)</source>
            <translation>小张 64 × 40 毫米（A4 排 21 张）</translation>
        </message>
        <message>
            <source>Large 95 × 68 mm (8 on A4)</source>
            <translation>大张 95 × 68 毫米（A4 排 8 张）</translation>
        </message>
        <message>
            <source>A4 with cut marks</source>
            <translation>A4 含裁切线</translation>
        </message>
        <message>
            <source>Letter with cut marks</source>
            <translation>Letter 含裁切线</translation>
        </message>
        <message>
            <source>One per page</source>
            <translation>每页一张</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <source>e.g. Winter special: buy one, get one free</source>
            <translation>例如：冬季限定，买一送一</translation>
        </message>
        <message>
            <source>e.g. Show this at the counter</source>
            <translation>例如：结账时出示本券</translation>
        </message>
        <message>
            <source>Each on its own paper size</source>
            <translation>按各自纸张大小打印</translation>
        </message>
        <message>
            <source>Tiled on A4 (cut apart)</source>
            <translation>排在 A4 上（再裁开）</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>图片</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>QR web address</source>
            <translation>二维码网址</translation>
        </message>
        <message>
            <source>Line under the offer</source>
            <translation>优惠下方说明</translation>
        </message>
        <message>
            <source>A distinct coupon code on each flyer</source>
            <translation>每张传单附不同的优惠码</translation>
        </message>
        <message>
            <source>Dear {name}, happy birthday!</source>
            <translation>亲爱的 {name}，生日快乐！</translation>
        </message>
        <message>
            <source>A6 cards, one per page</source>
            <translation>A6 卡片，每页一张</translation>
        </message>
        <message>
            <source>Four on A4 (cut apart)</source>
            <translation>A4 排四张（再裁开）</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>问候语</translation>
        </message>
        <message>
            <source>{name} is replaced by each member's name.</source>
            <translation>{name} 会替换成每位会员的姓名。</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>A personal coupon on each card</source>
            <translation>每张附一张个人优惠券</translation>
        </message>
        <message>
            <source>(no printer found)</source>
            <translation>（找不到打印机）</translation>
        </message>
        <message>
            <source>Postcards %1</source>
            <translation>明信片 %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>no printer is installed</source>
            <translation>没有安装打印机</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>准备中…</translation>
        </message>
        <message>
            <source>Rendering</source>
            <translation>生成中</translation>
        </message>
        <message>
            <source>%1… %2 of %3</source>
            <translation>%1… %2／%3</translation>
        </message>
        <message>
            <source>Issuing the codes…</source>
            <translation>发出代码中…</translation>
        </message>
        <message>
            <source>Printing page</source>
            <translation>打印页面</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>发送到打印机…</translation>
        </message>
        <message>
            <source>Saved %1 (%2 pages).</source>
            <translation>已保存 %1（%2 页）。</translation>
        </message>
        <message>
            <source>Sent %1 pages to %2.</source>
            <translation>已将 %1 页发送到 %2。</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <source>Issued batch “%1” with %2 codes.</source>
            <translation>已发出批次“%1”，共 %2 个代码。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>The codes were already issued; reprint the batch from the list below.</source>
            <translation>代码已经发出；请从下方列表重打该批次。</translation>
        </message>
        <message>
            <source>Nothing was issued.</source>
            <translation>没有发出任何代码。</translation>
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
            <translation>兑换礼品</translation>
        </message>
        <message>
            <source>%1 has %2 points.</source>
            <translation>%1 目前有 %2 积分。</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>礼品</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>No rewards are offered yet.</source>
            <translation>目前还没有可兑换的礼品。</translation>
        </message>
        <message>
            <source>Redeem</source>
            <translation>兑换</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Out of stock</source>
            <translation>已无库存</translation>
        </message>
        <message>
            <source>Not enough points</source>
            <translation>积分不足</translation>
        </message>
        <message>
            <source>Choose a reward the member can afford.</source>
            <translation>请选择会员积分足够兑换的礼品。</translation>
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
            <translation>%1 的最近消费</translation>
        </message>
        <message>
            <source>Recent sales at this shop</source>
            <translation>本店最近消费</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Refundable</source>
            <translation>可退金额</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>获得积分</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>No sales to refund.</source>
            <translation>没有可退款的消费。</translation>
        </message>
        <message>
            <source>Everything left on the sale</source>
            <translation>整笔退款（剩余全部）</translation>
        </message>
        <message>
            <source>Part of it:</source>
            <translation>部分退款：</translation>
        </message>
        <message>
            <source>amount to give back</source>
            <translation>退还金额</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>optional, e.g. returned item</source>
            <translation>选填，例如：退货</translation>
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
            <translation>已作废</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>散客</translation>
        </message>
        <message>
            <source>Paid %1; %2 can still be refunded.</source>
            <translation>实付 %1；还可退 %2。</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) used on this sale come back in proportion.</source>
            <translation>
                <numerusform>这笔消费抵扣的 %n 积分会按比例退回。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a sale to refund.</source>
            <translation>请选择要退款的消费。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message numerus="yes">
            <source>Refunded %1. %n point(s) earned on this sale could not be taken back because the member had already spent them; the balance is now %2. The shortfall is recorded.</source>
            <translation>
                <numerusform>已退款 %1。这笔消费获得的积分中有 %n 积分已被会员用掉，无法扣回；目前余额为 %2 积分。差额已记录。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Welcome to Regulars</source>
            <translation>欢迎使用熟客</translation>
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
            <translation>正在建立示范店铺…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>保存中…</translation>
        </message>
        <message>
            <source>Setup could not be saved; nothing was changed.</source>
            <translation>设置无法保存，数据没有任何变更。</translation>
        </message>
    </context>
    <context>
        <name>ShopPage</name>
        <message>
            <source>Your shop</source>
            <translation>您的店铺</translation>
        </message>
        <message>
            <source>This is shown on the screen and, later, on receipts and cards.</source>
            <translation>会显示在界面上，之后也会印在小票和会员卡上。</translation>
        </message>
        <message>
            <source>e.g. Lin's Hair Salon</source>
            <translation>例如：小林美发</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>店名</translation>
        </message>
        <message>
            <source>New Taiwan dollar</source>
            <translation>新台币</translation>
        </message>
        <message>
            <source>Chinese yuan</source>
            <translation>人民币</translation>
        </message>
        <message>
            <source>Hong Kong dollar</source>
            <translation>港币</translation>
        </message>
        <message>
            <source>Macanese pataca</source>
            <translation>澳门币</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation>新加坡元</translation>
        </message>
        <message>
            <source>Malaysian ringgit</source>
            <translation>马来西亚林吉特</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>美元</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>欧元</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The language changes when you click Finish.</source>
            <translation>点击“完成”后切换语言。</translation>
        </message>
        <message>
            <source>Enter the shop's name.</source>
            <translation>请输入店名。</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>never</source>
            <translation>暂无记录</translation>
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
            <translation>操作未完成，数据没有任何变更。</translation>
        </message>
    </context>
</TS>
