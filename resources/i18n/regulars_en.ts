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
        <name>AssignDialog</name>
        <message>
            <source>Share out the calls</source>
            <translation>Share out the calls</translation>
        </message>
        <message numerus="yes">
            <source>Spread the %n call(s) of the day evenly over the staff on shift. Rows already assigned stay where they are.</source>
            <translation>
                <numerusform>Spread the %n call of the day evenly over the staff on shift. Rows already assigned stay where they are.</numerusform>
                <numerusform>Spread the %n calls of the day evenly over the staff on shift. Rows already assigned stay where they are.</numerusform>
            </translation>
        </message>
        <message>
            <source>At most, per person:</source>
            <translation>At most, per person:</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
    </context>
    <context>
        <name>BatchTableModel</name>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Run / channel</source>
            <translation>Run / channel</translation>
        </message>
        <message>
            <source>Printed as</source>
            <translation>Printed as</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Redeemed</source>
            <translation>Redeemed</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>Coupons</source>
            <translation>Coupons</translation>
        </message>
        <message>
            <source>Scratch cards</source>
            <translation>Scratch cards</translation>
        </message>
        <message>
            <source>Flyers</source>
            <translation>Flyers</translation>
        </message>
        <message>
            <source>Postcards</source>
            <translation>Postcards</translation>
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
        <name>CallDialog</name>
        <message>
            <source>Log a call — %1</source>
            <translation>Log a call — %1</translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>Card %1</translation>
        </message>
        <message>
            <source>no purchase yet</source>
            <translation>no purchase yet</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last purchase</source>
            <translation>
                <numerusform>%n day since the last purchase</numerusform>
                <numerusform>%n days since the last purchase</numerusform>
            </translation>
        </message>
        <message>
            <source>last call: %1 on %2</source>
            <translation>last call: %1 on %2</translation>
        </message>
        <message numerus="yes">
            <source>%n unanswered so far</source>
            <translation>
                <numerusform>%n unanswered so far</numerusform>
                <numerusform>%n unanswered so far</numerusform>
            </translation>
        </message>
        <message>
            <source>Offer: %1. When they hear it (reached, will come in) the voucher is recorded, waiting to be printed.</source>
            <translation>Offer: %1. When they hear it (reached, will come in) the voucher is recorded, waiting to be printed.</translation>
        </message>
        <message>
            <source>What happened?</source>
            <translation>What happened?</translation>
        </message>
        <message>
            <source>Press %1</source>
            <translation>Press %1</translation>
        </message>
        <message>
            <source>Notes (optional): what they said, best time to call…</source>
            <translation>Notes (optional): what they said, best time to call…</translation>
        </message>
        <message>
            <source>Call again on</source>
            <translation>Call again on</translation>
        </message>
        <message>
            <source>Save  Enter</source>
            <translation>Save  Enter</translation>
        </message>
        <message>
            <source>They will be taken off every call list until the owner lifts it.</source>
            <translation>They will be taken off every call list until the owner lifts it.</translation>
        </message>
        <message>
            <source>They leave the list until their phone number is corrected.</source>
            <translation>They leave the list until their phone number is corrected.</translation>
        </message>
        <message>
            <source>They come back on the list tomorrow (up to 3 tries).</source>
            <translation>They come back on the list tomorrow (up to 3 tries).</translation>
        </message>
        <message>
            <source>Choose what happened first (1–6).</source>
            <translation>Choose what happened first (1–6).</translation>
        </message>
        <message>
            <source>The call could not be saved; nothing was changed.</source>
            <translation>The call could not be saved; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <source>Complaints — %1</source>
            <translation>Complaints — %1</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>How it was put right (e.g. redid the colour for free)</source>
            <translation>How it was put right (e.g. redid the colour for free)</translation>
        </message>
        <message>
            <source>Resolve selected</source>
            <translation>Resolve selected</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>New complaint</translation>
        </message>
        <message>
            <source>What happened, in the customer's words</source>
            <translation>What happened, in the customer's words</translation>
        </message>
        <message>
            <source>Severity:</source>
            <translation>Severity:</translation>
        </message>
        <message>
            <source>Log complaint</source>
            <translation>Log complaint</translation>
        </message>
        <message>
            <source>An open complaint puts the member at the top of the call list, to be called within 2 days, until it is resolved.</source>
            <translation>An open complaint puts the member at the top of the call list, to be called within 2 days, until it is resolved.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Resolved: %1</source>
            <translation>Resolved: %1</translation>
        </message>
        <message>
            <source>That could not be saved; nothing was changed.</source>
            <translation>That could not be saved; nothing was changed.</translation>
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
            <source>(merged from %1)</source>
            <translation>(merged from %1)</translation>
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
        <message>
            <source>Remove the coupon (Esc)</source>
            <translation>Remove the coupon (Esc)</translation>
        </message>
        <message>
            <source>Coupon</source>
            <translation>Coupon</translation>
        </message>
        <message>
            <source>Coupon %1 applied: %2</source>
            <translation>Coupon %1 applied: %2</translation>
        </message>
        <message>
            <source>Only for %1 (card %2)</source>
            <translation>Only for %1 (card %2)</translation>
        </message>
        <message>
            <source>(coupon -%1)</source>
            <translation>(coupon -%1)</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>Thank you!</translation>
        </message>
        <message>
            <source>coupon -%1</source>
            <translation>coupon -%1</translation>
        </message>
    </context>
    <context>
        <name>DeviceManager</name>
        <message numerus="yes">
            <source>%n receipt(s) waiting to print</source>
            <translation>
                <numerusform>%n receipt waiting to print</numerusform>
                <numerusform>%n receipts waiting to print</numerusform>
            </translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Keyboard scanner</source>
            <translation>Keyboard scanner</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connected</translation>
        </message>
    </context>
    <context>
        <name>DevicesPage</name>
        <message>
            <source>Devices of this computer (%1). Each counter computer keeps its own settings.</source>
            <translation>Devices of this computer (%1). Each counter computer keeps its own settings.</translation>
        </message>
        <message>
            <source>Receipt printer and cash drawer</source>
            <translation>Receipt printer and cash drawer</translation>
        </message>
        <message>
            <source>Not used</source>
            <translation>Not used</translation>
        </message>
        <message>
            <source>Serial port (COM / tty)</source>
            <translation>Serial port (COM / tty)</translation>
        </message>
        <message>
            <source>Network (port 9100)</source>
            <translation>Network (port 9100)</translation>
        </message>
        <message>
            <source>USB (vendor:product)</source>
            <translation>USB (vendor:product)</translation>
        </message>
        <message>
            <source>Windows printer (raw)</source>
            <translation>Windows printer (raw)</translation>
        </message>
        <message>
            <source>COM3, /dev/ttyUSB0, 192.168.1.50 …</source>
            <translation>COM3, /dev/ttyUSB0, 192.168.1.50 …</translation>
        </message>
        <message>
            <source>Chinese, Big5 (Traditional)</source>
            <translation>Chinese, Big5 (Traditional)</translation>
        </message>
        <message>
            <source>Chinese, GB18030</source>
            <translation>Chinese, GB18030</translation>
        </message>
        <message>
            <source>Chinese, GBK</source>
            <translation>Chinese, GBK</translation>
        </message>
        <message>
            <source>Print text as an image (any printer)</source>
            <translation>Print text as an image (any printer)</translation>
        </message>
        <message>
            <source>English only (ASCII)</source>
            <translation>English only (ASCII)</translation>
        </message>
        <message>
            <source>80 mm</source>
            <translation>80 mm</translation>
        </message>
        <message>
            <source>58 mm</source>
            <translation>58 mm</translation>
        </message>
        <message>
            <source>Cut after each receipt</source>
            <translation>Cut after each receipt</translation>
        </message>
        <message>
            <source>Pin 2 (most drawers)</source>
            <translation>Pin 2 (most drawers)</translation>
        </message>
        <message>
            <source>Pin 5</source>
            <translation>Pin 5</translation>
        </message>
        <message>
            <source>Open the drawer for cash sales</source>
            <translation>Open the drawer for cash sales</translation>
        </message>
        <message>
            <source>Address, phone … (printed under the shop name)</source>
            <translation>Address, phone … (printed under the shop name)</translation>
        </message>
        <message>
            <source>Thank-you line (empty: the standard one)</source>
            <translation>Thank-you line (empty: the standard one)</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Port or address</source>
            <translation>Port or address</translation>
        </message>
        <message>
            <source>Baud rate</source>
            <translation>Baud rate</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>Characters</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Cash drawer</source>
            <translation>Cash drawer</translation>
        </message>
        <message>
            <source>Receipt header</source>
            <translation>Receipt header</translation>
        </message>
        <message>
            <source>Receipt footer</source>
            <translation>Receipt footer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>Print test page</translation>
        </message>
        <message>
            <source>Open drawer</source>
            <translation>Open drawer</translation>
        </message>
        <message>
            <source>Barcode / QR scanner</source>
            <translation>Barcode / QR scanner</translation>
        </message>
        <message>
            <source>USB keyboard scanner</source>
            <translation>USB keyboard scanner</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Shortest code</source>
            <translation>Shortest code</translation>
        </message>
        <message>
            <source>Test: scan something</source>
            <translation>Test: scan something</translation>
        </message>
        <message>
            <source>Customer display (2 × 20)</source>
            <translation>Customer display (2 × 20)</translation>
        </message>
        <message>
            <source>ESC/POS (Epson)</source>
            <translation>ESC/POS (Epson)</translation>
        </message>
        <message>
            <source>CD5220</source>
            <translation>CD5220</translation>
        </message>
        <message>
            <source>Commands</source>
            <translation>Commands</translation>
        </message>
        <message>
            <source>Show test text</source>
            <translation>Show test text</translation>
        </message>
        <message>
            <source>Receipt queue</source>
            <translation>Receipt queue</translation>
        </message>
        <message>
            <source>Sales are saved even when a receipt does not print. Receipts that did not print wait here.</source>
            <translation>Sales are saved even when a receipt does not print. Receipts that did not print wait here.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Print all waiting</source>
            <translation>Print all waiting</translation>
        </message>
        <message>
            <source>Reprint last receipt</source>
            <translation>Reprint last receipt</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Receipts waiting</source>
            <translation>Receipts waiting</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Not set up</source>
            <translation>Not set up</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>Scan a barcode or QR code now…</source>
            <translation>Scan a barcode or QR code now…</translation>
        </message>
        <message>
            <source>Read: %1</source>
            <translation>Read: %1</translation>
        </message>
        <message>
            <source>Nothing was scanned. Check the cable and the settings above.</source>
            <translation>Nothing was scanned. Check the cable and the settings above.</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change the receipt header and footer.</source>
            <translation>Only an owner or a manager can change the receipt header and footer.</translation>
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
        <name>FollowupModel</name>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>yesterday</translation>
        </message>
        <message>
            <source>Click to sort; click a third time to go back to most urgent first</source>
            <translation>Click to sort; click a third time to go back to most urgent first</translation>
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
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Last call</source>
            <translation>Last call</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>What to say</source>
            <translation>What to say</translation>
        </message>
        <message>
            <source>Also due: %1</source>
            <translation>Also due: %1</translation>
        </message>
        <message>
            <source>No purchase yet</source>
            <translation>No purchase yet</translation>
        </message>
        <message>
            <source>Days since the last purchase</source>
            <translation>Days since the last purchase</translation>
        </message>
        <message numerus="yes">
            <source>%n unanswered so far</source>
            <translation>
                <numerusform>%n unanswered so far</numerusform>
                <numerusform>%n unanswered so far</numerusform>
            </translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>Card %1</translation>
        </message>
    </context>
    <context>
        <name>FollowupRulesDialog</name>
        <message>
            <source>Follow-up rules</source>
            <translation>Follow-up rules</translation>
        </message>
        <message>
            <source>Retail shop</source>
            <translation>Retail shop</translation>
        </message>
        <message>
            <source>Hair or beauty salon</source>
            <translation>Hair or beauty salon</translation>
        </message>
        <message>
            <source>Arcade or game centre</source>
            <translation>Arcade or game centre</translation>
        </message>
        <message>
            <source>Mother and baby shop</source>
            <translation>Mother and baby shop</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Kind of shop:</source>
            <translation>Kind of shop:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>step %1</source>
            <translation>step %1</translation>
        </message>
        <message>
            <source>No purchase for:</source>
            <translation>No purchase for:</translation>
        </message>
        <message>
            <source>Lost after step 3 plus:</source>
            <translation>Lost after step 3 plus:</translation>
        </message>
        <message>
            <source>Offers:</source>
            <translation>Offers:</translation>
        </message>
        <message>
            <source>Call this long before:</source>
            <translation>Call this long before:</translation>
        </message>
        <message>
            <source>Offer:</source>
            <translation>Offer:</translation>
        </message>
        <message>
            <source>At least this many visits:</source>
            <translation>At least this many visits:</translation>
        </message>
        <message>
            <source>Usual gap from:</source>
            <translation>Usual gap from:</translation>
        </message>
        <message>
            <source>Usual gap up to:</source>
            <translation>Usual gap up to:</translation>
        </message>
        <message>
            <source>Steadiness (spread of the gaps, at most):</source>
            <translation>Steadiness (spread of the gaps, at most):</translation>
        </message>
        <message>
            <source>Call this long before they are due:</source>
            <translation>Call this long before they are due:</translation>
        </message>
        <message>
            <source>Keep calling this long after:</source>
            <translation>Keep calling this long after:</translation>
        </message>
        <message>
            <source>No visit for:</source>
            <translation>No visit for:</translation>
        </message>
        <message>
            <source>Call within:</source>
            <translation>Call within:</translation>
        </message>
        <message>
            <source>Call again every:</source>
            <translation>Call again every:</translation>
        </message>
        <message>
            <source>Best customers by spend, top:</source>
            <translation>Best customers by spend, top:</translation>
        </message>
        <message>
            <source>Call this long after the first visit:</source>
            <translation>Call this long after the first visit:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Calls</translation>
        </message>
        <message>
            <source>Retries after no answer:</source>
            <translation>Retries after no answer:</translation>
        </message>
        <message>
            <source>Retry after:</source>
            <translation>Retry after:</translation>
        </message>
        <message>
            <source>A purchase counts as a win-back within:</source>
            <translation>A purchase counts as a win-back within:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>%1, valid for %2 days</source>
            <translation>%1, valid for %2 days</translation>
        </message>
        <message>
            <source>step %1: %2</source>
            <translation>step %1: %2</translation>
        </message>
        <message>
            <source>The win-back steps must grow: step 1 &lt; step 2 &lt; step 3.</source>
            <translation>The win-back steps must grow: step 1 &lt; step 2 &lt; step 3.</translation>
        </message>
        <message>
            <source>The usual gap cannot start above where it ends.</source>
            <translation>The usual gap cannot start above where it ends.</translation>
        </message>
        <message>
            <source>The rules could not be saved; nothing was changed.</source>
            <translation>The rules could not be saved; nothing was changed.</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change these.</source>
            <translation>Only an owner or a manager can change these.</translation>
        </message>
    </context>
    <context>
        <name>FollowupsTab</name>
        <message>
            <source>Call list</source>
            <translation>Call list</translation>
        </message>
        <message>
            <source>Staff results</source>
            <translation>Staff results</translation>
        </message>
        <message>
            <source>The day the list is for (today unless you are planning ahead)</source>
            <translation>The day the list is for (today unless you are planning ahead)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Show only the rows whose name, phone or card number contains this (Ctrl+F)</source>
            <translation>Show only the rows whose name, phone or card number contains this (Ctrl+F)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Work out the list again (F5)</source>
            <translation>Work out the list again (F5)</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>Assign…</translation>
        </message>
        <message>
            <source>Spread the day's calls evenly over the staff on shift</source>
            <translation>Spread the day's calls evenly over the staff on shift</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Save the rows shown as a CSV file (Excel opens it)</source>
            <translation>Save the rows shown as a CSV file (Excel opens it)</translation>
        </message>
        <message>
            <source>Print call sheet…</source>
            <translation>Print call sheet…</translation>
        </message>
        <message>
            <source>Save the rows shown as a PDF call sheet to print (Ctrl+P)</source>
            <translation>Save the rows shown as a PDF call sheet to print (Ctrl+P)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Log call…</source>
            <translation>Log call…</translation>
        </message>
        <message>
            <source>Complaint…</source>
            <translation>Complaint…</translation>
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
            <source>Log call  Enter</source>
            <translation>Log call  Enter</translation>
        </message>
        <message>
            <source>Purchases, points and rewards (Ctrl+H)</source>
            <translation>Purchases, points and rewards (Ctrl+H)</translation>
        </message>
        <message>
            <source>Show this member at the counter (Ctrl+O)</source>
            <translation>Show this member at the counter (Ctrl+O)</translation>
        </message>
        <message>
            <source>Reassign…</source>
            <translation>Reassign…</translation>
        </message>
        <message>
            <source>Give this call to someone else (owner or manager)</source>
            <translation>Give this call to someone else (owner or manager)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Step %1</source>
            <translation>Step %1</translation>
        </message>
        <message>
            <source>The list could not be loaded.</source>
            <translation>The list could not be loaded.</translation>
        </message>
        <message>
            <source>My calls today</source>
            <translation>My calls today</translation>
        </message>
        <message>
            <source>Choose who you are in the status bar first</source>
            <translation>Choose who you are in the status bar first</translation>
        </message>
        <message>
            <source>My calls today (%1)</source>
            <translation>My calls today (%1)</translation>
        </message>
        <message>
            <source>Only the calls assigned to you</source>
            <translation>Only the calls assigned to you</translation>
        </message>
        <message>
            <source>%1 to call</source>
            <translation>%1 to call</translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>%1 of %2 shown</translation>
        </message>
        <message>
            <source>%1 called</source>
            <translation>%1 called</translation>
        </message>
        <message>
            <source>No one in this group matches.</source>
            <translation>No one in this group matches.</translation>
        </message>
        <message>
            <source>Nothing is assigned to you for this day.
