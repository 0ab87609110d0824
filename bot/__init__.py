"""bureau-bot: the work-chat bot of a district water-conservancy bureau."""

import sys

# httpx (PTB's transport) imports its command-line tool whenever rich and click happen to be
# installed (a dev tool brings them): ~85 modules and 4 MB of RSS the bot never uses. A None
# entry makes that import fail, which httpx expects and handles. Here, because this runs
# before anything in the bot can import telegram (issue 17: idle RSS).
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
