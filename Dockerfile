# laip-monitor service image: `laip-monitor serve` as an unprivileged user.
# Build: docker build -t laip-monitor .   Run: see docker-compose.yml and README.md ("Deployment").
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# The migrations live inside the package, so a plain (non-editable) install is complete.
COPY pyproject.toml constraints.txt README.md ./
COPY monitor ./monitor
# Debian's Chromium renders JavaScript-built portals ([crawl] render_javascript); Playwright drives
# it from /usr/bin/chromium and never downloads a browser of its own.
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN pip install -c constraints.txt . \
    && useradd --system --uid 10001 --user-group --home-dir /var/lib/laip-monitor --create-home laip \
    && install -d -o laip -g laip /var/lib/laip-monitor/evidence /var/lib/laip-monitor/publico

COPY config/portals.toml /etc/laip-monitor/portals.toml

USER laip
WORKDIR /var/lib/laip-monitor
EXPOSE 9877
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:9877/healthz', timeout=8).status != 200)"]

ENTRYPOINT ["laip-monitor"]
# Inside a container the endpoints must listen on all interfaces; publish them on loopback only.
CMD ["serve", "--config", "/etc/laip-monitor/portals.toml", "--listen", "0.0.0.0:9877"]
