"""Messages of the backup, restore and start-up integrity services, in the three shop languages (merged into
app.messages.CATALOG; same shape: code -> {"en", "zh_TW", "zh_CN"})."""
from __future__ import annotations

CATALOG: dict[str, dict[str, str]] = {
}
