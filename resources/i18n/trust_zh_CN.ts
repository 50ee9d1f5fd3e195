<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AuditModel</name>
        <message>
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>命令行</translation>
        </message>
        <message>
            <source>First start</source>
            <translation>首次启动</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>动作</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>About</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>收银台</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消费记录</translation>
        </message>
        <message>
            <source>paid balance</source>
            <translation>储值余额</translation>
        </message>
        <message>
            <source>bonus balance</source>
            <translation>赠送余额</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>储值</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>赠送</translation>
        </message>
        <message>
            <source>stamps</source>
            <translation>印章</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>sessions left</source>
            <translation>剩余次数</translation>
        </message>
        <message>
            <source>points balance</source>
            <translation>积分余额</translation>
        </message>
        <message>
            <source>balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <source>points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>refunded (cents)</source>
            <translation>已退款（分）</translation>
        </message>
        <message>
            <source>amount (cents)</source>
            <translation>金额（分）</translation>
        </message>
        <message>
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>条数</translation>
        </message>
        <message>
            <source>wrong PINs</source>
            <translation>PIN 错误次数</translation>
        </message>
        <message>
            <source>permission</source>
            <translation>权限</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>role</source>
            <translation>职位</translation>
        </message>
        <message>
            <source>active</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>locked until</source>
            <translation>锁定至</translation>
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
            <translation>所有动作</translation>
        </message>
        <message>
            <source>Points ledger only</source>
            <translation>只看积分账</translation>
        </message>
        <message>
            <source>Stored value ledger only</source>
            <translation>只看储值账</translation>
        </message>
        <message>
            <source>Package ledger only</source>
            <translation>只看套票账</translation>
        </message>
        <message>
            <source>Stamp ledger only</source>
            <translation>只看集章卡账</translation>
        </message>
        <message>
            <source>Member: card, phone or name</source>
            <translation>会员：卡号、电话或姓名</translation>
        </message>
        <message>
            <source>Show ledger entries</source>
            <translation>一并显示账目</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Only an owner or a manager may see the audit trail.</source>
            <translation>只有店主或店长可以查看审计记录。</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <source>Locked out</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>Cashier switch</source>
            <translation>换人收银</translation>
        </message>
        <message>
            <source>Points adjusted</source>
            <translation>手动调整积分</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>Drawer opened</source>
            <translation>开钱箱</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>更改设置</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>还原</translation>
        </message>
        <message>
            <source>Members merged</source>
            <translation>合并会员</translation>
        </message>
        <message>
            <source>Member deleted</source>
            <translation>删除会员</translation>
        </message>
        <message>
            <source>Staff added</source>
            <translation>新增员工</translation>
        </message>
        <message>
            <source>Staff changed</source>
            <translation>更改员工</translation>
        </message>
        <message>
            <source>Staff deactivated</source>
            <translation>停用员工</translation>
        </message>
        <message>
            <source>PIN set</source>
            <translation>设置 PIN 码</translation>
        </message>
        <message>
            <source>PIN reset</source>
            <translation>重置 PIN 码</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>获得积分</translation>
        </message>
        <message>
            <source>Points spent</source>
            <translation>使用积分</translation>
        </message>
        <message>
            <source>Points taken back</source>
            <translation>收回积分</translation>
        </message>
        <message>
            <source>Points returned</source>
            <translation>退回积分</translation>
        </message>
        <message>
            <source>Reward redeemed</source>
            <translation>兑换赠品</translation>
        </message>
        <message>
            <source>Redemption undone</source>
            <translation>取消兑换</translation>
        </message>
        <message>
            <source>Points adjustment</source>
            <translation>积分调整</translation>
        </message>
        <message>
            <source>Opening points</source>
            <translation>期初积分</translation>
        </message>
        <message>
            <source>Points from a merged card</source>
            <translation>合并转入的积分</translation>
        </message>
        <message>
            <source>Points moved to the kept card</source>
            <translation>合并转出的积分</translation>
        </message>
        <message>
            <source>Stored value topped up</source>
            <translation>储值</translation>
        </message>
        <message>
            <source>Stored value bonus</source>
            <translation>储值赠送</translation>
        </message>
        <message>
            <source>Paid from stored value</source>
            <translation>以储值付款</translation>
        </message>
        <message>
            <source>Stored value given back</source>
            <translation>退回储值</translation>
        </message>
        <message>
            <source>Top-up refunded</source>
            <translation>储值退款</translation>
        </message>
        <message>
            <source>Bonus forfeited</source>
            <translation>收回赠送额</translation>
        </message>
        <message>
            <source>Stored value adjusted</source>
            <translation>调整储值</translation>
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
            <translation>调整套票</translation>
        </message>
        <message>
            <source>Stamps at sign-up</source>
            <translation>入会赠章</translation>
        </message>
        <message>
            <source>Stamp earned</source>
            <translation>获得印章</translation>
        </message>
        <message>
            <source>Stamp taken back</source>
            <translation>收回印章</translation>
        </message>
        <message>
            <source>Stamp card redeemed</source>
            <translation>集章卡兑换</translation>
        </message>
        <message>
            <source>Stamps adjusted</source>
            <translation>调整印章</translation>
        </message>
        <message>
            <source>No member matches “%1”.</source>
            <translation>找不到符合“%1”的会员。</translation>
        </message>
        <message>
            <source>%1 row(s) shown</source>
            <translation>显示 %1 条</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Moved from a merged card</source>
            <translation>由合并的卡转入</translation>
        </message>
        <message>
            <source>Moved to the kept card</source>
            <translation>转到保留的卡</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>审计</translation>
        </message>
        <message>
            <source>Nobody is signed in: press F12 or the button to sign in.</source>
            <translation>目前没有人登录：请按 F12 或按钮登录。</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店长</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>收银员</translation>
        </message>
        <message>
            <source>%1 (%2) · Switch F12</source>
            <translation>%1（%2）· 换人 F12</translation>
        </message>
        <message>
            <source>Sign in (F12)</source>
            <translation>登录 (F12)</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Merge duplicate…</source>
            <translation>合并重复会员…</translation>
        </message>
        <message>
            <source>Merge a duplicate of the selected member into it (owner)</source>
            <translation>把选中会员的重复资料合并进来（店主）</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge a duplicate member</source>
            <translation>合并重复会员</translation>
        </message>
        <message>
            <source>The duplicate's purchases, history and points move to the member kept here. The duplicate is kept for the record, marked merged; its card and phone then find this member.</source>
            <translation>重复资料的消费、记录和积分会转到这里保留的会员。重复资料仍会保存并标记为已合并；之后用它的卡号或电话也会找到这位会员。</translation>
        </message>
        <message>
            <source>card number or phone of the duplicate</source>
            <translation>重复资料的卡号或电话</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>%1 · card %2 · %3 · %4 points</source>
            <translation>%1 · 卡号 %2 · %3 · %4 积分</translation>
        </message>
        <message>
            <source>Merged %1 into %2.</source>
            <translation>已将 %1 合并到 %2。</translation>
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 到 8 位数字</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>您的 PIN 码</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再输入一次 PIN 码</translation>
        </message>
        <message>
            <source>The two PINs differ; type the same PIN twice.</source>
            <translation>两次输入的 PIN 码不同；请输入相同的 PIN 码。</translation>
        </message>
    </context>
    <context>
        <name>OwnerPinDialog</name>
        <message>
            <source>Choose the owner's PIN</source>
            <translation>设置店主 PIN 码</translation>
        </message>
        <message>
            <source>Staff now sign in with a PIN. %1, choose your owner PIN (4 to 8 digits); then give each staff member theirs on the Staff page.</source>
            <translation>现在员工要用 PIN 码登录。%1，请设置您的店主 PIN 码（4 到 8 位数字），再到“员工”页面为每位员工设置。</translation>
        </message>
        <message>
            <source>This shop has no staff yet. Enter the owner's name and choose a PIN (4 to 8 digits).</source>
            <translation>这家店还没有员工。请输入店主姓名并设置 PIN 码（4 到 8 位数字）。</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 码</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再输入一次 PIN 码</translation>
        </message>
        <message>
            <source>Save and sign in</source>
            <translation>保存并登录</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The two PINs differ; type the same PIN twice.</source>
            <translation>两次输入的 PIN 码不同；请输入相同的 PIN 码。</translation>
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
            <translation>删除最后一位</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Switch cashier</source>
            <translation>换人收银</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Who is at the counter?</source>
            <translation>谁在收银台？</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 码</translation>
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
            <translation>店长</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>收银员</translation>
        </message>
        <message>
            <source>No PIN yet: the owner sets one on the Staff page.</source>
            <translation>尚未设置 PIN 码：请店主在“员工”页面设置。</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>请先选择您的名字。</translation>
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
            <translation>职位</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 码</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>PIN, 4 to 8 digits</source>
            <translation>PIN 码，4 到 8 位数字</translation>
        </message>
        <message>
            <source>Add staff member</source>
            <translation>新增员工</translation>
        </message>
        <message>
            <source>New staff member</source>
            <translation>新员工</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>更改职位</translation>
        </message>
        <message>
            <source>new PIN</source>
            <translation>新 PIN 码</translation>
        </message>
        <message>
            <source>current PIN</source>
            <translation>当前 PIN 码</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>设置 PIN 码</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Selected staff member</source>
            <translation>选中的员工</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>当前 PIN 码</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新 PIN 码</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Refunds a cashier may give alone</source>
            <translation>收银员可自行退款的上限</translation>
        </message>
        <message>
            <source>Up to</source>
            <translation>最多</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>收银员</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店长</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <source>Refund limit saved.</source>
            <translation>已保存退款上限。</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>set</source>
            <translation>已设置</translation>
        </message>
        <message>
            <source>none</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <source>Only the owner adds staff, changes roles and resets PINs. You can change your own PIN here.</source>
            <translation>只有店主可以新增员工、更改职位和重置 PIN 码。您可以在这里更改自己的 PIN 码。</translation>
        </message>
        <message>
            <source>%1 added.</source>
            <translation>已新增 %1。</translation>
        </message>
        <message>
            <source>PIN saved for %1.</source>
            <translation>已保存 %1 的 PIN 码。</translation>
        </message>
    </context>
</TS>
