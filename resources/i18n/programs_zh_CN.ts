<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <source>Programs</source>
            <translation>会员方案</translation>
        </message>
    </context>
    <context>
        <name>ProgramsPage</name>
        <message>
            <source>Membership tiers</source>
            <translation>会员等级</translation>
        </message>
        <message>
            <source>From lowest to highest. A member moves up at the sale that reaches a threshold (spend or visits in the last 12 months; imported history counts) and is reviewed, down as well as up, on the date below.</source>
            <translation>由低到高排列。会员在达到门槛的那笔消费当下升级（近 12 个月的消费金额或到店次数，导入的历史消费也算），并在下方的日期重新评定，可升也可降。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>计算依据</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>门槛</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分倍数</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员数</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>新增等级</translation>
        </message>
        <message>
            <source>Remove tier</source>
            <translation>删除等级</translation>
        </message>
        <message>
            <source>Review tiers:</source>
            <translation>重新评定等级：</translation>
        </message>
        <message>
            <source>never</source>
            <translation>不评定</translation>
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
            <translation>积分规则</translation>
        </message>
        <message>
            <source>Multipliers multiply: a member day ×2 on the birthday ×2 of a ×1.5 tier earns ×6, up to the cap. Points are rounded once, at the end, by the shop's earning rule.</source>
            <translation>倍数相乘：×1.5 等级的会员在生日（×2）遇上会员日（×2）可得 ×6，最多到上限。积分按本店的积分规则在最后取整一次。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>a day of the month</source>
            <translation>每月的某一天</translation>
        </message>
        <message>
            <source>a weekday</source>
            <translation>每周的某一天</translation>
        </message>
        <message>
            <source>In a shorter month its last day is the member day.</source>
            <translation>当月没有这一天时，以月底最后一天为会员日。</translation>
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
            <translation>会员日：</translation>
        </message>
        <message>
            <source>on the day</source>
            <translation>生日当天</translation>
        </message>
        <message>
            <source>that week (3 days either side)</source>
            <translation>生日周（前后各 3 天）</translation>
        </message>
        <message>
            <source>that month</source>
            <translation>生日当月</translation>
        </message>
        <message>
            <source>Birthday:</source>
            <translation>生日：</translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>无上限</translation>
        </message>
        <message>
            <source>At most:</source>
            <translation>倍数上限：</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Add category</source>
            <translation>新增类别</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Per category:</source>
            <translation>按类别：</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>开始日</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>结束日</translation>
        </message>
        <message>
            <source>Category (blank: all)</source>
            <translation>类别（空白为全部）</translation>
        </message>
        <message>
            <source>Add promotion</source>
            <translation>新增活动</translation>
        </message>
        <message>
            <source>Promotions:</source>
            <translation>限期活动：</translation>
        </message>
        <message>
            <source>Expiry, stamps, referrals, check-in</source>
            <translation>积分期限、集章卡、推荐、签到</translation>
        </message>
        <message>
            <source> months after earning</source>
            <translation> 个月后到期（自获得起算）</translation>
        </message>
        <message>
            <source>Points expire:</source>
            <translation>积分期限：</translation>
        </message>
        <message>
            <source> days ahead</source>
            <translation> 天前提醒</translation>
        </message>
        <message>
            <source>Warn the cashier:</source>
            <translation>提醒收银员：</translation>
        </message>
        <message>
            <source>no stamp card</source>
            <translation>不使用集章卡</translation>
        </message>
        <message>
            <source> stamps a card</source>
            <translation> 个章集满一张</translation>
        </message>
        <message>
            <source> given at sign-up</source>
            <translation> 个章入会即送</translation>
        </message>
        <message>
            <source>Stamp card:</source>
            <translation>集章卡：</translation>
        </message>
        <message>
            <source>A stamp for a sale of at least:</source>
            <translation>单笔消费满此金额盖一个章：</translation>
        </message>
        <message>
            <source>e.g. a free wash</source>
            <translation>例如：免费洗发一次</translation>
        </message>
        <message>
            <source>A full card gives:</source>
            <translation>集满可换：</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source> points</source>
            <translation> 积分</translation>
        </message>
        <message>
            <source>Referrer earns at the first purchase:</source>
            <translation>被推荐人首次消费时，推荐人可得：</translation>
        </message>
        <message>
            <source>Daily check-in:</source>
            <translation>每日签到：</translation>
        </message>
        <message>
            <source>Save programmes</source>
            <translation>保存方案</translation>
        </message>
        <message>
            <source>12-month spend</source>
            <translation>近 12 个月消费</translation>
        </message>
        <message>
            <source>12-month visits</source>
            <translation>近 12 个月到店次数</translation>
        </message>
        <message>
            <source>Tier colour</source>
            <translation>等级颜色</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change these.</source>
            <translation>只有店主或店长可以修改。</translation>
        </message>
        <message>
            <source>Programmes saved.</source>
            <translation>会员方案已保存。</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Expired</source>
            <translation>积分到期</translation>
        </message>
        <message>
            <source>Referral bonus</source>
            <translation>推荐奖励</translation>
        </message>
        <message>
            <source>Daily check-in</source>
            <translation>每日签到</translation>
        </message>
    </context>
    <context>
        <name>ProgramsStrip</name>
        <message>
            <source>%1 more to %2</source>
            <translation>再消费 %1 升级%2</translation>
        </message>
        <message numerus="yes">
            <source>%n more visit(s) to %1</source>
            <translation>
                <numerusform>再到店 %n 次升级%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Stamps %1/%2</source>
            <translation>集章 %1/%2</translation>
        </message>
        <message>
            <source>%1 reward(s) to hand over: %2</source>
            <translation>有 %1 份奖励待领取：%2</translation>
        </message>
        <message>
            <source>%1 points expire after %2</source>
            <translation>%1 积分将于 %2 后到期</translation>
        </message>
        <message>
            <source>Checked in today</source>
            <translation>今日已签到</translation>
        </message>
        <message>
            <source>Check in +%1  Ctrl+K</source>
            <translation>签到 +%1 积分  Ctrl+K</translation>
        </message>
        <message>
            <source>(%1 -%2)</source>
            <translation>（%1 -%2）</translation>
        </message>
        <message>
            <source>member day ×%1</source>
            <translation>会员日 ×%1</translation>
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
            <translation>积分倍数：%1</translation>
        </message>
        <message>
            <source>Tier discount -%1</source>
            <translation>等级折扣 -%1</translation>
        </message>
        <message>
            <source>Upgraded to %1!</source>
            <translation>升级为%1！</translation>
        </message>
        <message>
            <source>Stamp card complete: %1</source>
            <translation>集章卡集满：%1</translation>
        </message>
        <message>
            <source>%1 earns %2 points for the referral</source>
            <translation>推荐人 %1 获得 %2 积分</translation>
        </message>
        <message>
            <source>Checked in: +%1 points</source>
            <translation>签到成功：+%1 积分</translation>
        </message>
        <message>
            <source>Give reward: %1</source>
            <translation>兑换奖励：%1</translation>
        </message>
        <message>
            <source>Last 12 months: %1 spent, %2 visits</source>
            <translation>近 12 个月：消费 %1，到店 %2 次</translation>
        </message>
        <message>
            <source>Reward given: %1</source>
            <translation>已兑换：%1</translation>
        </message>
    </context>
</TS>
