"""A live Attune server in a thread and a headless Chromium, for the browser tests and benches.

Chromium and chromedriver come from Debian's `chromium` and `chromium-driver` packages
(`make browser` installs them).
"""

import shutil
import tempfile
import threading
from pathlib import Path

from flask import request, send_file
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from werkzeug.serving import make_server

from service import create_app

PAGES = Path(__file__).parent / "pages"
# Without the background-networking flags Chromium dials out, and this network refuses it.
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
    "--force-device-scale-factor=1",
)


class LiveServer:
    """The app on 127.0.0.1 (a free port) in a thread; `sent` holds each /ext/v1/check body."""

    def __init__(self, **overrides):
        self.sent = []
        app = create_app({"TESTING": True, "API_KEYS": [], "RATE_LIMIT": "", **overrides})

        @app.before_request
        def record():
            if request.path == "/ext/v1/check":
                self.sent.append(request.get_data())

        @app.get("/fixture/editor")
        def fixture_page():
            return send_file(PAGES / "editor.html")

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.thread.join(5)


class Chromium:
    """A headless Chromium with a fresh profile, removed on exit."""

    def __init__(self, *flags):
        binary, driver = shutil.which("chromium"), shutil.which("chromedriver")
        if not (binary and driver):
            raise RuntimeError("Chromium not found: `make browser` installs chromium-driver.")
        self.profile = tempfile.mkdtemp(prefix="attune-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = binary
        for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", *flags):
            options.add_argument(flag)
        self.driver = webdriver.Chrome(options=options, service=Service(driver))
        self.driver.set_script_timeout(10)

    def __enter__(self):
        return self.driver

    def __exit__(self, *exc):
        self.driver.quit()
        shutil.rmtree(self.profile, ignore_errors=True)
