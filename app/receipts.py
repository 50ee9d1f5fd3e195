"""What goes on a receipt: sales, refunds, redemptions, top-ups, the member-card
slip and the printer test page.

Each builder reads what it needs inside the caller's session and returns a
*document*: plain JSON-able blocks (see :mod:`app.devices.escpos_out`) in the
shop's language, independent of paper width and printer. The document is what
the print queue stores, so a reprint shows the receipt as it was (balance
after that sale, not today's).

Receipt words are the customer's, in the shop's language (setting
``language``), not the cashier's screen language; they live here because
app/ cannot use Qt's translator.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import settings as shop_settings
from app.errors import UserError
from app.textparse import format_money
from db.models import Member, PointsEntry, Redemption, Refund, Reward, Sale, Staff

DOC_VERSION = 1


def _valid_text(v) -> bool:
    return isinstance(v, str) and len(v) <= 300


shop_settings.register("receipt_header", "", _valid_text)  # address, phone, tax id: lines under the name
shop_settings.register("receipt_footer", "", _valid_text)  # replaces the default thank-you line

LABELS: dict[str, dict[str, str]] = {
    "receipt": {"en": "RECEIPT", "zh_TW": "收據", "zh_CN": "收据"},
    "refund": {"en": "REFUND", "zh_TW": "退款單", "zh_CN": "退款单"},
    "void": {"en": "VOID", "zh_TW": "作廢單", "zh_CN": "作废单"},
    "redemption": {"en": "POINTS REDEMPTION", "zh_TW": "點數兌換", "zh_CN": "积分兑换"},
    "topup": {"en": "STORED VALUE TOP-UP", "zh_TW": "儲值", "zh_CN": "储值"},
    "member_card": {"en": "MEMBER CARD", "zh_TW": "會員卡", "zh_CN": "会员卡"},
    "test": {"en": "PRINTER TEST", "zh_TW": "印表機測試", "zh_CN": "打印机测试"},
    "copy": {"en": "*** REPRINT ***", "zh_TW": "*** 補印 ***", "zh_CN": "*** 补打 ***"},
    "no": {"en": "No.", "zh_TW": "單號", "zh_CN": "单号"},
    "for_sale": {"en": "For sale No.", "zh_TW": "原交易單號", "zh_CN": "原交易单号"},
    "date": {"en": "Date", "zh_TW": "日期", "zh_CN": "日期"},
    "cashier": {"en": "Cashier", "zh_TW": "收銀員", "zh_CN": "收银员"},
    "member": {"en": "Member", "zh_TW": "會員", "zh_CN": "会员"},
    "card_no": {"en": "Card No.", "zh_TW": "卡號", "zh_CN": "卡号"},
    "purchase": {"en": "Purchase", "zh_TW": "消費", "zh_CN": "消费"},
    "total": {"en": "Total", "zh_TW": "合計", "zh_CN": "合计"},
    "points_discount": {"en": "Points discount", "zh_TW": "點數折抵", "zh_CN": "积分抵扣"},
    "coupon_discount": {"en": "Coupon", "zh_TW": "優惠券折抵", "zh_CN": "优惠券抵扣"},
    "tier": {"en": "Tier", "zh_TW": "會員等級", "zh_CN": "会员等级"},
    "tier_discount": {"en": "Member discount", "zh_TW": "會員折扣", "zh_CN": "会员折扣"},
    "paid": {"en": "Paid", "zh_TW": "實付", "zh_CN": "实付"},
    "payment": {"en": "Payment", "zh_TW": "付款方式", "zh_CN": "付款方式"},
    "points_earned": {"en": "Points earned", "zh_TW": "本次得點", "zh_CN": "本次积分"},
    "points_used": {"en": "Points used", "zh_TW": "本次用點", "zh_CN": "本次用分"},
    "points_balance": {"en": "Points balance", "zh_TW": "點數餘額", "zh_CN": "积分余额"},
    "points_taken_back": {"en": "Points taken back", "zh_TW": "扣回點數", "zh_CN": "扣回积分"},
    "points_returned": {"en": "Points returned", "zh_TW": "退還點數", "zh_CN": "退还积分"},
    "points_short": {"en": "Points already spent", "zh_TW": "已用掉無法扣回", "zh_CN": "已用掉无法扣回"},
    "refunded": {"en": "Refunded", "zh_TW": "退款金額", "zh_CN": "退款金额"},
    "reason": {"en": "Reason", "zh_TW": "原因", "zh_CN": "原因"},
    "reward": {"en": "Reward", "zh_TW": "兌換品", "zh_CN": "兑换品"},
    "points_spent": {"en": "Points spent", "zh_TW": "使用點數", "zh_CN": "使用积分"},
    "topup_amount": {"en": "Top-up", "zh_TW": "儲值金額", "zh_CN": "储值金额"},
    "bonus": {"en": "Bonus", "zh_TW": "加贈", "zh_CN": "加赠"},
    "stored_balance": {"en": "Stored value balance", "zh_TW": "儲值餘額", "zh_CN": "储值余额"},
    "wallet_paid": {"en": "Paid from stored value", "zh_TW": "儲值扣款", "zh_CN": "储值扣款"},
    "wallet_returned": {"en": "Back to stored value", "zh_TW": "退回儲值", "zh_CN": "退回储值"},
    "package": {"en": "Package", "zh_TW": "套票", "zh_CN": "套票"},
    "package_use": {"en": "PACKAGE SESSION USED", "zh_TW": "套票使用", "zh_CN": "套票使用"},
    "sessions_left": {"en": "Sessions left", "zh_TW": "剩餘次數", "zh_CN": "剩余次数"},
    "valid_until": {"en": "Valid until", "zh_TW": "有效期限", "zh_CN": "有效期限"},
    "joined": {"en": "Member since", "zh_TW": "入會日期", "zh_CN": "入会日期"},
    "coupon": {"en": "COUPON", "zh_TW": "優惠券", "zh_CN": "优惠券"},
    "coupon_hint": {"en": "Scan at the counter on your next visit", "zh_TW": "下次消費時請出示掃描", "zh_CN": "下次消费时请出示扫描"},
    "card_hint": {"en": "Show this code at the counter", "zh_TW": "結帳時請出示此條碼", "zh_CN": "结账时请出示此条码"},
    "thanks": {"en": "Thank you, see you again!", "zh_TW": "謝謝光臨，歡迎再來！", "zh_CN": "谢谢惠顾，欢迎再来！"},
    "walk_in": {"en": "Walk-in", "zh_TW": "非會員", "zh_CN": "非会员"},
    "pts": {"en": "pts", "zh_TW": "點", "zh_CN": "分"},
    "test_line": {
        "en": "Chinese check: 中文測試 繁體 简体 ￥1,280",
        "zh_TW": "中文測試：繁體 简体 ￥1,280 「全形」標點",
        "zh_CN": "中文测试：繁體 简体 ￥1,280 “全角”标点",
    },
    "cash": {"en": "Cash", "zh_TW": "現金", "zh_CN": "现金"},
    "card": {"en": "Card", "zh_TW": "刷卡", "zh_CN": "刷卡"},
    "mobile": {"en": "Mobile pay", "zh_TW": "行動支付", "zh_CN": "移动支付"},
    "transfer": {"en": "Bank transfer", "zh_TW": "轉帳", "zh_CN": "转账"},
    "other": {"en": "Other", "zh_TW": "其他", "zh_CN": "其他"},
}


def label(key: str, lang: str) -> str:
    entry = LABELS[key]
    return entry.get(lang) or entry["en"]


@dataclass(frozen=True)
class ReceiptCoupon:
    """A coupon issued with a sale: its code (the QR payload), the offer in a
    line, and its rules (dates, minimum spend)."""

    code: str
    offer: str = ""
    rules: tuple[str, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------- building blocks


def text(s: str, align: str = "left", bold: bool = False, big: bool = False) -> dict:
    return {"t": "text", "s": s, "align": align, "bold": bold, "big": big}


def pair(left: str, right: str, bold: bool = False, big: bool = False) -> dict:
    return {"t": "pair", "l": left, "r": right, "bold": bold, "big": big}


def rule(c: str = "-") -> dict:
    return {"t": "rule", "c": c}


def qr(data: str) -> dict:
    return {"t": "qr", "data": data}


def feed(n: int = 1) -> dict:
    return {"t": "feed", "n": n}


class _Ctx:
    """The shop's settings needed on paper."""

    def __init__(self, session: Session, lang: str | None):
        values = shop_settings.get_all(session)
        self.lang = lang or values.get("language") or "zh_TW"
        self.currency = values.get("currency") or "TWD"
        self.shop_name = values.get("shop_name") or ""
        self.header = values.get("receipt_header") or ""
        self.footer = values.get("receipt_footer") or ""

    def L(self, key: str) -> str:
        return label(key, self.lang)

    def money(self, cents: int) -> str:
        return format_money(cents, self.currency, self.lang)

    def pts(self, n: int, sign: bool = False) -> str:
        return (f"{n:+,}" if sign else f"{n:,}") + " " + self.L("pts")

    def when(self, t: dt.datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M")


def _document(kind: str, c: _Ctx, blocks: list[dict]) -> dict:
    return {"v": DOC_VERSION, "kind": kind, "lang": c.lang, "copy_label": c.L("copy"), "blocks": blocks}


def _header(c: _Ctx, title_key: str) -> list[dict]:
    blocks = []
    if c.shop_name:
        blocks.append(text(c.shop_name, "center", bold=True, big=True))
    for line in c.header.splitlines():
        if line.strip():
            blocks.append(text(line.strip(), "center"))
    blocks.append(text(c.L(title_key), "center", bold=True))
    blocks.append(rule())
    return blocks


def _footer(c: _Ctx) -> list[dict]:
    lines = [l.strip() for l in c.footer.splitlines() if l.strip()] or [c.L("thanks")]
    return [rule()] + [text(l, "center") for l in lines] + [feed(1)]


def _staff_name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    s = session.get(Staff, staff_id)
    return s.name if s else ""


def _member_lines(c: _Ctx, member: Member | None) -> list[dict]:
    if member is None:
        return [pair(c.L("member"), c.L("walk_in"))]
    return [pair(c.L("member"), member.name), pair(c.L("card_no"), member.member_no)]


def _balance_after(session: Session, member_id: int, **where) -> int | None:
    """The member's balance right after the ledger entries tied to ``where``."""
    stmt = select(PointsEntry.balance_after).where(PointsEntry.member_id == member_id)
    for k, v in where.items():
        stmt = stmt.where(getattr(PointsEntry, k) == v)
    return session.scalar(stmt.order_by(PointsEntry.id.desc()).limit(1))


def _programs_after(session: Session, c: _Ctx, *, sale_id: int) -> list[dict]:
    """Stored value left and the package sold, as they were right after the sale."""
    from app.programs import packages, wallet

    blocks = []
    pkg = packages.package_after_sale(session, sale_id)
    if pkg is not None:
        blocks.append(pair(c.L("package"), pkg.name, bold=True))
        blocks.append(pair(c.L("sessions_left"), f"{pkg.sessions} / {pkg.sessions}"))
        if pkg.expires_on is not None:
            blocks.append(pair(c.L("valid_until"), pkg.expires_on.isoformat()))
    after = wallet.wallet_after_sale(session, sale_id)
    if after is not None:
        blocks.append(pair(c.L("stored_balance"), wallet.unit(session).format(after, c.lang), bold=True))
    return blocks


def coupon_blocks(c: _Ctx, coupon: ReceiptCoupon) -> list[dict]:
    shown = coupon.code
    if len(shown) == 12 and shown.isalnum():
        shown = "-".join(shown[i : i + 4] for i in range(0, 12, 4))
    blocks = [rule("="), text(c.L("coupon"), "center", bold=True, big=True)]
    if coupon.offer:
        blocks.append(text(coupon.offer, "center", bold=True))
    blocks += [text(r, "center") for r in coupon.rules]
    blocks += [qr(coupon.code), text(shown, "center", bold=True), text(c.L("coupon_hint"), "center")]
    return blocks


def coupon_from_code(session: Session, code: str, lang: str | None = None) -> ReceiptCoupon:
    """Describe a stored coupon for the receipt (the bare code if the coupon
    service is unavailable or does not know it)."""
    try:
        from app import coupons

        view = coupons.lookup(session, code)
    except Exception:  # noqa: BLE001 - the receipt still carries the code
        view = None
    if view is None:
        return ReceiptCoupon(code)
    currency = shop_settings.get(session, "currency")
    lang = lang or shop_settings.get(session, "language")
    return ReceiptCoupon(
        view.code, coupons.describe_offer(view.batch, currency, lang),
        tuple(coupons.describe_rules(view.batch, currency, lang)),
    )


# --------------------------------------------------------------------------- documents


def sale_document(
    session: Session, sale_id: int, *, coupon: ReceiptCoupon | str | None = None, lang: str | None = None
) -> dict:
    """The receipt for a sale: lines, total, points discount, paid, payment,
    points earned/used and the balance after this sale, and a coupon (with
    its QR) when one is given."""
    c = _Ctx(session, lang)
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise UserError("sale_not_found", value=str(sale_id))
    member = session.get(Member, sale.member_id) if sale.member_id is not None else None
    blocks = _header(c, "receipt")
    blocks.append(pair(c.L("no"), str(sale.id)))
    blocks.append(pair(c.L("date"), c.when(sale.occurred_at)))
    cashier = _staff_name(session, sale.staff_id)
    if cashier:
        blocks.append(pair(c.L("cashier"), cashier))
    blocks += _member_lines(c, member)
    if member is not None:  # the member's tier (app/programs/tiers.py)
        from app.programs import tiers as tier_service

        tier = tier_service.member_tier(session, member.id)
        if tier is not None:
            blocks.append(pair(c.L("tier"), tier.name))
    blocks.append(rule())
    if sale.lines:
        for line in sale.lines:
            blocks.append(pair(line.description, c.money(line.amount_cents)))
            if line.quantity != 1:
                blocks.append(text(f"  {line.quantity} x {c.money(line.unit_price_cents)}"))
    else:
        blocks.append(pair(sale.category or c.L("purchase"), c.money(sale.total_cents)))
    blocks.append(rule())
    blocks.append(pair(c.L("total"), c.money(sale.total_cents), bold=True))
    if sale.points_discount_cents:
        blocks.append(pair(f"{c.L('points_discount')} ({c.pts(sale.points_spent)})", c.money(-sale.points_discount_cents)))
    if sale.coupon_discount_cents:
        blocks.append(pair(c.L("coupon_discount"), c.money(-sale.coupon_discount_cents)))
    if sale.tier_discount_cents:
        blocks.append(pair(c.L("tier_discount"), c.money(-sale.tier_discount_cents)))
    blocks.append(pair(c.L("paid"), c.money(sale.paid_cents), bold=True, big=True))
    if sale.wallet_cents:
        blocks.append(pair(c.L("wallet_paid"), c.money(-sale.wallet_cents)))
    if sale.wallet_cents < sale.paid_cents:
        blocks.append(pair(c.L("payment"), c.L(sale.payment_method) if sale.payment_method in LABELS else sale.payment_method))
    if member is not None:
        blocks += _programs_after(session, c, sale_id=sale.id)
        blocks.append(rule())
        if sale.points_earned:
            blocks.append(pair(c.L("points_earned"), c.pts(sale.points_earned, sign=True)))
            if sale.earn_reasons:  # why: "member day ×2, Gold ×1.5"
                from app.programs.rules import decode_reasons, describe

                blocks.append(text("  " + describe(decode_reasons(sale.earn_reasons), c.lang)))
        if sale.points_spent:
            blocks.append(pair(c.L("points_used"), c.pts(-sale.points_spent, sign=True)))
        balance = _balance_after(session, member.id, sale_id=sale.id)
        if balance is None:
            balance = member.points_balance
        blocks.append(pair(c.L("points_balance"), c.pts(balance), bold=True))
    if coupon is not None:
        if isinstance(coupon, str):
            coupon = coupon_from_code(session, coupon, c.lang)
        blocks += coupon_blocks(c, coupon)
    blocks += _footer(c)
    doc = _document("sale", c, blocks)
    doc["title"] = " · ".join(x for x in (c.money(sale.paid_cents), member.name if member else "") if x)
    return doc


def refund_document(session: Session, refund_id: int, *, lang: str | None = None) -> dict:
    """The slip for a refund or a void: money back and points moved."""
    c = _Ctx(session, lang)
    refund = session.get(Refund, refund_id)
    if refund is None:
        raise UserError("refund_not_found", value=str(refund_id))
    sale = session.get(Sale, refund.sale_id)
    member = session.get(Member, sale.member_id) if sale.member_id is not None else None
    blocks = _header(c, "void" if refund.kind == "void" else "refund")
    blocks.append(pair(c.L("no"), f"R{refund.id}"))
    blocks.append(pair(c.L("for_sale"), str(sale.id)))
    blocks.append(pair(c.L("date"), c.when(refund.occurred_at)))
    cashier = _staff_name(session, refund.staff_id)
    if cashier:
        blocks.append(pair(c.L("cashier"), cashier))
    blocks += _member_lines(c, member)
    blocks.append(rule())
    blocks.append(pair(c.L("refunded"), c.money(-refund.amount_cents), bold=True, big=True))
    if refund.wallet_cents:
        blocks.append(pair(c.L("wallet_returned"), c.money(refund.wallet_cents)))
    if refund.reason:
        blocks.append(pair(c.L("reason"), refund.reason))
    if member is not None:
        blocks.append(rule())
        if refund.points_taken_back:
            blocks.append(pair(c.L("points_taken_back"), c.pts(-refund.points_taken_back, sign=True)))
        if refund.shortfall_points:
            blocks.append(pair(c.L("points_short"), c.pts(refund.shortfall_points)))
        if refund.points_returned:
            blocks.append(pair(c.L("points_returned"), c.pts(refund.points_returned, sign=True)))
        balance = _balance_after(session, member.id, refund_id=refund.id)
        if balance is None:
            balance = member.points_balance
        blocks.append(pair(c.L("points_balance"), c.pts(balance), bold=True))
    blocks += _footer(c)
    doc = _document("refund", c, blocks)
    doc["title"] = " · ".join(x for x in (c.money(-refund.amount_cents), member.name if member else "") if x)
    return doc


def redemption_document(session: Session, redemption_id: int, *, lang: str | None = None) -> dict:
    """The slip for a reward taken with points."""
    c = _Ctx(session, lang)
    red = session.get(Redemption, redemption_id)
    if red is None:
        raise UserError("redemption_not_found")
    reward = session.get(Reward, red.reward_id)
    member = session.get(Member, red.member_id)
    blocks = _header(c, "redemption")
    blocks.append(pair(c.L("no"), f"P{red.id}"))
    blocks.append(pair(c.L("date"), c.when(red.occurred_at)))
    cashier = _staff_name(session, red.staff_id)
    if cashier:
        blocks.append(pair(c.L("cashier"), cashier))
    blocks += _member_lines(c, member)
    blocks.append(rule())
    blocks.append(pair(c.L("reward"), reward.name, bold=True))
    blocks.append(pair(c.L("points_spent"), c.pts(-red.points, sign=True)))
    balance = _balance_after(session, member.id, redemption_id=red.id, kind="redeem")
    if balance is None:
        balance = member.points_balance
    blocks.append(pair(c.L("points_balance"), c.pts(balance), bold=True))
    blocks += _footer(c)
    doc = _document("redemption", c, blocks)
    doc["title"] = f"{reward.name} · {member.name}"
    return doc


def topup_document(
    session: Session,
    *,
    member_id: int,
    amount_cents: int,
    balance_cents: int,
    occurred_at: dt.datetime,
    ref: str = "",
    bonus_cents: int = 0,
    payment_method: str = "cash",
    staff_id: int | None = None,
    lang: str | None = None,
    balance_text: str = "",
    bonus_text: str = "",
) -> dict:
    """The slip for a stored-value top-up (the stored-value service passes its
    figures; this module does not know its tables). ``balance_text`` and
    ``bonus_text``, when given, replace the money formatting (a wallet that
    counts game credits)."""
    c = _Ctx(session, lang)
    member = session.get(Member, member_id)
    if member is None:
        raise UserError("member_not_found", value=str(member_id))
    blocks = _header(c, "topup")
    if ref:
        blocks.append(pair(c.L("no"), ref))
    blocks.append(pair(c.L("date"), c.when(occurred_at)))
    cashier = _staff_name(session, staff_id)
    if cashier:
        blocks.append(pair(c.L("cashier"), cashier))
    blocks += _member_lines(c, member)
    blocks.append(rule())
    blocks.append(pair(c.L("topup_amount"), c.money(amount_cents), bold=True))
    if bonus_cents:
        blocks.append(pair(c.L("bonus"), bonus_text or c.money(bonus_cents)))
    blocks.append(pair(c.L("payment"), c.L(payment_method) if payment_method in LABELS else payment_method))
    blocks.append(pair(c.L("stored_balance"), balance_text or c.money(balance_cents), bold=True, big=True))
    blocks += _footer(c)
    doc = _document("topup", c, blocks)
    doc["title"] = f"{c.money(amount_cents)} · {member.name}"
    return doc


def package_use_document(
    session: Session,
    *,
    package_id: int,
    remaining: int,
    occurred_at: dt.datetime,
    staff_id: int | None = None,
    lang: str | None = None,
) -> dict:
    """The slip for a package session used: the package, the sessions left
    right after this use, and until when it is valid."""
    from db.wallet_models import MemberPackage

    c = _Ctx(session, lang)
    pkg = session.get(MemberPackage, package_id)
    if pkg is None:
        raise UserError("package_not_found", value=str(package_id))
    member = session.get(Member, pkg.member_id)
    blocks = _header(c, "package_use")
    blocks.append(pair(c.L("date"), c.when(occurred_at)))
    cashier = _staff_name(session, staff_id)
    if cashier:
        blocks.append(pair(c.L("cashier"), cashier))
    blocks += _member_lines(c, member)
    blocks.append(rule())
    blocks.append(pair(c.L("package"), pkg.name, bold=True))
    blocks.append(pair(c.L("sessions_left"), f"{remaining} / {pkg.sessions}", bold=True, big=True))
    if pkg.expires_on is not None:
        blocks.append(pair(c.L("valid_until"), pkg.expires_on.isoformat()))
    blocks += _footer(c)
    doc = _document("package_use", c, blocks)
    doc["title"] = f"{pkg.name} · {member.name}"
    return doc


def member_card_document(session: Session, member_id: int, *, lang: str | None = None) -> dict:
    """A slip the member keeps as a card until the printed card arrives:
    name, card number in large type, and its QR (the bare ``member_no``)."""
    c = _Ctx(session, lang)
    member = session.get(Member, member_id)
    if member is None:
        raise UserError("member_not_found", value=str(member_id))
    blocks = _header(c, "member_card")
    blocks.append(text(member.name, "center", bold=True, big=True))
    blocks.append(text(member.member_no, "center", bold=True, big=True))
    blocks.append(qr(member.member_no))
    blocks.append(text(c.L("card_hint"), "center"))
    blocks.append(rule())
    blocks.append(pair(c.L("points_balance"), c.pts(member.points_balance)))
    blocks.append(pair(c.L("joined"), member.joined_on.isoformat()))
    blocks += _footer(c)
    doc = _document("member_card", c, blocks)
    doc["title"] = f"{member.name} · {member.member_no}"
    return doc


def test_document(session: Session, *, settings_line: str = "", lang: str | None = None) -> dict:
    """The printer test page: the shop name, Chinese and ``￥`` in the chosen
    code page, a column ruler to check the paper width, and a QR code."""
    c = _Ctx(session, lang)
    blocks = _header(c, "test")
    if settings_line:
        blocks.append(text(settings_line))
    blocks.append(text(c.L("test_line")))
    blocks.append(text("".join(str(i % 10) for i in range(1, 49))))
    blocks.append(pair(c.L("total"), c.money(128000), bold=True))
    blocks.append(qr("REGULARS-TEST"))
    blocks += _footer(c)
    doc = _document("test", c, blocks)
    doc["title"] = c.L("test")
    return doc
