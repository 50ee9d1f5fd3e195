"""A long read (the follow-up list on a big shop) never delays a sale."""
import threading


def test_a_write_runs_while_a_long_read_is_still_going(shop, qtbot):
    from ui.context import AppContext

    ctx = AppContext(shop, "en")
    release = threading.Event()
    done = []
    ctx.reader.run(release.wait, 10, on_done=lambda _r: done.append("read"))
    ctx.runner.run(lambda: "sale", on_done=done.append)
    qtbot.waitUntil(lambda: done == ["sale"], timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: done == ["sale", "read"], timeout=5000)
