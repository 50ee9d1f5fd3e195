<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <source>Programs</source>
            <translation>Programs</translation>
        </message>
    </context>
    <context>
        <name>ProgramsPage</name>
        <message>
            <source>Membership tiers</source>
            <translation>Membership tiers</translation>
        </message>
        <message>
            <source>From lowest to highest. A member moves up at the sale that reaches a threshold (spend or visits in the last 12 months; imported history counts) and is reviewed, down as well as up, on the date below.</source>
            <translation>From lowest to highest. A member moves up at the sale that reaches a threshold (spend or visits in the last 12 months; imported history counts) and is reviewed, down as well as up, on the date below.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Counts</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Add tier</translation>
        </message>
        <message>
            <source>Remove tier</source>
            <translation>Remove tier</translation>
        </message>
        <message>
            <source>Review tiers:</source>
            <translation>Review tiers:</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>every month</translation>
        </message>
        <message>
            <source>every quarter</source>
            <translation>every quarter</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>every year</translation>
        </message>
        <message>
            <source>month </source>
            <translation>month </translation>
        </message>
        <message>
            <source>day </source>
            <translation>day </translation>
        </message>
        <message>
            <source>Points rules</source>
            <translation>Points rules</translation>
        </message>
        <message>
            <source>Multipliers multiply: a member day ×2 on the birthday ×2 of a ×1.5 tier earns ×6, up to the cap. Points are rounded once, at the end, by the shop's earning rule.</source>
            <translation>Multipliers multiply: a member day ×2 on the birthday ×2 of a ×1.5 tier earns ×6, up to the cap. Points are rounded once, at the end, by the shop's earning rule.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>a day of the month</source>
            <translation>a day of the month</translation>
        </message>
        <message>
            <source>a weekday</source>
            <translation>a weekday</translation>
        </message>
        <message>
            <source>In a shorter month its last day is the member day.</source>
            <translation>In a shorter month its last day is the member day.</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Member day:</source>
            <translation>Member day:</translation>
        </message>
        <message>
            <source>on the day</source>
            <translation>on the day</translation>
        </message>
        <message>
            <source>that week (3 days either side)</source>
            <translation>that week (3 days either side)</translation>
        </message>
        <message>
            <source>that month</source>
            <translation>that month</translation>
        </message>
        <message>
            <source>Birthday:</source>
            <translation>Birthday:</translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>no cap</translation>
        </message>
        <message>
            <source>At most:</source>
            <translation>At most:</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Add category</source>
            <translation>Add category</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Per category:</source>
            <translation>Per category:</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>Category (blank: all)</source>
            <translation>Category (blank: all)</translation>
        </message>
        <message>
            <source>Add promotion</source>
            <translation>Add promotion</translation>
        </message>
        <message>
            <source>Promotions:</source>
            <translation>Promotions:</translation>
        </message>
        <message>
            <source>Expiry, stamps, referrals, check-in</source>
            <translation>Expiry, stamps, referrals, check-in</translation>
        </message>
        <message>
            <source> months after earning</source>
            <translation> months after earning</translation>
        </message>
        <message>
            <source>Points expire:</source>
            <translation>Points expire:</translation>
        </message>
        <message>
            <source> days ahead</source>
            <translation> days ahead</translation>
        </message>
        <message>
            <source>Warn the cashier:</source>
            <translation>Warn the cashier:</translation>
        </message>
        <message>
            <source>no stamp card</source>
            <translation>no stamp card</translation>
        </message>
        <message>
            <source> stamps a card</source>
            <translation> stamps a card</translation>
        </message>
        <message>
            <source> given at sign-up</source>
            <translation> given at sign-up</translation>
        </message>
        <message>
            <source>Stamp card:</source>
            <translation>Stamp card:</translation>
        </message>
        <message>
            <source>A stamp for a sale of at least:</source>
            <translation>A stamp for a sale of at least:</translation>
        </message>
        <message>
            <source>e.g. a free wash</source>
            <translation>e.g. a free wash</translation>
        </message>
        <message>
            <source>A full card gives:</source>
            <translation>A full card gives:</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source> points</source>
            <translation> points</translation>
        </message>
        <message>
            <source>Referrer earns at the first purchase:</source>
            <translation>Referrer earns at the first purchase:</translation>
        </message>
        <message>
            <source>Daily check-in:</source>
            <translation>Daily check-in:</translation>
        </message>
        <message>
            <source>Save programmes</source>
            <translation>Save programmes</translation>
        </message>
        <message>
            <source>12-month spend</source>
            <translation>12-month spend</translation>
        </message>
        <message>
            <source>12-month visits</source>
            <translation>12-month visits</translation>
        </message>
        <message>
            <source>Tier colour</source>
            <translation>Tier colour</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change these.</source>
            <translation>Only an owner or a manager can change these.</translation>
        </message>
        <message>
            <source>Programmes saved.</source>
            <translation>Programmes saved.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Referral bonus</source>
            <translation>Referral bonus</translation>
        </message>
        <message>
            <source>Daily check-in</source>
            <translation>Daily check-in</translation>
        </message>
    </context>
    <context>
        <name>ProgramsStrip</name>
        <message>
            <source>%1 more to %2</source>
            <translation>%1 more to %2</translation>
        </message>
        <message numerus="yes">
            <source>%n more visit(s) to %1</source>
            <translation>
                <numerusform>%n more visit to %1</numerusform>
                <numerusform>%n more visits to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Stamps %1/%2</source>
            <translation>Stamps %1/%2</translation>
        </message>
        <message>
            <source>%1 reward(s) to hand over: %2</source>
            <translation>%1 reward(s) to hand over: %2</translation>
        </message>
        <message>
            <source>%1 points expire after %2</source>
            <translation>%1 points expire after %2</translation>
        </message>
        <message>
            <source>Checked in today</source>
            <translation>Checked in today</translation>
        </message>
        <message>
            <source>Check in +%1  Ctrl+K</source>
            <translation>Check in +%1  Ctrl+K</translation>
        </message>
        <message>
            <source>(%1 -%2)</source>
            <translation>(%1 -%2)</translation>
        </message>
        <message>
            <source>member day ×%1</source>
            <translation>member day ×%1</translation>
        </message>
        <message>
            <source>birthday ×%1</source>
            <translation>birthday ×%1</translation>
        </message>
        <message>
            <source>capped at ×%1</source>
            <translation>capped at ×%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>Points: %1</source>
            <translation>Points: %1</translation>
        </message>
        <message>
            <source>Tier discount -%1</source>
            <translation>Tier discount -%1</translation>
        </message>
        <message>
            <source>Upgraded to %1!</source>
            <translation>Upgraded to %1!</translation>
        </message>
        <message>
            <source>Stamp card complete: %1</source>
            <translation>Stamp card complete: %1</translation>
        </message>
        <message>
            <source>%1 earns %2 points for the referral</source>
            <translation>%1 earns %2 points for the referral</translation>
        </message>
        <message>
            <source>Checked in: +%1 points</source>
            <translation>Checked in: +%1 points</translation>
        </message>
        <message>
            <source>Give reward: %1</source>
            <translation>Give reward: %1</translation>
        </message>
        <message>
            <source>Last 12 months: %1 spent, %2 visits</source>
            <translation>Last 12 months: %1 spent, %2 visits</translation>
        </message>
        <message>
            <source>Reward given: %1</source>
            <translation>Reward given: %1</translation>
        </message>
    </context>
</TS>
