"""Benchmark: 1,000 unique coupons on N-up sheets to PDF (target: < 5 s).

    .venv/bin/python tests/perf/bench_print.py [--count N] [--verify] [--all]

Times the whole print job on a fresh SQLite file — drawing fresh codes
(checked against the database), rendering the PDF, issuing the batch — and
prints the numbers. ``--all`` also times flyers with a code each, member cards
and postcards; ``--verify`` renders every page to pixels and decodes every QR
code with zxing-cpp, checking they are exactly the stored codes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--verify", action="store_true", help="decode every QR code back (slow)")
    ap.add_argument("--all", action="store_true", help="also flyers, cards and postcards")
    args = ap.parse_args()

    from app import members
    from app import settings as shop_settings
    from app.printing import fonts, jobs
    from app.shop import Shop

    tmp = Path(tempfile.mkdtemp(prefix="bench_print_"))
    shop = Shop(f"sqlite:///{tmp / 'shop.db'}")
    with shop.transaction() as s:
        shop_settings.put(s, shop_name="小林咖啡 Kobayashi Café", print_contact="02-2345-6789 · 台北市大安區復興南路一段 100 號")
    t = time.perf_counter()
    fonts.register()
    print(f"font registration (once per process): {time.perf_counter() - t:.2f} s")

    offer = jobs.Offer("冬季回饋券 Winter thanks", "amount_off", 5000, dt.date(2026, 12, 1), dt.date(2026, 12, 31), 30000)
    results = {}

    def timed(label, job, out):
        stages = {}
        t0 = time.perf_counter()
        with shop.read() as s:
            prepared = jobs.prepare(s, job)
        t1 = time.perf_counter()
        pages = jobs.render(prepared, out)
        t2 = time.perf_counter()
        with shop.transaction() as s:
            batch = jobs.commit(s, prepared)
        t3 = time.perf_counter()
        stages.update(prepare=t1 - t0, render=t2 - t1, commit=t3 - t2, total=t3 - t0)
        results[label] = stages
        size = Path(out).stat().st_size / 1e6
        print(
            f"{label:<34} {prepared.count:>5} items {pages:>4} pages {size:6.1f} MB   "
            f"prepare {stages['prepare']:.2f} s  render {stages['render']:.2f} s  "
            f"issue {stages['commit']:.2f} s  TOTAL {stages['total']:.2f} s"
        )
        return batch, out

    n = args.count
    batch, out = timed(f"coupons wallet 10-up A4", jobs.CouponJob(offer=offer, count=n), tmp / "coupons.pdf")
    timed(f"coupons small 21-up A4 (scratch)", jobs.CouponJob(offer=offer, count=n, style="scratch", size="small"), tmp / "scratch.pdf")
    if args.all:
        timed("flyers A6 4-up A4, a code each", jobs.FlyerJob(size="A6", headline="冬季限定 Winter special", body="感謝您的支持！" * 5, count=n, offer=offer, sheet="A4"), tmp / "flyers.pdf")
        with shop.transaction() as s:
            for i in range(n):
                members.sign_up(s, name=f"會員 {i}", phone=f"09{i:08d}", birthday="1990-12-01")
        timed("member cards 10-up A4", jobs.CardJob(members=jobs.Members("all")), tmp / "cards.pdf")
        timed("postcards A6, a personal code each", jobs.PostcardJob(members=jobs.Members("all"), greeting="親愛的 {name}，生日快樂！", message="送您生日禮。", offer=offer), tmp / "post.pdf")

    best = results["coupons wallet 10-up A4"]["total"]
    print(f"\n{n} unique coupons on N-up sheets: {best:.2f} s ({'OK' if best < 5 else 'SLOWER THAN'} the 5 s target)")

    if args.verify:
        import pypdfium2 as pdfium
        import zxingcpp
        from sqlalchemy import select

        from db.coupon_models import Coupon

        t = time.perf_counter()
        doc = pdfium.PdfDocument(str(out))
        got = []
        for i in range(len(doc)):
            img = doc[i].render(scale=200 / 72).to_pil()
            got += [b.text for b in zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)]
        with shop.read() as s:
            stored = list(s.scalars(select(Coupon.code).where(Coupon.batch_id == batch.id)))
        ok = len(got) == len(stored) and set(got) == set(stored)
        print(f"verify: decoded {len(got)} QR codes at 200 dpi in {time.perf_counter() - t:.1f} s; "
              f"{'exactly the stored codes' if ok else 'MISMATCH'}")
        if not ok:
            return 1
    shop.close()
    print(f"files in {tmp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
