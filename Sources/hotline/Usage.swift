/// Help and version text.
enum Usage {
    static let version = "hotline 0.1.0"

    static let text = """
    hotline: a record of diplomatic calls extracted from news articles.

    Usage:
      hotline serve [--host H] [--port P] [--db PATH] [--max-body SIZE] [--max-connections N]
                    [--header-timeout S] [--idle-timeout S]
      hotline extract FILE|- [--published-at YYYY-MM-DD] [--language xx] [--html]
      hotline ingest FILE...|DIR [--db PATH] [--published-at YYYY-MM-DD] [--language xx]
      hotline healthcheck [--host H] [--port P]
      hotline --help | --version

    serve        Runs the HTTP API (see README.md). Defaults: 127.0.0.1:8080, ./hotline.db,
                 4M body limit, 256 connections, 10 s header timeout, 60 s idle keep-alive.
    extract      Prints the call events of one article as JSON, with evidence; no server, no database.
    ingest       Loads .txt, .html and .json files (JSON as POST /v1/articles takes) into a database.
    healthcheck  Exits 0 when GET /healthz on the server answers 200 (for container health checks).

    Every flag also reads an environment variable: --max-body -> HOTLINE_MAX_BODY, --db -> HOTLINE_DB, ...
    """
}
