<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AdjustPointsDialog</name>
        <message>
            <source>Adjust points</source>
            <translation>Adjust points</translation>
        </message>
        <message>
            <source>%1 has %2 points.</source>
            <translation>%1 has %2 points.</translation>
        </message>
        <message>
            <source>e.g. 50 to add, -20 to take away</source>
            <translation>e.g. 50 to add, -20 to take away</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Goodwill gesture</source>
            <translation>Goodwill gesture</translation>
        </message>
        <message>
            <source>Correction of a mistake</source>
            <translation>Correction of a mistake</translation>
        </message>
        <message>
            <source>Birthday gift</source>
            <translation>Birthday gift</translation>
        </message>
        <message>
            <source>Points carried over from a paper card</source>
            <translation>Points carried over from a paper card</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Adjust</source>
            <translation>Adjust</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Regulars</source>
            <translation>Regulars</translation>
        </message>
        <message>
            <source>The shop database could not be opened:
%1

Details are in %2.</source>
            <translation>The shop database could not be opened:
%1

Details are in %2.</translation>
        </message>
    </context>
    <context>
        <name>BugDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Regulars ran into a problem it did not expect. What was already saved is safe; the last action may not have been completed, so please check it.</source>
            <translation>Regulars ran into a problem it did not expect. What was already saved is safe; the last action may not have been completed, so please check it.</translation>
        </message>
        <message>
            <source>Details were written to %1.</source>
            <translation>Details were written to %1.</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Show details</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>CounterTab</name>
        <message>
            <source>Scan a card, or type a phone number, its last 4 digits or a name</source>
            <translation>Scan a card, or type a phone number, its last 4 digits or a name</translation>
        </message>
        <message>
            <source>e.g. 128.50</source>
            <translation>e.g. 128.50</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Amount</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>Ca&amp;tegory</translation>
        </message>
        <message>
            <source>&amp;Payment</source>
            <translation>&amp;Payment</translation>
        </message>
        <message>
            <source>&amp;Use points</source>
            <translation>&amp;Use points</translation>
        </message>
        <message>
            <source>Record sale  F2</source>
            <translation>Record sale  F2</translation>
        </message>
        <message>
            <source>Redeem reward  F3</source>
            <translation>Redeem reward  F3</translation>
        </message>
        <message>
            <source>Refund  F4</source>
            <translation>Refund  F4</translation>
        </message>
        <message>
            <source>New member  F5</source>
            <translation>New member  F5</translation>
        </message>
        <message>
            <source>Walk-in  F6</source>
            <translation>Walk-in  F6</translation>
        </message>
        <message>
            <source>History  F7</source>
            <translation>History  F7</translation>
        </message>
        <message>
            <source>Adjust points  F8</source>
            <translation>Adjust points  F8</translation>
        </message>
        <message>
            <source>%1   %2   %3   %4 pts</source>
            <translation>%1   %2   %3   %4 pts</translation>
        </message>
        <message>
            <source>Recent sales</source>
            <translation>Recent sales</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 points = %2 off</source>
            <translation>%1 points = %2 off</translation>
        </message>
        <message>
            <source>= %1 off</source>
            <translation>= %1 off</translation>
        </message>
        <message>
            <source>The points discount is more than the amount.</source>
            <translation>The points discount is more than the amount.</translation>
        </message>
        <message>
            <source>To pay: %1</source>
            <translation>To pay: %1</translation>
        </message>
        <message numerus="yes">
            <source>earns %n point(s)</source>
            <translation>
                <numerusform>earns %n point</numerusform>
                <numerusform>earns %n points</numerusform>
            </translation>
        </message>
        <message>
            <source>Already saved: %1</source>
            <translation>Already saved: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>%1 points used</source>
            <translation>%1 points used</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>walk-in</translation>
        </message>
        <message>
            <source>+%1 points</source>
            <translation>+%1 points</translation>
        </message>
        <message>
            <source>balance %1</source>
            <translation>balance %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Not saved — see the message above.</source>
            <translation>Not saved — see the message above.</translation>
        </message>
        <message>
            <source>Not saved because of an unexpected problem. Press F2 to try again.</source>
            <translation>Not saved because of an unexpected problem. Press F2 to try again.</translation>
        </message>
        <message>
            <source>(refunded)</source>
            <translation>(refunded)</translation>
        </message>
        <message>
            <source>(partly refunded)</source>
            <translation>(partly refunded)</translation>
        </message>
        <message>
            <source>Find the member first (scan the card or search).</source>
            <translation>Find the member first (scan the card or search).</translation>
        </message>
        <message>
            <source>Redeemed: %1, -%2 points, balance %3</source>
            <translation>Redeemed: %1, -%2 points, balance %3</translation>
        </message>
        <message>
            <source>Refunded: %1</source>
            <translation>Refunded: %1</translation>
        </message>
        <message>
            <source>-%1 points</source>
            <translation>-%1 points</translation>
        </message>
        <message>
            <source>+%1 points returned</source>
            <translation>+%1 points returned</translation>
        </message>
        <message>
            <source>Points adjusted: %1, balance %2</source>
            <translation>Points adjusted: %1, balance %2</translation>
        </message>
        <message>
            <source>New member: %1, card %2</source>
            <translation>New member: %1, card %2</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Regulars</source>
            <translation>Regulars</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Member history</source>
            <translation>Member history</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>Points +</source>
            <translation>Points +</translation>
        </message>
        <message>
            <source>Points −</source>
            <translation>Points −</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Shortfall</source>
            <translation>Shortfall</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Reward</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Purchases</translation>
        </message>
        <message>
            <source>Points ledger</source>
            <translation>Points ledger</translation>
        </message>
        <message>
            <source>Rewards</source>
            <translation>Rewards</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>Opening balance</translation>
        </message>
        <message>
            <source>Earned on a purchase</source>
            <translation>Earned on a purchase</translation>
        </message>
        <message>
            <source>Spent as a discount</source>
            <translation>Spent as a discount</translation>
        </message>
        <message>
            <source>Taken back (refund)</source>
            <translation>Taken back (refund)</translation>
        </message>
        <message>
            <source>Given back (refund)</source>
            <translation>Given back (refund)</translation>
        </message>
        <message>
            <source>Reward undone</source>
            <translation>Reward undone</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Adjustment</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Partly refunded</source>
            <translation>Partly refunded</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Undone</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Card %1 · %2 · joined %3 · last visit %4</source>
            <translation>Card %1 · %2 · joined %3 · last visit %4</translation>
        </message>
        <message>
            <source>History: %1</source>
            <translation>History: %1</translation>
        </message>
        <message>
            <source>%1 points could not be taken back</source>
            <translation>%1 points could not be taken back</translation>
        </message>
        <message>
            <source>Purchases (%1)</source>
            <translation>Purchases (%1)</translation>
        </message>
        <message>
            <source>Points ledger (%1)</source>
            <translation>Points ledger (%1)</translation>
        </message>
        <message>
            <source>Rewards (%1)</source>
            <translation>Rewards (%1)</translation>
        </message>
        <message>
            <source>Showing the latest 500 purchases.</source>
            <translation>Showing the latest 500 purchases.</translation>
        </message>
        <message>
            <source>The history could not be loaded.</source>
            <translation>The history could not be loaded.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Cashier:</source>
            <translation>Cashier:</translation>
        </message>
        <message>
            <source>Regulars</source>
            <translation>Regulars</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Sign up a member</source>
            <translation>Sign up a member</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>Edit member</translation>
        </message>
        <message>
            <source>e.g. 0912-345-678</source>
            <translation>e.g. 0912-345-678</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or MM-DD</source>
            <translation>YYYY-MM-DD or MM-DD</translation>
        </message>
        <message>
            <source>Card no. or phone of the referrer</source>
            <translation>Card no. or phone of the referrer</translation>
        </message>
        <message>
            <source>Shift+Enter for a new line</source>
            <translation>Shift+Enter for a new line</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Referred by</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>The year may be left out: 03-15 is the 15th of March.</source>
            <translation>The year may be left out: 03-15 is the 15th of March.</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Sign up</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Card %1 · %2 points · joined %3</source>
            <translation>Card %1 · %2 points · joined %3</translation>
        </message>
        <message>
            <source>Edit member: %1</source>
            <translation>Edit member: %1</translation>
        </message>
        <message>
            <source>Something went wrong and nothing was saved. Please try again.</source>
            <translation>Something went wrong and nothing was saved. Please try again.</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message>
            <source>Walk-in customer — scan a card or search to add points.</source>
            <translation>Walk-in customer — scan a card or search to add points.</translation>
        </message>
        <message>
            <source>Card %1 · %2</source>
            <translation>Card %1 · %2</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Last visit: %1</source>
            <translation>Last visit: %1</translation>
        </message>
        <message>
            <source>Birthday today!</source>
            <translation>Birthday today!</translation>
        </message>
        <message numerus="yes">
            <source>Birthday in %n day(s)</source>
            <translation>
                <numerusform>Birthday in %n day</numerusform>
                <numerusform>Birthday in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Card no.</source>
            <translation>Card no.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>No purchases yet</source>
            <translation>No purchases yet</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Yesterday</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Search by card no., phone, last 4 digits or name</source>
            <translation>Search by card no., phone, last 4 digits or name</translation>
        </message>
        <message>
            <source>Any gender</source>
            <translation>Any gender</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Gender not given</source>
            <translation>Gender not given</translation>
        </message>
        <message>
            <source>Any last visit</source>
            <translation>Any last visit</translation>
        </message>
        <message>
            <source>Visited in the last 30 days</source>
            <translation>Visited in the last 30 days</translation>
        </message>
        <message>
            <source>Visited in the last 90 days</source>
            <translation>Visited in the last 90 days</translation>
        </message>
        <message>
            <source>No visit for 90 days or more</source>
            <translation>No visit for 90 days or more</translation>
        </message>
        <message>
            <source>No visit for 180 days or more</source>
            <translation>No visit for 180 days or more</translation>
        </message>
        <message>
            <source>No visit for a year or more</source>
            <translation>No visit for a year or more</translation>
        </message>
        <message>
            <source>Never bought anything</source>
            <translation>Never bought anything</translation>
        </message>
        <message>
            <source>Joined any time</source>
            <translation>Joined any time</translation>
        </message>
        <message>
            <source>Joined this month</source>
            <translation>Joined this month</translation>
        </message>
        <message>
            <source>Joined in the last 30 days</source>
            <translation>Joined in the last 30 days</translation>
        </message>
        <message>
            <source>Joined this year</source>
            <translation>Joined this year</translation>
        </message>
        <message>
            <source>Joined between…</source>
            <translation>Joined between…</translation>
        </message>
        <message>
            <source>Joined on or after</source>
            <translation>Joined on or after</translation>
        </message>
        <message>
            <source>Joined on or before</source>
            <translation>Joined on or before</translation>
        </message>
        <message>
            <source>Birthday this month</source>
            <translation>Birthday this month</translation>
        </message>
        <message>
            <source>Has points</source>
            <translation>Has points</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Sign up…</source>
            <translation>Sign up…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>History…</translation>
        </message>
        <message>
            <source>Open at counter</source>
            <translation>Open at counter</translation>
        </message>
        <message>
            <source>Sign up a new member (Ctrl+N)</source>
            <translation>Sign up a new member (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit the selected member (Enter or double-click)</source>
            <translation>Edit the selected member (Enter or double-click)</translation>
        </message>
        <message>
            <source>Purchases, points and rewards of the selected member (Ctrl+H)</source>
            <translation>Purchases, points and rewards of the selected member (Ctrl+H)</translation>
        </message>
        <message>
            <source>Show the selected member at the counter (Ctrl+O)</source>
            <translation>Show the selected member at the counter (Ctrl+O)</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Sign up</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>No members found</source>
            <translation>No members found</translation>
        </message>
        <message>
            <source>No members yet</source>
            <translation>No members yet</translation>
        </message>
        <message numerus="yes">
            <source>%1 member(s) found</source>
            <translation>
                <numerusform>%1 member found</numerusform>
                <numerusform>%1 members found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 member(s)</source>
            <translation>
                <numerusform>%1 member</numerusform>
                <numerusform>%1 members</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not load the members list: %1</source>
            <translation>Could not load the members list: %1</translation>
        </message>
        <message>
            <source>New member: %1, card %2</source>
            <translation>New member: %1, card %2</translation>
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <source>You, the owner</source>
            <translation>You, the owner</translation>
        </message>
        <message>
            <source>The first staff member. Add cashiers later; each sale records who made it.</source>
            <translation>The first staff member. Add cashiers later; each sale records who made it.</translation>
        </message>
        <message>
            <source>your name</source>
            <translation>your name</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message numerus="yes">
            <source>Load the demo shop (%n members with two years of sales) to try things out</source>
            <translation>
                <numerusform>Load the demo shop (%n member with two years of sales) to try things out</numerusform>
                <numerusform>Load the demo shop (%n members with two years of sales) to try things out</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo shop is not available in this version.</source>
            <translation>The demo shop is not available in this version.</translation>
        </message>
    </context>
    <context>
        <name>Payment</name>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Mobile pay</source>
            <translation>Mobile pay</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>PointsPage</name>
        <message>
            <source>Points rule</source>
            <translation>Points rule</translation>
        </message>
        <message>
            <source>How members earn points, and what points are worth. You can change this later.</source>
            <translation>How members earn points, and what points are worth. You can change this later.</translation>
        </message>
        <message>
            <source>For every</source>
            <translation>For every</translation>
        </message>
        <message>
            <source>spent, earn</source>
            <translation>spent, earn</translation>
        </message>
        <message>
            <source>point(s)</source>
            <translation>point(s)</translation>
        </message>
        <message>
            <source>Earn</source>
            <translation>Earn</translation>
        </message>
        <message>
            <source>Round down (128.50 spent → 128 points)</source>
            <translation>Round down (128.50 spent → 128 points)</translation>
        </message>
        <message>
            <source>Round to nearest</source>
            <translation>Round to nearest</translation>
        </message>
        <message>
            <source>Round up</source>
            <translation>Round up</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Rounding</translation>
        </message>
        <message>
            <source>Minimum spend to earn</source>
            <translation>Minimum spend to earn</translation>
        </message>
        <message>
            <source>points give a discount of</source>
            <translation>points give a discount of</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Spend</translation>
        </message>
        <message numerus="yes">
            <source>Example: a sale of %1 earns %n point(s).</source>
            <translation>
                <numerusform>Example: a sale of %1 earns %n point.</numerusform>
                <numerusform>Example: a sale of %1 earns %n points.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RedeemDialog</name>
        <message>
            <source>Redeem a reward</source>
            <translation>Redeem a reward</translation>
        </message>
        <message>
            <source>%1 has %2 points.</source>
            <translation>%1 has %2 points.</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Reward</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>In stock</translation>
        </message>
        <message>
            <source>No rewards are offered yet.</source>
            <translation>No rewards are offered yet.</translation>
        </message>
        <message>
            <source>Redeem</source>
            <translation>Redeem</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <source>Out of stock</source>
            <translation>Out of stock</translation>
        </message>
        <message>
            <source>Not enough points</source>
            <translation>Not enough points</translation>
        </message>
        <message>
            <source>Choose a reward the member can afford.</source>
            <translation>Choose a reward the member can afford.</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>Refund a sale</source>
            <translation>Refund a sale</translation>
        </message>
        <message>
            <source>Recent sales of %1</source>
            <translation>Recent sales of %1</translation>
        </message>
        <message>
            <source>Recent sales at this shop</source>
            <translation>Recent sales at this shop</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Refundable</source>
            <translation>Refundable</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>Points earned</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No sales to refund.</source>
            <translation>No sales to refund.</translation>
        </message>
        <message>
            <source>Everything left on the sale</source>
            <translation>Everything left on the sale</translation>
        </message>
        <message>
            <source>Part of it:</source>
            <translation>Part of it:</translation>
        </message>
        <message>
            <source>amount to give back</source>
            <translation>amount to give back</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>optional, e.g. returned item</source>
            <translation>optional, e.g. returned item</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>partly refunded</source>
            <translation>partly refunded</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>refunded</translation>
        </message>
        <message>
            <source>voided</source>
            <translation>voided</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>walk-in</translation>
        </message>
        <message>
            <source>Paid %1; %2 can still be refunded.</source>
            <translation>Paid %1; %2 can still be refunded.</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) used on this sale come back in proportion.</source>
            <translation>
                <numerusform>%n point used on this sale comes back in proportion.</numerusform>
                <numerusform>%n points used on this sale come back in proportion.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a sale to refund.</source>
            <translation>Choose a sale to refund.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>Refunded %1. %n point(s) earned on this sale could not be taken back because the member had already spent them; the balance is now %2. The shortfall is recorded.</source>
            <translation>
                <numerusform>Refunded %1. %n point earned on this sale could not be taken back because the member had already spent it; the balance is now %2. The shortfall is recorded.</numerusform>
                <numerusform>Refunded %1. %n points earned on this sale could not be taken back because the member had already spent them; the balance is now %2. The shortfall is recorded.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Welcome to Regulars</source>
            <translation>Welcome to Regulars</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Setting up the demo shop…</source>
            <translation>Setting up the demo shop…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Setup could not be saved; nothing was changed.</source>
            <translation>Setup could not be saved; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>ShopPage</name>
        <message>
            <source>Your shop</source>
            <translation>Your shop</translation>
        </message>
        <message>
            <source>This is shown on the screen and, later, on receipts and cards.</source>
            <translation>This is shown on the screen and, later, on receipts and cards.</translation>
        </message>
        <message>
            <source>e.g. Lin's Hair Salon</source>
            <translation>e.g. Lin's Hair Salon</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>Shop name</translation>
        </message>
        <message>
            <source>New Taiwan dollar</source>
            <translation>New Taiwan dollar</translation>
        </message>
        <message>
            <source>Chinese yuan</source>
            <translation>Chinese yuan</translation>
        </message>
        <message>
            <source>Hong Kong dollar</source>
            <translation>Hong Kong dollar</translation>
        </message>
        <message>
            <source>Macanese pataca</source>
            <translation>Macanese pataca</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation>Singapore dollar</translation>
        </message>
        <message>
            <source>Malaysian ringgit</source>
            <translation>Malaysian ringgit</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>US dollar</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>Euro</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The language changes when you click Finish.</source>
            <translation>The language changes when you click Finish.</translation>
        </message>
        <message>
            <source>Enter the shop's name.</source>
            <translation>Enter the shop's name.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>yesterday</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_ActionDialog</name>
        <message>
            <source>The action could not be completed; nothing was changed.</source>
            <translation>The action could not be completed; nothing was changed.</translation>
        </message>
    </context>
</TS>
