# Hotline container: a Swift builder stage and a slim Debian runtime.
#   docker build -t hotline .
#   docker run -p 127.0.0.1:8080:8080 -v hotline-data:/data hotline                       # open API, local port only
#   docker run -p 8080:8080 -e HOTLINE_API_TOKEN=... -v hotline-data:/data hotline       # writes need the token
# The default command passes --insecure-open: the server binds 0.0.0.0 inside the container and,
# without HOTLINE_API_TOKEN, would otherwise refuse to start (README "Security").

FROM swift:6.3-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libsqlite3-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift schema.sql ./
COPY Plugins ./Plugins
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product hotline --static-swift-stdlib \
    && install -D "$(swift build -c release --show-bin-path)/hotline" /out/hotline

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libsqlite3-0 \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 hotline \
    && useradd --system --uid 10001 --gid hotline --home-dir /data --shell /usr/sbin/nologin hotline \
    && mkdir -p /data \
    && chown hotline:hotline /data
COPY --from=build /out/hotline /usr/local/bin/hotline
ENV HOTLINE_HOST=0.0.0.0 \
    HOTLINE_PORT=8080 \
    HOTLINE_DB=/data/hotline.db
USER hotline
WORKDIR /data
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["/usr/local/bin/hotline", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/hotline"]
CMD ["serve", "--insecure-open"]
