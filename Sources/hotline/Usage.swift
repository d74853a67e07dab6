/// Help and version text.
enum Usage {
    static let version = "hotline 0.1.0"

    static let text = """
    hotline: a record of diplomatic calls extracted from news articles.

    Usage:
      hotline serve [--host H] [--port P] [--db PATH] [--max-body SIZE] [--max-connections N]
                    [--header-timeout S] [--idle-timeout S] [--request-timeout S] [--api-token T]
                    [--read-token T] [--write-rate N/s] [--write-burst N] [--insecure-open]
                    [--max-db-size SIZE] [--read-only] [--reader-map SIZE]
      hotline extract FILE|- [--published-at YYYY-MM-DD] [--language xx] [--html]
      hotline ingest FILE...|DIR [--db PATH] [--published-at YYYY-MM-DD] [--language xx]
      hotline backup [--db PATH] OUT
      hotline healthcheck [--host H] [--port P]
      hotline --help | --version

    serve        Runs the HTTP API (see README.md). Defaults: 127.0.0.1:8080, ./hotline.db,
                 4M body limit, 256 connections, 10 s header timeout, 60 s idle keep-alive,
                 60 s to receive a whole request. --max-db-size caps the database (writes beyond
                 answer 503 storage_full); --read-only serves reads only (writes answer 503 read_only);
                 --reader-map SIZE maps up to SIZE of the file in each of the 4 readers (default 0,
                 plain reads): faster queries at 1M events, but mapped pages count in RSS.
    extract      Prints the call events of one article as JSON, with evidence; no server, no database.
    ingest       Loads .txt, .html and .json files (JSON as POST /v1/articles takes) into a database.
    backup       Writes a consistent copy of the database to OUT (a new file), safe while serve runs;
                 the copy is a plain database: restore by serving it with --db.
    healthcheck  Exits 0 when GET /healthz on the server answers 200 (for container health checks).

    Access: with --api-token (HOTLINE_API_TOKEN) writes need "Authorization: Bearer <token>"; with
    --read-token too, reads need either token. Without a write token serve only binds loopback
    addresses unless --insecure-open (HOTLINE_INSECURE_OPEN=1). --write-rate limits writes per client IP
    (off by default; 429 with Retry-After).

    Every flag also reads an environment variable: --max-body -> HOTLINE_MAX_BODY, --db -> HOTLINE_DB, ...
    """
}
