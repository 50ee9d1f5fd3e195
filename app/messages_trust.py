"""Messages of the trust services, in the three shop languages (merged into
app.messages.CATALOG; same shape: code -> {"en", "zh_TW", "zh_CN"})."""
from __future__ import annotations

CATALOG: dict[str, dict[str, str]] = {
    "not_permitted": {
        "en": "Only an owner or a manager may do this; ask one to sign in.",
        "zh_TW": "只有店主或店長可以執行此操作；請他們登入。",
        "zh_CN": "只有店主或店长可以执行此操作；请他们登录。",
    },
}
