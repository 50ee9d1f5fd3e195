from app import check, members, sales


def test_sale_earns_points_and_check_is_clean(shop):
    with shop.transaction() as s:
        m = members.sign_up(s, name="王小明", phone="0912-345-678")
    with shop.transaction() as s:
        r = sales.record_sale(s, sale_key="k1", member_id=m.id, amount_cents=12850)
    assert r.points_earned == 128 and r.balance_after == 128
    with shop.read() as s:
        assert check.check(s) == []
        assert members.find(s, "5678")[0].points_balance == 128
