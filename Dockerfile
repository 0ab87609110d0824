# bureau-bot: a slim image that runs `bureau-bot run`, data in the /data volume.
FROM python:3.11-slim

# A CJK font so the weekly digest's chart shows Chinese labels; tzdata for Asia/Shanghai.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-wqy-microhei fontconfig tzdata \
 && rm -rf /var/lib/apt/lists/*

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    MPLCONFIGDIR=/tmp/matplotlib \
    BUREAU_BOT_DATABASE__PATH=/data/bureau.sqlite3

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY storage ./storage
COPY messages ./messages
RUN pip install --no-cache-dir .

RUN useradd --create-home --uid 10001 bureau \
 && mkdir -p /data && chown bureau:bureau /data
USER bureau
VOLUME ["/data"]

# The running bot writes a heartbeat every 30 s; `health` fails when it is older than 2 minutes.
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
  CMD ["bureau-bot", "health"]

# `docker stop` sends SIGTERM and, 10 s later by default, SIGKILL. On SIGTERM the bot stops
# fetching, handles what it has stored for up to 8 s and leaves the rest in its inbox (the
# database), to be handled at the next start; nothing is lost even if SIGKILL comes first.
STOPSIGNAL SIGTERM
CMD ["bureau-bot", "run"]
