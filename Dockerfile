# vnlegal as an HTTP service: `docker build -t vnlegal . && docker run --rm -p 127.0.0.1:8000:8000 vnlegal`
# (docs/serve.md). LibreOffice reads legacy .doc files; Tesseract with its Vietnamese data reads scans.
FROM python:3.11-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends libreoffice-writer-nogui tesseract-ocr tesseract-ocr-vie \
    && rm -rf /var/lib/apt/lists/*

# An unprivileged user: the service parses files from strangers.
RUN useradd --create-home --uid 10001 vnlegal
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir '.[serve]'

USER vnlegal
EXPOSE 8000
# Inside the container the service listens on every interface; publish the port on the host's
# loopback (-p 127.0.0.1:8000:8000) unless a proxy in front of it is meant to reach it.
CMD ["vnlegal", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
