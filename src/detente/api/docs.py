"""GET /docs: the API reference as one plain HTML page, generated from the app's own OpenAPI schema.

FastAPI's default /docs and /redoc load Swagger UI, ReDoc and fonts from third-party CDNs
(unpinned, without integrity), so they were blank offline and broke the promise of no CDN. This
page needs nothing but the server: no script, the dashboard's stylesheet, every route with its
parameters, request body and responses. /redoc redirects here; the machine-readable schema stays
at /openapi.json.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment

router = APIRouter(include_in_schema=False)

_PAGE = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string("""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API · {{ info.title }}</title>
<link rel="stylesheet" href="/static/detente.css">
</head>
<body>
<header class="top">
  <a class="brand" href="/">détente</a>
  <nav aria-label="pages"><a href="/">Dashboard</a> <a href="/openapi.json">OpenAPI schema (JSON)</a></nav>
</header>
<main>
<h1>{{ info.title }} API <small>version {{ info.version }}</small></h1>
<p class="muted">{{ info.description }} Every route answers JSON; the schema these pages are made from is
  <a href="/openapi.json">/openapi.json</a>. Writing (<span class="code">POST /api/ingest</span>) needs the
  server's token as <span class="code">Authorization: Bearer TOKEN</span>.</p>
<section class="card">
  <h2>Routes</h2>
  <ul class="articles">
  {% for op in ops %}
    <li><a href="#{{ op.anchor }}"><span class="code">{{ op.method }} {{ op.path }}</span></a> {{ op.summary }}</li>
  {% endfor %}
  </ul>
</section>
{% for op in ops %}
<section class="card" id="{{ op.anchor }}">
  <h2><span class="code">{{ op.method }} {{ op.path }}</span> {{ op.summary }}</h2>
  {% if op.description %}<p>{{ op.description }}</p>{% endif %}
  {% if op.params %}
  <table>
    <thead><tr><th>parameter</th><th>in</th><th>type</th><th>required</th><th>description</th></tr></thead>
    <tbody>
    {% for p in op.params %}
      <tr><td><span class="code">{{ p.name }}</span></td><td>{{ p.where }}</td><td>{{ p.type }}</td>
        <td>{{ 'yes' if p.required else 'no' }}</td><td>{{ p.description }}</td></tr>
    {% endfor %}
    </tbody>
  </table>
  {% endif %}
  {% if op.body %}
  <h3>Request body <small class="muted">{{ op.body.media }}: {{ op.body.name }}</small></h3>
  <table>
    <thead><tr><th>field</th><th>type</th><th>required</th><th>description</th></tr></thead>
    <tbody>
    {% for f in op.body.fields %}
      <tr><td><span class="code">{{ f.name }}</span></td><td>{{ f.type }}</td><td>{{ 'yes' if f.required else 'no' }}</td>
        <td>{{ f.description }}</td></tr>
    {% endfor %}
    </tbody>
  </table>
  {% endif %}
  <p class="muted">Responses: {% for code, text in op.responses %}<b>{{ code }}</b> {{ text }}{{ '; ' if not loop.last }}{% endfor %}</p>
</section>
{% endfor %}
</main>
</body>
</html>
""")


def _ref(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def schema_type(schema: dict[str, Any]) -> str:
    """A short human description of a JSON schema: ``integer, 1 to 500, default 50``."""
    if not schema:
        return "any"
    if "$ref" in schema:
        return _ref(schema["$ref"])
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            parts = [schema_type(s) for s in schema[key]]
            text = " or ".join(dict.fromkeys(p for p in parts if p != "null")) or "null"
            if "null" in parts:
                text += " (optional)"
            return text + _extras(schema)
    kind = schema.get("type", "any")
    if kind == "array":
        kind = f"array of {schema_type(schema.get('items', {}))}"
    if schema.get("format"):
        kind += f" ({schema['format']})"
    return kind + _extras(schema)


def _extras(schema: dict[str, Any]) -> str:
    out = []
    if "enum" in schema:
        out.append("one of " + ", ".join(str(v) for v in schema["enum"]))
    low, high = schema.get("minimum", schema.get("exclusiveMinimum")), schema.get("maximum", schema.get("exclusiveMaximum"))
    if low is not None and high is not None:
        out.append(f"{low} to {high}")
    elif low is not None:
        out.append(f"at least {low}")
    elif high is not None:
        out.append(f"at most {high}")
    if "maxLength" in schema:
        out.append(f"at most {schema['maxLength']} characters")
    if "pattern" in schema:
        out.append(f"matching {schema['pattern']}")
    if "default" in schema and schema["default"] is not None:
        out.append(f"default {schema['default']}")
    return (", " + ", ".join(out)) if out else ""


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The page's view of an OpenAPI document: one dict per route and method, in schema order."""
    schemas = spec.get("components", {}).get("schemas", {})
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "where": p.get("in", ""), "required": p.get("required", False),
                       "type": schema_type(p.get("schema", {})),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            body = None
            for media, content in op.get("requestBody", {}).get("content", {}).items():
                ref = content.get("schema", {})
                model = schemas.get(_ref(ref["$ref"]), {}) if "$ref" in ref else ref
                required = set(model.get("required", []))
                body = {"media": media, "name": _ref(ref["$ref"]) if "$ref" in ref else "object",
                        "fields": [{"name": name, "type": schema_type(prop), "required": name in required,
                                    "description": prop.get("description", "")}
                                   for name, prop in model.get("properties", {}).items()]}
                break
            ops.append({
                "method": method.upper(), "path": path, "summary": op.get("summary", ""),
                "description": op.get("description", ""), "params": params, "body": body,
                "anchor": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", "").strip("-"),
                "responses": [(code, r.get("description", "")) for code, r in op.get("responses", {}).items()],
            })
    return ops


def render(spec: dict[str, Any]) -> str:
    return _PAGE.render(info=spec.get("info", {}), ops=operations(spec))


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    app = request.app
    page = getattr(app.state, "docs_page", None)
    if page is None:
        page = app.state.docs_page = render(app.openapi())
    return HTMLResponse(page)


@router.get("/redoc")
def redoc() -> RedirectResponse:
    return RedirectResponse("/docs", status_code=308)
