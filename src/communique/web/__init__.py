"""The web interface and REST API over the store (`communique serve`).

`app.create_app(db)` is the ASGI application: `api.py` the JSON endpoints, `pages.py` the HTML
views, `params.py` the query parameters (read into the store's filters), `access.py` how the
database is opened (read-only, per request, with a time limit). No SQL here: every query is a
method of the `Store` protocol. The browser files are in `static/` (the vendored libraries in
`static/vendor/`, with their licences), the page templates in `templates/`.
"""