The owner can share out the list with Assign.</source>
            <translation>Nothing is assigned to you for this day.
The owner can share out the list with Assign.</translation>
        </message>
        <message>
            <source>No one to call on this day.</source>
            <translation>No one to call on this day.</translation>
        </message>
        <message>
            <source>Log the call for the selected row (Enter or double-click)</source>
            <translation>Log the call for the selected row (Enter or double-click)</translation>
        </message>
        <message>
            <source>Calls are logged for today: set the date back to today</source>
            <translation>Calls are logged for today: set the date back to today</translation>
        </message>
        <message>
            <source>Select a row to see what to say.</source>
            <translation>Select a row to see what to say.</translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>Card %1</translation>
        </message>
        <message>
            <source>no purchase yet</source>
            <translation>no purchase yet</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last purchase</source>
            <translation>
                <numerusform>%n day since the last purchase</numerusform>
                <numerusform>%n days since the last purchase</numerusform>
            </translation>
        </message>
        <message>
            <source>also: %1</source>
            <translation>also: %1</translation>
        </message>
        <message>
            <source>last call: %1</source>
            <translation>last call: %1</translation>
        </message>
        <message>
            <source>assigned to %1</source>
            <translation>assigned to %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, valid for %n day(s)</source>
            <translation>
                <numerusform>%1, valid for %n day</numerusform>
                <numerusform>%1, valid for %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Logged: %1 — %2</source>
            <translation>Logged: %1 — %2</translation>
        </message>
        <message>
            <source>voucher %1 (%2) is waiting to be printed</source>
            <translation>voucher %1 (%2) is waiting to be printed</translation>
        </message>
        <message>
            <source>Calls shared out: %1</source>
            <translation>Calls shared out: %1</translation>
        </message>
        <message>
            <source>%1 now calls %2</source>
            <translation>%1 now calls %2</translation>
        </message>
        <message>
            <source>Export the call list</source>
            <translation>Export the call list</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) saved to %1</source>
            <translation>
                <numerusform>%n row saved to %1</numerusform>
                <numerusform>%n rows saved to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the call sheet</source>
            <translation>Save the call sheet</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Call sheet saved to %1</source>
            <translation>Call sheet saved to %1</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>Could not save %1: %2</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Rules…</source>
            <translation>Rules…</translation>
        </message>
        <message>
            <source>Who is due when, and what the calls offer (presets for salons, arcades, retail and mother-and-baby shops)</source>
            <translation>Who is due when, and what the calls offer (presets for salons, arcades, retail and mother-and-baby shops)</translation>
        </message>
        <message>
            <source>Name, phone, card</source>
            <translation>Name, phone, card</translation>
        </message>
        <message numerus="yes">
            <source>The call sheet would have %1 rows, about %n page(s). Print them all?

