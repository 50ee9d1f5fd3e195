"""Two kinds of failure, as qutebrowser separates them.

:class:`UserError` is something the world did (bad input, a duplicate phone,
not enough points): it carries a message code and parameters, is shown to the
person in their language, and the transaction it interrupted changes nothing.
Anything else is a bug and is logged with its traceback.
"""
from __future__ import annotations

from app import messages


class UserError(Exception):
    """A refusal caused by the input or the data; nothing was changed.

    Args:
        code: key in :data:`app.messages.CATALOG`.
        field: the input field the problem belongs to (for showing it beside
            the field), or None.
        **params: values substituted into the message.
    """

    def __init__(self, code: str, field: str | None = None, **params):
        if code not in messages.CATALOG:
            raise KeyError(f"unknown message code {code!r}")
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        return messages.text(self.code, lang, **self.params)
