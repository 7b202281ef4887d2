"""The mmrag front end: `mmrag ui` serves this through ui/server.py (Streamlit's ASGI app behind a Host check).

The index and models come from the MMRAG_* environment variables that `mmrag ui`
sets from its flags. Each page is a thin script over the Engine; a library error
is shown as one line that says what to do.
"""

import hmac
import os
from pathlib import Path

import streamlit as st
from mmrag.ui import state
from mmrag.ui.widgets import md_escape
from PIL import Image, ImageDraw

from mmrag.errors import MmragError

HERE = Path(__file__).resolve().parent
PAGES = [
    st.Page(HERE / "search.py", title="Search", icon=":material/search:", default=True),
    st.Page(HERE / "ask.py", title="Ask", icon=":material/forum:"),
    st.Page(HERE / "classify.py", title="Classify", icon=":material/label:"),
    st.Page(HERE / "library.py", title="Library", icon=":material/photo_library:"),
]


def icon() -> Image.Image:
    """A magnifier drawn here, so the favicon is served by this server (a material or emoji icon is fetched from a
    CDN)."""
    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.ellipse((8, 8, 40, 40), outline=(40, 90, 200, 255), width=7)
    pen.line((36, 36, 56, 56), fill=(40, 90, 200, 255), width=9)
    return image


def token_accepted() -> bool:
    """With MMRAG_UI_TOKEN set (`mmrag ui --token`, or any non-loopback --host), nothing shows until it is typed."""
    expected = os.environ.get("MMRAG_UI_TOKEN")
    if not expected or st.session_state.get("token_ok"):
        return True
    typed = st.text_input(
        "Access token",
        type="password",
        help="Printed by `mmrag ui`, or the --token / MMRAG_UI_TOKEN it was started with",
    )
    if typed and hmac.compare_digest(typed.encode(), expected.encode()):
        st.session_state["token_ok"] = True
        st.rerun()
    if typed:
        st.error("Wrong token.")
    return False


st.set_page_config(page_title="mmrag", page_icon=icon(), layout="wide")
if not token_accepted():
    st.stop()
page = st.navigation(PAGES, position="top")
try:
    page.run()
except MmragError as err:
    st.error(md_escape(str(err)))
finally:
    state.close_engine()
