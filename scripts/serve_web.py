"""Serves the demo page and the widget from web/ (the page is the widget's <script> tag on a
plain page), with the assistant's URL written into the page so ports stay settings."""

import argparse
import contextlib
import functools
import html
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB_ROOT = Path(__file__).resolve().parent.parent / "web"
PLACEHOLDER = "__RASA_SERVER_URL__"


class DemoHandler(SimpleHTTPRequestHandler):
    rasa_url = ""

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        if self.path.split("?")[0] not in ("/", "/index.html"):
            super().do_GET()
            return
        page = (WEB_ROOT / "index.html").read_text(encoding="utf-8")
        body = page.replace(PLACEHOLDER, html.escape(self.rasa_url, quote=True)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    args = parser.parse_args()
    DemoHandler.rasa_url = args.rasa_url
    handler = functools.partial(DemoHandler, directory=str(WEB_ROOT))
    server = ThreadingHTTPServer((args.host, args.port), handler)
    print(f"Demo page on http://{args.host}:{args.port}/", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
