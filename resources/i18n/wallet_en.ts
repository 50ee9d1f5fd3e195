<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CounterTab</name>
        <message>
            <source>%1 from stored value</source>
            <translation>%1 from stored value</translation>
        </message>
        <message>
            <source>%1 went back to stored value; give back %2.</source>
            <translation>%1 went back to stored value; give back %2.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Stored value and packages</source>
            <translation>Stored value and packages</translation>
        </message>
    </context>
    <context>
        <name>SellPackageDialog</name>
        <message>
            <source>Sell a package</source>
            <translation>Sell a package</translation>
        </message>
        <message>
            <source>Package for %1</source>
            <translation>Package for %1</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Package</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>No packages are offered yet: the owner adds them under Stored value and packages.</source>
            <translation>No packages are offered yet: the owner adds them under Stored value and packages.</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Stored value</source>
            <translation>Stored value</translation>
        </message>
        <message>
            <source>Sell</source>
            <translation>Sell</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>no expiry</translation>
        </message>
        <message>
            <source>no stored value</source>
            <translation>no stored value</translation>
        </message>
        <message>
            <source>Pay %1 from stored value (balance %2)</source>
            <translation>Pay %1 from stored value (balance %2)</translation>
        </message>
        <message>
            <source>; the other %1 by the payment method</source>
            <translation>; the other %1 by the payment method</translation>
        </message>
        <message>
            <source>Choose a package.</source>
            <translation>Choose a package.</translation>
        </message>
    </context>
    <context>
        <name>TopUpDialog</name>
        <message>
            <source>Top up stored value</source>
            <translation>Top up stored value</translation>
        </message>
        <message>
            <source>%1 has %2 of stored value.</source>
            <translation>%1 has %2 of stored value.</translation>
        </message>
        <message>
            <source>e.g. 3,000</source>
            <translation>e.g. 3,000</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>Top up</translation>
        </message>
        <message>
            <source>No top-up bonus is set.</source>
            <translation>No top-up bonus is set.</translation>
        </message>
        <message>
            <source>%1 → +%2</source>
            <translation>%1 → +%2</translation>
        </message>
        <message>
            <source>Bonus tiers: %1</source>
            <translation>Bonus tiers: %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>+%1</source>
            <translation>+%1</translation>
        </message>
        <message>
            <source>none at this amount</source>
            <translation>none at this amount</translation>
        </message>
        <message>
            <source>top up %1 more for +%2</source>
            <translation>top up %1 more for +%2</translation>
        </message>
        <message>
            <source>Balance after: %1</source>
            <translation>Balance after: %1</translation>
        </message>
    </context>
    <context>
        <name>WalletAdjustDialog</name>
        <message>
            <source>Adjust stored value</source>
            <translation>Adjust stored value</translation>
        </message>
        <message>
            <source>%1 has %2 of stored value.</source>
            <translation>%1 has %2 of stored value.</translation>
        </message>
        <message>
            <source>Paid money</source>
            <translation>Paid money</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>e.g. 100 to add, -50 to take away</source>
            <translation>e.g. 100 to add, -50 to take away</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
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
        <name>WalletHistoryDialog</name>
        <message>
            <source>Top-up</source>
            <translation>Top-up</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Paid a sale</source>
            <translation>Paid a sale</translation>
        </message>
        <message>
            <source>Refund of a sale</source>
            <translation>Refund of a sale</translation>
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
            <source>Adjustment</source>
            <translation>Adjustment</translation>
        </message>
        <message>
            <source>Stored value and packages of %1</source>
            <translation>Stored value and packages of %1</translation>
        </message>
        <message>
            <source>Stored value</source>
            <translation>Stored value</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
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
            <source>Packages</source>
            <translation>Packages</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Package</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>refunded</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>no expiry</translation>
        </message>
    </context>
    <context>
        <name>WalletPanel</name>
        <message>
            <source>Stored value</source>
            <translation>Stored value</translation>
        </message>
        <message>
            <source>Top up  F9</source>
            <translation>Top up  F9</translation>
        </message>
        <message>
            <source>Sell package  F10</source>
            <translation>Sell package  F10</translation>
        </message>
        <message>
            <source>More…</source>
            <translation>More…</translation>
        </message>
        <message>
            <source>Refund a top-up or a package's unused sessions…</source>
            <translation>Refund a top-up or a package's unused sessions…</translation>
        </message>
        <message>
            <source>Adjust stored value…</source>
            <translation>Adjust stored value…</translation>
        </message>
        <message>
            <source>Stored value and package history…</source>
            <translation>Stored value and package history…</translation>
        </message>
        <message>
            <source>(paid %1 + bonus %2)</source>
            <translation>(paid %1 + bonus %2)</translation>
        </message>
        <message>
            <source>No packages</source>
            <translation>No packages</translation>
        </message>
        <message>
            <source>%1 of %2 left</source>
            <translation>%1 of %2 left</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>until %1</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>no expiry</translation>
        </message>
        <message>
            <source>Use 1</source>
            <translation>Use 1</translation>
        </message>
        <message>
            <source>Use one session of %1 (F11)</source>
            <translation>Use one session of %1 (F11)</translation>
        </message>
        <message>
            <source>%1 has no package with sessions left.</source>
            <translation>%1 has no package with sessions left.</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1 (%2 left)</translation>
        </message>
        <message>
            <source>Used 1 session of %1: %2 left</source>
            <translation>Used 1 session of %1: %2 left</translation>
        </message>
        <message>
            <source> (until %1)</source>
            <translation> (until %1)</translation>
        </message>
        <message>
            <source>Topped up %1</source>
            <translation>Topped up %1</translation>
        </message>
        <message>
            <source>, bonus %1</source>
            <translation>, bonus %1</translation>
        </message>
        <message>
            <source>, stored value %1</source>
            <translation>, stored value %1</translation>
        </message>
        <message>
            <source>Sold %1: %2 sessions</source>
            <translation>Sold %1: %2 sessions</translation>
        </message>
        <message>
            <source>Top-up refunded: %1 back by its payment method</source>
            <translation>Top-up refunded: %1 back by its payment method</translation>
        </message>
        <message>
            <source>, bonus %1 forfeited</source>
            <translation>, bonus %1 forfeited</translation>
        </message>
        <message>
            <source>Package refunded: %1 unused session(s), %2</source>
            <translation>Package refunded: %1 unused session(s), %2</translation>
        </message>
        <message>
            <source> (%1 back to stored value)</source>
            <translation> (%1 back to stored value)</translation>
        </message>
        <message>
            <source>Stored value adjusted: %1, balance %2</source>
            <translation>Stored value adjusted: %1, balance %2</translation>
        </message>
    </context>
    <context>
        <name>WalletPayRow</name>
        <message>
            <source>From stored value</source>
            <translation>From stored value</translation>
        </message>
        <message>
            <source>Stored &amp;value</source>
            <translation>Stored &amp;value</translation>
        </message>
        <message>
            <source>no stored value</source>
            <translation>no stored value</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>up to %1</translation>
        </message>
        <message>
            <source>balance %1</source>
            <translation>balance %1</translation>
        </message>
        <message>
            <source>the other %1 by the payment method</source>
            <translation>the other %1 by the payment method</translation>
        </message>
    </context>
    <context>
        <name>WalletRefundDialog</name>
        <message>
            <source>Refund stored value or a package</source>
            <translation>Refund stored value or a package</translation>
        </message>
        <message>
            <source>What %1 may get back</source>
            <translation>What %1 may get back</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Nothing to refund: no top-up with unused money and no open package.</source>
            <translation>Nothing to refund: no top-up with unused money and no open package.</translation>
        </message>
        <message>
            <source>A top-up gives back at most its unused paid money; its bonus is forfeited. A package gives back what was paid for its unused sessions.</source>
            <translation>A top-up gives back at most its unused paid money; its bonus is forfeited. A package gives back what was paid for its unused sessions.</translation>
        </message>
        <message>
            <source>optional, e.g. moving away</source>
            <translation>optional, e.g. moving away</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Top-up %1</source>
            <translation>Top-up %1</translation>
        </message>
        <message>
            <source> (bonus %1)</source>
            <translation> (bonus %1)</translation>
        </message>
        <message>
            <source>%1: %2 of %3 unused</source>
            <translation>%1: %2 of %3 unused</translation>
        </message>
        <message>
            <source>pro rata</source>
            <translation>pro rata</translation>
        </message>
        <message>
            <source>Choose what to refund.</source>
            <translation>Choose what to refund.</translation>
        </message>
    </context>
    <context>
        <name>WalletSettingsPage</name>
        <message>
            <source>Stored value</source>
            <translation>Stored value</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Money</translation>
        </message>
        <message>
            <source>Game credits (arcade)</source>
            <translation>Game credits (arcade)</translation>
        </message>
        <message>
            <source>Wallet holds</source>
            <translation>Wallet holds</translation>
        </message>
        <message>
            <source>e.g. Tokens</source>
            <translation>e.g. Tokens</translation>
        </message>
        <message>
            <source>Credit name</source>
            <translation>Credit name</translation>
        </message>
        <message>
            <source>Price per credit</source>
            <translation>Price per credit</translation>
        </message>
        <message>
            <source>Paid money and bonus in proportion</source>
            <translation>Paid money and bonus in proportion</translation>
        </message>
        <message>
            <source>Bonus first</source>
            <translation>Bonus first</translation>
        </message>
        <message>
            <source>Paid money first</source>
            <translation>Paid money first</translation>
        </message>
        <message>
            <source>Spend first</source>
            <translation>Spend first</translation>
        </message>
        <message>
            <source>On the sale (also when paid from stored value)</source>
            <translation>On the sale (also when paid from stored value)</translation>
        </message>
        <message>
            <source>On the top-up (not again when spent)</source>
            <translation>On the top-up (not again when spent)</translation>
        </message>
        <message>
            <source>Points are earned</source>
            <translation>Points are earned</translation>
        </message>
        <message>
            <source>Top-up bonus: the highest tier reached applies</source>
            <translation>Top-up bonus: the highest tier reached applies</translation>
        </message>
        <message>
            <source>Top up at least</source>
            <translation>Top up at least</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
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
            <source>Save stored value rules</source>
            <translation>Save stored value rules</translation>
        </message>
        <message>
            <source>Session packages</source>
            <translation>Session packages</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Package</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>On sale</source>
            <translation>On sale</translation>
        </message>
        <message>
            <source>e.g. Wash x10</source>
            <translation>e.g. Wash x10</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. Wash (the sale category)</source>
            <translation>e.g. Wash (the sale category)</translation>
        </message>
        <message>
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>no expiry</translation>
        </message>
        <message>
            <source>Valid for</source>
            <translation>Valid for</translation>
        </message>
        <message>
            <source>On sale at the counter</source>
            <translation>On sale at the counter</translation>
        </message>
        <message>
            <source>New package</source>
            <translation>New package</translation>
        </message>
        <message>
            <source>Save package</source>
            <translation>Save package</translation>
        </message>
        <message numerus="yes">
            <source>%n package(s) expired.</source>
            <translation>
                <numerusform>%n package expired.</numerusform>
                <numerusform>%n packages expired.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Bonus (credits)</source>
            <translation>Bonus (credits)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
        <message>
            <source>Only an owner or a manager can change these.</source>
            <translation>Only an owner or a manager can change these.</translation>
        </message>
    </context>
</TS>