Tip: choose a group on the left, or My calls today, to print fewer.</source>
            <translation>
                <numerusform>The call sheet would have %1 rows, about %n page. Print them all?

Tip: choose a group on the left, or My calls today, to print fewer.</numerusform>
                <numerusform>The call sheet would have %1 rows, about %n pages. Print them all?

Tip: choose a group on the left, or My calls today, to print fewer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Print call sheet</source>
            <translation>Print call sheet</translation>
        </message>
        <message>
            <source>Print them all</source>
            <translation>Print them all</translation>
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
        <name>JobModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Tries</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Sale</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Redemption</source>
            <translation>Redemption</translation>
        </message>
        <message>
            <source>Top-up</source>
            <translation>Top-up</translation>
        </message>
        <message>
            <source>Member card</source>
            <translation>Member card</translation>
        </message>
        <message>
            <source>Test page</source>
            <translation>Test page</translation>
        </message>
        <message>
            <source>(copy)</source>
            <translation>(copy)</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Skipped</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Manage</source>
            <translation>Manage</translation>
        </message>
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
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Receipt not printed: %1 — the sale is saved; the receipt waits in the Devices page queue.</source>
            <translation>Receipt not printed: %1 — the sale is saved; the receipt waits in the Devices page queue.</translation>
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
        <name>MemberPicker</name>
        <message>
            <source>Card numbers</source>
            <translation>Card numbers</translation>
        </message>
        <message>
            <source>All members</source>
            <translation>All members</translation>
        </message>
        <message>
            <source>Birthdays in month</source>
            <translation>Birthdays in month</translation>
        </message>
        <message>
            <source>Joined since</source>
            <translation>Joined since</translation>
        </message>
        <message>
            <source>Card numbers, separated by commas</source>
            <translation>Card numbers, separated by commas</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Marginal</source>
            <translation>Marginal</translation>
        </message>
        <message>
            <source>Sleeping</source>
            <translation>Sleeping</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>New (no purchase yet)</source>
            <translation>New (no purchase yet)</translation>
        </message>
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
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Members by days since their last purchase</source>
            <translation>Members by days since their last purchase</translation>
        </message>
        <message>
            <source>Any segment</source>
            <translation>Any segment</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
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
        <name>OfferFields</name>
        <message>
            <source>e.g. December thank-you</source>
            <translation>e.g. December thank-you</translation>
        </message>
        <message>
            <source>Amount off</source>
            <translation>Amount off</translation>
        </message>
        <message>
            <source>Percent off</source>
            <translation>Percent off</translation>
        </message>
        <message>
            <source>Free item</source>
            <translation>Free item</translation>
        </message>
        <message>
            <source>e.g. a hand-drip coffee</source>
            <translation>e.g. a hand-drip coffee</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>anyone (or a card number)</source>
            <translation>anyone (or a card number)</translation>
        </message>
        <message>
            <source>e.g. parcel inserts, December</source>
            <translation>e.g. parcel inserts, December</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Offer</translation>
        </message>
        <message>
            <source>Minimum spend</source>
            <translation>Minimum spend</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>How many</translation>
        </message>
        <message>
            <source>Only for member</source>
            <translation>Only for member</translation>
        </message>
        <message>
            <source>Run / channel</source>
            <translation>Run / channel</translation>
        </message>
        <message>
            <source>Percent off (%)</source>
            <translation>Percent off (%)</translation>
        </message>
        <message>
            <source>Item's worth (optional)</source>
            <translation>Item's worth (optional)</translation>
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
        <name>PerformanceView</name>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Last week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>Dates…</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Calls made</source>
            <translation>Calls made</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Win-backs</source>
            <translation>Win-backs</translation>
        </message>
        <message>
            <source>Win-back rate</source>
            <translation>Win-back rate</translation>
        </message>
        <message>
            <source>A win-back is a purchase within 30 days after a call (credited to the latest call before it). Calls from the last 30 days may still turn into win-backs. Reached counts every call where the member came to the phone.</source>
            <translation>A win-back is a purchase within 30 days after a call (credited to the latest call before it). Calls from the last 30 days may still turn into win-backs. Reached counts every call where the member came to the phone.</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) in this period</source>
            <translation>
                <numerusform>%n call in this period</numerusform>
                <numerusform>%n calls in this period</numerusform>
            </translation>
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
        <name>PrintTab</name>
        <message>
            <source>Choose a picture</source>
            <translation>Choose a picture</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Member cards</source>
            <translation>Member cards</translation>
        </message>
        <message>
            <source>Coupons / vouchers</source>
            <translation>Coupons / vouchers</translation>
        </message>
        <message>
            <source>Scratch cards</source>
            <translation>Scratch cards</translation>
        </message>
        <message>
            <source>Flyers / package inserts</source>
            <translation>Flyers / package inserts</translation>
        </message>
        <message>
            <source>Postcards</source>
            <translation>Postcards</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Printer and paper</source>
            <translation>Printer and paper</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>right</source>
            <translation>right</translation>
        </message>
        <message>
            <source>down</source>
            <translation>down</translation>
        </message>
        <message>
            <source>Nudge print (mm)</source>
            <translation>Nudge print (mm)</translation>
        </message>
        <message>
            <source>If the print lands off the cut marks, move it here; negative moves left or up.</source>
            <translation>If the print lands off the cut marks, move it here; negative moves left or up.</translation>
        </message>
        <message>
            <source>Preview with sample codes: the real codes are issued when you save or print.</source>
            <translation>Preview with sample codes: the real codes are issued when you save or print.</translation>
        </message>
        <message>
            <source>Reprint selected batch</source>
            <translation>Reprint selected batch</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Coupon batches: issued, redeemed, expired</source>
            <translation>Coupon batches: issued, redeemed, expired</translation>
        </message>
        <message>
            <source>A4 sheet, 10 cards with cut marks</source>
            <translation>A4 sheet, 10 cards with cut marks</translation>
        </message>
        <message>
            <source>Letter sheet, 9 cards with cut marks</source>
            <translation>Letter sheet, 9 cards with cut marks</translation>
        </message>
        <message>
            <source>One card per page (card printer)</source>
            <translation>One card per page (card printer)</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR code</translation>
        </message>
        <message>
            <source>Code 128 barcode</source>
            <translation>Code 128 barcode</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>Card number as</source>
            <translation>Card number as</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>New batch</source>
            <translation>New batch</translation>
        </message>
        <message>
            <source>Reprint a batch</source>
            <translation>Reprint a batch</translation>
        </message>
        <message>
            <source>Wallet 85.6 × 54 mm (10 on A4)</source>
            <translation>Wallet 85.6 × 54 mm (10 on A4)</translation>
        </message>
        <message>
            <source>Small 64 × 40 mm (21 on A4)</source>
            <translation>Small 64 × 40 mm (21 on A4)</translation>
        </message>
        <message>
            <source>Large 95 × 68 mm (8 on A4)</source>
            <translation>Large 95 × 68 mm (8 on A4)</translation>
        </message>
        <message>
            <source>A4 with cut marks</source>
            <translation>A4 with cut marks</translation>
        </message>
        <message>
            <source>Letter with cut marks</source>
            <translation>Letter with cut marks</translation>
        </message>
        <message>
            <source>One per page</source>
            <translation>One per page</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>e.g. Winter special: buy one, get one free</source>
            <translation>e.g. Winter special: buy one, get one free</translation>
        </message>
        <message>
            <source>e.g. Show this at the counter</source>
            <translation>e.g. Show this at the counter</translation>
        </message>
        <message>
            <source>Each on its own paper size</source>
            <translation>Each on its own paper size</translation>
        </message>
        <message>
            <source>Tiled on A4 (cut apart)</source>
            <translation>Tiled on A4 (cut apart)</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Headline</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Picture</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>How many</translation>
        </message>
        <message>
            <source>QR web address</source>
            <translation>QR web address</translation>
        </message>
        <message>
            <source>Line under the offer</source>
            <translation>Line under the offer</translation>
        </message>
        <message>
            <source>A distinct coupon code on each flyer</source>
            <translation>A distinct coupon code on each flyer</translation>
        </message>
        <message>
            <source>Dear {name}, happy birthday!</source>
            <translation>Dear {name}, happy birthday!</translation>
        </message>
        <message>
            <source>A6 cards, one per page</source>
            <translation>A6 cards, one per page</translation>
        </message>
        <message>
            <source>Four on A4 (cut apart)</source>
            <translation>Four on A4 (cut apart)</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>Greeting</translation>
        </message>
        <message>
            <source>{name} is replaced by each member's name.</source>
            <translation>{name} is replaced by each member's name.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>A personal coupon on each card</source>
            <translation>A personal coupon on each card</translation>
        </message>
        <message>
            <source>(no printer found)</source>
            <translation>(no printer found)</translation>
        </message>
        <message>
            <source>Postcards %1</source>
            <translation>Postcards %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>no printer is installed</source>
            <translation>no printer is installed</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>Preparing…</translation>
        </message>
        <message>
            <source>Rendering</source>
            <translation>Rendering</translation>
        </message>
        <message>
            <source>%1… %2 of %3</source>
            <translation>%1… %2 of %3</translation>
        </message>
        <message>
            <source>Issuing the codes…</source>
            <translation>Issuing the codes…</translation>
        </message>
        <message>
            <source>Printing page</source>
            <translation>Printing page</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>Sending to the printer…</translation>
        </message>
        <message>
            <source>Saved %1 (%2 pages).</source>
            <translation>Saved %1 (%2 pages).</translation>
        </message>
        <message>
            <source>Sent %1 pages to %2.</source>
            <translation>Sent %1 pages to %2.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>the printer</translation>
        </message>
        <message>
            <source>Issued batch “%1” with %2 codes.</source>
            <translation>Issued batch “%1” with %2 codes.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>The codes were already issued; reprint the batch from the list below.</source>
            <translation>The codes were already issued; reprint the batch from the list below.</translation>
        </message>
        <message>
            <source>Nothing was issued.</source>
            <translation>Nothing was issued.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
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
