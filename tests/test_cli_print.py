"""`python main.py print ...` is reachable from the real command line."""
import subprocess
import sys
from pathlib import Path

import pypdfium2
import zxingcpp

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args],
                          capture_output=True, text=True, timeout=120)


def test_print_coupons_writes_a_pdf_whose_codes_are_the_issued_ones(db_url, tmp_path):
    out = tmp_path / "c.pdf"
    r = run("--db", db_url, "print", "coupons", "--count", "3", "--kind", "amount_off",
            "--value", "50", "--name", "回娘家禮", "--days", "30", "--out", str(out))
    assert r.returncode == 0, r.stderr
    from app.shop import Shop
    from db.coupon_models import Coupon

    shop = Shop(db_url)
    with shop.read() as s:
        stored = {c.code for c in s.query(Coupon)}
    shop.close()
    pdf = pypdfium2.PdfDocument(str(out))
    image = pdf[0].render(scale=200 / 72).to_pil()
    decoded = {b.text for b in zxingcpp.read_barcodes(image)}
    assert len(stored) == 3 and decoded == stored


def test_print_without_a_document_is_wrong_usage(db_url):
    assert run("--db", db_url, "print").returncode == 2
