"""The mmrag front end: `mmrag ui` runs this with Streamlit (`streamlit run app.py`).

The index and models come from the MMRAG_* environment variables that `mmrag ui`
sets from its flags. Each page is a thin script over the Engine; a library error
is shown as one line that says what to do.
"""

from pathlib import Path

import streamlit as st

from mmrag.errors import MmragError
from mmrag.ui import state

HERE = Path(__file__).resolve().parent
PAGES = [
    st.Page(HERE / "search.py", title="Search", icon=":material/search:", default=True),
    st.Page(HERE / "ask.py", title="Ask", icon=":material/forum:"),
    st.Page(HERE / "classify.py", title="Classify", icon=":material/label:"),
    st.Page(HERE / "library.py", title="Library", icon=":material/photo_library:"),
]

st.set_page_config(page_title="mmrag", page_icon=":material/search:", layout="wide")
page = st.navigation(PAGES, position="top")
try:
    page.run()
except MmragError as err:
    st.error(str(err))
finally:
    state.close_engine()
