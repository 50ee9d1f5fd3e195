<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AuditModel</name>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Command line</translation>
        </message>
        <message>
            <source>First start</source>
            <translation>First start</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Sale</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Purchases</translation>
        </message>
        <message>
            <source>paid balance</source>
            <translation>paid balance</translation>
        </message>
        <message>
            <source>bonus balance</source>
            <translation>bonus balance</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>paid</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>bonus</translation>
        </message>
        <message>
            <source>stamps</source>
            <translation>stamps</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>sessions</translation>
        </message>
        <message>
            <source>sessions left</source>
            <translation>sessions left</translation>
        </message>
        <message>
            <source>points balance</source>
            <translation>points balance</translation>
        </message>
        <message>
            <source>balance</source>
            <translation>balance</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>refunded (cents)</source>
            <translation>refunded (cents)</translation>
        </message>
        <message>
            <source>amount (cents)</source>
            <translation>amount (cents)</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>rows</translation>
        </message>
        <message>
            <source>wrong PINs</source>
            <translation>wrong PINs</translation>
        </message>
        <message>
            <source>permission</source>
            <translation>permission</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>locked until</source>
            <translation>locked until</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>Points ledger only</source>
            <translation>Points ledger only</translation>
        </message>
        <message>
            <source>Stored value ledger only</source>
            <translation>Stored value ledger only</translation>
        </message>
        <message>
            <source>Package ledger only</source>
            <translation>Package ledger only</translation>
        </message>
        <message>
            <source>Stamp ledger only</source>
            <translation>Stamp ledger only</translation>
        </message>
        <message>
            <source>Member: card, phone or name</source>
            <translation>Member: card, phone or name</translation>
        </message>
        <message>
            <source>Show ledger entries</source>
            <translation>Show ledger entries</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Only an owner or a manager may see the audit trail.</source>
            <translation>Only an owner or a manager may see the audit trail.</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Signed out</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Sign-in failed</translation>
        </message>
        <message>
            <source>Locked out</source>
            <translation>Locked out</translation>
        </message>
        <message>
            <source>Cashier switch</source>
            <translation>Cashier switch</translation>
        </message>
        <message>
            <source>Points adjusted</source>
            <translation>Points adjusted</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>Drawer opened</source>
            <translation>Drawer opened</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Members merged</source>
            <translation>Members merged</translation>
        </message>
        <message>
            <source>Member deleted</source>
            <translation>Member deleted</translation>
        </message>
        <message>
            <source>Staff added</source>
            <translation>Staff added</translation>
        </message>
        <message>
            <source>Staff changed</source>
            <translation>Staff changed</translation>
        </message>
        <message>
            <source>Staff deactivated</source>
            <translation>Staff deactivated</translation>
        </message>
        <message>
            <source>PIN set</source>
            <translation>PIN set</translation>
        </message>
        <message>
            <source>PIN reset</source>
            <translation>PIN reset</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>Points earned</translation>
        </message>
        <message>
            <source>Points spent</source>
            <translation>Points spent</translation>
        </message>
        <message>
            <source>Points taken back</source>
            <translation>Points taken back</translation>
        </message>
        <message>
            <source>Points returned</source>
            <translation>Points returned</translation>
        </message>
        <message>
            <source>Reward redeemed</source>
            <translation>Reward redeemed</translation>
        </message>
        <message>
            <source>Redemption undone</source>
            <translation>Redemption undone</translation>
        </message>
        <message>
            <source>Points adjustment</source>
            <translation>Points adjustment</translation>
        </message>
        <message>
            <source>Opening points</source>
            <translation>Opening points</translation>
        </message>
        <message>
            <source>Points from a merged card</source>
            <translation>Points from a merged card</translation>
        </message>
        <message>
            <source>Points moved to the kept card</source>
            <translation>Points moved to the kept card</translation>
        </message>
        <message>
            <source>Stored value topped up</source>
            <translation>Stored value topped up</translation>
        </message>
        <message>
            <source>Stored value bonus</source>
            <translation>Stored value bonus</translation>
        </message>
        <message>
            <source>Paid from stored value</source>
            <translation>Paid from stored value</translation>
        </message>
        <message>
            <source>Stored value given back</source>
            <translation>Stored value given back</translation>
        </message>
        <message>
            <source>Top-up refunded</source>
            <translation>Top-up refunded</translation>
        </message>
        <message>
            <source>Bonus forfeited</source>
            <translation>Bonus forfeited</translation>
        </message>
        <message>
            <source>Stored value adjusted</source>
            <translation>Stored value adjusted</translation>
        </message>
        <message>
            <source>Package sold</source>
            <translation>Package sold</translation>
        </message>
        <message>
            <source>Package session used</source>
            <translation>Package session used</translation>
        </message>
        <message>
            <source>Package expired</source>
            <translation>Package expired</translation>
        </message>
        <message>
            <source>Package refunded</source>
            <translation>Package refunded</translation>
        </message>
        <message>
            <source>Package adjusted</source>
            <translation>Package adjusted</translation>
        </message>
        <message>
            <source>Stamps at sign-up</source>
            <translation>Stamps at sign-up</translation>
        </message>
        <message>
            <source>Stamp earned</source>
            <translation>Stamp earned</translation>
        </message>
        <message>
            <source>Stamp taken back</source>
            <translation>Stamp taken back</translation>
        </message>
        <message>
            <source>Stamp card redeemed</source>
            <translation>Stamp card redeemed</translation>
        </message>
        <message>
            <source>Stamps adjusted</source>
            <translation>Stamps adjusted</translation>
        </message>
        <message>
            <source>No member matches “%1”.</source>
            <translation>No member matches “%1”.</translation>
        </message>
        <message>
            <source>%1 row(s) shown</source>
            <translation>%1 row(s) shown</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Moved from a merged card</source>
            <translation>Moved from a merged card</translation>
        </message>
        <message>
            <source>Moved to the kept card</source>
            <translation>Moved to the kept card</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>Nobody is signed in: press F12 or the button to sign in.</source>
            <translation>Nobody is signed in: press F12 or the button to sign in.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <source>%1 (%2) · Switch F12</source>
            <translation>%1 (%2) · Switch F12</translation>
        </message>
        <message>
            <source>Sign in (F12)</source>
            <translation>Sign in (F12)</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Merge duplicate…</source>
            <translation>Merge duplicate…</translation>
        </message>
        <message>
            <source>Merge a duplicate of the selected member into it (owner)</source>
            <translation>Merge a duplicate of the selected member into it (owner)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge a duplicate member</source>
            <translation>Merge a duplicate member</translation>
        </message>
        <message>
            <source>The duplicate's purchases, history and points move to the member kept here. The duplicate is kept for the record, marked merged; its card and phone then find this member.</source>
            <translation>The duplicate's purchases, history and points move to the member kept here. The duplicate is kept for the record, marked merged; its card and phone then find this member.</translation>
        </message>
        <message>
            <source>card number or phone of the duplicate</source>
            <translation>card number or phone of the duplicate</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>%1 · card %2 · %3 · %4 points</source>
            <translation>%1 · card %2 · %3 · %4 points</translation>
        </message>
        <message>
            <source>Merged %1 into %2.</source>
            <translation>Merged %1 into %2.</translation>
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 to 8 digits</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Your PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN again</translation>
        </message>
        <message>
            <source>The two PINs differ; type the same PIN twice.</source>
            <translation>The two PINs differ; type the same PIN twice.</translation>
        </message>
    </context>
    <context>
        <name>OwnerPinDialog</name>
        <message>
            <source>Choose the owner's PIN</source>
            <translation>Choose the owner's PIN</translation>
        </message>
        <message>
            <source>Staff now sign in with a PIN. %1, choose your owner PIN (4 to 8 digits); then give each staff member theirs on the Staff page.</source>
            <translation>Staff now sign in with a PIN. %1, choose your owner PIN (4 to 8 digits); then give each staff member theirs on the Staff page.</translation>
        </message>
        <message>
            <source>This shop has no staff yet. Enter the owner's name and choose a PIN (4 to 8 digits).</source>
            <translation>This shop has no staff yet. Enter the owner's name and choose a PIN (4 to 8 digits).</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN again</translation>
        </message>
        <message>
            <source>Save and sign in</source>
            <translation>Save and sign in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The two PINs differ; type the same PIN twice.</source>
            <translation>The two PINs differ; type the same PIN twice.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Delete the last digit</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Switch cashier</source>
            <translation>Switch cashier</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Who is at the counter?</source>
            <translation>Who is at the counter?</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <source>No PIN yet: the owner sets one on the Staff page.</source>
            <translation>No PIN yet: the owner sets one on the Staff page.</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>Choose your name first.</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>PIN, 4 to 8 digits</source>
            <translation>PIN, 4 to 8 digits</translation>
        </message>
        <message>
            <source>Add staff member</source>
            <translation>Add staff member</translation>
        </message>
        <message>
            <source>New staff member</source>
            <translation>New staff member</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>new PIN</source>
            <translation>new PIN</translation>
        </message>
        <message>
            <source>current PIN</source>
            <translation>current PIN</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Set PIN</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Selected staff member</source>
            <translation>Selected staff member</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Current PIN</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Refunds a cashier may give alone</source>
            <translation>Refunds a cashier may give alone</translation>
        </message>
        <message>
            <source>Up to</source>
            <translation>Up to</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Refund limit saved.</source>
            <translation>Refund limit saved.</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>Locked until %1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>set</source>
            <translation>set</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>Only the owner adds staff, changes roles and resets PINs. You can change your own PIN here.</source>
            <translation>Only the owner adds staff, changes roles and resets PINs. You can change your own PIN here.</translation>
        </message>
        <message>
            <source>%1 added.</source>
            <translation>%1 added.</translation>
        </message>
        <message>
            <source>PIN saved for %1.</source>
            <translation>PIN saved for %1.</translation>
        </message>
    </context>
</TS>
